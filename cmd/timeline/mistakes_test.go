package main

import (
	"bytes"
	"encoding/json"
	"github.com/timeline-dev/timeline/internal/pdf/pdftest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/timeline-dev/timeline/internal/fixture"
)

// absExample is the example article by an absolute name, for tests that
// change the working directory.
func absExample(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(example)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDefaultCommand runs extract when the first argument is a file, a
// directory, "-" or a flag of extract.
func TestDefaultCommand(t *testing.T) {
	_, want, _ := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "csv", example)
	dir := filepath.Dir(example)
	for _, args := range [][]string{
		{example, "-q", "--ref", "2025-01-10", "-f", "csv"},
		{"-f", "csv", "-q", "--ref", "2025-01-10", example},
		{"--ref=2025-01-10", "-q", "-f", "csv", example},
	} {
		code, got, errs := runCLI(t, "", args...)
		if code != exitOK || got != want {
			t.Errorf("%q: exit code %d, stderr %q\ngot  %.200q\nwant %.200q", args, code, errs, got, want)
		}
	}
	stdin, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if code, got, errs := runCLI(t, string(stdin), "-", "-q", "--ref", "2025-01-10", "-f", "jsonl"); code != exitOK || !strings.Contains(got, `"date":"2025-01-17"`) {
		t.Errorf("timeline -: exit code %d, stderr %q, stdout %.200q", code, errs, got)
	}
	if code, got, errs := runCLI(t, "", dir, "-q", "-f", "jsonl"); code != exitOK || !strings.Contains(got, `"type":"visit"`) {
		t.Errorf("timeline DIR: exit code %d, stderr %q, stdout %.200q", code, errs, got)
	}
}

// TestMistakes runs the mistakes a new user makes on the command line:
// each is exit code 2 with a message that says what to do, the usage,
// and nothing on standard output.
func TestMistakes(t *testing.T) {
	t.Chdir(t.TempDir()) // a file left behind by "-o" would land here
	ex := absExample(t)
	tests := []struct {
		name    string
		args    []string
		wantErr []string // substrings of stderr
	}{
		{name: "mistyped command", args: []string{"extrct", ex},
			wantErr: []string{`timeline: unknown command "extrct" (and no file of that name); did you mean extract?`, "usage: timeline [COMMAND]"}},
		{name: "swapped letters", args: []string{"dtaes", ex}, wantErr: []string{"did you mean dates?"}},
		{name: "unknown word", args: []string{"timeline"}, wantErr: []string{`unknown command "timeline" (and no file of that name)`, "usage:"}},
		{name: "mistyped help topic", args: []string{"help", "extrat"}, wantErr: []string{`unknown help topic "extrat"; did you mean extract?`}},
		{name: "mistyped flag", args: []string{"extract", "--fromat", "csv", ex},
			wantErr: []string{"timeline: extract: unknown flag --fromat; did you mean --format?", "usage: timeline extract [OPTIONS] [FILE...]", `run "timeline extract --help"`}},
		{name: "start of a flag", args: []string{"extract", "--out", "x.csv", ex}, wantErr: []string{"did you mean --output?"}},
		{name: "mistyped flag after the file", args: []string{"extract", ex, "--qiet"}, wantErr: []string{"did you mean --quiet?"}},
		{name: "mistyped flag without a command", args: []string{"--refs", "2025-01-10", ex}, wantErr: []string{"unknown flag --refs; did you mean --ref?"}},
		{name: "flag of another command", args: []string{"dates", "--merge", ex}, wantErr: []string{"dates: unknown flag --merge"}},
		{name: "output without a file", args: []string{"extract", "-f", "csv", ex, "-o"},
			wantErr: []string{"timeline: extract: flag -o needs a value (FILE) after it", "usage: timeline extract"}},
		{name: "output before a flag", args: []string{"extract", "-o", "-f", "csv", ex},
			wantErr: []string{"flag -o needs a value (FILE) after it, but -f is a flag (write -o=-f if it is the value)"}},
		{name: "format at the end", args: []string{"extract", ex, "-f"}, wantErr: []string{"flag -f needs a value (FORMAT) after it"}},
		{name: "value before the end of flags", args: []string{"extract", "--ref", "--", ex}, wantErr: []string{"flag --ref needs a value (YYYY-MM-DD)"}},
		{name: "bad number", args: []string{"extract", "--jobs", "many", ex}, wantErr: []string{"extract: invalid value \"many\" for flag -jobs", "usage: timeline extract"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tc.args...)
			if code != exitUsage {
				t.Errorf("exit code: got %d, want %d", code, exitUsage)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if out != "" {
				t.Errorf("stdout is not empty:\n%.300s", out)
			}
		})
	}
	if left, _ := os.ReadDir("."); len(left) > 0 {
		t.Errorf("files were written: %v", left)
	}
}

// TestFlagValues checks what prepareArgs lets through: values that start
// with "-" where they make sense, and flags given with "=".
func TestFlagValues(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"extract", "-q", "--ref", "2025-01-10", "-o", "-", "-f", "csv", example},
		{"extract", "-q", "--ref=2025-01-10", "--output=-", "--format=csv", example},
		{"extract", "-q", "--ref", "2025-01-10", "-f", "csv", "--", example},
		{"extract", "-q", "--ref", "2025-01-10", "-o=" + filepath.Join(dir, "-f"), "-f", "jsonl", example},
	} {
		if code, _, errs := runCLI(t, "", args...); code != exitOK {
			t.Errorf("%q: exit code %d, stderr %q", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "-f")); err != nil {
		t.Errorf("-o=-f did not write a file named -f: %v", err)
	}
}

func TestNearest(t *testing.T) {
	cands := []string{"extract", "dates", "merge", "parse", "eval", "completion", "man", "help"}
	for _, tc := range []struct{ in, want string }{
		{"extrct", "extract"}, {"exract", "extract"}, {"extarct", "extract"}, {"Extract", "extract"},
		{"date", "dates"}, {"pasre", "parse"}, {"mergee", "merge"}, {"comp", "completion"},
		{"xyz", ""}, {"report", ""}, {"zz", ""},
	} {
		if got := nearest(tc.in, cands); got != tc.want {
			t.Errorf("nearest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want int
	}{{"", "abc", 3}, {"abc", "abc", 0}, {"ab", "ba", 1}, {"extrct", "extract", 1}, {"kitten", "sitting", 3}} {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// fakeTerminal makes fileIsTerminal report v, and only v, as a terminal
// for the rest of the test.
func fakeTerminal(t *testing.T, v any) {
	t.Helper()
	old := fileIsTerminal
	fileIsTerminal = func(x any) bool { return x == v }
	t.Cleanup(func() { fileIsTerminal = old })
}

// TestStdinHint checks that a command reading a terminal says so.
func TestStdinHint(t *testing.T) {
	stdin := strings.NewReader("Talks were held on 3 May.")
	fakeTerminal(t, stdin)
	var out, errb bytes.Buffer
	code := run(t.Context(), []string{"timeline", "extract", "--ref", "2025-01-10", "-f", "csv"}, stdin, &out, &errb)
	if code != exitOK || !strings.HasPrefix(errb.String(), "timeline: "+stdinHint+"\n") || !strings.Contains(out.String(), "2024-05-03") {
		t.Errorf("exit code %d\nstderr %q\nstdout %q", code, errb.String(), out.String())
	}
	// not with a file, nor when standard input is a pipe
	for _, args := range [][]string{{"extract", "--ref", "2025-01-10", example}, {"dates", "--ref", "2025-01-10"}} {
		in := strings.NewReader("Talks were held on 3 May.")
		if args[0] == "extract" {
			in = stdin
		}
		errb.Reset()
		run(t.Context(), append([]string{"timeline"}, args...), in, &out, &errb)
		if strings.Contains(errb.String(), "Ctrl-D") {
			t.Errorf("%q: a hint where none is needed: %q", args, errb.String())
		}
	}
}

// TestNothingRead checks that a run none of whose inputs could be read
// writes no timeline at all, not an empty one.
func TestNothingRead(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	binary := filepath.Join(dir, "image.png")
	if err := os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(dir, "out.csv")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"missing file", []string{"extract", missing}, exitInput, "timeline: no input could be read; nothing was written"},
		{"missing files, csv", []string{"extract", "-f", "csv", missing, missing}, exitInput, "no input could be read; nothing was written"},
		{"stream", []string{"extract", "--stream", "-f", "csv", missing}, exitInput, "no input could be read"},
		{"dates", []string{"dates", "-f", "json", missing}, exitInput, "no input could be read"},
		{"output file", []string{"extract", "-o", outFile, missing}, exitInput, "no input could be read"},
		{"binary only", []string{"extract", binary}, exitInput, "timeline: no input had text to read; nothing was written"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tc.args...)
			if code != tc.wantCode || !strings.Contains(errs, tc.wantErr) {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.wantCode, errs)
			}
			if out != "" {
				t.Errorf("stdout is not empty:\n%s", out)
			}
			if strings.Contains(errs, "the timeline of the others was written") {
				t.Errorf("stderr speaks of other inputs:\n%s", errs)
			}
		})
	}
	if _, err := os.Stat(outFile); !os.IsNotExist(err) {
		t.Errorf("-o wrote a file: %v", err)
	}
	// one good input is enough for a timeline
	if code, out, _ := runCLI(t, "", "extract", "-q", missing, example); code != exitInput || !strings.Contains(out, "DATE") {
		t.Errorf("with one good input: exit code %d, stdout %.100q", code, out)
	}
}

// TestOwnPagesSkipped writes the HTML timeline of a directory into it and
// reads the directory again: the page is left out, with a note.
func TestOwnPagesSkipped(t *testing.T) {
	dir := t.TempDir()
	article, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "article.txt"), article, 0o644); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "timeline.html")
	if code, _, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-o", page, dir); code != exitOK {
		t.Fatalf("writing the page: exit code %d: %s", code, errs)
	}
	_, want, _ := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "csv", filepath.Join(dir, "article.txt"))
	code, got, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "csv", dir)
	if code != exitOK || got != want {
		t.Errorf("exit code %d; the page was read:\ngot  %.300q\nwant %.300q", code, got, want)
	}
	if wantNote := "timeline: note: " + page + ": a timeline page that timeline wrote; skipped (name the file to read it anyway)\n"; !strings.Contains(errs, wantNote) {
		t.Errorf("stderr lacks the note %q:\n%s", wantNote, errs)
	}
}

// bareValue matches a flag in the help whose value is not named.
var bareValue = regexp.MustCompile(`-[a-z-]+ value\b`)

func TestHelpDefaults(t *testing.T) {
	for _, cmd := range []string{"extract", "dates", "merge", "parse", "eval"} {
		code, out, _ := runCLI(t, "", cmd, "--help")
		if code != exitOK {
			t.Fatalf("%s --help: exit code %d", cmd, code)
		}
		for _, line := range strings.Split(out, "\n") {
			if n := strings.Count(line, "default:"); n > 1 {
				t.Errorf("%s: a default said %d times: %s", cmd, n, line)
			}
			for _, bad := range []string{"(default: 0)", "(default: false)", `(default: "`, "[ --"} {
				if strings.Contains(line, bad) {
					t.Errorf("%s: %q in: %s", cmd, bad, line)
				}
			}
			if bareValue.MatchString(line) {
				t.Errorf("%s: a flag whose value has no name: %s", cmd, line)
			}
		}
		if !strings.Contains(out, "EXIT CODES:\n   0    everything was read and written") {
			t.Errorf("%s: no exit codes:\n%s", cmd, out)
		}
	}
	_, out, _ := runCLI(t, "", "extract", "--help")
	for _, w := range []string{
		"--jobs N, -j N ", "(default: the number of CPUs, ",
		"--width N ", "(default: the terminal's width, else 100) [$COLUMNS]",
		"(default: table, or what the -o file's extension names) [$TIMELINE_FORMAT]",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("extract --help lacks %q:\n%s", w, out)
		}
	}
	_, out, _ = runCLI(t, "", "--help")
	if !strings.Contains(out, "timeline article.txt is short for timeline extract article.txt") {
		t.Errorf("--help does not say that extract is the default:\n%s", out)
	}
}

func TestBOM(t *testing.T) {
	code, out, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "csv", "--bom", example)
	if code != exitOK || !strings.HasPrefix(out, "\ufeffdate,end_date,") || strings.Count(out, "\r\n") < 9 || strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Errorf("--bom: exit code %d, stderr %q, stdout %.200q", code, errs, out)
	}
	code, out, _ = runCLI(t, "", "dates", "-q", "--ref", "2025-01-10", "-f", "csv", "--bom", example)
	if code != exitOK || !strings.HasPrefix(out, "\ufeffdoc,") {
		t.Errorf("dates --bom: exit code %d, stdout %.100q", code, out)
	}
	code, _, errs = runCLI(t, "", "extract", "-f", "json", "--bom", example)
	if code != exitUsage || !strings.Contains(errs, "--bom is for -f csv, not json") {
		t.Errorf("--bom with json: exit code %d, stderr %q", code, errs)
	}
}

// readWorkbook opens the workbook in data and returns the rows of its
// Timeline sheet.
func readWorkbook(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows("Timeline")
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "timeline.xlsx")
	for _, args := range [][]string{
		{"extract", "-q", "--ref", "2025-01-10", "-f", "xlsx", "-o", out, example},
		{"-q", "--ref", "2025-01-10", "-o", out, example}, // the extension names the format
	} {
		os.Remove(out)
		code, stdout, errs := runCLI(t, "", args...)
		if code != exitOK || stdout != "" {
			t.Fatalf("%q: exit code %d, stderr %q", args, code, errs)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		rows := readWorkbook(t, data)
		if len(rows) != len(expectedRows)+1 {
			t.Fatalf("%q: %d rows, want %d: %q", args, len(rows), len(expectedRows)+1, rows)
		}
		for i, want := range expectedRows {
			if got := [2]string{rows[i+1][0], rows[i+1][3]}; got != want {
				t.Errorf("%q: row %d: got %q, want %q", args, i+1, got, want)
			}
		}
	}
	// to a pipe or a file on standard output
	code, stdout, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "xlsx", example)
	if code != exitOK || !strings.HasPrefix(stdout, "PK\x03\x04") {
		t.Errorf("-f xlsx to a pipe: exit code %d, stderr %q", code, errs)
	} else if rows := readWorkbook(t, []byte(stdout)); len(rows) != len(expectedRows)+1 {
		t.Errorf("-f xlsx to a pipe: %d rows", len(rows))
	}
	// never to a terminal
	var o, e bytes.Buffer
	fakeTerminal(t, &o)
	code = run(t.Context(), []string{"timeline", "extract", "-q", "-f", "xlsx", example}, strings.NewReader(""), &o, &e)
	if code != exitUsage || o.Len() != 0 || !strings.Contains(e.String(), "-f xlsx writes a binary file, not text for a terminal: give -o FILE.xlsx") {
		t.Errorf("-f xlsx to a terminal: exit code %d, %d bytes written, stderr %q", code, o.Len(), e.String())
	}
	// dates lists expressions, not events
	if code, _, errs := runCLI(t, "", "dates", "-o", filepath.Join(dir, "d.xlsx"), example); code != exitUsage || !strings.Contains(errs, "d.xlsx: xlsx is for events") {
		t.Errorf("dates -o d.xlsx: exit code %d, stderr %q", code, errs)
	}
}

// TestMergeXLSX writes a workbook from merged event streams.
func TestMergeXLSX(t *testing.T) {
	_, stream, _ := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "jsonl", example)
	code, out, errs := runCLI(t, stream, "merge", "-f", "xlsx", "-")
	if code != exitOK {
		t.Fatalf("exit code %d: %s", code, errs)
	}
	if rows := readWorkbook(t, []byte(out)); len(rows) != len(expectedRows)+1 {
		t.Errorf("%d rows, want %d", len(rows), len(expectedRows)+1)
	}
}

// docxFromText turns plain text into a Word document, a paragraph for
// each line that is not blank.
func docxFromText(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) != "" {
			paras = append(paras, strings.TrimSpace(line))
		}
	}
	return fixture.DOCX(paras...)
}

func TestDOCXInput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "article.docx")
	if err := os.WriteFile(doc, docxFromText(t, example), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"extract", "-q", "--ref", "2025-01-10", "-f", "json", doc},
		{"extract", "-q", "--ref", "2025-01-10", "-f", "json", dir},
	} {
		code, out, errs := runCLI(t, "", args...)
		if code != exitOK {
			t.Fatalf("%q: exit code %d: %s", args, code, errs)
		}
		var got struct {
			Events []struct {
				Date, Type string
				Mentions   []struct {
					File string
					Line int
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Events) != len(expectedRows) {
			t.Fatalf("%q: %d events, want %d:\n%s", args, len(got.Events), len(expectedRows), out)
		}
		for i, e := range got.Events {
			if [2]string{e.Date, e.Type} != expectedRows[i] {
				t.Errorf("event %d: got %s %s, want %q", i, e.Date, e.Type, expectedRows[i])
			}
			if m := e.Mentions[0]; m.File != doc || m.Line < 1 {
				t.Errorf("event %d: mention %+v", i, m)
			}
		}
	}
	// a .docx that is not one
	bad := filepath.Join(dir, "bad.docx")
	if err := os.WriteFile(bad, []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "extract", "-q", bad, example)
	if code != exitInput || !strings.Contains(errs, "timeline: "+bad+": not a Word document (.docx): zip: not a valid zip file") {
		t.Errorf("bad .docx: exit code %d, stderr %q", code, errs)
	}
}

func TestPDFInput(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.pdf")
	if err := os.WriteFile(broken, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "extract", broken)
	if code != exitInput || out != "" || !strings.Contains(errs, "timeline: "+broken+": not a readable PDF") {
		t.Errorf("broken PDF: exit code %d, stdout %q, stderr %q", code, out, errs)
	}
	report := filepath.Join(dir, "report.pdf")
	pages := [][]string{{"Summary."}, {"Ministers held talks in Geneva", "on 13 January 2025."}}
	if err := os.WriteFile(report, pdftest.Make(pages), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runCLI(t, "", "extract", "--fast", "-q", "-f", "markdown", "--ref", "2025-01-10", report)
	if code != exitOK || !strings.Contains(out, "2025-01-13") {
		t.Errorf("PDF: exit code %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "extract", "--fast", "-q", "-f", "jsonl", "--ref", "2025-01-10", report)
	if code != exitOK || !strings.Contains(out, `"page":2,"line":2,`) {
		t.Errorf("PDF mention without its page and line: %s", out)
	}
}
