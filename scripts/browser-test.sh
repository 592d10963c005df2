#!/usr/bin/env bash
# Renders the example article's HTML timeline in headless Chromium, takes a
# screenshot, and checks the DOM the browser built against the JSON output
# of the same run (scripts/domcheck). Installs Debian's chromium with
# apt-get when no Chromium is found; fails, never skips, when it cannot.
#
# Usage: scripts/browser-test.sh [--readme]
#   --readme  also copy the screenshot to docs/timeline.png (the README's image)
#
# Artefacts land in build/browser/ (ignored by git): timeline.html,
# timeline.json, dom.html, timeline.png, chromium.log.
set -euo pipefail
cd "$(dirname "$0")/.."

readme=false
case "${1:-}" in
--readme) readme=true ;;
"") ;;
*) echo "usage: $0 [--readme]" >&2; exit 2 ;;
esac

fail() { echo "browser-test: FAIL: $*" >&2; exit 1; }

find_browser() {
	local b
	for b in chromium chromium-browser google-chrome-stable google-chrome; do
		if command -v "$b" >/dev/null 2>&1; then command -v "$b"; return 0; fi
	done
	return 1
}

start=$(date +%s)
if ! browser=$(find_browser); then
	echo "browser-test: no Chromium found; installing Debian's chromium" >&2
	command -v apt-get >/dev/null 2>&1 || fail "no Chromium and no apt-get to install it"
	if [ "$(id -u)" -eq 0 ]; then
		as_root=()
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		as_root=(sudo -n)
	else
		fail "no Chromium, and installing it needs root (not root, no password-less sudo)"
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${as_root[@]}" apt-get update -qq || fail "apt-get update failed"
	# fonts-dejavu-core gives the screenshot real glyphs on a minimal system.
	"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null ||
		fail "apt-get install chromium failed"
	browser=$(find_browser) || fail "chromium was installed but is not on PATH"
fi
echo "browser-test: $("$browser" --version 2>/dev/null || echo "$browser")"

out=build/browser
rm -rf "$out"
mkdir -p "$out"
go build -o "$out/timeline" ./cmd/timeline
example=testdata/articles/iran-russia.txt
"$out/timeline" extract -q --ref 2025-01-10 -f html -o "$out/timeline.html" "$example"
"$out/timeline" extract -q --ref 2025-01-10 -f json -o "$out/timeline.json" "$example"

# --no-sandbox: the page is our own local file, and Chromium's sandbox
# does not start as root or in most containers.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
	--disable-extensions --force-device-scale-factor=1 --user-data-dir="$PWD/$out/profile")
url="file://$PWD/$out/timeline.html"
"$browser" "${flags[@]}" --dump-dom "$url" >"$out/dom.html" 2>"$out/chromium.log" ||
	fail "chromium --dump-dom failed; see $out/chromium.log"
"$browser" "${flags[@]}" --window-size=1100,1400 --screenshot="$PWD/$out/timeline.png" "$url" >>"$out/chromium.log" 2>&1 ||
	fail "chromium --screenshot failed; see $out/chromium.log"
[ -s "$out/dom.html" ] || fail "chromium dumped an empty DOM; see $out/chromium.log"
[ -s "$out/timeline.png" ] || fail "chromium wrote no screenshot; see $out/chromium.log"

go run ./scripts/domcheck -dom "$out/dom.html" -json "$out/timeline.json" -png "$out/timeline.png" ||
	fail "the page in the browser does not match the timeline"

if $readme; then
	mkdir -p docs
	cp "$out/timeline.png" docs/timeline.png
	echo "browser-test: wrote docs/timeline.png"
fi
echo "browser-test: ok: $(grep -c 'class="event ' "$out/dom.html") events checked in $(($(date +%s) - start))s; screenshot $out/timeline.png"
