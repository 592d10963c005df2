package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
)

func TestWriteTimelineJS(t *testing.T) {
	events := writePrecisionEvents()
	events[3].Summary = "Sanctions <b>extended</b> & more"
	inputs := []timeline.Input{{File: "hand.txt", Doc: "hand.txt", Ref: "2025-01-10"}}
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[TimelineJS].write(b, inputs, events, Options{}) })

	// Decode into generic maps, so that a field we did not mean to write
	// shows up as a difference.
	var doc struct {
		Title struct {
			Text struct{ Headline, Text string }
		}
		Events []struct {
			StartDate   map[string]string `json:"start_date"`
			EndDate     map[string]string `json:"end_date"`
			Text        struct{ Headline, Text string }
			Group       string
			DisplayDate string `json:"display_date"`
			UniqueID    string `json:"unique_id"`
		}
	}
	if err := json.Unmarshal([]byte(got), &doc); err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	if doc.Title.Text.Headline != "Timeline of hand.txt" {
		t.Errorf("title %q", doc.Title.Text.Headline)
	}
	if len(doc.Events) != len(events) {
		t.Fatalf("got %d events, want %d", len(doc.Events), len(events))
	}
	want := []struct{ start, end, display string }{
		{"2023", "", ""},
		{"2024-7", "2024-9", "Q3 2024"},
		{"2024-6", "2024-8", "summer 2024"},
		{"2024-5", "", ""},
		{"2025-1-13", "2025-1-15", "13 January 2025 – 15 January 2025"},
		{"2025-1-17", "", ""},
		{"2025-1-6", "2025-1-12", "week 2 of 2025"},
		{"2020", "2029", "the 2020s"},
	}
	join := func(m map[string]string) string {
		if m == nil {
			return ""
		}
		var parts []string
		for _, k := range []string{"year", "month", "day"} {
			if v, ok := m[k]; ok {
				parts = append(parts, v)
			}
		}
		if len(m) != len(parts) {
			t.Errorf("unexpected fields in %v", m)
		}
		return strings.Join(parts, "-")
	}
	ids := make(map[string]bool)
	for i, ev := range doc.Events {
		if g := join(ev.StartDate); g != want[i].start {
			t.Errorf("event %d (%s): start_date %s, want %s", i, events[i].Date, g, want[i].start)
		}
		if g := join(ev.EndDate); g != want[i].end {
			t.Errorf("event %d (%s): end_date %s, want %s", i, events[i].Date, g, want[i].end)
		}
		if ev.DisplayDate != want[i].display {
			t.Errorf("event %d: display_date %q, want %q", i, ev.DisplayDate, want[i].display)
		}
		if ev.Group != events[i].Type {
			t.Errorf("event %d: group %q, want %q", i, ev.Group, events[i].Type)
		}
		if ids[ev.UniqueID] || ev.UniqueID == "" {
			t.Errorf("event %d: unique_id %q empty or repeated", i, ev.UniqueID)
		}
		ids[ev.UniqueID] = true
	}
	if g, w := doc.Events[3].Text.Headline, "Sanctions &lt;b&gt;extended&lt;/b&gt; &amp; more"; g != w {
		t.Errorf("headline not escaped\ngot  %q\nwant %q", g, w)
	}
	if g := doc.Events[2].Text.Text; !strings.Contains(g, "France, Chad") || !strings.Contains(g, "hand.txt:3") || !strings.Contains(g, "planned") {
		t.Errorf("text lacks actors, status or source: %q", g)
	}
}

func TestWriteTimelineJSEmpty(t *testing.T) {
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[TimelineJS].write(b, nil, nil, Options{}) })
	if !strings.Contains(got, `"events": []`) || !strings.Contains(got, `"headline": "Timeline"`) {
		t.Errorf("got %s", got)
	}
}
