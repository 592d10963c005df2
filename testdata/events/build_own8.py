#!/usr/bin/env python3
"""Build own8.jsonl (own57..own64) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed by the shared builder ownbuild.py as UTF-8 byte
offsets, never typed by hand.

Record keys follow own7.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Publication dates: own57 (wire dateline with a year), own60 (wire dateline
without a year), own61 ("Published:" line with a CET time) and own62
("Updated:" line with an ISO date and a PDT time) print theirs; own58,
own59, own63 and own64 do not, and the notes above each article say how the
text bounds the date.

The gold was written from the texts and the conventions alone, without
running the timeline tool on them or looking at its output.

Run: python3 build_own8.py   (writes own8.jsonl next to this file and checks
every record; it exits non-zero on any failure)
"""
import functools
import json
import os
import sys

import ownbuild
from ownbuild import ev, iso_week, last_wd, next_week_wd, next_wd, this_week_wd, wd, years_with

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own8.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)


# ---------------------------------------------------------------- own57
# Regional summit communique, wire copy with a dated dateline = dct
# (Thursday 20 March 2014), no event on the dateline. The dateline city
# is written with a curly apostrophe (N’DJAMENA), so the shared check of
# datelines does not see it; main() checks it instead. "Thursday" is the
# dct (the agreement, the summit's last day); "two-day" is a DURATION.
# The communique's firm "would be put out to tender by the end of June"
# (2014-06 END) and "would meet again ... in November" (future: 2014-11)
# are scheduled. "since the 1960s" begins a state (the lake shrinking):
# timex 196, no event; "the 1964 Fort Lamy Convention" is a year in a name:
# timex, no event. "from next month" (2014-04) dates the start of the
# patrols; Niger "would send" its soldiers on "14 April": a pledge of
# troops (supply), scheduled. The denial ("Wednesday", 19 March) gives a
# statement row and a negated talks row on past "January" (2014-01). The
# dated threat ("Tuesday", 18 March) gives a statement row and a threatened
# sanctions row at "1 May" (fishing permits stopped). The donors' meeting
# "set for 10 April" is put back to "22 May": cancelled + scheduled. "is
# expected to approve ... in September" is expected (2014-09, a grant:
# supply); "plans to host ... in October" is planned (2014-10); Nigeria's
# election "in February 2015" is scheduled. "two days later" counts from
# "30 October 2012" (2012-11-01). Distractors: 2,400-km, the 14-point
# communique, 90%, Article 4, 700 troops, 200 soldiers, $40 million.
assert wd("2014-03-20") == "Thursday"
assert last_wd("2014-03-20", "Wednesday") == "2014-03-19" and last_wd("2014-03-20", "Tuesday") == "2014-03-18"
doc("own57", "2014-03-20", """
Lake Chad leaders agree canal study and joint island patrols

N’DJAMENA, {a|20 March 2014} (Sahel Wire) – Leaders of the six Lake Chad Basin Commission states agreed on {b|Thursday} to pay for a feasibility study of a 2,400-km canal that would carry water from the Congo basin into the shrinking lake, according to the 14-point communique issued at the end of a {c|two-day} summit in the Chadian capital.

The communique, read out by the commission’s executive secretary, Ibrahim Maïga, said the study would be put out to tender by {d|the end of June} and that heads of state would meet again in Yaoundé in {e|November} to decide on funding. The lake has lost about 90% of its surface since {f|the 1960s}, and Article 4 of the {g|1964} Fort Lamy Convention obliges members to consult before drawing on its water.

The leaders also agreed to set up a joint force of 700 troops to patrol the lake’s islands from {h|next month}. Niger’s foreign minister, Moussa Adamou, said his country would send the first 200 soldiers on {i|14 April}.

Nigeria on {j|Wednesday} denied that it had walked out of talks on the force in {k|January}. Cameroon said on {l|Tuesday} that it would stop issuing fishing permits to Nigerian boats from {m|1 May} unless they stopped using fine-mesh nets.

A donors’ meeting on the canal in Rome, set for {n|10 April}, has been put back to {o|22 May}. The African Development Bank is expected to approve a $40 million grant for the study in {p|September}, and Nigeria, which holds a presidential election in {q|February 2015}, plans to host a conference on the lake’s fisheries in Maiduguri in {r|October}.

The previous summit, held in Abuja on {s|30 October 2012}, ended without a communique, and {t|two days later} the commission’s then executive secretary resigned.
""", {
    "a": ("DATE", "2014-03-20"), "b": ("DATE", "2014-03-20"), "c": ("DURATION", "P2D"),
    "d": ("DATE", "2014-06", "END"), "e": ("DATE", "2014-11"), "f": ("DATE", "196"),
    "g": ("DATE", "1964"), "h": ("DATE", "2014-04"), "i": ("DATE", "2014-04-14"),
    "j": ("DATE", "2014-03-19"), "k": ("DATE", "2014-01"), "l": ("DATE", "2014-03-18"),
    "m": ("DATE", "2014-05-01"), "n": ("DATE", "2014-04-10"), "o": ("DATE", "2014-05-22"),
    "p": ("DATE", "2014-09"), "q": ("DATE", "2015-02"), "r": ("DATE", "2014-10"),
    "s": ("DATE", "2012-10-30"), "t": ("DATE", "2012-11-01"),
}, [
    ev("b", "agreement", "reported", ["Lake Chad Basin Commission"], "Lake Chad leaders agree to fund a canal feasibility study"),
    ev("d", "economic", "scheduled", ["Lake Chad Basin Commission"], "Canal feasibility study is put out to tender"),
    ev("e", "meeting", "scheduled", ["Lake Chad Basin Commission"], "Lake Chad heads of state meet in Yaoundé on canal funding"),
    ev("h", "other", "scheduled", ["Lake Chad Basin Commission"], "Joint 700-strong force begins patrolling the lake's islands"),
    ev("i", "supply", "scheduled", ["Niger"], "Niger sends the first 200 soldiers of the joint force"),
    ev("j", "statement", "reported", ["Nigeria"], "Nigeria denies walking out of talks on the joint force"),
    ev("k", "talks", "negated", ["Nigeria"], "Nigeria walks out of talks on the joint force"),
    ev("l", "statement", "reported", ["Cameroon"], "Cameroon threatens to stop fishing permits for Nigerian boats"),
    ev("m", "sanctions", "threatened", ["Cameroon", "Nigeria"], "Cameroon stops issuing fishing permits to Nigerian boats"),
    ev("n", "meeting", "cancelled", ["Lake Chad Basin Commission"], "Donors' meeting on the canal in Rome"),
    ev("o", "meeting", "scheduled", ["Lake Chad Basin Commission"], "Postponed donors' meeting on the canal in Rome"),
    ev("p", "supply", "expected", ["African Development Bank"], "African Development Bank approves a $40 million grant for the study"),
    ev("q", "election", "scheduled", ["Nigeria"], "Nigerian presidential election"),
    ev("r", "meeting", "planned", ["Nigeria"], "Nigeria hosts a conference on the lake's fisheries in Maiduguri"),
    ev("s", "meeting", "reported", ["Lake Chad Basin Commission"], "Abuja summit ends without a communique"),
    ev("t", "other", "reported", ["Lake Chad Basin Commission"], "Commission's executive secretary resigns after the Abuja summit"),
])

# ---------------------------------------------------------------- own58
# Cyclone landfall, live updates with entry times in reverse order and a
# closing "Welcome" paragraph, no publication date. Bounds: "Wednesday 25
# October" (past, the storm strengthening) is a Wednesday in 2017, 2023
# and 2028; Cyclone Phailin struck in "October 2013" (past) and the state
# plans more shelters "by 2019" (still ahead) -> 2017. Within 2017: the
# storm formed on "Monday 23 October" and "took five days to reach land",
# and it crossed the coast this morning (the entry times run from the
# landfall onwards, all on one day) -> Saturday 2017-10-28. The bare
# weekdays agree: past "Thursday" (26 October), future "Monday" (30
# October), "Tuesday" (31 October) and "Wednesday" (1 November).
# Entry times are TIMEs of the dct and anchor what happened at them (IST is
# not converted and leaves no zone mark). "last night" (2017-10-27TNI)
# stands alone and dates the last evacuees reaching the shelters; "until
# tomorrow morning" ends a state (the evacuees stay): timex, no event.
# "about 06:10" stands alone (the landfall, APPROX). "five days" and "more
# than six hours" (MORE_THAN) are DURATIONs; "every three hours" is a SET (PT3H). The denial (entry 15:10)
# gives a statement row and a negated row on "Thursday" (a weather warning
# is a statement). The threat (entry 13:40) gives a statement row and a
# threatened row on "Tuesday" (a road blockade: other). The aerial survey
# "planned for this afternoon" (2017-10-28TAF, a TIME standing alone) is
# put off until "tomorrow": cancelled + scheduled; the entry time (11:20)
# anchors the government's statement. "are expected to reopen on
# Wednesday" is expected; "plans to build 300 more shelters by 2019" is
# planned. "the following day" counts from "Wednesday 25 October" (26
# October). Past "1999" and "October 2013". Distractors: train 12839, 96
# trains, 410,000 evacuees, 1,700 shelters, National Highway 16, 10,000
# rupees, 150 km/h, 10,000 people, four districts.
assert wd("2017-10-23") == "Monday" and wd("2017-10-25") == "Wednesday" and wd("2017-10-28") == "Saturday"
assert years_with(25, 10, "Wednesday") == [2017, 2023, 2028]
assert last_wd("2017-10-28", "Thursday") == "2017-10-26"
assert next_wd("2017-10-28", "Monday") == "2017-10-30" and next_wd("2017-10-28", "Tuesday") == "2017-10-31"
assert next_wd("2017-10-28", "Wednesday") == "2017-11-01"
doc("own58", "2017-10-28", """
Live

Cyclone Varsha: eight dead as storm crosses the Odisha coast

{a|18:45} – Eight people have died, most of them hit by falling trees in Ganjam district, Odisha’s special relief commissioner, Anil Behera, tells reporters. The last of 410,000 evacuees reached the state’s 1,700 cyclone shelters {b|last night}, and Behera says they should stay there until {c|tomorrow morning}.

{d|17:30} – East Coast Railway cancels 96 trains, including the Howrah–Chennai Mail (train 12839), and says services will resume on {e|Monday}.

{f|15:10} – The India Meteorological Department denies reports that it lowered its warning for Gopalpur on {g|Thursday}. “The red alert was never withdrawn,” says its director-general, K. S. Raman. The department is now issuing bulletins {h|every three hours}.

{i|13:40} – The Odisha Traditional Fishworkers’ Union says its members will block National Highway 16 on {j|Tuesday} unless the state pays 10,000 rupees to every family whose boat was wrecked.

{k|11:20} – The state government says an aerial survey of Ganjam and Puri by the revenue minister, Sudam Mallick, planned for {l|this afternoon}, has been put off until {m|tomorrow} because of high winds. Schools in the four coastal districts are expected to reopen on {n|Wednesday}.

Welcome to our live coverage. Cyclone Varsha crossed the coast near Gopalpur at {o|about 06:10}, and winds of up to 150 km/h battered Ganjam for {w|more than six hours}. The storm formed in the Andaman Sea on {p|Monday 23 October} and took {q|five days} to reach land; it became a very severe cyclonic storm on {r|Wednesday 25 October}, and the state began moving people out of low-lying villages {s|the following day}.

Odisha has learned hard lessons. In {t|1999} a super cyclone killed nearly 10,000 people in the state. When Cyclone Phailin struck in {u|October 2013}, nearly a million people were moved to safety, and the government plans to build 300 more shelters by {v|2019}.
""", {
    "a": ("TIME", "2017-10-28T18:45"), "b": ("TIME", "2017-10-27TNI"), "c": ("TIME", "2017-10-29TMO"),
    "d": ("TIME", "2017-10-28T17:30"), "e": ("DATE", "2017-10-30"), "f": ("TIME", "2017-10-28T15:10"),
    "g": ("DATE", "2017-10-26"), "h": ("SET", "PT3H"), "i": ("TIME", "2017-10-28T13:40"),
    "j": ("DATE", "2017-10-31"), "k": ("TIME", "2017-10-28T11:20"), "l": ("TIME", "2017-10-28TAF"),
    "m": ("DATE", "2017-10-29"), "n": ("DATE", "2017-11-01"), "o": ("TIME", "2017-10-28T06:10", "APPROX"),
    "p": ("DATE", "2017-10-23"), "q": ("DURATION", "P5D"), "r": ("DATE", "2017-10-25"),
    "s": ("DATE", "2017-10-26"), "t": ("DATE", "1999"), "u": ("DATE", "2013-10"),
    "v": ("DATE", "2019"), "w": ("DURATION", "PT6H", "MORE_THAN"),
}, [
    ev("a", "statement", "reported", ["Odisha", "Anil Behera"], "Relief commissioner says eight people have died in the cyclone"),
    ev("b", "other", "reported", [], "Last of 410,000 evacuees reach the cyclone shelters"),
    ev("d", "other", "reported", ["East Coast Railway"], "East Coast Railway cancels 96 trains"),
    ev("e", "other", "scheduled", ["East Coast Railway"], "Train services in Odisha resume"),
    ev("f", "statement", "reported", ["India Meteorological Department", "K. S. Raman"], "IMD denies lowering its cyclone warning for Gopalpur"),
    ev("g", "statement", "negated", ["India Meteorological Department"], "IMD lowers its cyclone warning for Gopalpur"),
    ev("i", "statement", "reported", ["Odisha Traditional Fishworkers' Union"], "Fishworkers' union threatens to block National Highway 16"),
    ev("j", "other", "threatened", ["Odisha Traditional Fishworkers' Union"], "Fishworkers block National Highway 16"),
    ev("k", "statement", "reported", ["Odisha"], "State government puts off the revenue minister's aerial survey"),
    ev("l", "visit", "cancelled", ["Odisha", "Sudam Mallick"], "Revenue minister's aerial survey of Ganjam and Puri"),
    ev("m", "visit", "scheduled", ["Odisha", "Sudam Mallick"], "Postponed aerial survey by revenue minister Sudam Mallick"),
    ev("n", "other", "expected", [], "Schools in four coastal districts reopen"),
    ev("o", "disaster", "reported", [], "Cyclone Varsha crosses the coast near Gopalpur"),
    ev("p", "disaster", "reported", [], "Cyclone Varsha forms in the Andaman Sea"),
    ev("r", "disaster", "reported", [], "Varsha strengthens into a very severe cyclonic storm"),
    ev("s", "other", "reported", ["Odisha"], "Odisha begins evacuating low-lying villages"),
    ev("t", "disaster", "reported", [], "Super cyclone kills nearly 10,000 people in Odisha"),
    ev("u", "other", "reported", [], "Nearly a million people are moved to safety before Cyclone Phailin"),
    ev("v", "other", "planned", ["Odisha"], "Odisha builds 300 more cyclone shelters"),
])

# ---------------------------------------------------------------- own59
# Rail franchise taken from its operator, transport correspondent's story
# with a byline, no publication date. Bounds: "Friday 12 June" (past, the
# warning notice) is a Friday in 2015, 2020 and 2026; Kestrel won the
# franchise in "2011" and the department plans to invite bids "in 2017"
# (still ahead) -> 2015 ("Thursday 11 June", the ballot, agrees). Within
# 2015: past bare "Sunday" (14 June, the threat) and future bare
# "Thursday" (18 June, the meeting "set for Thursday") lie within six days
# of the dct, so it is 15, 16 or 17 June; "yesterday" (the franchise
# taken, the denial) is not the Sunday of the threat, so not 15 June. The
# gold uses Tuesday 2015-06-16; only "yesterday" depends on the choice
# ("next week" is 2015-W26 and "next month" 2015-07 on 16 or 17 June).
# "02:00" + "Sunday 28 June" is one moment: the DATE anchors the takeover.
# "December of that year" is one anaphoric DATE (2011-12). "two days
# later" counts from past "6 January" (2015-01-06 -> 2015-01-08). Past
# "May" is 2015-05 (a measurement over a period: an event). The denial
# ("yesterday") gives a statement row and a negated row on "2014". The
# dated threat ("Sunday") gives a statement row and a threatened strike on
# "Saturday 27 June". The Transport Focus meeting "set for Thursday" is
# moved to "9 July": cancelled + scheduled. "is expected to fine" is
# expected (a regulator's fine: legal, as the CNIL fine of own18); "plans
# to apply ... next week" and "plans to invite bids ... in 2017" are
# planned; "will publish ... on 30 June" is scheduled. "four years" is a
# DURATION. Taking the
# franchise away and the formal warning notice are typed legal, like the
# regulators' penalties of the earlier sets. Distractors: 9.4%, 3%, 212
# trains, 430 members, 88%, £4,360, £10 million.
assert wd("2015-06-12") == "Friday" and wd("2015-06-11") == "Thursday" and wd("2015-06-16") == "Tuesday"
assert wd("2015-06-27") == "Saturday" and wd("2015-06-28") == "Sunday"
assert years_with(12, 6, "Friday") == [2015, 2020, 2026]
assert last_wd("2015-06-16", "Sunday") == last_wd("2015-06-17", "Sunday") == "2015-06-14"
assert next_wd("2015-06-16", "Thursday") == next_wd("2015-06-17", "Thursday") == "2015-06-18"
assert iso_week("2015-06-16", 1) == iso_week("2015-06-17", 1) == "2015-W26"
doc("own59", "2015-06-16", """
Transport

Kestrel loses Wessex Coast rail franchise after months of cancellations

By Owen Pryce, Transport Correspondent

The Department for Transport {a|yesterday} stripped Kestrel Transport Group of the Wessex Coast rail franchise, the first time an operator has lost a franchise for poor service rather than for running out of money.

Trains between Bristol, Exeter and Weymouth will be run by the government’s operator of last resort, Directly Operated Railways, from {b|02:00} on {c|Sunday 28 June}. Kestrel was served with a formal warning notice on {d|Friday 12 June} after cancelling 9.4% of its trains in {e|May}, against a contractual limit of 3%. Its contract had {u|four years} left to run.

Kestrel won the franchise in {f|2011} and began running trains in {g|December of that year}. Its worst day came on {h|6 January}, when 212 trains were cancelled, and {i|two days later} the rail minister, Claire Dunmore, summoned its directors to Whitehall.

Its chief executive, Paul Brannock, {j|yesterday} denied that the company had cut driver training in {k|2014} to save money. Kestrel plans to apply for a judicial review {l|next week}.

The drivers’ union Aslef said on {m|Sunday} that its 430 members at Wessex Coast would strike on {n|Saturday 27 June}, Kestrel’s last day, unless the new operator guaranteed their pensions. Members voted 88% for action in a ballot that closed on {o|Thursday 11 June}.

A public meeting in Weymouth held by the passenger watchdog Transport Focus, set for {p|Thursday}, has been moved to {q|9 July} so that the new managers can attend. Season tickets, including the £4,360 annual Weymouth–Bristol ticket, remain valid.

The department is expected to fine Kestrel up to £10 million {r|next month} and plans to invite bids for a new franchise in {s|2017}. The Office of Rail and Road will publish a review of Kestrel’s punctuality figures on {t|30 June}.
""", {
    "a": ("DATE", "2015-06-15"), "b": ("TIME", "2015-06-28T02:00"), "c": ("DATE", "2015-06-28"),
    "d": ("DATE", "2015-06-12"), "e": ("DATE", "2015-05"), "f": ("DATE", "2011"),
    "g": ("DATE", "2011-12"), "h": ("DATE", "2015-01-06"), "i": ("DATE", "2015-01-08"),
    "j": ("DATE", "2015-06-15"), "k": ("DATE", "2014"), "l": ("DATE", "2015-W26"),
    "m": ("DATE", "2015-06-14"), "n": ("DATE", "2015-06-27"), "o": ("DATE", "2015-06-11"),
    "p": ("DATE", "2015-06-18"), "q": ("DATE", "2015-07-09"), "r": ("DATE", "2015-07"),
    "s": ("DATE", "2017"), "t": ("DATE", "2015-06-30"), "u": ("DURATION", "P4Y"),
}, [
    ev("a", "legal", "reported", ["Department for Transport", "Kestrel Transport Group"], "Department for Transport strips Kestrel of the Wessex Coast franchise"),
    ev("c", "other", "scheduled", ["Directly Operated Railways"], "Directly Operated Railways takes over Wessex Coast trains"),
    ev("d", "legal", "reported", ["Department for Transport", "Kestrel Transport Group"], "Kestrel is served with a formal warning notice"),
    ev("e", "other", "reported", ["Kestrel Transport Group"], "Kestrel cancels 9.4% of its trains"),
    ev("f", "economic", "reported", ["Kestrel Transport Group"], "Kestrel wins the Wessex Coast franchise"),
    ev("g", "other", "reported", ["Kestrel Transport Group"], "Kestrel begins running Wessex Coast trains"),
    ev("h", "other", "reported", ["Kestrel Transport Group"], "Kestrel cancels 212 trains in a single day"),
    ev("i", "meeting", "reported", ["United Kingdom", "Claire Dunmore", "Kestrel Transport Group"], "Rail minister summons Kestrel's directors to Whitehall"),
    ev("j", "statement", "reported", ["Kestrel Transport Group", "Paul Brannock"], "Kestrel chief denies cutting driver training to save money"),
    ev("k", "other", "negated", ["Kestrel Transport Group"], "Kestrel cuts driver training to save money"),
    ev("l", "legal", "planned", ["Kestrel Transport Group", "Department for Transport"], "Kestrel applies for a judicial review"),
    ev("m", "statement", "reported", ["Aslef"], "Aslef threatens a strike on Kestrel's last day"),
    ev("n", "other", "threatened", ["Aslef", "Kestrel Transport Group"], "Wessex Coast drivers strike on Kestrel's last day"),
    ev("o", "election", "reported", ["Aslef"], "Aslef members vote 88% for strike action"),
    ev("p", "meeting", "cancelled", ["Transport Focus"], "Transport Focus public meeting in Weymouth"),
    ev("q", "meeting", "scheduled", ["Transport Focus"], "Postponed Transport Focus public meeting in Weymouth"),
    ev("r", "legal", "expected", ["Department for Transport", "Kestrel Transport Group"], "Department fines Kestrel up to £10 million"),
    ev("s", "economic", "planned", ["Department for Transport"], "Department invites bids for a new Wessex Coast franchise"),
    ev("t", "report", "scheduled", ["Office of Rail and Road"], "Office of Rail and Road publishes a review of Kestrel's punctuality"),
])

# ---------------------------------------------------------------- own60
# Ceasefire violation and a UN statement, conflict wire copy with quotes
# and a dateline WITHOUT a year ("GOMA, February 19") = dct, no event on
# it. Bounds for the year: "Wednesday" is the dateline day (19 February is
# a Wednesday in 2014, 2020 and 2025); the MLK took up arms in "2017"
# (past) and the mission's mandate runs until "Dec. 20, 2020" (still
# running) -> Wednesday 2020-02-19. AP-style bare weekdays: "Wednesday" =
# dct (the council's statement), past "Monday" (17 February, the shelling
# and the threat) and "Tuesday" (18 February, the denial), future "Sunday"
# (23 February, the threatened offensive) and "Friday" (21 February).
# "about 6 a.m." + "Monday" is one moment: the DATE anchors the shelling;
# "about 20 minutes" is a DURATION (APPROX).
# Past year-less dates: "Dec. 30" (2019-12-30, the ceasefire), "December"
# (2019-12, the mandate renewed), "November" (2019-11, EU asset freezes)
# and "Feb. 9" (2020-02-09). "until Dec. 20, 2020" ends a state (the
# mandate): timex, no event. The denial ("Tuesday") gives a statement row
# and a negated attack on "Feb. 9". The dated threat ("Monday") gives a
# statement row and a threatened attack at "Sunday". The Luanda talks
# "due to open on Feb. 24" are put back to "March 9": cancelled +
# scheduled (Angola, the mediator that announced it, is an actor). "plan
# to visit ... on Friday" is planned; "is expected to add Biruka to its
# list next month" is expected sanctions (2020-03). "five months later"
# counts from "June 2018" (2018-11). The army is its state (Democratic
# Republic of the Congo); the Security Council and the mission are the
# United Nations. Distractors: 11 civilians, Resolution 2502, 17,000
# troops, Route Nationale 2, 1,400 fighters, three commanders.
assert wd("2020-02-19") == "Wednesday" and years_with(19, 2, "Wednesday") == [2014, 2020, 2025]
assert last_wd("2020-02-19", "Monday") == "2020-02-17" and last_wd("2020-02-19", "Tuesday") == "2020-02-18"
assert next_wd("2020-02-19", "Sunday") == "2020-02-23" and next_wd("2020-02-19", "Friday") == "2020-02-21"
doc("own60", "2020-02-19", """
UN Security Council condemns shelling of Rutshuru as Kivu truce frays

GOMA, {a|February 19} (Great Lakes Wire) – The U.N. Security Council on {b|Wednesday} condemned the shelling of the eastern Congolese town of Rutshuru, which killed 11 civilians, and urged the army and the rebel Mouvement pour la Libération du Kivu (MLK) to respect the ceasefire they signed in Luanda on {c|Dec. 30}.

Mortar rounds hit a market and a health centre in Rutshuru at {d|about 6 a.m.} on {e|Monday}, local officials said. The shelling lasted {t|about 20 minutes}, and each side blamed the other.

“Attacks on civilians may amount to war crimes, and those responsible will be held to account,” said Hélène Marceau, head of the U.N. peacekeeping mission, MONUSCO. The council renewed the mission’s mandate under Resolution 2502 in {f|December}, until {g|Dec. 20, 2020}; its 17,000 troops patrol the main road north of Goma, Route Nationale 2.

MLK spokesman Jean-Claude Biruka on {h|Tuesday} denied that the group had attacked an army post at Kiwanja on {i|Feb. 9}. “We have not fired a single shot since the ceasefire,” he said by telephone. The army’s regional commander, Gen. Didier Kaseba, said on {j|Monday} that his troops would retake the hills above Rutshuru by {k|Sunday} unless the rebels pulled back to the lines agreed in Luanda.

Talks in Luanda on disarming the MLK’s estimated 1,400 fighters, due to open on {l|Feb. 24}, have been put back to {m|March 9}, Angola’s foreign ministry said. U.N. human rights investigators plan to visit Rutshuru on {n|Friday}.

The European Union froze the assets of three MLK commanders in {o|November}, and the Security Council’s sanctions committee is expected to add Biruka to its list {p|next month}.

The MLK took up arms in {q|2017}. It seized Rutshuru in {r|June 2018} and held the town until the army drove it out {s|five months later}.
""", {
    "a": ("DATE", "2020-02-19"), "b": ("DATE", "2020-02-19"), "c": ("DATE", "2019-12-30"),
    "d": ("TIME", "2020-02-17T06:00", "APPROX"), "e": ("DATE", "2020-02-17"), "f": ("DATE", "2019-12"),
    "g": ("DATE", "2020-12-20"), "h": ("DATE", "2020-02-18"), "i": ("DATE", "2020-02-09"),
    "j": ("DATE", "2020-02-17"), "k": ("DATE", "2020-02-23"), "l": ("DATE", "2020-02-24"),
    "m": ("DATE", "2020-03-09"), "n": ("DATE", "2020-02-21"), "o": ("DATE", "2019-11"),
    "p": ("DATE", "2020-03"), "q": ("DATE", "2017"), "r": ("DATE", "2018-06"),
    "s": ("DATE", "2018-11"), "t": ("DURATION", "PT20M", "APPROX"),
}, [
    ev("b", "statement", "reported", ["United Nations"], "UN Security Council condemns the shelling of Rutshuru"),
    ev("c", "agreement", "reported", ["Democratic Republic of the Congo", "Mouvement pour la Libération du Kivu"], "Congo and the MLK rebels sign a ceasefire in Luanda"),
    ev("e", "attack", "reported", [], "Shelling of Rutshuru's market and health centre kills 11 civilians"),
    ev("f", "other", "reported", ["United Nations"], "Security Council renews the MONUSCO mandate"),
    ev("h", "statement", "reported", ["Mouvement pour la Libération du Kivu", "Jean-Claude Biruka"], "MLK denies attacking an army post at Kiwanja"),
    ev("i", "attack", "negated", ["Mouvement pour la Libération du Kivu", "Democratic Republic of the Congo"], "MLK attacks an army post at Kiwanja"),
    ev("j", "statement", "reported", ["Democratic Republic of the Congo", "Didier Kaseba"], "Army commander threatens to retake the hills above Rutshuru"),
    ev("k", "attack", "threatened", ["Democratic Republic of the Congo", "Mouvement pour la Libération du Kivu"], "Army retakes the hills above Rutshuru from the MLK"),
    ev("l", "talks", "cancelled", ["Democratic Republic of the Congo", "Mouvement pour la Libération du Kivu", "Angola"], "Luanda talks on disarming MLK fighters"),
    ev("m", "talks", "scheduled", ["Democratic Republic of the Congo", "Mouvement pour la Libération du Kivu", "Angola"], "Postponed Luanda talks on disarming MLK fighters"),
    ev("n", "visit", "planned", ["United Nations"], "UN human rights investigators visit Rutshuru"),
    ev("o", "sanctions", "reported", ["European Union", "Mouvement pour la Libération du Kivu"], "EU freezes the assets of three MLK commanders"),
    ev("p", "sanctions", "expected", ["United Nations", "Jean-Claude Biruka"], "UN sanctions committee adds MLK spokesman Biruka to its list"),
    ev("q", "other", "reported", ["Mouvement pour la Libération du Kivu"], "MLK takes up arms"),
    ev("r", "attack", "reported", ["Mouvement pour la Libération du Kivu"], "MLK seizes Rutshuru"),
    ev("s", "attack", "reported", ["Democratic Republic of the Congo", "Mouvement pour la Libération du Kivu"], "Army drives the MLK out of Rutshuru"),
])

# ---------------------------------------------------------------- own61
# Spectrum auction, telecoms trade news with its own "Published:" line =
# dct (Monday 8 November 2021): DATE + TIME, no event; "08:15 CET" is not
# converted and leaves no zone mark. Past "Monday 25 October" (bidding
# opens), bare "Friday" (5 November, bidding ends) and "the following day"
# counted from it (6 November, the results published). The dated threat
# ("Sunday", 7 November) gives a statement row and a threatened legal row
# at "15 November". The denial ("last week", 2021-W44) gives a statement
# row and a negated row on past "September" (2021-09). The licence signing
# "set for Wednesday" (10 November) is moved to "22 November": cancelled +
# scheduled (signing: agreement). "1 January" is future (2022-01-01, the
# licences take effect: scheduled). "20 years" and "30 days" are
# DURATIONs. "are expected to pay ... by the end of the year" is expected
# (2021 END); "plans to switch on ... in the second quarter of 2022" is
# planned; "will start ... next month" is scheduled (2021-12). "2020" dates
# the last auction; "is expected to auction ... in 2023" is expected; "by
# 2025" is a target of the European Commission: timex, no event.
# Distractors: 9.1 billion koruna, 5G, 3400–3800 MHz, 62 rounds, round
# 47, 40 MHz, 1.2 billion, 3.6 million, 700 MHz, 5.6 billion, 26 GHz.
assert wd("2021-11-08") == "Monday" and wd("2021-10-25") == "Monday"
assert last_wd("2021-11-08", "Friday") == "2021-11-05" and last_wd("2021-11-08", "Sunday") == "2021-11-07"
assert next_wd("2021-11-08", "Wednesday") == "2021-11-10" and iso_week("2021-11-08", -1) == "2021-W44"
doc("own61", "2021-11-08", """
Published: {a|Monday 8 November 2021}, {b|08:15 CET}

Telecoms

Czech 5G auction raises 9.1 billion koruna as losing bidder threatens court

The Czech Telecommunication Office (ČTÚ) has raised 9.1 billion koruna from its auction of 5G frequencies in the 3400–3800 MHz band, more than twice the reserve price. Bidding opened on {c|Monday 25 October} and ended on {d|Friday} after 62 rounds, and the regulator published the results {e|the following day}.

Three operators won blocks: Moravia Telecom, Tempo Mobile and a newcomer, Nordix. The licences take effect on {f|1 January} and run for {g|20 years}.

The losing bidder, Kraken Networks, said on {h|Sunday} that it would ask the Municipal Court in Prague to annul the auction on {i|15 November} unless the ČTÚ released the full bidding records. Kraken dropped out in round 47, when the price of a 40 MHz block passed 1.2 billion koruna.

ČTÚ chair Jana Novotná {j|last week} denied that reserve prices had leaked to bidders in {k|September}. “The documents never left the council,” she said.

A ceremony at which the three winners were to sign their licences, set for {l|Wednesday}, has been moved to {m|22 November} because Nordix’s bank guarantee is not yet in place. The winners must pay a first instalment within {n|30 days} of signing and are expected to pay the full sum by {o|the end of the year}.

Nordix plans to switch on its first masts in Prague and Brno in {p|the second quarter of 2022}. Tempo Mobile, which has 3.6 million customers, will start 5G service in Ostrava {q|next month}, its chief executive, Tomáš Kalina, said.

The ČTÚ’s last spectrum auction, of the 700 MHz band in {r|2020}, raised 5.6 billion koruna. The government is expected to auction the 26 GHz band in {s|2023}, and the European Commission wants 5G along all main roads by {t|2025}.
""", {
    "a": ("DATE", "2021-11-08"), "b": ("TIME", "2021-11-08T08:15"), "c": ("DATE", "2021-10-25"),
    "d": ("DATE", "2021-11-05"), "e": ("DATE", "2021-11-06"), "f": ("DATE", "2022-01-01"),
    "g": ("DURATION", "P20Y"), "h": ("DATE", "2021-11-07"), "i": ("DATE", "2021-11-15"),
    "j": ("DATE", "2021-W44"), "k": ("DATE", "2021-09"), "l": ("DATE", "2021-11-10"),
    "m": ("DATE", "2021-11-22"), "n": ("DURATION", "P30D"), "o": ("DATE", "2021", "END"),
    "p": ("DATE", "2022-Q2"), "q": ("DATE", "2021-12"), "r": ("DATE", "2020"),
    "s": ("DATE", "2023"), "t": ("DATE", "2025"),
}, [
    ev("c", "economic", "reported", ["Czech Telecommunication Office"], "Bidding opens in the Czech 5G spectrum auction"),
    ev("d", "economic", "reported", ["Czech Telecommunication Office"], "5G auction ends after 62 rounds, raising 9.1 billion koruna"),
    ev("e", "statement", "reported", ["Czech Telecommunication Office"], "ČTÚ publishes the 5G auction results"),
    ev("f", "other", "scheduled", ["Moravia Telecom", "Tempo Mobile", "Nordix"], "New 5G licences take effect"),
    ev("h", "statement", "reported", ["Kraken Networks"], "Losing bidder Kraken Networks threatens to challenge the auction in court"),
    ev("i", "legal", "threatened", ["Kraken Networks", "Czech Telecommunication Office"], "Kraken asks a Prague court to annul the 5G auction"),
    ev("j", "statement", "reported", ["Czech Telecommunication Office", "Jana Novotná"], "ČTÚ chair denies reserve prices leaked to bidders"),
    ev("k", "other", "negated", [], "Reserve prices leak to bidders"),
    ev("l", "agreement", "cancelled", ["Czech Telecommunication Office", "Moravia Telecom", "Tempo Mobile", "Nordix"], "Winners sign their 5G licences at a ceremony"),
    ev("m", "agreement", "scheduled", ["Czech Telecommunication Office", "Moravia Telecom", "Tempo Mobile", "Nordix"], "Postponed licence-signing ceremony for the three winners"),
    ev("o", "economic", "expected", ["Moravia Telecom", "Tempo Mobile", "Nordix"], "Auction winners pay the full 9.1 billion koruna"),
    ev("p", "other", "planned", ["Nordix"], "Nordix switches on its first 5G masts in Prague and Brno"),
    ev("q", "other", "scheduled", ["Tempo Mobile"], "Tempo Mobile starts 5G service in Ostrava"),
    ev("r", "economic", "reported", ["Czech Telecommunication Office"], "700 MHz spectrum auction raises 5.6 billion koruna"),
    ev("s", "economic", "expected", ["Czech Republic"], "Government auctions the 26 GHz band"),
])

# ---------------------------------------------------------------- own62
# Driverless taxi permit suspended, US tech-policy news with an
# "Updated:" line whose date is ISO (2025-06-13, a Friday) = dct, DATE +
# TIME, no event; "18:40 PDT" leaves no zone mark. AP-style bare
# weekdays: "Friday" = dct (the suspension, for "up to 90 days": a
# DURATION, EQUAL_OR_LESS), past "Monday" (9 June),
# "Wednesday" (11 June) and "Thursday" (12 June). "a day" is a rate (SET
# P1D). "three days later" counts from past "June 3" (2025-06-06). Past
# "May" (2025-05) dates the software release (a participle clause that
# carries its own date). The denial ("Wednesday") gives a statement row
# and a negated row on "June 4". The dated threat ("Thursday") gives a
# statement row and a threatened lawsuit at "June 20"; "since 2023" begins
# a span of collisions: timex, no event. The CPUC vote "set for June 26"
# is postponed to "Aug. 7": cancelled + scheduled. "is expected to decide
# by the end of July" is expected (2025-07 END); "plans to resume testing
# ... next week" is planned (2025-W25). The Los Angeles launch it "had
# planned ... in the fall" is now on hold: cancelled (2025-FA) with no new
# date. Past "2019", "August 2023" and "January" (2025-01). A road
# accident is typed disaster, as the runway overrun of own53.
# Distractors: Model R4, 180 cars, 1,100 rides, 20 feet, software version
# 2025.14 (no timex), 34-year-old, 4.2 million miles, $1.3 billion, $11
# billion.
assert wd("2025-06-13") == "Friday"
assert last_wd("2025-06-13", "Monday") == "2025-06-09" and last_wd("2025-06-13", "Wednesday") == "2025-06-11"
assert last_wd("2025-06-13", "Thursday") == "2025-06-12" and iso_week("2025-06-13", 1) == "2025-W25"
doc("own62", "2025-06-13", """
Updated: {a|2025-06-13}, {b|18:40 PDT}

California suspends Corvid’s driverless taxi permit after cyclist is dragged

SAN FRANCISCO — California’s Department of Motor Vehicles on {c|Friday} suspended Corvid Autonomy’s permit to carry passengers in driverless cars for {v|up to 90 days}, after one of its robotaxis struck a cyclist on Valencia Street on {d|June 3} and dragged her about 20 feet.

The suspension covers all 180 of Corvid’s Model R4 cars in the city, which gave about 1,100 rides {e|a day}. The car involved was running software version 2025.14, which Corvid released in {f|May}. The cyclist, a 34-year-old nurse, was released from the hospital {g|three days later}.

Corvid on {h|Wednesday} denied that it had withheld the car’s video from DMV investigators on {i|June 4}. “We have hidden nothing,” said its spokeswoman, Ana Ruiz.

San Francisco City Attorney Rosa Imbert said {j|Thursday} that she would sue Corvid on {k|June 20} unless it handed over data on every collision its cars had been involved in since {l|2023}.

A California Public Utilities Commission vote on Corvid’s request to expand service to San Jose, set for {m|June 26}, has been postponed to {n|Aug. 7}. The National Highway Traffic Safety Administration, which opened a preliminary inquiry into the crash on {o|Monday}, is expected to decide by {p|the end of July} whether to upgrade it to a full investigation.

Corvid plans to resume testing with safety drivers {q|next week}. “Safety is the foundation of everything we do,” said its chief executive, Daniel Osei, who founded the company in {r|2019}.

Corvid began charging fares in San Francisco in {s|August 2023}, and its cars have since driven 4.2 million miles without a driver. It raised $1.3 billion in {t|January} at a valuation of $11 billion. It had planned to launch service in Los Angeles in {u|the fall}; that launch is now on hold.
""", {
    "a": ("DATE", "2025-06-13"), "b": ("TIME", "2025-06-13T18:40"), "c": ("DATE", "2025-06-13"),
    "d": ("DATE", "2025-06-03"), "e": ("SET", "P1D"), "f": ("DATE", "2025-05"),
    "g": ("DATE", "2025-06-06"), "h": ("DATE", "2025-06-11"), "i": ("DATE", "2025-06-04"),
    "j": ("DATE", "2025-06-12"), "k": ("DATE", "2025-06-20"), "l": ("DATE", "2023"),
    "m": ("DATE", "2025-06-26"), "n": ("DATE", "2025-08-07"), "o": ("DATE", "2025-06-09"),
    "p": ("DATE", "2025-07", "END"), "q": ("DATE", "2025-W25"), "r": ("DATE", "2019"),
    "s": ("DATE", "2023-08"), "t": ("DATE", "2025-01"), "u": ("DATE", "2025-FA"),
    "v": ("DURATION", "P90D", "EQUAL_OR_LESS"),
}, [
    ev("c", "legal", "reported", ["California Department of Motor Vehicles", "Corvid Autonomy"], "California DMV suspends Corvid's driverless taxi permit"),
    ev("d", "disaster", "reported", ["Corvid Autonomy"], "Corvid robotaxi strikes a cyclist and drags her on Valencia Street"),
    ev("f", "other", "reported", ["Corvid Autonomy"], "Corvid releases software version 2025.14"),
    ev("g", "other", "reported", [], "Injured cyclist is released from hospital"),
    ev("h", "statement", "reported", ["Corvid Autonomy"], "Corvid denies withholding crash video from DMV investigators"),
    ev("i", "other", "negated", ["Corvid Autonomy", "California Department of Motor Vehicles"], "Corvid withholds the car's video from DMV investigators"),
    ev("j", "statement", "reported", ["San Francisco", "Rosa Imbert"], "City attorney threatens to sue Corvid over collision data"),
    ev("k", "legal", "threatened", ["San Francisco", "Corvid Autonomy"], "San Francisco sues Corvid over its collision data"),
    ev("m", "meeting", "cancelled", ["California Public Utilities Commission", "Corvid Autonomy"], "CPUC vote on Corvid's expansion to San Jose"),
    ev("n", "meeting", "scheduled", ["California Public Utilities Commission", "Corvid Autonomy"], "Postponed CPUC vote on Corvid's San Jose expansion"),
    ev("o", "legal", "reported", ["National Highway Traffic Safety Administration", "Corvid Autonomy"], "NHTSA opens a preliminary inquiry into the crash"),
    ev("p", "legal", "expected", ["National Highway Traffic Safety Administration", "Corvid Autonomy"], "NHTSA decides whether to open a full investigation"),
    ev("q", "other", "planned", ["Corvid Autonomy"], "Corvid resumes testing with safety drivers"),
    ev("r", "other", "reported", ["Daniel Osei", "Corvid Autonomy"], "Daniel Osei founds Corvid Autonomy"),
    ev("s", "economic", "reported", ["Corvid Autonomy"], "Corvid begins charging fares in San Francisco"),
    ev("t", "economic", "reported", ["Corvid Autonomy"], "Corvid raises $1.3 billion at an $11 billion valuation"),
    ev("u", "other", "cancelled", ["Corvid Autonomy"], "Corvid launches robotaxi service in Los Angeles"),
])

# ---------------------------------------------------------------- own63
# Literary prize in trouble, culture-desk story with a byline, no
# publication date. Bounds: "Thursday 30 March" (past, the shortlist) is a
# Thursday in 2017, 2023 and 2028; its "2022" winner is past and the prize
# money "will rise ... in 2025" (ahead) -> 2023. Within 2023: past bare
# "Friday" (31 March) and "Saturday" (1 April), and past bare "Thursday"
# (30 March, the threat) within six days, put the dct after Saturday 1
# April; future bare "Tuesday" (4 April, the trustees' meeting) puts it
# before Tuesday 4 -> Sunday 2 or Monday 3 April. The gold uses Sunday
# 2023-04-02 (a weekend books page); every value comes out the same on
# either day. "a year later" counts from "March 2021" (2022-03). "her 1987
# novel" and "Its 2022 winner" are years in names: timexes, no event. The
# denial ("Saturday") gives a statement row and a negated row on "August
# 2019". The dated threat ("Thursday") gives a statement row and a
# threatened lawsuit on "14 April". The ceremony "on Tuesday 25 April" is
# moved to "16 May": cancelled + scheduled. "plans to publish ... in June"
# is planned (2023-06); "are expected to report ... by the end of April"
# is expected (2023-04 END). The range "17" to "22 April" dates the
# readings (scheduled); its start takes its month from the end point. "every year" is a SET (P1Y). Distractors: six
# novels, five judges, 384-page, £18.99, pages 88 to 112, 140,000 copies,
# £50,000, £60,000.
assert wd("2023-03-30") == "Thursday" and wd("2023-04-25") == "Tuesday" and wd("2023-04-02") == "Sunday"
assert years_with(30, 3, "Thursday") == [2017, 2023, 2028]
assert last_wd("2023-04-02", "Friday") == "2023-03-31" and last_wd("2023-04-02", "Saturday") == "2023-04-01"
assert last_wd("2023-04-02", "Thursday") == last_wd("2023-04-03", "Thursday") == "2023-03-30"
assert next_wd("2023-04-02", "Tuesday") == next_wd("2023-04-03", "Tuesday") == "2023-04-04"
doc("own63", "2023-04-02", """
Books

Halloran Prize ceremony delayed as judge quits over plagiarism claim

By Nina Caird, Literary Editor

The Halloran Prize for Fiction named its shortlist of six novels on {a|Thursday 30 March}. On {b|Friday}, one of its five judges, the critic Marcus Leyland, resigned, saying the panel had ignored “serious questions” about one of the books.

That book is Tom Vasquez’s The Salt Orchard, a 384-page novel that sells for £18.99. The estate of the novelist Ruth Ellery, who died in {c|March 2021}, says passages on pages 88 to 112 copy an unpublished manuscript that her daughter found among her papers {d|a year later}. Ellery is best known for her {e|1987} novel Low Water.

Vasquez on {f|Saturday} denied that he had seen the manuscript at a writers’ retreat in Cumbria in {g|August 2019}, where Ellery was teaching. “I have never read a word of it,” he said. The estate said on {h|Thursday} that it would sue his publisher, Gannet Books, on {i|14 April} unless the novel was withdrawn from sale. Gannet says the book will stay on sale, and it plans to publish the paperback in {j|June}.

The winner was to have been announced at a dinner at the Guildhall on {k|Tuesday 25 April}. The trustees have moved the ceremony to {l|16 May} to give a new judge time to read the six books, and will meet on {m|Tuesday} to choose one. Their lawyers are expected to report on the plagiarism claim by {n|the end of April}. The six shortlisted authors will still read at bookshops around the country from {s|17} to {t|22 April}.

The prize was founded in {o|2009} by the publisher Edwin Halloran, and its judging panel changes {p|every year}. Its {q|2022} winner, Aiko Brandt’s Paper Lanterns, sold 140,000 copies. The prize money, £50,000, will rise to £60,000 in {r|2025}.
""", {
    "a": ("DATE", "2023-03-30"), "b": ("DATE", "2023-03-31"), "c": ("DATE", "2021-03"),
    "d": ("DATE", "2022-03"), "e": ("DATE", "1987"), "f": ("DATE", "2023-04-01"),
    "g": ("DATE", "2019-08"), "h": ("DATE", "2023-03-30"), "i": ("DATE", "2023-04-14"),
    "j": ("DATE", "2023-06"), "k": ("DATE", "2023-04-25"), "l": ("DATE", "2023-05-16"),
    "m": ("DATE", "2023-04-04"), "n": ("DATE", "2023-04", "END"), "o": ("DATE", "2009"),
    "p": ("SET", "P1Y"), "q": ("DATE", "2022"), "r": ("DATE", "2025"),
    "s": ("DATE", "2023-04-17"), "t": ("DATE", "2023-04-22"),
}, [
    ev("a", "statement", "reported", ["Halloran Prize"], "Halloran Prize names its shortlist of six novels"),
    ev("b", "other", "reported", ["Halloran Prize", "Marcus Leyland"], "Judge Marcus Leyland resigns from the Halloran Prize panel"),
    ev("c", "other", "reported", ["Ruth Ellery"], "Novelist Ruth Ellery dies"),
    ev("d", "other", "reported", [], "Ellery's daughter finds an unpublished manuscript among her papers"),
    ev("f", "statement", "reported", ["Tom Vasquez"], "Vasquez denies seeing Ellery's manuscript at a writers' retreat"),
    ev("g", "other", "negated", ["Tom Vasquez"], "Vasquez sees Ellery's manuscript at a Cumbria writers' retreat"),
    ev("h", "statement", "reported", ["Estate of Ruth Ellery"], "Ellery estate threatens to sue Gannet Books"),
    ev("i", "legal", "threatened", ["Estate of Ruth Ellery", "Gannet Books"], "Ellery estate sues Gannet Books over The Salt Orchard"),
    ev("j", "other", "planned", ["Gannet Books"], "Gannet publishes The Salt Orchard in paperback"),
    ev("k", "other", "cancelled", ["Halloran Prize"], "Halloran Prize winner is announced at a Guildhall dinner"),
    ev("l", "other", "scheduled", ["Halloran Prize"], "Postponed Halloran Prize ceremony"),
    ev("m", "meeting", "scheduled", ["Halloran Prize"], "Trustees meet to choose a replacement judge"),
    ev("n", "report", "expected", ["Halloran Prize"], "Trustees' lawyers report on the plagiarism claim"),
    ev("s", "other", "scheduled", ["Halloran Prize"], "Shortlisted authors read at bookshops around the country", end="t"),
    ev("o", "other", "reported", ["Edwin Halloran", "Halloran Prize"], "Publisher Edwin Halloran founds the Halloran Prize"),
    ev("r", "economic", "scheduled", ["Halloran Prize"], "Halloran Prize money rises to £60,000"),
])

# ---------------------------------------------------------------- own64
# Himalayan avalanche, mountaineering magazine story with a byline, no
# publication date. Bounds: "Saturday 25 April" (past, the avalanche) is a
# Saturday in 2015, 2020 and 2026; "25 April 2015" is named as a past
# disaster and the permit fee was raised in "September 2025" (past) ->
# 2026. Within 2026: "the following day" (26 April) and past bare "Sunday"
# (26 April, the threat) are before "yesterday" (the denial), which a
# writer would otherwise call Sunday too, so the dct is after Monday 27;
# future bare "Wednesday" (29 April, the minister's meeting) and
# "Thursday" (30 April) put it before Wednesday 29 -> Tuesday 2026-04-28.
# "about 6.40am" + "Saturday 25 April" is one moment: the DATE anchors the
# avalanche. "twice a day" is a SET (P1D); "five years" a DURATION.
# "this spring" (2026-SP) dates a state (permits held): timex, no event.
# The route "had been due to reopen on Thursday" and will now reopen on
# "5 May": cancelled + scheduled. The denial ("yesterday") gives a
# statement row and a negated row on "Friday 24 April". The dated threat
# ("Sunday") gives a statement row and a threatened row at "1 May" (a work
# stoppage: other). "are expected in mid-May" is expected (2026-05 MID);
# "plans to hold a memorial ... next week" is planned (2026-W19). Past
# "February" (2026-02, a ban on a climber: sanctions, like the entry bans
# of dev22), "18 April 2014" and "25 April 2015". Distractors: Camp 1,
# the helicopter 9N-ALT, 1,200 members, 3 million rupees, 460 climbers,
# $15,000, $11,000, 16 guides, 22 people.
assert wd("2026-04-25") == "Saturday" and wd("2026-04-24") == "Friday" and wd("2026-04-28") == "Tuesday"
assert years_with(25, 4, "Saturday") == [2015, 2020, 2026]
assert last_wd("2026-04-28", "Sunday") == "2026-04-26"
assert next_wd("2026-04-28", "Wednesday") == "2026-04-29" and next_wd("2026-04-28", "Thursday") == "2026-04-30"
assert iso_week("2026-04-28", 1) == "2026-W19"
doc("own64", "2026-04-28", """
Expeditions

Everest icefall closed after avalanche kills three guides

By Priya Tamang

Nepal has closed the Khumbu Icefall, the only route from Everest Base Camp to the upper mountain on the Nepali side, after an avalanche killed three Sherpa guides at {a|about 6.40am} on {b|Saturday 25 April}.

The guides, who worked for the Kathmandu outfitter Summit Trails Nepal, were carrying oxygen to Camp 1 when a serac collapsed above them. Rescuers recovered their bodies {c|the following day}, using the helicopter 9N-ALT, and a fourth, injured guide was flown to Kathmandu.

The route had been due to reopen on {d|Thursday}; the Department of Tourism says it will now reopen on {e|5 May}, once the icefall doctors, who fix the ladders and ropes through the icefall and check them {f|twice a day}, have surveyed a new crevasse field.

The department {g|yesterday} denied that it had ignored a warning about the serac from the icefall doctors on {h|Friday 24 April}. “No such warning reached us,” a spokesman said.

The Nepal National Mountain Guide Association said on {i|Sunday} that its 1,200 members would not work above Base Camp from {j|1 May} unless the government doubled their life insurance to 3 million rupees. The tourism minister, Bishnu Karki, will meet the association on {k|Wednesday}.

About 460 foreign climbers hold Everest permits {l|this spring}, each paying $15,000, a fee raised from $11,000 in {m|September 2025}. The first summit bids are expected in {n|mid-May}. Summit Trails plans to hold a memorial at Base Camp {o|next week}.

In {p|February} the department banned an Austrian climber, Florian Wendt, from Nepal’s mountains for {q|five years} for faking a summit photo.

On {r|18 April 2014}, an avalanche in the icefall killed 16 guides, the worst disaster on the mountain until the earthquake of {s|25 April 2015}, which set off an avalanche that killed 22 people at Base Camp.
""", {
    "a": ("TIME", "2026-04-25T06:40", "APPROX"), "b": ("DATE", "2026-04-25"), "c": ("DATE", "2026-04-26"),
    "d": ("DATE", "2026-04-30"), "e": ("DATE", "2026-05-05"), "f": ("SET", "P1D"),
    "g": ("DATE", "2026-04-27"), "h": ("DATE", "2026-04-24"), "i": ("DATE", "2026-04-26"),
    "j": ("DATE", "2026-05-01"), "k": ("DATE", "2026-04-29"), "l": ("DATE", "2026-SP"),
    "m": ("DATE", "2025-09"), "n": ("DATE", "2026-05", "MID"), "o": ("DATE", "2026-W19"),
    "p": ("DATE", "2026-02"), "q": ("DURATION", "P5Y"), "r": ("DATE", "2014-04-18"),
    "s": ("DATE", "2015-04-25"),
}, [
    ev("b", "disaster", "reported", [], "Avalanche in the Khumbu Icefall kills three Sherpa guides"),
    ev("c", "other", "reported", [], "Rescuers recover the three guides' bodies by helicopter"),
    ev("d", "other", "cancelled", ["Department of Tourism"], "Khumbu Icefall route reopens"),
    ev("e", "other", "scheduled", ["Department of Tourism"], "Khumbu Icefall route reopens after the avalanche"),
    ev("g", "statement", "reported", ["Department of Tourism"], "Department of Tourism denies ignoring a warning about the serac"),
    ev("h", "other", "negated", ["Department of Tourism"], "Department ignores the icefall doctors' warning about the serac"),
    ev("i", "statement", "reported", ["Nepal National Mountain Guide Association"], "Guides' association threatens to stop work above Base Camp"),
    ev("j", "other", "threatened", ["Nepal National Mountain Guide Association"], "Guides stop working above Base Camp"),
    ev("k", "meeting", "scheduled", ["Nepal", "Bishnu Karki", "Nepal National Mountain Guide Association"], "Tourism minister meets the guides' association"),
    ev("m", "economic", "reported", ["Nepal"], "Nepal raises the Everest permit fee to $15,000"),
    ev("n", "other", "expected", [], "First Everest summit bids of the season"),
    ev("o", "other", "planned", ["Summit Trails Nepal"], "Summit Trails holds a memorial for the three guides at Base Camp"),
    ev("p", "sanctions", "reported", ["Department of Tourism", "Florian Wendt"], "Nepal bans Austrian climber Florian Wendt for faking a summit photo"),
    ev("r", "disaster", "reported", [], "Avalanche in the Khumbu Icefall kills 16 guides"),
    ev("s", "disaster", "reported", [], "Earthquake sets off an avalanche that kills 22 at Base Camp"),
])


def main():
    ownbuild.write_checked(DOCS, OUT, "own8", (240, 330))
    # extra checks of this set: events in text order, ids in order, and the
    # dateline of own57, which the shared check does not see (its city has
    # a curly apostrophe)
    bad = False
    recs = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    for rec in recs:
        starts = [x["expr_start"] for x in rec["events"]]
        if starts != sorted(starts):
            print(f"{rec['id']}: events not in text order")
            bad = True
    if [r["id"] for r in recs] != [f"own{n}" for n in range(57, 65)]:
        print("ids are not own57..own64 in order")
        bad = True
    r57 = recs[0]
    pos = len(r57["text"].split("N’DJAMENA, ", 1)[0].encode("utf-8")) + len("N’DJAMENA, ".encode("utf-8"))
    t = [u for u in r57["timex"] if u["start"] == pos]
    if not t or t[0]["value"] != r57["dct"] or any(x["expr_start"] == pos for x in r57["events"]):
        print("own57: dateline is not the dct or anchors an event")
        bad = True
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
