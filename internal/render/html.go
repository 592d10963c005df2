package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// htmlTypes are the event types in the order of the legend, with the
// colour of each. Every colour has a contrast ratio of at least 4.5:1 with
// white (WCAG AA for text), since labels are white on it; a test checks.
var htmlTypes = []struct{ name, colour string }{
	{"visit", "#1d4ed8"},
	{"meeting", "#0e7490"},
	{"talks", "#6d28d9"},
	{"agreement", "#15803d"},
	{"sanctions", "#b45309"},
	{"supply", "#8a5a00"},
	{"attack", "#b91c1c"},
	{"statement", "#475569"},
	{"report", "#4d7c0f"},
	{"election", "#be185d"},
	{"legal", "#7c2d12"},
	{"economic", "#0f766e"},
	{"disaster", "#9f1239"},
	{"other", "#52525b"},
}

// htmlStatusClass maps a status to how the page draws it: "done" for what
// the text reports as having happened, "ahead" for what it expects
// (scheduled, planned, expected, threatened), "void" for what did not or
// will not happen.
func htmlStatusClass(status string) string {
	switch status {
	case "scheduled", "planned", "expected", "threatened":
		return "ahead"
	case "cancelled", "negated":
		return "void"
	}
	return "done"
}

// htmlTypeClass returns the CSS class of an event type; a type the legend
// does not know is drawn as "other".
func htmlTypeClass(typ string) string {
	for _, t := range htmlTypes {
		if t.name == typ {
			return "t-" + typ
		}
	}
	return "t-other"
}

//go:embed html.tmpl
var htmlSource string

// htmlPageTemplate returns the page's template, parsed once, on first use
// rather than at start-up; html/template escapes every value by its
// context, so text from the input cannot become markup.
var htmlPageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(htmlSource))
})

// htmlPage is what the template shows.
type htmlPage struct {
	Title   string
	Inputs  []timeline.Input
	Count   int
	Types   []htmlLegendType
	Palette template.CSS // one rule per type colour
	Axis    htmlAxis
	Groups  []htmlGroup
}

// htmlLegendType is one entry of the colour key.
type htmlLegendType struct{ Name, Class string }

// htmlGroup is a run of events under one heading, their year.
type htmlGroup struct {
	Heading, ID string
	Events      []htmlEvent
}

// htmlEvent is one card.
type htmlEvent struct {
	ID          string
	Date, End   string // the TIMEX3 values
	First, Last string // the days covered, YYYY-MM-DD, or "" without a period
	Datetime    string // the datetime attribute of <time>
	Display     string // the date in words
	Covers      string // the days covered in words, for dates coarser than a day
	Precision   string
	Type        string
	TypeClass   string
	Status      string
	StatusClass string
	Summary     string
	Actors      string
	Location    string
	Mentions    []timeline.Mention
}

// htmlAxis is the overview: a horizontal time scale with one bar per dated
// event, each as long as the days its date covers.
type htmlAxis struct {
	Ticks  []htmlTick
	Bars   []htmlBar
	Height template.CSS
}

// htmlTick is a labelled mark on the scale.
type htmlTick struct {
	Label string
	Style template.CSS
}

// htmlBar is one event on the scale.
type htmlBar struct {
	Href, Label, Class string
	Style              template.CSS
}

// htmlWriter writes events as one self-contained HTML page: no scripts,
// styles or fonts are fetched. The page has a colour key of the event types
// and statuses, an overview that places each event on a time scale as a bar
// as long as the days its date covers (a month-precision event spans its
// month), and the events in date order as an ordered list of cards, one
// section per year. A card shows the date (in a <time> element), type,
// status, gist, actors and place; the sentences and sources (file:line)
// open in a <details> element. Events that are scheduled, planned,
// expected or threatened are drawn dashed, cancelled or negated ones
// struck through. The page prints on paper with its sources open.
//
// The header names each input with the reference date its dates were
// read against, marked "inferred" or "today's date, assumed" when no
// written date gave it, and with its source in a data-ref-source
// attribute.
//
// Each card carries its values as data attributes (data-date, data-end,
// data-first, data-last, data-type, data-status), which tests in a browser
// read back.
type htmlWriter struct{}

func (htmlWriter) write(w io.Writer, inputs []timeline.Input, events []timeline.Event, _ Options) error {
	page := htmlPage{Title: writeTitle(inputs), Inputs: inputs, Count: len(events)}
	var css strings.Builder
	used := make(map[string]bool)
	for _, e := range events {
		used[htmlTypeClass(e.Type)] = true
	}
	for _, t := range htmlTypes {
		fmt.Fprintf(&css, ".t-%s{--c:%s}", t.name, t.colour)
		if used["t-"+t.name] {
			page.Types = append(page.Types, htmlLegendType{Name: t.name, Class: "t-" + t.name})
		}
	}
	page.Palette = template.CSS(css.String())

	cards := make([]htmlEvent, len(events))
	periods := make([]timeline.Period, len(events))
	dated := make([]bool, len(events))
	for i, e := range events {
		c := htmlEvent{
			ID: "event-" + strconv.Itoa(i+1), Date: e.Date, End: e.EndDate, Precision: e.Precision,
			Display: timeline.DisplayRange(e), Type: e.Type, TypeClass: htmlTypeClass(e.Type),
			Status: e.Status, StatusClass: htmlStatusClass(e.Status), Summary: icsSummary(e),
			Actors: strings.Join(e.Actors, ", "), Location: e.Location, Mentions: e.Mentions,
			Datetime: htmlDatetime(e.Date),
		}
		if p, ok := e.Period(); ok {
			periods[i], dated[i] = p, true
			c.First, c.Last = p.First.Format("2006-01-02"), p.Last().Format("2006-01-02")
			if e.EndDate != "" || e.Precision != "day" {
				c.Covers = htmlDays(p)
			}
		}
		cards[i] = c
	}
	// One section per year of the start, in the order of the events, so
	// that the cards stay in exactly the order they were given.
	for i, c := range cards {
		heading := "Other dates"
		if dated[i] {
			heading = strconv.Itoa(periods[i].First.Year())
		}
		if n := len(page.Groups); n == 0 || page.Groups[n-1].Heading != heading {
			page.Groups = append(page.Groups, htmlGroup{Heading: heading, ID: "group-" + strconv.Itoa(n+1)})
		}
		g := &page.Groups[len(page.Groups)-1]
		g.Events = append(g.Events, c)
	}
	page.Axis = htmlLayoutAxis(cards, periods, dated)

	if err := htmlPageTemplate().Execute(w, page); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

// htmlDatetime returns the datetime attribute for the TIMEX3 value s: the
// value itself when HTML has the same form (a year, month, ISO week or
// day), else the first day of its period.
func htmlDatetime(s string) string {
	p, ok := timeline.ParsePeriod(s)
	if !ok {
		return ""
	}
	if i := strings.IndexByte(s, 'T'); i == 10 {
		return s[:10]
	}
	head, tail, _ := strings.Cut(s, "-")
	switch {
	case len(head) == 4 && (tail == "" || len(tail) == 2 && tail[0] >= '0' && tail[0] <= '9' || len(tail) == 5):
		return s
	case len(head) == 4 && len(tail) == 3 && tail[0] == 'W':
		return s
	}
	return p.First.Format("2006-01-02")
}

// htmlDays says which days p covers: "1 April – 30 April 2024".
func htmlDays(p timeline.Period) string {
	f, l := p.First, p.Last()
	if f.Year() == l.Year() {
		return f.Format("2 January") + " – " + l.Format("2 January 2006")
	}
	return f.Format("2 January 2006") + " – " + l.Format("2 January 2006")
}

// Overview geometry, in per cent of the scale's width and in rem.
const (
	htmlMinBar  = 1.0 // the narrowest bar drawn, so that a day stays visible
	htmlBarGap  = 0.4 // the least room between two bars in one lane
	htmlLaneRem = 1.5 // the height of a lane
)

// htmlLayoutAxis places the dated events on a scale from the first day of
// the month of the earliest event to the end of the month of the latest
// one. Ticks mark months, years or decades, whichever gives at most about
// three dozen marks. Bars go into the first lane where they do not touch
// an earlier bar.
func htmlLayoutAxis(cards []htmlEvent, periods []timeline.Period, dated []bool) htmlAxis {
	var ax htmlAxis
	var lo, hi time.Time
	for i, p := range periods {
		if !dated[i] {
			continue
		}
		if lo.IsZero() || p.First.Before(lo) {
			lo = p.First
		}
		if hi.IsZero() || p.End.After(hi) {
			hi = p.End
		}
	}
	if lo.IsZero() {
		ax.Height = "0"
		return ax
	}
	lo = time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
	if hi.Day() != 1 {
		hi = time.Date(hi.Year(), hi.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	}
	span := hi.Sub(lo).Hours()
	at := func(t time.Time) float64 { return t.Sub(lo).Hours() / span * 100 }
	pct := func(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) + "%" }

	months := (hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month())
	switch {
	case months <= 36:
		for t := lo; t.Before(hi); t = t.AddDate(0, 1, 0) {
			label := t.Format("Jan")
			if t.Equal(lo) || t.Month() == time.January {
				label = t.Format("Jan 2006")
			}
			ax.Ticks = append(ax.Ticks, htmlTick{Label: label, Style: template.CSS("left:" + pct(at(t)))})
		}
	default:
		step := 1
		for months/12/step > 36 {
			step *= 10
		}
		y := (lo.Year() + step - 1) / step * step
		for t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); t.Before(hi); t = t.AddDate(step, 0, 0) {
			ax.Ticks = append(ax.Ticks, htmlTick{Label: t.Format("2006"), Style: template.CSS("left:" + pct(at(t)))})
		}
	}

	var laneEnd []float64 // the right edge of the last bar in each lane
	for i, c := range cards {
		if !dated[i] {
			continue
		}
		left := at(periods[i].First)
		width := max(at(periods[i].End)-left, htmlMinBar)
		left = min(left, 100-width)
		lane := 0
		for lane < len(laneEnd) && laneEnd[lane]+htmlBarGap > left {
			lane++
		}
		if lane == len(laneEnd) {
			laneEnd = append(laneEnd, 0)
		}
		laneEnd[lane] = left + width
		ax.Bars = append(ax.Bars, htmlBar{
			Href:  "#" + c.ID,
			Label: c.Display + ": " + c.Type + ", " + c.Status + ": " + c.Summary,
			Class: c.TypeClass + " " + c.StatusClass,
			Style: template.CSS(fmt.Sprintf("left:%s;width:%s;top:%.1frem", pct(left), pct(width), float64(lane)*htmlLaneRem)),
		})
	}
	ax.Height = template.CSS(fmt.Sprintf("%.1frem", float64(len(laneEnd))*htmlLaneRem))
	return ax
}
