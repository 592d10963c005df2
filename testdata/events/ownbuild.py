"""Shared builder of the project's own event test sets (own2.jsonl to
own6.jsonl): articles written with inline markup {label|surface} for each
temporal expression, a dict of TIMEX3 values per label and the gold events,
turned into JSON Lines with UTF-8 byte offsets computed, never typed.
"""
import datetime as dt
import json
import re
import sys

MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")
STATUSES = {"reported", "scheduled", "planned", "expected", "cancelled", "negated", "threatened"}
TYPES = {"visit", "meeting", "talks", "agreement", "sanctions", "supply", "attack",
         "statement", "report", "election", "legal", "economic", "disaster", "other"}


def doc(docs, id, dct, src, tx, events):
    """Adds an article to docs."""
    docs.append({"id": id, "dct": dct, "src": src.strip("\n") + "\n", "tx": tx, "events": events})


def ev(at, type, status, actors, summary, end=None, eid=None):
    """Returns a gold event anchored at label at (and ending at label end)."""
    if type not in TYPES:
        sys.exit(f"unknown event type {type!r} at {at!r}")
    if status not in STATUSES:
        sys.exit(f"unknown status {status!r} at {at!r}")
    return {"at": at, "type": type, "status": status, "actors": actors,
            "summary": summary, "end": end, "eid": eid}


def build(d):
    """Returns the JSON record of article d."""
    src = d["src"]
    parts, pos, spans = [], 0, {}
    nbytes = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        parts.append(chunk)
        nbytes += len(chunk.encode("utf-8"))
        label, surface = m.group(1), m.group(2)
        if label in spans:
            sys.exit(f"{d['id']}: label {label} used twice")
        start = nbytes
        nbytes += len(surface.encode("utf-8"))
        spans[label] = (start, nbytes, surface)
        parts.append(surface)
        pos = m.end()
    parts.append(src[pos:])
    text = "".join(parts)
    if any(c in text for c in "{}|"):
        sys.exit(f"{d['id']}: markup left in the text")
    if set(spans) != set(d["tx"]):
        sys.exit(f"{d['id']}: labels without a value or values without a label: "
                 f"{sorted(set(spans) ^ set(d['tx']))}")
    raw = text.encode("utf-8")
    timex = []
    for label, (s, e, surface) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        if raw[s:e].decode("utf-8") != surface:
            sys.exit(f"{d['id']}: offset error at {label}")
        v = d["tx"][label]
        t = {"start": s, "end": e, "text": surface, "type": v[0], "value": v[1]}
        if len(v) > 2:
            t["mod"] = v[2]
        timex.append(t)
    events = []
    for x in d["events"]:
        s, e, surface = spans[x["at"]]
        ttype, value = d["tx"][x["at"]][:2]
        if ttype not in ("DATE", "TIME"):
            sys.exit(f"{d['id']}: event anchored to a {ttype} ({x['at']})")
        row = {"date": value.split("T")[0] if ttype == "TIME" else value}
        if x["end"]:
            e2 = spans[x["end"]][1]
            row["date_end"] = d["tx"][x["end"]][1]
            row["expr"] = raw[s:e2].decode("utf-8")
        else:
            row["expr"] = surface
        row["expr_start"] = s
        row["type"] = x["type"]
        row["actors"] = x["actors"]
        row["summary"] = x["summary"]
        row["status"] = x["status"]
        if x["eid"]:
            row["eid"] = x["eid"]
        events.append(row)
    return {"id": d["id"], "dct": d["dct"], "text": text, "timex": timex, "events": events}


def write(docs, out):
    """Writes docs as JSON Lines to the file out."""
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(build(d), ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {out}")


# ---------------------------------------------------------------- checks
# The builders' own validation of the written records, on top of the shared
# check.py: offsets, anchors, value syntax, calendar days, weekday and
# month words, deictic words against the dct, event dates and ranges.

DATE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF|\d{3}|\d{4}(-(SP|SU|FA|WI|Q[1-4]|H[12]))?"
    r"|\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?)$")
TIME_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
                     r"T(([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?Z?|MO|AF|EV|NI)$")
DUR_RE = re.compile(r"^PT?(\d+|X)(Y|M|W|D|H|S|DE|CE)$")
SET_RE = re.compile(r"^(P\d+(Y|M|W|D)|PT\d+(H|M)|XXXX-WXX-[1-7])$")
MODS = {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ABBR = {"jan": 1, "feb": 2, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12, "aug": 8}
HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
            "new year’s day": (1, 1), "new year’s eve": (12, 31), "st. patrick’s day": (3, 17)}


def day_of(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def check(rec, words=(200, 450)):
    """Returns the list of problems found in one written record."""
    bad = []
    text, raw, dct = rec["text"], rec["text"].encode("utf-8"), dt.date.fromisoformat(rec["dct"])
    n = len(text.split())
    if not words[0] <= n <= words[1]:
        bad.append(f"{n} words, want {words[0]}-{words[1]}")
    starts, prev = {}, -1
    for t in rec["timex"]:
        s, e, v, ty = t["start"], t["end"], t["value"], t["type"]
        if raw[s:e].decode("utf-8") != t["text"]:
            bad.append(f"offset {s}:{e} does not decode to {t['text']!r}")
        if s < prev:
            bad.append(f"timex at {s} overlaps or is out of order")
        prev = e
        if re.match(r"(?i)(on|in|at|over|by|until|through|since|from|between) ", t["text"]):
            bad.append(f"{t['text']!r} starts with a preposition")
        ok = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DUR_RE, "SET": SET_RE}[ty].match(v)
        if not ok or (re.match(r"^\d{4}-\d{2}-\d{2}", v) and day_of(v) is None):
            bad.append(f"{t['text']!r}: bad {ty} value {v}")
        if t.get("mod", "START") not in MODS:
            bad.append(f"{t['text']!r}: bad mod {t['mod']}")
        low, day = t["text"].lower(), day_of(v)
        words = re.findall(r"[a-z]+", low)
        for w in words:
            if w in WEEKDAYS and ty != "SET" and (day is None or day.weekday() != WEEKDAYS.index(w)):
                bad.append(f"{t['text']!r}: {w} but {v}")
            if w in WEEKDAYS and ty == "SET" and v != f"XXXX-WXX-{WEEKDAYS.index(w) + 1}":
                bad.append(f"{t['text']!r}: {w} but {v}")
            mo = (MONTHS.index(w) + 1) if w in MONTHS else ABBR.get(w)
            if mo and re.match(r"^\d{4}-\d{2}", v) and int(v[5:7]) != mo:
                bad.append(f"{t['text']!r}: month {w} but {v}")
        for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", t["text"]):
            if not v.startswith(y):
                bad.append(f"{t['text']!r}: year {y} but {v}")
        for h, (hm, hd) in HOLIDAYS.items():
            if low == h and (day is None or (day.month, day.day) != (hm, hd)):
                bad.append(f"{t['text']!r}: holiday but {v}")
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", t["text"])
        if m and v != f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}":
            bad.append(f"{t['text']!r}: day-first date but {v}")
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t["text"])
        if m and v != f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}":
            bad.append(f"{t['text']!r}: month-first date but {v}")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["text"]) and v != t["text"]:
            bad.append(f"{t['text']!r}: ISO date but {v}")
        deictic = {"today": dct, "yesterday": dct - dt.timedelta(1), "tomorrow": dct + dt.timedelta(1)}
        if low in deictic and v != deictic[low].isoformat():
            bad.append(f"{t['text']!r}: want {deictic[low]} got {v}")
        parts = {"tonight": "NI", "this morning": "MO", "this afternoon": "AF", "this evening": "EV"}
        if low in parts and v != f"{dct}T{parts[low]}":
            bad.append(f"{t['text']!r}: want {dct}T{parts[low]} got {v}")
        for word, k in (("last week", -7), ("this week", 0), ("next week", 7)):
            if low == word:
                y, w, _ = (dct + dt.timedelta(k)).isocalendar()
                if v != f"{y}-W{w:02d}":
                    bad.append(f"{t['text']!r}: want {y}-W{w:02d} got {v}")
        for word, k in (("last year", -1), ("this year", 0), ("next year", 1)):
            if low == word and v != str(dct.year + k):
                bad.append(f"{t['text']!r}: want {dct.year + k} got {v}")
        for word, k in (("last month", -1), ("next month", 1)):
            if low == word:
                mm = dct.year * 12 + dct.month - 1 + k
                if v != f"{mm // 12}-{mm % 12 + 1:02d}":
                    bad.append(f"{t['text']!r}: want {mm // 12}-{mm % 12 + 1:02d} got {v}")
        if low in WEEKDAYS and day and abs((day - dct).days) > 6:
            bad.append(f"{t['text']!r}: bare weekday {v} far from the dct")
        starts[s] = t
    for x in rec["events"]:
        t = starts.get(x["expr_start"])
        if t is None:
            bad.append(f"event {x['summary']!r}: expr_start is no timex start")
            continue
        if t["type"] not in ("DATE", "TIME") or t["value"].endswith("_REF"):
            bad.append(f"event {x['summary']!r}: anchored to {t['type']} {t['value']}")
        want = t["value"].split("T")[0] if t["type"] == "TIME" else t["value"]
        if x["date"] != want:
            bad.append(f"event {x['summary']!r}: date {x['date']} != anchor {t['value']}")
        eb = x["expr"].encode("utf-8")
        if raw[x["expr_start"]:x["expr_start"] + len(eb)] != eb:
            bad.append(f"event expr {x['expr']!r} not at its offset")
        if "date_end" in x:
            ends = [u for u in rec["timex"] if u["end"] == x["expr_start"] + len(eb) and u["start"] > t["start"]]
            if not ends or ends[0]["value"] != x["date_end"] or x["date_end"] <= x["date"]:
                bad.append(f"event {x['summary']!r}: bad range end")
        elif x["expr"] != t["text"]:
            bad.append(f"event {x['summary']!r}: expr longer than its timex")
        if not 1 <= len(x["summary"].split()) <= 12:
            bad.append(f"summary not 1-12 words: {x['summary']!r}")
    if len({x["expr_start"] for x in rec["events"]}) != len(rec["events"]):
        bad.append("two events share one anchor")
    eids = [x["eid"] for x in rec["events"] if "eid" in x]
    if any(eids.count(k) < 2 for k in eids):
        bad.append("an eid links only one event")
    # a printed publication date (dateline or header line) is the dct and anchors no event
    for m in re.finditer(r"(?m)^(Posted|Published|Updated|Broadcast): |^[A-ZÀ-Ý][A-ZÀ-Ý .'-]+, (?=\d)", text):
        pos = len(text[:m.end()].encode("utf-8"))
        t = starts.get(pos)
        if t is None or t["value"] != rec["dct"]:
            bad.append(f"publication line at {pos} is not the dct")
        if any(x["expr_start"] == pos for x in rec["events"]):
            bad.append("publication line anchors an event")
    return bad


def write_checked(docs, out, name, words):
    """Writes docs to out, checks every record written (see check, with
    texts of words[0] to words[1] words) and exits with status 1 if one
    fails."""
    write(docs, out)
    recs = [json.loads(line) for line in open(out, encoding="utf-8")]
    failed = False
    for rec in recs:
        for problem in check(rec, words):
            print(f"{rec['id']}: {problem}")
            failed = True
    if failed:
        sys.exit(1)
    print(f"{name} checks OK")


# Date helpers for the asserts that check the weekdays and relative dates
# of an article against its dct.

def wd(s):
    """Weekday name of an ISO date."""
    return dt.date.fromisoformat(s).strftime("%A")


def last_wd(dct, name):
    """The latest such weekday before dct ("last Monday", a bare past weekday)."""
    d = dt.date.fromisoformat(dct) - dt.timedelta(1)
    while d.strftime("%A") != name:
        d -= dt.timedelta(1)
    return d.isoformat()


def next_wd(dct, name):
    """The first such weekday after dct (a bare future weekday)."""
    d = dt.date.fromisoformat(dct) + dt.timedelta(1)
    while d.strftime("%A") != name:
        d += dt.timedelta(1)
    return d.isoformat()


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def this_week_wd(dct, name):
    """"this <weekday>": that weekday in the dct's ISO week."""
    d = dt.date.fromisoformat(dct)
    return (d - dt.timedelta(d.weekday()) + dt.timedelta(WEEKDAYS.index(name))).isoformat()


def next_week_wd(dct, name):
    """"next <weekday>": that weekday in the ISO week after the dct's."""
    return (dt.date.fromisoformat(this_week_wd(dct, name)) + dt.timedelta(7)).isoformat()


def iso_week(s, k=0):
    """The ISO week of date s, k weeks on, as a TIMEX3 value."""
    y, w, _ = (dt.date.fromisoformat(s) + dt.timedelta(7 * k)).isocalendar()
    return f"{y}-W{w:02d}"


def years_with(day, month, name):
    """The years 2010-2030 in which day/month falls on the weekday name."""
    return [y for y in range(2010, 2031) if dt.date(y, month, day).strftime("%A") == name]
