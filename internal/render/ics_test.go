package render

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// writePrecisionEvents returns hand-made events of every precision the
// writers must place on a calendar, and a range.
func writePrecisionEvents() []timeline.Event {
	m := func(line int, expr, sentence string) []timeline.Mention {
		return []timeline.Mention{{File: "hand.txt", Doc: "hand.txt", Line: line, Start: line * 10, End: line*10 + len(expr), Expr: expr, Sentence: sentence}}
	}
	return []timeline.Event{
		{Date: "2023", Precision: "year", Type: "election", Status: "reported", Summary: "Elections were held",
			Mentions: m(1, "2023", "Elections were held in 2023.")},
		{Date: "2024-Q3", Precision: "quarter", Type: "economic", Status: "expected", Summary: "Growth is expected to slow",
			Mentions: m(2, "the third quarter", "Growth is expected to slow in the third quarter.")},
		{Date: "2024-SU", Precision: "season", Type: "visit", Status: "planned", Summary: "A visit, planned; \"maybe\"",
			Actors: []string{"France", "Chad"}, Mentions: m(3, "summer", "A visit is planned for summer.")},
		{Date: "2024-05", Precision: "month", Type: "sanctions", Status: "reported", Summary: "Sanctions were extended",
			Mentions: m(4, "In May", "In May, sanctions were extended.")},
		{Date: "2025-01-13", EndDate: "2025-01-15", Precision: "day", Type: "talks", Status: "scheduled",
			Summary:  "Talks in Genève — a long summary with accents: é, ü, ø, and a few more words to need folding",
			Location: "Genève", Mentions: m(5, "from 13 to 15 January", "Talks will run from 13 to 15 January in Genève.")},
		{Date: "2025-01-17", Precision: "day", Type: "attack", Status: "cancelled", Summary: `A back\slash, a comma; and
a line break`, Mentions: m(6, "17 January", "An attack on 17 January was called off.")},
		{Date: "2025-W02", Precision: "week", Type: "meeting", Status: "reported", Summary: "Ministers met",
			Mentions: m(7, "last week", "Ministers met last week.")},
		{Date: "202", Precision: "decade", Type: "report", Status: "reported", Summary: "A decade of change"},
	}
}

func TestWriteICS(t *testing.T) {
	events := writePrecisionEvents()
	inputs := []timeline.Input{{File: "hand.txt", Doc: "hand.txt", Ref: "2025-01-10"}}
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[ICS].write(b, inputs, events, Options{}) })

	if !strings.HasSuffix(got, "END:VCALENDAR\r\n") {
		t.Errorf("does not end in END:VCALENDAR and CRLF: %q", got[max(0, len(got)-30):])
	}
	for i, line := range strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
	}

	cal, err := ics.ParseCalendar(strings.NewReader(got))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, got)
	}
	vevents := cal.Events()
	if len(vevents) != len(events) {
		t.Fatalf("got %d events, want %d", len(vevents), len(events))
	}
	want := []struct{ start, end, status string }{
		{"20230101", "20240101", "CONFIRMED"},
		{"20240701", "20241001", "TENTATIVE"},
		{"20240601", "20240901", "TENTATIVE"},
		{"20240501", "20240601", "CONFIRMED"},
		{"20250113", "20250116", "CONFIRMED"},
		{"20250117", "20250118", "CANCELLED"},
		{"20250106", "20250113", "CONFIRMED"},
		{"20200101", "20300101", "CONFIRMED"},
	}
	uids := make(map[string]bool)
	for i, ve := range vevents {
		prop := func(p ics.ComponentProperty) string {
			if v := ve.GetProperty(p); v != nil {
				return v.Value
			}
			return ""
		}
		start, err1 := ve.GetAllDayStartAt()
		end, err2 := ve.GetAllDayEndAt()
		if err1 != nil || err2 != nil {
			t.Errorf("event %d: %v %v", i, err1, err2)
			continue
		}
		if g := start.Format("20060102") + "-" + end.Format("20060102"); g != want[i].start+"-"+want[i].end {
			t.Errorf("event %d (%s): got %s, want %s-%s", i, events[i].Date, g, want[i].start, want[i].end)
		}
		if p := ve.GetProperty(ics.ComponentPropertyDtStart); p == nil || len(p.ICalParameters["VALUE"]) != 1 || p.ICalParameters["VALUE"][0] != "DATE" {
			t.Errorf("event %d: DTSTART is not VALUE=DATE", i)
		}
		if g := prop(ics.ComponentPropertyStatus); g != want[i].status {
			t.Errorf("event %d: STATUS %q, want %q", i, g, want[i].status)
		}
		// A summary is one line; the escaped line breaks are in DESCRIPTION.
		if g, w := prop(ics.ComponentPropertySummary), strings.ReplaceAll(events[i].Summary, "\n", " "); g != w {
			t.Errorf("event %d: SUMMARY\ngot  %q\nwant %q", i, g, w)
		}
		if g := prop(ics.ComponentPropertyCategories); g != events[i].Type {
			t.Errorf("event %d: CATEGORIES %q, want %q", i, g, events[i].Type)
		}
		if g := prop(ics.ComponentPropertyLocation); g != events[i].Location {
			t.Errorf("event %d: LOCATION %q, want %q", i, g, events[i].Location)
		}
		stamp := "20250110T000000Z"
		if len(events[i].Mentions) == 0 {
			stamp = "19700101T000000Z"
		}
		if g := prop(ics.ComponentPropertyDtstamp); g != stamp {
			t.Errorf("event %d: DTSTAMP %q, want %q", i, g, stamp)
		}
		desc := prop(ics.ComponentPropertyDescription)
		if len(events[i].Mentions) > 0 && !strings.HasPrefix(desc, events[i].Mentions[0].Sentence+"\n\n") {
			t.Errorf("event %d: DESCRIPTION does not start with the sentence: %q", i, desc)
		}
		if len(events[i].Mentions) > 0 && !strings.Contains(desc, "\nSource: hand.txt:") {
			t.Errorf("event %d: DESCRIPTION has no source: %q", i, desc)
		}
		uid := ve.Id()
		if uid == "" || uids[uid] {
			t.Errorf("event %d: UID %q empty or repeated", i, uid)
		}
		uids[uid] = true
	}

	again := writeRender(t, func(b *bytes.Buffer) error { return writers[ICS].write(b, inputs, events, Options{}) })
	if again != got {
		t.Error("a second run differs")
	}
}

func TestICSUIDStable(t *testing.T) {
	e := writePrecisionEvents()[3]
	a := icsUID(e)
	e.Actors = []string{"Someone"} // not part of the identity
	if icsUID(e) != a {
		t.Error("UID depends on the actors")
	}
	e.Summary += "!"
	if icsUID(e) == a {
		t.Error("UID does not depend on the summary")
	}
	// Two events alike in every part of the identity still get two UIDs.
	twice := []timeline.Event{writePrecisionEvents()[3], writePrecisionEvents()[3]}
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[ICS].write(b, nil, twice, Options{}) })
	cal, err := ics.ParseCalendar(strings.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	if ev := cal.Events(); len(ev) != 2 || ev[0].Id() == ev[1].Id() {
		t.Errorf("UIDs of identical events are not distinct:\n%s", got)
	}
}

func TestICSFold(t *testing.T) {
	tests := []struct{ name, value string }{
		{"ascii", strings.Repeat("abcdefghij", 20)},
		{"two-byte runes", strings.Repeat("é", 120)},
		{"four-byte runes", strings.Repeat("😀", 60)},
		{"exactly 75", strings.Repeat("x", 75-len("SUMMARY:"))},
		{"mixed", "a" + strings.Repeat("€x", 70)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			c := icsLines{w: bufio.NewWriter(&b)}
			c.line("SUMMARY", tc.value)
			c.w.Flush()
			out := b.String()
			lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
			var joined strings.Builder
			for i, l := range lines {
				if len(l) > 75 {
					t.Errorf("line %d has %d octets", i, len(l))
				}
				if !utf8.ValidString(l) {
					t.Errorf("line %d is not valid UTF-8: %q", i, l)
				}
				if i > 0 {
					if !strings.HasPrefix(l, " ") {
						t.Errorf("continuation line %d does not start with a space", i)
					}
					l = l[1:]
				}
				joined.WriteString(l)
			}
			if got, want := joined.String(), "SUMMARY:"+tc.value; got != want {
				t.Errorf("unfolded\ngot  %q\nwant %q", got, want)
			}
			if tc.name == "exactly 75" && len(lines) != 1 {
				t.Errorf("a 75-octet line was folded: %q", lines)
			}
		})
	}
}

func TestICSText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`a\b`, `a\\b`},
		{"a;b,c", `a\;b\,c`},
		{"one\ntwo\r\nthree\rfour", `one\ntwo\nthree\nfour`},
		{"tab\tbell\a", "tab\tbell "},
	}
	for _, tc := range tests {
		if got := icsText(tc.in); got != tc.want {
			t.Errorf("icsText(%q)\ngot  %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
