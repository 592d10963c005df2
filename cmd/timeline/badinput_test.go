package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

// exampleEvents returns the JSON Lines events of the example article read
// alone: what every run below that also reads a bad input must still
// write.
func exampleEvents(t *testing.T) []string {
	t.Helper()
	code, out, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "jsonl", example)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	return eventLines(out, example)
}

// TestBadInputs reads each kind of bad input together with the example
// article: the bad one is reported on standard error, naming the file,
// and the example's events are all written.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	emptyDir := filepath.Join(dir, "nothing")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	missing := filepath.Join(dir, "missing.txt")
	empty := write("empty.txt", "")
	blank := write("blank.txt", " \n\t\n")
	binary := write("image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	invalid := write("latin1.txt", "Caf\xe9 talks were held on 3 May.\n")
	records := write("news.jsonl", `{"id":"a","dct":"2024-03-05","text":"The minister visited Paris on Monday."}`+"\n"+
		`{"id":"b","text":`+"\n"+
		`{"id":"c","body":"no text here"}`+"\n"+
		`{"id":"d","dct":"2024-03-05","text":"`+strings.Repeat("x", 5000)+`"}`+"\n")
	unreadable := write("secret.txt", "Talks were held on 3 May.")
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	want := exampleEvents(t)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantErr  string // a line of standard error
		root     bool   // meaningless when run as root
	}{
		{name: "missing file", args: []string{missing}, wantCode: exitInput,
			wantErr: "timeline: " + missing + ": file does not exist (check the name and the directory)"},
		{name: "directory without articles", args: []string{emptyDir}, wantCode: exitInput,
			wantErr: "timeline: " + emptyDir + ": directory holds no file matching *.txt *.text *.html *.htm *.jsonl *.ndjson *.docx *.pdf"},
		{name: "unreadable file", args: []string{unreadable}, wantCode: exitInput, root: true,
			wantErr: "timeline: " + unreadable + ": permission denied (check the file's permissions)"},
		{name: "empty file", args: []string{empty},
			wantErr: "timeline: warning: " + empty + ": empty input: no text to read; skipped"},
		{name: "empty json lines", args: []string{write("empty.jsonl", "\n\n")},
			wantErr: "timeline: warning: " + filepath.Join(dir, "empty.jsonl") + ": empty input: no records to read"},
		{name: "blank file", args: []string{blank},
			wantErr: "timeline: warning: " + blank + ": empty input: no text to read; skipped"},
		{name: "binary file", args: []string{binary},
			wantErr: "timeline: warning: " + binary + ":3: binary data, not UTF-8 text: NUL byte at offset 8; skipped (convert it to UTF-8 text first)"},
		{name: "invalid utf-8", args: []string{invalid},
			wantErr: "timeline: warning: " + invalid + ":1: invalid UTF-8 at offset 3; read with U+FFFD in their place (convert the file to UTF-8 to keep them)"},
		{name: "over the size limit", args: []string{"--max-doc-size", "4KiB", write("long.txt", strings.Repeat("Talks were held on 3 May. ", 200))}, wantCode: exitInput,
			wantErr: "timeline: " + filepath.Join(dir, "long.txt") + ": input is 5.1 KiB, more than the limit of 4 KiB for one document; skipped (raise the limit with --max-doc-size)"},
		{name: "standard input over the size limit", args: []string{"--max-doc-size", "4000", "-"}, stdin: strings.Repeat("x", 4001), wantCode: exitInput,
			wantErr: "timeline: -: input is larger than the limit of 3.9 KiB for one document; skipped (raise the limit with --max-doc-size)"},
		{name: "malformed json line", args: []string{records}, wantCode: exitInput,
			wantErr: "timeline: " + records + ":2: invalid JSON record: unexpected end of JSON input; skipped (each line must hold one JSON object)"},
		{name: "record without text", args: []string{records}, wantCode: exitInput,
			wantErr: "timeline: " + records + `:3: record has no "text" field; skipped (give the article's text as "text")`},
		{name: "record over the size limit", args: []string{"--max-doc-size", "4KiB", records}, wantCode: exitInput,
			wantErr: "timeline: " + records + ":4: record is larger than the limit of 4 KiB for one document; skipped (raise the limit with --max-doc-size)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.root && os.Geteuid() == 0 {
				t.Skip("permissions do not keep root from reading a file")
			}
			args := append([]string{"extract", "-q", "--ref", "2025-01-10", "-f", "jsonl"}, tc.args...)
			code, out, errs := runCLI(t, tc.stdin, append(args, example)...)
			t.Logf("exit %d, stderr:\n%s", code, errs)
			if code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d", code, tc.wantCode)
			}
			if !hasLine(errs, tc.wantErr) {
				t.Errorf("stderr lacks the line %q:\n%s", tc.wantErr, errs)
			}
			if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
				t.Errorf("stderr has a panic:\n%s", errs)
			}
			// The example's events are all there, in order.
			if got := eventLines(out, example); !reflect.DeepEqual(got, want) {
				t.Errorf("the example's events differ from a run on it alone\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// eventLines returns the lines of JSON Lines events that have a mention in
// file.
func eventLines(out, file string) []string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, `"file":"`+file+`"`) {
			lines = append(lines, line)
		}
	}
	return lines
}

func hasLine(s, line string) bool {
	for _, l := range strings.Split(s, "\n") {
		if l == line {
			return true
		}
	}
	return false
}

// TestInvalidUTF8Offsets checks that the offsets of a text with bytes that
// are not UTF-8 count the bytes of the file.
func TestInvalidUTF8Offsets(t *testing.T) {
	in := "Caf\xe9 \xff\xfe talks were held on 3 May.\n"
	path := filepath.Join(t.TempDir(), "latin1.txt")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "dates", "-q", "--ref", "2025-01-10", "-f", "jsonl", path)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	var doc struct {
		Timex []struct{ Start, End int }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Timex) != 1 || in[doc.Timex[0].Start:doc.Timex[0].End] != "3 May" {
		t.Errorf("got %s, want the offsets of \"3 May\" in the file", out)
	}
}

func TestBadFlagValues(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"--ref", "yesterday"}, `timeline: --ref: invalid reference date "yesterday" (want YYYY-MM-DD)`},
		{[]string{"--ref", "5/6/2025"}, `timeline: --ref: ambiguous reference date "5/6/2025": day and month could be swapped (want YYYY-MM-DD)`},
		{[]string{"--max-doc-size", "lots"}, `timeline: --max-doc-size: invalid size "lots" (want a number of bytes, optionally with a unit, such as 64MiB or 200MB)`},
		{[]string{"--input-format", "xml"}, `timeline: --input-format: unknown kind "xml" (want text, html, jsonl, docx, pdf or auto)`},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, "", append(append([]string{"extract"}, tc.args...), example)...)
			if code != exitUsage {
				t.Errorf("exit code: got %d, want %d", code, exitUsage)
			}
			if strings.TrimSpace(errs) != tc.wantErr {
				t.Errorf("stderr:\ngot  %q\nwant %q", errs, tc.wantErr)
			}
			if out != "" {
				t.Errorf("stdout is not empty:\n%s", out)
			}
		})
	}
}

func TestHelpExitCodes(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"extract", "--help"}} {
		code, out, _ := runCLI(t, "", args...)
		if code != exitOK {
			t.Errorf("%v: exit code %d", args, code)
		}
		for _, w := range []string{"EXIT CODES:", "2    bad flags", "130  interrupted", "--csv-raw", "--max-doc-size"} {
			if strings.Contains(out, w) != (w[0] != '-' || args[0] == "extract") {
				t.Errorf("%v: help lacks %q:\n%s", args, w, out)
			}
		}
		if i := strings.Index(out, "OPTIONS:"); i < 0 || i > strings.Index(out, "EXIT CODES:") {
			t.Errorf("%v: the exit codes do not follow the options:\n%s", args, out)
		}
	}
}

// failWriter fails every write with err.
type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// panicWriter panics on every write.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("broken writer") }

func TestOutputErrors(t *testing.T) {
	args := []string{"timeline", "extract", "-q", "--ref", "2025-01-10", example}
	tests := []struct {
		name     string
		stdout   io.Writer
		wantCode int
		wantErr  string
	}{
		{"closed pipe", failWriter{syscall.EPIPE}, exitOK, ""},
		{"full disk", failWriter{syscall.ENOSPC}, exitOutput, "timeline: cannot write the output: write: no space left on device\n"},
		{"internal error", panicWriter{}, exitInternal, "timeline: internal error: broken writer (please report it, with the command and its input)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var errb bytes.Buffer
			code := run(context.Background(), args, strings.NewReader(""), tc.stdout, &errb)
			if code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d", code, tc.wantCode)
			}
			if errb.String() != tc.wantErr {
				t.Errorf("stderr:\ngot  %q\nwant %q", errb.String(), tc.wantErr)
			}
		})
	}
}

// dirNames lists the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestOutputFileKept checks that -o replaces its file only when the run
// gets to write it: an interrupted run leaves the old file and no
// temporary one.
func TestOutputFileKept(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "timeline.csv")
	if err := os.WriteFile(out, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errb bytes.Buffer
	code := run(ctx, []string{"timeline", "extract", "-q", "--ref", "2025-01-10", "-f", "csv", "-o", out, example}, strings.NewReader(""), io.Discard, &errb)
	if code != exitInterrupted || errb.String() != "timeline: interrupted; nothing was written\n" {
		t.Errorf("got exit code %d and stderr %q", code, errb.String())
	}
	if b, _ := os.ReadFile(out); string(b) != "old\n" {
		t.Errorf("the interrupted run changed %s: %q", out, b)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("files left behind: %q", names)
	}

	code, _, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "-f", "csv", "-o", out, example)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), "date,end_date") || !strings.Contains(string(b), "2025-01-17") {
		t.Errorf("-o did not write the timeline: %q", b)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the file lost its mode: %v %v", fi.Mode(), err)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("files left behind: %q", names)
	}

	code, _, errs = runCLI(t, "", "extract", "-q", "-o", filepath.Join(dir, "no", "such", "dir.csv"), example)
	if code != exitOutput || !strings.Contains(errs, "cannot write "+filepath.Join(dir, "no", "such", "dir.csv")+": no such file or directory") {
		t.Errorf("got exit code %d, stderr:\n%s", code, errs)
	}
}

// TestInterruptWhileReading checks that cancelling the run stops a read
// of standard input that would otherwise wait for ever.
func TestInterruptWhileReading(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var errb bytes.Buffer
	go func() {
		done <- run(ctx, []string{"timeline", "extract", "-q", "--ref", "2025-01-10"}, pr, io.Discard, &errb)
	}()
	pw.Write([]byte("Talks were held "))
	cancel()
	select {
	case code := <-done:
		if code != exitInterrupted {
			t.Errorf("exit code: got %d, want %d; stderr:\n%s", code, exitInterrupted, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the run did not stop after cancellation")
	}
}

// TestDeterministicFormats checks that the same inputs give the same bytes
// in every format, for both commands, with any number of jobs.
func TestDeterministicFormats(t *testing.T) {
	dir := t.TempDir()
	records := filepath.Join(dir, "news.jsonl")
	src, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, dct := range []string{"2025-01-10", "2024-06-01", "2025-01-10", ""} {
		rec, _ := json.Marshal(map[string]string{"id": string(rune('a' + i)), "dct": dct, "text": string(src)})
		b.Write(rec)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(records, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs := []string{example, records, example, "-"}
	for _, cmd := range []string{"extract", "dates"} {
		for _, f := range []string{"table", "csv", "json", "jsonl", "markdown"} {
			t.Run(cmd+" "+f, func(t *testing.T) {
				var first string
				for _, j := range []string{"1", "2", "8", "1", "8"} {
					args := append([]string{cmd, "-q", "--width", "120", "-f", f, "-j", j}, inputs...)
					code, out, errs := runCLI(t, string(src), args...)
					if code != exitOK {
						t.Fatalf("-j %s: exit code %d, stderr:\n%s", j, code, errs)
					}
					if first == "" {
						first = out
					} else if out != first {
						t.Fatalf("-j %s gives other output than -j 1", j)
					}
				}
			})
		}
	}
}
