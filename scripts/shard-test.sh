#!/usr/bin/env bash
# Checks the map/reduce contract end to end: a JSON Lines corpus is split
# into shards by GNU parallel, each shard is extracted on its own
# ("timeline extract --input-format jsonl -f jsonl", the map step), the
# shards are merged ("timeline merge", the reduce step), and the result must
# equal one extract run over the whole corpus, byte for byte: plain, with
# --merge and with filters, and for any -j. Installs Debian's parallel with
# apt-get when it is missing; fails, never skips, when it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "shard-test: FAIL: $*" >&2; exit 1; }

if ! command -v parallel >/dev/null 2>&1; then
	echo "shard-test: GNU parallel not found; installing Debian's parallel" >&2
	command -v apt-get >/dev/null 2>&1 || fail "no GNU parallel and no apt-get to install it"
	as_root=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || fail "installing parallel needs root"
		as_root=(sudo -n)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${as_root[@]}" apt-get update -qq || fail "apt-get update failed"
	"${as_root[@]}" apt-get install -y -qq parallel >/dev/null || fail "apt-get install parallel failed"
fi
parallel --version | head -n 1

out=build/shards
rm -rf "$out"
mkdir -p "$out"
bin="$out/timeline"
go build -o "$bin" ./cmd/timeline
go run ./scripts/corpus -copies 40 -o "$out/corpus.jsonl"
docs=$(wc -l <"$out/corpus.jsonl")

check() { # name, extra flags...
	local name=$1
	shift
	"$bin" extract -q -j 1 --input-format jsonl -f jsonl "$@" <"$out/corpus.jsonl" >"$out/$name.single.jsonl"
	"$bin" extract -q -j 2 --input-format jsonl -f jsonl "$@" <"$out/corpus.jsonl" >"$out/$name.j2.jsonl"
	cmp -s "$out/$name.single.jsonl" "$out/$name.j2.jsonl" || fail "$name: -j 2 differs from -j 1"
	rm -rf "$out/$name.d"
	mkdir -p "$out/$name.d"
	# The map step: 7 records a job, each job's output in its own file.
	parallel --pipe -N 7 -j 2 "$bin extract -q --input-format jsonl -f jsonl > $out/$name.d/{#}.jsonl" <"$out/corpus.jsonl"
	local shards=("$out/$name.d"/*.jsonl)
	[ "${#shards[@]}" -gt 1 ] || fail "$name: parallel made ${#shards[@]} shard(s)"
	# The reduce step, with the same selection as the single run.
	"$bin" merge "$@" "${shards[@]}" >"$out/$name.merged.jsonl"
	cmp "$out/$name.single.jsonl" "$out/$name.merged.jsonl" || fail "$name: merged shards differ from one run"
	[ -s "$out/$name.single.jsonl" ] || fail "$name: no events"
	echo "shard-test: ok: $name: $docs documents in ${#shards[@]} shards, $(wc -l <"$out/$name.single.jsonl") events, identical"
}

check plain
check merge --merge
check filters --merge --type talks,visit,agreement --since 2025-01 --actor iran
