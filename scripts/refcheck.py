#!/usr/bin/env python3
"""refcheck: how far the inferred reference date lies from the gold one.

For each gold JSON Lines file it runs `timeline eval` with and without the
creation dates, and `timeline dates` on copies without them, and prints the
value F1 of every group of records (all, those whose text names a year,
and each half: A the odd-numbered records, B the even-numbered ones), how
many inferred references have the right year, month and day, and with
--docs one line per record.

    go build -o /tmp/tl ./cmd/timeline
    scripts/refcheck.py --bin /tmp/tl [--docs] GOLD.jsonl...
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s: %s" % (" ".join(cmd), p.stderr))
    return p.stdout


def per_doc(binary, path, nodct):
    cmd = [binary, "eval", "--json", "-j", "2"]
    if nodct:
        cmd.append("--no-dct")
    out = json.loads(run(cmd + [path]))
    rep = out.get("dates", out) if "per_corpus" not in out else out
    counts = {}
    for g in rep["per_corpus"]:
        s = g
        counts[g["name"]] = (s["gold"], s["system"], s["value_match"])
    return counts


def f1(counts, ids):
    gold = sum(counts[i][0] for i in ids if i in counts)
    system = sum(counts[i][1] for i in ids if i in counts)
    match = sum(counts[i][2] for i in ids if i in counts)
    return 2 * match / (gold + system) if gold + system else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="/tmp/tl")
    ap.add_argument("--docs", action="store_true", help="one line per record")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="refcheck")
    for path in a.files:
        docs = [json.loads(l) for l in open(path) if l.strip()]
        name = os.path.basename(path)
        gold = os.path.join(tmp, name)
        bare = os.path.join(tmp, "bare-" + name)
        with open(gold, "w") as g, open(bare, "w") as b:
            for d in docs:
                d = dict(d)
                d["corpus"] = d["id"]
                g.write(json.dumps(d) + "\n")
                d.pop("dct", None)
                d.pop("date", None)
                b.write(json.dumps(d) + "\n")
        given = per_doc(a.bin, gold, False)
        withheld = per_doc(a.bin, gold, True)
        out = json.loads(run([a.bin, "dates", "-q", "-f", "json", bare]))
        refs = {i["doc"]: i for i in out["inputs"]}
        groups = {"all": [], "A": [], "B": [], "year": [], "yA": [], "yB": []}
        rows = []
        for k, d in enumerate(docs):
            half = "A" if k % 2 == 0 else "B"
            hasyear = bool(YEAR.search(d["text"]))
            groups["all"].append(d["id"])
            groups[half].append(d["id"])
            if hasyear:
                groups["year"].append(d["id"])
                groups["y" + half].append(d["id"])
            r = refs.get(d["id"], {})
            ref = r.get("ref", "")
            dct = d.get("dct", "")[:10]
            diff = None
            if ref and dct:
                diff = (datetime.date.fromisoformat(ref) - datetime.date.fromisoformat(dct)).days
            rows.append((d["id"], half, hasyear, dct, ref, diff, r.get("ref_source", ""), r.get("ref_reason", "")))
        print("== %s" % path)
        print("  %-5s %4s  %6s %6s" % ("group", "docs", "given", "no-dct"))
        for gname, ids in groups.items():
            print("  %-5s %4d  %6.3f %6.3f" % (gname, len(ids), f1(given, ids), f1(withheld, ids)))
        for sel, label in ((lambda r: r[2], "year docs"),):
            rs = [r for r in rows if sel(r)]
            srcs = {}
            for r in rs:
                srcs[r[6]] = srcs.get(r[6], 0) + 1
            y = sum(1 for r in rs if r[4][:4] == r[3][:4])
            m = sum(1 for r in rs if r[4][:7] == r[3][:7])
            dd = sum(1 for r in rs if r[4] == r[3])
            lost = {h: sum(given[r[0]][2] - withheld[r[0]][2] for r in rs if r[0] in given and r[1] in h) for h in ("AB", "A", "B")}
            print("  %s: %d, sources %s; year %d, month %d, day %d right; value matches lost %d (A %d, B %d)" % (
                label, len(rs), srcs, y, m, dd, lost["AB"], lost["A"], lost["B"]))
            buckets = {"same day": 0, "1-7d": 0, "8-31d": 0, "32-365d": 0, ">1y": 0}
            for r in rs:
                if r[5] is None:
                    continue
                x = abs(r[5])
                key = "same day" if x == 0 else "1-7d" if x <= 7 else "8-31d" if x <= 31 else "32-365d" if x <= 365 else ">1y"
                buckets[key] += 1
            print("  distance: %s" % buckets)
        if a.docs:
            for r in rows:
                lost = given[r[0]][2] - withheld[r[0]][2] if r[0] in given else 0
                print("  %-14s %s %s %s %s %7s %-9s lost %2d/%2d  %s" % (
                    r[0], r[1], "y" if r[2] else "-", r[3], r[4] or "?",
                    r[5], r[6], lost, given.get(r[0], (0, 0, 0))[0], r[7][:110]))


if __name__ == "__main__":
    main()
