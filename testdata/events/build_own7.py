#!/usr/bin/env python3
"""Build own7.jsonl (own49..own56) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed by the shared builder ownbuild.py as UTF-8 byte
offsets, never typed by hand.

Record keys follow own6.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Publication dates: own50 (wire dateline with a year), own51 ("Last
updated:" line with a BST time), own54 (a bare date line under "PRESS
RELEASE") and own55 (US wire dateline without a year) print theirs; own49,
own52, own53 and own56 do not, and the notes above each article say how the
text bounds the date.

The gold was written from the texts and the conventions alone, without
running the timeline tool on them or looking at its output.

Run: python3 build_own7.py   (writes own7.jsonl next to this file and checks
every record; it exits non-zero on any failure)
"""
import functools
import json
import os
import sys

import ownbuild
from ownbuild import ev, iso_week, last_wd, next_week_wd, next_wd, this_week_wd, wd, years_with

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own7.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)


# ---------------------------------------------------------------- own49
# Hospital emergency department becoming daytime-only, regional newspaper
# health story with a byline, no publication date. Bounds: "Tuesday 12
# March" (past, the board vote) is a Tuesday in 2013, 2019, 2024 and 2030;
# the children's ward closed in "March 2017" (past) and the treatment
# centre "is due to open in the autumn of 2020" (still ahead) -> 2019.
# Within 2019: the vote on Tuesday 12 March is past, the meeting "set for
# Saturday" is still ahead (Saturday 16 March, a bare weekday within six
# days) and "1 April" is ahead, so the dct is Wednesday 13 to Friday 15
# March; the gold uses
# Thursday 2019-03-14. "next Thursday" (the following ISO week: 21 March),
# "Saturday" (16 March), "last week" (2019-W10) and "last summer"
# (2018-SU) come out the same anywhere in that window; only "yesterday" and
# "this morning" depend on the choice.
# "last summer" begins a state ("since"): timex, no event. "each day" is a
# rate: SET P1D. The consultation range "3 December" to "25 January" is
# past and crosses the year end (2018-12-03 .. 2019-01-25). The denial
# ("yesterday") gives a statement row and a negated row on past
# "November" (2018-11). The dated threat ("this morning", a TIME standing
# alone) gives a statement row and a threatened row at "next Thursday".
# The MP's meeting "set for Saturday" is put back to "30 March":
# cancelled + scheduled. "18 months later" counts from "March 2017"
# (2018-09). "is expected to give its view in May" is an expected event
# (2019-05); "is due to open" is scheduled. "six months" is a DURATION (a
# review interval that dates nothing). Distractors: the 7-4 vote, 19 miles,
# 111, six of 11 posts, 6,200 responses, 2,000 people, £4.6 million, Ward
# 12B.
assert wd("2019-03-12") == "Tuesday" and wd("2019-03-09") == "Saturday" and wd("2019-03-14") == "Thursday"
assert years_with(12, 3, "Tuesday") == [2013, 2019, 2024, 2030]
assert next_wd("2019-03-14", "Saturday") == "2019-03-16"
assert next_week_wd("2019-03-14", "Thursday") == "2019-03-21"
assert next_week_wd("2019-03-13", "Thursday") == next_week_wd("2019-03-15", "Thursday") == "2019-03-21"
assert iso_week("2019-03-14", -1) == "2019-W10" == iso_week("2019-03-13", -1) == iso_week("2019-03-15", -1)
doc("own49", "2019-03-14", """
Health

Ashworth A&E to become daytime-only despite protests

By Helen Marsh, Health Correspondent

Ashworth General Hospital’s emergency department will become a daytime-only service from {a|1 April}, after the Pennine Vale Health Board voted 7-4 on {b|Tuesday 12 March} to send patients who arrive after it closes to Calder Royal Infirmary, 19 miles away.

About 40 of its patients {c|each day} arrive after the new closing time. Ambulance crews were briefed on the new routes {d|last week}, and patients who need urgent advice when the department is shut are being told to call 111.

The board’s medical director, Dr Ruth Okonedo, said the unit had been unable to fill six of its 11 consultant posts since {e|last summer}. “We cannot run a safe service on locums alone,” she said.

A public consultation ran from {f|3 December} to {g|25 January} and drew 6,200 responses, three-quarters of them against the plan. Chief executive Martin Hale {h|yesterday} denied that the board had agreed the closure at a private meeting in {i|November}, before the consultation opened. “No decision was taken behind closed doors,” he said.

The Save Ashworth A&E campaign, which says the longer journey will cost lives, said {j|this morning} that it would apply to the High Court for a judicial review {k|next Thursday} unless the board suspended its decision. About 2,000 people marched through the town centre on {l|Saturday 9 March}.

A public meeting with the local MP, Daniel Coyle, set for {m|Saturday}, has been put back to {n|30 March} so that board members can attend.

The Independent Reconfiguration Panel, which advises ministers on disputed hospital changes, is expected to give its view in {o|May}.

It is not the first cut at Ashworth, which opened in {p|1968}. Its maternity unit moved to Calder in {q|2014}, and the board cut the children’s ward to daytime opening in {r|March 2017}, restoring full opening {s|18 months later} after recruiting two paediatricians.

The board says a £4.6 million urgent treatment centre on the Ashworth site is due to open in {t|the autumn of 2020}, and it will review the change after {u|six months}. Ward 12B, which shut in the same reorganisation, will become a day surgery unit.
""", {
    "a": ("DATE", "2019-04-01"), "b": ("DATE", "2019-03-12"), "c": ("SET", "P1D"),
    "d": ("DATE", "2019-W10"), "e": ("DATE", "2018-SU"), "f": ("DATE", "2018-12-03"),
    "g": ("DATE", "2019-01-25"), "h": ("DATE", "2019-03-13"), "i": ("DATE", "2018-11"),
    "j": ("TIME", "2019-03-14TMO"), "k": ("DATE", "2019-03-21"), "l": ("DATE", "2019-03-09"),
    "m": ("DATE", "2019-03-16"), "n": ("DATE", "2019-03-30"), "o": ("DATE", "2019-05"),
    "p": ("DATE", "1968"), "q": ("DATE", "2014"), "r": ("DATE", "2017-03"),
    "s": ("DATE", "2018-09"), "t": ("DATE", "2020-FA"), "u": ("DURATION", "P6M"),
}, [
    ev("a", "other", "scheduled", ["Pennine Vale Health Board", "Ashworth General Hospital"], "Ashworth General's emergency department becomes a daytime-only service"),
    ev("b", "meeting", "reported", ["Pennine Vale Health Board"], "Health board votes 7-4 to make Ashworth A&E daytime-only"),
    ev("d", "other", "reported", [], "Ambulance crews are briefed on the new routes"),
    ev("f", "other", "reported", ["Pennine Vale Health Board"], "Public consultation on the closure draws 6,200 responses", end="g"),
    ev("h", "statement", "reported", ["Pennine Vale Health Board", "Martin Hale"], "Chief executive denies the closure was agreed at a private meeting"),
    ev("i", "meeting", "negated", ["Pennine Vale Health Board"], "Board agrees the A&E change at a private meeting"),
    ev("j", "statement", "reported", ["Save Ashworth A&E"], "Campaign threatens to seek a judicial review of the closure"),
    ev("k", "legal", "threatened", ["Save Ashworth A&E", "Pennine Vale Health Board"], "Campaign applies to the High Court for a judicial review"),
    ev("l", "other", "reported", [], "About 2,000 people march against the closure"),
    ev("m", "meeting", "cancelled", ["Daniel Coyle"], "Public meeting with MP Daniel Coyle on the closure"),
    ev("n", "meeting", "scheduled", ["Daniel Coyle"], "Postponed public meeting with MP Daniel Coyle"),
    ev("o", "report", "expected", ["Independent Reconfiguration Panel"], "Independent Reconfiguration Panel gives its view on the closure"),
    ev("p", "other", "reported", ["Ashworth General Hospital"], "Ashworth General Hospital opens"),
    ev("q", "other", "reported", ["Ashworth General Hospital"], "Ashworth's maternity unit moves to Calder Royal Infirmary"),
    ev("r", "other", "reported", ["Pennine Vale Health Board"], "Board cuts Ashworth's children's ward to daytime opening"),
    ev("s", "other", "reported", ["Pennine Vale Health Board"], "Children's ward returns to full opening after two paediatricians are recruited"),
    ev("t", "other", "scheduled", ["Pennine Vale Health Board"], "£4.6 million urgent treatment centre opens at Ashworth"),
])

# ---------------------------------------------------------------- own50
# Fraud sentencing, wire copy with a dated dateline = dct (Tuesday 27
# August 2024), no event on the dateline. "Tuesday" is the dct (the
# sentence). "nine years" (headline and lead) and "five years" (a minimum non-parole period)
# are DURATIONs. Past "May" is 2024-05. "the Crimes Act 1961" is a year in a
# name: DATE timex, no event; the case number CRI-2021-004-003318 is a
# distractor, not a timex. The range "between 2012 and 2020" dates the
# scheme's payments; "9% a year" is a rate (SET P1Y). "five months later"
# counts from "March 2021" (2021-08). "two days" is a DURATION, "last week"
# (2024-W34) dates the victim statements. "the first quarter of 2025" is an
# expected payment. The denial ("yesterday") gives a statement row and a
# negated row on "October 2019". The dated threat ("last Friday", said on a
# Tuesday: 23 August) gives a statement row and a threatened row at its
# deadline "30 September". The hearing "set for Thursday" (29 August) is
# adjourned to "14 October": cancelled + scheduled. "20 working days" is a
# DURATION (P20D). "said it planned to publish ... by the end of the year"
# is planned (2024 END). Distractors: NZ$38 million, 412 investors, age 61,
# 14 counts, section 240, the case number, NZ$6.3 million, NZ$4 million, 37
# victims, 31 cents, NZ$15 million.
assert wd("2024-08-27") == "Tuesday"
assert last_wd("2024-08-27", "Friday") == "2024-08-23" and last_wd("2024-08-27", "Monday") == "2024-08-26"
assert next_wd("2024-08-27", "Thursday") == "2024-08-29"
assert iso_week("2024-08-27", -1) == "2024-W34"
doc("own50", "2024-08-27", """
Auckland fund manager jailed for {hl|nine years} over NZ$38m Ponzi scheme

AUCKLAND, {a|27 August 2024} (Pacific Wire) – A former Auckland fund manager was jailed for {b|nine years} on {c|Tuesday} for running a Ponzi scheme that took NZ$38 million from 412 investors, many of them retired teachers.

Justice Miriam Tāwhai told the High Court at Auckland that Erik Halvorsen, 61, had shown “no real remorse”, and set a minimum non-parole period of {d|five years}. A jury convicted him in {e|May} on 14 counts of obtaining by deception under section 240 of the Crimes Act {f|1961} (case CRI-2021-004-003318).

Halvorsen set up Kauri Ridge Capital in {g|2009}. Prosecutors said that between {h|2012} and {i|2020} he paid early investors returns of 9% {j|a year} out of new deposits, while spending NZ$6.3 million on a Queenstown house, a yacht and a vineyard.

The scheme collapsed in {k|March 2021}, when a Wellington trust tried to withdraw NZ$4 million, and Halvorsen was charged {l|five months later}. The court heard statements from 37 victims over {m|two days} {n|last week}.

The receivers, Moana Advisory, have so far returned 31 cents in the dollar and expect to make a second payment to investors in {o|the first quarter of 2025}.

Kauri Ridge’s former auditor, Kerr & Lowe, {p|yesterday} denied that it had been warned about irregular payments in {q|October 2019}. “No such warning was ever received,” a spokesperson said. An investors’ group, the Kauri Ridge Action Committee, said {r|last Friday} that it would sue the auditor for NZ$15 million unless the firm agreed to mediation by {s|30 September}.

A hearing on the sale of Halvorsen’s Queenstown house, set for {t|Thursday}, has been adjourned to {u|14 October} because a valuation is not ready. Halvorsen has {v|20 working days} to appeal against his sentence, his lawyer, Tom Brannigan, said.

The Financial Markets Authority, which first received a complaint about the fund in {w|2018}, said it planned to publish a review of its own handling of the case by {x|the end of the year}.
""", {
    "hl": ("DURATION", "P9Y"), "a": ("DATE", "2024-08-27"), "b": ("DURATION", "P9Y"), "c": ("DATE", "2024-08-27"),
    "d": ("DURATION", "P5Y"), "e": ("DATE", "2024-05"), "f": ("DATE", "1961"),
    "g": ("DATE", "2009"), "h": ("DATE", "2012"), "i": ("DATE", "2020"), "j": ("SET", "P1Y"),
    "k": ("DATE", "2021-03"), "l": ("DATE", "2021-08"), "m": ("DURATION", "P2D"),
    "n": ("DATE", "2024-W34"), "o": ("DATE", "2025-Q1"), "p": ("DATE", "2024-08-26"),
    "q": ("DATE", "2019-10"), "r": ("DATE", "2024-08-23"), "s": ("DATE", "2024-09-30"),
    "t": ("DATE", "2024-08-29"), "u": ("DATE", "2024-10-14"), "v": ("DURATION", "P20D"),
    "w": ("DATE", "2018"), "x": ("DATE", "2024", "END"),
}, [
    ev("c", "legal", "reported", ["High Court of New Zealand", "Erik Halvorsen"], "Erik Halvorsen jailed for nine years over a Ponzi scheme"),
    ev("e", "legal", "reported", ["Erik Halvorsen"], "Jury convicts Halvorsen on 14 counts of obtaining by deception"),
    ev("g", "other", "reported", ["Erik Halvorsen", "Kauri Ridge Capital"], "Halvorsen sets up Kauri Ridge Capital"),
    ev("h", "economic", "reported", ["Erik Halvorsen"], "Halvorsen pays early investors returns out of new deposits", end="i"),
    ev("k", "economic", "reported", ["Kauri Ridge Capital"], "Kauri Ridge Capital's Ponzi scheme collapses"),
    ev("l", "legal", "reported", ["Erik Halvorsen"], "Halvorsen is charged"),
    ev("n", "legal", "reported", ["High Court of New Zealand"], "Court hears statements from 37 victims"),
    ev("o", "economic", "expected", ["Moana Advisory"], "Receivers make a second payment to Kauri Ridge investors"),
    ev("p", "statement", "reported", ["Kerr & Lowe"], "Former auditor denies being warned about irregular payments"),
    ev("q", "other", "negated", ["Kerr & Lowe"], "Auditor is warned about irregular payments at Kauri Ridge"),
    ev("r", "statement", "reported", ["Kauri Ridge Action Committee"], "Investors' group threatens to sue the auditor for NZ$15 million"),
    ev("s", "legal", "threatened", ["Kauri Ridge Action Committee", "Kerr & Lowe"], "Investors sue Kerr & Lowe for NZ$15 million"),
    ev("t", "legal", "cancelled", [], "Hearing on the sale of Halvorsen's Queenstown house"),
    ev("u", "legal", "scheduled", [], "Adjourned hearing on the sale of Halvorsen's house"),
    ev("w", "other", "reported", ["Financial Markets Authority"], "FMA receives a first complaint about the fund"),
    ev("x", "report", "planned", ["Financial Markets Authority"], "FMA publishes a review of its handling of the case"),
])

# ---------------------------------------------------------------- own51
# Local election count, live blog with entry times in reverse order, its
# own "Last updated:" line = dct (Friday 8 May 2026): DATE + TIME, no
# event; "16:52 BST" is not converted and leaves no zone mark. An entry
# time anchors what happened at it. The Eastgate declaration "expected at
# 15:00" (a TIME standing alone) is delayed until "tomorrow" (9 May):
# cancelled + scheduled; "10am" stands alone in its clause (counting
# resumes) and takes its day from "tomorrow". The threat is dated by its
# entry time (15:20, statement row) and the threatened petition is on
# "Monday" (11 May). The denial is dated by its entry time (14:05,
# statement row) and the denied happening by "Thursday night" (a TIME
# standing alone, 2026-05-07TNI: negated). "this weekend" said on a Friday
# is the dct's week (2026-W19-WE). "34.9% in 2022" is a comparison: timex,
# no event. "10pm" + "Thursday" is one moment: the DATE anchors the polls
# closing. "5am" stands alone (the verification ended in the small hours of
# the dct). Past "Thursday 7 May" (the vote), "last year" (2025), the range
# "20" to "22 April", "2014" and the second "2022" (held at the last
# all-out election); future "Tuesday 19 May" and "18 June". "12 years" and
# "four-year" are DURATIONs. Distractors: 44 of the 45 seats, 19/15/7/3
# seats, 23 seats, 17 votes (1,204 to 1,187), 31.4%, 34.9%, 41,280 ballot
# papers.
assert wd("2026-05-08") == "Friday" and wd("2026-05-07") == "Thursday" and wd("2026-05-19") == "Tuesday"
assert next_wd("2026-05-08", "Monday") == "2026-05-11" and last_wd("2026-05-08", "Thursday") == "2026-05-07"
assert iso_week("2026-05-08") == "2026-W19"
doc("own51", "2026-05-08", """
Last updated: {a|Friday 8 May 2026}, {b|16:52 BST}

LIVE: Harbourne council election count

{c|16:52} – Labour has lost control of Harbourne District Council after {d|12 years}. With 44 of the 45 seats declared, the Greens have 19, Labour 15, the Liberal Democrats 7 and independents 3, so no party has the 23 needed for a majority.

{e|16:10} – The returning officer, Sarah Quayle, says the declaration for Eastgate ward, expected at {f|15:00}, will be delayed until {g|tomorrow} because an unopened ballot box has been found in a store room. Counting there will resume at {h|10am}.

{i|15:20} – Independent councillor Gary Pike, who lost Millbrook by 17 votes (1,204 to 1,187), says he will lodge an election petition at the High Court on {j|Monday} unless the council orders a full recount.

{k|14:05} – Quayle denies claims on social media that the Eastgate box was left in a polling clerk’s car on {l|Thursday night}. “It never left council premises,” she says.

{m|13:40} – Council leader Paul Ashdown loses his Castle ward seat to the Greens. He says he will stand down as leader of the Labour group {n|this weekend}.

{o|11:15} – The council puts turnout at 31.4%, down from 34.9% in {p|2022}.

{q|09:00} – Counting is under way at Harbourne Leisure Centre. Polls closed at {r|10pm} on {s|Thursday}, and the verification of 41,280 ballot papers finished at {t|5am}.

Welcome to our live coverage of the Harbourne count. All 45 seats were up for election on {u|Thursday 7 May}, on new ward boundaries approved by the Local Government Boundary Commission for England {v|last year}. Postal votes were sent out between {w|20} and {x|22 April}.

Labour took control of the council in {y|2014} and held it at the last all-out election, in {z|2022}. Councillors serve {aa|four-year} terms.

The new council will meet on {bb|Tuesday 19 May} to elect a leader, and a by-election for a vacant seat in Riverside ward is due on {cc|18 June}.
""", {
    "a": ("DATE", "2026-05-08"), "b": ("TIME", "2026-05-08T16:52"), "c": ("TIME", "2026-05-08T16:52"),
    "d": ("DURATION", "P12Y"), "e": ("TIME", "2026-05-08T16:10"), "f": ("TIME", "2026-05-08T15:00"),
    "g": ("DATE", "2026-05-09"), "h": ("TIME", "2026-05-09T10:00"), "i": ("TIME", "2026-05-08T15:20"),
    "j": ("DATE", "2026-05-11"), "k": ("TIME", "2026-05-08T14:05"), "l": ("TIME", "2026-05-07TNI"),
    "m": ("TIME", "2026-05-08T13:40"), "n": ("DATE", "2026-W19-WE"), "o": ("TIME", "2026-05-08T11:15"),
    "p": ("DATE", "2022"), "q": ("TIME", "2026-05-08T09:00"), "r": ("TIME", "2026-05-07T22:00"),
    "s": ("DATE", "2026-05-07"), "t": ("TIME", "2026-05-08T05:00"), "u": ("DATE", "2026-05-07"),
    "v": ("DATE", "2025"), "w": ("DATE", "2026-04-20"), "x": ("DATE", "2026-04-22"),
    "y": ("DATE", "2014"), "z": ("DATE", "2022"), "aa": ("DURATION", "P4Y"),
    "bb": ("DATE", "2026-05-19"), "cc": ("DATE", "2026-06-18"),
}, [
    ev("c", "election", "reported", ["Labour Party", "Harbourne District Council"], "Labour loses control of Harbourne District Council"),
    ev("e", "statement", "reported", ["Harbourne District Council", "Sarah Quayle"], "Returning officer delays the Eastgate ward declaration"),
    ev("f", "election", "cancelled", [], "Eastgate ward result declaration"),
    ev("g", "election", "scheduled", [], "Delayed Eastgate ward result declaration"),
    ev("h", "other", "scheduled", [], "Counting resumes in Eastgate ward"),
    ev("i", "statement", "reported", ["Gary Pike"], "Defeated councillor Gary Pike threatens an election petition"),
    ev("j", "legal", "threatened", ["Gary Pike", "Harbourne District Council"], "Pike lodges an election petition at the High Court"),
    ev("k", "statement", "reported", ["Harbourne District Council", "Sarah Quayle"], "Returning officer denies a ballot box was left in a car"),
    ev("l", "other", "negated", [], "Eastgate ballot box is left in a polling clerk's car"),
    ev("m", "election", "reported", ["Green Party", "Paul Ashdown"], "Council leader Paul Ashdown loses his Castle ward seat"),
    ev("n", "other", "scheduled", ["Paul Ashdown", "Labour Party"], "Ashdown stands down as Labour group leader"),
    ev("o", "statement", "reported", ["Harbourne District Council"], "Council puts turnout at 31.4%"),
    ev("q", "other", "reported", [], "Counting begins at Harbourne Leisure Centre"),
    ev("s", "election", "reported", [], "Polls close in the Harbourne council election"),
    ev("t", "other", "reported", [], "Verification of 41,280 ballot papers finishes"),
    ev("u", "election", "reported", ["Harbourne District Council"], "Harbourne votes for all 45 council seats"),
    ev("v", "other", "reported", ["Local Government Boundary Commission for England"], "Boundary Commission approves new Harbourne ward boundaries"),
    ev("w", "other", "reported", ["Harbourne District Council"], "Council sends out postal votes", end="x"),
    ev("y", "election", "reported", ["Labour Party", "Harbourne District Council"], "Labour takes control of Harbourne council"),
    ev("z", "election", "reported", ["Labour Party"], "Labour holds Harbourne at the last all-out election"),
    ev("bb", "meeting", "scheduled", ["Harbourne District Council"], "New council meets to elect a leader"),
    ev("cc", "election", "scheduled", [], "Riverside ward by-election"),
])

# ---------------------------------------------------------------- own52
# Wildlife reintroduction, Sunday-paper nature feature with history
# paragraphs, no publication date. Bounds: "Wednesday 19 October" (past,
# the release) is a Wednesday in 2011, 2016 and 2022; the consultation
# ended in "January 2016" (past) and the licence "runs until March 2021"
# (still ahead) -> 2016. Within 2016: past bare "Friday" (21 October, the
# threat) and "yesterday" (the denial) name two different days, so the dct
# is after Saturday 22, and a bare past weekday lies within six days, so it
# is before Friday 28; "Over four days in the wild" since Wednesday morning
# puts it on Sunday 23 October, the gold's dct (a Sunday-paper feature).
# "next Saturday" (the following ISO week) is then 29 October; "1 November"
# is ahead. "7.20am" + "Wednesday 19 October" is one moment: the DATE
# anchors the release. "13 centuries" (headline) is DURATION P13CE and
# "about 13 centuries" P13CE APPROX; "40 minutes", "five-year", "six
# months" and "four days" are DURATIONs; "every four hours" is a SET
# (PT4H). Past "March" is 2016-03 (the licence, an
# approval: supply) and "the following month" counts from it (2016-04);
# "March 2021" ends a state (the licence term): timex, no event. The
# release of the last two cats planned for "next Saturday" is put back to
# "the spring" (2017-SP): cancelled + scheduled. The denial ("yesterday")
# gives a statement row and a negated row on past "August" (2016-08). The
# dated threat ("Friday") gives a statement row and a threatened row on
# "1 November". "could be born in late May" is expected (2017-05 END);
# "hopes to apply ... next year" is planned (2017). "the 1920s" is 192;
# "26 May 1982" (the Queen opening Kielder Water) is past; "last year" is
# 2015. Distractors: L-06, 5 km, £250, 62%, the C200.
assert wd("2016-10-19") == "Wednesday" and wd("2016-10-23") == "Sunday"
assert years_with(19, 10, "Wednesday") == [2011, 2016, 2022]
assert last_wd("2016-10-23", "Friday") == "2016-10-21"
assert next_week_wd("2016-10-23", "Saturday") == next_week_wd("2016-10-22", "Saturday") == "2016-10-29"
doc("own52", "2016-10-23", """
Nature

Four lynx, {hl|13 centuries} on: the wild cats return to Kielder

By Tom Alder

At {a|7.20am} on {b|Wednesday 19 October}, a wooden crate was opened at the edge of a clearing in Kielder Forest and a young female lynx, known to her keepers only as L-06, walked out into Northumberland. Three more followed within {c|40 minutes}.

They are the first wild lynx in England for {d|about 13 centuries}. The Lynx Trust UK first proposed bringing them back in {e|2013}, and a public consultation ran from {f|May 2015} to {g|January 2016}. Natural England granted a {h|five-year} licence in {i|March}; it runs until {j|March 2021}, and every cat wears a GPS collar that reports its position {k|every four hours}.

The six lynx chosen for the project arrived from Sweden {l|the following month} and spent {m|six months} in quarantine pens near Falstone, off the C200. Over {n|four days} in the wild, the four released cats have stayed within 5 km of the release site, and one has already killed a roe deer.

The release of the last two animals, a male and a female, had been planned for {o|next Saturday}, but the trust has put it back to {p|the spring} because the male has an infected paw.

Not everyone is pleased. The trust {q|yesterday} denied a report in a farming weekly that a lynx had escaped from the quarantine pens in {r|August}. “Every animal has been accounted for,” said its director, Fiona Hay. The National Sheep Association said on {s|Friday} that it would apply for a High Court injunction on {t|1 November} unless the trust agreed to pay farmers £250 for every ewe taken by a lynx.

If the cats settle, the first kittens could be born in {u|late May}, and the trust hopes to apply for a licence to release lynx in Scotland {v|next year}.

Kielder is not a natural forest. The Forestry Commission began planting it with Sitka spruce in {w|the 1920s}, and Kielder Water, the reservoir at its heart, was opened by the Queen on {x|26 May 1982}. Natural England let beavers stay on the River Otter in Devon in {y|2015} under a similar licence, and a survey {z|last year} found that 62% of Northumberland residents backed the lynx plan.
""", {
    "hl": ("DURATION", "P13CE"), "a": ("TIME", "2016-10-19T07:20"), "b": ("DATE", "2016-10-19"), "c": ("DURATION", "PT40M"),
    "d": ("DURATION", "P13CE", "APPROX"), "e": ("DATE", "2013"), "f": ("DATE", "2015-05"),
    "g": ("DATE", "2016-01"), "h": ("DURATION", "P5Y"), "i": ("DATE", "2016-03"),
    "j": ("DATE", "2021-03"), "k": ("SET", "PT4H"), "l": ("DATE", "2016-04"),
    "m": ("DURATION", "P6M"), "n": ("DURATION", "P4D"), "o": ("DATE", "2016-10-29"),
    "p": ("DATE", "2017-SP"), "q": ("DATE", "2016-10-22"), "r": ("DATE", "2016-08"),
    "s": ("DATE", "2016-10-21"), "t": ("DATE", "2016-11-01"), "u": ("DATE", "2017-05", "END"),
    "v": ("DATE", "2017"), "w": ("DATE", "192"), "x": ("DATE", "1982-05-26"),
    "y": ("DATE", "2015"), "z": ("DATE", "2015"),
}, [
    ev("b", "other", "reported", ["Lynx Trust UK"], "Four lynx are released into Kielder Forest"),
    ev("e", "other", "reported", ["Lynx Trust UK"], "Lynx Trust UK first proposes bringing lynx back"),
    ev("f", "other", "reported", ["Lynx Trust UK"], "Public consultation on the lynx release", end="g"),
    ev("i", "supply", "reported", ["Natural England", "Lynx Trust UK"], "Natural England grants a five-year licence for the release"),
    ev("l", "supply", "reported", ["Lynx Trust UK"], "Six lynx arrive from Sweden and go into quarantine"),
    ev("o", "other", "cancelled", ["Lynx Trust UK"], "Release of the last two lynx"),
    ev("p", "other", "scheduled", ["Lynx Trust UK"], "Postponed release of the last two lynx"),
    ev("q", "statement", "reported", ["Lynx Trust UK"], "Trust denies that a lynx escaped from quarantine"),
    ev("r", "other", "negated", [], "A lynx escapes from the quarantine pens"),
    ev("s", "statement", "reported", ["National Sheep Association"], "Sheep farmers threaten to seek a High Court injunction"),
    ev("t", "legal", "threatened", ["National Sheep Association", "Lynx Trust UK"], "Sheep association applies for a High Court injunction"),
    ev("u", "other", "expected", [], "First lynx kittens are born in Kielder"),
    ev("v", "other", "planned", ["Lynx Trust UK"], "Trust applies for a licence to release lynx in Scotland"),
    ev("w", "other", "reported", ["Forestry Commission"], "Forestry Commission begins planting Kielder Forest"),
    ev("x", "other", "reported", ["Elizabeth II"], "The Queen opens Kielder Water"),
    ev("y", "supply", "reported", ["Natural England"], "Natural England lets beavers stay on the River Otter"),
    ev("z", "report", "reported", [], "Survey finds 62% of Northumberland residents back the lynx plan"),
])

# ---------------------------------------------------------------- own53
# Aviation incident investigation, backgrounder with a chronology, no
# publication date. Bounds: "Sunday 14 August" (past, the overrun) is a
# Sunday in 2011, 2016 and 2022; "March 2019" and "the summer of 2020" are
# past -> 2022 (the case number 2022/0811 is a distractor, not a timex, but
# agrees). Within 2022: the interim report came out on "10 November", the
# past bare "Thursday" (the same day: the two rows share an eid), so the
# dct lies within six days after it (11-16 November); "last Friday" (the
# latest Friday before the dct) is 11 November only from Saturday 12 on;
# "1 December" and "next month" (December) are ahead. The gold uses
# Saturday 2022-11-12 (a weekend backgrounder); "last Friday", "next
# month" and "early next year" come out the same anywhere in 12-16
# November.
# "The following day" (a chronology heading) counts from 14 August. "21:47"
# + "Sunday 14 August" is one moment: the DATE anchors the overrun. "14:00"
# stands alone (the runway reopens, 15 August); so does "19:30" (the last
# friction reading, 14 August). The range "19"-"23 September" dates the
# runway tests. The threat dated "27 October" gives a statement row and a
# threatened row on "1 December". The denial ("last Friday") gives a
# statement row and a negated row on "the day of the accident" (anaphoric:
# 14 August). The resurfacing planned for "next month" (2022-12) is put
# back to "April" (2023-04): cancelled + scheduled. "early next year" is
# 2023 START (an expected report); "the end of January" (2023-01 END) dates
# a planned retraining. "more than two hours" and "two weeks" are
# DURATIONs; "four times a day" is a SET (P1D). Distractors: the case
# number 2022/0811, 68 people, flight FJ 455, Dash 8-400, LN-WDK, runway
# 25, 80 metres, 11 knots, 640 and 2,794 metres, 140 pilots.
assert wd("2022-08-14") == "Sunday" and wd("2022-11-10") == "Thursday" and wd("2022-11-12") == "Saturday"
assert years_with(14, 8, "Sunday") == [2011, 2016, 2022]
assert last_wd("2022-11-12", "Thursday") == "2022-11-10" and last_wd("2022-11-12", "Friday") == "2022-11-11"
assert last_wd("2022-11-16", "Friday") == "2022-11-11"
doc("own53", "2022-11-12", """
Background

Bodø runway overrun: what we know so far

Investigators published their interim report on {a|Thursday} into the overrun of a Fjordfly turboprop that ran off the end of the runway at Bodø, in northern Norway, with 68 people on board. Nobody was seriously hurt, but the Norwegian Safety Investigation Authority (NSIA, case no. 2022/0811) says the crew landed too fast on a wet runway whose friction had not been measured for {b|more than two hours}. Its final report is expected {c|early next year}.

How it unfolded

{d|Sunday 14 August}, {e|21:47} – Flight FJ 455 from Oslo, a Dash 8-400 registered LN-WDK, lands on runway 25 in heavy rain and overruns by about 80 metres into soft ground. Two cabin crew and a passenger are treated for minor injuries.

{f|The following day} – The NSIA opens an investigation and sends the flight recorders to its laboratory at Lillestrøm. Avinor, which runs the airport, reopens the runway at {g|14:00}.

{h|18 August} – Fjordfly suspends its late flights into Bodø for {i|two weeks}.

{j|19}–{k|23 September} – Investigators test the runway surface and find heavy rubber deposits in the touchdown zone.

{l|27 October} – The pilots’ union, Norsk Flygerforbund, says its members will refuse to land at Bodø after dark from {m|1 December} unless the runway lights are upgraded.

{n|10 November} – The interim report is published.

What the report says

The aircraft crossed the threshold 11 knots faster than planned and touched down 640 metres along the 2,794-metre runway. Friction had last been measured at {o|19:30}, before the heaviest rain. Avinor {p|last Friday} denied that friction readings had fallen below the limit on {q|the day of the accident}, and said it had followed its procedures.

What happens next

Avinor had planned to resurface the runway {r|next month}, but the work has been put back to {s|April} because asphalt plants shut down in cold weather. Fjordfly, which flies between Oslo and Bodø {t|four times a day}, plans to retrain all 140 of its Dash 8 pilots by {u|the end of January}.

It is not Bodø’s first overrun. In {v|March 2019} a cargo plane slid off runway 25 in snow, and the NSIA later recommended grooving the runway surface. Avinor says the grooves were cut in {w|the summer of 2020}.
""", {
    "a": ("DATE", "2022-11-10"), "b": ("DURATION", "PT2H", "MORE_THAN"), "c": ("DATE", "2023", "START"),
    "d": ("DATE", "2022-08-14"), "e": ("TIME", "2022-08-14T21:47"), "f": ("DATE", "2022-08-15"),
    "g": ("TIME", "2022-08-15T14:00"), "h": ("DATE", "2022-08-18"), "i": ("DURATION", "P2W"),
    "j": ("DATE", "2022-09-19"), "k": ("DATE", "2022-09-23"), "l": ("DATE", "2022-10-27"),
    "m": ("DATE", "2022-12-01"), "n": ("DATE", "2022-11-10"), "o": ("TIME", "2022-08-14T19:30"),
    "p": ("DATE", "2022-11-11"), "q": ("DATE", "2022-08-14"), "r": ("DATE", "2022-12"),
    "s": ("DATE", "2023-04"), "t": ("SET", "P1D"), "u": ("DATE", "2023-01", "END"),
    "v": ("DATE", "2019-03"), "w": ("DATE", "2020-SU"),
}, [
    ev("a", "report", "reported", ["Norwegian Safety Investigation Authority"], "NSIA publishes its interim report on the Bodø overrun", eid="interim"),
    ev("c", "report", "expected", ["Norwegian Safety Investigation Authority"], "NSIA publishes its final report on the overrun"),
    ev("d", "disaster", "reported", ["Fjordfly"], "Fjordfly flight FJ 455 overruns the runway at Bodø"),
    ev("f", "legal", "reported", ["Norwegian Safety Investigation Authority"], "NSIA opens an investigation into the overrun"),
    ev("g", "other", "reported", ["Avinor"], "Avinor reopens the Bodø runway"),
    ev("h", "economic", "reported", ["Fjordfly"], "Fjordfly suspends late flights into Bodø for two weeks"),
    ev("j", "legal", "reported", ["Norwegian Safety Investigation Authority"], "Investigators test the runway surface and find rubber deposits", end="k"),
    ev("l", "statement", "reported", ["Norsk Flygerforbund"], "Pilots' union threatens to refuse landings at Bodø after dark"),
    ev("m", "other", "threatened", ["Norsk Flygerforbund"], "Pilots refuse to land at Bodø after dark"),
    ev("n", "report", "reported", ["Norwegian Safety Investigation Authority"], "NSIA interim report is published", eid="interim"),
    ev("o", "other", "reported", [], "Runway friction is measured for the last time before the overrun"),
    ev("p", "statement", "reported", ["Avinor"], "Avinor denies friction readings fell below the limit"),
    ev("q", "other", "negated", [], "Bodø runway friction readings fall below the limit"),
    ev("r", "other", "cancelled", ["Avinor"], "Avinor resurfaces the Bodø runway"),
    ev("s", "other", "scheduled", ["Avinor"], "Postponed resurfacing of the Bodø runway"),
    ev("u", "other", "planned", ["Fjordfly"], "Fjordfly retrains all 140 of its Dash 8 pilots"),
    ev("v", "disaster", "reported", [], "Cargo plane slides off Bodø runway 25 in snow"),
    ev("w", "other", "reported", ["Avinor"], "Avinor cuts grooves in the Bodø runway"),
])

# ---------------------------------------------------------------- own54
# Housing scheme on a former gasworks, council press release whose date
# line under "PRESS RELEASE" is the dct (Monday 2 March 2015): timex, no
# event. "today" dates the start of work. "more than 40 years", "nine
# months" and "two months" are DURATIONs; "every year" is a SET (P1Y).
# Past "11 November 2014" (the planning approval: supply) and "January"
# (2015-01, the clean-up finished); future "Monday 16 March", the range
# "March 2015" to "the summer of 2017" (scheduled building work) and "the
# end of 2016" (2016 END: an expected move-in). The open day "planned for
# this Saturday" (the dct's ISO week: 7 March) is moved to "Saturday 28
# March": cancelled + scheduled. "next Tuesday" said on a Monday is the
# following ISO week (10 March); "2pm" and "7pm" are TIMEs of that day and
# the DATE anchors the exhibition. The denial ("last week", 2015-W09) gives
# a statement row and a negated row on "2012". The dated threat ("20
# February") gives a statement row and a threatened row on "1 May". Past
# "1868", "1971" and "2009". Distractors: 420, 168, 84 and 140 homes,
# Phase 1A, £62 million, 38,000 tonnes, the phone numbers 0161 496 0725
# and 07700 900 461.
assert wd("2015-03-02") == "Monday" and wd("2015-03-16") == "Monday" and wd("2015-03-28") == "Saturday"
assert this_week_wd("2015-03-02", "Saturday") == "2015-03-07"
assert next_week_wd("2015-03-02", "Tuesday") == "2015-03-10"
assert iso_week("2015-03-02", -1) == "2015-W09"
doc("own54", "2015-03-02", """
PRESS RELEASE

{a|Monday 2 March 2015}

Work begins on 420 homes at Holt Lane gasworks site

Northgate City Council and the developer Holt Lane Homes {b|today} began work on 420 new homes on the site of the former Holt Lane gasworks, which has stood empty for {c|more than 40 years}. Councillor Anita Rhodes, the council’s cabinet member for housing, cut the first sod with pupils from Holt Lane Primary School.

The £62 million scheme, which the council’s planning committee approved on {d|11 November 2014}, will include 168 homes for social rent, 84 for shared ownership and a new park. Construction of the first 140 homes, in Phase 1A, will start on {e|Monday 16 March}, and building work is due to run from {f|March 2015} to {g|the summer of 2017}. The first residents are expected to move in by {h|the end of 2016}.

Clearing the ground took {i|nine months}. Contractors removed 38,000 tonnes of contaminated soil and coal tar and finished the clean-up in {j|January}, {k|two months} behind schedule, after they found a Victorian tar well.

A community open day, planned for {l|this Saturday}, has been moved to {m|Saturday 28 March} because the site road will not be ready. Residents can also see the plans at Holt Lane Library {n|next Tuesday} from {o|2pm} to {p|7pm}.

The council {q|last week} rejected claims by the Holt Lane Green Space campaign that it had sold the land to the developer below its market value in {r|2012}. “The sale was independently valued and approved by the district valuer,” Councillor Rhodes said.

On {s|20 February} the council told Derek Mullins, the owner of a neighbouring scrapyard, that it would seek a compulsory purchase order on {t|1 May} unless he agreed to sell.

Social rents will be reviewed {u|every year} and will be capped at the local housing allowance.

Gas was first made at Holt Lane in {v|1868}. The works closed in {w|1971}, and the last gasholder was taken down in {x|2009}.

ENDS

Notes to editors: Holt Lane Homes is a joint venture between Northgate City Council and Calderstone Developments. Media enquiries: 0161 496 0725 (out of hours: 07700 900 461).
""", {
    "a": ("DATE", "2015-03-02"), "b": ("DATE", "2015-03-02"), "c": ("DURATION", "P40Y", "MORE_THAN"),
    "d": ("DATE", "2014-11-11"), "e": ("DATE", "2015-03-16"), "f": ("DATE", "2015-03"),
    "g": ("DATE", "2017-SU"), "h": ("DATE", "2016", "END"), "i": ("DURATION", "P9M"),
    "j": ("DATE", "2015-01"), "k": ("DURATION", "P2M"), "l": ("DATE", "2015-03-07"),
    "m": ("DATE", "2015-03-28"), "n": ("DATE", "2015-03-10"), "o": ("TIME", "2015-03-10T14:00"),
    "p": ("TIME", "2015-03-10T19:00"), "q": ("DATE", "2015-W09"), "r": ("DATE", "2012"),
    "s": ("DATE", "2015-02-20"), "t": ("DATE", "2015-05-01"), "u": ("SET", "P1Y"),
    "v": ("DATE", "1868"), "w": ("DATE", "1971"), "x": ("DATE", "2009"),
}, [
    ev("b", "other", "reported", ["Northgate City Council", "Holt Lane Homes"], "Work begins on 420 homes at the Holt Lane gasworks site"),
    ev("d", "supply", "reported", ["Northgate City Council"], "Council planning committee approves the £62 million housing scheme"),
    ev("e", "other", "scheduled", ["Holt Lane Homes"], "Construction of the first 140 homes starts"),
    ev("f", "other", "scheduled", ["Holt Lane Homes"], "Building work on the Holt Lane housing scheme", end="g"),
    ev("h", "other", "expected", [], "First residents move into the Holt Lane homes"),
    ev("j", "other", "reported", [], "Contractors finish cleaning up the gasworks site"),
    ev("l", "other", "cancelled", ["Northgate City Council"], "Community open day at the Holt Lane site"),
    ev("m", "other", "scheduled", ["Northgate City Council"], "Postponed community open day at the Holt Lane site"),
    ev("n", "other", "scheduled", [], "Holt Lane plans go on show at Holt Lane Library"),
    ev("q", "statement", "reported", ["Northgate City Council"], "Council rejects claims it sold the land below market value"),
    ev("r", "economic", "negated", ["Northgate City Council", "Holt Lane Homes"], "Council sells the gasworks land below market value"),
    ev("s", "statement", "reported", ["Northgate City Council", "Derek Mullins"], "Council warns scrapyard owner of a compulsory purchase order"),
    ev("t", "legal", "threatened", ["Northgate City Council", "Derek Mullins"], "Council seeks a compulsory purchase order on the scrapyard"),
    ev("v", "other", "reported", [], "Gas is first made at Holt Lane"),
    ev("w", "other", "reported", [], "Holt Lane gasworks closes"),
    ev("x", "other", "reported", [], "Last Holt Lane gasholder is taken down"),
])

# ---------------------------------------------------------------- own55
# Music industry, US wire copy with a dateline WITHOUT a year ("LOS
# ANGELES, March 9") = dct, no event on it. Bounds for the year: "Thursday"
# is the dateline day (9 March is a Thursday in 2017, 2023 and 2028); the
# third album came out on "Oct. 21, 2022" (past) and her contract "runs
# until 2025" (a state still running: timex, no event), and she was 18 in
# 2014 and is 27 now -> Thursday 2023-03-09. AP-style
# bare weekdays: "Thursday" = dct (the announcement), past "Wednesday"
# (the suit) and "Tuesday" (the denial). The denial gives a statement row
# and a negated row on "July 2021". The dated threat ("March 1", a letter)
# gives a statement row and a threatened row at its deadline "June 30".
# The tour opening "April 14" is moved to "Sept. 8": cancelled +
# scheduled. "30 days" is a DURATION; "a week" is a rate (SET P1W). "Her
# 2016 single" is a year as a modifier: timex, no event; the song title
# "Six Weeks" is not a timex. "last April" said in March is 2022-04;
# "New Year's Eve" (past) is 2022-12-31 and dates the last show. Future
# "May 22" (a hearing), "next Friday" (said on a Thursday: the following
# ISO week, 17 March) and "later this year" (2023, no mod: a planned
# album). Distractors: $4.2 million, 28-date, age 27 and 18, 900 million
# streams, No. 2, Billboard 200, 9 million, (800) 555-0142.
assert wd("2023-03-09") == "Thursday" and years_with(9, 3, "Thursday") == [2017, 2023, 2028]
assert last_wd("2023-03-09", "Wednesday") == "2023-03-08" and last_wd("2023-03-09", "Tuesday") == "2023-03-07"
assert next_week_wd("2023-03-09", "Friday") == "2023-03-17"
doc("own55", "2023-03-09", """
Singer Lila Moreno sues her label and postpones tour

LOS ANGELES, {a|March 9} (Music Wire) — Pop singer Lila Moreno has sued her record label for $4.2 million in unpaid royalties and postponed her North American tour, her representatives said {b|Thursday}.

The lawsuit, filed {c|Wednesday} in Los Angeles Superior Court, accuses Northstar Records of underpaying Moreno for streams of her first three albums. Northstar {d|Tuesday} denied that it had stopped paying her royalties in {e|July 2021}. In a letter dated {f|March 1}, it said it would countersue for breach of contract unless she delivered her fourth album by {g|June 30}.

The 28-date “Glasshouse” tour, which was due to open in Phoenix on {h|April 14}, will instead start on {i|Sept. 8} in San Diego. Tickets remain valid, and fans who cannot attend can ask for a refund within {j|30 days}, the promoter, Live Axis, said. Ticket holders can call (800) 555-0142.

Moreno, 27, signed with Northstar in {k|2014}, when she was 18; her contract runs until {u|2025}. Her {l|2016} single “Six Weeks” has been streamed more than 900 million times. Her second album, “Paper Moons,” came out in {m|2020}, and her third, “Glasshouse,” released on {n|Oct. 21, 2022}, reached No. 2 on the Billboard 200. Her songs are still streamed about 9 million times {o|a week}.

She played Coachella {p|last April} and last performed live at a {q|New Year’s Eve} show in Las Vegas.

A first hearing in the case is set for {r|May 22}. Moreno will still play a benefit concert for the Musicians’ Relief Fund in Nashville {s|next Friday}, her publicist, Dana Kline, said. Northstar plans to release a greatest-hits album {t|later this year}.
""", {
    "a": ("DATE", "2023-03-09"), "b": ("DATE", "2023-03-09"), "c": ("DATE", "2023-03-08"),
    "d": ("DATE", "2023-03-07"), "e": ("DATE", "2021-07"), "f": ("DATE", "2023-03-01"),
    "g": ("DATE", "2023-06-30"), "h": ("DATE", "2023-04-14"), "i": ("DATE", "2023-09-08"),
    "j": ("DURATION", "P30D"), "k": ("DATE", "2014"), "l": ("DATE", "2016"),
    "m": ("DATE", "2020"), "n": ("DATE", "2022-10-21"), "o": ("SET", "P1W"),
    "p": ("DATE", "2022-04"), "q": ("DATE", "2022-12-31"), "r": ("DATE", "2023-05-22"),
    "s": ("DATE", "2023-03-17"), "t": ("DATE", "2023"), "u": ("DATE", "2025"),
}, [
    ev("b", "statement", "reported", ["Lila Moreno"], "Moreno's representatives announce her lawsuit and tour postponement"),
    ev("c", "legal", "reported", ["Lila Moreno", "Northstar Records"], "Moreno sues Northstar Records for $4.2 million in royalties"),
    ev("d", "statement", "reported", ["Northstar Records"], "Northstar denies it stopped paying Moreno's royalties"),
    ev("e", "economic", "negated", ["Northstar Records", "Lila Moreno"], "Northstar stops paying Moreno's royalties"),
    ev("f", "statement", "reported", ["Northstar Records"], "Northstar threatens to countersue Moreno for breach of contract"),
    ev("g", "legal", "threatened", ["Northstar Records", "Lila Moreno"], "Northstar countersues Moreno for breach of contract"),
    ev("h", "other", "cancelled", ["Lila Moreno"], "Glasshouse tour opens in Phoenix"),
    ev("i", "other", "scheduled", ["Lila Moreno"], "Postponed Glasshouse tour opens in San Diego"),
    ev("k", "agreement", "reported", ["Lila Moreno", "Northstar Records"], "Moreno signs with Northstar Records"),
    ev("m", "other", "reported", ["Lila Moreno"], "Moreno's second album, Paper Moons, comes out"),
    ev("n", "other", "reported", ["Lila Moreno"], "Moreno releases her third album, Glasshouse"),
    ev("p", "other", "reported", ["Lila Moreno"], "Moreno plays Coachella"),
    ev("q", "other", "reported", ["Lila Moreno"], "Moreno's last live show, in Las Vegas"),
    ev("r", "legal", "scheduled", ["Lila Moreno", "Northstar Records"], "First hearing in Moreno's lawsuit against Northstar"),
    ev("s", "other", "scheduled", ["Lila Moreno"], "Moreno plays a benefit concert in Nashville"),
    ev("t", "other", "planned", ["Northstar Records"], "Northstar releases a Moreno greatest-hits album"),
])

# ---------------------------------------------------------------- own56
# Asylum accommodation centre closing, explainer with statement subheads,
# no publication date. Bounds: "Friday 12 January" (past, the
# announcement) is a Friday in 2018, 2024 and 2029; the centre opened in
# "September 2016" (past) and its contract "was due to run until 2019" and
# a sale is likely "in 2020" (both ahead) -> 2018. Within 2018: past bare
# "Monday" (15 January, the denial) and "yesterday" (the threat) are two
# different days, so the dct is after Tuesday 16; future bare "Thursday"
# (18 January, the hearing) puts it before Thursday 18 -> Wednesday
# 2018-01-17. "last night" is then Tuesday night (2018-01-16TNI, a TIME
# standing alone: the first moves). "next month" is 2018-02, "next Monday"
# the following ISO week (22 January), "last December" said in January
# 2017-12, "the end of March" 2018-03 END (the closure: scheduled).
# "three-year" and "48 hours" are DURATIONs;
# "every Tuesday" (XXXX-WXX-2) and "£37.75 a week" (P1W) are SETs. "2019"
# ends a state (the contract term): timex, no event. The range "March" to
# "November 2017" takes its year from the end point (2017-03 .. 2017-11).
# Past "October" is 2017-10. The denial ("Monday") gives a statement row
# and a negated row on "the summer" (past: 2017-SU). The dated threat
# ("yesterday") gives a statement row and a threatened row on "next
# Monday". The committee hearing "set for Thursday" is put back to "1
# February": cancelled + scheduled. "is likely to be sold ... in 2020" is
# expected. Distractors: 400 men, 60 and 340 residents, Block C, 14 call-
# outs, 23 residents, £37.75, £9.6 million, the M62.
assert wd("2018-01-12") == "Friday" and wd("2018-01-17") == "Wednesday"
assert years_with(12, 1, "Friday") == [2018, 2024, 2029]
assert last_wd("2018-01-17", "Monday") == "2018-01-15" and next_wd("2018-01-17", "Thursday") == "2018-01-18"
assert next_week_wd("2018-01-17", "Monday") == "2018-01-22"
doc("own56", "2018-01-17", """
Explainer

Why Hartwell Barracks is closing, and where its 400 asylum seekers will go

The Home Office announced on {a|Friday 12 January} that it will close the asylum accommodation centre at Hartwell Barracks, near Warrington, by {b|the end of March}. The first 60 residents were moved to hostels in Liverpool and Bolton {c|last night}, and most of the remaining 340 men are due to follow {d|next month}.

How the centre came about

The barracks, beside the M62, were built in {e|1939}, and the army left in {f|2012}. The Home Office leased the site from the Ministry of Defence for £9.6 million under a {g|three-year} contract and opened it as an asylum centre in {h|September 2016}. The contract was due to run until {i|2019}. Residents, all single men, receive £37.75 {w|a week} in asylum support.

Why it is closing

A fire-safety report published {j|last December} found that the wooden accommodation blocks lacked fire doors and working alarms. Fire crews were called to the barracks 14 times between {k|March} and {l|November 2017}, and inspectors from the Independent Chief Inspector of Borders and Immigration who visited in {m|October} recorded damp and broken heating in Block C.

The Home Office on {n|Monday} denied that it had ignored warnings from Cheshire Fire and Rescue Service in {o|the summer}. “We acted on every recommendation we received,” a spokesperson said.

What the residents say

Lawyers from the firm Okoro & Field, who act for 23 residents, said {p|yesterday} that they would apply to the High Court for an injunction {q|next Monday} unless the Home Office gave each man {r|48 hours}’ notice of a move. Lists of transfers are posted on the noticeboard {u|every Tuesday}, they said, and some men had been given almost no notice.

What happens next

The Home Affairs Committee’s hearing on the closure, set for {s|Thursday}, has been put back to {t|1 February} so that the immigration minister can attend. The Ministry of Defence says the site is likely to be sold for housing in {v|2020}.
""", {
    "a": ("DATE", "2018-01-12"), "b": ("DATE", "2018-03", "END"), "c": ("TIME", "2018-01-16TNI"),
    "d": ("DATE", "2018-02"), "e": ("DATE", "1939"), "f": ("DATE", "2012"),
    "g": ("DURATION", "P3Y"), "h": ("DATE", "2016-09"), "i": ("DATE", "2019"), "w": ("SET", "P1W"),
    "j": ("DATE", "2017-12"), "k": ("DATE", "2017-03"), "l": ("DATE", "2017-11"),
    "m": ("DATE", "2017-10"), "n": ("DATE", "2018-01-15"), "o": ("DATE", "2017-SU"),
    "p": ("DATE", "2018-01-16"), "q": ("DATE", "2018-01-22"), "r": ("DURATION", "PT48H"),
    "u": ("SET", "XXXX-WXX-2"), "s": ("DATE", "2018-01-18"), "t": ("DATE", "2018-02-01"),
    "v": ("DATE", "2020"),
}, [
    ev("a", "statement", "reported", ["Home Office"], "Home Office announces closure of the Hartwell Barracks asylum centre"),
    ev("b", "other", "scheduled", ["Home Office"], "Hartwell Barracks asylum centre closes"),
    ev("c", "other", "reported", ["Home Office"], "First 60 residents are moved to hostels in Liverpool and Bolton"),
    ev("d", "other", "scheduled", ["Home Office"], "Most of the remaining 340 residents are moved"),
    ev("e", "other", "reported", [], "Hartwell Barracks are built"),
    ev("f", "other", "reported", ["British Army"], "Army leaves Hartwell Barracks"),
    ev("h", "other", "reported", ["Home Office"], "Home Office opens Hartwell Barracks as an asylum centre"),
    ev("j", "report", "reported", [], "Fire-safety report finds blocks lack fire doors and alarms"),
    ev("k", "other", "reported", [], "Fire crews are called to the barracks 14 times", end="l"),
    ev("m", "report", "reported", ["Independent Chief Inspector of Borders and Immigration"], "Inspectors record damp and broken heating in Block C"),
    ev("n", "statement", "reported", ["Home Office"], "Home Office denies ignoring fire service warnings"),
    ev("o", "other", "negated", ["Home Office", "Cheshire Fire and Rescue Service"], "Home Office ignores warnings from Cheshire Fire and Rescue Service"),
    ev("p", "statement", "reported", ["Okoro & Field"], "Residents' lawyers threaten to seek a High Court injunction"),
    ev("q", "legal", "threatened", ["Okoro & Field", "Home Office"], "Lawyers apply to the High Court for an injunction"),
    ev("s", "meeting", "cancelled", ["Home Affairs Committee"], "Home Affairs Committee hearing on the closure"),
    ev("t", "meeting", "scheduled", ["Home Affairs Committee"], "Postponed Home Affairs Committee hearing on the closure"),
    ev("v", "economic", "expected", ["Ministry of Defence"], "Hartwell Barracks site is sold for housing"),
])


def main():
    ownbuild.write_checked(DOCS, OUT, "own7", (250, 450))
    # extra checks of this set: events in text order, ids in order
    bad = False
    recs = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    for rec in recs:
        starts = [x["expr_start"] for x in rec["events"]]
        if starts != sorted(starts):
            print(f"{rec['id']}: events not in text order")
            bad = True
    if [r["id"] for r in recs] != [f"own{n}" for n in range(49, 57)]:
        print("ids are not own49..own56 in order")
        bad = True
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
