package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// writeTestInputs are the inputs that writeTestEvents came from.
var writeTestInputs = []timeline.Input{
	{File: "news.txt", Doc: "news.txt", Ref: "2025-01-20", RefSource: "dateline", RefReason: "the dateline reads 20 January 2025"},
	{File: "wire.jsonl", Doc: "w-2", Ref: "2025-02-01", RefSource: "record", RefReason: "the record's date field"},
}

// writeTestEvents returns fresh synthetic events: a day with two mentions,
// a range, and one whose summary needs CSV quoting and whose actors and
// mentions are nil.
func writeTestEvents() []timeline.Event {
	return []timeline.Event{
		{
			Date: "2025-01-17", Precision: "day", Type: "visit", Status: "reported",
			Summary:  "The foreign minister visited Nairobi for talks on the ceasefire, trade and the new railway line to the coast",
			Actors:   []string{"Kenya", "Germany", "Annalena Baerbock"},
			Location: "Nairobi",
			Trigger:  &timeline.Trigger{Text: "visited", Start: 148, End: 155},
			Mentions: []timeline.Mention{
				{File: "news.txt", Doc: "news.txt", Line: 3, Start: 120, End: 130, Expr: "January 17", Sentence: "On January 17, the minister visited Nairobi."},
				{File: "news.txt", Doc: "news.txt", Line: 9, Start: 480, End: 487, Expr: "Friday", Sentence: "Friday's visit <was> short & sweet."},
				{File: "wire.jsonl", Doc: "w-2", Line: 1, Start: 15, End: 25, Expr: "17 January", Sentence: "Talks began on 17 January."},
			},
		},
		{
			Date: "2025-03-03", EndDate: "2025-03-07", Precision: "day", Type: "talks", Status: "scheduled",
			Summary:  "Trade talks | see https://example.com/a-very-long-address/that-cannot-be-wrapped-at-a-space/anywhere-at-all",
			Actors:   []string{"EU"},
			Location: "Brussels",
			Mentions: []timeline.Mention{{File: "-", Doc: "-", Line: 1, Start: 0, End: 20, Expr: "3 to 7 March", Sentence: "Talks run 3 to 7 March."}},
		},
		{
			Date: "2025-04", Precision: "month", Type: "agreement", Status: "planned",
			Summary: "A deal, \"in principle\",\nis planned",
		},
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"table", Table, false},
		{"csv", CSV, false},
		{"json", JSON, false},
		{"jsonl", JSONL, false},
		{"markdown", Markdown, false},
		{"md", Markdown, false},
		{" JSON ", JSON, false},
		{"xml", 0, true},
		{"", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseFormat(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("ParseFormat(%q) = %v, want an error", tc.in, got)
				}
				if !errors.Is(err, ErrUnknownFormat) {
					t.Errorf("error %q does not wrap ErrUnknownFormat", err)
				}
				for _, name := range []string{"table", "csv", "json", "jsonl", "markdown"} {
					if !strings.Contains(err.Error(), name) {
						t.Errorf("error %q does not list %q", err, name)
					}
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("ParseFormat(%q)\ngot  %v, %v\nwant %v, nil", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestFormatString(t *testing.T) {
	for f := Table; int(f) < len(writeFormatNames); f++ {
		got, err := ParseFormat(f.String())
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", f.String(), got, err, f)
		}
	}
	if got, want := Format(42).String(), "Format(42)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// writeRender runs write and fails the test on an error.
func writeRender(t *testing.T, write func(*bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// writeReadCSV parses s and checks that every record has as many fields as
// the header, which must be want.
func writeReadCSV(t *testing.T, s string, want []string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1 // check the count ourselves, with a clearer message
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read back csv: %v\n%s", err, s)
	}
	if len(records) == 0 {
		t.Fatal("no header row")
	}
	if got := records[0]; !reflect.DeepEqual(got, want) {
		t.Fatalf("header\ngot  %q\nwant %q", got, want)
	}
	for i, rec := range records {
		if len(rec) != len(want) {
			t.Errorf("record %d has %d fields, want %d: %q", i, len(rec), len(want), rec)
		}
	}
	return records[1:]
}

func TestWriteCSV(t *testing.T) {
	events := writeTestEvents()
	events[0].Ref, events[0].RefSource = "2025-01-20", "dateline"
	events[1].Ref, events[1].RefSource = "2025-02-28", "inferred"
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[CSV].write(b, nil, events, Options{}) })
	rows := writeReadCSV(t, got, []string{
		"date", "end_date", "precision", "type", "status", "summary", "actors", "location",
		"mentions", "file", "doc", "line", "start", "end", "expr", "sentence", "other_mentions",
		"ref", "ref_source", "trigger", "trigger_start", "trigger_end", "page",
	})
	if len(rows) != len(events) {
		t.Fatalf("got %d rows, want %d", len(rows), len(events))
	}
	tests := []struct {
		row  int
		col  string
		want string
	}{
		{0, "date", "2025-01-17"},
		{0, "actors", "Kenya; Germany; Annalena Baerbock"},
		{0, "mentions", "3"},
		{0, "file", "news.txt"},
		{0, "line", "3"},
		{0, "start", "120"},
		{0, "end", "130"},
		{0, "expr", "January 17"},
		{0, "other_mentions", "news.txt:9:480-487; w-2:1:15-25"},
		{1, "end_date", "2025-03-07"},
		{1, "doc", "-"}, // left as is: no apostrophe against formulas
		{1, "other_mentions", ""},
		{2, "summary", "A deal, \"in principle\",\nis planned"},
		{2, "actors", ""},
		{2, "mentions", "0"},
		{2, "line", ""},
		{2, "sentence", ""},
		{0, "ref", "2025-01-20"},
		{0, "ref_source", "dateline"},
		{0, "trigger", "visited"},
		{0, "trigger_start", "148"},
		{0, "trigger_end", "155"},
		{1, "trigger", ""},
		{1, "trigger_start", ""},
		{1, "ref", "2025-02-28"},
		{1, "ref_source", "inferred"},
		{2, "ref", ""},
		{2, "ref_source", ""},
	}
	for _, tc := range tests {
		i := -1
		for j, h := range writeEventCSVHeader {
			if h == tc.col {
				i = j
			}
		}
		if i < 0 {
			t.Fatalf("no column %q", tc.col)
		}
		if got := rows[tc.row][i]; got != tc.want {
			t.Errorf("row %d, %s\ngot  %q\nwant %q", tc.row, tc.col, got, tc.want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	tests := []struct {
		name   string
		inputs []timeline.Input
		events []timeline.Event
	}{
		{"events", writeTestInputs, writeTestEvents()},
		{"nil", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := writeRender(t, func(b *bytes.Buffer) error { return writers[JSON].write(b, tc.inputs, tc.events, Options{}) })
			if !strings.HasSuffix(got, "}\n") || !strings.HasPrefix(got, "{\n  \"inputs\": [") {
				t.Errorf("not an indented document with a trailing newline:\n%s", got)
			}
			if strings.Contains(got, "null") {
				t.Errorf("output has null:\n%s", got)
			}
			if strings.Contains(got, `\u003c`) || strings.Contains(got, `\u0026`) {
				t.Errorf("output escapes HTML:\n%s", got)
			}
			var doc struct {
				Inputs []timeline.Input
				Events []timeline.Event
			}
			if err := json.Unmarshal([]byte(got), &doc); err != nil {
				t.Fatal(err)
			}
			wantInputs, wantEvents := tc.inputs, writeJSONEvents(tc.events)
			if wantInputs == nil {
				wantInputs = []timeline.Input{}
			}
			if !reflect.DeepEqual(doc.Inputs, wantInputs) {
				t.Errorf("inputs\ngot  %+v\nwant %+v", doc.Inputs, wantInputs)
			}
			if !reflect.DeepEqual(doc.Events, wantEvents) {
				t.Errorf("events\ngot  %+v\nwant %+v", doc.Events, wantEvents)
			}
		})
	}
}

// writeCheckEventKeys checks that an event object has exactly the Event
// keys and that actors and mentions are arrays.
func writeCheckEventKeys(t *testing.T, raw []byte) {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	want := []string{"date", "end_date", "precision", "type", "status", "summary", "actors", "location", "ref", "ref_source", "mentions"}
	if _, ok := m["trigger"]; ok {
		want = append(want, "trigger") // absent when no word names the event
	}
	if len(got) != len(want) {
		t.Errorf("keys\ngot  %q\nwant %q", got, want)
	}
	for _, k := range want {
		if _, ok := m[k]; !ok {
			t.Errorf("no key %q in %s", k, raw)
		}
	}
	for _, k := range []string{"actors", "mentions"} {
		if !bytes.HasPrefix(m[k], []byte("[")) {
			t.Errorf("%s is %s, want an array", k, m[k])
		}
	}
}

func TestWriteJSONL(t *testing.T) {
	events := writeTestEvents()
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[JSONL].write(b, nil, events, Options{}) })
	if !strings.HasSuffix(got, "\n") {
		t.Errorf("no trailing newline: %q", got)
	}
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != len(events) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(events), got)
	}
	want := writeJSONEvents(events)
	for i, line := range lines {
		writeCheckEventKeys(t, []byte(line))
		var e timeline.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(e, want[i]) {
			t.Errorf("line %d\ngot  %+v\nwant %+v", i+1, e, want[i])
		}
	}
	if got := writeRender(t, func(b *bytes.Buffer) error { return writers[JSONL].write(b, nil, nil, Options{}) }); got != "" {
		t.Errorf("no events: got %q, want nothing", got)
	}
}

func TestWriteTable(t *testing.T) {
	tests := []struct {
		name    string
		events  []timeline.Event
		width   int
		wantEnd bool
	}{
		{"80", writeTestEvents(), 80, true},
		{"120", writeTestEvents(), 120, true},
		{"default", writeTestEvents(), 0, true},
		{"40", writeTestEvents(), 40, true},
		{"no range", writeTestEvents()[:1], 80, false},
		{"none", nil, 80, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Width: tc.width}
			got := writeRender(t, func(b *bytes.Buffer) error { return writers[Table].write(b, nil, tc.events, opts) })
			lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
			width := opts.width()
			if tc.width >= 80 || tc.width == 0 {
				for _, line := range lines {
					if n := utf8.RuneCountInString(line); n > width {
						t.Errorf("line is %d wide, want at most %d: %q", n, width, line)
					}
				}
			}
			for _, line := range lines {
				if !strings.HasPrefix(line, "+") && !strings.HasPrefix(line, "|") {
					t.Errorf("line is not ASCII table: %q", line)
				}
			}
			header := lines[1]
			for _, h := range []string{"DATE", "TYPE", "STATUS", "EVENT", "ACTORS", "WHERE"} {
				if !strings.Contains(header, h) {
					t.Errorf("header %q lacks %s", header, h)
				}
			}
			if gotEnd := strings.Contains(header, "END"); gotEnd != tc.wantEnd {
				t.Errorf("END column: got %v, want %v\n%s", gotEnd, tc.wantEnd, got)
			}
			// Wrapping may split words across lines but must not lose text.
			columns := writeTableColumns(lines)
			for _, e := range tc.events {
				for _, s := range []string{e.Summary, strings.Join(e.Actors, ", "), e.Location} {
					want := strings.Join(strings.Fields(s), "")
					found := false
					for _, c := range columns {
						found = found || strings.Contains(c, want)
					}
					if !found {
						t.Errorf("table lacks %q:\n%s", s, got)
					}
				}
			}
			if again := writeRender(t, func(b *bytes.Buffer) error { return writers[Table].write(b, nil, tc.events, opts) }); again != got {
				t.Errorf("output differs between runs:\n%s\n%s", got, again)
			}
		})
	}
}

// writeTableColumns joins the text of each column of an ASCII table, with
// the header and the spaces left out. It finds the columns from the "+"
// of the top border, so that a "|" inside a cell does not confuse it.
func writeTableColumns(lines []string) []string {
	var edges []int
	for i, r := range lines[0] {
		if r == '+' {
			edges = append(edges, i)
		}
	}
	columns := make([]string, len(edges)-1)
	for _, line := range lines[3:] {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		runes := []rune(line)
		for j := range columns {
			columns[j] += strings.ReplaceAll(string(runes[edges[j]+1:edges[j+1]]), " ", "")
		}
	}
	return columns
}

// writeMarkdownCells splits a Markdown table line at its unescaped pipes.
func writeMarkdownCells(line string) []string {
	var cells []string
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\' && i+1 < len(line):
			b.WriteByte(line[i+1])
			i++
		case c == '|':
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return cells[1:] // text before the first pipe
}

func TestWriteMarkdown(t *testing.T) {
	events := writeTestEvents()
	got := writeRender(t, func(b *bytes.Buffer) error { return writers[Markdown].write(b, nil, events, Options{}) })
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2+len(events) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), 2+len(events), got)
	}
	if want := "| date | end | type | status | event | actors | where | source |"; lines[0] != want {
		t.Errorf("header\ngot  %q\nwant %q", lines[0], want)
	}
	for i, line := range lines {
		if cells := writeMarkdownCells(line); len(cells) != 8 {
			t.Errorf("line %d has %d cells, want 8: %q", i+1, len(cells), line)
		}
	}
	tests := []struct {
		row, col int
		want     string
	}{
		{1, 1, "2025-03-07"},
		{1, 4, "Trade talks | see https://example.com/a-very-long-address/that-cannot-be-wrapped-at-a-space/anywhere-at-all"},
		{2, 4, `A deal, "in principle", is planned`},
		{0, 5, "Kenya, Germany, Annalena Baerbock"},
		{0, 7, "news.txt:3, news.txt:9, w-2:1"},
	}
	want := "a \\*b\\* _c_ \\`d\\` \\[e\\](f) \\<g\\> \\\\ \\|"
	if got := writeMarkdownCell("a *b* _c_ `d` [e](f) <g> \\ |"); got != want {
		t.Errorf("markup not escaped\ngot  %q\nwant %q", got, want)
	}
	noRange := writeRender(t, func(b *bytes.Buffer) error { return writers[Markdown].write(b, nil, events[:1], Options{}) })
	if !strings.HasPrefix(noRange, "| date | type | status |") {
		t.Errorf("an end column without ranges:\n%s", noRange)
	}
	for _, tc := range tests {
		if got := writeMarkdownCells(lines[2+tc.row])[tc.col]; got != tc.want {
			t.Errorf("row %d, cell %d\ngot  %q\nwant %q", tc.row, tc.col, got, tc.want)
		}
	}
}

func TestWrite(t *testing.T) {
	events := writeTestEvents()
	opts := Options{Width: 90}
	tests := []struct {
		f    Format
		want func(*bytes.Buffer) error
	}{
		{Table, func(b *bytes.Buffer) error { return writers[Table].write(b, nil, events, opts) }},
		{CSV, func(b *bytes.Buffer) error { return writers[CSV].write(b, nil, events, opts) }},
		{JSON, func(b *bytes.Buffer) error { return writers[JSON].write(b, writeTestInputs, events, opts) }},
		{JSONL, func(b *bytes.Buffer) error { return writers[JSONL].write(b, nil, events, opts) }},
		{Markdown, func(b *bytes.Buffer) error { return writers[Markdown].write(b, nil, events, opts) }},
		{ICS, func(b *bytes.Buffer) error { return writers[ICS].write(b, writeTestInputs, events, opts) }},
		{TimelineJS, func(b *bytes.Buffer) error { return writers[TimelineJS].write(b, writeTestInputs, events, opts) }},
		{HTML, func(b *bytes.Buffer) error { return writers[HTML].write(b, writeTestInputs, events, opts) }},
	}
	for _, tc := range tests {
		t.Run(tc.f.String(), func(t *testing.T) {
			got := writeRender(t, func(b *bytes.Buffer) error { return Write(b, tc.f, writeTestInputs, events, opts) })
			if want := writeRender(t, tc.want); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
	if err := Write(&bytes.Buffer{}, Format(9), nil, events, opts); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("Format(9): got %v, want ErrUnknownFormat", err)
	}
	if err := Dates(&bytes.Buffer{}, Format(9), nil, nil, opts); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("dates, Format(9): got %v, want ErrUnknownFormat", err)
	}
}

// writeTestRows returns date rows of two documents, the first of which
// comes back after the second, and a third input without dates.
func writeTestRows() ([]timeline.Input, []timeline.DateRow) {
	inputs := append(writeTestInputs[:2:2], timeline.Input{File: "empty.txt", Doc: "empty.txt"})
	rows := []timeline.DateRow{
		{File: "news.txt", Doc: "news.txt", Line: 3, Start: 120, End: 130, Text: "January 17", Type: "DATE", Value: "2025-01-17", Precision: "day", Tense: "past", Anchor: "ref", How: "month-day, year from the reference"},
		{File: "wire.jsonl", Doc: "w-2", Line: 1, Start: 10, End: 22, Text: "3 to 7 March", Type: "DATE", Value: "2025-03-03", EndValue: "2025-03-07", Precision: "day", Tense: "future"},
		{File: "news.txt", Doc: "news.txt", Line: 5, Start: 200, End: 214, Text: "early, \"late\"\n2024", Type: "DATE", Value: "2024", Mod: "START", Precision: "year"},
	}
	return inputs, rows
}

func TestWriteDates(t *testing.T) {
	inputs, rows := writeTestRows()
	header := []string{"doc", "line", "start", "end", "text", "type", "value", "end_value", "mod", "precision", "tense", "anchor", "how"}

	t.Run("csv", func(t *testing.T) {
		got := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, CSV, inputs, rows, Options{}) })
		records := writeReadCSV(t, got, header)
		if len(records) != len(rows) {
			t.Fatalf("got %d records, want %d", len(records), len(rows))
		}
		if got, want := records[2][4], rows[2].Text; got != want {
			t.Errorf("text\ngot  %q\nwant %q", got, want)
		}
	})

	t.Run("json", func(t *testing.T) {
		got := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, JSON, inputs, rows, Options{}) })
		var doc struct {
			Inputs []timeline.Input   `json:"inputs"`
			Dates  []timeline.DateRow `json:"dates"`
		}
		if err := json.Unmarshal([]byte(got), &doc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(doc.Inputs, inputs) || !reflect.DeepEqual(doc.Dates, rows) {
			t.Errorf("round trip\ngot  %+v\nwant %+v %+v", doc, inputs, rows)
		}
		empty := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, JSON, nil, nil, Options{}) })
		if want := "{\n  \"inputs\": [],\n  \"dates\": []\n}\n"; empty != want {
			t.Errorf("empty\ngot  %q\nwant %q", empty, want)
		}
	})

	t.Run("jsonl", func(t *testing.T) {
		got := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, JSONL, inputs, rows, Options{}) })
		want := `{"id":"news.txt","timex":[` +
			`{"start":120,"end":130,"text":"January 17","type":"DATE","value":"2025-01-17","precision":"day","tense":"past","anchor":"ref","how":"month-day, year from the reference"},` +
			`{"start":200,"end":214,"text":"early, \"late\"\n2024","type":"DATE","value":"2024","mod":"START","precision":"year"}]}` + "\n" +
			`{"id":"w-2","timex":[{"start":10,"end":22,"text":"3 to 7 March","type":"DATE","value":"2025-03-03","end_value":"2025-03-07","precision":"day","tense":"future"}]}` + "\n" +
			`{"id":"empty.txt","timex":[]}` + "\n"
		if got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
		noInputs := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, JSONL, nil, rows[1:], Options{}) })
		if n := strings.Count(noInputs, "\n"); n != 2 {
			t.Errorf("without inputs: got %d lines, want 2:\n%s", n, noInputs)
		}
	})

	t.Run("markdown", func(t *testing.T) {
		got := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, Markdown, inputs, rows, Options{}) })
		lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
		if len(lines) != 2+len(rows) {
			t.Fatalf("got %d lines, want %d:\n%s", len(lines), 2+len(rows), got)
		}
		for i, line := range lines {
			if cells := writeMarkdownCells(line); len(cells) != len(header) {
				t.Errorf("line %d has %d cells, want %d: %q", i+1, len(cells), len(header), line)
			}
		}
	})

	// Thirteen headers need more than 80 columns, so only wide terminals
	// are checked.
	for _, width := range []int{120, 150} {
		t.Run(fmt.Sprintf("table %d", width), func(t *testing.T) {
			got := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, Table, inputs, rows, Options{Width: width}) })
			for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
				if n := utf8.RuneCountInString(line); n > width {
					t.Errorf("line is %d wide, want at most %d: %q", n, width, line)
				}
			}
			for _, h := range []string{"DOC", "TEXT", "VALUE", "END_VALUE", "MOD", "HOW"} {
				if !strings.Contains(got, h) {
					t.Errorf("table lacks column %s:\n%s", h, got)
				}
			}
		})
	}
	t.Run("table hides empty columns", func(t *testing.T) {
		got := writeRender(t, func(b *bytes.Buffer) error { return Dates(b, Table, inputs, rows[2:], Options{Width: 80}) })
		if strings.Contains(got, "END_VALUE") || strings.Contains(got, "ANCHOR") || !strings.Contains(got, "MOD") {
			t.Errorf("want END_VALUE and ANCHOR hidden, MOD shown:\n%s", got)
		}
	})
}

func TestWriteFitWidths(t *testing.T) {
	tests := []struct {
		name                   string
		natural, floor, weight []int
		budget                 int
		want                   []int
	}{
		{"fits", []int{10, 5, 30}, []int{4, 4, 4}, []int{0, 0, 1}, 50, []int{10, 5, 30}},
		{"one shrinks", []int{10, 5, 60}, []int{4, 4, 4}, []int{0, 0, 1}, 50, []int{10, 5, 35}},
		{"small one kept", []int{10, 8, 60, 40}, []int{4, 4, 4, 4}, []int{0, 1, 2, 1}, 50, []int{10, 8, 22, 10}},
		{"weights", []int{10, 60, 40}, []int{4, 4, 4}, []int{0, 2, 1}, 41, []int{10, 21, 10}},
		{"floors", []int{10, 60, 40}, []int{4, 6, 6}, []int{0, 4, 1}, 20, []int{8, 6, 6}},
		{"too narrow", []int{10, 60}, []int{4, 6}, []int{0, 1}, 5, []int{4, 6}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := writeFitWidths(tc.natural, tc.floor, tc.weight, tc.budget)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestWriteFlatten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  two\n lines\t\there ", "two lines here"},
		{"bell\a and \x1b[31mred", "bell\uFFFD and \uFFFD[31mred"},
		{"caf\xe9", "caf\uFFFD"},
		{"Zürich", "Zürich"},
	}
	for _, tc := range tests {
		if got := writeFlatten(tc.in); got != tc.want {
			t.Errorf("writeFlatten(%q)\ngot  %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func ExampleWrite_markdown() {
	events := []timeline.Event{{
		Date: "2025-01-17", Precision: "day", Type: "visit", Status: "reported",
		Summary: "Minister visits Nairobi", Actors: []string{"Kenya", "Germany"}, Location: "Nairobi",
	}}
	if err := Write(os.Stdout, Markdown, nil, events, Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | date | type | status | event | actors | where |
	// | --- | --- | --- | --- | --- | --- |
	// | 2025-01-17 | visit | reported | Minister visits Nairobi | Kenya, Germany | Nairobi |
}

func ExampleWrite_table() {
	events := []timeline.Event{{
		Date: "2025-01-17", Precision: "day", Type: "visit", Status: "reported",
		Summary: "The foreign minister visited Nairobi for talks on trade and the ceasefire",
		Actors:  []string{"Kenya", "Germany"}, Location: "Nairobi",
	}}
	if err := Write(os.Stdout, Table, nil, events, Options{Width: 72}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// +------------+-------+----------+-----------------+---------+---------+
	// | DATE       | TYPE  | STATUS   | EVENT           | ACTORS  | WHERE   |
	// +------------+-------+----------+-----------------+---------+---------+
	// | 2025-01-17 | visit | reported | The foreign     | Kenya,  | Nairobi |
	// |            |       |          | minister        | Germany |         |
	// |            |       |          | visited Nairobi |         |         |
	// |            |       |          | for talks on    |         |         |
	// |            |       |          | trade and the   |         |         |
	// |            |       |          | ceasefire       |         |         |
	// +------------+-------+----------+-----------------+---------+---------+
}

// TestWriteSourceColumn checks that the table and Markdown forms name the
// sources only when the events come from more than one document.
func TestWriteSourceColumn(t *testing.T) {
	one := []timeline.Event{
		{Date: "2025-01-17", Type: "visit", Mentions: []timeline.Mention{{File: "a.txt", Doc: "a.txt", Line: 3}}},
		{Date: "2025-01-18", Type: "talks", Mentions: []timeline.Mention{{File: "a.txt", Doc: "a.txt", Line: 7}}},
	}
	two := append(slices.Clone(one), timeline.Event{Date: "2025-01-19", Type: "talks", Mentions: []timeline.Mention{{File: "b.txt", Doc: "b.txt", Line: 2}, {File: "b.txt", Doc: "b.txt", Line: 2}}})
	for _, tc := range []struct {
		events []timeline.Event
		want   bool
	}{{one, false}, {two, true}} {
		var tb, md bytes.Buffer
		if err := writers[Table].write(&tb, nil, tc.events, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := writers[Markdown].write(&md, nil, tc.events, Options{}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(tb.String(), "SOURCE"); got != tc.want {
			t.Errorf("table with %d events: SOURCE column %v, want %v\n%s", len(tc.events), got, tc.want, tb.String())
		}
		if got := strings.Contains(md.String(), "| source |"); got != tc.want {
			t.Errorf("markdown with %d events: source column %v, want %v", len(tc.events), got, tc.want)
		}
		if tc.want && !strings.Contains(md.String(), "| b.txt:2 |") {
			t.Errorf("markdown does not name b.txt:2 once:\n%s", md.String())
		}
	}
}

func TestCSVGuard(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"-", "-"},
		{"-3", "-3"},
		{"+12.5", "+12.5"},
		{"-1.", "'-1."},
		{"--", "'--"},
		{"2024-05", "2024-05"},
		{"Talks were held.", "Talks were held."},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := csvGuard([]string{tc.in}, Options{})[0]; got != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			if got := csvGuard([]string{tc.in}, Options{CSVRaw: true})[0]; got != tc.in {
				t.Errorf("raw: got %q\nwant %q", got, tc.in)
			}
		})
	}
}

func TestWriteCSVGuard(t *testing.T) {
	events := []timeline.Event{{Date: "2024-05-03", Summary: "=1+1", Mentions: []timeline.Mention{{File: "-", Doc: "-", Sentence: "@x"}}}}
	var guarded, raw strings.Builder
	if err := writers[CSV].write(&guarded, nil, events, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := writers[CSV].write(&raw, nil, events, Options{CSVRaw: true}); err != nil {
		t.Fatal(err)
	}
	if want := "2024-05-03,,,,,'=1+1,,,1,-,-,0,0,0,,'@x,,,,,,,\n"; !strings.HasSuffix(guarded.String(), want) {
		t.Errorf("guarded row:\ngot  %q\nwant suffix %q", guarded.String(), want)
	}
	if want := "2024-05-03,,,,,=1+1,,,1,-,-,0,0,0,,@x,,,,,,,\n"; !strings.HasSuffix(raw.String(), want) {
		t.Errorf("raw row:\ngot  %q\nwant suffix %q", raw.String(), want)
	}
}
