#!/usr/bin/env bash
# Builds a JSON Lines corpus from the bundled articles (200 MB unless SIZE
# says otherwise) and times whole runs of timeline over it: dates and
# extract (with and without --fast), with -j 1 and -j 2, reporting wall time and MB/s, CPU time and
# MB per CPU second (which another busy process on the machine disturbs
# less), and peak resident memory.
#
# Usage: SIZE=200MB scripts/bench-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
size=${SIZE:-200MB}
out=build/bench
mkdir -p "$out"
bin="$out/timeline"
go build -o "$bin" ./cmd/timeline
corpus="$out/corpus-$size.jsonl"
[ -s "$corpus" ] || go run ./scripts/corpus -size "$size" -o "$corpus"
bytes=$(stat -c %s "$corpus")
printf '%-30s %8s %8s %10s %12s %8s\n' "run ($((bytes >> 20)) MiB corpus)" seconds "MB/s" "CPU s" "MB/CPU-s" "RSS MiB"
measure() { # label, timeline arguments...
	local label=$1
	shift
	local t0 t1 stats
	t0=$(date +%s.%N)
	stats=$( { /usr/bin/time -f '%M %U %S' "$bin" "$@" --input-format jsonl -q "$corpus" >/dev/null; } 2>&1 | tail -n 1)
	t1=$(date +%s.%N)
	# shellcheck disable=SC2086
	set -- $stats
	awk -v l="$label" -v a="$t0" -v b="$t1" -v n="$bytes" -v r="$1" -v u="$2" -v sy="$3" \
		'BEGIN { s = b - a; c = u + sy; printf "%-30s %8.2f %8.1f %10.2f %12.1f %8.1f\n", l, s, n / s / 1e6, c, n / c / 1e6, r / 1024 }'
}
measure "dates -f jsonl -j 1" dates -f jsonl -j 1
measure "dates -f jsonl -j 2" dates -f jsonl -j 2
measure "extract -f jsonl -j 1" extract -f jsonl -j 1
measure "extract -f jsonl -j 2" extract -f jsonl -j 2
measure "extract --stream -f jsonl -j 1" extract --stream -f jsonl -j 1
measure "extract --stream -f jsonl -j 2" extract --stream -f jsonl -j 2
measure "extract --fast --stream -j 1" extract --fast --stream -f jsonl -j 1
measure "extract --fast --stream -j 2" extract --fast --stream -f jsonl -j 2
