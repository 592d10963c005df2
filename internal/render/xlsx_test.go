package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
	"github.com/xuri/excelize/v2"
)

// xlsxOpen reads a workbook that the xlsx writer wrote.
func xlsxOpen(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read the workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// xlsxText returns the cells of a workbook's Timeline sheet as a
// spreadsheet shows them, a row a line and the cells separated by tabs.
func xlsxText(t *testing.T, data []byte) string {
	t.Helper()
	rows, err := xlsxOpen(t, data).GetRows("Timeline")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

func TestWriteXLSX(t *testing.T) {
	events := writeTestEvents()
	events[0].Ref, events[0].RefSource = "2025-01-20", "dateline"
	events[1].Ref, events[1].RefSource = "2025-02-28", "inferred"
	events = append(events, timeline.Event{Date: "2025-05-02T09:30", Precision: "minute", Type: "statement", Status: "reported", Summary: "=HYPERLINK(\"x\")"})
	var buf bytes.Buffer
	if err := Write(&buf, XLSX, writeTestInputs, events, Options{}); err != nil {
		t.Fatal(err)
	}
	f := xlsxOpen(t, buf.Bytes())
	if got, want := f.GetSheetList(), []string{"Timeline", "Inputs"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets: got %q, want %q", got, want)
	}
	rows, err := f.GetRows("Timeline")
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := "Date End Precision Type Status Event Actors Where Sources Sentence Reference Ref source"
	if got := strings.Join(rows[0], " "); got != wantHeader {
		t.Errorf("header:\ngot  %q\nwant %q", got, wantHeader)
	}
	if len(rows) != len(events)+1 {
		t.Fatalf("got %d rows, want %d", len(rows), len(events)+1)
	}
	cells := []struct {
		cell, want, raw string
		date            bool // a date cell, not text
	}{
		{cell: "A2", want: "2025-01-17", raw: "45674", date: true},
		{cell: "A3", want: "2025-03-03", raw: "45719", date: true},
		{cell: "B3", want: "2025-03-07", raw: "45723", date: true},
		{cell: "A4", want: "2025-04", raw: "2025-04"},
		{cell: "C4", want: "month", raw: "month"},
		{cell: "A5", want: "2025-05-02 09:30", raw: "45779.3958333333", date: true},
		{cell: "F5", want: `=HYPERLINK("x")`, raw: `=HYPERLINK("x")`},
		{cell: "G2", want: "Kenya, Germany, Annalena Baerbock", raw: "Kenya, Germany, Annalena Baerbock"},
		{cell: "I2", want: "news.txt:3, news.txt:9, w-2:1", raw: "news.txt:3, news.txt:9, w-2:1"},
		{cell: "J2", want: "On January 17, the minister visited Nairobi.", raw: "On January 17, the minister visited Nairobi."},
		{cell: "K2", want: "2025-01-20", raw: "45677", date: true},
		{cell: "L2", want: "dateline", raw: "dateline"},
		{cell: "L3", want: "inferred", raw: "inferred"},
	}
	for _, tc := range cells {
		got, _ := f.GetCellValue("Timeline", tc.cell)
		raw, _ := f.GetCellValue("Timeline", tc.cell, excelize.Options{RawCellValue: true})
		if got != tc.want || raw != tc.raw {
			t.Errorf("%s: got %q (raw %q), want %q (raw %q)", tc.cell, got, raw, tc.want, tc.raw)
		}
		typ, _ := f.GetCellType("Timeline", tc.cell)
		if isText := typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString; isText == tc.date {
			t.Errorf("%s: cell type %v; a date cell: %v", tc.cell, typ, tc.date)
		}
		if formula, _ := f.GetCellFormula("Timeline", tc.cell); formula != "" {
			t.Errorf("%s: a formula %q", tc.cell, formula)
		}
	}
	panes, err := f.GetPanes("Timeline")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
	if filters := f.GetDefinedName(); !xlsxHasFilter(filters, "'Timeline'!$A$1:$L$5") {
		t.Errorf("no autofilter over the table: %+v", filters)
	}
	for col, want := range map[string]float64{"A": 12, "F": 60, "I": 28} {
		if got, _ := f.GetColWidth("Timeline", col); got != want {
			t.Errorf("column %s: width %v, want %v", col, got, want)
		}
	}
	inputs, _ := f.GetRows("Inputs")
	if len(inputs) != 3 || inputs[2][1] != "w-2" || inputs[2][2] != "2025-02-01" {
		t.Errorf("inputs sheet: %q", inputs)
	}

	// The same events give the same bytes.
	var again bytes.Buffer
	if err := Write(&again, XLSX, writeTestInputs, events, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two writes of the same events differ")
	}
}

// xlsxHasFilter reports whether names hold the autofilter of ref.
func xlsxHasFilter(names []excelize.DefinedName, ref string) bool {
	for _, n := range names {
		if n.Name == "_xlnm._FilterDatabase" && n.RefersTo == ref {
			return true
		}
	}
	return false
}

func TestWriteXLSXEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := writers[XLSX].write(&buf, nil, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := xlsxText(t, buf.Bytes()); !strings.HasPrefix(got, "Date\tEnd\t") || strings.Count(got, "\n") != 1 {
		t.Errorf("got %q, want the header alone", got)
	}
}

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Format
		ok   bool
	}{
		{"out.xlsx", XLSX, true}, {"OUT.CSV", CSV, true}, {"a/b.json", JSON, true}, {"x.jsonl", JSONL, true},
		{"x.ndjson", JSONL, true}, {"p.html", HTML, true}, {"p.htm", HTML, true}, {"t.md", Markdown, true},
		{"c.ics", ICS, true}, {"t.txt", 0, false}, {"noext", 0, false}, {"a.pdf", 0, false},
	} {
		got, ok := FormatOf(tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FormatOf(%q) = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestWriteCSVBOM(t *testing.T) {
	events := writeTestEvents()
	var plain, bom bytes.Buffer
	if err := writers[CSV].write(&plain, nil, events, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := writers[CSV].write(&bom, nil, events, Options{CSVBOM: true}); err != nil {
		t.Fatal(err)
	}
	got := bom.String()
	if !strings.HasPrefix(got, "\ufeffdate,end_date,") {
		t.Errorf("no byte order mark: %.40q", got)
	}
	if strings.Count(got, "\r\n") != strings.Count(plain.String(), "\n") {
		t.Errorf("line ends are not all CRLF: %q", got)
	}
	if want := strings.ReplaceAll(plain.String(), "\n", "\r\n"); strings.TrimPrefix(got, "\ufeff") != want {
		// a newline inside a quoted cell is CRLF too, which is what
		// spreadsheets write
		t.Errorf("with --bom:\ngot  %q\nwant %q", got, want)
	}
	// the streamed and the dates forms too
	var s bytes.Buffer
	es, err := NewEventStream(&s, CSV, Options{CSVBOM: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := es.Write(events[:1]); err != nil {
		t.Fatal(err)
	}
	if err := es.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.String(), "\ufeffdate,") || !strings.HasSuffix(s.String(), "\r\n") {
		t.Errorf("stream: %q", s.String())
	}
	var d bytes.Buffer
	if err := Dates(&d, CSV, nil, []timeline.DateRow{{Doc: "a", Line: 1, Text: "May", Value: "2025-05"}}, Options{CSVBOM: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.String(), "\ufeffdoc,") || !strings.HasSuffix(d.String(), "\r\n") {
		t.Errorf("dates: %q", d.String())
	}
}

// TestWriteXLSXText checks the cells a spreadsheet cannot hold as they
// are: a day before 1 March 1900 is text, characters XML cannot carry
// are left out, and a text longer than a cell holds is cut.
func TestWriteXLSXText(t *testing.T) {
	events := []timeline.Event{
		{Date: "1862-10-22", Precision: "day", Type: "other", Status: "reported", Summary: "a\x00b\x0cc\td"},
		{Date: "1900-03-01", Precision: "day", Type: "other", Status: "reported", Summary: strings.Repeat("x", 40000)},
	}
	var buf bytes.Buffer
	if err := writers[XLSX].write(&buf, nil, events, Options{}); err != nil {
		t.Fatal(err)
	}
	f := xlsxOpen(t, buf.Bytes())
	for _, tc := range []struct{ cell, want string }{
		{"A2", "1862-10-22"}, {"F2", "abc\td"}, {"A3", "61"},
	} {
		raw, _ := f.GetCellValue("Timeline", tc.cell, excelize.Options{RawCellValue: true})
		if raw != tc.want {
			t.Errorf("%s: got %q, want %q", tc.cell, raw, tc.want)
		}
	}
	if long, _ := f.GetCellValue("Timeline", "F3"); len(long) != xlsxMaxText {
		t.Errorf("a long text: %d characters, want %d", len(long), xlsxMaxText)
	}
}

func TestXLSXColumnName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 11: "L", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := xlsxColumnName(i); got != want {
			t.Errorf("column %d: got %q, want %q", i, got, want)
		}
	}
}
