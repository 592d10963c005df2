#!/usr/bin/env bash
# Times whole runs of "timeline dates --input-format jsonl -f jsonl" over a
# news corpus: the TempEval-3 records under ../shared/data/timeml, copied
# to 5 MB unless SIZE says otherwise. Each run is repeated RUNS times (5),
# pinned to one core and then to two (-j 1 and -j 2), and `LC_ALL=C wc -w`
# over the same bytes is timed beside it as the floor. It reports the best
# and the median wall time in MB/s, other work on the machine slowing some
# runs but never speeding one up, and MB per CPU-second (user and system
# time, median), which such work disturbs less.
#
# Usage: SIZE=5MB RUNS=5 scripts/bench-dates.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${SIZE:-5MB}
runs=${RUNS:-5}
data=${DATA:-../shared/data/timeml}
out=build/bench
mkdir -p "$out"
bin=${1:-$out/timeline}
if [ $# -eq 0 ]; then
	go build -o "$bin" ./cmd/timeline
fi
corpus="$out/news-$size.jsonl"
[ -s "$corpus" ] || go run ./scripts/corpus -records "$data/*.jsonl" -size "$size" -o "$corpus"
bytes=$(stat -c %s "$corpus")
cores=$(nproc)
printf '%-36s %10s %10s %10s\n' "run ($((bytes >> 10)) KiB, $(wc -l <"$corpus") records)" "best MB/s" "median" "MB/CPU-s"
measure() { # label, cpu list, command...
	local label=$1 cpus=$2
	shift 2
	local times=() cpu=()
	for _ in $(seq "$runs"); do
		local t0 t1
		t0=$(date +%s%N)
		/usr/bin/time -o "$out/time" -f '%U %S' taskset -c "$cpus" "$@" >/dev/null 2>&1
		t1=$(date +%s%N)
		times+=($((t1 - t0)))
		cpu+=("$(awk '{ print $1 + $2 }' "$out/time")")
	done
	local c
	c=$(printf '%s\n' "${cpu[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v n="$bytes" -v c="$c" '
		{ t[NR] = $1 }
		END { printf "%-36s %10.1f %10.1f %10.1f\n", l, n / t[1] * 1e3, n / t[int((NR + 1) / 2)] * 1e3, (c > 0 ? n / c / 1e6 : 0) }'
}
measure "wc -w, 1 core" 0 env LC_ALL=C wc -w "$corpus"
measure "dates -f jsonl, 1 core" 0 "$bin" dates --input-format jsonl -f jsonl -q -j 1 "$corpus"
if [ "$cores" -ge 2 ]; then
	measure "dates -f jsonl, 2 cores" 0,1 "$bin" dates --input-format jsonl -f jsonl -q -j 2 "$corpus"
fi
