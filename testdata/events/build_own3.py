#!/usr/bin/env python3
"""Build own3.jsonl (own17..own24) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed here as UTF-8 byte offsets, never typed by hand.

Record keys follow own2.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Statuses:
  reported   it happened / is happening
  scheduled  fixed in the future ("will be held on", "is due to")
  planned    a stated plan or intention ("plans to", "had planned")
  expected   "is expected to", "expects"
  cancelled  called off or postponed (the original date)
  negated    denied or did not happen
  threatened a threatened action

Publication dates: own17 (dateline), own19 ("Published:" line), own22
("Updated:" line) and own24 (dateline) print theirs; own18, own20, own21 and
own23 do not, and the notes above each article say how the text bounds the
date.

Run: python3 build_own3.py   (writes own3.jsonl next to this file)
"""
import functools
import os

import ownbuild
from ownbuild import ev

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own3.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)


# ---------------------------------------------------------------- own17
# Vaccine trial result, biotech press release with a dateline = dct
# (Wednesday 9 March 2022). "the following day" counts from "3 March"; the
# call set for "this afternoon" moved to "Friday 11 March". The denial is
# dated "Monday" (7 March); past "14 January" -> 2022. The enrolment range
# runs from "October 2020" to "March 2021".
# Distractors: VRB-207, HALO-3, VRB-115, 24,310 adults, 212 sites, 71%,
# 95% CI 58-80%, aged 60, the phone number +31 71 555 2207.
doc("own17", "2022-03-09", """
Veridian Biologics reports positive Phase 3 results for RSV vaccine VRB-207

A single dose cut RSV lung disease by 71% in adults aged 60 and over

LEIDEN, {a|9 March 2022} – Veridian Biologics N.V. (Euronext Amsterdam: VRDN) {b|today} announced top-line results from HALO-3, its Phase 3 trial of the respiratory syncytial virus (RSV) vaccine candidate VRB-207 in older adults. A single dose reduced RSV lower respiratory tract disease by 71% (95% CI: 58–80%) over a median follow-up of {c|seven months}. Side effects were mostly mild and lasted {d|about two days}.

HALO-3 enrolled 24,310 adults at 212 sites in 14 countries from {e|October 2020} to {f|March 2021}. An independent data monitoring committee reviewed the unblinded results on {g|3 March}, and Veridian’s board met {h|the following day} to approve their release.

“Older adults have waited {i|decades} for protection against RSV,” said chief executive Marieke de Groot. “These results bring VRB-207 within reach of patients.”

Veridian plans to apply to the European Medicines Agency and the US Food and Drug Administration for marketing approval in {j|the second half of 2022}. Detailed results will be presented at the European Congress of Clinical Microbiology and Infectious Diseases in Lisbon on {k|24 April}.

On {l|Monday}, the company denied a report in the Dutch financial press that it had paused dosing at its trial sites in Japan on {m|14 January}. “No site was paused at any point,” a spokesperson said.

Veridian licensed the technology behind VRB-207 from Leiden University in {n|2017}. Its previous candidate, VRB-115, was dropped after a failed trial in {o|2019}.

The conference call for analysts and investors originally scheduled for {p|this afternoon} has been moved to {q|Friday 11 March} at {r|14:00 CET} because of the number of requests to join.

Media enquiries: +31 71 555 2207
""", {
    "a": ("DATE", "2022-03-09"), "b": ("DATE", "2022-03-09"), "c": ("DURATION", "P7M"),
    "d": ("DURATION", "P2D", "APPROX"), "e": ("DATE", "2020-10"), "f": ("DATE", "2021-03"),
    "g": ("DATE", "2022-03-03"), "h": ("DATE", "2022-03-04"), "i": ("DURATION", "PXDE"),
    "j": ("DATE", "2022-H2"), "k": ("DATE", "2022-04-24"), "l": ("DATE", "2022-03-07"),
    "m": ("DATE", "2022-01-14"), "n": ("DATE", "2017"), "o": ("DATE", "2019"),
    "p": ("TIME", "2022-03-09TAF"), "q": ("DATE", "2022-03-11"), "r": ("TIME", "2022-03-11T14:00"),
}, [
    ev("b", "report", "reported", ["Veridian Biologics"], "Veridian announces positive Phase 3 results for RSV vaccine VRB-207"),
    ev("e", "other", "reported", ["Veridian Biologics"], "HALO-3 trial enrols 24,310 adults at 212 sites", end="f"),
    ev("g", "report", "reported", [], "Independent data monitoring committee reviews the unblinded HALO-3 results"),
    ev("h", "meeting", "reported", ["Veridian Biologics"], "Veridian's board meets to approve the release of results"),
    ev("j", "supply", "planned", ["Veridian Biologics", "European Medicines Agency", "Food and Drug Administration"], "Veridian applies for marketing approval in Europe and the US"),
    ev("k", "report", "scheduled", ["Veridian Biologics"], "Detailed HALO-3 results presented at a congress in Lisbon"),
    ev("l", "statement", "reported", ["Veridian Biologics"], "Veridian denies a report that it paused dosing in Japan"),
    ev("m", "other", "negated", ["Veridian Biologics"], "Veridian pauses dosing at its trial sites in Japan"),
    ev("n", "agreement", "reported", ["Veridian Biologics", "Leiden University"], "Veridian licenses the VRB-207 technology from Leiden University"),
    ev("o", "other", "reported", ["Veridian Biologics"], "Veridian drops VRB-115 after a failed trial"),
    ev("p", "meeting", "cancelled", ["Veridian Biologics"], "Veridian's conference call for analysts and investors is moved"),
    ev("q", "meeting", "scheduled", ["Veridian Biologics"], "Veridian holds its conference call for analysts and investors"),
])

# ---------------------------------------------------------------- own18
# Court ruling on a data-privacy fine, wire copy without a dated dateline.
# Bounds: the appeal was lodged in "January 2017" and decided after "17
# months" -> June 2018; past "25 May" and "30 May", future "2 July". The
# ruling was "Wednesday", the company spoke "Thursday" (the dct, Thursday
# 2018-06-14). "the 1978 data protection law" is a year used in a name: a
# timex without an event. "two days before that deadline" counts from
# "1 March 2017" and dates an event, so it is one DATE. The undated inspection clause carries only the SET
# "every five minutes". Distractors: EUR 4.2 million, five grounds, 1.9
# million users, 14 ad networks, 3.1 million, case No. 403127.
doc("own18", "2018-06-14", """
French court upholds record privacy fine against dating app Amoria

PARIS (Continental Press) — France’s Council of State on {a|Wednesday} upheld a €4.2 million fine that the data protection authority CNIL imposed on the dating app Amoria for passing users’ location data to advertisers without their consent.

The court rejected all five of the company’s grounds of appeal in case No. 403127. CNIL set the fine in {b|November 2016}. It was the largest the regulator had imposed under the {c|1978} data protection law, which was largely replaced when the EU’s General Data Protection Regulation took effect on {d|25 May}.

CNIL inspectors had found that the app sent the precise position of about 1.9 million users to 14 advertising networks {e|every five minutes}, even when it was closed.

Amoria, which has 3.1 million users in France, lodged its appeal in {f|January 2017} and waited {g|17 months} for the ruling. The Council of State had been due to decide on {h|30 May} but put off its decision after the company filed new documents.

Amoria said on {i|Thursday} that it would pay the fine by {j|the end of the month} and had “already changed its practices”. Its chief executive, Thomas Vasseur, denied {k|last week} that the company had sold location data to a political consultancy in {l|March 2017}.

CNIL’s president, Hélène Marchal, had warned in {m|January 2017} that she would ask Apple and Google to remove the app from their stores if Amoria did not stop the transfers by {n|1 March 2017}. The company changed its software {o|two days before that deadline}.

The case is not over. The consumer group Données Libres has filed a class action on behalf of users, and a first hearing at the Paris judicial court is set for {p|2 July}.
""", {
    "a": ("DATE", "2018-06-13"), "b": ("DATE", "2016-11"), "c": ("DATE", "1978"),
    "d": ("DATE", "2018-05-25"), "e": ("SET", "PT5M"), "f": ("DATE", "2017-01"),
    "g": ("DURATION", "P17M"), "h": ("DATE", "2018-05-30"), "i": ("DATE", "2018-06-14"),
    "j": ("DATE", "2018-06", "END"), "k": ("DATE", "2018-W23"), "l": ("DATE", "2017-03"),
    "m": ("DATE", "2017-01"), "n": ("DATE", "2017-03-01"), "o": ("DATE", "2017-02-27"),
    "p": ("DATE", "2018-07-02"),
}, [
    ev("a", "legal", "reported", ["Council of State", "CNIL", "Amoria"], "Council of State upholds CNIL's €4.2 million fine on Amoria"),
    ev("b", "legal", "reported", ["CNIL", "Amoria"], "CNIL fines dating app Amoria €4.2 million"),
    ev("d", "other", "reported", ["European Union"], "EU's General Data Protection Regulation takes effect"),
    ev("f", "legal", "reported", ["Amoria"], "Amoria appeals against the CNIL fine"),
    ev("h", "legal", "cancelled", ["Council of State", "Amoria"], "Council of State ruling on Amoria's appeal is put off"),
    ev("i", "statement", "reported", ["Amoria"], "Amoria says it will pay the fine and has changed practices"),
    ev("j", "economic", "scheduled", ["Amoria", "CNIL"], "Amoria pays the €4.2 million fine"),
    ev("k", "statement", "reported", ["Amoria", "Thomas Vasseur"], "Amoria's chief executive denies selling location data to a consultancy"),
    ev("l", "economic", "negated", ["Amoria"], "Amoria sells location data to a political consultancy"),
    ev("m", "statement", "reported", ["CNIL", "Hélène Marchal"], "CNIL president warns she will seek the app's removal"),
    ev("n", "legal", "threatened", ["CNIL", "Apple", "Google", "Amoria"], "CNIL asks Apple and Google to remove the Amoria app"),
    ev("o", "other", "reported", ["Amoria"], "Amoria changes its software to stop the transfers"),
    ev("p", "legal", "scheduled", ["Données Libres", "Amoria"], "First hearing of the class action against Amoria in Paris"),
])

# ---------------------------------------------------------------- own19
# National park closure after a storm, local radio website with its own
# "Published:" line = dct (Sunday 5 February 2017), DATE + TIME, no event.
# The storm is "Friday night"; "the following morning" counts from it; the
# park shut "yesterday". Refunds "up to 28 February" and the rain record
# "since April 2013" carry no event. "Easter" dates a plan (16 April 2017).
# Distractors: Bay FM 98.6, 212mm, State Highway 60, 36km, 140 trampers,
# $400,000, the phone number 0800 555 275.
doc("own19", "2017-02-05", """
Published: {a|Sunday 5 February 2017}, {b|4.12pm}

Bay FM 98.6 · Nelson Tasman News

Abel Tasman Coast Track shut after storm wrecks bridges

The Department of Conservation closed the Abel Tasman Coast Track and every campsite in the national park {c|yesterday}, after {d|Friday night}’s storm brought down hundreds of trees and washed out the Falls River and Torrent Bay bridges. Operations manager Hemi Walker said the track would stay shut for {e|at least two weeks}.

MetService recorded 212mm of rain at Marahau in {f|18 hours}, the most there since {g|April 2013}. About 140 trampers and kayakers were taken out by water taxi {h|the following morning}. Nobody was hurt.

State Highway 60 near Motueka reopened at {i|6am} {j|today}, but several side roads are still blocked by slips.

DOC will refund all hut and campsite bookings up to {k|28 February}, and it plans to have a temporary bridge over the Falls River in place by {l|Easter}.

Walker {m|today} rejected claims on social media that rangers had been told to leave the park on {n|Thursday}, before the storm hit. “Our people were out there clearing huts until the last minute,” he said.

The Abel Tasman Coastal Classic, a 36km trail run that had been set for {o|Saturday 11 February}, has been postponed to {p|25 March}. Kayak operators say they stand to lose about $400,000 in bookings.

MetService expects another front to reach Tasman on {q|Tuesday}, with heavy rain possible in the hills.

The park’s last long closure came in {r|June 2015}, when a slip buried part of the track above Torrent Bay.

Track updates: 0800 555 275.
""", {
    "a": ("DATE", "2017-02-05"), "b": ("TIME", "2017-02-05T16:12"), "c": ("DATE", "2017-02-04"),
    "d": ("TIME", "2017-02-03TNI"), "e": ("DURATION", "P2W", "EQUAL_OR_MORE"), "f": ("DURATION", "PT18H"),
    "g": ("DATE", "2013-04"), "h": ("TIME", "2017-02-04TMO"), "i": ("TIME", "2017-02-05T06:00"),
    "j": ("DATE", "2017-02-05"), "k": ("DATE", "2017-02-28"), "l": ("DATE", "2017-04-16"),
    "m": ("DATE", "2017-02-05"), "n": ("DATE", "2017-02-02"), "o": ("DATE", "2017-02-11"),
    "p": ("DATE", "2017-03-25"), "q": ("DATE", "2017-02-07"), "r": ("DATE", "2015-06"),
}, [
    ev("c", "other", "reported", ["Department of Conservation"], "DOC closes the Abel Tasman Coast Track and its campsites"),
    ev("d", "disaster", "reported", [], "Storm brings down trees and washes out two bridges"),
    ev("h", "other", "reported", [], "About 140 trampers and kayakers are taken out by water taxi"),
    ev("j", "other", "reported", [], "State Highway 60 near Motueka reopens"),
    ev("l", "other", "planned", ["Department of Conservation"], "DOC puts a temporary bridge over the Falls River"),
    ev("m", "statement", "reported", ["Department of Conservation", "Hemi Walker"], "DOC manager rejects claims rangers were told to leave early"),
    ev("n", "other", "negated", ["Department of Conservation"], "Rangers are told to leave the park before the storm"),
    ev("o", "other", "cancelled", [], "Abel Tasman Coastal Classic trail run is postponed"),
    ev("p", "other", "scheduled", [], "Abel Tasman Coastal Classic trail run"),
    ev("q", "disaster", "expected", [], "Another weather front reaches Tasman"),
    ev("r", "disaster", "reported", [], "Slip buries part of the track above Torrent Bay"),
])

# ---------------------------------------------------------------- own20
# Music festival, entertainment news, no publication date. Bounds: "Sunday
# 24 August" (a Sunday in 2014, 2025), future "Thursday 27 November" (a
# Thursday in 2025), next year's festival "21 to 23 August 2026" -> 2025.
# The organisers spoke "this morning", the warning came "yesterday" and the
# denial "Monday" (dct Tuesday 2025-08-19). "late Saturday" is the forecast
# state and "next year"'s festival is dated by its range, so neither has an
# event. Distractors: 60mph, 31 acts, GBP 89 tickets, Stage 2, the 11pm
# curfew; "12,000 people a day" is a SET.
doc("own20", "2025-08-19", """
Music › Festivals

Harbourlight festival cut short by gale warning; Nova Reyes to headline its return

Bristol’s Harbourlight Festival has cancelled all its shows on {a|Sunday 24 August} after the Met Office warned of gusts of up to 60mph on the harbourside. The organisers, Quayside Live, announced the decision {b|this morning}; the rest of the festival will go ahead as planned.

The Met Office issued a yellow wind warning {c|yesterday} for strong winds from {d|late Saturday}. “We cannot fly a roof over Stage 2 in that,” said Quayside Live director Imogen Pike. All 31 acts on the cancelled bill have been dropped, and holders of £89 tickets for the cancelled shows will be refunded within {e|14 days}.

The cancelled bill’s headliner, Marlow Vane, will instead play a rescheduled show at Bristol Beacon on {f|Thursday 27 November}.

There was better news for fans of {g|next year}’s event. Nova Reyes and The Copper Kettles will top the bill when Harbourlight returns from {h|21} to {i|23 August 2026}, Pike said.

Quayside Live denied on {j|Monday} that it had tried to sell the festival to a rival promoter in {k|June}. The festival, which draws about 12,000 people {l|a day}, began in {m|2011} as a small folk event in a car park. It was last called off in {n|2020}, because of the pandemic, and {o|last year} a thunderstorm cut its closing concert short.

Bristol City Council is expected to decide in {p|October} whether to renew Harbourlight’s licence for {q|five years}. Residents on Spike Island have complained that the 11pm curfew is often broken.
""", {
    "a": ("DATE", "2025-08-24"), "b": ("TIME", "2025-08-19TMO"), "c": ("DATE", "2025-08-18"),
    "d": ("DATE", "2025-08-23", "END"), "e": ("DURATION", "P14D"), "f": ("DATE", "2025-11-27"),
    "g": ("DATE", "2026"), "h": ("DATE", "2026-08-21"), "i": ("DATE", "2026-08-23"),
    "j": ("DATE", "2025-08-18"), "k": ("DATE", "2025-06"), "l": ("SET", "P1D"),
    "m": ("DATE", "2011"), "n": ("DATE", "2020"), "o": ("DATE", "2024"),
    "p": ("DATE", "2025-10"), "q": ("DURATION", "P5Y"),
}, [
    ev("a", "other", "cancelled", ["Quayside Live"], "Harbourlight Festival cancels all its shows on the last day"),
    ev("b", "statement", "reported", ["Quayside Live"], "Quayside Live announces the cancellation of the festival's last day"),
    ev("c", "statement", "reported", ["Met Office"], "Met Office issues a yellow wind warning for Bristol"),
    ev("f", "other", "scheduled", ["Marlow Vane"], "Marlow Vane plays a rescheduled show at Bristol Beacon"),
    ev("h", "other", "scheduled", ["Nova Reyes", "The Copper Kettles"], "Harbourlight returns with Nova Reyes and The Copper Kettles", end="i"),
    ev("j", "statement", "reported", ["Quayside Live"], "Quayside Live denies trying to sell the festival"),
    ev("k", "economic", "negated", ["Quayside Live"], "Quayside Live tries to sell the festival to a rival promoter"),
    ev("m", "other", "reported", [], "Harbourlight begins as a small folk event"),
    ev("n", "other", "cancelled", [], "Harbourlight is called off because of the pandemic"),
    ev("o", "disaster", "reported", [], "Thunderstorm cuts the festival's closing concert short"),
    ev("p", "legal", "expected", ["Bristol City Council"], "Bristol City Council decides on Harbourlight's licence renewal"),
])

# ---------------------------------------------------------------- own21
# Diplomatic row, analysis with history back to the 1990s, no publication
# date. Bounds: "17 years" after the peace agreement of "26 October 1998"
# and the past "14 November" -> November 2015. Ecuador recalled its
# ambassador "Monday", Peru "the following day"; the threat came
# "yesterday" and Peru's denial "Wednesday": dct Friday 2015-11-27. The war
# runs from "late January" to "February 1995" (one range, its start takes
# the year of the sentence). "the 1990s", "the 1998 accord" (a year used in
# a name) and "every year" carry no event. Distractors: the trawlers Santa
# Rosa III and Don Lucho 7, 30 nautical miles, 23 crew, $2.4 billion,
# tenfold. "now" in "for now" is PRESENT_REF; the future election in
# "February 2017" is scheduled.
doc("own21", "2015-11-27", """
Analysis · Andes

Boats, borders and bruised pride: why Peru and Ecuador are recalling ambassadors again

By Lucía Ferreyra

When Ecuador recalled its ambassador from Lima on {a|Monday}, Peru did the same {b|the following day}. Within {c|48 hours}, two neighbours that have spent {d|17 years} building one of South America’s most admired peace deals had no senior envoys in each other’s capitals.

The trigger looked small. On {e|14 November}, a Peruvian navy patrol boat seized two Ecuadorian trawlers, the Santa Rosa III and the Don Lucho 7, about 30 nautical miles off Tumbes, and detained their 23 crew. Quito says the boats were in its waters; Lima says they were not. A court in Tumbes ordered the crews freed {f|five days later}, but the trawlers are still held in Paita.

History explains the anger. For most of {g|the 1990s}, the border in the Cordillera del Cóndor was an open wound. The two armies fought a short war there from {h|late January} to {i|February 1995}, and the presidents signed a peace agreement in Brasília on {j|26 October 1998}. Trade has grown tenfold since then, reaching $2.4 billion {k|last year}.

The {l|1998} accord also set up a binational commission on fishing, which has met {m|every year} since. That is why this row cuts deep. Ecuador’s foreign minister, Gabriela Andrade, said {n|yesterday} that Quito would suspend Peru’s tariff preferences from {o|1 December} unless the trawlers were returned.

Peru’s foreign ministry denied on {p|Wednesday} that its navy had boarded a third Ecuadorian boat on {q|16 November}, as fishermen in Huaquillas have claimed. A state visit to Quito by Peru’s president, planned for {r|4 December}, has been called off.

With Ecuador due to elect a new president in {u|February 2017}, neither capital wants to undo {s|two decades} of patient work. But neither, for {t|now}, wants to be the first to blink.
""", {
    "a": ("DATE", "2015-11-23"), "b": ("DATE", "2015-11-24"), "c": ("DURATION", "PT48H"),
    "d": ("DURATION", "P17Y"), "e": ("DATE", "2015-11-14"), "f": ("DATE", "2015-11-19"),
    "g": ("DATE", "199"), "h": ("DATE", "1995-01", "END"), "i": ("DATE", "1995-02"),
    "j": ("DATE", "1998-10-26"), "k": ("DATE", "2014"), "l": ("DATE", "1998"),
    "m": ("SET", "P1Y"), "n": ("DATE", "2015-11-26"), "o": ("DATE", "2015-12-01"),
    "p": ("DATE", "2015-11-25"), "q": ("DATE", "2015-11-16"), "r": ("DATE", "2015-12-04"),
    "s": ("DURATION", "P2DE"), "t": ("DATE", "PRESENT_REF"),
    "u": ("DATE", "2017-02"),
}, [
    ev("a", "other", "reported", ["Ecuador", "Peru"], "Ecuador recalls its ambassador from Lima"),
    ev("b", "other", "reported", ["Peru", "Ecuador"], "Peru recalls its ambassador from Quito"),
    ev("e", "legal", "reported", ["Peru", "Ecuador"], "Peruvian navy seizes two Ecuadorian trawlers off Tumbes"),
    ev("f", "legal", "reported", ["Peru"], "Court in Tumbes orders the trawler crews freed"),
    ev("h", "attack", "reported", ["Peru", "Ecuador"], "Peru and Ecuador fight a border war in the Cordillera del Cóndor", end="i"),
    ev("j", "agreement", "reported", ["Peru", "Ecuador"], "Peru and Ecuador sign a peace agreement in Brasília"),
    ev("k", "economic", "reported", ["Peru", "Ecuador"], "Trade between Peru and Ecuador reaches $2.4 billion"),
    ev("n", "statement", "reported", ["Ecuador", "Gabriela Andrade"], "Ecuador's foreign minister threatens to suspend Peru's tariff preferences"),
    ev("o", "sanctions", "threatened", ["Ecuador", "Peru"], "Ecuador suspends Peru's tariff preferences unless the trawlers return"),
    ev("p", "statement", "reported", ["Peru"], "Peru denies its navy boarded a third Ecuadorian boat"),
    ev("q", "legal", "negated", ["Peru", "Ecuador"], "Peruvian navy boards a third Ecuadorian boat"),
    ev("r", "visit", "cancelled", ["Peru", "Ecuador"], "Peruvian president's state visit to Quito is called off"),
    ev("u", "election", "scheduled", ["Ecuador"], "Ecuador elects a new president"),
])

# ---------------------------------------------------------------- own22
# Cycling stage report, live text with its own "Updated:" line = dct
# (Saturday 13 July 2019), DATE + TIME, no event. Entry times anchor what
# happened at them; the 14:02 state and the 11:30 welcome anchor nothing.
# "tomorrow"'s stage is dated by "tomorrow" (the 13:00 start is a time of
# the same day). Stage 4 was "Wednesday" (10 July); the rest day "Monday"
# (15 July) is scrapped. Distractors: 178.5km, 1,567m, bib No. 131, 4'35",
# 96km, 42 seconds, 40km, stage numbers. The state "now leads" is
# PRESENT_REF; "will now start" and "will now finish" mean "instead" and
# are not timexes.
doc("own22", "2019-07-13", """
Updated: {a|13 July 2019}, {b|17:38 CEST}

Cycling › Live

Tour des Cévennes, stage 6: Alès – Mont Aigoual (178.5km), as it happened

{c|17:31} — VERBEKE WINS! Jonas Verbeke (Team Celeris) takes the stage on the summit of Mont Aigoual, 1,567m up, and with it the leader’s jersey. He {r|now} leads Mattia Sorrentino (Ostrava Pro) by 42 seconds.

{d|17:12} — Verbeke attacks 5km from the top. Only Sorrentino, bib No. 131, can follow him.

{e|16:05} — Crash at the feed zone in L’Espérou. Team Solvane confirm that Luis Aranda has abandoned the race with a suspected broken collarbone.

{f|15:20} — Race director Claire Mazet confirms that {g|tomorrow}’s stage 7 will be cut by 40km because storms are forecast. It will now start in Le Vigan at {h|13:00} instead of Millau.

{i|14:02} — The six-man breakaway has 4'35" on the peloton with 96km to go.

{j|11:45} — Team Solvane have denied a report in a Belgian newspaper that Aranda returned an abnormal test at the Tour de Suisse in {k|June}. “He has never failed a test,” the team said.

{l|11:30} — Good morning and welcome to our live coverage. A quick recap: stage 4 on {m|Wednesday} was cancelled after a landslide near Florac, so the organisers have scrapped the rest day planned for {n|Monday}. The race will now finish in Nîmes on {o|Tuesday 16 July}.

Verbeke, 24, finished second here {p|last year}, behind Sorrentino. The race began in Montpellier on {q|Sunday 7 July}, and nobody has yet won more than one stage.
""", {
    "a": ("DATE", "2019-07-13"), "b": ("TIME", "2019-07-13T17:38"), "c": ("TIME", "2019-07-13T17:31"),
    "d": ("TIME", "2019-07-13T17:12"), "e": ("TIME", "2019-07-13T16:05"), "f": ("TIME", "2019-07-13T15:20"),
    "g": ("DATE", "2019-07-14"), "h": ("TIME", "2019-07-14T13:00"), "i": ("TIME", "2019-07-13T14:02"),
    "j": ("TIME", "2019-07-13T11:45"), "k": ("DATE", "2019-06"), "l": ("TIME", "2019-07-13T11:30"),
    "m": ("DATE", "2019-07-10"), "n": ("DATE", "2019-07-15"), "o": ("DATE", "2019-07-16"),
    "p": ("DATE", "2018"), "q": ("DATE", "2019-07-07"),
    "r": ("DATE", "PRESENT_REF"),
}, [
    ev("c", "other", "reported", ["Jonas Verbeke", "Team Celeris"], "Verbeke wins stage 6 on Mont Aigoual and takes the lead"),
    ev("d", "other", "reported", ["Jonas Verbeke", "Mattia Sorrentino"], "Verbeke attacks 5km from the summit, Sorrentino follows"),
    ev("e", "other", "reported", ["Luis Aranda", "Team Solvane"], "Aranda abandons after a crash at the feed zone"),
    ev("f", "statement", "reported", ["Claire Mazet"], "Race director says stage 7 will be cut by 40km"),
    ev("g", "other", "scheduled", [], "Shortened stage 7 starts in Le Vigan"),
    ev("j", "statement", "reported", ["Team Solvane"], "Team Solvane denies Aranda returned an abnormal test"),
    ev("k", "other", "negated", ["Luis Aranda"], "Aranda returns an abnormal test at the Tour de Suisse"),
    ev("m", "other", "cancelled", [], "Stage 4 cancelled after a landslide near Florac"),
    ev("n", "other", "cancelled", [], "Planned rest day is scrapped"),
    ev("o", "other", "scheduled", [], "Tour des Cévennes finishes in Nîmes"),
    ev("p", "other", "reported", ["Jonas Verbeke", "Mattia Sorrentino"], "Verbeke finishes second behind Sorrentino"),
    ev("q", "other", "reported", [], "Tour des Cévennes begins in Montpellier"),
])

# ---------------------------------------------------------------- own23
# Parliamentary inquiry into a bank collapse, Q&A explainer, no publication
# date. Bounds: "Friday 14 November" (a Friday in 2014, 2025) after the
# "2024 accounts" -> 2025; the evidence session first set for "20 January"
# has been moved to "Wednesday" of "this week", the committee spoke
# "Friday": dct Monday 2026-01-26. "seven days later" counts from 14
# November; "the following week" from "Wednesday". "the end of the year" is
# a target and carries no event; "2024 accounts" and "Banking Act 2009" are
# years used in names. Distractors: 410,000 customers, GBP 85,000, GBP 120
# million, Section 13, the phone number 0800 555 0199.
doc("own23", "2026-01-26", """
Explainer

The Pennant Bank inquiry: what MPs want to know, and what happens next

MPs on the Treasury Committee begin public hearings into the collapse of the digital lender Pennant Bank {a|this week}. Here is what you need to know.

What happened to Pennant?
Pennant, which had about 410,000 customers, was put into administration on {b|Friday 14 November} after the Prudential Regulation Authority (PRA) found it had run out of capital. Savings of up to £85,000 per person were protected by the Financial Services Compensation Scheme (FSCS), which began paying customers {c|seven days later}.

How did it get there?
It lent heavily to property developers just as interest rates rose, and its auditors, Holloway & Finch, refused to sign off its {d|2024} accounts. On {e|2 October}, the PRA ordered the bank to raise £120 million by {f|the end of the year}. It never came close.

Who will give evidence?
Former chief executive Clare Oduya appears on {g|Wednesday}. Her session had been set for {h|20 January} but was put back at her lawyers’ request. The PRA’s chief executive and the head of the FSCS will be questioned {i|the following week}.

What about the founder?
Marcus Thorne has refused to appear. The committee said on {j|Friday} that it would use its powers under Section 13 of its standing orders to summon him if he had not agreed to attend by {k|2 February}. In a letter {l|last week}, Thorne denied that he had sold any of his shares in the bank in {m|September}.

Has anyone been charged?
No. The Financial Conduct Authority has opened an investigation, and the Serious Fraud Office says it is “monitoring” the case.

What happens next?
The committee expects to publish its report in {n|the spring}. It could recommend changes to the Banking Act {o|2009}, which sets out how failing banks are wound down. Customers with questions can call the FSCS on 0800 555 0199.
""", {
    "a": ("DATE", "2026-W05"), "b": ("DATE", "2025-11-14"), "c": ("DATE", "2025-11-21"),
    "d": ("DATE", "2024"), "e": ("DATE", "2025-10-02"), "f": ("DATE", "2025", "END"),
    "g": ("DATE", "2026-01-28"), "h": ("DATE", "2026-01-20"), "i": ("DATE", "2026-W06"),
    "j": ("DATE", "2026-01-23"), "k": ("DATE", "2026-02-02"), "l": ("DATE", "2026-W04"),
    "m": ("DATE", "2025-09"), "n": ("DATE", "2026-SP"), "o": ("DATE", "2009"),
}, [
    ev("a", "legal", "scheduled", ["Treasury Committee", "Pennant Bank"], "Treasury Committee begins public hearings on Pennant Bank's collapse"),
    ev("b", "economic", "reported", ["Pennant Bank", "Prudential Regulation Authority"], "Pennant Bank is put into administration"),
    ev("c", "economic", "reported", ["Financial Services Compensation Scheme"], "FSCS begins paying Pennant's customers"),
    ev("e", "legal", "reported", ["Prudential Regulation Authority", "Pennant Bank"], "PRA orders Pennant to raise £120 million"),
    ev("g", "legal", "scheduled", ["Treasury Committee", "Clare Oduya"], "Former chief executive Clare Oduya gives evidence to MPs"),
    ev("h", "legal", "cancelled", ["Treasury Committee", "Clare Oduya"], "Oduya's evidence session is put back"),
    ev("i", "legal", "scheduled", ["Treasury Committee", "Prudential Regulation Authority", "Financial Services Compensation Scheme"], "PRA and FSCS heads are questioned by the committee"),
    ev("j", "statement", "reported", ["Treasury Committee"], "Committee says it will summon founder Marcus Thorne"),
    ev("k", "legal", "threatened", ["Treasury Committee", "Marcus Thorne"], "Committee summons Marcus Thorne unless he agrees to attend"),
    ev("l", "statement", "reported", ["Marcus Thorne"], "Thorne denies selling shares in Pennant Bank"),
    ev("m", "economic", "negated", ["Marcus Thorne", "Pennant Bank"], "Thorne sells shares in Pennant Bank"),
    ev("n", "report", "expected", ["Treasury Committee"], "Treasury Committee publishes its report on Pennant Bank"),
])

# ---------------------------------------------------------------- own24
# Agricultural export ban, wire copy with a dateline = dct (Thursday 21
# September 2023). The ban runs from "1 October" to "31 December" (one
# range). "a year earlier" is a comparison (no event); "since June" and
# "three months" carry no event; "five months later" counts from "July
# 2017". Distractors: 18%, 5.1 and 6.2 million tonnes, 1,150 shillings,
# $0.46, 38%, the A104 highway, 50,000 tonnes, $1 = 2,505 shillings.
doc("own24", "2023-09-21", """
Tanzania bans maize exports for {a|three months} as drought cuts harvest

DAR ES SALAAM, {b|21 September 2023} (East Africa Wire) - Tanzania will ban exports of maize and maize flour from {c|1 October} to {d|31 December}, Agriculture Minister Neema Mushi said on {e|Thursday}, after drought cut the main harvest by 18%.

Output fell to 5.1 million tonnes in the season that ended in {f|August}, from 6.2 million tonnes {g|a year earlier}, ministry figures showed. Wholesale maize prices in Dar es Salaam rose to 1,150 shillings ($0.46) a kilogram {h|last week}, up 38% since {i|June}.

“We must feed our own people first,” Mushi told reporters in Dodoma. Permits already issued will be honoured until {j|30 September}.

Kenya, the biggest buyer of Tanzanian maize, said it would seek an exemption for its millers. Trade officials from the two countries are due to meet in Arusha on {k|5 October}.

The Tanzania Maize Traders Association said on {l|Tuesday} it would go to court to block the ban if it was not lifted by {m|mid-November}. Its chairman, Joseph Kimaro, said members held about 300,000 tonnes in stores.

The ministry on {n|Monday} denied reports that border officials had already turned back maize lorries at Namanga, on the A104 highway, on {o|15 September}.

A tender by the National Food Reserve Agency to buy 50,000 tonnes of maize from farmers, set for {p|28 September}, has been postponed indefinitely.

Tanzania last banned maize exports in {q|July 2017} and lifted that ban {r|five months later}.

($1 = 2,505 Tanzanian shillings)

(Reporting by Halima Said; Editing by Peter Ochieng)
""", {
    "a": ("DURATION", "P3M"), "b": ("DATE", "2023-09-21"), "c": ("DATE", "2023-10-01"),
    "d": ("DATE", "2023-12-31"), "e": ("DATE", "2023-09-21"), "f": ("DATE", "2023-08"),
    "g": ("DATE", "2022-08"), "h": ("DATE", "2023-W37"), "i": ("DATE", "2023-06"),
    "j": ("DATE", "2023-09-30"), "k": ("DATE", "2023-10-05"), "l": ("DATE", "2023-09-19"),
    "m": ("DATE", "2023-11", "MID"), "n": ("DATE", "2023-09-18"), "o": ("DATE", "2023-09-15"),
    "p": ("DATE", "2023-09-28"), "q": ("DATE", "2017-07"), "r": ("DATE", "2017-12"),
}, [
    ev("c", "economic", "scheduled", ["Tanzania"], "Tanzania bans exports of maize and maize flour", end="d"),
    ev("e", "statement", "reported", ["Tanzania", "Neema Mushi"], "Agriculture minister announces a three-month maize export ban"),
    ev("f", "economic", "reported", ["Tanzania"], "Tanzania's maize output falls to 5.1 million tonnes"),
    ev("h", "economic", "reported", [], "Wholesale maize prices in Dar es Salaam rise to 1,150 shillings"),
    ev("k", "talks", "scheduled", ["Kenya", "Tanzania"], "Kenyan and Tanzanian trade officials meet in Arusha"),
    ev("l", "statement", "reported", ["Tanzania Maize Traders Association"], "Traders threaten to go to court over the ban"),
    ev("m", "legal", "threatened", ["Tanzania Maize Traders Association", "Tanzania"], "Traders go to court to block the export ban"),
    ev("n", "statement", "reported", ["Tanzania"], "Ministry denies border officials turned back maize lorries"),
    ev("o", "economic", "negated", ["Tanzania"], "Border officials turn back maize lorries at Namanga"),
    ev("p", "economic", "cancelled", ["National Food Reserve Agency"], "National Food Reserve Agency maize tender is postponed indefinitely"),
    ev("q", "economic", "reported", ["Tanzania"], "Tanzania bans maize exports"),
    ev("r", "economic", "reported", ["Tanzania"], "Tanzania lifts its 2017 maize export ban"),
])



if __name__ == "__main__":
    ownbuild.write(DOCS, OUT)
