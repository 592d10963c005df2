"""Shared builder of the project's own event test sets (own2.jsonl,
own3.jsonl): articles written with inline markup {label|surface} for each
temporal expression, a dict of TIMEX3 values per label and the gold events,
turned into JSON Lines with UTF-8 byte offsets computed, never typed.
"""
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
