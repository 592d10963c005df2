#!/usr/bin/env bash
# Loads the example article's -f timelinejs output into TimelineJS3 itself,
# in headless Chromium, and checks that it builds one slide per event (plus
# the title) and a marker per event without a script error. TimelineJS
# comes from npm (@knight-lab/timelinejs), so this needs npm and network;
# it is not part of .ci/run. Run scripts/browser-test.sh first, or have
# Chromium installed.
#
# Usage: scripts/timelinejs-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "timelinejs-test: FAIL: $*" >&2; exit 1; }
version=3.9.11
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) ||
	fail "no Chromium (scripts/browser-test.sh installs it)"
command -v npm >/dev/null 2>&1 || fail "npm is needed to fetch TimelineJS"

out=build/timelinejs
mkdir -p "$out"
if [ ! -f "$out/package/dist/js/timeline.js" ]; then
	(cd "$out" && npm pack --silent "@knight-lab/timelinejs@$version" >/dev/null && tar xzf "knight-lab-timelinejs-$version.tgz") ||
		fail "could not fetch @knight-lab/timelinejs@$version"
fi
go run ./cmd/timeline extract -q --ref 2025-01-10 -f timelinejs -o "$out/data.json" testdata/articles/iran-russia.txt
events=$(grep -c '"unique_id"' "$out/data.json")

{
	printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>\n'
	cat "$out/package/dist/css/timeline.css"
	printf '</style></head><body>\n<div id="tl" style="width:1000px;height:600px"></div>\n<script>\n'
	cat "$out/package/dist/js/timeline.js"
	printf '\n</script>\n<script>\nvar errors = [];\nwindow.onerror = function (m) { errors.push(String(m)); };\nvar data = '
	cat "$out/data.json"
	cat <<'JS'
;
try {
	var tl = new TL.Timeline("tl", data, {});
	tl.on("loaded", function () { document.body.setAttribute("data-loaded", "yes"); });
} catch (e) { errors.push(String(e)); }
setTimeout(function () {
	document.body.setAttribute("data-errors", JSON.stringify(errors));
	document.body.setAttribute("data-slides", document.querySelectorAll(".tl-slide").length);
	document.body.setAttribute("data-markers", document.querySelectorAll(".tl-timemarker").length);
}, 1500);
</script></body></html>
JS
} >"$out/page.html"

flags=(--headless --no-sandbox --disable-gpu --virtual-time-budget=5000 --user-data-dir="$PWD/$out/profile")
body=$("$browser" "${flags[@]}" --dump-dom "file://$PWD/$out/page.html" 2>"$out/chromium.log" | grep -o -m1 '<body[^>]*>' | head -n 1) ||
	fail "chromium produced no page; see $out/chromium.log"
"$browser" "${flags[@]}" --window-size=1000,600 --screenshot="$PWD/$out/timelinejs.png" "file://$PWD/$out/page.html" >>"$out/chromium.log" 2>&1 || true
want="<body data-loaded=\"yes\" data-errors=\"[]\" data-slides=\"$((events + 1))\" data-markers=\"$events\">"
[ "$body" = "$want" ] || fail "TimelineJS did not load the timeline: got $body, want $want"
echo "timelinejs-test: ok: TimelineJS $version built $events slides and markers; screenshot $out/timelinejs.png"
