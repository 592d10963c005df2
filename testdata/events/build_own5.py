#!/usr/bin/env python3
"""Build own5.jsonl (own33..own40) from the marked-up articles below.

Markup: {label|surface text} marks a temporal expression. TX[label] gives
(type, value) or (type, value, mod). Each event names the label of its anchor
expression (at) and, for a range, the label of the range's end point (end).
Offsets are computed by the shared builder ownbuild.py as UTF-8 byte
offsets, never typed by hand.

Record keys follow own4.jsonl: id, dct, text, timex, events; event keys are
date, [date_end], expr, expr_start, type, actors, summary, status, [eid].

Publication dates: own33 (wire dateline with year), own35 ("Published:"
line), own36 (wire dateline without a year) and own40 ("Updated:" line)
print theirs; own34, own37, own38 and own39 do not, and the notes above each
article say how the text bounds the date.

The gold was written from the texts and the conventions alone, without
running the timeline tool on them or looking at its output.

Run: python3 build_own5.py   (writes own5.jsonl next to this file and checks
every record; it exits non-zero on any failure)
"""
import datetime as dt
import functools
import os

import ownbuild
from ownbuild import ev, iso_week, last_wd, next_week_wd, next_wd, wd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own5.jsonl")
DOCS = []
doc = functools.partial(ownbuild.doc, DOCS)

D = dt.date.fromisoformat


# ---------------------------------------------------------------- own33
# Sovereign debt restructuring, wire copy with a dateline = dct (Thursday
# 14 March 2024), no event on the dateline. "Thursday" is the dct; the
# statement's "08:15 GMT" and "Thursday" are one moment in one clause, so
# the DATE anchors and the TIME keeps its Z. The coupon fell due "Monday"
# (11 March) and was not paid: negated. "10 April" is the end of the 30-day
# grace period (11 March + 30 days) and the deadline of the dated threat
# ("Tuesday", 12 March). "the 2031 Eurobond": a year used as a modifier is
# a DATE without an event (like "the 1949 constitution"). "the end of June"
# dates an expected deal; growth "in 2025" is a forecast (no event).
# "two months later" counts from "April 2016". "almost a decade" is a
# DURATION with LESS_THAN. Distractors: $47 million, ISIN XS1391003446,
# 61 cents, 14.2%, 40%, $60 million, 5%, $1.4 billion.
assert wd("2024-03-14") == "Thursday"
assert last_wd("2024-03-14", "Monday") == "2024-03-11" and last_wd("2024-03-14", "Tuesday") == "2024-03-12"
assert D("2024-03-11") + dt.timedelta(30) == D("2024-04-10")
assert iso_week("2024-03-14", 1) == "2024-W12"
doc("own33", "2024-03-14", """
Mozambique misses Eurobond payment as creditor talks stall

MAPUTO, {a|14 March 2024} (Meridian Wire) – Mozambique did not pay a $47 million coupon on its {x|2031} Eurobond that fell due on {b|Monday}, the finance ministry said in a statement at {w|08:15 GMT} on {c|Thursday}, adding that it would use a {d|30-day} grace period to keep negotiating with creditors.

The bond, ISIN XS1391003446, fell 6 cents to 61 cents on the dollar, pushing its yield above 14.2%.

Government negotiators will present a revised offer to the Ad Hoc Group of Mozambique Bondholders in London on {f|25 March}, Finance Minister Ernesto Mabunda told reporters. The first round of talks with the group collapsed in {g|January} after it rejected a 40% cut in principal.

The group said on {p|Tuesday} that it would sue Mozambique in the High Court in London if the coupon had not been paid by {q|10 April}, when the grace period ends.

Mabunda {r|yesterday} denied a report that Maputo had asked China to delay repayments on its bilateral loans in {s|February}. “We have made no such request,” he said.

An International Monetary Fund mission was in Maputo from {j|26 February} to {k|8 March} and reached a staff-level agreement on reforms. The Fund’s executive board is expected to approve the next $60 million tranche of the country’s {h|three-year} loan programme {i|next month}. The IMF forecasts growth of 5% in {v|2025}.

The Banco de Moçambique has called off a roadshow for a new domestic bond that was set for {t|next week}. Analysts at Banco Austral expect the government to reach a deal with bondholders by {u|the end of June}, though they warn that talks could drag on for {z|months}.

Mozambique has been in debt distress for {y|almost a decade}. In {m|April 2016} the government admitted that state-linked companies had hidden more than $1.4 billion of loans, and the World Bank and Britain froze budget support {n|two months later}. Bondholders last agreed a restructuring with Maputo in {o|2019}.
""", {
    "a": ("DATE", "2024-03-14"), "x": ("DATE", "2031"), "b": ("DATE", "2024-03-11"),
    "w": ("TIME", "2024-03-14T08:15Z"), "c": ("DATE", "2024-03-14"), "d": ("DURATION", "P30D"),
    "f": ("DATE", "2024-03-25"), "g": ("DATE", "2024-01"), "p": ("DATE", "2024-03-12"),
    "q": ("DATE", "2024-04-10"), "r": ("DATE", "2024-03-13"), "s": ("DATE", "2024-02"),
    "j": ("DATE", "2024-02-26"), "k": ("DATE", "2024-03-08"), "h": ("DURATION", "P3Y"),
    "i": ("DATE", "2024-04"), "v": ("DATE", "2025"), "t": ("DATE", "2024-W12"),
    "u": ("DATE", "2024-06", "END"), "z": ("DURATION", "PXM"), "y": ("DURATION", "P1DE", "LESS_THAN"),
    "m": ("DATE", "2016-04"), "n": ("DATE", "2016-06"), "o": ("DATE", "2019"),
}, [
    ev("b", "economic", "negated", ["Mozambique"], "Mozambique pays a $47 million Eurobond coupon"),
    ev("c", "statement", "reported", ["Mozambique"], "Finance ministry says it will use the 30-day grace period"),
    ev("f", "talks", "scheduled", ["Mozambique", "Ad Hoc Group of Mozambique Bondholders"], "Mozambique presents a revised offer to bondholders in London"),
    ev("g", "talks", "reported", ["Mozambique", "Ad Hoc Group of Mozambique Bondholders"], "First round of debt talks collapses over a 40% principal cut"),
    ev("p", "statement", "reported", ["Ad Hoc Group of Mozambique Bondholders"], "Bondholder group threatens to sue Mozambique in London"),
    ev("q", "legal", "threatened", ["Ad Hoc Group of Mozambique Bondholders", "Mozambique"], "Bondholders sue Mozambique in the High Court in London"),
    ev("r", "statement", "reported", ["Mozambique", "Ernesto Mabunda"], "Finance minister denies Maputo asked China to delay loan repayments"),
    ev("s", "talks", "negated", ["Mozambique", "China"], "Mozambique asks China to delay bilateral loan repayments"),
    ev("j", "visit", "reported", ["International Monetary Fund", "Mozambique"], "IMF mission visits Maputo and reaches a staff-level agreement", end="k"),
    ev("i", "supply", "expected", ["International Monetary Fund", "Mozambique"], "IMF board approves the next $60 million loan tranche"),
    ev("t", "economic", "cancelled", ["Banco de Moçambique"], "Central bank roadshow for a new domestic bond"),
    ev("u", "agreement", "expected", ["Mozambique", "Ad Hoc Group of Mozambique Bondholders"], "Mozambique reaches a debt deal with bondholders"),
    ev("m", "statement", "reported", ["Mozambique"], "Government admits state-linked firms hid $1.4 billion of loans"),
    ev("n", "sanctions", "reported", ["World Bank", "United Kingdom", "Mozambique"], "World Bank and Britain freeze budget support to Mozambique"),
    ev("o", "agreement", "reported", ["Mozambique"], "Mozambique agrees a debt restructuring with bondholders"),
])

# ---------------------------------------------------------------- own34
# Sports governance (host vote, ethics suspension), sports desk, no
# publication date. Bounds: the congress on "Saturday 13 November" (a
# Saturday in 2010, 2021, 2027) is ahead, after the life bans of "2018" and
# the rules of "a year later" (2019), and the vote is for the "2027"
# championships -> 2021. The workshop on "19 October" and the visits of
# "4 to 6 October" are past; "last month" is October, so the dct is in
# November; "Wednesday", "Friday", "Sunday" and "yesterday" are past, with
# "yesterday" after Sunday: dct Tuesday 2021-11-02. The postponed vote
# gives a cancelled row (13 November) and a scheduled row ("early next
# year" = 2022 START). "that day" points back to 13 November. "the
# following week" counts from 4-6 October (ISO week 40) -> 2021-W41.
# "the 2027 world championships" is a year modifier: no event (the host is
# not yet chosen). "every four years" is a SET. The dated threat
# ("yesterday") gets a statement row and a threatened row at its deadline
# "the end of February". Distractors: rule 11.3, $250,000, the 28-member
# council, 24 teams, 12,000 seats, the 3-0 final.
assert wd("2021-11-13") == "Saturday" and wd("2021-11-02") == "Tuesday"
assert last_wd("2021-11-02", "Friday") == "2021-10-29" and last_wd("2021-11-02", "Sunday") == "2021-10-31"
assert last_wd("2021-11-02", "Wednesday") == "2021-10-27"
assert iso_week("2021-10-04") == "2021-W40" and iso_week("2021-10-04", 1) == "2021-W41"
doc("own34", "2021-11-02", """
Sport › Governance

Volleyball body delays world championship host vote after bribery claim

The Global Volleyball Union (GVU) has put off the vote on who will host the {a|2027} world championships, which was set for its congress in Doha on {b|Saturday 13 November}, to {c|early next year} after its ethics committee suspended one of the 28 council members who would have voted.

The committee said on {d|Friday} that it had provisionally suspended Pedro Arriaga, a council member from Venezuela, for {e|90 days} under rule 11.3 of its code while it investigates claims that he asked the Kazan bid for $250,000 in {f|August}. Arriaga denied the claim on {g|Sunday}. “I have never asked anyone for money,” he said in a statement. His lawyer said he would appeal to the Court of Arbitration for Sport, which could hear the case in {h|January}.

The congress will still meet in Doha {i|that day} to elect a new treasurer, GVU president Hanne Lindqvist said.

Two candidates remain: Kazan and Brisbane. Cape Town withdrew {j|last month}, citing costs. The championships, held {k|every four years}, bring 24 teams to the host city, and both remaining bidders have promised arenas with at least 12,000 seats.

GVU inspectors visited Brisbane from {l|4} to {m|6 October} and Kazan {n|the following week}. Their evaluation report, published on {o|Wednesday}, rated Brisbane ahead on venues and transport but Kazan ahead on public funding. Members of the Kazan bid did not attend a workshop for candidates in Lausanne on {p|19 October}.

Russia’s sports minister, Anton Veretennikov, said {q|yesterday} that Moscow would withdraw the Kazan bid if the vote had not been held by {r|the end of February}. “We will not wait for ever,” he told the TASS news agency.

The delay is the latest blow for a body that has struggled to rebuild its reputation. In {s|2018} the GVU banned two former vice-presidents for life for selling television rights below their value, and it adopted new voting rules {t|a year later}. Those rules were meant to make votes like this one more transparent.

On the court, at least, things are calmer: Brazil beat Poland 3-0 in the Nations Cup final in Rio in {u|July}.
""", {
    "a": ("DATE", "2027"), "b": ("DATE", "2021-11-13"), "c": ("DATE", "2022", "START"),
    "d": ("DATE", "2021-10-29"), "e": ("DURATION", "P90D"), "f": ("DATE", "2021-08"),
    "g": ("DATE", "2021-10-31"), "h": ("DATE", "2022-01"), "i": ("DATE", "2021-11-13"),
    "j": ("DATE", "2021-10"), "k": ("SET", "P4Y"), "l": ("DATE", "2021-10-04"),
    "m": ("DATE", "2021-10-06"), "n": ("DATE", "2021-W41"), "o": ("DATE", "2021-10-27"),
    "p": ("DATE", "2021-10-19"), "q": ("DATE", "2021-11-01"), "r": ("DATE", "2022-02", "END"),
    "s": ("DATE", "2018"), "t": ("DATE", "2019"), "u": ("DATE", "2021-07"),
}, [
    ev("b", "election", "cancelled", ["Global Volleyball Union"], "GVU vote on the 2027 world championship host"),
    ev("c", "election", "scheduled", ["Global Volleyball Union"], "GVU votes on the 2027 world championship host"),
    ev("d", "legal", "reported", ["Global Volleyball Union", "Pedro Arriaga"], "Ethics committee provisionally suspends council member Pedro Arriaga"),
    ev("f", "other", "negated", ["Pedro Arriaga", "Kazan 2027"], "Arriaga asks the Kazan bid for $250,000"),
    ev("g", "statement", "reported", ["Pedro Arriaga"], "Arriaga denies asking the Kazan bid for money"),
    ev("h", "legal", "expected", ["Court of Arbitration for Sport", "Pedro Arriaga"], "CAS hears Arriaga's appeal against his suspension"),
    ev("i", "meeting", "scheduled", ["Global Volleyball Union"], "GVU congress meets in Doha to elect a treasurer"),
    ev("j", "other", "reported", ["Cape Town"], "Cape Town withdraws its bid, citing costs"),
    ev("l", "visit", "reported", ["Global Volleyball Union", "Australia"], "GVU inspectors visit the Brisbane bid", end="m"),
    ev("n", "visit", "reported", ["Global Volleyball Union", "Russia"], "GVU inspectors visit the Kazan bid"),
    ev("o", "report", "reported", ["Global Volleyball Union"], "GVU evaluation report rates Brisbane ahead on venues"),
    ev("p", "meeting", "negated", ["Kazan 2027", "Global Volleyball Union"], "Kazan bid attends the GVU candidates' workshop in Lausanne"),
    ev("q", "statement", "reported", ["Russia", "Anton Veretennikov"], "Russian sports minister threatens to withdraw the Kazan bid"),
    ev("r", "other", "threatened", ["Russia", "Kazan 2027"], "Russia withdraws the Kazan bid"),
    ev("s", "legal", "reported", ["Global Volleyball Union"], "GVU bans two former vice-presidents for life"),
    ev("t", "agreement", "reported", ["Global Volleyball Union"], "GVU adopts new voting rules"),
    ev("u", "other", "reported", ["Brazil", "Poland"], "Brazil beat Poland 3-0 in the Nations Cup final"),
])

# ---------------------------------------------------------------- own35
# Arctic research expedition, science news with its own "Published:" line
# = dct (Sunday 23 September 2018), DATE + TIME, no event. The line's
# "07:30 CEST" has a zone other than UTC/GMT: no mark in the value. "Friday
# evening" is one TIME standing alone: it anchors the arrival (date
# 2018-09-21). "Monday" is the coming Monday; "Wednesday" (the skipped
# port call) is past. "Tuesday night" is a TIME standing alone: the storm is
# an expected happening. "Thursday" (first ice data) is ahead and
# "plans to": planned. Past "12 September"; future "mid-December" (MID)
# and "November" (a cancelled flight); "next spring" said in autumn is
# 2019-SP; "next year" = 2019. "September 1893" and "almost three years"
# (LESS_THAN) are history. "a year" is a DURATION; "this morning" a TIME
# (the drill). Named ships are actors, as in own07. Distractors: 81°30′N,
# 1.2 metres, 25 m/s, 38 crew, 180 million kroner, the phone number
# +47 77 75 05 00, 200 km.
assert wd("2018-09-23") == "Sunday"
assert last_wd("2018-09-23", "Friday") == "2018-09-21" and last_wd("2018-09-23", "Wednesday") == "2018-09-19"
assert next_wd("2018-09-23", "Monday") == "2018-09-24" and next_wd("2018-09-23", "Tuesday") == "2018-09-25"
assert next_wd("2018-09-23", "Thursday") == "2018-09-27"
doc("own35", "2018-09-23", """
Published: {a|Sunday 23 September 2018}, {b|07:30 CEST}

Science › Polar

Icebreaker Kittiwake reaches the pack ice as {yl|year-long} Arctic drift begins

The Norwegian research icebreaker Kittiwake reached the edge of the Arctic pack ice at 81°30′N, north of Svalbard, on {c|Friday evening} and will begin searching on {d|Monday} for a floe to freeze into for {e|a year}, the Norwegian Polar Institute said.

The ship left Tromsø on {f|12 September}, {fd|four days} late, after a crane failed during loading. It did not stop at Ny-Ålesund on {g|Wednesday} as planned, because fog closed the harbour.

Expedition leader Ingrid Solheim said {h|yesterday} that the ice was thinner than the team had expected. “Most of the floes we have measured are under 1.2 metres thick,” she said by satellite phone. The 38 crew and scientists held a lifeboat drill {i|this morning}, and a storm with winds of up to 25 m/s is expected to reach the area on {j|Tuesday night}.

The institute plans to publish the first ice-thickness data on its website on {k|Thursday}. Journalists can reach its press office on +47 77 75 05 00.

Once the ship is frozen in, supplies become the main worry. A Russian icebreaker, the Kapitan Dranitsyn, is due to bring fuel to the Kittiwake and swap half of the crew in {l|mid-December}. A resupply flight from Longyearbyen that was planned for {m|November} has been dropped, because a runway on the ice could not be made ready in the polar night.

If the drift follows the models, the Kittiwake could pass within 200 km of the North Pole {n|next spring}. The Alfred Wegener Institute in Bremerhaven will send a second ship to meet it {o|next year}.

The Research Council of Norway gave the institute 180 million kroner for the project in {p|2016}. The mission repeats on a larger scale the drift of Fridtjof Nansen’s Fram, which froze into the ice in {q|September 1893} and drifted for {r|almost three years} before breaking free near Svalbard.
""", {
    "a": ("DATE", "2018-09-23"), "b": ("TIME", "2018-09-23T07:30"), "c": ("TIME", "2018-09-21TEV"),
    "d": ("DATE", "2018-09-24"), "e": ("DURATION", "P1Y"), "f": ("DATE", "2018-09-12"), "fd": ("DURATION", "P4D"), "yl": ("DURATION", "P1Y"),
    "g": ("DATE", "2018-09-19"), "h": ("DATE", "2018-09-22"), "i": ("TIME", "2018-09-23TMO"),
    "j": ("TIME", "2018-09-25TNI"), "k": ("DATE", "2018-09-27"), "l": ("DATE", "2018-12", "MID"),
    "m": ("DATE", "2018-11"), "n": ("DATE", "2019-SP"), "o": ("DATE", "2019"),
    "p": ("DATE", "2016"), "q": ("DATE", "1893-09"), "r": ("DURATION", "P3Y", "LESS_THAN"),
}, [
    ev("c", "other", "reported", ["Kittiwake", "Norwegian Polar Institute"], "Icebreaker Kittiwake reaches the edge of the Arctic pack ice"),
    ev("d", "other", "scheduled", ["Kittiwake", "Norwegian Polar Institute"], "Kittiwake begins searching for a floe to freeze into"),
    ev("f", "other", "reported", ["Kittiwake"], "Kittiwake leaves Tromsø four days late"),
    ev("g", "other", "negated", ["Kittiwake"], "Kittiwake stops at Ny-Ålesund"),
    ev("h", "statement", "reported", ["Norwegian Polar Institute", "Ingrid Solheim"], "Expedition leader says the ice is thinner than expected"),
    ev("i", "other", "reported", ["Kittiwake"], "Crew and scientists hold a lifeboat drill"),
    ev("j", "disaster", "expected", [], "Storm with winds up to 25 m/s reaches the area"),
    ev("k", "report", "planned", ["Norwegian Polar Institute"], "Institute publishes the first ice-thickness data"),
    ev("l", "supply", "scheduled", ["Kapitan Dranitsyn", "Kittiwake"], "Kapitan Dranitsyn brings fuel and swaps half the crew"),
    ev("m", "supply", "cancelled", ["Norwegian Polar Institute"], "Resupply flight from Longyearbyen"),
    ev("n", "other", "expected", ["Kittiwake"], "Kittiwake drifts within 200 km of the North Pole"),
    ev("o", "other", "scheduled", ["Alfred Wegener Institute", "Kittiwake"], "Alfred Wegener Institute sends a second ship to meet Kittiwake"),
    ev("p", "supply", "reported", ["Research Council of Norway", "Norwegian Polar Institute"], "Research council grants 180 million kroner for the project"),
    ev("q", "other", "reported", ["Fridtjof Nansen", "Fram"], "Nansen's Fram freezes into the Arctic ice"),
])

# ---------------------------------------------------------------- own36
# Bird flu on poultry farms, wire copy with a dateline WITHOUT a year
# ("RENNES, 26 February") = dct, no event on it. Bounds for the year:
# "Wednesday" is the dateline day (26 February is a Wednesday in 2020 and
# 2025), after "October 2023" -> Wednesday 2025-02-26. "Saturday" (the
# show opened) and "Tuesday" are past; "Friday", "Thursday" and "Monday"
# ahead. "last week" = 2025-W08, "next week" = 2025-W10. "this morning"
# (TIME) dates the threat, "Monday" the threatened blockade. "January" is
# past (negated, denied "yesterday"). "later this year" is the bare year
# (no mod). "1 October" in "Since 1 October" is a state: no event; the
# show "runs until 2 March" is a state too. "within two weeks" and "30
# days" are DURATIONs. An import suspension is typed `sanctions`, as in
# dev24. Distractors: H5N1, 140,000 birds, 38 outbreaks, 3 km and 10 km
# zones, 20 million birds, the helpline 0800 130 000, the département
# number 22.
assert wd("2025-02-26") == "Wednesday"
assert last_wd("2025-02-26", "Saturday") == "2025-02-22" and last_wd("2025-02-26", "Tuesday") == "2025-02-25"
assert next_wd("2025-02-26", "Friday") == "2025-02-28" and next_wd("2025-02-26", "Thursday") == "2025-02-27"
assert next_wd("2025-02-26", "Monday") == "2025-03-03"
assert iso_week("2025-02-26", -1) == "2025-W08" and iso_week("2025-02-26", 1) == "2025-W10"
doc("own36", "2025-02-26", """
France orders poultry indoors as bird flu spreads in Brittany

RENNES, {a|26 February} (Agri Wire) – French authorities confirmed on {b|Wednesday} a fifth outbreak of H5N1 bird flu on a Brittany poultry farm and ordered all commercial flocks in four départements to be kept indoors from {c|Friday}.

About 140,000 hens at the farm near Loudéac, in Côtes-d’Armor (22), will be culled, and 3 km protection and 10 km surveillance zones have been set up around it, the agriculture ministry said. The first case in the region was found on {d|11 February} at a duck farm in Pontivy; the other three followed within {e|two weeks}. Since {f|1 October}, France has reported 38 outbreaks on farms.

The public health agency Santé publique France said on {g|Tuesday} that a farm worker who fell ill on {h|18 February} had tested negative for the virus.

Japan suspended imports of French poultry {i|last week}, and South Korea is expected to decide {j|next week} whether to do the same.

The farmers’ union FNSEA threatened {k|this morning} to block the ring road around Rennes with tractors on {l|Monday} unless the government promised to pay compensation within {m|30 days} of each cull. “Our members are running out of cash,” its regional head, Yannick Le Bihan, said.

Agriculture Minister Claire Morvan {n|yesterday} denied that the vaccination of ducks had been halted in {o|January} to save money. France began vaccinating ducks in {p|October 2023}, the first EU country to do so, after outbreaks in {q|2022}, the worst year on record, led to the culling of 20 million birds. The ministry plans to extend vaccination to turkeys {r|later this year}.

The European Commission’s animal health committee will meet in Brussels on {s|4 March} to review the French measures.

At the Paris International Agricultural Show, which opened on {t|Saturday} and runs until {u|2 March}, organisers have cancelled a poultry judging contest that had been set for {v|Thursday}. Farmers with questions can call the ministry helpline on 0800 130 000.
""", {
    "a": ("DATE", "2025-02-26"), "b": ("DATE", "2025-02-26"), "c": ("DATE", "2025-02-28"),
    "d": ("DATE", "2025-02-11"), "e": ("DURATION", "P2W"), "f": ("DATE", "2024-10-01"),
    "g": ("DATE", "2025-02-25"), "h": ("DATE", "2025-02-18"), "i": ("DATE", "2025-W08"),
    "j": ("DATE", "2025-W10"), "k": ("TIME", "2025-02-26TMO"), "l": ("DATE", "2025-03-03"),
    "m": ("DURATION", "P30D"), "n": ("DATE", "2025-02-25"), "o": ("DATE", "2025-01"),
    "p": ("DATE", "2023-10"), "q": ("DATE", "2022"), "r": ("DATE", "2025"),
    "s": ("DATE", "2025-03-04"), "t": ("DATE", "2025-02-22"), "u": ("DATE", "2025-03-02"),
    "v": ("DATE", "2025-02-27"),
}, [
    ev("b", "disaster", "reported", [], "Fifth H5N1 bird flu outbreak confirmed on a Brittany farm"),
    ev("c", "other", "scheduled", ["France"], "Order to keep flocks indoors in four départements takes effect"),
    ev("d", "disaster", "reported", [], "First Brittany bird flu case found at a Pontivy duck farm"),
    ev("g", "statement", "reported", ["Santé publique France"], "Health agency says a sick farm worker tested negative"),
    ev("h", "other", "reported", [], "Farm worker falls ill"),
    ev("i", "sanctions", "reported", ["Japan", "France"], "Japan suspends imports of French poultry"),
    ev("j", "sanctions", "expected", ["South Korea", "France"], "South Korea decides whether to suspend French poultry imports"),
    ev("k", "statement", "reported", ["FNSEA"], "FNSEA threatens to block the Rennes ring road"),
    ev("l", "other", "threatened", ["FNSEA"], "Farmers block the Rennes ring road with tractors"),
    ev("n", "statement", "reported", ["France", "Claire Morvan"], "Agriculture minister denies duck vaccination was halted"),
    ev("o", "other", "negated", ["France"], "France halts the vaccination of ducks to save money"),
    ev("p", "other", "reported", ["France"], "France begins vaccinating ducks against bird flu"),
    ev("q", "disaster", "reported", [], "Bird flu outbreaks lead to the culling of 20 million birds"),
    ev("r", "other", "planned", ["France"], "France extends bird flu vaccination to turkeys"),
    ev("s", "meeting", "scheduled", ["European Commission"], "Commission animal health committee meets on the French measures"),
    ev("t", "other", "reported", ["Paris International Agricultural Show"], "Paris International Agricultural Show opens"),
    ev("v", "other", "cancelled", ["Paris International Agricultural Show"], "Poultry judging contest at the Paris agricultural show"),
])

# ---------------------------------------------------------------- own37
# Supermarket merger before the competition regulator, a weekly retail
# column, no publication date. Bounds: "Thursday 6 June" (a Thursday in
# 2013, 2019, 2024) comes after sales "in the first quarter of 2019" and
# "last autumn" (2018-FA) -> 2019; "Friday" and
# "Tuesday" (in the week of 6 June) are past, "next Wednesday" and "18
# June" ahead, so the column appeared on Saturday 8 or Sunday 9 June; both
# give the same values, and the gold uses Saturday 2019-06-08. "next
# Wednesday" said on a Saturday is in the following ISO week (W24): 12
# June. "last weekend" is the weekend of the previous ISO week (W22-WE).
# Past "May 24", "16 April" and "February"; future
# "September", "September 10" and "the autumn" (2019-FA). "21 November" is
# a statutory deadline (a target: no event). The postponed capital markets
# day gives a cancelled and a scheduled row. "five working days" is a
# DURATION (P5D). Distractors: £2.9 billion, Phase 2, 214 local areas,
# 120 stores, 7%, 1.8%, 31,000 staff, case ME/6812/19, 150 stores.
assert wd("2019-06-06") == "Thursday" and wd("2019-06-08") == "Saturday"
assert last_wd("2019-06-08", "Tuesday") == "2019-06-04" and last_wd("2019-06-08", "Friday") == "2019-06-07"
assert next_week_wd("2019-06-08", "Wednesday") == "2019-06-12"
assert iso_week("2019-06-08", -1) == "2019-W22"
doc("own37", "2019-06-08", """
The Checkout · Our weekly retail column

Fairway and Hollins face {hm|months} of scrutiny from the competition watchdog

It has been a bruising time for the two supermarket chains that want to create Britain’s third-largest grocer. On {a|Thursday 6 June} the Competition and Markets Authority (CMA) referred Fairway’s £2.9 billion takeover of Hollins for an in-depth Phase 2 investigation, case ME/6812/19, saying the deal could push up prices in 214 local areas.

The watchdog had given the two companies {b|five working days} after its first-phase ruling on {c|May 24} to offer remedies. They offered to sell 120 stores; on {d|Tuesday} the CMA said that was not enough.

The Phase 2 review has a statutory deadline of {e|21 November}, but the CMA hopes to publish provisional findings in {f|September}. Analysts at Barnard & Co expect it to clear the deal in {g|the autumn} on condition that at least 150 stores are sold.

Fairway’s chief executive, Tom Ashcroft, said on {h|Friday} that the company “fundamentally disagreed” with the referral and would not walk away. Its shares fell 7% on {i|Thursday}, even though like-for-like sales rose 1.8% in {j|the first quarter of 2019}.

The deal itself was hard won. Hollins rejected two lower offers from Fairway {k|last autumn} before its board agreed terms in {l|February}, and its shareholders approved the takeover at a meeting in Leeds on {m|16 April}.

Contrary to rumours in the City, the Hollins board did not meet {n|last weekend} to discuss dropping the deal, a spokeswoman told me. But Hollins has postponed its capital markets day, which was set for {o|next Wednesday}, to {p|September 10}, when it hopes to know more about the CMA’s thinking.

The shopworkers’ union Usdaw, which represents 31,000 Hollins staff, says it will hold a protest outside the CMA’s London office on {q|18 June} to demand guarantees that no jobs will go.

History is not on the bidders’ side. The last grocery merger sent to Phase 2 was blocked by the regulator in {r|2016}, and the one before that was abandoned by the companies themselves. Shoppers, meanwhile, may simply wonder whether prices will rise by {s|Christmas}.
""", {
    "hm": ("DURATION", "PXM"), "a": ("DATE", "2019-06-06"), "b": ("DURATION", "P5D"), "c": ("DATE", "2019-05-24"),
    "d": ("DATE", "2019-06-04"), "e": ("DATE", "2019-11-21"), "f": ("DATE", "2019-09"),
    "g": ("DATE", "2019-FA"), "h": ("DATE", "2019-06-07"), "i": ("DATE", "2019-06-06"),
    "j": ("DATE", "2019-Q1"), "k": ("DATE", "2018-FA"), "l": ("DATE", "2019-02"),
    "m": ("DATE", "2019-04-16"), "n": ("DATE", "2019-W22-WE"), "o": ("DATE", "2019-06-12"),
    "p": ("DATE", "2019-09-10"), "q": ("DATE", "2019-06-18"), "r": ("DATE", "2016"),
    "s": ("DATE", "2019-12-25"),
}, [
    ev("a", "legal", "reported", ["Competition and Markets Authority", "Fairway", "Hollins"], "CMA refers Fairway's takeover of Hollins to a Phase 2 investigation"),
    ev("c", "legal", "reported", ["Competition and Markets Authority", "Fairway", "Hollins"], "CMA issues its first-phase ruling on the Fairway-Hollins deal"),
    ev("d", "legal", "reported", ["Competition and Markets Authority", "Fairway", "Hollins"], "CMA rejects the offer to sell 120 stores"),
    ev("f", "report", "planned", ["Competition and Markets Authority"], "CMA publishes provisional findings on the deal"),
    ev("g", "legal", "expected", ["Competition and Markets Authority", "Fairway", "Hollins"], "CMA clears the deal on condition that stores are sold"),
    ev("h", "statement", "reported", ["Fairway", "Tom Ashcroft"], "Fairway chief executive says the company will not walk away"),
    ev("i", "economic", "reported", ["Fairway"], "Fairway shares fall 7%"),
    ev("j", "economic", "reported", ["Fairway"], "Fairway like-for-like sales rise 1.8%"),
    ev("k", "economic", "reported", ["Hollins", "Fairway"], "Hollins rejects two lower offers from Fairway"),
    ev("l", "agreement", "reported", ["Hollins", "Fairway"], "Hollins board agrees takeover terms with Fairway"),
    ev("m", "meeting", "reported", ["Hollins"], "Hollins shareholders approve the takeover at a Leeds meeting"),
    ev("n", "meeting", "negated", ["Hollins"], "Hollins board meets to discuss dropping the deal"),
    ev("o", "meeting", "cancelled", ["Hollins"], "Hollins capital markets day"),
    ev("p", "meeting", "scheduled", ["Hollins"], "Hollins holds its postponed capital markets day"),
    ev("q", "other", "scheduled", ["Usdaw", "Competition and Markets Authority"], "Usdaw protests outside the CMA's London office"),
    ev("r", "legal", "reported", ["Competition and Markets Authority"], "Regulator blocks the last grocery merger sent to Phase 2"),
])

# ---------------------------------------------------------------- own38
# Inquest, a week-in-review court report published on a Monday, no
# publication date. Bounds: "Monday 12 December" (a Monday in 2011, 2016,
# 2022) is ahead; the capsize on "14 August 2021" was "more than a year"
# ago and the sailings resumed "the following spring" (2022-SP, past) ->
# 2022. The hearings ran from "last Monday" through "Friday", "tomorrow"
# is the MCIB's day and the family spoke "last night": dct Monday
# 2022-12-05. "last Monday" said on a Monday is a week back (2022-11-28).
# "Tuesday", "Wednesday" and "Friday" are last week's; "Thursday" (the
# adjourned hearing) is ahead: 2022-12-08. "about 9.40pm" and "14 August
# 2021" are one moment: the DATE anchors. "that afternoon" and "the night"
# point back to 14 August 2021 (TIMEs, each standing alone in its clause).
# "the following day" (15 August) and "the following spring" count from
# the capsize.
# "March" and "June" are past (2022). "Christmas" dates the expected
# verdict. Distractors: ages 41 and 29, 14 passengers, licensed for 12, a
# jury of seven, registration CK-217, the phone number 021 496 6220.
assert wd("2022-12-05") == "Monday" and wd("2022-12-12") == "Monday"
assert last_wd("2022-12-05", "Monday") == "2022-11-28"
assert last_wd("2022-12-05", "Tuesday") == "2022-11-29" and last_wd("2022-12-05", "Friday") == "2022-12-02"
assert next_wd("2022-12-05", "Thursday") == "2022-12-08"
doc("own38", "2022-12-05", """
Courts

Lady Ellen inquest: what the jury has heard so far

The inquest into the deaths of two men who drowned when a water taxi capsized in Cork harbour opened {a|last Monday} before a jury of seven at Cork City Coroner’s Court. It is expected to last {b|three weeks}.

Seán Twomey, 41, and Dariusz Nowak, 29, died when the Lady Ellen, registration CK-217, overturned off Blackrock at {c|about 9.40pm} on {d|14 August 2021}.

The skipper, Conor Lynch, was the first witness. He told the jury that he had checked the forecast {e|that afternoon} and seen no warning of strong wind.

On {f|Tuesday}, a marine surveyor, Declan Foley, said the boat had been carrying 14 passengers although it was licensed for 12. The Marine Survey Office had inspected the Lady Ellen on {g|3 May 2021} and found no defects, he said.

On {h|Wednesday} the jury was taken to the slipway at Blackrock where the passengers had boarded.

The owner of Quayside Ferries, Martina Kiely, denied on {i|Thursday} that she had told the skipper to take extra passengers on {x|the night}. She said the company had cancelled all its sailings {j|the following day} and had not resumed them until {k|the following spring}.

On {l|Friday} the court sat for only {m|two hours} after a juror fell ill.

What happens next
The Marine Casualty Investigation Board, which published its report into the capsize in {n|March}, is due to give evidence {o|tomorrow}. An Garda Síochána closed its criminal investigation in {p|June} without bringing charges.

Coroner Aoife Hanlon has adjourned the hearing set for {q|Thursday} to {r|Monday 12 December}, so that a Polish interpreter can attend for the Nowak family. The jury is expected to return its verdict by {s|Christmas}.

Seán Twomey’s sister, Niamh, said {t|last night} that the family had waited {u|more than a year} for answers. “We just want to know why he was allowed on that boat,” she said. The coroner’s office can be contacted on 021 496 6220.
""", {
    "a": ("DATE", "2022-11-28"), "b": ("DURATION", "P3W"), "c": ("TIME", "2021-08-14T21:40", "APPROX"),
    "d": ("DATE", "2021-08-14"), "e": ("TIME", "2021-08-14TAF"), "f": ("DATE", "2022-11-29"),
    "g": ("DATE", "2021-05-03"), "h": ("DATE", "2022-11-30"), "i": ("DATE", "2022-12-01"),
    "x": ("TIME", "2021-08-14TNI"), "j": ("DATE", "2021-08-15"), "k": ("DATE", "2022-SP"),
    "l": ("DATE", "2022-12-02"), "m": ("DURATION", "PT2H"), "n": ("DATE", "2022-03"),
    "o": ("DATE", "2022-12-06"), "p": ("DATE", "2022-06"), "q": ("DATE", "2022-12-08"),
    "r": ("DATE", "2022-12-12"), "s": ("DATE", "2022-12-25"), "t": ("TIME", "2022-12-04TNI"),
    "u": ("DURATION", "P1Y", "MORE_THAN"),
}, [
    ev("a", "legal", "reported", ["Cork City Coroner's Court"], "Inquest into the Lady Ellen deaths opens before a jury"),
    ev("d", "disaster", "reported", ["Lady Ellen", "Seán Twomey", "Dariusz Nowak"], "Water taxi Lady Ellen capsizes off Blackrock, drowning two men"),
    ev("e", "other", "reported", ["Conor Lynch"], "Skipper checks the forecast and sees no wind warning"),
    ev("f", "statement", "reported", ["Declan Foley"], "Surveyor tells the inquest the boat carried 14 passengers"),
    ev("g", "report", "reported", ["Marine Survey Office", "Lady Ellen"], "Marine Survey Office inspects the Lady Ellen and finds no defects"),
    ev("h", "visit", "reported", ["Cork City Coroner's Court"], "Inquest jury visits the Blackrock slipway"),
    ev("i", "statement", "reported", ["Quayside Ferries", "Martina Kiely"], "Quayside Ferries owner denies ordering extra passengers aboard"),
    ev("x", "other", "negated", ["Martina Kiely", "Conor Lynch"], "Owner tells the skipper to take extra passengers"),
    ev("j", "other", "cancelled", ["Quayside Ferries"], "Quayside Ferries sailings"),
    ev("k", "other", "reported", ["Quayside Ferries"], "Quayside Ferries resumes its sailings"),
    ev("l", "legal", "reported", ["Cork City Coroner's Court"], "Inquest sits for two hours after a juror falls ill"),
    ev("n", "report", "reported", ["Marine Casualty Investigation Board"], "MCIB publishes its report into the capsize"),
    ev("o", "legal", "scheduled", ["Marine Casualty Investigation Board"], "MCIB gives evidence at the inquest"),
    ev("p", "legal", "reported", ["Garda Síochána"], "Gardaí close their criminal investigation without charges"),
    ev("q", "legal", "cancelled", ["Aoife Hanlon"], "Inquest hearing"),
    ev("r", "legal", "scheduled", ["Aoife Hanlon"], "Adjourned inquest hearing resumes with a Polish interpreter"),
    ev("s", "legal", "expected", ["Cork City Coroner's Court"], "Inquest jury returns its verdict"),
    ev("t", "statement", "reported", ["Niamh Twomey"], "Victim's sister says the family waited over a year for answers"),
])

# ---------------------------------------------------------------- own39
# Long-form retrospective on a cross-border bridge, 2009-2026, mixed
# tenses, no publication date. Bounds: the opening on "Saturday 4 July" (a
# Saturday in 2015, 2020, 2026) is ahead and comes after "November 2022"
# and the deck joined "last October" -> 2026-07-04; the load tests "in May"
# are past, tolls "from 1 September" ahead, and the ferry's last crossing
# on "Sunday" is the next day (5 July). Any reference date in the days
# before the opening gives the same values; the gold uses Wednesday
# 2026-07-01. "Seventeen years" (headline, 2009 to 2026) and "half a
# century" are DURATIONs; "a decade ago" is 2016 and "last year" 2025. "last October" said in July is
# 2025-10; "May" is past (2026-05). "the 1970s" is a decade (197). "that
# spring" points back to 2022 (the year of the bankruptcy) and "the end of
# the year" in the same threat is 2022 END. "10 a.m." stands alone in its
# clause and takes its day from "Saturday 4 July"; "two hours later" counts from
# it (a TIME over the whole phrase, 12:00) and is the same opening as
# "Saturday 4 July": `eid` "opening". "by 2021" was a promised target (timex, no
# event); "since 1974" is a state. "the 2030s" is planned (203). SETs:
# "every hour", "every four years". Distractors: €280 million, 85%, €412
# million, 1,300 metres, lorries of 40 tonnes, the E70 road.
assert wd("2026-07-01") == "Wednesday"
assert next_wd("2026-07-01", "Saturday") == "2026-07-04" and next_wd("2026-07-01", "Sunday") == "2026-07-05"
doc("own39", "2026-07-01", """
Feature

{hd|Seventeen years} on the drawing board: the long road to the Danube’s newest bridge

When the first lorry rolls across the Turnu Măgurele–Nikopol bridge on {a|Saturday 4 July}, it will end a saga that has outlasted six Romanian governments, two financial crises and a pandemic.

The idea is older than either country’s membership of the European Union. Engineers first surveyed the site in {b|the 1970s}, but the plan stayed on paper until {c|June 2009}, when Romania and Bulgaria signed an agreement in Sofia to build a 1,300-metre road bridge with EU money. A feasibility study by Nordvik Engineering, completed in {d|2011}, put the cost at €280 million.

Then the money ran out. In {e|the autumn of 2012} Bucharest froze the project to cut its budget deficit, and for {f|almost five years} nothing happened. Work restarted in {g|March 2017}, after the European Commission agreed to pay 85% of the cost. The contract went to a Turkish-Italian consortium, Danube Link JV, which promised to finish by {h|2021}.

It did not. Piling in the river stopped for {i|eight months} in {j|2020} when the pandemic emptied the site, and in {k|January 2022} the consortium’s Italian partner, Costruzioni Ferretti, went bankrupt. Bulgaria threatened {l|that spring} to pull out unless Romania found a new contractor by {m|the end of the year}.

It never came to that. A Romanian firm, Drumul Sudului SA, took over the contract in {n|November 2022}. The last section of the deck was lifted into place {o|last October}, and the bridge passed its load tests, with 32 lorries of 40 tonnes each parked on it, in {p|May}. The final bill is €412 million, almost half as much again as planned. Contrary to reports in the Bulgarian press, the Commission did not fine Romania for the delays {q|last year}.

In Turnu Măgurele, people are cautious. “We heard the same promise {r|every four years}, before every election,” says Ileana Dobre, who opened a café by the ferry landing {s|a decade ago}. The ferry, which has crossed the river {t|every hour} since {u|1974}, will make its last crossing on {v|Sunday}.

The two prime ministers will cut the ribbon at {w|10 a.m.}, and traffic will start to flow {x|two hours later}. Tolls will be charged from {y|1 September}. A rail line across the bridge is planned for {z|the 2030s}, and the E70 road to Bucharest still needs widening.

Officials admit that the hoped-for boom in trade may take {aa|years}. For Dobre, that is a small worry: “For {ab|half a century} we waited for a boat. Now we wait for customers.”
""", {
    "hd": ("DURATION", "P17Y"), "a": ("DATE", "2026-07-04"), "b": ("DATE", "197"), "c": ("DATE", "2009-06"),
    "d": ("DATE", "2011"), "e": ("DATE", "2012-FA"), "f": ("DURATION", "P5Y", "LESS_THAN"),
    "g": ("DATE", "2017-03"), "h": ("DATE", "2021"), "i": ("DURATION", "P8M"),
    "j": ("DATE", "2020"), "k": ("DATE", "2022-01"), "l": ("DATE", "2022-SP"),
    "m": ("DATE", "2022", "END"), "n": ("DATE", "2022-11"), "o": ("DATE", "2025-10"),
    "p": ("DATE", "2026-05"), "q": ("DATE", "2025"), "r": ("SET", "P4Y"),
    "s": ("DATE", "2016"), "t": ("SET", "PT1H"), "u": ("DATE", "1974"),
    "v": ("DATE", "2026-07-05"), "w": ("TIME", "2026-07-04T10:00"), "x": ("TIME", "2026-07-04T12:00"),
    "y": ("DATE", "2026-09-01"), "z": ("DATE", "203"), "aa": ("DURATION", "PXY"),
    "ab": ("DURATION", "P50Y"),
}, [
    ev("a", "other", "scheduled", [], "Turnu Măgurele–Nikopol bridge opens to traffic", eid="opening"),
    ev("b", "other", "reported", [], "Engineers first survey the bridge site"),
    ev("c", "agreement", "reported", ["Romania", "Bulgaria"], "Romania and Bulgaria agree to build a Danube road bridge"),
    ev("d", "report", "reported", ["Nordvik Engineering"], "Feasibility study puts the bridge's cost at €280 million"),
    ev("e", "other", "reported", ["Romania"], "Romania freezes the bridge project to cut its deficit"),
    ev("g", "other", "reported", ["Romania", "Bulgaria", "European Commission"], "Work restarts after the Commission agrees to pay 85%"),
    ev("j", "other", "reported", ["Danube Link JV"], "Pandemic halts river piling for eight months"),
    ev("k", "economic", "reported", ["Costruzioni Ferretti", "Danube Link JV"], "Consortium partner Costruzioni Ferretti goes bankrupt"),
    ev("l", "statement", "reported", ["Bulgaria"], "Bulgaria threatens to pull out of the bridge project"),
    ev("m", "other", "threatened", ["Bulgaria"], "Bulgaria pulls out of the bridge project"),
    ev("n", "economic", "reported", ["Drumul Sudului SA"], "Drumul Sudului SA takes over the construction contract"),
    ev("o", "other", "reported", ["Drumul Sudului SA"], "Last section of the bridge deck is lifted into place"),
    ev("p", "other", "reported", [], "Bridge passes its load tests"),
    ev("q", "sanctions", "negated", ["European Commission", "Romania"], "Commission fines Romania over the bridge delays"),
    ev("s", "other", "reported", ["Ileana Dobre"], "Ileana Dobre opens a café by the ferry landing"),
    ev("v", "other", "scheduled", [], "Turnu Măgurele ferry makes its last crossing"),
    ev("w", "other", "scheduled", ["Romania", "Bulgaria"], "Romanian and Bulgarian prime ministers cut the ribbon"),
    ev("x", "other", "scheduled", [], "Traffic starts to flow across the bridge", eid="opening"),
    ev("y", "economic", "scheduled", ["Romania", "Bulgaria"], "Tolls are charged on the bridge"),
    ev("z", "other", "planned", [], "Rail line across the bridge"),
])

# ---------------------------------------------------------------- own40
# Stolen painting recovered, culture/crime news with its own "Updated:"
# line = dct (Friday 27 January 2023), DATE + TIME, no event. "Friday" is
# the dct. "11 years ago" and "4 March 2012" are two mentions of one theft
# in two sentences: `eid` "theft" (the most specific anchor cannot absorb
# the other, as in dev15's two mentions). "Wednesday" is past;
# "tomorrow" ahead. "early December" said in January is 2022-12 START.
# "the following year" counts from "2013". "this afternoon" (TIME) dates
# the director's statement. "June" is ahead (planned). The Maastricht sale
# in "2019" is negated (prosecutors' statement is undated: no statement
# row). "next Thursday" said on a Friday is in the following ISO week: 2
# February. The dated threat ("yesterday") gets a statement row, the
# threatened suit its deadline "Monday" (30 January). "under four minutes"
# is a DURATION with LESS_THAN. Distractors: aged 58 and 63, €1.2 million,
# €50,000, 80 by 120 cm, lot 212, the hotline 0800 30 300.
assert wd("2023-01-27") == "Friday"
assert last_wd("2023-01-27", "Wednesday") == "2023-01-25" and next_wd("2023-01-27", "Monday") == "2023-01-30"
assert next_week_wd("2023-01-27", "Thursday") == "2023-02-02"
doc("own40", "2023-01-27", """
Updated: {a|27 January 2023}, {b|16:20 CET}

Culture › Crime

Seascape stolen from Ostend museum found rolled up in Antwerp garage

Belgian police have recovered a seascape by the painter Léon Vermaut that was stolen from the Kursaal Museum in Ostend {c|11 years ago}, prosecutors in Antwerp said on {d|Friday}.

Officers of the federal police found the canvas, The Storm at Blankenberge, rolled up in a cardboard tube during a raid on a garage in the Antwerp district of Deurne on {e|Wednesday}. Two men, aged 58 and 63, were arrested. They will appear before an investigating judge {f|tomorrow}.

The painting, which measures 80 by 120 cm, was taken on {g|4 March 2012}, when thieves cut through a skylight and disabled the museum’s alarm in {h|under four minutes}. The breakthrough came when an anonymous caller rang the police hotline, 0800 30 300, in {i|early December}.

The museum’s insurer, Ardenne Assurances, paid it €1.2 million in {j|2013} and offered a €50,000 reward for information {k|the following year}. A spokesman said the insurer would now discuss with the museum who owns the work.

Museum director Els Van Damme said {l|this afternoon} that the canvas had been creased but not torn. “After {m|several months} of restoration, we want everyone to see it again,” she said. The museum plans to show the painting in a special exhibition from {n|June}.

Prosecutors said there was no evidence that the painting had been offered as lot 212 at an auction in Maastricht in {o|2019}, as a Dutch newspaper had reported.

A court-ordered auction of property belonging to the garage’s owner, which had been set for {p|next Thursday}, has been suspended.

Patrick Sterckx, the lawyer for one of the arrested men, threatened {q|yesterday} to sue the police for damage to his client’s garage if the door was not repaired by {r|Monday}.

It was not the first theft at the Kursaal. In {s|2007} thieves took two drawings by James Ensor from a storeroom; they have never been found.
""", {
    "a": ("DATE", "2023-01-27"), "b": ("TIME", "2023-01-27T16:20"), "c": ("DATE", "2012"),
    "d": ("DATE", "2023-01-27"), "e": ("DATE", "2023-01-25"), "f": ("DATE", "2023-01-28"),
    "g": ("DATE", "2012-03-04"), "h": ("DURATION", "PT4M", "LESS_THAN"), "i": ("DATE", "2022-12", "START"),
    "j": ("DATE", "2013"), "k": ("DATE", "2014"), "l": ("TIME", "2023-01-27TAF"),
    "m": ("DURATION", "PXM"), "n": ("DATE", "2023-06"), "o": ("DATE", "2019"),
    "p": ("DATE", "2023-02-02"), "q": ("DATE", "2023-01-26"), "r": ("DATE", "2023-01-30"),
    "s": ("DATE", "2007"),
}, [
    ev("c", "other", "reported", ["Kursaal Museum"], "Vermaut seascape is stolen from the Kursaal Museum", eid="theft"),
    ev("d", "statement", "reported", ["Antwerp prosecutor's office"], "Prosecutors announce the recovery of the stolen Vermaut seascape"),
    ev("e", "legal", "reported", ["Belgian Federal Police"], "Police find the painting in a raid on a Deurne garage"),
    ev("f", "legal", "scheduled", [], "Two arrested men appear before an investigating judge"),
    ev("g", "other", "reported", ["Kursaal Museum"], "Thieves cut through a skylight and steal the painting", eid="theft"),
    ev("i", "other", "reported", ["Belgian Federal Police"], "Anonymous caller tips off the police hotline"),
    ev("j", "economic", "reported", ["Ardenne Assurances", "Kursaal Museum"], "Ardenne Assurances pays the museum €1.2 million"),
    ev("k", "economic", "reported", ["Ardenne Assurances"], "Insurer offers a €50,000 reward for information"),
    ev("l", "statement", "reported", ["Kursaal Museum", "Els Van Damme"], "Museum director says the canvas is creased but not torn"),
    ev("n", "other", "planned", ["Kursaal Museum"], "Museum shows the painting in a special exhibition"),
    ev("o", "economic", "negated", [], "Stolen painting is offered at a Maastricht auction"),
    ev("p", "economic", "cancelled", [], "Court-ordered auction of the garage owner's property"),
    ev("q", "statement", "reported", ["Patrick Sterckx"], "Lawyer threatens to sue the police over garage damage"),
    ev("r", "legal", "threatened", ["Patrick Sterckx", "Belgian Federal Police"], "Lawyer sues the police over damage to the garage"),
    ev("s", "other", "reported", ["Kursaal Museum"], "Thieves steal two Ensor drawings from the Kursaal Museum"),
])


def main():
    ownbuild.write_checked(DOCS, OUT, "own5", (250, 600))


if __name__ == "__main__":
    main()
