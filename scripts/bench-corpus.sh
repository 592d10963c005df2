#!/usr/bin/env bash
# Builds a JSON Lines corpus from the bundled articles (200 MB unless SIZE
# says otherwise) and times whole runs of timeline over it: dates and
# extract, with -j 1 and -j 2, reporting MB/s and peak resident memory.
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
printf '%-44s %8s %8s %9s\n' "run ($((bytes >> 20)) MiB corpus)" seconds "MB/s" "RSS MiB"
measure() { # label, timeline arguments...
	local label=$1
	shift
	local t0 t1 rss
	t0=$(date +%s.%N)
	rss=$( { /usr/bin/time -f '%M' "$bin" "$@" --input-format jsonl -q "$corpus" >/dev/null; } 2>&1 | tail -n 1)
	t1=$(date +%s.%N)
	awk -v l="$label" -v a="$t0" -v b="$t1" -v n="$bytes" -v r="$rss" \
		'BEGIN { s = b - a; printf "%-44s %8.2f %8.1f %9.1f\n", l, s, n / s / 1e6, r / 1024 }'
}
measure "dates -f jsonl -j 1" dates -f jsonl -j 1
measure "dates -f jsonl -j 2" dates -f jsonl -j 2
measure "extract -f jsonl -j 1" extract -f jsonl -j 1
measure "extract -f jsonl -j 2" extract -f jsonl -j 2
