// Command domcheck checks the page that a browser built from the HTML
// output of "timeline extract" against the JSON output of the same run:
// every event has a card, in the same order, with the same date, type and
// status; the cards are in date order; the page's script ran; and the
// screenshot shows the colours of the event types. scripts/browser-test.sh
// runs it on what headless Chromium dumps.
//
// Usage:
//
//	domcheck -dom DOM.html -json EVENTS.json [-png SCREENSHOT.png]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"os"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

func main() {
	domFile := flag.String("dom", "", "the DOM that the browser dumped")
	jsonFile := flag.String("json", "", "the JSON output of the same run")
	pngFile := flag.String("png", "", "a screenshot of the page (optional)")
	flag.Parse()
	if *domFile == "" || *jsonFile == "" {
		flag.Usage()
		os.Exit(2)
	}
	problems, err := check(*domFile, *jsonFile, *pngFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "domcheck: "+err.Error())
		os.Exit(1)
	}
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "domcheck: "+p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
}

// event is what the check needs of an event of the JSON output.
type event struct {
	Date    string `json:"date"`
	EndDate string `json:"end_date"`
	Type    string `json:"type"`
	Status  string `json:"status"`
	Summary string `json:"summary"`
}

// paletteRule matches a rule of the page's colour palette, ".t-visit{--c:#1d4ed8}".
var paletteRule = regexp.MustCompile(`\.t-([a-z]+)\{--c:(#[0-9a-f]{6})\}`)

func check(domFile, jsonFile, pngFile string) ([]string, error) {
	var doc struct{ Events []event }
	data, err := os.ReadFile(jsonFile)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", jsonFile, err)
	}
	if len(doc.Events) == 0 {
		return nil, errors.New(jsonFile + ": no events; nothing to check")
	}
	f, err := os.Open(domFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	root, err := html.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", domFile, err)
	}

	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var cards, mains, h1s []*html.Node
	var htmlClass string
	colours := make(map[string]string) // type → colour, from the page's style
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.Data == "html":
			htmlClass = attr(n, "class")
		case n.Data == "style":
			for _, m := range paletteRule.FindAllStringSubmatch(text(n), -1) {
				colours[m[1]] = m[2]
			}
		case n.Data == "main":
			mains = append(mains, n)
		case n.Data == "h1":
			h1s = append(h1s, n)
		case n.Data == "li" && hasClass(n, "event"):
			cards = append(cards, n)
		}
	}
	if !strings.Contains(" "+htmlClass+" ", " js ") {
		bad("the page's script did not run (no class js on <html>): this is not a browser's DOM")
	}
	if len(mains) != 1 || len(h1s) != 1 {
		bad("want one <main> and one <h1>, got %d and %d", len(mains), len(h1s))
	}
	if len(cards) != len(doc.Events) {
		bad("%d cards for %d events", len(cards), len(doc.Events))
	}
	prev := ""
	for i := range min(len(cards), len(doc.Events)) {
		c, e := cards[i], doc.Events[i]
		for _, kv := range [][3]string{
			{"data-date", attr(c, "data-date"), e.Date},
			{"data-end", attr(c, "data-end"), e.EndDate},
			{"data-type", attr(c, "data-type"), e.Type},
			{"data-status", attr(c, "data-status"), e.Status},
		} {
			if kv[1] != kv[2] {
				bad("card %d: %s is %q, the JSON says %q", i+1, kv[0], kv[1], kv[2])
			}
		}
		first := attr(c, "data-first")
		if first < prev {
			bad("card %d (%s) comes after a card that starts later (%s)", i+1, first, prev)
		}
		prev = first
		if !strings.Contains(strings.Join(strings.Fields(text(c)), " "), strings.Join(strings.Fields(e.Summary), " ")) {
			bad("card %d does not show its gist %q", i+1, e.Summary)
		}
		var times int
		for n := range c.Descendants() {
			if n.Type == html.ElementNode && n.Data == "time" && attr(n, "datetime") != "" {
				times++
			}
		}
		if times == 0 {
			bad("card %d has no <time datetime>", i+1)
		}
	}
	if pngFile != "" {
		problems = append(problems, checkScreenshot(pngFile, doc.Events, colours)...)
	}
	return problems, nil
}

// checkScreenshot checks that the screenshot is not blank and shows the
// colour of every event type in it, as colours gives them.
func checkScreenshot(name string, events []event, colours map[string]string) []string {
	f, err := os.Open(name)
	if err != nil {
		return []string{err.Error()}
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return []string{name + ": " + err.Error()}
	}
	seen := make(map[[3]uint8]bool)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8)}] = true
		}
	}
	var problems []string
	if len(seen) < 16 {
		problems = append(problems, fmt.Sprintf("%s: only %d colours; the page did not render", name, len(seen)))
	}
	done := make(map[string]bool)
	for _, e := range events {
		hex, ok := colours[e.Type]
		if !ok {
			hex = colours["other"]
		}
		if hex == "" {
			problems = append(problems, "the page's style gives no colour for "+e.Type)
			continue
		}
		if done[hex] {
			continue
		}
		done[hex] = true
		if !near(seen, hex) {
			problems = append(problems, fmt.Sprintf("%s: the colour %s of %s is nowhere on the screenshot", name, hex, e.Type))
		}
	}
	return problems
}

// near reports whether a colour within 3 of hex in every channel was seen.
func near(seen map[[3]uint8]bool, hex string) bool {
	v, _ := strconv.ParseUint(hex[1:], 16, 32)
	want := [3]int{int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)}
	for c := range seen {
		ok := true
		for i := range 3 {
			if d := int(c[i]) - want[i]; d < -3 || d > 3 {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, c string) bool {
	return strings.Contains(" "+attr(n, "class")+" ", " "+c+" ")
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
