#!/usr/bin/env bash
# Runs timeline_dask.py on a real Dask cluster of separate processes on
# 127.0.0.1 (a scheduler and two single-threaded workers), kills one worker
# in the middle of a run, and checks that the merged timeline equals one
# "timeline extract --input-format jsonl -f jsonl" run over the same input,
# byte for byte and with the same exit status: plain, with --merge (the
# binary shipped with --upload), and with filters and an extract flag.
# Then once more on a local cluster (--local 2).
#
# The corpus is the bundled articles, 300 records in a plain and a .gz
# file, with records that have no id (they take their line's id), an "ID"
# key, a null id, blank lines, CRLF ends, a last line without a break, and
# a byte order mark inside the input (a record a single run skips).
#
# Installs Debian's python3-distributed and python3-dask with apt-get when
# no Python here can import them; fails, never skips, when it cannot.
# Every process it starts is killed on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "dask-test: FAIL: $*" >&2; exit 1; }
say() { echo "dask-test: $*" >&2; }

find_python() {
	local p
	for p in python3 /usr/bin/python3; do
		if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import dask, distributed' >/dev/null 2>&1; then
			command -v "$p"
			return 0
		fi
	done
	return 1
}

if ! py=$(find_python); then
	say "Dask not found; installing Debian's python3-distributed and python3-dask"
	command -v apt-get >/dev/null 2>&1 || fail "no Dask and no apt-get to install it"
	as_root=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || fail "installing Dask needs root"
		as_root=(sudo -n)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${as_root[@]}" apt-get update -qq || fail "apt-get update failed"
	"${as_root[@]}" apt-get install -y -qq --no-install-recommends python3-distributed python3-dask >/dev/null ||
		fail "apt-get install python3-distributed python3-dask failed"
	py=$(find_python) || fail "Dask installed, but no python3 imports it"
fi
"$py" -c 'import sys, dask, distributed; print("dask-test: python %s, dask %s, distributed %s" % (sys.version.split()[0], dask.__version__, distributed.__version__))' >&2

# "dask scheduler" and "dask worker" in newer releases; "dask-scheduler"
# and "dask-worker" in older ones (and deprecated since).
if command -v dask >/dev/null 2>&1 && dask scheduler --help >/dev/null 2>&1; then
	scheduler_cmd=(dask scheduler)
	worker_cmd=(dask worker)
elif command -v dask-scheduler >/dev/null 2>&1; then
	scheduler_cmd=(dask-scheduler)
	worker_cmd=(dask-worker)
else
	fail "neither 'dask scheduler' nor 'dask-scheduler' is installed"
fi

tmp=$(mktemp -d)
# The local cluster's workers keep their files here too, not in /tmp.
export DASK_TEMPORARY_DIRECTORY="$tmp"
groups=() # process groups to kill on exit
cleanup() {
	local g
	for g in "${groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
	sleep 0.5
	for g in "${groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
	{ wait; } 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
# start_group LOG CMD...: runs CMD in a new process group; sets $pid.
start_group() {
	local log=$1
	shift
	setsid "$@" >"$log" 2>&1 </dev/null &
	pid=$!
	groups+=("$pid")
}

start=$(date +%s)
mkdir -p "$tmp/bin"
go build -o "$tmp/bin/timeline" ./cmd/timeline
export PATH="$tmp/bin:$PATH"
driver=(env "$py" scripts/dask/timeline_dask.py)

go run ./scripts/corpus -copies 100 -o "$tmp/base.jsonl"
"$py" - "$tmp/base.jsonl" "$tmp/a.jsonl" "$tmp/b.jsonl" <<'EOF'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
lines = []
for i, r in enumerate(recs):
    if i % 6 == 1:
        del r["id"]  # takes "-:LINE"
    elif i % 6 == 2:
        r["ID"] = r.pop("id")  # keys match in any case
    elif i % 6 == 3:
        r["id"] = None  # null: no id
    line = json.dumps(r)
    if i % 11 == 4:
        line += "\r"
    lines.append(line)
    if i % 13 == 0:
        lines.append("")
# The .gz file starts with a byte order mark (inside the input, so a single
# run skips that record) and ends without a line break.
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(lines[:200]) + "\n")
with open(sys.argv[3], "w", encoding="utf-8", newline="") as f:
    f.write("\ufeff" + "\n".join(lines[200:]))
EOF
gzip -n "$tmp/b.jsonl"
# What the driver must give: one run over the files one after the other.
{ cat "$tmp/a.jsonl"; gzip -dc "$tmp/b.jsonl.gz"; echo; } >"$tmp/all.jsonl"
records=$(grep -c . "$tmp/all.jsonl")

# reference NAME FLAGS...: one extract run; sets $ref_rc.
reference() {
	local name=$1
	shift
	ref_rc=0
	timeline extract -q -j 1 --input-format jsonl -f jsonl "$@" <"$tmp/all.jsonl" >"$tmp/$name.want" 2>/dev/null || ref_rc=$?
	[ -s "$tmp/$name.want" ] || fail "$name: the single run found no events"
	grep -q '"doc":"-:' "$tmp/$name.want" || fail "$name: no event of a record without an id"
}
# compare NAME RC: the driver's output and status against the reference.
compare() {
	local name=$1 rc=$2
	[ "$rc" -eq "$ref_rc" ] || { cat "$tmp/$name.err" >&2; fail "$name: driver exited $rc, a single run $ref_rc"; }
	cmp "$tmp/$name.want" "$tmp/$name.got" || fail "$name: merged output differs from a single run"
	! grep -q ') failed: ' "$tmp/$name.err" || { cat "$tmp/$name.err" >&2; fail "$name: a partition failed"; }
	local stray
	stray=$(find "$tmp/$name.d" -name '.part-*' | wc -l)
	[ "$stray" -eq 0 ] || fail "$name: $stray temporary file(s) left"
	say "ok: $name: $records records in $(find "$tmp/$name.d" -name 'part-*.jsonl' | wc -l) partitions, $(wc -l <"$tmp/$name.got") events, identical (status $rc)"
}

# A scheduler and two workers, each its own process (and process group).
start_group "$tmp/scheduler.log" "${scheduler_cmd[@]}" --host 127.0.0.1 --port 0 --no-dashboard \
	--scheduler-file "$tmp/scheduler.json"
for _ in $(seq 300); do [ -s "$tmp/scheduler.json" ] && break; sleep 0.1; done
[ -s "$tmp/scheduler.json" ] || { cat "$tmp/scheduler.log" >&2; fail "the scheduler did not start"; }
start_worker() { # NAME
	start_group "$tmp/worker-$1.log" "${worker_cmd[@]}" --scheduler-file "$tmp/scheduler.json" --host 127.0.0.1 \
		--nthreads 1 --no-dashboard --local-directory "$tmp/worker-$1"
}
wait_workers() { # N
	"$py" -c 'import sys; from distributed import Client
with Client(scheduler_file=sys.argv[1], timeout=60) as c: c.wait_for_workers(int(sys.argv[2]), timeout=60)' \
		"$tmp/scheduler.json" "$1" || fail "fewer than $1 worker(s) joined the scheduler"
}
start_worker a
worker_a=$pid
start_worker b
wait_workers 2

# 1. Plain, the binary on the workers' PATH, worker a killed mid-run. The
# delay (a test-only setting of the driver) holds each partition's result
# for a while, so that the kill lands while partitions are in flight.
reference plain
rc=0
TIMELINE_DASK_TEST_DELAY=0.5 start_group "$tmp/plain.err" "${driver[@]}" --scheduler-file "$tmp/scheduler.json" \
	-d "$tmp/plain.d" --blocksize 24KiB -o "$tmp/plain.got" "$tmp/a.jsonl" "$tmp/b.jsonl.gz"
drv=$pid
done_parts=0
for _ in $(seq 600); do
	done_parts=$( (find "$tmp/plain.d" -name 'part-*.jsonl' 2>/dev/null || true) | wc -l)
	[ "$done_parts" -ge 3 ] && break
	kill -0 "$drv" 2>/dev/null || break
	sleep 0.1
done
kill -0 "$drv" 2>/dev/null || { cat "$tmp/plain.err" >&2; fail "plain: the run ended before a worker could be killed"; }
partitions=$(sed -n 's/.* \([0-9]*\) partition(s)$/\1/p' "$tmp/plain.err")
[ "${partitions:-0}" -ge 8 ] || fail "plain: ${partitions:-no} partitions; want at least 8"
[ "$done_parts" -lt "$partitions" ] || fail "plain: every partition was done before the kill"
kill -KILL -- "-$worker_a"
{ wait "$worker_a"; } 2>/dev/null || true
say "killed worker a (nanny and worker) after $done_parts of $partitions partitions"
wait "$drv" || rc=$?
compare plain "$rc"
grep -q 'Remove worker' "$tmp/scheduler.log" || fail "plain: the scheduler never saw worker a go"

# 2. --merge on the surviving worker and a new one, the binary shipped.
start_worker c
wait_workers 2
reference merge --merge
rc=0
"${driver[@]}" --scheduler-file "$tmp/scheduler.json" --upload --timeline "$tmp/bin/timeline" \
	-d "$tmp/merge.d" --blocksize 24KiB -o "$tmp/merge.got" "$tmp/a.jsonl" "$tmp/b.jsonl.gz" -- --merge \
	2>"$tmp/merge.err" || rc=$?
compare merge "$rc"

# 3. Filters at the merge step, an extract flag on the workers.
reference filters --date-order dmy --merge --type talks,visit,agreement --since 2025-01 --actor iran
rc=0
"${driver[@]}" --scheduler-file "$tmp/scheduler.json" -d "$tmp/filters.d" --blocksize 48KiB \
	-o "$tmp/filters.got" "$tmp/a.jsonl" "$tmp/b.jsonl.gz" \
	-- --date-order dmy --merge --type talks,visit,agreement --since 2025-01 --actor iran \
	2>"$tmp/filters.err" || rc=$?
compare filters "$rc"

# 4. A local cluster, started by the driver (kept in its own process
# group, so that no worker outlives a failed run).
reference local --merge
rc=0
start_group "$tmp/local.err" "${driver[@]}" --local 2 -d "$tmp/local.d" --blocksize 32KiB \
	-o "$tmp/local.got" "$tmp/a.jsonl" "$tmp/b.jsonl.gz" -- --merge
wait "$pid" || rc=$?
compare local "$rc"

say "ok: all runs identical to a single run ($(($(date +%s) - start)) s)"
