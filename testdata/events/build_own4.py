#!/usr/bin/env python3
"""Build own4.jsonl (own25..own32) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed by the shared builder ownbuild.py as UTF-8 byte
offsets, never typed by hand.

Record keys follow own3.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Publication dates: own25 (dateline), own27 ("Updated:" line), own29
("Published:" line) and own31 (a "Broadcast:" header of a transcript) print
theirs; own26, own28, own30 and own32 do not, and the notes above each
article say how the text bounds the date.

The gold was written from the texts and the conventions alone, without
running the timeline tool on them or looking at its output.

Run: python3 build_own4.py   (writes own4.jsonl next to this file and checks
every record; it exits non-zero on any failure)
"""
import functools
import os

import ownbuild
from ownbuild import ev

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own4.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)


# ---------------------------------------------------------------- own25
# Volcano eruption and evacuation, wire copy with a dateline = dct (Monday
# 4 February 2019), no event on the dateline. The eruption began at "about
# 3:40 a.m." local time, given again as "09:40 GMT" (Guatemala is UTC-6):
# one clause, no DATE in it, so the first TIME anchors it and the GMT time
# anchors nothing. "an hour later" counts from 3:40 and dates the alert, so
# it is one TIME over the phrase. "noon" + "tomorrow" is one moment: the
# DATE anchors. The threat is dated "this afternoon" (statement row), the
# threatened removal by "Tuesday". "three years later" counts from "June
# 2011". Distractors: 6 km, 9,400 people, four-step scale, 14 people, the
# CA-2 highway, 1-2 cm of ash, the hotline 119, a 2,000-metre exclusion.
doc("own25", "2019-02-04", """
Guatemala evacuates 9,400 as Ixcanul volcano erupts

ESCUINTLA, {a|4 February 2019} (Isthmus Wire) – Guatemala ordered 9,400 people to leave villages on the southern slopes of the Ixcanul volcano on {b|Monday} after an eruption sent a column of ash 6 km into the sky and pushed lava down two ravines.

The volcano began erupting at {c|about 3:40 a.m.} ({d|09:40 GMT}), the seismology institute INSIVUMEH said. It raised its alert to red, the highest level on a four-step scale, {e|an hour later}, and is publishing bulletins {f|every three hours}.

Ash up to 1-2 cm deep fell on the CA-2 highway, and the civil aviation authority, DGAC, closed La Aurora International Airport in Guatemala City at {g|7 a.m.} It is due to reopen at {h|noon} {i|tomorrow}. Forecasters said the ash cloud could reach El Salvador by {j|Wednesday}.

Police have set up a 2,000-metre exclusion zone. Interior Minister Estela Pocón said {k|this afternoon} that officers would remove residents of El Rodeo by force if they had not left by {l|6 p.m.} on {m|Tuesday}. About 300 families there have refused to go, saying their houses were looted after the last evacuation.

The disaster agency CONRED {n|today} denied reports on social media that INSIVUMEH had warned it of rising tremors on {o|Thursday}. “We received no warning before the eruption,” spokesman Julio Ramírez said. Families can call the CONRED hotline on 119.

Ixcanul’s last big eruption, in {p|June 2011}, killed 14 people and buried the village of San Miguel Las Lomas, which was rebuilt on safer ground {q|three years later}.

Volcanologists warned that the eruption could go on for {r|weeks}. The Escuintla Chamber of Commerce has postponed its trade fair, set for {s|Saturday}, to {t|23 February}.
""", {
    "a": ("DATE", "2019-02-04"), "b": ("DATE", "2019-02-04"),
    "c": ("TIME", "2019-02-04T03:40", "APPROX"), "d": ("TIME", "2019-02-04T09:40Z"),
    "e": ("TIME", "2019-02-04T04:40", "APPROX"), "f": ("SET", "PT3H"),
    "g": ("TIME", "2019-02-04T07:00"), "h": ("TIME", "2019-02-05T12:00"), "i": ("DATE", "2019-02-05"),
    "j": ("DATE", "2019-02-06"), "k": ("TIME", "2019-02-04TAF"), "l": ("TIME", "2019-02-05T18:00"),
    "m": ("DATE", "2019-02-05"), "n": ("DATE", "2019-02-04"), "o": ("DATE", "2019-01-31"),
    "p": ("DATE", "2011-06"), "q": ("DATE", "2014"), "r": ("DURATION", "PXW"),
    "s": ("DATE", "2019-02-09"), "t": ("DATE", "2019-02-23"),
}, [
    ev("b", "other", "reported", ["Guatemala"], "Guatemala orders 9,400 people to leave villages below Ixcanul"),
    ev("c", "disaster", "reported", [], "Ixcanul volcano begins erupting"),
    ev("e", "statement", "reported", ["INSIVUMEH"], "INSIVUMEH raises the volcano alert to red"),
    ev("g", "other", "reported", ["DGAC"], "DGAC closes La Aurora International Airport because of ash"),
    ev("i", "other", "scheduled", [], "La Aurora International Airport reopens"),
    ev("j", "disaster", "expected", [], "Ash cloud reaches El Salvador"),
    ev("k", "statement", "reported", ["Guatemala", "Estela Pocón"], "Interior minister threatens to remove El Rodeo residents by force"),
    ev("m", "other", "threatened", ["Guatemala"], "Police remove El Rodeo residents by force"),
    ev("n", "statement", "reported", ["CONRED"], "CONRED denies INSIVUMEH warned it of rising tremors"),
    ev("o", "statement", "negated", ["INSIVUMEH", "CONRED"], "INSIVUMEH warns CONRED of rising tremors"),
    ev("p", "disaster", "reported", [], "Ixcanul eruption kills 14 and buries San Miguel Las Lomas"),
    ev("q", "other", "reported", [], "San Miguel Las Lomas is rebuilt on safer ground"),
    ev("s", "economic", "cancelled", ["Escuintla Chamber of Commerce"], "Escuintla trade fair is postponed"),
    ev("t", "economic", "scheduled", ["Escuintla Chamber of Commerce"], "Escuintla Chamber of Commerce holds its trade fair"),
])

# ---------------------------------------------------------------- own26
# University strike in exam season, local newspaper, no publication date.
# Bounds: the ballot closed "Tuesday 16 May" (a Tuesday in 2017 and 2023)
# after the past strike of "2018" -> 2023; "20 April" is past, the exams
# from "22 May" are ahead, the senate met "Monday" and the denial came
# "yesterday": dct Thursday 2023-05-18. "noon" + "Tuesday 16 May" is one
# moment (the DATE anchors). "the end of June" is the end of a state (the
# extended boycott) and "this summer" a forecast: no events. "last autumn"
# said in May is 2022-FA; the talks on future "24 May" are scheduled.
# Distractors: 612 votes to 201, the module code HIST2019, Room 3.14, the
# phone number 01632 960418, a 5% offer.
doc("own26", "2023-05-18", """
Harbury Echo · Education

Graduation in doubt as lecturers extend marking boycott

Hundreds of final-year students at Harbury University may not get their degrees {a|this summer} after lecturers voted to extend their marking and assessment boycott until {b|the end of June}.

Members of the University and College Union (UCU) backed the extension by 612 votes to 201 in a ballot that closed at {c|noon} on {d|Tuesday 16 May}. The boycott began on {e|20 April}, when staff stopped marking coursework, including the second-year history module HIST2019.

The university’s senate met on {f|Monday} and agreed that exams would be set and invigilated as normal. The exam period runs from {g|22 May} to {h|16 June}. “Every exam will go ahead,” said registrar Paul Munro.

But graduation ceremonies in Harbury Minster, planned for {i|11 July}, have been moved to {j|19 September}, and the university expects to publish most final results by {k|14 July}.

Vice-chancellor Alison Reddy {l|yesterday} denied union claims that the university had docked the full pay of staff taking part in the boycott in {m|March}. “Deductions have been partial and lawful,” she said.

UCU branch president Owen Latimer said {n|last week} that members would also walk out for {o|five days} from {p|5 June} unless the university improved its 5% pay offer. Talks between the two sides are due to resume at the conciliation service Acas on {v|24 May}.

The national dispute over pay and workloads began {q|last autumn}. Harbury staff last went on strike in {r|2018}, over pensions, for {s|14 days}. Union members have picketed the Great Hall {t|every Friday} since the boycott began.

Student union president Kemi Adeyemi called the delay “a disaster for international students whose visas run out in {u|the autumn}”. The union is running drop-in advice sessions in Room 3.14 of the Students’ Union building. Parents with questions can ring the university on 01632 960418.
""", {
    "a": ("DATE", "2023-SU"), "b": ("DATE", "2023-06", "END"), "c": ("TIME", "2023-05-16T12:00"),
    "d": ("DATE", "2023-05-16"), "e": ("DATE", "2023-04-20"), "f": ("DATE", "2023-05-15"),
    "g": ("DATE", "2023-05-22"), "h": ("DATE", "2023-06-16"), "i": ("DATE", "2023-07-11"),
    "j": ("DATE", "2023-09-19"), "k": ("DATE", "2023-07-14"), "l": ("DATE", "2023-05-17"),
    "m": ("DATE", "2023-03"), "n": ("DATE", "2023-W19"), "o": ("DURATION", "P5D"),
    "p": ("DATE", "2023-06-05"), "q": ("DATE", "2022-FA"), "r": ("DATE", "2018"),
    "s": ("DURATION", "P14D"), "t": ("SET", "XXXX-WXX-5"), "u": ("DATE", "2023-FA"),
    "v": ("DATE", "2023-05-24"),
}, [
    ev("d", "election", "reported", ["University and College Union"], "UCU members vote 612 to 201 to extend the marking boycott"),
    ev("e", "other", "reported", ["University and College Union", "Harbury University"], "Lecturers begin a marking and assessment boycott"),
    ev("f", "meeting", "reported", ["Harbury University"], "Harbury University's senate agrees exams will run as normal"),
    ev("g", "other", "scheduled", ["Harbury University"], "Harbury University's exam period", end="h"),
    ev("i", "other", "cancelled", ["Harbury University"], "Graduation ceremonies in Harbury Minster are moved"),
    ev("j", "other", "scheduled", ["Harbury University"], "Harbury University holds its graduation ceremonies"),
    ev("k", "report", "expected", ["Harbury University"], "Harbury University publishes most final results"),
    ev("l", "statement", "reported", ["Harbury University", "Alison Reddy"], "Vice-chancellor denies docking the full pay of boycotting staff"),
    ev("m", "economic", "negated", ["Harbury University", "University and College Union"], "Harbury University docks the full pay of boycotting staff"),
    ev("n", "statement", "reported", ["University and College Union", "Owen Latimer"], "UCU branch president threatens a five-day walkout"),
    ev("p", "other", "threatened", ["University and College Union", "Harbury University"], "Harbury lecturers walk out for five days"),
    ev("v", "talks", "scheduled", ["University and College Union", "Harbury University", "Acas"], "Union and university resume talks at Acas"),
    ev("q", "other", "reported", ["University and College Union"], "National dispute over pay and workloads begins"),
    ev("r", "other", "reported", ["University and College Union", "Harbury University"], "Harbury staff strike over pensions for 14 days"),
])

# ---------------------------------------------------------------- own27
# City council zoning and stadium vote, live blog with its own "Updated:"
# line = dct (Tuesday March 12, 2024), DATE + TIME, no event. US numeric
# date "2/15/2024" is month-first. Entries are in reverse order; an entry
# time anchors what happened at it, the 7:45 p.m. state entry anchors
# nothing. "April 9" is the date of a delay motion that failed (no event).
# "St. Patrick's Day" (Sunday 17 March 2024) dates the home opener. "the
# 2027 season" dates the planned opening. The threat is dated "Monday", the
# threatened suit "March 25". Past "October" (the term sheet) said in
# March is 2023-10. Distractors: 5-2 and 2-5 votes, 38-acre,
# 22,000-seat, Ordinance 24-113, 87 and 61 speakers, a 2-1 win, $310
# million, Highway 43.
doc("own27", "2024-03-12", """
Updated: {a|March 12, 2024}, {b|10:48 p.m. PT}

LIVE: Ridgefield council votes on Riverside stadium rezoning

Follow along as the Ridgefield City Council decides whether to rezone the old Riverside rail yard for a soccer stadium.

{c|10:41 p.m.} — APPROVED. The council votes 5-2 to pass Ordinance 24-113, rezoning the 38-acre rail yard off Highway 43 for a 22,000-seat stadium for the Ridgefield Rapids. Cheers and boos in the chamber.

{d|10:05 p.m.} — Council member Dana Whitfield’s motion to delay the vote until {e|April 9} fails 2-5.

{f|9:20 p.m.} — Public comment closes after {g|more than three hours}. Of the 87 people who spoke, the clerk counted 61 against the plan.

{h|8:02 p.m.} — Mayor Luis Ortega denies a claim by the Riverside Neighbors Alliance that he met Rapids owner Carla Benning privately on {i|Jan. 17}. “I have never met Ms. Benning alone,” he says.

{j|7:45 p.m.} — Still in public comment. Most speakers so far live within a mile of the site.

{k|6:00 p.m.} — The meeting opens. A quick recap: the city planning commission recommended the rezoning on {l|2/15/2024} after {m|two years} of talks with the club, and the city signed a non-binding term sheet with the Rapids in {x|October}. The Rapids want to break ground {n|this fall} and open the $310 million stadium for {o|the 2027 season}.

A second reading of the ordinance, required under the city charter, is set for {p|March 26}. The Riverside Neighbors Alliance said {q|Monday} it would sue in Lane County Circuit Court on {r|March 25} if the council approved the rezoning {s|tonight}.

A community open house on the stadium design, set for {t|Saturday}, has been pushed back to {u|March 23} so the club can add a traffic study. The Rapids, who beat Tacoma 2-1 in a preseason friendly {v|last week}, play their home opener on {w|St. Patrick’s Day}.
""", {
    "a": ("DATE", "2024-03-12"), "b": ("TIME", "2024-03-12T22:48"), "c": ("TIME", "2024-03-12T22:41"),
    "d": ("TIME", "2024-03-12T22:05"), "e": ("DATE", "2024-04-09"), "f": ("TIME", "2024-03-12T21:20"),
    "g": ("DURATION", "PT3H", "MORE_THAN"), "h": ("TIME", "2024-03-12T20:02"), "i": ("DATE", "2024-01-17"),
    "j": ("TIME", "2024-03-12T19:45"), "k": ("TIME", "2024-03-12T18:00"), "l": ("DATE", "2024-02-15"),
    "m": ("DURATION", "P2Y"), "n": ("DATE", "2024-FA"), "o": ("DATE", "2027"),
    "p": ("DATE", "2024-03-26"), "q": ("DATE", "2024-03-11"), "r": ("DATE", "2024-03-25"),
    "s": ("TIME", "2024-03-12TNI"), "t": ("DATE", "2024-03-16"), "u": ("DATE", "2024-03-23"),
    "v": ("DATE", "2024-W10"), "w": ("DATE", "2024-03-17"), "x": ("DATE", "2023-10"),
}, [
    ev("c", "other", "reported", ["Ridgefield City Council", "Ridgefield Rapids"], "Council votes 5-2 to rezone the rail yard for a stadium"),
    ev("d", "other", "reported", ["Ridgefield City Council", "Dana Whitfield"], "Motion to delay the stadium vote fails 2-5"),
    ev("f", "meeting", "reported", ["Ridgefield City Council"], "Public comment on the stadium rezoning closes"),
    ev("h", "statement", "reported", ["Luis Ortega", "Riverside Neighbors Alliance"], "Mayor denies meeting Rapids owner Carla Benning privately"),
    ev("i", "meeting", "negated", ["Luis Ortega", "Carla Benning"], "Mayor Ortega meets Rapids owner Carla Benning privately"),
    ev("k", "meeting", "reported", ["Ridgefield City Council"], "Council meeting on the stadium rezoning opens"),
    ev("l", "statement", "reported", ["Ridgefield Planning Commission"], "Planning commission recommends rezoning the Riverside rail yard"),
    ev("x", "agreement", "reported", ["Ridgefield", "Ridgefield Rapids"], "City signs a non-binding stadium term sheet with the Rapids"),
    ev("n", "other", "planned", ["Ridgefield Rapids"], "Rapids break ground on the Riverside stadium"),
    ev("o", "other", "planned", ["Ridgefield Rapids"], "Riverside stadium opens"),
    ev("p", "other", "scheduled", ["Ridgefield City Council"], "Council holds the ordinance's second reading"),
    ev("q", "statement", "reported", ["Riverside Neighbors Alliance"], "Neighbors' group threatens to sue over the rezoning"),
    ev("r", "legal", "threatened", ["Riverside Neighbors Alliance", "Ridgefield"], "Riverside Neighbors Alliance sues the city over the rezoning"),
    ev("t", "meeting", "cancelled", ["Ridgefield Rapids"], "Community open house on the stadium design is pushed back"),
    ev("u", "meeting", "scheduled", ["Ridgefield Rapids"], "Community open house on the stadium design"),
    ev("v", "other", "reported", ["Ridgefield Rapids", "Tacoma"], "Rapids beat Tacoma 2-1 in a preseason friendly"),
    ev("w", "other", "scheduled", ["Ridgefield Rapids"], "Ridgefield Rapids play their home opener"),
])

# ---------------------------------------------------------------- own28
# Doping ban appeal in athletics, question-and-answer explainer, no
# publication date. Bounds: the hearing on "Tuesday 17 January" (a Tuesday
# in 2012, 2017, 2023) comes after the positive test of "12.08.2016" (a
# European day-first date: 12 August) -> 2017; the first hearing date "15
# December" is past, so the year-end is crossed: 2016-12-15; "Thursday" and
# "yesterday" are before the hearing: dct Saturday 2017-01-14. "three weeks
# later" counts from 12 August. "Christmas" dates nothing ("since
# Christmas" is a state). "1 September 2020" (the end of a ban if upheld)
# and "the 2020 Olympics" are hypothetical: no events. Distractors: 800m,
# 1:57.91 (a race time), sample A-3021977, aged 26, 4x400m.
doc("own28", "2017-01-14", """
Explainer

Inês Valadares and the CAS: what is at stake in her doping appeal

The Court of Arbitration for Sport (CAS) in Lausanne hears the appeal of the Portuguese 800m runner Inês Valadares against a {a|four-year} doping ban on {b|Tuesday 17 January}. Here is what you need to know.

What is she accused of?
A urine sample, numbered A-3021977, that Valadares gave at an out-of-competition test in Lisbon on {c|12.08.2016} contained traces of EPO, a banned blood booster. The IAAF suspended her provisionally {d|three weeks later}. A disciplinary tribunal banned her for {e|four years} in {f|November}.

What does she say?
Valadares, 26, says she has never knowingly taken a banned substance and that the sample was contaminated at the laboratory. Her lawyer, Rui Fontes, denied on {g|Thursday} that she had bought the drug from a website in {h|July}, as the tribunal found.

Why was the hearing delayed?
It was first set for {i|15 December} but was postponed when one of the three arbitrators withdrew. Valadares has trained alone in the Algarve since {j|Christmas}.

What happens at the hearing?
The hearing is due to last {k|two days}. A ruling is expected by {l|the end of February}. If her ban is upheld, it will run until {m|1 September 2020} and she will miss the {n|2020} Olympics in Tokyo.

Could the ban get longer?
Possibly. The World Anti-Doping Agency (WADA) said {o|yesterday} that it would take the case to the Swiss Federal Tribunal by {p|31 March} if CAS cut the ban.

Why does it matter?
Valadares was Portugal’s best hope of a medal in the women’s 800m. She ran a national record of 1:57.91 in Monaco {q|last year} and anchored the 4x400m relay team. If she is cleared, she plans to race at the European Indoor Championships in Belgrade from {r|3} to {s|5 March}.

The IAAF Council, which meets in Monaco {t|next month}, is also due to discuss a new testing programme for middle-distance runners.
""", {
    "a": ("DURATION", "P4Y"), "b": ("DATE", "2017-01-17"), "c": ("DATE", "2016-08-12"),
    "d": ("DATE", "2016-09-02"), "e": ("DURATION", "P4Y"), "f": ("DATE", "2016-11"),
    "g": ("DATE", "2017-01-12"), "h": ("DATE", "2016-07"), "i": ("DATE", "2016-12-15"),
    "j": ("DATE", "2016-12-25"), "k": ("DURATION", "P2D"), "l": ("DATE", "2017-02", "END"),
    "m": ("DATE", "2020-09-01"), "n": ("DATE", "2020"), "o": ("DATE", "2017-01-13"),
    "p": ("DATE", "2017-03-31"), "q": ("DATE", "2016"), "r": ("DATE", "2017-03-03"),
    "s": ("DATE", "2017-03-05"), "t": ("DATE", "2017-02"),
}, [
    ev("b", "legal", "scheduled", ["Court of Arbitration for Sport", "Inês Valadares"], "CAS hears Valadares's appeal against her four-year doping ban"),
    ev("c", "other", "reported", ["Inês Valadares"], "Valadares gives a sample that tests positive for EPO"),
    ev("d", "legal", "reported", ["IAAF", "Inês Valadares"], "IAAF provisionally suspends Valadares"),
    ev("f", "legal", "reported", ["Inês Valadares"], "Disciplinary tribunal bans Valadares for four years"),
    ev("g", "statement", "reported", ["Inês Valadares", "Rui Fontes"], "Valadares's lawyer denies she bought EPO online"),
    ev("h", "economic", "negated", ["Inês Valadares"], "Valadares buys EPO from a website"),
    ev("i", "legal", "cancelled", ["Court of Arbitration for Sport", "Inês Valadares"], "CAS hearing is postponed after an arbitrator withdraws"),
    ev("l", "legal", "expected", ["Court of Arbitration for Sport", "Inês Valadares"], "CAS rules on Valadares's appeal"),
    ev("o", "statement", "reported", ["World Anti-Doping Agency"], "WADA threatens to appeal if CAS cuts the ban"),
    ev("p", "legal", "threatened", ["World Anti-Doping Agency", "Inês Valadares"], "WADA takes the case to the Swiss Federal Tribunal"),
    ev("q", "other", "reported", ["Inês Valadares"], "Valadares sets a national 800m record in Monaco"),
    ev("r", "other", "planned", ["Inês Valadares"], "Valadares races at the European Indoor Championships in Belgrade", end="s"),
    ev("t", "meeting", "scheduled", ["IAAF"], "IAAF Council meets in Monaco"),
])

# ---------------------------------------------------------------- own29
# Archaeological find, heritage trust press release with its own
# "Published:" line = dct (Wednesday 22 June 2022), DATE + TIME, no event.
# ISO date "2022-05-30"; "two days later" counts from it. The burial itself
# is dated by the range "AD 900" to "950" (years written with three digits,
# values 0900 and 0950). "until Friday" ends a state (daily tours) and
# "daily" is a SET: no events. The open day moves from "Saturday 25 June" to
# "Saturday 9 July"; "Boxing Day" dates the display. Distractors: grid
# reference HY 2319 1935, site code SKB22, 7.2 metres, 1,140 rivets, GBP
# 48,000, the phone number 01856 555 210.
doc("own29", "2022-06-22", """
Published: {a|Wednesday 22 June 2022}, {b|09:00 BST}

Press release · Northern Isles Archaeology Trust

Viking boat burial found under planned Orkney car park

Archaeologists from the Northern Isles Archaeology Trust (NIAT) {c|today} announced the discovery of a Viking boat burial at Skaill, on the west coast of Orkney’s Mainland. The grave, at grid reference HY 2319 1935, holds the outline of a 7.2-metre wooden boat, marked by 1,140 iron rivets, and the remains of a man buried with a sword, a comb and a set of weights.

The burial was uncovered on {d|2022-05-30} by a team working ahead of a new car park, and the man’s skeleton was found {e|two days later}. Pottery and the style of the sword suggest that he was buried between {f|AD 900} and {g|950}.

“Orkney has waited {h|decades} for a find like this,” said NIAT director Dr Fiona Isbister.

Excavation of the site, code SKB22, began on {i|Monday 9 May} and was due to last {j|three weeks}. The dig has been extended, with funding of £48,000 from Historic Environment Scotland. The bones and rivets will be lifted {k|next week}, and radiocarbon results are expected in {l|the autumn}.

NIAT {m|yesterday} rejected a claim by a local councillor that the car park contractor had damaged the grave with a digger on {n|6 June}. “No machine has been near the burial,” Dr Isbister said.

Orkney Islands Council granted planning permission for the car park in {o|March 2021}, on condition that the site was excavated first.

A public open day planned for {p|Saturday 25 June} has been moved to {q|Saturday 9 July} because of the extra digging. Guided tours of the trench run {r|daily} until {s|Friday}. A selection of the rivets will go on show at the Orkney Museum in Kirkwall from {t|Boxing Day}.

Media enquiries: 01856 555 210
""", {
    "a": ("DATE", "2022-06-22"), "b": ("TIME", "2022-06-22T09:00"), "c": ("DATE", "2022-06-22"),
    "d": ("DATE", "2022-05-30"), "e": ("DATE", "2022-06-01"), "f": ("DATE", "0900"),
    "g": ("DATE", "0950"), "h": ("DURATION", "PXDE"), "i": ("DATE", "2022-05-09"),
    "j": ("DURATION", "P3W"), "k": ("DATE", "2022-W26"), "l": ("DATE", "2022-FA"),
    "m": ("DATE", "2022-06-21"), "n": ("DATE", "2022-06-06"), "o": ("DATE", "2021-03"),
    "p": ("DATE", "2022-06-25"), "q": ("DATE", "2022-07-09"), "r": ("SET", "P1D"),
    "s": ("DATE", "2022-06-24"), "t": ("DATE", "2022-12-26"),
}, [
    ev("c", "statement", "reported", ["Northern Isles Archaeology Trust"], "NIAT announces a Viking boat burial found at Skaill"),
    ev("d", "other", "reported", ["Northern Isles Archaeology Trust"], "Viking boat burial is uncovered ahead of a car park"),
    ev("e", "other", "reported", ["Northern Isles Archaeology Trust"], "Archaeologists find the skeleton of the buried man"),
    ev("f", "other", "reported", [], "Viking man is buried with his boat at Skaill", end="g"),
    ev("i", "other", "reported", ["Northern Isles Archaeology Trust"], "Excavation of the Skaill car park site begins"),
    ev("k", "other", "scheduled", ["Northern Isles Archaeology Trust"], "Bones and rivets are lifted from the grave"),
    ev("l", "report", "expected", ["Northern Isles Archaeology Trust"], "Radiocarbon results on the Skaill burial"),
    ev("m", "statement", "reported", ["Northern Isles Archaeology Trust"], "NIAT rejects a claim that a contractor damaged the grave"),
    ev("n", "other", "negated", [], "Car park contractor damages the grave with a digger"),
    ev("o", "legal", "reported", ["Orkney Islands Council"], "Orkney Islands Council grants planning permission for the car park"),
    ev("p", "other", "cancelled", ["Northern Isles Archaeology Trust"], "Public open day at the Skaill dig is moved"),
    ev("q", "other", "scheduled", ["Northern Isles Archaeology Trust"], "Public open day at the Skaill dig"),
    ev("t", "other", "scheduled", ["Orkney Museum"], "Rivets from the burial go on show in Kirkwall"),
])

# ---------------------------------------------------------------- own30
# Tech IPO and lock-up expiry, weekly business column, no publication date.
# Bounds: the listing on "Thursday 10 July" (a Thursday in 2014, 2025)
# with "2024" listings before it -> 2025; the 180-day lock-up from 10 July
# 2025 ends on Tuesday 6 January 2026, which the column calls "Tuesday";
# "New Year's Eve" and "Friday" are past: dct Sunday 2026-01-04. "the last
# trading day of 2025" is the same day as New Year's Eve (one event on the
# holiday, the year is a timex only). "fourth-quarter" in a name is a DATE
# without an event; "this year" is a forecast. Distractors: ticker QFN,
# $24, $37.15, $52.80, $29.40, 41 million shares, 4%, Rule 144, a 10b5-1
# plan, 14 companies, nine of them.
doc("own30", "2026-01-04", """
The Ledger

Quillfin’s insiders are about to be free to sell. Brace yourself.

By Martin Osei

Welcome back. I hope you spent the break away from your trading screen, because {a|the first full week of 2026} brings one of the tests I have been waiting for: the end of the lock-up at Quillfin (QFN).

When the payments start-up listed on the Nasdaq on {b|Thursday 10 July}, it priced its shares at $24, and they closed at $37.15. The stock peaked at $52.80 on {c|Sept. 3}. On {d|New Year’s Eve}, {e|the last trading day of 2025}, it closed at $29.40.

The {f|180-day} lock-up, which bars insiders from selling, expires on {g|Tuesday}. After that, early backers such as Harwell Ventures may sell about 41 million shares under Rule 144. History is not kind here: of the 14 tech companies that listed in {h|2024}, nine fell when their lock-ups ended.

Chief executive Priya Natarajan denied on {i|Friday} that she had sold shares through a 10b5-1 plan in {j|November}, as a blog had claimed. Insiders who have stayed put for {k|six months} may be less patient.

There is more. Corrigan Partners, an activist fund with a 4% stake, wrote to the board on {l|Dec. 29} threatening to seek two board seats at the shareholder meeting in {m|May} unless Quillfin buys back shares. And the company has quietly pushed its first investor day from {n|January 20} to {o|March 3}.

Quillfin reports its {p|fourth-quarter} results on {q|Feb. 12}. Analysts expect revenue to double {r|this year}. That may be so, but US tech IPOs raised $38 billion {s|last year}, and the new supply of stock is not finished.

My advice: let the insiders sell first. This column appears {t|every Sunday}.
""", {
    "a": ("DATE", "2026-W02"), "b": ("DATE", "2025-07-10"), "c": ("DATE", "2025-09-03"),
    "d": ("DATE", "2025-12-31"), "e": ("DATE", "2025-12-31"), "f": ("DURATION", "P180D"),
    "g": ("DATE", "2026-01-06"), "h": ("DATE", "2024"), "i": ("DATE", "2026-01-02"),
    "j": ("DATE", "2025-11"), "k": ("DURATION", "P6M"), "l": ("DATE", "2025-12-29"),
    "m": ("DATE", "2026-05"), "n": ("DATE", "2026-01-20"), "o": ("DATE", "2026-03-03"),
    "p": ("DATE", "2025-Q4"), "q": ("DATE", "2026-02-12"), "r": ("DATE", "2026"),
    "s": ("DATE", "2025"), "t": ("SET", "XXXX-WXX-7"),
}, [
    ev("b", "economic", "reported", ["Quillfin"], "Quillfin lists on the Nasdaq at $24 a share"),
    ev("c", "economic", "reported", ["Quillfin"], "Quillfin shares peak at $52.80"),
    ev("d", "economic", "reported", ["Quillfin"], "Quillfin shares close 2025 at $29.40"),
    ev("g", "economic", "scheduled", ["Quillfin", "Harwell Ventures"], "Quillfin's 180-day lock-up on insider share sales expires"),
    ev("h", "economic", "reported", [], "Fourteen tech companies list their shares"),
    ev("i", "statement", "reported", ["Quillfin", "Priya Natarajan"], "Quillfin chief executive denies selling shares in November"),
    ev("j", "economic", "negated", ["Priya Natarajan", "Quillfin"], "Natarajan sells Quillfin shares through a 10b5-1 plan"),
    ev("l", "statement", "reported", ["Corrigan Partners", "Quillfin"], "Corrigan Partners threatens to seek two Quillfin board seats"),
    ev("m", "meeting", "threatened", ["Corrigan Partners", "Quillfin"], "Corrigan Partners seeks two board seats at Quillfin's shareholder meeting"),
    ev("n", "meeting", "cancelled", ["Quillfin"], "Quillfin's first investor day is pushed back"),
    ev("o", "meeting", "scheduled", ["Quillfin"], "Quillfin holds its first investor day"),
    ev("q", "economic", "scheduled", ["Quillfin"], "Quillfin reports its fourth-quarter results"),
    ev("s", "economic", "reported", [], "US tech IPOs raise $38 billion"),
])

# ---------------------------------------------------------------- own31
# Drought and hosepipe ban, broadcast transcript with a "Broadcast:" header
# = dct (Friday 17 August 2018), DATE + TIME, no event. "midnight" +
# "Sunday" is one moment: the DATE anchors (the ban starts as Sunday
# begins, so midnight is 2018-08-19T00:00). "four days later" counts from
# "30 July". The threat is dated "yesterday", the threatened filing "24
# August". "since 1976" is a state; "the Water Resources Act 1991" is a
# year in a name; "seven weeks" and "a day" carry no event. Distractors:
# 31%, 4mm, 140 litres, Section 73, the helpline 0345 600 2018 (its last
# digits look like a year), 1.2 million customers, 2,400 hectares.
doc("own31", "2018-08-17", """
TRANSCRIPT

Southwest Tonight, Channel 7
Broadcast: {a|Friday 17 August 2018}, {b|18:00}

ANNA KERR (presenter): Good evening. A hosepipe ban comes into force across the Wessex Downs region at {c|midnight} on {d|Sunday}, the first there since {e|1976}. Wessex Downs Water, which supplies 1.2 million customers, announced the ban on {f|Monday}. Our environment correspondent Tom Ashby is at Hollow Combe reservoir.

TOM ASHBY (reporter): Anna, the reservoir behind me is at 31% of capacity. It has not rained properly here for {g|seven weeks}. Only 4mm fell in {h|July}, the driest month since records began. The company applied for a drought permit on {i|30 July}, and the Environment Agency declared drought status for the region {j|four days later}.

KERR: And the farmers?

ASHBY: Furious. The National Farmers’ Union said {k|yesterday} that it would lodge a High Court challenge by {l|24 August} if the agency let the company take more water from the River Avon under Section 73 of the Water Resources Act {m|1991}. The agency is expected to decide on the permit {n|next week}.

KERR: There has also been a row about rota cuts.

ASHBY: Yes. Wessex Downs Water {o|today} denied a report in the Western Gazette that it had drawn up plans to turn off supplies street by street from {p|3 September}. Its chief executive, Mark Delaney, told me households use about 140 litres {q|a day} and could save a fifth of that.

KERR: And the Wessex County Show?

ASHBY: It was due to open {r|tomorrow}, but the organisers have postponed it to {s|8 September} because the showground, 2,400 hectares of parched grass, is a fire risk.

KERR: Tom Ashby, thank you. Customers with questions can call the Wessex Downs Water helpline on 0345 600 2018.
""", {
    "a": ("DATE", "2018-08-17"), "b": ("TIME", "2018-08-17T18:00"), "c": ("TIME", "2018-08-19T00:00"),
    "d": ("DATE", "2018-08-19"), "e": ("DATE", "1976"), "f": ("DATE", "2018-08-13"),
    "g": ("DURATION", "P7W"), "h": ("DATE", "2018-07"), "i": ("DATE", "2018-07-30"),
    "j": ("DATE", "2018-08-03"), "k": ("DATE", "2018-08-16"), "l": ("DATE", "2018-08-24"),
    "m": ("DATE", "1991"), "n": ("DATE", "2018-W34"), "o": ("DATE", "2018-08-17"),
    "p": ("DATE", "2018-09-03"), "q": ("SET", "P1D"), "r": ("DATE", "2018-08-18"),
    "s": ("DATE", "2018-09-08"),
}, [
    ev("d", "other", "scheduled", ["Wessex Downs Water"], "Hosepipe ban comes into force across Wessex Downs"),
    ev("f", "statement", "reported", ["Wessex Downs Water"], "Wessex Downs Water announces a hosepipe ban"),
    ev("h", "disaster", "reported", [], "Only 4mm of rain falls in the driest month on record"),
    ev("i", "legal", "reported", ["Wessex Downs Water", "Environment Agency"], "Wessex Downs Water applies for a drought permit"),
    ev("j", "statement", "reported", ["Environment Agency"], "Environment Agency declares drought status for the region"),
    ev("k", "statement", "reported", ["National Farmers' Union"], "Farmers' union threatens a High Court challenge over the permit"),
    ev("l", "legal", "threatened", ["National Farmers' Union", "Environment Agency"], "NFU lodges a High Court challenge to the drought permit"),
    ev("n", "legal", "expected", ["Environment Agency", "Wessex Downs Water"], "Environment Agency decides on the drought permit"),
    ev("o", "statement", "reported", ["Wessex Downs Water"], "Wessex Downs Water denies planning rota cuts"),
    ev("p", "other", "negated", ["Wessex Downs Water"], "Wessex Downs Water starts turning off supplies street by street"),
    ev("r", "other", "cancelled", [], "Wessex County Show is postponed because of fire risk"),
    ev("s", "other", "scheduled", [], "Wessex County Show opens"),
])

# ---------------------------------------------------------------- own32
# Satellite internet outage, backgrounder with a short chronology, no
# publication date. Bounds: "Christmas Eve" is past and the same day as the
# chronology's "24 December 2016" (one failure: `eid` "failure"); "Boxing
# Day", "Tuesday" and "Wednesday" are past, "New Year's Day", "3 January"
# and "15 January" ahead: dct Thursday 2016-12-29. "next year" and "early
# next year" cross the year end (2017). "five days" and "every six hours"
# carry no event. The chronology's years "2013" and "2014" are in the
# past. Distractors: Orbis-4, Ka-band, 180,000 homes, 36,000 km, $49.99 a
# month, 40,000 customers, the phone number 1-800-555-0142, Highway 16.
doc("own32", "2016-12-29", """
Backgrounder

Why 180,000 rural homes have been offline for {x|five days}

Customers of Orbis Connect, the satellite broadband provider that serves farms, reserves and cabins across northern British Columbia and Alberta, have had no internet since a solar array on its Orbis-4 satellite failed on {a|Christmas Eve}. Here is how the outage unfolded and what comes next.

What went wrong?
One of the two solar wings on Orbis-4, which sits 36,000 km above the equator, stopped turning to face the sun. Without enough power, the satellite’s Ka-band transmitters shut down to protect its batteries.

What has Orbis done?
On {b|Tuesday}, it moved 40,000 priority customers, including clinics and police detachments along Highway 16, to capacity leased on a rival’s satellite. Chief executive Gwen Harlow said engineers would try to restart the array by sending a software patch. The upload, first planned for {c|New Year’s Day}, has been put back to {d|3 January} so that it can be tested on a ground model. Updates are posted {e|every six hours}.

Will customers get money back?
The Canadian Radio-television and Telecommunications Commission (CRTC) said on {f|Wednesday} that it would order Orbis to refund customers on its $49.99 plan if service was not restored by {g|15 January}. On {h|Boxing Day}, Orbis denied reports that it had laid off half its satellite engineers in {i|August}.

What happens if the fix fails?
Orbis has no spare satellite in orbit. Analysts expect it to decide on a replacement {j|early next year}, but a new satellite could not be launched before {k|the end of next year}.

Chronology
{l|March 2013}: Orbis orders Orbis-4 from a US manufacturer for $290 million.
{m|8 April 2014}: Orbis-4 is launched from French Guiana.
{n|June 2014}: Service begins for the first 60,000 homes.
{o|24 December 2016}: A solar wing stops turning; service fails at {p|21:12 Pacific time}.
{q|27 December}: Priority customers are moved to leased capacity.

Customers can call Orbis on 1-800-555-0142.
""", {
    "a": ("DATE", "2016-12-24"), "b": ("DATE", "2016-12-27"), "c": ("DATE", "2017-01-01"),
    "d": ("DATE", "2017-01-03"), "e": ("SET", "PT6H"), "f": ("DATE", "2016-12-28"),
    "g": ("DATE", "2017-01-15"), "h": ("DATE", "2016-12-26"), "i": ("DATE", "2016-08"),
    "j": ("DATE", "2017", "START"), "k": ("DATE", "2017", "END"), "l": ("DATE", "2013-03"),
    "m": ("DATE", "2014-04-08"), "n": ("DATE", "2014-06"), "o": ("DATE", "2016-12-24"),
    "p": ("TIME", "2016-12-24T21:12"), "q": ("DATE", "2016-12-27"),
    "x": ("DURATION", "P5D"),
}, [
    ev("a", "other", "reported", ["Orbis Connect"], "Solar array on Orbis-4 fails, cutting internet to 180,000 homes", eid="failure"),
    ev("b", "other", "reported", ["Orbis Connect"], "Orbis moves 40,000 priority customers to a rival's satellite", eid="move"),
    ev("c", "other", "cancelled", ["Orbis Connect"], "Software patch upload to Orbis-4 is put back"),
    ev("d", "other", "scheduled", ["Orbis Connect"], "Orbis uploads a software patch to restart the array"),
    ev("f", "statement", "reported", ["CRTC"], "CRTC threatens to order Orbis to refund customers"),
    ev("g", "legal", "threatened", ["CRTC", "Orbis Connect"], "CRTC orders Orbis to refund its customers"),
    ev("h", "statement", "reported", ["Orbis Connect"], "Orbis denies laying off half its satellite engineers"),
    ev("i", "economic", "negated", ["Orbis Connect"], "Orbis lays off half its satellite engineers"),
    ev("j", "supply", "expected", ["Orbis Connect"], "Orbis decides on a replacement satellite"),
    ev("l", "supply", "reported", ["Orbis Connect"], "Orbis orders Orbis-4 for $290 million"),
    ev("m", "other", "reported", ["Orbis Connect"], "Orbis-4 is launched from French Guiana"),
    ev("n", "other", "reported", ["Orbis Connect"], "Orbis service begins for the first 60,000 homes"),
    ev("o", "other", "reported", ["Orbis Connect"], "Orbis-4 solar wing stops turning and service fails", eid="failure"),
    ev("q", "other", "reported", ["Orbis Connect"], "Priority customers are moved to leased capacity", eid="move"),
])


def main():
    ownbuild.write_checked(DOCS, OUT, "own4", (200, 450))


if __name__ == "__main__":
    main()
