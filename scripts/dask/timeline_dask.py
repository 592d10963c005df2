#!/usr/bin/env python3
"""Run "timeline extract" over a JSON Lines corpus on a Dask cluster.

The map step runs on the workers: the input is cut into partitions of
whole lines (plain files into blocks of --blocksize, each .gz file whole,
as gzip cannot be split), and each partition is piped through

    timeline extract -q --input-format jsonl -f jsonl -j 1

whose sorted events go to DIR/part-NNNNN.jsonl. The reduce step runs here:
"timeline merge" joins the parts, in partition order, into one timeline
(on standard output, or -o). The result is byte for byte what one run gives
over the inputs read one after the other:

    cat FILE... | timeline extract --input-format jsonl -f jsonl [FLAGS]

A file whose last line has no line break ends that line there, as if it had
one (cat would join it to the next file's first line).

Two things make the parts add up to that single run:

  * Events sort by date, precision, then file name, document id and offset
    of the first mention, so sorted streams merge into the order of one run,
    and equal keys go by stream, so parts are merged in input order.
  * A record without an id gets "-:LINE", its line number in the standard
    input. The driver counts the lines of every partition first (a cheap
    pass on the workers) and gives such a record the id of its line in the
    whole input, so it keeps the id a single run would give it.

"extract --stream" is not used for the map step: it writes each document's
events as soon as it is done, sorted within the document only, and merge
needs sorted streams. A partition's events are held in memory until it is
sorted (about 8 bytes of memory per byte of input), which --blocksize bounds.

A failed partition is retried (--retries); a worker that dies has its
partitions run again elsewhere. Each part is written under a temporary name
and renamed when complete, so a retried or repeated partition never leaves a
half or a second copy. Partitions that still fail are named, and then
nothing is merged.

Flags after "--" are timeline's: --merge, the filters (--since, --until,
--type, --status, --actor) and the output flags (-f, --width, --csv-raw,
--bom) go to the merge step, which applies them as one extract run would;
the others (such as --ref, --date-order, --anchor, --text-field) go to
every extract run. --id-field is the driver's own flag, as it needs the name
too.

Examples:

    # a laptop: a local cluster of 4 workers
    timeline_dask.py --local 4 -d parts -o timeline.jsonl 'news/*.jsonl.gz'
    # a running cluster, the binary shipped to the workers, joined events
    timeline_dask.py --scheduler tcp://10.0.0.5:8786 --upload --timeline ./timeline \\
        -d /shared/parts corpus.jsonl -- --merge --since 2024
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid

PROG = "timeline-dask"

# The flags of "timeline merge" that select or format events; they are
# given to the merge step, and every other timeline flag to extract.
MERGE_BOOL = {"--merge", "--csv-raw", "--bom"}
MERGE_VALUE = {"--since", "--until", "--type", "--status", "--actor", "-f", "--format", "--width"}
# The flags of "timeline extract" that take no value.
EXTRACT_BOOL = {"--csv-raw", "--bom", "-q", "--quiet", "--stream", "--merge"}

# Go's unicode.IsSpace, which bytes.TrimSpace uses to trim a record's line.
# Python's str.strip would also trim \x1c-\x1f, which Go keeps.
GO_SPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
BOM = b"\xef\xbb\xbf"


def main(argv):
    args, timeline_args = parse_args(argv)
    try:
        extract_args, merge_args = split_flags(timeline_args)
    except ValueError as e:
        die(str(e), 2)
    paths = expand(args.inputs)
    if not paths:
        die("no input files match " + " ".join(args.inputs), 2)
    local = shutil.which(args.timeline)
    if local is None:
        die("timeline binary %r not found here, where the merge step runs (give its path with --timeline)" % args.timeline, 2)

    import dask
    from dask.bytes import read_bytes
    from distributed import Client, LocalCluster

    os.makedirs(args.dir, exist_ok=True)
    clean(args.dir, stale_parts=True)

    cluster = None
    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    elif args.scheduler_file:
        client = Client(scheduler_file=args.scheduler_file)
    else:
        client = Client(args.scheduler)
    try:
        # A path with a directory is made absolute for the workers; a bare
        # name is looked up on each worker's PATH.
        worker_bin = os.path.abspath(args.timeline) if os.sep in args.timeline else args.timeline
        if args.upload:
            client.upload_file(local)
            worker_bin = "upload:" + os.path.basename(local)

        # Partitions: delayed byte blocks that end at line breaks.
        parts = []  # (label, delayed bytes)
        for path in paths:
            gz = path.endswith(".gz")
            _, blocks = read_bytes(path, delimiter=b"\n", sample=False,
                                   blocksize=None if gz else args.blocksize,
                                   compression="gzip" if gz else None)
            for i, b in enumerate(blocks[0]):
                parts.append(("%s, block %d" % (path, i + 1), b))
        n = len(parts)
        log("%d input file(s), %d partition(s)" % (len(paths), n))

        # A quick task checks the binary and the flags on a worker before
        # the run: a wrong flag would otherwise fail every partition.
        check = client.submit(check_extract, worker_bin, extract_args, pure=False)
        problem = check.result()
        if problem:
            die(problem, 2)

        # Pass 1: the lines of each partition, for the ids of records
        # that have none.
        started = time.monotonic()
        try:
            counts = client.gather(client.compute([dask.delayed(count_lines)(b) for _, b in parts], retries=args.retries))
        except Exception as e:
            die("reading the input: %s" % describe(e), 1)
        first, line = [], 1
        for c in counts:
            first.append(line)
            line += c
        log("%d lines counted in %.1f s" % (line - 1, time.monotonic() - started))

        # Pass 2: extract each partition into its part file.
        run = uuid.uuid4().hex[:8]
        delay = float(os.environ.get("TIMELINE_DASK_TEST_DELAY", "0") or 0)
        fold = default_fields(extract_args, args.id_field)
        tasks = [dask.delayed(extract_partition)(
            b, part_name(i), first[i], args.dir, worker_bin, extract_args, args.task_jobs,
            args.id_field, fold, delay,
            dask_key_name="extract-%s-%05d" % (run, i))
            for i, (_, b) in enumerate(parts)]
        futures = client.compute(tasks, retries=args.retries)
        failed, soft = run_progress(futures, parts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    clean(args.dir, stale_parts=False)
    if failed:
        for name, label, err in failed:
            log("partition %s (%s) failed: %s" % (name, label, err))
        log("%d of %d partition(s) failed; nothing merged" % (len(failed), n))
        return 1

    # The reduce step, over the parts in partition order.
    cmd = [local, "merge"] + merge_args
    if args.output:
        cmd += ["-o", args.output]
    cmd += [os.path.join(args.dir, part_name(i)) for i in range(n)]
    rc = subprocess.call(cmd)
    if rc != 0:
        log("timeline merge exited with status %d" % rc)
        return rc
    return 1 if soft else 0


def parse_args(argv):
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
    else:
        rest = []
    p = argparse.ArgumentParser(
        prog="timeline_dask.py",
        description="Extract a timeline from JSON Lines files (plain or .gz) on a Dask cluster, "
                    "then merge the parts into one. Flags after -- are timeline's.",
        epilog="The output equals one 'timeline extract --input-format jsonl -f jsonl' run "
               "over the inputs read one after the other, byte for byte.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines file or glob; .gz files are read whole")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDR", help="address of a running scheduler, such as tcp://10.0.0.5:8786")
    where.add_argument("--scheduler-file", metavar="FILE", help="scheduler file written by 'dask scheduler --scheduler-file'")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N single-threaded workers")
    p.add_argument("-d", "--dir", required=True, metavar="DIR",
                   help="directory for the parts (part-NNNNN.jsonl); the workers write it and this machine reads it, so on "
                        "a cluster it must be shared; its old part files are removed first")
    p.add_argument("-o", "--output", metavar="FILE", help="write the merged timeline to FILE (default: standard output)")
    p.add_argument("--timeline", default="timeline", metavar="PATH",
                   help="timeline binary: a name looked up on each worker's PATH, or a path every worker can run "
                        "(default: timeline); the merge step runs it here")
    p.add_argument("--upload", action="store_true",
                   help="ship the --timeline binary to every worker (client.upload_file), workers that join later too")
    p.add_argument("--blocksize", default="16MiB", metavar="SIZE",
                   help="bytes of plain input a partition (default: 16MiB; memory per task is about 8 times that)")
    p.add_argument("--retries", type=int, default=3, metavar="N", help="times a failed partition is retried (default: 3)")
    p.add_argument("--task-jobs", type=int, default=1, metavar="N",
                   help="timeline -j within each task (default: 1; the workers' threads run tasks in parallel)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="the records' id field, as timeline's --id-field (default: id); a record without one is given its line's id")
    args = p.parse_args(argv)
    if args.local is not None and args.local < 1:
        p.error("--local needs at least 1 worker")
    from dask.utils import parse_bytes
    args.blocksize = parse_bytes(args.blocksize)
    if any(f.split("=", 1)[0] == "--id-field" for f in rest):
        p.error("give --id-field before --: the driver needs it too")
    if args.id_field != "id":
        rest = ["--id-field", args.id_field] + rest
    return args, rest


def split_flags(flags):
    """Split timeline flags into those of extract and those of merge."""
    extract, merge = [], []
    i = 0
    while i < len(flags):
        f = flags[i]
        if not f.startswith("-") or f == "-":
            raise ValueError("%r after --: give inputs before --, and only timeline flags after it" % f)
        name = f.split("=", 1)[0]
        if name in ("-o", "--output"):
            raise ValueError("give -o before --: it names the merged output")
        if name == "--stream":
            raise ValueError("--stream cannot be used: merge needs each part sorted, and --stream sorts only within a document")
        takes_value = "=" not in f and name not in EXTRACT_BOOL and name not in MERGE_BOOL
        group = merge if name in MERGE_BOOL or name in MERGE_VALUE else extract
        group.append(f)
        if takes_value and i + 1 < len(flags):
            group.append(flags[i + 1])
            i += 1
        i += 1
    return extract, merge


def default_fields(extract_args, id_field):
    """Whether the record fields keep their default names. timeline then
    decodes a record into a struct, whose keys match in any case; with any
    other name, into a map, whose keys match exactly."""
    defaults = {"--text-field": ("text",), "--date-field": ("date", "dct"), "--url-field": ("url",)}
    ok = id_field == "id"
    for i, f in enumerate(extract_args):
        name, _, value = f.partition("=")
        if name in defaults:
            if not _ and i + 1 < len(extract_args):
                value = extract_args[i + 1]
            ok = ok and value in defaults[name] + ("",)
    return ok


def expand(patterns):
    """Expand globs, in the order given; each glob's matches sorted."""
    paths = []
    for p in patterns:
        if "://" in p:
            paths.append(p)  # a remote URL, read by fsspec on the workers
            continue
        p = os.path.expanduser(p)
        m = sorted(glob.glob(p)) if glob.has_magic(p) else [p]
        paths.extend(os.path.abspath(x) for x in m)
    return paths


def part_name(i):
    return "part-%05d.jsonl" % i


def clean(d, stale_parts):
    """Remove the temporary files that killed attempts left in d (and,
    before a run, the parts of an earlier run)."""
    for name in os.listdir(d):
        if name.startswith(".part-") or (stale_parts and name.startswith("part-") and name.endswith(".jsonl")):
            try:
                os.remove(os.path.join(d, name))
            except FileNotFoundError:
                pass


def run_progress(futures, parts):
    """Wait for the partitions, reporting progress on standard error."""
    from distributed import as_completed
    names = {f.key: i for i, f in enumerate(futures)}
    done, nbytes, failed, soft = 0, 0, [], False
    started = last = time.monotonic()
    for f, r in as_completed(futures, with_results=True, raise_errors=False):
        i = names[f.key]
        done += 1
        if f.status == "finished":
            nbytes += r["bytes"]
            if r["warnings"]:
                soft = soft or r["status"] == 1
                for w in r["warnings"].splitlines():
                    log("%s: %s" % (part_name(i), w))
        else:
            failed.append((part_name(i), parts[i][0], describe(f.exception())))
        now = time.monotonic()
        if now - last >= 1 or done == len(futures):
            last = now
            secs = max(now - started, 1e-9)
            log("%d/%d partitions done, %d failed, %.1f MB in %.1f s, %.2f MB/s" % (
                done, len(futures), len(failed), nbytes / 1e6, secs, nbytes / 1e6 / secs))
    failed.sort()
    return failed, soft


def describe(err):
    s = str(err).strip() or type(err).__name__
    return "%s: %s" % (type(err).__name__, s) if type(err).__name__ not in s else s


# The functions below run on the workers.


def resolve(worker_bin):
    """The path of the timeline binary on this worker."""
    if worker_bin.startswith("upload:"):
        from distributed import get_worker
        path = os.path.join(get_worker().local_directory, worker_bin[len("upload:"):])
        if not os.access(path, os.X_OK):
            os.chmod(path, 0o755)  # upload_file does not keep the mode
        return path
    path = shutil.which(worker_bin)
    if path is None:
        raise FileNotFoundError("timeline binary %r not found on worker %s" % (worker_bin, os.uname().nodename))
    return path


def check_extract(worker_bin, extract_args):
    """Run extract on no input; return a message if it cannot run."""
    try:
        path = resolve(worker_bin)
    except Exception as e:
        return str(e)
    p = subprocess.run([path, "extract", "-q", "--input-format", "jsonl", "-f", "jsonl"] + extract_args,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode == 2:
        return "timeline extract %s: %s" % (" ".join(extract_args), p.stderr.decode(errors="replace").strip())
    return None


def count_lines(block):
    """The lines of a block of whole lines; the last may lack its break."""
    n = block.count(b"\n")
    if block and not block.endswith(b"\n"):
        n += 1
    return n


def number_records(block, first, id_field, fold):
    """Give each record of block that has no id the id "-:LINE" that a
    single run over standard input gives it, LINE counting from first.
    Return the records and whether any line holds more than spaces.

    This follows how timeline reads a line: a byte order mark is trimmed on
    the first line of the input only, then spaces (Go's unicode.IsSpace) at
    both ends; a blank line is skipped but counted. The id is read with Go's
    encoding/json: with every field name left at its default (fold), keys
    match "id" in any case, else only the exact name; the last such key
    wins, and null counts as absent. The id is added as the record's last
    key so that it wins the same way. A line that is not a JSON object is
    passed as it is: timeline reports it."""
    lines = block.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    want = id_field.casefold() if fold else id_field
    key = json.dumps(id_field)
    out, text = [], False
    for k, raw in enumerate(lines):
        line = first + k
        if line > 1 and k == 0 and raw.startswith(BOM):
            # The partition's first line, which timeline would trim: the
            # mark is doubled so that the record stays as broken as it is
            # in a single run, which skips it.
            raw = BOM + raw
        s = raw.decode("utf-8", "surrogateescape")
        if line == 1 and s.startswith("\ufeff"):
            s = s[1:]
        t = s.strip(GO_SPACE)
        if t:
            text = True
        if not t.startswith("{") or not t.endswith("}"):
            out.append(raw)
            continue
        try:
            pairs = json.loads(t, object_pairs_hook=lambda p: p)
        except ValueError:
            out.append(raw)
            continue
        if not isinstance(pairs, list) or not pairs:
            out.append(raw)
            continue
        ident, ok = "", True
        for name, value in pairs:
            if (name.casefold() if fold else name) != want or value is None:
                continue
            if not isinstance(value, str):
                ok = False  # not a string: timeline refuses the record
                break
            ident = value
        if not ok or ident != "":
            out.append(raw)
            continue
        t = t[:-1] + ",%s:%s}" % (key, json.dumps("-:%d" % line))
        out.append(t.encode("utf-8", "surrogateescape"))
    return (b"\n".join(out) + b"\n" if out else b""), text


def extract_partition(block, name, first, out_dir, worker_bin, extract_args, jobs, id_field, fold, delay):
    """Extract one partition into out_dir/name, atomically."""
    data, text = number_records(block, first, id_field, fold)
    tmp = os.path.join(out_dir, ".%s.%s.tmp" % (name, uuid.uuid4().hex))
    status, warnings = 0, ""
    if not text:
        # Only blank lines: a single run skips them; timeline alone would
        # report an empty input.
        open(tmp, "wb").close()
    else:
        cmd = [resolve(worker_bin), "extract", "-q", "--input-format", "jsonl", "-f", "jsonl",
               "-j", str(jobs)] + extract_args
        with open(tmp, "wb") as out:
            p = subprocess.run(cmd, input=data, stdout=out, stderr=subprocess.PIPE)
            out.flush()
            os.fsync(out.fileno())
        status, warnings = p.returncode, p.stderr.decode("utf-8", "replace")
        # Messages name a record by its line in the partition; name it by
        # its line in the whole input, as a single run does.
        warnings = re.sub(r"^timeline: -:(\d+):", lambda m: "timeline: -:%d:" % (first + int(m.group(1)) - 1),
                          warnings, flags=re.M)
        if status not in (0, 1):  # 1: some records were bad and skipped, as in one run
            os.remove(tmp)
            raise RuntimeError("timeline extract exited with status %d: %s" % (status, warnings.strip()[-2000:]))
    if delay > 0:
        time.sleep(delay)  # tests only: keeps the run long enough to kill a worker in it
    os.replace(tmp, os.path.join(out_dir, name))
    return {"bytes": len(block), "status": status, "warnings": warnings.strip()}


def log(msg):
    print("%s: %s" % (PROG, msg), file=sys.stderr, flush=True)


def die(msg, code):
    log(msg)
    sys.exit(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
