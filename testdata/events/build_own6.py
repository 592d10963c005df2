#!/usr/bin/env python3
"""Build own6.jsonl (own41..own48) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed by the shared builder ownbuild.py as UTF-8 byte
offsets, never typed by hand.

Record keys follow own5.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Publication dates: own41 ("Updated:" line), own42 (wire dateline with a
year), own45 ("Published:" line) and own46 (wire dateline without a year)
print theirs; own43, own44, own47 and own48 do not, and the notes above each
article say how the text bounds the date.

The gold was written from the texts and the conventions alone, without
running the timeline tool on them or looking at its output.

Run: python3 build_own6.py   (writes own6.jsonl next to this file and checks
every record; it exits non-zero on any failure)
"""
import functools
import os

import ownbuild
from ownbuild import ev, iso_week, last_wd, next_week_wd, next_wd, this_week_wd, wd, years_with

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own6.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)


# ---------------------------------------------------------------- own41
# Water-main burst and boil-water notice, local paper with its own
# "Updated:" line = dct (Tuesday 17 January 2017), DATE + TIME, no event;
# the line's "14:05 GMT" keeps its Z. "about 3.15am" + "Sunday" is one
# moment: the DATE anchors the burst. "6pm" + "the same day" (anaphoric,
# back to Sunday) is one moment: the DATE anchors the notice. "yesterday
# morning" is one TIME standing alone (the restored supply). "Thursday" and
# "Friday" are ahead; "Monday" and "yesterday" are the same past day but
# two events (the council's threat, the director's denial). The denial of a
# burst "last March" (said in January: 2016-03) gives a statement row and a
# negated row; the threat gives a statement row ("Monday") and a
# threatened row at its deadline "Friday". The meeting set for "tonight" (a
# TIME standing alone) is put back to "next Tuesday" (said on a Tuesday:
# the following ISO week, 24 January) at "7pm": cancelled + scheduled, the
# DATE anchors the new date. Future "March" (2017-03) and "the spring"
# (2017-SP). "Christmas" in a sentence that names "December 2014" is
# 2014-12-25; "without water over Christmas" is a state: no event. "the
# following year" counts from 2014. "every day" is a SET, "more than 12
# hours" and "two years" DURATIONs. Distractors: 24-inch main, the A49,
# 9,000 and 3,000 homes, £30, £1.2 million, the phone number 0800 052 2017.
assert wd("2017-01-17") == "Tuesday"
assert last_wd("2017-01-17", "Sunday") == "2017-01-15" and last_wd("2017-01-17", "Monday") == "2017-01-16"
assert next_wd("2017-01-17", "Thursday") == "2017-01-19" and next_wd("2017-01-17", "Friday") == "2017-01-20"
assert next_week_wd("2017-01-17", "Tuesday") == "2017-01-24"
assert iso_week("2017-01-17", -1) == "2017-W02"
doc("own41", "2017-01-17", """
Updated: {a|17 January 2017}, {b|14:05 GMT}

News › Hereford

Boil-water notice for 9,000 homes after trunk main bursts under A49

About 9,000 homes in north Hereford have been told to boil their tap water after a 24-inch trunk main burst under the A49 at {c|about 3.15am} on {d|Sunday}, flooding Holmer Road and cutting supplies for {e|more than 12 hours}.

Wye Valley Water issued the notice at {f|6pm} {g|the same day} after tests found coliform bacteria in its reservoir at Bobblestock. Supplies were restored {h|yesterday morning}, but the water is still not safe to drink unboiled. Results of a second round of tests are due on {i|Thursday}.

Bottled water is being handed out {j|every day} at the leisure centre car park on Holmer Road, and customers will get a £30 credit on their bills in {k|March}.

The company’s operations director, Gareth Pryce, {l|yesterday} denied that the same main had burst {m|last March}. “That was a smaller pipe half a mile away,” he said. Engineers had inspected the main {n|last week} and found no fault, he added.

Herefordshire Council said on {o|Monday} that it would bill the company for the road repairs if the A49 had not reopened by {p|Friday}.

A public meeting at Holmer village hall, which had been set for {q|tonight}, has been put back to {r|next Tuesday} at {s|7pm} so that the company’s engineers can attend. Residents with questions can call 0800 052 2017.

The regulator Ofwat said it planned to publish a review of the incident in {t|the spring}.

It is the third burst on the Wye Valley network in {u|two years}. In {v|December 2014} a main in Leominster failed and left 3,000 homes without water over {w|Christmas}; the company paid £1.2 million in compensation {x|the following year}.
""", {
    "a": ("DATE", "2017-01-17"), "b": ("TIME", "2017-01-17T14:05Z"),
    "c": ("TIME", "2017-01-15T03:15", "APPROX"), "d": ("DATE", "2017-01-15"),
    "e": ("DURATION", "PT12H", "MORE_THAN"), "f": ("TIME", "2017-01-15T18:00"),
    "g": ("DATE", "2017-01-15"), "h": ("TIME", "2017-01-16TMO"), "i": ("DATE", "2017-01-19"),
    "j": ("SET", "P1D"), "k": ("DATE", "2017-03"), "l": ("DATE", "2017-01-16"),
    "m": ("DATE", "2016-03"), "n": ("DATE", "2017-W02"), "o": ("DATE", "2017-01-16"),
    "p": ("DATE", "2017-01-20"), "q": ("TIME", "2017-01-17TNI"), "r": ("DATE", "2017-01-24"),
    "s": ("TIME", "2017-01-24T19:00"), "t": ("DATE", "2017-SP"), "u": ("DURATION", "P2Y"),
    "v": ("DATE", "2014-12"), "w": ("DATE", "2014-12-25"), "x": ("DATE", "2015"),
}, [
    ev("d", "disaster", "reported", [], "Trunk main bursts under the A49, flooding Holmer Road"),
    ev("g", "statement", "reported", ["Wye Valley Water"], "Wye Valley Water issues a boil-water notice for north Hereford"),
    ev("h", "other", "reported", ["Wye Valley Water"], "Water supplies to north Hereford are restored"),
    ev("i", "report", "scheduled", ["Wye Valley Water"], "Results of a second round of water tests are due"),
    ev("k", "economic", "scheduled", ["Wye Valley Water"], "Customers get a £30 credit on their water bills"),
    ev("l", "statement", "reported", ["Wye Valley Water", "Gareth Pryce"], "Operations director denies the same main burst last March"),
    ev("m", "disaster", "negated", [], "The same trunk main bursts"),
    ev("n", "report", "reported", ["Wye Valley Water"], "Engineers inspect the main and find no fault"),
    ev("o", "statement", "reported", ["Herefordshire Council"], "Council threatens to bill the company for the A49 repairs"),
    ev("p", "economic", "threatened", ["Herefordshire Council", "Wye Valley Water"], "Council bills Wye Valley Water for the A49 road repairs"),
    ev("q", "meeting", "cancelled", [], "Public meeting on the burst at Holmer village hall"),
    ev("r", "meeting", "scheduled", [], "Postponed public meeting on the burst at Holmer village hall"),
    ev("t", "report", "planned", ["Ofwat"], "Ofwat publishes a review of the incident"),
    ev("v", "disaster", "reported", [], "Leominster main fails, leaving 3,000 homes without water"),
    ev("x", "economic", "reported", ["Wye Valley Water"], "Company pays £1.2 million in compensation"),
])

# ---------------------------------------------------------------- own42
# Police corruption trial verdict, court report as wire copy with a dated
# dateline = dct (Thursday 19 November 2020), no event on the dateline.
# "Thursday" is the dct (the verdict). Future "2 February" (sentencing) is
# 2021; "next month" (an expected appeal) is 2020-12. "July of that year"
# points back to "March 2018" (2018-07) and "the following month" counts
# from it (2018-08). The range "between 2014 and 2017" dates the bribes.
# Past "August" (the testimony) is 2020-08; the denial gives a statement
# row there and a negated row on "3 October 2016". The dated threat
# ("Wednesday") gets a statement row and a threatened row at its deadline
# "the end of the year" (2020 END). "late 2017" is 2017 END. "said it would
# reopen ... starting in January" is a firm plan: scheduled (2021-01). The
# hearing set for "next Monday" (said on a Thursday: the following ISO
# week, 23 November) is postponed to "18 January": cancelled + scheduled.
# "last week" is 2020-W46. "almost four hours" is a DURATION with
# LESS_THAN. Distractors: case CC 43/2019, aged 54, 11 of 14 counts, R1.8
# million, R50,000, R200,000, R5 million, the N2, 23 dockets.
assert wd("2020-11-19") == "Thursday"
assert last_wd("2020-11-19", "Wednesday") == "2020-11-18"
assert next_week_wd("2020-11-19", "Monday") == "2020-11-23"
assert iso_week("2020-11-19", -1) == "2020-W46"
doc("own42", "2020-11-19", """
Durban police colonel guilty of taking bribes from taxi bosses

DURBAN, {a|19 November 2020} (Southern Wire) – A former police colonel was found guilty on {b|Thursday} of taking bribes from taxi bosses to drop murder investigations, ending a trial that opened in {c|September 2018}.

Judge Anele Govender of the Durban High Court convicted Sipho Mthembu, 54, on 11 of 14 counts of corruption in case CC 43/2019, after reading her judgment for {d|almost four hours}. Sentencing is set for {e|2 February}, and the defence is expected to appeal {f|next month}.

Mthembu, who was suspended in {g|March 2018}, was arrested in {h|July of that year} and granted bail of R50,000 {i|the following month}. Prosecutors said he took R1.8 million from taxi operators between {j|2014} and {k|2017}.

The court heard that on {l|14 June 2016} he met a taxi association chairman, Bongani Zulu, at a petrol station on the N2. Testifying in {m|August}, Mthembu denied that Zulu had paid him R200,000 on {n|3 October 2016}. The judge called his account “riddled with contradictions”.

Zulu, who faces a separate trial, said through his lawyer on {o|Wednesday} that he would sue the state for R5 million if the charges against him were not withdrawn by {p|the end of the year}.

The Independent Police Investigative Directorate, which began investigating Mthembu in {q|late 2017}, said it would reopen 23 murder dockets he had closed, starting in {r|January}.

A disciplinary hearing for two junior officers in the case, set for {s|next Monday}, has been postponed to {t|18 January} because a witness is ill. Mthembu’s brother was arrested {u|last week} on a charge of intimidating a witness.
""", {
    "a": ("DATE", "2020-11-19"), "b": ("DATE", "2020-11-19"), "c": ("DATE", "2018-09"),
    "d": ("DURATION", "PT4H", "LESS_THAN"), "e": ("DATE", "2021-02-02"), "f": ("DATE", "2020-12"),
    "g": ("DATE", "2018-03"), "h": ("DATE", "2018-07"), "i": ("DATE", "2018-08"),
    "j": ("DATE", "2014"), "k": ("DATE", "2017"), "l": ("DATE", "2016-06-14"),
    "m": ("DATE", "2020-08"), "n": ("DATE", "2016-10-03"), "o": ("DATE", "2020-11-18"),
    "p": ("DATE", "2020", "END"), "q": ("DATE", "2017", "END"), "r": ("DATE", "2021-01"),
    "s": ("DATE", "2020-11-23"), "t": ("DATE", "2021-01-18"), "u": ("DATE", "2020-W46"),
}, [
    ev("b", "legal", "reported", ["Durban High Court", "Sipho Mthembu"], "Former police colonel Sipho Mthembu found guilty of corruption"),
    ev("c", "legal", "reported", ["Sipho Mthembu"], "Mthembu's corruption trial opens"),
    ev("e", "legal", "scheduled", ["Durban High Court", "Sipho Mthembu"], "Mthembu is sentenced"),
    ev("f", "legal", "expected", ["Sipho Mthembu"], "Defence appeals against Mthembu's conviction"),
    ev("g", "legal", "reported", ["Sipho Mthembu"], "Mthembu is suspended from the police"),
    ev("h", "legal", "reported", ["Sipho Mthembu"], "Mthembu is arrested"),
    ev("i", "legal", "reported", ["Sipho Mthembu"], "Mthembu is granted bail of R50,000"),
    ev("j", "other", "reported", ["Sipho Mthembu"], "Mthembu takes R1.8 million in bribes from taxi operators", end="k"),
    ev("l", "meeting", "reported", ["Sipho Mthembu", "Bongani Zulu"], "Mthembu meets taxi boss Bongani Zulu at an N2 petrol station"),
    ev("m", "statement", "reported", ["Sipho Mthembu"], "Mthembu denies in court that Zulu paid him R200,000"),
    ev("n", "economic", "negated", ["Bongani Zulu", "Sipho Mthembu"], "Zulu pays Mthembu R200,000"),
    ev("o", "statement", "reported", ["Bongani Zulu"], "Zulu threatens to sue the state for R5 million"),
    ev("p", "legal", "threatened", ["Bongani Zulu", "South Africa"], "Zulu sues the state for R5 million"),
    ev("q", "legal", "reported", ["Independent Police Investigative Directorate", "Sipho Mthembu"], "IPID begins investigating Mthembu"),
    ev("r", "legal", "scheduled", ["Independent Police Investigative Directorate"], "IPID reopens 23 murder dockets Mthembu closed"),
    ev("s", "legal", "cancelled", [], "Disciplinary hearing for two junior officers"),
    ev("t", "legal", "scheduled", [], "Postponed disciplinary hearing for two junior officers"),
    ev("u", "legal", "reported", [], "Mthembu's brother arrested for intimidating a witness"),
])

# ---------------------------------------------------------------- own43
# Wine harvest and frost, wine trade press, no publication date. Bounds:
# "Thursday 14 September" (a Thursday in 2017, 2023 and 2028) is past and
# "a week later than last year, when picking started on 7 September 2022"
# makes last year 2022 -> 2023; export figures for "the first half of 2023"
# are already out and the conference on "Friday 24 November" (a Friday in
# 2023) is ahead.
# Past bare "Tuesday" (hail) and "Wednesday" (the threat), future "Monday"
# (the threatened walkout): the dct lies between Thursday 14 and Sunday 17
# September, where all these and "next week" (2023-W38) come out the same;
# "yesterday" comes after the harvest began, and the gold uses Saturday
# 2023-09-16 (a trade weekly). "last year" is 2022 (a comparison: no
# event). Past "21 April" and the range "19" to "23 April" are 2023;
# "May" (the denied aid request) is past, 2023-05; future "6 October",
# "23 September" (the postponed weekend), "28 October", "January" (a price
# forecast: timex only) and "next spring" (said in September: 2024-SP).
# "the following year" counts from "2021". "a week" (a gap in a
# comparison that dates nothing) and "seven years" are DURATIONs; "€11.52
# an hour" is a rate: SET PT1H.
# Storms "expected next week" are an expected happening. Distractors: 9%,
# 60 hectares, the D965 road, €11.52, 40,000 candles, 18%, 30 wind
# machines, -4C.
assert wd("2023-09-14") == "Thursday" and wd("2023-09-16") == "Saturday"
assert years_with(14, 9, "Thursday") == [2017, 2023, 2028] and years_with(24, 11, "Friday") == [2017, 2023, 2028]
assert last_wd("2023-09-16", "Tuesday") == "2023-09-12" and last_wd("2023-09-16", "Wednesday") == "2023-09-13"
assert next_wd("2023-09-16", "Monday") == "2023-09-18"
assert iso_week("2023-09-16", 1) == "2023-W38" and iso_week("2023-09-14", 1) == "2023-W38"
doc("own43", "2023-09-16", """
Vineyard Report

Chablis counts the cost of April frost as picking begins

Harvest began in Chablis on {a|Thursday 14 September}, {wk|a week} later than {b|last year}, when picking started on {x|7 September 2022}. Growers expect yields a third below normal after frost struck on {c|21 April}, when temperatures fell to -4C.

Growers lit about 40,000 candles and burners in the vineyards from {d|19} to {e|23 April} but could not save the lowest plots, said Claire Moreau, president of the Union des Vignerons de Chablis. Exports to the United States, the appellation’s biggest market, fell 9% in {f|the first half of 2023}.

Hail on {g|Tuesday} flattened a further 60 hectares around Fleys, along the D965, and more storms are expected {h|next week}. The union will publish its crop estimate on {i|6 October}.

Moreau {j|yesterday} denied a report in the regional press that the union had asked Paris for emergency aid in {k|May}. “We want insurance that works, not handouts,” she said.

Seasonal pickers, represented by the CGT union, threatened on {l|Wednesday} to walk out on {m|Monday} unless pay rose above €11.52 {hr|an hour}.

The Chablis Open Cellars weekend, which had been set for {n|23 September}, has been moved to {o|28 October} so that growers can finish picking. Moreau expects bottle prices to rise again in {p|January}.

Frost is becoming a habit: the region has been hit in four of the past {q|seven years}. Frost destroyed half the crop in {r|2021}, and prices for Petit Chablis rose 18% {s|the following year}. The union plans to install 30 wind machines before {t|next spring}, and the Burgundy wine board, the Bureau Interprofessionnel des Vins de Bourgogne, will hold a frost conference in Beaune on {u|Friday 24 November}.
""", {
    "a": ("DATE", "2023-09-14"), "wk": ("DURATION", "P1W"), "b": ("DATE", "2022"), "x": ("DATE", "2022-09-07"), "hr": ("SET", "PT1H"), "c": ("DATE", "2023-04-21"),
    "d": ("DATE", "2023-04-19"), "e": ("DATE", "2023-04-23"), "f": ("DATE", "2023-H1"),
    "g": ("DATE", "2023-09-12"), "h": ("DATE", "2023-W38"), "i": ("DATE", "2023-10-06"),
    "j": ("DATE", "2023-09-15"), "k": ("DATE", "2023-05"), "l": ("DATE", "2023-09-13"),
    "m": ("DATE", "2023-09-18"), "n": ("DATE", "2023-09-23"), "o": ("DATE", "2023-10-28"),
    "p": ("DATE", "2024-01"), "q": ("DURATION", "P7Y"), "r": ("DATE", "2021"),
    "s": ("DATE", "2022"), "t": ("DATE", "2024-SP"), "u": ("DATE", "2023-11-24"),
}, [
    ev("a", "other", "reported", [], "Grape harvest begins in Chablis"),
    ev("x", "other", "reported", [], "Chablis grape picking starts"),
    ev("c", "disaster", "reported", [], "Frost strikes the Chablis vineyards"),
    ev("d", "other", "reported", [], "Growers light 40,000 candles and burners in the vineyards", end="e"),
    ev("f", "economic", "reported", [], "Chablis exports to the United States fall 9%"),
    ev("g", "disaster", "reported", [], "Hail flattens 60 hectares of vines around Fleys"),
    ev("h", "disaster", "expected", [], "More storms hit the Chablis vineyards"),
    ev("i", "report", "scheduled", ["Union des Vignerons de Chablis"], "Growers' union publishes its crop estimate"),
    ev("j", "statement", "reported", ["Union des Vignerons de Chablis", "Claire Moreau"], "Union president denies asking Paris for emergency aid"),
    ev("k", "supply", "negated", ["Union des Vignerons de Chablis", "France"], "Growers' union asks the government for emergency frost aid"),
    ev("l", "statement", "reported", ["CGT"], "CGT threatens a walkout by seasonal grape pickers"),
    ev("m", "other", "threatened", ["CGT"], "Seasonal grape pickers walk out over pay"),
    ev("n", "other", "cancelled", [], "Chablis Open Cellars weekend"),
    ev("o", "other", "scheduled", [], "Postponed Chablis Open Cellars weekend"),
    ev("r", "disaster", "reported", [], "Frost destroys half the Chablis crop"),
    ev("s", "economic", "reported", [], "Petit Chablis prices rise 18%"),
    ev("t", "other", "planned", ["Union des Vignerons de Chablis"], "Union installs 30 wind machines against frost"),
    ev("u", "meeting", "scheduled", ["Bureau Interprofessionnel des Vins de Bourgogne"], "Burgundy wine board holds a frost conference in Beaune"),
])

# ---------------------------------------------------------------- own44
# Ransomware attack on a school district, question-and-answer explainer,
# no publication date. Bounds: "Friday, January 30" (a Friday in 2015 and
# 2026) comes after "October 2014" -> 2015; "Saturday" and "yesterday" are
# past, the schools are open "from today" (a school day) and "Tuesday",
# "Wednesday" and "Thursday" are ahead: dct Monday 2015-02-02. "5:50 a.m."
# stands alone in its clause and takes its day from Friday 30 January; "two
# hours later" counts from it (a TIME over the phrase, 07:50). "Saturday
# evening" is a TIME standing alone: it dates the note, i.e. the threat
# (statement row), and the threatened publication is on "February 6". The
# denial ("yesterday") gives a statement row and a negated row on "January
# 12". "the end of the month" is 2015-02 END. The forum set for "Thursday"
# is moved to "Feb. 19": cancelled + scheduled. "7 p.m." + "Tuesday" is
# one moment: the DATE anchors. "last week" is 2015-W05. "the following
# month" counts from October 2014. Distractors: 14 schools, 25 bitcoin,
# $6,000, the 4.9-mill levy, $48,000, the phone number 330-555-0199.
assert wd("2015-01-30") == "Friday" and wd("2015-02-02") == "Monday"
assert years_with(30, 1, "Friday") == [2015, 2026]
assert last_wd("2015-02-02", "Saturday") == "2015-01-31"
assert next_wd("2015-02-02", "Tuesday") == "2015-02-03" and next_wd("2015-02-02", "Wednesday") == "2015-02-04"
assert next_wd("2015-02-02", "Thursday") == "2015-02-05"
assert iso_week("2015-02-02", -1) == "2015-W05"
doc("own44", "2015-02-02", """
Explainer

Summit Valley schools hack: what parents need to know

What happened?
Hackers locked the Summit Valley School District’s computers with ransomware on {a|Friday, January 30}. A custodian noticed a ransom note on a screen at {b|5:50 a.m.}, and the district shut down its network {c|two hours later}. All 14 schools closed.

Did the district pay?
No. A second note, which appeared on staff screens on {d|Saturday evening}, demanded 25 bitcoin, about $6,000, and threatened to publish student records on {e|February 6} unless it was paid. Superintendent Karen Whitlock says the district will not pay.

Was the district warned?
Whitlock {f|yesterday} denied that the district had ignored a warning about the virus from the Ohio Department of Education on {g|January 12}. “We installed every patch we were sent,” she said.

Are schools open?
Yes, from {h|today}, but teachers are using paper registers. The district expects email to be back by {i|Wednesday} and its student records system by {j|the end of the month}.

Who is investigating?
The FBI’s Cleveland field office opened an inquiry on {k|Saturday}. Two districts in Michigan were hit by the same ransomware {l|last week}.

What about the levy?
A public forum on the 4.9-mill operating levy, set for {m|Thursday}, has been moved to {n|Feb. 19}. The levy goes to voters on {o|May 5}. The school board will hold an emergency session at {p|7 p.m.} on {q|Tuesday}.

Has this happened before?
Yes. In {r|October 2014} a phishing email cost the district $48,000, and it bought cyber insurance {s|the following month}.

Parents with questions can call the district on 330-555-0199.
""", {
    "a": ("DATE", "2015-01-30"), "b": ("TIME", "2015-01-30T05:50"), "c": ("TIME", "2015-01-30T07:50"),
    "d": ("TIME", "2015-01-31TEV"), "e": ("DATE", "2015-02-06"), "f": ("DATE", "2015-02-01"),
    "g": ("DATE", "2015-01-12"), "h": ("DATE", "2015-02-02"), "i": ("DATE", "2015-02-04"),
    "j": ("DATE", "2015-02", "END"), "k": ("DATE", "2015-01-31"), "l": ("DATE", "2015-W05"),
    "m": ("DATE", "2015-02-05"), "n": ("DATE", "2015-02-19"), "o": ("DATE", "2015-05-05"),
    "p": ("TIME", "2015-02-03T19:00"), "q": ("DATE", "2015-02-03"), "r": ("DATE", "2014-10"),
    "s": ("DATE", "2014-11"),
}, [
    ev("a", "attack", "reported", ["Summit Valley School District"], "Hackers lock the district's computers with ransomware"),
    ev("b", "other", "reported", [], "Custodian notices a ransom note on a screen"),
    ev("c", "other", "reported", ["Summit Valley School District"], "District shuts down its computer network"),
    ev("d", "statement", "reported", [], "Second ransom note demands 25 bitcoin and threatens to publish records"),
    ev("e", "other", "threatened", ["Summit Valley School District"], "Hackers publish student records"),
    ev("f", "statement", "reported", ["Summit Valley School District", "Karen Whitlock"], "Superintendent denies ignoring a state warning about the virus"),
    ev("g", "other", "negated", ["Summit Valley School District", "Ohio Department of Education"], "District ignores a state warning about the virus"),
    ev("h", "other", "reported", ["Summit Valley School District"], "Schools reopen without computers"),
    ev("i", "other", "expected", ["Summit Valley School District"], "District email is restored"),
    ev("j", "other", "expected", ["Summit Valley School District"], "Student records system is restored"),
    ev("k", "legal", "reported", ["Federal Bureau of Investigation"], "FBI Cleveland field office opens an inquiry"),
    ev("l", "attack", "reported", [], "Two Michigan school districts hit by the same ransomware"),
    ev("m", "meeting", "cancelled", ["Summit Valley School District"], "Public forum on the operating levy"),
    ev("n", "meeting", "scheduled", ["Summit Valley School District"], "Postponed public forum on the operating levy"),
    ev("o", "election", "scheduled", [], "Voters decide on the 4.9-mill operating levy"),
    ev("q", "meeting", "scheduled", ["Summit Valley School District"], "School board holds an emergency session"),
    ev("r", "attack", "reported", ["Summit Valley School District"], "Phishing email costs the district $48,000"),
    ev("s", "economic", "reported", ["Summit Valley School District"], "District buys cyber insurance"),
])

# ---------------------------------------------------------------- own45
# Museum repatriation, museum press release with its own "Published:" line
# = dct (Wednesday 11 March 2026), DATE + TIME, no event; "09:30 GMT" keeps
# its Z. "today" dates the announcement. "February 1874" and "1921" are
# history; "the 1950s" (195) begins a state ("on display since"): no
# event. "Monday" is past (9 March). "two years" is a DURATION. Past "10
# February" and "2 March"; future "25 March", "early May" (2026-05 START),
# "1 June", "20 March" and "the autumn" (2026-FA). The display "planned for
# this Saturday" (the dct's ISO week: 14 March) is postponed to "21 March":
# cancelled + scheduled. The denial ("yesterday") gives a statement row and
# a negated row on "last year" (2025). The dated threat ("2 March") gets a
# statement row and a threatened row at its deadline "20 March". "three
# years ago" is 2023. Troops of a state count as the state (United
# Kingdom). Distractors: 17 items, Gallery 6, the accession series
# 1921.44, £250,000, the phone number 0117 922 3571.
assert wd("2026-03-11") == "Wednesday"
assert last_wd("2026-03-11", "Monday") == "2026-03-09"
assert this_week_wd("2026-03-11", "Saturday") == "2026-03-14"
doc("own45", "2026-03-11", """
Published: {a|Wednesday 11 March 2026}, {b|09:30 GMT}

Press release

Avon Museum of World Cultures to return Asante regalia to Kumasi

The trustees of the Avon Museum of World Cultures in Bristol have agreed to return 17 items of Asante royal regalia to Ghana, the museum announced {c|today}.

The objects, among them a gold soul-washer’s badge and two ceremonial swords, were seized by British troops in Kumasi in {d|February 1874} and given to the museum by an officer’s family in {e|1921}. Catalogued as accession series 1921.44, most have been on show in Gallery 6 since {f|the 1950s}.

The trustees voted unanimously for the return at a meeting on {g|Monday}, {h|two years} after the Manhyia Palace Museum in Kumasi lodged a formal claim in {i|January 2024}. The Charity Commission authorised the transfer on {j|10 February}.

Director Helen Okafor-Reid and a Ghanaian delegation will sign the transfer agreement in Bristol on {k|25 March}. The regalia will be flown to Accra in {l|early May} and go on show in Kumasi from {m|1 June}.

A farewell display, planned for {n|this Saturday}, has been postponed to {o|21 March} to allow more school groups to attend.

The museum {p|yesterday} rejected a newspaper report that it had asked Ghana for £250,000 towards conservation costs {q|last year}. “No payment was requested,” Okafor-Reid said.

The campaign group Heritage Retained said on {r|2 March} that it would seek a judicial review in the High Court unless the museum halted the return by {s|20 March}.

The museum returned a carved stool to Ghana {t|three years ago}, and a delegation from the Manhyia Palace Museum is expected to visit Bristol in {u|the autumn}.

Press enquiries: 0117 922 3571.
""", {
    "a": ("DATE", "2026-03-11"), "b": ("TIME", "2026-03-11T09:30Z"), "c": ("DATE", "2026-03-11"),
    "d": ("DATE", "1874-02"), "e": ("DATE", "1921"), "f": ("DATE", "195"),
    "g": ("DATE", "2026-03-09"), "h": ("DURATION", "P2Y"), "i": ("DATE", "2024-01"),
    "j": ("DATE", "2026-02-10"), "k": ("DATE", "2026-03-25"), "l": ("DATE", "2026-05", "START"),
    "m": ("DATE", "2026-06-01"), "n": ("DATE", "2026-03-14"), "o": ("DATE", "2026-03-21"),
    "p": ("DATE", "2026-03-10"), "q": ("DATE", "2025"), "r": ("DATE", "2026-03-02"),
    "s": ("DATE", "2026-03-20"), "t": ("DATE", "2023"), "u": ("DATE", "2026-FA"),
}, [
    ev("c", "statement", "reported", ["Avon Museum of World Cultures"], "Museum announces it will return 17 Asante regalia items to Ghana"),
    ev("d", "other", "reported", ["United Kingdom"], "British troops seize the regalia in Kumasi"),
    ev("e", "other", "reported", ["Avon Museum of World Cultures"], "Officer's family gives the regalia to the museum"),
    ev("g", "meeting", "reported", ["Avon Museum of World Cultures"], "Trustees vote unanimously to return the regalia"),
    ev("i", "other", "reported", ["Manhyia Palace Museum", "Avon Museum of World Cultures"], "Manhyia Palace Museum lodges a formal claim for the regalia"),
    ev("j", "legal", "reported", ["Charity Commission"], "Charity Commission authorises the transfer"),
    ev("k", "agreement", "scheduled", ["Avon Museum of World Cultures", "Helen Okafor-Reid", "Ghana"], "Museum and Ghanaian delegation sign the transfer agreement in Bristol"),
    ev("l", "supply", "scheduled", ["Avon Museum of World Cultures", "Ghana"], "Regalia are flown to Accra"),
    ev("m", "other", "scheduled", ["Manhyia Palace Museum"], "Returned regalia go on show in Kumasi"),
    ev("n", "other", "cancelled", ["Avon Museum of World Cultures"], "Farewell display of the regalia"),
    ev("o", "other", "scheduled", ["Avon Museum of World Cultures"], "Postponed farewell display of the regalia"),
    ev("p", "statement", "reported", ["Avon Museum of World Cultures"], "Museum rejects report it asked Ghana for £250,000"),
    ev("q", "economic", "negated", ["Avon Museum of World Cultures", "Ghana"], "Museum asks Ghana for £250,000 towards conservation costs"),
    ev("r", "statement", "reported", ["Heritage Retained"], "Heritage Retained threatens to seek a judicial review"),
    ev("s", "legal", "threatened", ["Heritage Retained", "Avon Museum of World Cultures"], "Heritage Retained seeks a judicial review of the return"),
    ev("t", "other", "reported", ["Avon Museum of World Cultures", "Ghana"], "Museum returns a carved stool to Ghana"),
    ev("u", "visit", "expected", ["Manhyia Palace Museum", "United Kingdom"], "Manhyia Palace Museum delegation visits Bristol"),
])

# ---------------------------------------------------------------- own46
# Rail strike ballot, wire copy with a dateline WITHOUT a year ("UTRECHT,
# October 4") = dct, no event on it. Bounds for the year: "Friday" is the
# dateline day (4 October is a Friday in 2013, 2019, 2024 and 2030); the first
# national strike "in 15 years" after the last one on "14 June 2004", past
# "May 2018" and the coming "2020 timetable" -> Friday 2019-10-04. "noon" +
# "Thursday" is one moment: the DATE anchors the ballot's close (a vote:
# `election`). The dated threat ("Friday", the dct) gets a statement row
# and a threatened row on the strike date "Monday 21 October"; the
# deadline "October 15" is a condition: timex only. "10 a.m." + "Tuesday"
# is one moment: the DATE anchors. "the following day" counts from
# "September 12". The denial ("yesterday") gives a statement row and a
# negated row on past "July". "next month" (2019-11) dates an expected
# ruling. The debate set for "October 10" is postponed to "November 7":
# cancelled + scheduled. "the 2020 timetable" is a year as a modifier:
# timex, no event. Future "15 December" and "1 January" (2020-01-01).
# "last week" is 2019-W39. "24-hour", "four-hour" and "two days" are
# DURATIONs. Distractors: 9,412 members,
# 78.6%, 2.5%, 1.1 million passengers, intercity route 800, 2.9%.
assert wd("2019-10-04") == "Friday" and years_with(4, 10, "Friday") == [2013, 2019, 2024, 2030]
assert last_wd("2019-10-04", "Thursday") == "2019-10-03" and next_wd("2019-10-04", "Tuesday") == "2019-10-08"
assert wd("2019-10-21") == "Monday" and 2004 + 15 == 2019
assert iso_week("2019-10-04", -1) == "2019-W39"
doc("own46", "2019-10-04", """
Dutch rail staff vote to strike over pay

UTRECHT, {a|October 4} (Benelux Wire) - Train drivers and conductors at Holland Rail have voted for a {b|24-hour} national strike, raising the prospect of the first nationwide rail stoppage in the Netherlands in {c|15 years}.

Of the 9,412 members who voted in the ballot, which closed at {d|noon} on {e|Thursday}, 78.6% backed the walkout. VSB union leader Marieke de Vos said on {f|Friday} that staff would strike on {g|Monday 21 October} unless Holland Rail improved its 2.5% pay offer by {h|October 15}.

The two sides will meet at the company’s Utrecht headquarters at {i|10 a.m.} on {j|Tuesday}. Holland Rail made its offer on {k|September 12}, and the union rejected it {l|the following day}.

The company {m|yesterday} denied union claims that it had scrapped a bonus payment due in {n|July}. An arbitration panel could rule {o|next month} if the talks fail.

The transport ministry has postponed a parliamentary debate on rail funding, set for {p|October 10}, to {q|November 7}.

The last national strike, on {r|14 June 2004}, stranded about 1.1 million passengers. Regional staff in Groningen held a {s|four-hour} stoppage in {t|May 2018}, and rail workers in neighbouring Belgium struck for {x|two days} {y|last week} over pensions.

Holland Rail’s {u|2020} timetable, which adds trains on intercity route 800 between Amsterdam and Eindhoven, takes effect on {v|15 December}, and fares rise 2.9% from {w|1 January}.
""", {
    "a": ("DATE", "2019-10-04"), "b": ("DURATION", "PT24H"), "c": ("DURATION", "P15Y"),
    "d": ("TIME", "2019-10-03T12:00"), "e": ("DATE", "2019-10-03"), "f": ("DATE", "2019-10-04"),
    "g": ("DATE", "2019-10-21"), "h": ("DATE", "2019-10-15"), "i": ("TIME", "2019-10-08T10:00"),
    "j": ("DATE", "2019-10-08"), "k": ("DATE", "2019-09-12"), "l": ("DATE", "2019-09-13"),
    "m": ("DATE", "2019-10-03"), "n": ("DATE", "2019-07"), "o": ("DATE", "2019-11"),
    "p": ("DATE", "2019-10-10"), "q": ("DATE", "2019-11-07"), "r": ("DATE", "2004-06-14"),
    "s": ("DURATION", "PT4H"), "t": ("DATE", "2018-05"), "u": ("DATE", "2020"),
    "x": ("DURATION", "P2D"), "y": ("DATE", "2019-W39"),
    "v": ("DATE", "2019-12-15"), "w": ("DATE", "2020-01-01"),
}, [
    ev("e", "election", "reported", ["VSB", "Holland Rail"], "Holland Rail staff vote for a 24-hour national strike"),
    ev("f", "statement", "reported", ["VSB", "Marieke de Vos"], "VSB leader threatens a national rail strike"),
    ev("g", "other", "threatened", ["VSB", "Holland Rail"], "Holland Rail staff hold a 24-hour national strike"),
    ev("j", "talks", "scheduled", ["VSB", "Holland Rail"], "Union and Holland Rail meet for pay talks in Utrecht"),
    ev("k", "talks", "reported", ["Holland Rail", "VSB"], "Holland Rail makes a 2.5% pay offer"),
    ev("l", "statement", "reported", ["VSB", "Holland Rail"], "Union rejects Holland Rail's pay offer"),
    ev("m", "statement", "reported", ["Holland Rail"], "Holland Rail denies scrapping a bonus payment"),
    ev("n", "economic", "negated", ["Holland Rail"], "Holland Rail scraps a bonus payment"),
    ev("o", "legal", "expected", [], "Arbitration panel rules on the pay dispute"),
    ev("p", "meeting", "cancelled", ["Netherlands"], "Parliamentary debate on rail funding"),
    ev("q", "meeting", "scheduled", ["Netherlands"], "Postponed parliamentary debate on rail funding"),
    ev("r", "other", "reported", [], "National rail strike strands about 1.1 million passengers"),
    ev("t", "other", "reported", [], "Regional rail staff in Groningen hold a four-hour stoppage"),
    ev("y", "other", "reported", [], "Belgian rail workers strike for two days over pensions"),
    ev("v", "other", "scheduled", ["Holland Rail"], "Holland Rail's 2020 timetable takes effect"),
    ev("w", "economic", "scheduled", ["Holland Rail"], "Holland Rail fares rise 2.9%"),
])

# ---------------------------------------------------------------- own47
# Chess tournament, live updates, no publication date. The header line
# "Tallinn, Sunday 14 November" is the day of the blog (a dateline-like
# header: timex, no event). Bounds: 14 November is a Sunday in 2010, 2021
# and 2027; the event was "called off in 2020" and the next one is in
# "March 2022" -> dct Sunday 2021-11-14. Entries are in reverse order; an
# entry time anchors what happened at it (the draw offer at 17:20, Holm's
# defeat at 15:45, the round's start at 14:00). The closing ceremony "set for
# 19:00" is moved to "20:30": two TIMEs standing alone, cancelled +
# scheduled. Past "Thursday" (phone found), "the following day" (Friday
# 12 November, the forfeit) and "Wednesday" (the denied phone use);
# "yesterday" dates the denial (statement row) and the negated row is on
# "Wednesday". "this morning" (TIME, alone) dates the threat, the
# threatened complaint is on "Tuesday" (16 November). "Saturday" is past
# (13 November). The range "6" to "14 November" dates the tournament.
# "since 1998" is a state: timex, no event. "next year" (2022) is a
# modifier of the edition dated "March 2022", which anchors it. Future "4
# December". Distractors: 7/9 points, 41 and 52 moves, move 30, rating
# 2587, round numbers, the €10,000 prize.
assert wd("2021-11-14") == "Sunday" and years_with(14, 11, "Sunday") == [2010, 2021, 2027]
assert last_wd("2021-11-14", "Thursday") == "2021-11-11" and last_wd("2021-11-14", "Wednesday") == "2021-11-10"
assert last_wd("2021-11-14", "Saturday") == "2021-11-13" and next_wd("2021-11-14", "Tuesday") == "2021-11-16"
doc("own47", "2021-11-14", """
LIVE: Baltic Masters final round – Kask takes the title

Tallinn, {a|Sunday 14 November}

{b|18:55} – It’s over! Estonia’s Liisa Kask draws with Andriy Melnyk of Ukraine in 41 moves and wins the Baltic Masters on 7/9, half a point clear, and the €10,000 first prize. She is the first home winner since {c|1998}. The closing ceremony, set for {d|19:00}, has been moved to {e|20:30} because two games are still running.

{f|17:20} – Melnyk, rated 2587, offers a draw on move 30. Kask declines.

{g|15:45} – Beridze beats Norway’s Kaja Holm in 52 moves to finish third.

{n|14:00} – Round 9 is under way. Kask, who beat Georgia’s Nino Beridze in round 8 on {o|Saturday}, needs only a draw.

Norway’s Sindre Bakke is still fuming. Arbiters found his phone in a bathroom during round 6 on {j|Thursday} and forfeited his game {k|the following day}. Bakke {l|yesterday} denied that he had used the phone during his round-5 win on {m|Wednesday}. The Norwegian Chess Federation said {h|this morning} that it would file a complaint with FIDE’s Ethics and Disciplinary Commission on {i|Tuesday} unless the forfeit was overturned.

Welcome to our coverage of the final round of the tournament, played from {p|6} to {q|14 November} with 120 players in the Kalev hall. The event was called off in {r|2020} because of the pandemic, and {u|next year}’s edition will be held in Tartu in {s|March 2022}. Kask and Melnyk will meet again in a rapid match in Riga on {t|4 December}.
""", {
    "a": ("DATE", "2021-11-14"), "b": ("TIME", "2021-11-14T18:55"), "c": ("DATE", "1998"),
    "d": ("TIME", "2021-11-14T19:00"), "e": ("TIME", "2021-11-14T20:30"), "f": ("TIME", "2021-11-14T17:20"),
    "g": ("TIME", "2021-11-14T15:45"), "h": ("TIME", "2021-11-14TMO"), "i": ("DATE", "2021-11-16"),
    "j": ("DATE", "2021-11-11"), "k": ("DATE", "2021-11-12"), "l": ("DATE", "2021-11-13"),
    "m": ("DATE", "2021-11-10"), "n": ("TIME", "2021-11-14T14:00"), "o": ("DATE", "2021-11-13"),
    "p": ("DATE", "2021-11-06"), "q": ("DATE", "2021-11-14"), "r": ("DATE", "2020"),
    "u": ("DATE", "2022"), "s": ("DATE", "2022-03"), "t": ("DATE", "2021-12-04"),
}, [
    ev("b", "other", "reported", ["Liisa Kask", "Andriy Melnyk"], "Kask draws with Melnyk and wins the Baltic Masters"),
    ev("d", "other", "cancelled", [], "Baltic Masters closing ceremony"),
    ev("e", "other", "scheduled", [], "Postponed Baltic Masters closing ceremony"),
    ev("f", "other", "reported", ["Andriy Melnyk", "Liisa Kask"], "Melnyk offers a draw and Kask declines"),
    ev("g", "other", "reported", ["Nino Beridze", "Kaja Holm"], "Beridze beats Kaja Holm to finish third"),
    ev("n", "other", "reported", [], "Round 9 of the Baltic Masters begins"),
    ev("o", "other", "reported", ["Liisa Kask", "Nino Beridze"], "Kask beats Beridze in round 8"),
    ev("j", "other", "reported", ["Sindre Bakke"], "Arbiters find Bakke's phone in a bathroom during round 6"),
    ev("k", "legal", "reported", ["Sindre Bakke"], "Arbiters forfeit Bakke's round-6 game"),
    ev("l", "statement", "reported", ["Sindre Bakke"], "Bakke denies using his phone during a game"),
    ev("m", "other", "negated", ["Sindre Bakke"], "Bakke uses his phone during his round-5 win"),
    ev("h", "statement", "reported", ["Norwegian Chess Federation"], "Norwegian federation threatens a complaint over Bakke's forfeit"),
    ev("i", "legal", "threatened", ["Norwegian Chess Federation", "FIDE"], "Norwegian federation files a complaint with FIDE's ethics commission"),
    ev("p", "other", "reported", [], "Baltic Masters chess tournament is played in Tallinn", end="q"),
    ev("r", "other", "cancelled", [], "Baltic Masters tournament"),
    ev("s", "other", "scheduled", [], "Next Baltic Masters is held in Tartu"),
    ev("t", "other", "scheduled", ["Liisa Kask", "Andriy Melnyk"], "Kask and Melnyk play a rapid match in Riga"),
])

# ---------------------------------------------------------------- own48
# Fishing-quota negotiation, analysis feature, no publication date. Bounds:
# "Tuesday 2 December" (a Tuesday in 2014 and 2025) comes after catches in
# "2024" and before the advice "for 2026" -> 2025; "yesterday" comes after
# Tuesday, "last week" is before it (the dct is in the ISO week of 2
# December, W49) and "10 December" is ahead, so the dct is Wednesday 3 to
# Sunday 7 December; the gold uses Thursday 2025-12-04 (only "yesterday"
# depends on the choice). "about 11pm" + "Tuesday 2 December" is one
# moment: the DATE anchors. Past "30 September", "28 November", "October"
# (the denied cut) and "last month" (2025-11); future "February" (2026-02,
# planned), "1 January" (the threatened port ban, 2026-01-01), "January"
# (the postponed round, 2026-01) and the range "11"-"12 December". "for
# 2026" and "next year" are targets (timexes, no event); "the first
# quarter" (2026-Q1) is a price forecast: no event. The dated threat
# ("yesterday") gets a statement row and a threatened row; the denial
# ("last week") a statement row and a negated row. "a year later" counts
# from "August 2013". Distractors: 70%, 40%, 15%, 12%, Regulation
# 1026/2012, 550,000 tonnes.
assert wd("2025-12-02") == "Tuesday" and wd("2025-12-04") == "Thursday"
assert years_with(2, 12, "Tuesday") == [2014, 2025]
assert iso_week("2025-12-04", -1) == "2025-W48" and iso_week("2025-12-02") == iso_week("2025-12-07")
doc("own48", "2025-12-04", """
Analysis

Mackerel talks fail again, and the fleets brace for a new quota war

When the coastal states’ talks in Bergen broke up at {a|about 11pm} on {b|Tuesday 2 December}, the five parties – Norway, Iceland, the Faroe Islands, the United Kingdom and the European Union – had agreed on almost nothing.

The science is not in dispute. On {c|30 September} the International Council for the Exploration of the Sea advised a 70% cut in the North-East Atlantic mackerel catch for {d|2026}. The problem is who gives up what. Each party sets its own quota, and together they caught about 40% more than the advice, some 550,000 tonnes, in {e|2024}.

Norway and the UK signed a bilateral access deal on {f|28 November}, and Iceland plans to consult its fleet on its quota in {g|February}. Others are less conciliatory. The EU’s chief negotiator, Anna Kowalczyk, warned {h|yesterday} that Brussels would close EU ports to Faroese mackerel from {i|1 January}, under Regulation 1026/2012, if the islands again set a quota of their own. The Faroese fisheries minister, Jógvan Poulsen, {j|last week} denied that the islands had agreed in {k|October} to a 15% cut.

A fourth round, set for {l|10 December} in London, has been put back to {m|January}, and EU fisheries ministers meet in Brussels on {n|11}-{o|12 December} to set {p|next year}’s quotas. Mackerel prices at the Bergen auction fell 12% {q|last month}; traders expect them to recover in {r|the first quarter}.

Europe has been here before. The last mackerel war began in {s|2010}, when Iceland and the Faroes raised their catches. The EU banned Faroese herring and mackerel landings in {t|August 2013} and lifted the ban {u|a year later}.
""", {
    "a": ("TIME", "2025-12-02T23:00", "APPROX"), "b": ("DATE", "2025-12-02"), "c": ("DATE", "2025-09-30"),
    "d": ("DATE", "2026"), "e": ("DATE", "2024"), "f": ("DATE", "2025-11-28"),
    "g": ("DATE", "2026-02"), "h": ("DATE", "2025-12-03"), "i": ("DATE", "2026-01-01"),
    "j": ("DATE", "2025-W48"), "k": ("DATE", "2025-10"), "l": ("DATE", "2025-12-10"),
    "m": ("DATE", "2026-01"), "n": ("DATE", "2025-12-11"), "o": ("DATE", "2025-12-12"),
    "p": ("DATE", "2026"), "q": ("DATE", "2025-11"), "r": ("DATE", "2026-Q1"),
    "s": ("DATE", "2010"), "t": ("DATE", "2013-08"), "u": ("DATE", "2014-08"),
}, [
    ev("b", "talks", "reported", ["Norway", "Iceland", "Faroe Islands", "United Kingdom", "European Union"], "Bergen mackerel talks break up without agreement"),
    ev("c", "report", "reported", ["International Council for the Exploration of the Sea"], "ICES advises a 70% cut in the mackerel catch"),
    ev("e", "economic", "reported", ["Norway", "Iceland", "Faroe Islands", "United Kingdom", "European Union"], "Coastal states catch about 40% more mackerel than advised"),
    ev("f", "agreement", "reported", ["Norway", "United Kingdom"], "Norway and the UK sign a bilateral fishing access deal"),
    ev("g", "other", "planned", ["Iceland"], "Iceland consults its fleet on its mackerel quota"),
    ev("h", "statement", "reported", ["European Union", "Anna Kowalczyk"], "EU negotiator threatens to close EU ports to Faroese mackerel"),
    ev("i", "sanctions", "threatened", ["European Union", "Faroe Islands"], "EU closes its ports to Faroese mackerel"),
    ev("j", "statement", "reported", ["Faroe Islands", "Jógvan Poulsen"], "Faroese minister denies agreeing to a 15% cut"),
    ev("k", "agreement", "negated", ["Faroe Islands"], "Faroe Islands agree to a 15% mackerel quota cut"),
    ev("l", "talks", "cancelled", ["Norway", "Iceland", "Faroe Islands", "United Kingdom", "European Union"], "Fourth round of mackerel talks in London"),
    ev("m", "talks", "scheduled", ["Norway", "Iceland", "Faroe Islands", "United Kingdom", "European Union"], "Postponed fourth round of mackerel talks"),
    ev("n", "meeting", "scheduled", ["European Union"], "EU fisheries ministers meet in Brussels to set quotas", end="o"),
    ev("q", "economic", "reported", [], "Mackerel prices at the Bergen auction fall 12%"),
    ev("s", "other", "reported", ["Iceland", "Faroe Islands"], "Mackerel war begins as Iceland and the Faroes raise catches"),
    ev("t", "sanctions", "reported", ["European Union", "Faroe Islands"], "EU bans Faroese herring and mackerel landings"),
    ev("u", "sanctions", "reported", ["European Union", "Faroe Islands"], "EU lifts its ban on Faroese landings"),
])


def main():
    ownbuild.write_checked(DOCS, OUT, "own6", (220, 300))


if __name__ == "__main__":
    main()
