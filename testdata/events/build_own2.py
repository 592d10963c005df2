#!/usr/bin/env python3
"""Build own2.jsonl (own09..own16) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed here as UTF-8 byte offsets, never typed by hand.

Record keys follow own.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Statuses:
  reported   it happened / is happening
  scheduled  fixed in the future ("will be held on", "is due to")
  planned    a stated plan or intention ("plans to", "had planned")
  expected   "is expected to", "expects"
  cancelled  called off or postponed (the original date)
  negated    denied or did not happen
  threatened a threatened action

Publication dates: own09 (dateline), own11 ("Updated:" line), own14 (dateline)
and own16 ("Published:" line) print theirs; own10, own12, own13 and own15 do
not, and the notes above each article say how the text bounds the date.

Run: python3 build_own2.py   (writes own2.jsonl next to this file)
"""
import functools
import os

import ownbuild
from ownbuild import ev

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own2.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)


# ---------------------------------------------------------------- own09
# Mining accident, wire dateline = dct (Wednesday 10 July 2019). The collapse
# is "Monday" (8 July); the union spoke "yesterday"; "the same day" counts
# from the collapse. Distractors: Level 7, 600 metres, 31 workers, 6%, 33
# men, the phone line 800 210 719.
doc("own09", "2019-07-10", """
Rescuers reach 14 miners trapped for {h0|two days} in Chilean copper mine

CALAMA, {a|10 July 2019} (Andes Wire) – Rescue teams broke through to 14 miners trapped 600 metres underground at the Quebrada Roja copper mine in northern Chile at {b|03:40} {c|today}, {d|more than 40 hours} after part of a tunnel collapsed. All 14 were alive, and two were flown to hospital in Antofagasta with crush injuries.

The roof of an access drift on Level 7 gave way at {e|about 10 a.m.} on {f|Monday}, as a shift of 31 workers prepared to blast. Seventeen of them walked out on their own. The operator, Cordillera Sur Minerals, halted all underground work {g|the same day}.

Mining Minister Baltazar Ruiz said inspectors from the state agency Sernageomin had checked Level 7 on {h|18 June} and found “no structural warning signs”.

The Quebrada Roja Miners’ Union says it warned the company about cracks in the drift in a letter in {i|May}. Its president, Héctor Villalobos, said {j|yesterday} that members would strike from {k|22 July} unless an independent engineer reviewed every level of the mine. Cordillera Sur denied {l|last night} that its managers had been told about the cracks at a safety meeting on {m|3 June}.

The company, whose shares have fallen 6% since the accident, expects output to stay halted until at least {n|the end of the month}. It has postponed its shareholders’ meeting, which had been set for {o|25 July}, to {p|9 September}. Prosecutors in Antofagasta have opened a negligence investigation.

The accident is the worst at a Chilean mine since {q|August 2010}, when 33 men were trapped for {r|69 days} at the San José mine near Copiapó.

Relatives can call the company’s family line on 800 210 719.
""", {
    "h0": ("DURATION", "P2D"), "a": ("DATE", "2019-07-10"), "b": ("TIME", "2019-07-10T03:40"),
    "c": ("DATE", "2019-07-10"), "d": ("DURATION", "PT40H", "MORE_THAN"),
    "e": ("TIME", "2019-07-08T10:00", "APPROX"), "f": ("DATE", "2019-07-08"),
    "g": ("DATE", "2019-07-08"), "h": ("DATE", "2019-06-18"), "i": ("DATE", "2019-05"),
    "j": ("DATE", "2019-07-09"), "k": ("DATE", "2019-07-22"), "l": ("TIME", "2019-07-09TNI"),
    "m": ("DATE", "2019-06-03"), "n": ("DATE", "2019-07", "END"), "o": ("DATE", "2019-07-25"),
    "p": ("DATE", "2019-09-09"), "q": ("DATE", "2010-08"), "r": ("DURATION", "P69D"),
}, [
    ev("c", "other", "reported", [], "Rescue teams reach the 14 trapped miners alive"),
    ev("f", "disaster", "reported", ["Cordillera Sur Minerals"], "Tunnel roof collapses at the Quebrada Roja copper mine"),
    ev("g", "other", "reported", ["Cordillera Sur Minerals"], "Cordillera Sur halts all underground work"),
    ev("h", "report", "reported", ["Sernageomin"], "Sernageomin inspectors check Level 7 and find no warning signs"),
    ev("i", "statement", "reported", ["Quebrada Roja Miners' Union", "Cordillera Sur Minerals"], "Union warns the company about cracks in a letter"),
    ev("j", "statement", "reported", ["Quebrada Roja Miners' Union", "Héctor Villalobos"], "Union president threatens a strike over mine safety"),
    ev("k", "other", "threatened", ["Quebrada Roja Miners' Union", "Cordillera Sur Minerals"], "Miners strike unless an engineer reviews every level"),
    ev("l", "statement", "reported", ["Cordillera Sur Minerals"], "Cordillera Sur denies managers were told about the cracks"),
    ev("m", "meeting", "negated", ["Cordillera Sur Minerals"], "Managers told about the cracks at a safety meeting"),
    ev("o", "meeting", "cancelled", ["Cordillera Sur Minerals"], "Cordillera Sur's shareholders' meeting is postponed"),
    ev("p", "meeting", "scheduled", ["Cordillera Sur Minerals"], "Cordillera Sur holds its postponed shareholders' meeting"),
    ev("q", "disaster", "reported", [], "33 miners trapped at the San José mine near Copiapó"),
])

# ---------------------------------------------------------------- own10
# City council, local paper, no publication date. Bounds: past "Tuesday,
# Feb. 28" (a Tuesday in 2012, 2017, 2023) and the future "2018 budget" ->
# 2017. The vote was "Monday night", the councillor spoke "Tuesday", "next
# Monday" is ahead: dct Tuesday 2017-03-14. Distractors: 6-3, $1.8 million,
# $1.50 to $2, Route 16, $900,000, 502 W. Superior St., 218-555-0147.
doc("own10", "2017-03-14", """
Local › City Hall

Council backs $1.8 million streetcar study, delays bus fare increase

The Duluth City Council voted 6-3 on {a|Monday night} to spend $1.8 million studying a streetcar line along Superior Street, after {b|more than two years} of argument over how to link downtown with Canal Park.

The same resolution pushed back a planned increase in the base bus fare, from $1.50 to $2, which the Lakeshore Transit Authority had set to take effect on {c|April 1}. The increase will now start on {d|July 1}.

More than 200 people packed a public hearing on {e|Tuesday, Feb. 28}, many of them bus riders who said they could not afford higher fares. The council’s transportation committee endorsed the study {f|two days later}.

Councilor Janet Okafor, who voted against, said {g|Tuesday} that the city was “buying a very expensive daydream” while Route 16 buses still ran only {h|once an hour}.

The Minnesota Department of Transportation is backing the study with $900,000 in matching funds. In a letter dated {i|Jan. 20}, it warned that it would withdraw the money on {j|June 30} if the city had not hired a consultant by then. City officials expect to pick one in {k|May}; the study itself should take {l|14 months}.

The transit authority will hold open houses on the streetcar plan from {m|March 27} to {n|31} at the Central Library, 502 W. Superior St. The council takes up the authority’s {o|2018} budget {p|next Monday}.

Duluth’s last streetcar ran in {q|1939}. Even if a new line is built, it would not open before {r|2024}, city engineer Paul Hendricks said.

Questions about fares can be directed to the authority at 218-555-0147.
""", {
    "a": ("TIME", "2017-03-13TNI"), "b": ("DURATION", "P2Y", "MORE_THAN"), "c": ("DATE", "2017-04-01"),
    "d": ("DATE", "2017-07-01"), "e": ("DATE", "2017-02-28"), "f": ("DATE", "2017-03-02"),
    "g": ("DATE", "2017-03-14"), "h": ("SET", "PT1H"), "i": ("DATE", "2017-01-20"),
    "j": ("DATE", "2017-06-30"), "k": ("DATE", "2017-05"), "l": ("DURATION", "P14M"),
    "m": ("DATE", "2017-03-27"), "n": ("DATE", "2017-03-31"), "o": ("DATE", "2018"),
    "p": ("DATE", "2017-03-20"), "q": ("DATE", "1939"), "r": ("DATE", "2024"),
}, [
    ev("a", "other", "reported", ["Duluth City Council"], "Council votes 6-3 to fund a $1.8 million streetcar study"),
    ev("c", "economic", "cancelled", ["Lakeshore Transit Authority"], "Bus fare increase, now pushed back"),
    ev("d", "economic", "scheduled", ["Lakeshore Transit Authority"], "Base bus fare rises from $1.50 to $2"),
    ev("e", "meeting", "reported", ["Duluth City Council"], "More than 200 people pack a public hearing on the plan"),
    ev("f", "other", "reported", ["Duluth City Council"], "Transportation committee endorses the streetcar study"),
    ev("g", "statement", "reported", ["Duluth City Council", "Janet Okafor"], "Councilor Okafor calls the study an expensive daydream"),
    ev("i", "statement", "reported", ["Minnesota Department of Transportation", "Duluth"], "MnDOT warns it will withdraw its matching funds"),
    ev("j", "economic", "threatened", ["Minnesota Department of Transportation", "Duluth"], "MnDOT withdraws $900,000 unless a consultant is hired"),
    ev("k", "other", "expected", ["Duluth"], "City picks a consultant for the streetcar study"),
    ev("m", "meeting", "scheduled", ["Lakeshore Transit Authority"], "Open houses on the streetcar plan at the Central Library", end="n"),
    ev("p", "meeting", "scheduled", ["Duluth City Council", "Lakeshore Transit Authority"], "Council takes up the transit authority's 2018 budget"),
    ev("q", "other", "reported", [], "Duluth's last streetcar runs"),
])

# ---------------------------------------------------------------- own11
# Airline IT outage, live blog with its own "Updated:" line (US numeric date
# = dct, Saturday). Entry times anchor the statements made at them; the
# 11:50 recap anchors nothing. "the following morning" counts from "March
# 9". The "Nov. 22" to "Dec. 2" forecast and "Thanksgiving" carry no event.
# Distractors: flight CA 2025, CrewLink 4.2, $150, 1,100 of 2,300 flights,
# 2.4 million passengers.
doc("own11", "2024-11-23", """
Updated: {a|11/23/2024} {b|19:45 ET}

LIVE: Cascadia Airlines cancels 1,100 flights after crew system crash; CEO says sorry

{c|7:30 p.m.} — Chief executive Dana Whitford has apologised in a video posted on the airline’s website: “We let our customers down, and I am truly sorry.” Every passenger whose flight was cancelled will get a full refund and a $150 travel credit.

{d|6:05 p.m.} — Cascadia says CrewLink 4.2, the crew-scheduling system that failed, is back online and it expects to run a full schedule {e|tomorrow}. Flight CA 2025 from Seattle to Boston is still listed as on time.

{f|4:40 p.m.} — Cascadia executives have been called to a meeting with Department of Transportation officials in Washington on {g|Tuesday}.

{h|2:15 p.m.} — A Cascadia spokesperson rejected claims circulating online that the airline had been hacked. She denied that a ransomware group had broken into its systems on {i|Thursday}, as a post on a hacking forum claimed: “This was a faulty software update, not a cyberattack.”

{j|11:50 a.m.} — A recap for readers just joining us: the trouble began at {k|5:12 a.m. ET}, when an update to CrewLink left the airline unable to match pilots and flight attendants to aircraft. So far 1,100 of its roughly 2,300 flights have been cancelled.

Cascadia had planned to replace CrewLink in {l|the first quarter of next year}. It has also postponed its investor day, set for {m|Dec. 4}, to {n|Jan. 15}.

This is the airline’s second big outage {o|this year}. On {p|March 9}, a power failure at its Seattle data center grounded flights for {q|six hours}; normal service resumed {r|the following morning}.

The timing could hardly be worse, {s|days} before {t|Thanksgiving}: Cascadia expects to carry 2.4 million passengers between {u|Nov. 22} and {v|Dec. 2}, its busiest stretch.
""", {
    "a": ("DATE", "2024-11-23"), "b": ("TIME", "2024-11-23T19:45"), "c": ("TIME", "2024-11-23T19:30"),
    "d": ("TIME", "2024-11-23T18:05"), "e": ("DATE", "2024-11-24"), "f": ("TIME", "2024-11-23T16:40"),
    "g": ("DATE", "2024-11-26"), "h": ("TIME", "2024-11-23T14:15"), "i": ("DATE", "2024-11-21"),
    "j": ("TIME", "2024-11-23T11:50"), "k": ("TIME", "2024-11-23T05:12"), "l": ("DATE", "2025-Q1"),
    "m": ("DATE", "2024-12-04"), "n": ("DATE", "2025-01-15"), "o": ("DATE", "2024"),
    "p": ("DATE", "2024-03-09"), "q": ("DURATION", "PT6H"), "r": ("TIME", "2024-03-10TMO"),
    "s": ("DURATION", "PXD"), "t": ("DATE", "2024-11-28"), "u": ("DATE", "2024-11-22"),
    "v": ("DATE", "2024-12-02"),
}, [
    ev("c", "statement", "reported", ["Cascadia Airlines", "Dana Whitford"], "Cascadia chief executive apologises and promises refunds"),
    ev("d", "statement", "reported", ["Cascadia Airlines"], "Cascadia says its crew-scheduling system is back online"),
    ev("e", "other", "expected", ["Cascadia Airlines"], "Cascadia runs a full flight schedule"),
    ev("g", "meeting", "scheduled", ["Cascadia Airlines", "Department of Transportation"], "Cascadia executives meet transportation officials in Washington"),
    ev("h", "statement", "reported", ["Cascadia Airlines"], "Cascadia denies it was hacked"),
    ev("i", "attack", "negated", ["Cascadia Airlines"], "Ransomware group breaks into Cascadia's systems"),
    ev("k", "other", "reported", ["Cascadia Airlines"], "Faulty CrewLink update leaves Cascadia unable to crew flights"),
    ev("l", "other", "planned", ["Cascadia Airlines"], "Cascadia replaces its CrewLink crew-scheduling system"),
    ev("m", "meeting", "cancelled", ["Cascadia Airlines"], "Cascadia's investor day is postponed"),
    ev("n", "meeting", "scheduled", ["Cascadia Airlines"], "Cascadia holds its postponed investor day"),
    ev("p", "other", "reported", ["Cascadia Airlines"], "Power failure at Seattle data center grounds Cascadia flights"),
    ev("r", "other", "reported", ["Cascadia Airlines"], "Cascadia's normal service resumes"),
])

# ---------------------------------------------------------------- own12
# Obituary, feature with history, no publication date. Bounds: born "3 May
# 1930" and "She was 91" -> died between May 2021 and May 2022; past "Sunday
# 26 September" (a Sunday in 2021) -> 2021. She died "Thursday", mourning is
# "Monday", the funeral "the following day": dct Sunday 2021-10-10.
# Distractors: 91, age 14, a 78 rpm disc, 31 albums, "Casa 23", aged 89.
doc("own12", "2021-10-10", """
Culture › Obituaries

Celeste Varela, the fado singer who took Lisbon’s taverns to Carnegie Hall, dies at 91

Celeste Varela, whose smoky contralto carried fado from the taverns of Lisbon’s old quarters to the world’s great concert halls, died on {a|Thursday} at her home in the city. She was 91. Her nephew, Rui Varela, said she had been ill for {b|several months}.

Born in the Mouraria district on {c|3 May 1930}, the daughter of a fishmonger and a tram conductor, Varela was singing for tips in the taverns of Rua do Capelão by the age of 14. Her first record, a 78 rpm disc of “Rosa Branca”, came out in {d|1951}.

Her breakthrough came on {e|12 November 1966}, when she sold out Carnegie Hall in New York and drew a standing ovation that lasted {f|11 minutes}. Under the dictatorship she was often accused of being too close to the regime. In an interview in {g|2004}, she denied that she had sung for Salazar at a private dinner in {h|1965}: “I sang for fishermen, never for him.”

She recorded 31 albums, and the last of them, “Casa 23”, was nominated for a Latin Grammy. She gave her final public concert at the São Luiz theatre on {i|3 May 2019}, aged 89. A farewell tour of Brazil planned for {j|the spring of 2020} was called off because of the pandemic.

In her last interview, broadcast by the public broadcaster RTP on {k|Sunday 26 September}, she said she had “sung every song I was given, and some I stole”.

The government has declared national mourning for {l|Monday}. Her funeral will be held at the Basílica da Estrela {m|the following day}, and friends are planning a tribute concert at the Coliseu dos Recreios in {n|December}.
""", {
    "a": ("DATE", "2021-10-07"), "b": ("DURATION", "PXM"), "c": ("DATE", "1930-05-03"),
    "d": ("DATE", "1951"), "e": ("DATE", "1966-11-12"), "f": ("DURATION", "PT11M"),
    "g": ("DATE", "2004"), "h": ("DATE", "1965"), "i": ("DATE", "2019-05-03"),
    "j": ("DATE", "2020-SP"), "k": ("DATE", "2021-09-26"), "l": ("DATE", "2021-10-11"),
    "m": ("DATE", "2021-10-12"), "n": ("DATE", "2021-12"),
}, [
    ev("a", "other", "reported", ["Celeste Varela"], "Fado singer Celeste Varela dies at her home in Lisbon"),
    ev("c", "other", "reported", ["Celeste Varela"], "Celeste Varela is born in Lisbon's Mouraria district"),
    ev("d", "other", "reported", ["Celeste Varela"], "Varela's first record, a 78 rpm disc, comes out"),
    ev("e", "other", "reported", ["Celeste Varela"], "Varela sells out Carnegie Hall in New York"),
    ev("g", "statement", "reported", ["Celeste Varela"], "Varela denies singing for Salazar at a private dinner"),
    ev("h", "other", "negated", ["Celeste Varela", "Salazar"], "Varela sings for Salazar at a private dinner"),
    ev("i", "other", "reported", ["Celeste Varela"], "Varela gives her final public concert at the São Luiz"),
    ev("j", "other", "cancelled", ["Celeste Varela"], "Varela's farewell tour of Brazil is called off"),
    ev("k", "statement", "reported", ["Celeste Varela"], "Varela gives her last interview, broadcast by RTP"),
    ev("l", "other", "scheduled", ["Portugal"], "Portugal holds a day of national mourning for Varela"),
    ev("m", "other", "scheduled", ["Celeste Varela"], "Varela's funeral at the Basílica da Estrela"),
    ev("n", "other", "planned", [], "Friends hold a tribute concert at the Coliseu dos Recreios"),
])

# ---------------------------------------------------------------- own13
# Football transfer saga, fan blog, no publication date. Bounds: past
# "Thursday 28 July" (a Thursday in 2011, 2016, 2022), past "January 2014",
# future "June 2018" -> 2016. The heading says "Monday", the bid was turned
# down "yesterday" after "Saturday"'s draw, the window shuts "Wednesday": dct
# Monday 2016-08-29. The heading's "Monday" and the second "Wednesday" (an
# opinion) carry no event. Distractors: No. 3, £9.5m, 2-2, 41 goals in 112
# games, £140,000, £400,000.
doc("own13", "2016-08-29", """
The Terrace Talk · A Kingsford Athletic fan blog

{a|Monday} musings: bid No. 3 knocked back, and the Boateng clock is ticking

Right, deep breath. Here is where we are with Yaw Boateng, with the transfer window slamming shut at {b|11 p.m.} on {c|Wednesday}.

The board turned down Académico Faro’s third bid, £9.5m plus £2m in add-ons, {d|yesterday}. Their first offer, £6m, came in on {e|Thursday 28 July}, and the second, £7.25m, {f|a fortnight later}. Faro are expected to come back with a fourth {g|tomorrow}, and I can’t see the board holding out much longer.

Boateng was left out of the squad for {h|Saturday}’s 2-2 draw with Millbrook Town, which says it all. At his press conference {i|this morning}, Gareth Pryce said the club “will not sell our best player on the cheap”. He also denied that Boateng had refused to train on {j|Thursday}, which is what half of Twitter was saying. Fine. I believe him. Mostly.

Then there is the agent, Luís Carvalho, who told a Portuguese paper {k|last week} that he would take the club to FIFA by {l|the end of September} if Boateng’s unpaid £140,000 loyalty bonus was not settled. Lovely.

Remember, we signed Boateng from Tema Harbour in {m|January 2014} for £400,000, and he has scored 41 goals in 112 games since. His contract runs to {n|June 2018}, so this is our last chance to get proper money for him.

My view? Take the cash, buy a centre-back before {o|Wednesday} and move on. Comments below, keep it civil.
""", {
    "a": ("DATE", "2016-08-29"), "b": ("TIME", "2016-08-31T23:00"), "c": ("DATE", "2016-08-31"),
    "d": ("DATE", "2016-08-28"), "e": ("DATE", "2016-07-28"), "f": ("DATE", "2016-08-11"),
    "g": ("DATE", "2016-08-30"), "h": ("DATE", "2016-08-27"), "i": ("TIME", "2016-08-29TMO"),
    "j": ("DATE", "2016-08-25"), "k": ("DATE", "2016-W34"), "l": ("DATE", "2016-09", "END"),
    "m": ("DATE", "2014-01"), "n": ("DATE", "2018-06"), "o": ("DATE", "2016-08-31"),
}, [
    ev("c", "other", "scheduled", [], "Summer transfer window closes"),
    ev("d", "other", "reported", ["Kingsford Athletic", "Académico Faro", "Yaw Boateng"], "Kingsford board rejects Faro's third bid for Boateng"),
    ev("e", "other", "reported", ["Académico Faro", "Kingsford Athletic", "Yaw Boateng"], "Académico Faro make a first £6m offer for Boateng"),
    ev("f", "other", "reported", ["Académico Faro", "Kingsford Athletic", "Yaw Boateng"], "Faro make a second offer of £7.25m"),
    ev("g", "other", "expected", ["Académico Faro", "Kingsford Athletic", "Yaw Boateng"], "Faro come back with a fourth bid for Boateng"),
    ev("h", "other", "reported", ["Kingsford Athletic", "Millbrook Town"], "Kingsford draw 2-2 with Millbrook Town without Boateng"),
    ev("i", "statement", "reported", ["Kingsford Athletic", "Gareth Pryce"], "Pryce says Kingsford will not sell Boateng on the cheap"),
    ev("j", "other", "negated", ["Yaw Boateng"], "Boateng refuses to train"),
    ev("k", "statement", "reported", ["Luís Carvalho"], "Agent Carvalho threatens to take Kingsford to FIFA"),
    ev("l", "legal", "threatened", ["Luís Carvalho", "Kingsford Athletic", "FIFA"], "Carvalho takes Kingsford to FIFA over an unpaid bonus"),
    ev("m", "other", "reported", ["Yaw Boateng", "Tema Harbour", "Kingsford Athletic"], "Kingsford sign Boateng from Tema Harbour for £400,000"),
])

# ---------------------------------------------------------------- own14
# Quarterly results, company release with a dateline = dct (Thursday). The
# heading's range "January–September 2020", the guidance year, "a year
# earlier" and the dateline carry no event. The 11:00 webcast is a clock time
# standing alone. Distractors: EUR figures and the bracketed comparisons,
# 12–15%, 5–10%, the phone number +358 40 555 2020.
doc("own14", "2020-10-22", """
Kuura Robotics Plc – Interim report {a|January}–{b|September 2020}

Orders jump 41% as warehouses automate; Kuura raises its outlook

HELSINKI, {c|22 October 2020} (Company release, {d|08:00 EEST}) – Kuura Robotics Plc (Nasdaq Helsinki: KUURA), which makes autonomous robots for warehouses, {e|today} published its results for {f|the third quarter} and raised its revenue guidance for {g|2020}.

{h|July}–{i|September 2020} in brief:
• Orders received rose 41% to EUR 212.4 million (150.6)
• Revenue increased 18% to EUR 164.0 million (139.0)
• Comparable operating profit was EUR 19.7 million (12.2), or 12.0% of revenue
• Figures in brackets refer to {j|the same period a year earlier}

Outlook: Kuura expects its revenue for {k|2020} to grow by 12–15% (previous outlook: 5–10%).

President and CEO Aino Lehtonen: “Online grocers are automating faster than anyone expected. On {l|14 October} we signed the largest contract in our history, a EUR 38 million order from the German grocer Hallbach.”

The acquisition of the Danish software company Pickwise ApS, announced on {m|2 September}, is expected to be completed in {n|the fourth quarter}. Kuura plans to open a second assembly plant, in Oulu, in {o|the first half of 2021}.

On {p|Tuesday}, Kuura denied a report in the business press that it had held merger talks with the Swedish company Lindqvist Automation in {q|September}.

Because of COVID-19 restrictions, the Capital Markets Day planned for {r|19 November} has been postponed to {s|the spring of 2021}.

Financial statements bulletin: {t|Thursday 4 February 2021}

A webcast for analysts and media starts at {u|11:00 EEST}. Investor relations: +358 40 555 2020.
""", {
    "a": ("DATE", "2020-01"), "b": ("DATE", "2020-09"), "c": ("DATE", "2020-10-22"),
    "d": ("TIME", "2020-10-22T08:00"), "e": ("DATE", "2020-10-22"), "f": ("DATE", "2020-Q3"),
    "g": ("DATE", "2020"), "h": ("DATE", "2020-07"), "i": ("DATE", "2020-09"),
    "j": ("DATE", "2019-Q3"), "k": ("DATE", "2020"), "l": ("DATE", "2020-10-14"),
    "m": ("DATE", "2020-09-02"), "n": ("DATE", "2020-Q4"), "o": ("DATE", "2021-H1"),
    "p": ("DATE", "2020-10-20"), "q": ("DATE", "2020-09"), "r": ("DATE", "2020-11-19"),
    "s": ("DATE", "2021-SP"), "t": ("DATE", "2021-02-04"), "u": ("TIME", "2020-10-22T11:00"),
}, [
    ev("e", "economic", "reported", ["Kuura Robotics"], "Kuura Robotics publishes third-quarter results and raises guidance"),
    ev("h", "economic", "reported", ["Kuura Robotics"], "Kuura's orders rise 41% and revenue 18%", end="i"),
    ev("l", "economic", "reported", ["Kuura Robotics", "Hallbach"], "Kuura signs a EUR 38 million order from grocer Hallbach"),
    ev("m", "economic", "reported", ["Kuura Robotics", "Pickwise"], "Kuura announces its acquisition of Danish software firm Pickwise"),
    ev("n", "economic", "expected", ["Kuura Robotics", "Pickwise"], "Kuura completes its acquisition of Pickwise"),
    ev("o", "other", "planned", ["Kuura Robotics"], "Kuura opens a second assembly plant in Oulu"),
    ev("p", "statement", "reported", ["Kuura Robotics"], "Kuura denies a report of merger talks with Lindqvist Automation"),
    ev("q", "talks", "negated", ["Kuura Robotics", "Lindqvist Automation"], "Kuura holds merger talks with Lindqvist Automation"),
    ev("r", "meeting", "cancelled", ["Kuura Robotics"], "Kuura's Capital Markets Day is postponed"),
    ev("s", "meeting", "scheduled", ["Kuura Robotics"], "Kuura holds its postponed Capital Markets Day"),
    ev("t", "economic", "scheduled", ["Kuura Robotics"], "Kuura publishes its financial statements bulletin"),
    ev("u", "meeting", "scheduled", ["Kuura Robotics"], "Results webcast for analysts and media"),
])

# ---------------------------------------------------------------- own15
# Hospital strike, union media release, no publication date. Bounds: past
# "Monday 5 June" (a Monday in 2017, 2023, 2028), future "Saturday 1 July"
# (a Saturday in 2017, 2023) -> 2023. The minister spoke "Thursday", talks
# broke down "last night", the rally was planned for "tomorrow" (a Saturday):
# dct Friday 2023-06-16. "the day of the strike" counts from "Wednesday".
# Distractors: six hospitals, 3.5%, 91%, 600 appointments, 7,800 members,
# the phone number 0412 555 019.
doc("own15", "2023-06-16", """
MEDIA RELEASE · For immediate use

Allied health staff at six Melbourne hospitals to walk out after pay talks collapse

Physiotherapists, radiographers, pharmacists and other allied health staff at six public hospitals in Melbourne will strike for {a|24 hours} from {b|7 a.m.} on {c|Wednesday}, the Allied Health Union Victoria (AHUV) announced {d|today}, after a final round of pay talks with the Department of Health broke down {e|last night}.

It will be the first all-out strike by allied health workers in Victoria since {f|1998}. Members held a {g|four-hour} stoppage on {h|25 May}, and in a ballot that closed on {i|Monday 5 June}, 91% voted for further action.

“Our members have waited {j|three years} for a fair offer,” AHUV secretary Priya Raman said. “If the government does not come back with something better, we will call a {k|48-hour} strike from {l|3 July}.”

Health Minister Rosalind Barker said on {m|Thursday} that the government’s offer of 3.5% {n|a year} over {o|four years} was “fair and generous”. She denied that departmental negotiators had walked out of a meeting with the union on {p|9 June}, as the AHUV has claimed.

Hospitals will postpone about 600 non-urgent outpatient appointments on {q|the day of the strike}, and emergency departments will run with minimum staffing. Patients will be contacted by text message.

The union has put off a rally outside Parliament House, which had been planned for {r|tomorrow}, to {s|Saturday 1 July}, so that members can prepare for the strike. The Fair Work Commission is expected to call both sides to a conciliation conference {t|next week}.

The AHUV represents about 7,800 members. Media contact: Sam Okoro, 0412 555 019.
""", {
    "a": ("DURATION", "PT24H"), "b": ("TIME", "2023-06-21T07:00"), "c": ("DATE", "2023-06-21"),
    "d": ("DATE", "2023-06-16"), "e": ("TIME", "2023-06-15TNI"), "f": ("DATE", "1998"),
    "g": ("DURATION", "PT4H"), "h": ("DATE", "2023-05-25"), "i": ("DATE", "2023-06-05"),
    "j": ("DURATION", "P3Y"), "k": ("DURATION", "PT48H"), "l": ("DATE", "2023-07-03"),
    "m": ("DATE", "2023-06-15"), "n": ("SET", "P1Y"), "o": ("DURATION", "P4Y"),
    "p": ("DATE", "2023-06-09"), "q": ("DATE", "2023-06-21"), "r": ("DATE", "2023-06-17"),
    "s": ("DATE", "2023-07-01"), "t": ("DATE", "2023-W25"),
}, [
    ev("c", "other", "scheduled", ["Allied Health Union Victoria"], "Allied health staff at six Melbourne hospitals strike for 24 hours"),
    ev("d", "statement", "reported", ["Allied Health Union Victoria"], "Union announces the strike and threatens a 48-hour walkout"),
    ev("e", "talks", "reported", ["Allied Health Union Victoria", "Victoria"], "Final round of pay talks with the Department of Health collapses"),
    ev("h", "other", "reported", ["Allied Health Union Victoria"], "Allied health staff hold a four-hour stoppage"),
    ev("i", "election", "reported", ["Allied Health Union Victoria"], "91% of union members vote for further action"),
    ev("l", "other", "threatened", ["Allied Health Union Victoria"], "Union calls a 48-hour strike"),
    ev("m", "statement", "reported", ["Victoria", "Rosalind Barker"], "Health minister calls the 3.5% pay offer fair and generous"),
    ev("p", "talks", "negated", ["Victoria", "Allied Health Union Victoria"], "Department negotiators walk out of a meeting with the union"),
    ev("q", "other", "scheduled", [], "Hospitals postpone about 600 non-urgent outpatient appointments"),
    ev("r", "other", "cancelled", ["Allied Health Union Victoria"], "Union rally outside Parliament House is put off"),
    ev("s", "other", "scheduled", ["Allied Health Union Victoria"], "Union rally outside Parliament House"),
    ev("t", "meeting", "expected", ["Fair Work Commission", "Allied Health Union Victoria", "Victoria"], "Fair Work Commission holds a conciliation conference"),
])

# ---------------------------------------------------------------- own16
# Space mission, science site with its own "Published:" line = dct (Tuesday).
# "four days later" counts from "2 April"; "this Thursday" is in the dct's
# week; past bare "October" -> 2025. Distractors: the asteroid 2013 VR4,
# Ariane 62, 850 km, 1.4-km, €310 million.
doc("own16", "2026-04-14", """
Published: {a|Tuesday, 14 April 2026}

Space › Missions

Corvus probe back on course for asteroid flyby after safe-mode scare

The European Space Agency’s Corvus probe is healthy again and on course for its flyby of the near-Earth asteroid 2013 VR4, mission controllers at ESOC in Darmstadt said on {b|Monday}.

The spacecraft switched itself into safe mode at {c|21:47 UTC} on {d|2 April} after one of its two star trackers reported a fault. Engineers regained full control {e|four days later}, after {f|more than 90 hours} of nervous waiting. “For a while we were flying blind,” said mission manager Sofie Lindahl.

A trajectory correction burn that had been planned for {g|8 April} was called off during the recovery. It will now be carried out {h|this Thursday}, so that Corvus passes 850 km from the 1.4-km asteroid on {i|22 April} at {j|about 06:30 UTC}.

Its cameras and spectrometers will observe the rock from {k|19} to {l|25 April}. Because the probe’s antenna is small, the data will take {m|about two weeks} to reach Earth, and the first images are expected to be released on {n|30 April}.

Corvus is the smallest deep-space mission ESA has flown. Its member states agreed to fund it, for €310 million, at their ministerial council in Seville in {o|November 2019}, and it was launched on an Ariane 62 rocket from Kourou on {p|5 December 2024}. It swung past Earth in {q|October}, using the planet’s gravity to bend its path towards 2013 VR4.

If all goes well, ESA plans to send Corvus on to a second, smaller asteroid in {r|2028}. Under the mission’s open-data policy, every raw image is posted online within {s|24 hours} of reaching the ground.
""", {
    "a": ("DATE", "2026-04-14"), "b": ("DATE", "2026-04-13"), "c": ("TIME", "2026-04-02T21:47Z"),
    "d": ("DATE", "2026-04-02"), "e": ("DATE", "2026-04-06"), "f": ("DURATION", "PT90H", "MORE_THAN"),
    "g": ("DATE", "2026-04-08"), "h": ("DATE", "2026-04-16"), "i": ("DATE", "2026-04-22"),
    "j": ("TIME", "2026-04-22T06:30Z", "APPROX"), "k": ("DATE", "2026-04-19"), "l": ("DATE", "2026-04-25"),
    "m": ("DURATION", "P2W", "APPROX"), "n": ("DATE", "2026-04-30"), "o": ("DATE", "2019-11"),
    "p": ("DATE", "2024-12-05"), "q": ("DATE", "2025-10"), "r": ("DATE", "2028"),
    "s": ("DURATION", "PT24H"),
}, [
    ev("b", "statement", "reported", ["European Space Agency"], "ESA says the Corvus probe is healthy and on course"),
    ev("d", "other", "reported", ["European Space Agency"], "Corvus switches into safe mode after a star tracker fault"),
    ev("e", "other", "reported", ["European Space Agency"], "Engineers regain full control of Corvus"),
    ev("g", "other", "cancelled", ["European Space Agency"], "Planned Corvus trajectory correction burn is called off"),
    ev("h", "other", "scheduled", ["European Space Agency"], "Corvus carries out its trajectory correction burn"),
    ev("i", "other", "scheduled", ["European Space Agency"], "Corvus flies 850 km past asteroid 2013 VR4"),
    ev("k", "other", "scheduled", ["European Space Agency"], "Corvus observes the asteroid with cameras and spectrometers", end="l"),
    ev("n", "other", "expected", ["European Space Agency"], "First Corvus images of the asteroid are released"),
    ev("o", "supply", "reported", ["European Space Agency"], "ESA member states agree to fund Corvus in Seville"),
    ev("p", "other", "reported", ["European Space Agency"], "Corvus launched on an Ariane 62 rocket from Kourou"),
    ev("q", "other", "reported", ["European Space Agency"], "Corvus swings past Earth for a gravity assist"),
    ev("r", "other", "planned", ["European Space Agency"], "ESA sends Corvus on to a second asteroid"),
])



if __name__ == "__main__":
    ownbuild.write(DOCS, OUT)
