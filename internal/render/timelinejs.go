package render

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// tljsDate is a TimelineJS3 date: only the parts the text gives are set.
type tljsDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// tljsText is the headline and HTML body of a TimelineJS3 slide.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tljsSlide is one event of a TimelineJS3 timeline.
type tljsSlide struct {
	StartDate   tljsDate  `json:"start_date"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	UniqueID    string    `json:"unique_id"`
}

// tljsDoc is a TimelineJS3 timeline.
type tljsDoc struct {
	Title  tljsTitle   `json:"title"`
	Events []tljsSlide `json:"events"`
}

// tljsTitle is the title slide.
type tljsTitle struct {
	Text tljsText `json:"text"`
}

// tljsDates returns the TimelineJS dates for the TIMEX3 value s: the first
// and the last date of its period, each with as many parts as the value
// has. last is nil when the value is a single year, month or day, which
// TimelineJS shows as it is; a quarter, half, season, week, decade or
// century runs from its first to its last month, day or year, and
// display is its name in words. ok is false when [ParsePeriod] does not
// read s.
func tljsDates(s string) (first tljsDate, last *tljsDate, display string, ok bool) {
	p, ok := timeline.ParsePeriod(s)
	if !ok {
		return first, nil, "", false
	}
	ymd := func(y, m, d int) tljsDate {
		t := tljsDate{Year: strconv.Itoa(y)}
		if m > 0 {
			t.Month = strconv.Itoa(m)
		}
		if d > 0 {
			t.Day = strconv.Itoa(d)
		}
		return t
	}
	f, l := p.First, p.Last()
	head, tail, _ := strings.Cut(s, "-")
	switch {
	case len(head) < 4: // a decade or century
		a, b := ymd(f.Year(), 0, 0), ymd(l.Year(), 0, 0)
		return a, &b, timeline.DisplayDate(s), true
	case tail == "":
		return ymd(f.Year(), 0, 0), nil, "", true
	case len(tail) == 2 && tail[0] >= '0' && tail[0] <= '9': // a month
		return ymd(f.Year(), int(f.Month()), 0), nil, "", true
	case tail[0] == 'W':
		a, b := ymd(f.Year(), int(f.Month()), f.Day()), ymd(l.Year(), int(l.Month()), l.Day())
		return a, &b, timeline.DisplayDate(s), true
	case len(tail) == 2: // a quarter, half or season
		a, b := ymd(f.Year(), int(f.Month()), 0), ymd(l.Year(), int(l.Month()), 0)
		return a, &b, timeline.DisplayDate(s), true
	}
	return ymd(f.Year(), int(f.Month()), f.Day()), nil, "", true
}

// timelineJSWriter writes events as the JSON that TimelineJS3 loads:
// {"title": {...}, "events": [...]}. Each event's start_date (and end_date,
// for a range) has only the parts of the date that the text gives, so a
// month-precision event has a year and a month and no day. Periods that
// TimelineJS has no notion of (quarters, halves, seasons, weeks, decades,
// centuries) run from their first to their last month, day or year and
// carry their name as display_date. The headline is the gist, the text the
// sentence, status, actors and sources as HTML, and the group the type.
// Events whose date has no period are left out. The title slide names each
// input with its reference date, marked "(inferred)" or "(today's date,
// assumed)" when no written date gave it.
type timelineJSWriter struct{}

func (timelineJSWriter) write(w io.Writer, inputs []timeline.Input, events []timeline.Event, _ Options) error {
	doc := tljsDoc{Events: []tljsSlide{}}
	doc.Title.Text.Headline = html.EscapeString(writeTitle(inputs))
	var refs []string
	for _, in := range inputs {
		ref := html.EscapeString(in.Doc) + " read against " + html.EscapeString(in.Ref)
		switch in.RefSource {
		case "inferred":
			ref += " (inferred)"
		case "default":
			ref += " (today's date, assumed)"
		}
		refs = append(refs, ref)
	}
	if len(refs) > 0 {
		doc.Title.Text.Text = "<p>" + strings.Join(refs, "<br>") + "</p>"
	}
	for i, e := range events {
		first, last, display, ok := tljsDates(e.Date)
		if !ok {
			continue
		}
		slide := tljsSlide{
			StartDate: first,
			Text:      tljsText{Headline: html.EscapeString(icsSummary(e)), Text: tljsBody(e)},
			Group:     e.Type,
			UniqueID:  "event-" + strconv.Itoa(i+1),
		}
		if display != "" {
			slide.StartDate.DisplayDate = display
		}
		// A range ends with the last date of its end; an end that lies
		// before the start is dropped, as [Event.Period] drops it.
		if start, _ := timeline.ParsePeriod(e.Date); e.EndDate != "" {
			if p, _ := e.Period(); !p.End.Equal(start.End) {
				end, endLast, _, _ := tljsDates(e.EndDate)
				if endLast != nil {
					end = *endLast
				}
				last, display = &end, timeline.DisplayRange(e)
			}
		}
		if last != nil {
			slide.EndDate = last
			slide.StartDate.DisplayDate = ""
			slide.DisplayDate = display
		}
		doc.Events = append(doc.Events, slide)
	}
	enc := writeNewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write timelinejs: %w", err)
	}
	return nil
}

// tljsBody is the HTML text of the slide for e: the sentence of its first
// mention, then its status, actors and place, then its sources.
func tljsBody(e timeline.Event) string {
	var b strings.Builder
	if len(e.Mentions) > 0 {
		b.WriteString("<p>" + html.EscapeString(writeFlatten(e.Mentions[0].Sentence)) + "</p>")
	}
	facts := []string{"Status: " + html.EscapeString(e.Status)}
	if len(e.Actors) > 0 {
		facts = append(facts, "Actors: "+html.EscapeString(strings.Join(e.Actors, ", ")))
	}
	if e.Location != "" {
		facts = append(facts, "Where: "+html.EscapeString(e.Location))
	}
	b.WriteString("<p>" + strings.Join(facts, " · ") + "</p>")
	if len(e.Mentions) > 0 {
		var src []string
		for _, m := range e.Mentions {
			src = append(src, html.EscapeString(m.File+":"+m.Where()))
		}
		b.WriteString("<p><small>" + strings.Join(src, "; ") + "</small></p>")
	}
	return b.String()
}
