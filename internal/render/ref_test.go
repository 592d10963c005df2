package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// refEvent returns an event of document doc read against ref, which came
// from source.
func refEvent(date, doc, ref, source string) timeline.Event {
	return timeline.Event{
		Date: date, Precision: "day", Type: "visit", Status: "reported", Summary: "A visit",
		Ref: ref, RefSource: source,
		Mentions: []timeline.Mention{{File: doc, Doc: doc, Line: 1, Expr: date, Sentence: "A visit."}},
	}
}

func TestWriteRefFooter(t *testing.T) {
	tests := []struct {
		name   string
		events []timeline.Event
		want   []string
	}{
		{name: "given", events: []timeline.Event{refEvent("2025-01-17", "a.txt", "2025-01-20", "flag")}},
		{name: "found", events: []timeline.Event{
			refEvent("2025-01-17", "a.txt", "2025-01-20", "dateline"),
			refEvent("2025-01-18", "b.html", "2025-01-21", "page"),
		}},
		{name: "no reference", events: []timeline.Event{{Date: "2025-01-17", Mentions: []timeline.Mention{{File: "a.txt", Doc: "a.txt"}}}}},
		{name: "inferred", events: []timeline.Event{refEvent("2025-01-17", "a.txt", "2025-01-20", "inferred")},
			want: []string{"Reference date 2025-01-20 inferred from the text (pass --ref to set it)"}},
		{name: "default", events: []timeline.Event{refEvent("2025-01-17", "a.txt", "2026-12-07", "default")},
			want: []string{"Reference date 2026-12-07 is today's date, assumed (pass --ref to set it)"}},
		{name: "one of two inferred", events: []timeline.Event{
			refEvent("2025-01-17", "dir/a.txt", "2025-01-20", "dateline"),
			refEvent("2025-01-18", "dir/b.txt", "2025-01-21", "inferred"),
			refEvent("2025-01-19", "dir/b.txt", "2025-01-21", "inferred"),
		}, want: []string{"b.txt: reference date 2025-01-21 inferred from the text"}},
		{name: "control characters", events: []timeline.Event{
			refEvent("2025-01-17", "a", "2025-01-20", "record"),
			refEvent("2025-01-18", "b\x1b[2J\nc", "2025-01-21", "inferred"),
		}, want: []string{"b\uFFFD[2J c: reference date 2025-01-21 inferred from the text"}},
		{name: "many guessed", events: []timeline.Event{
			refEvent("2025-01-17", "a", "2025-01-20", "inferred"),
			refEvent("2025-01-17", "b", "2025-01-20", "inferred"),
			refEvent("2025-01-17", "c", "2025-01-20", "record"),
			refEvent("2025-01-17", "d", "2025-01-20", "inferred"),
			refEvent("2025-01-17", "e", "2026-12-07", "default"),
		}, want: []string{"Reference dates of 4 of 5 documents guessed: 3 inferred from the text, 1 today's date, assumed (ref_source in -f json names them)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := writeRefFooter(writeEventRefs(tc.events))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("footer\ngot  %q\nwant %q", got, tc.want)
			}
			// The table ends with the footer, and the Markdown form with
			// the same lines, each a paragraph after the table.
			table := writeRender(t, func(b *bytes.Buffer) error { return writers[Table].write(b, nil, tc.events, Options{}) })
			lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
			if last := lines[len(lines)-1-len(tc.want)]; !strings.HasPrefix(last, "+--") {
				t.Errorf("the table does not end with its border and then the footer:\n%s", table)
			}
			if gotTail := lines[len(lines)-len(tc.want):]; strings.Join(gotTail, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("table footer\ngot  %q\nwant %q", gotTail, tc.want)
			}
			md := writeRender(t, func(b *bytes.Buffer) error { return writers[Markdown].write(b, nil, tc.events, Options{}) })
			var wantMD strings.Builder
			for _, l := range tc.want {
				wantMD.WriteString("\n" + writeMarkdownCell(l) + "\n")
			}
			if !strings.HasSuffix(md, "|\n"+wantMD.String()) {
				t.Errorf("Markdown\ngot  %q\nwant it to end %q", md, wantMD.String())
			}
		})
	}
}

func TestWriteDatesRefFooter(t *testing.T) {
	rows := []timeline.DateRow{{File: "a.txt", Doc: "a.txt", Line: 1, Text: "Monday", Type: "DATE", Value: "2025-01-13", Precision: "day"}}
	tests := []struct {
		source string
		want   string
	}{
		{"flag", ""},
		{"inferred", "Reference date 2025-01-15 inferred from the text (pass --ref to set it)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.source, func(t *testing.T) {
			inputs := []timeline.Input{{File: "a.txt", Doc: "a.txt", Ref: "2025-01-15", RefSource: tc.source}}
			table := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, Table, inputs, rows, Options{}) })
			if !strings.HasSuffix(table, "+\n"+tc.want) {
				t.Errorf("table\ngot  %q\nwant it to end %q", table, tc.want)
			}
			wantMD := tc.want
			if wantMD != "" {
				wantMD = "\n" + wantMD
			}
			md := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, Markdown, inputs, rows, Options{}) })
			if !strings.HasSuffix(md, "|\n"+wantMD) {
				t.Errorf("Markdown\ngot  %q\nwant it to end %q", md, wantMD)
			}
		})
	}
}

func TestWriteRefFields(t *testing.T) {
	events := []timeline.Event{refEvent("2025-01-17", "a.txt", "2025-01-20", "inferred")}
	csvOut := writeRender(t, func(b *bytes.Buffer) error { return writers[CSV].write(b, nil, events, Options{}) })
	rows := writeReadCSV(t, csvOut, writeEventCSVHeader)
	col := slices.Index(writeEventCSVHeader, "ref")
	if got := rows[0][col : col+2]; got[0] != "2025-01-20" || got[1] != "inferred" {
		t.Errorf("csv ref, ref_source: got %q", got)
	}
	for _, f := range []Format{JSON, JSONL} {
		got := writeRender(t, func(b *bytes.Buffer) error { return Write(b, f, nil, events, Options{}) })
		compact := strings.NewReplacer(" ", "", "\n", "").Replace(got)
		if !strings.Contains(compact, `"ref":"2025-01-20","ref_source":"inferred"`) {
			t.Errorf("%s lacks ref and ref_source:\n%s", f, got)
		}
	}
}

func TestWriteHTMLRefMarker(t *testing.T) {
	events := []timeline.Event{refEvent("2025-01-17", "a.txt", "2025-01-20", "inferred")}
	tests := []struct {
		source string
		want   string // after the <time> of the reference
		mark   bool
	}{
		{"flag", "</time> (why)", false},
		{"dateline", "</time> (why)", false},
		{"inferred", `</time>, <strong class="guess">inferred</strong> (why)`, true},
		{"default", `</time>, <strong class="guess">today's date, assumed</strong> (why)`, true},
	}
	for _, tc := range tests {
		t.Run(tc.source, func(t *testing.T) {
			inputs := []timeline.Input{{File: "a.txt", Doc: "a.txt", Ref: "2025-01-20", RefSource: tc.source, RefReason: "why"}}
			page := writeRender(t, func(b *bytes.Buffer) error { return writers[HTML].write(b, inputs, events, Options{}) })
			if !strings.Contains(page, `data-ref-source="`+tc.source+`"`) || !strings.Contains(page, tc.want) {
				t.Errorf("the reference is not shown as %q:\n%s", tc.want, page)
			}
			if got := strings.Contains(page, `class="guess"`); got != tc.mark {
				t.Errorf("marked as guessed: got %v, want %v", got, tc.mark)
			}
		})
	}
}

func TestWriteTimelineJSRefMarker(t *testing.T) {
	events := []timeline.Event{refEvent("2025-01-17", "a.txt", "2025-01-20", "inferred")}
	tests := []struct{ source, want string }{
		{"dateline", `a.txt read against 2025-01-20</p>`},
		{"inferred", `a.txt read against 2025-01-20 (inferred)</p>`},
		{"default", `a.txt read against 2025-01-20 (today's date, assumed)</p>`},
	}
	for _, tc := range tests {
		inputs := []timeline.Input{{File: "a.txt", Doc: "a.txt", Ref: "2025-01-20", RefSource: tc.source}}
		got := writeRender(t, func(b *bytes.Buffer) error { return writers[TimelineJS].write(b, inputs, events, Options{}) })
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: the title does not say %q:\n%s", tc.source, tc.want, got)
		}
	}
}
