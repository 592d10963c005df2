package render

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
	"golang.org/x/net/html"
)

// htmlTestParse renders events as a page and parses it.
func htmlTestParse(t *testing.T, inputs []timeline.Input, events []timeline.Event) (string, *html.Node) {
	t.Helper()
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[HTML].write(b, inputs, events, Options{}) })
	doc, err := html.Parse(strings.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	return got, doc
}

// htmlFind returns the elements under n, in document order, for which
// match is true.
func htmlFind(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
	}
	return out
}

// htmlAttr returns the value of the attribute key of n.
func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// htmlHasClass reports whether n has the class c.
func htmlHasClass(n *html.Node, c string) bool {
	return n.Type == html.ElementNode && strings.Contains(" "+htmlAttr(n, "class")+" ", " "+c+" ")
}

// htmlText returns the text under n.
func htmlText(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func TestWriteHTML(t *testing.T) {
	events := writePrecisionEvents()
	events[5].Summary = `<script>alert("x")</script> & more`
	inputs := []timeline.Input{{File: "hand.txt", Doc: "hand.txt", Ref: "2025-01-10", RefReason: "reference date given"}}
	page, doc := htmlTestParse(t, inputs, events)

	for _, tag := range []string{"main", "header", "h1", "h2", "ol", "details", "style", "time"} {
		if len(htmlFind(doc, func(n *html.Node) bool { return n.Data == tag })) == 0 {
			t.Errorf("no <%s>", tag)
		}
	}
	// Self-contained: nothing is fetched.
	for _, n := range htmlFind(doc, func(n *html.Node) bool { return htmlAttr(n, "src") != "" || n.Data == "link" }) {
		t.Errorf("the page loads a resource: <%s %v>", n.Data, n.Attr)
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || strings.Contains(page, "@import") {
		t.Error("the page names a URL")
	}
	if got := htmlFind(doc, func(n *html.Node) bool { return n.Data == "script" }); len(got) != 1 {
		t.Errorf("got %d scripts, want the one of the page", len(got))
	}

	cards := htmlFind(doc, func(n *html.Node) bool { return htmlHasClass(n, "event") })
	if len(cards) != len(events) {
		t.Fatalf("got %d cards, want %d", len(cards), len(events))
	}
	want := []struct{ first, last, datetime, status string }{
		{"2023-01-01", "2023-12-31", "2023", "done"},
		{"2024-07-01", "2024-09-30", "2024-07-01", "ahead"},
		{"2024-06-01", "2024-08-31", "2024-06-01", "ahead"},
		{"2024-05-01", "2024-05-31", "2024-05", "done"},
		{"2025-01-13", "2025-01-15", "2025-01-13", "ahead"},
		{"2025-01-17", "2025-01-17", "2025-01-17", "void"},
		{"2025-01-06", "2025-01-12", "2025-W02", "done"},
		{"2020-01-01", "2029-12-31", "2020-01-01", "done"},
	}
	for i, c := range cards {
		if c.Data != "li" || c.Parent.Data != "ol" {
			t.Errorf("card %d is <%s> in <%s>, want <li> in <ol>", i, c.Data, c.Parent.Data)
		}
		if g := htmlAttr(c, "data-date"); g != events[i].Date {
			t.Errorf("card %d: data-date %q, want %q", i, g, events[i].Date)
		}
		if g, w := htmlAttr(c, "data-first")+".."+htmlAttr(c, "data-last"), want[i].first+".."+want[i].last; g != w {
			t.Errorf("card %d (%s): covers %s, want %s", i, events[i].Date, g, w)
		}
		if !htmlHasClass(c, want[i].status) {
			t.Errorf("card %d (%s): class %q lacks %q", i, events[i].Status, htmlAttr(c, "class"), want[i].status)
		}
		if !htmlHasClass(c, "t-"+events[i].Type) {
			t.Errorf("card %d: class %q lacks the type", i, htmlAttr(c, "class"))
		}
		times := htmlFind(c, func(n *html.Node) bool { return n.Data == "time" })
		if len(times) != 1 || htmlAttr(times[0], "datetime") != want[i].datetime {
			t.Errorf("card %d: <time> %v, want datetime %q", i, times, want[i].datetime)
		}
		text := htmlText(c)
		if !strings.Contains(text, events[i].Type) || !strings.Contains(text, events[i].Status) {
			t.Errorf("card %d does not name its type and status in words: %q", i, text)
		}
		for _, m := range events[i].Mentions {
			if src := m.File + ":" + strconv.Itoa(m.Line); !strings.Contains(text, src) || !strings.Contains(text, m.Sentence) {
				t.Errorf("card %d lacks the sentence or source %s", i, src)
			}
		}
		if len(events[i].Actors) > 0 && !strings.Contains(text, strings.Join(events[i].Actors, ", ")) {
			t.Errorf("card %d lacks its actors", i)
		}
	}
	// Text from the input stays text.
	if !strings.Contains(htmlText(cards[5]), `<script>alert("x")</script> & more`) {
		t.Errorf("summary lost: %q", htmlText(cards[5]))
	}

	// The legend lists the types in use, and only those.
	var legend []string
	for _, n := range htmlFind(doc, func(n *html.Node) bool {
		return htmlHasClass(n, "chip") && n.Parent.Data == "li"
	}) {
		legend = append(legend, htmlText(n))
	}
	if g, w := strings.Join(legend, " "), "visit meeting talks sanctions attack report election economic"; g != w {
		t.Errorf("legend\ngot  %s\nwant %s", g, w)
	}

	// One section per year, in the order of the events.
	var years []string
	for _, n := range htmlFind(doc, func(n *html.Node) bool { return n.Data == "h3" }) {
		years = append(years, htmlText(n))
	}
	if g, w := strings.Join(years, " "), "2023 2024 2025 2020"; g != w {
		t.Errorf("year headings %q, want %q", g, w)
	}

	again := writeRender(t, func(b *bytes.Buffer) error { return writers[HTML].write(b, inputs, events, Options{}) })
	if again != page {
		t.Error("a second run differs")
	}
}

// htmlTestBars returns the left edge and width, in per cent, of each bar
// of the overview, by the card it links to.
func htmlTestBars(t *testing.T, doc *html.Node) map[string][2]float64 {
	t.Helper()
	bars := make(map[string][2]float64)
	for _, li := range htmlFind(doc, func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && htmlHasClass(n.Parent, "bars") }) {
		var left, width float64
		for _, decl := range strings.Split(htmlAttr(li, "style"), ";") {
			k, v, _ := strings.Cut(decl, ":")
			f, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSuffix(v, "%"), "rem"), 64)
			switch k {
			case "left":
				left = f
			case "width":
				width = f
			}
		}
		a := htmlFind(li, func(n *html.Node) bool { return n.Data == "a" })
		if len(a) != 1 {
			t.Fatalf("bar without a link: %v", li.Attr)
		}
		bars[strings.TrimPrefix(htmlAttr(a[0], "href"), "#")] = [2]float64{left, width}
	}
	return bars
}

func TestHTMLOverview(t *testing.T) {
	events := []timeline.Event{
		{Date: "2024-05", Precision: "month", Type: "sanctions", Status: "reported", Summary: "May"},
		{Date: "2024-05-13", Precision: "day", Type: "attack", Status: "reported", Summary: "a day in May"},
		{Date: "2024-06-10", EndDate: "2024-06-19", Precision: "day", Type: "talks", Status: "scheduled", Summary: "ten days"},
		{Date: "2024-Q3", Precision: "quarter", Type: "economic", Status: "expected", Summary: "a quarter"},
		{Date: "PRESENT_REF", Precision: "none", Type: "statement", Status: "reported", Summary: "no period"},
	}
	_, doc := htmlTestParse(t, nil, events)
	bars := htmlTestBars(t, doc)
	if len(bars) != 4 {
		t.Fatalf("got %d bars, want 4 (an event without a period has none): %v", len(bars), bars)
	}
	// The scale runs from 1 May to 30 September: 153 days.
	const days = 153.0
	want := map[string][2]float64{
		"event-1": {0, 31 / days * 100},
		"event-2": {12 / days * 100, htmlMinBar}, // a day is drawn at least htmlMinBar wide
		"event-3": {40 / days * 100, 10 / days * 100},
		"event-4": {61 / days * 100, 92 / days * 100},
	}
	for id, w := range want {
		g := bars[id]
		if math.Abs(g[0]-w[0]) > 0.01 || math.Abs(g[1]-w[1]) > 0.01 {
			t.Errorf("%s: left, width = %.3f, %.3f; want %.3f, %.3f", id, g[0], g[1], w[0], w[1])
		}
	}
	// The month and the day in it overlap in time, so they lie in
	// different lanes.
	var tops []string
	for _, li := range htmlFind(doc, func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && htmlHasClass(n.Parent, "bars") }) {
		_, top, _ := strings.Cut(htmlAttr(li, "style"), "top:")
		tops = append(tops, top)
	}
	if g, w := strings.Join(tops, " "), "0.0rem 1.5rem 0.0rem 0.0rem"; g != w {
		t.Errorf("lanes %q, want %q", g, w)
	}
	cards := htmlFind(doc, func(n *html.Node) bool { return htmlHasClass(n, "event") })
	if len(cards) != len(events) || htmlAttr(cards[4], "data-first") != "" {
		t.Errorf("the event without a period is not listed as a card without days")
	}
}

func TestHTMLEmpty(t *testing.T) {
	_, doc := htmlTestParse(t, nil, nil)
	if n := len(htmlFind(doc, func(n *html.Node) bool { return htmlHasClass(n, "event") })); n != 0 {
		t.Errorf("got %d cards", n)
	}
	if len(htmlFind(doc, func(n *html.Node) bool { return n.Data == "main" })) != 1 {
		t.Error("no <main>")
	}
}

// htmlLuminance is the relative luminance of "#rrggbb" (WCAG 2).
func htmlLuminance(t *testing.T, hex string) float64 {
	t.Helper()
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil || len(hex) != 7 {
		t.Fatalf("bad colour %q", hex)
	}
	lin := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(v>>16&0xff) + 0.7152*lin(v>>8&0xff) + 0.0722*lin(v&0xff)
}

func TestHTMLContrast(t *testing.T) {
	seen := make(map[string]bool)
	for _, ty := range htmlTypes {
		if seen[ty.colour] {
			t.Errorf("%s shares its colour %s", ty.name, ty.colour)
		}
		seen[ty.colour] = true
		// White text on the colour.
		ratio := (1 + 0.05) / (htmlLuminance(t, ty.colour) + 0.05)
		if ratio < 4.5 {
			t.Errorf("%s: white on %s has contrast %.2f, want at least 4.5", ty.name, ty.colour, ratio)
		}
	}
	if htmlTypeClass("unheard-of") != "t-other" {
		t.Error("an unknown type is not drawn as other")
	}
}
