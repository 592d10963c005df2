package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

const example = "../../testdata/articles/iran-russia.txt"

// runCLI runs the command in-process and returns its exit code, standard
// output and standard error.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"timeline"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file: %v (run go test ./cmd/timeline -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestGolden(t *testing.T) {
	formats := []struct {
		name, ext   string
		extractOnly bool
	}{
		{"table", "txt", false}, {"csv", "csv", false}, {"json", "json", false}, {"jsonl", "jsonl", false}, {"markdown", "md", false},
		{"ics", "ics", true}, {"timelinejs", "timelinejs.json", true},
		{"html", "html", true},
	}
	for _, cmd := range []string{"extract", "dates"} {
		for _, f := range formats {
			if f.extractOnly && cmd != "extract" {
				continue
			}
			for _, ref := range []bool{true, false} {
				name := "iran-russia." + cmd
				args := []string{cmd, "-f", f.name, "--width", "120"}
				if ref {
					args = append(args, "--ref", "2025-01-10")
				} else {
					name += ".noref"
				}
				name += "." + f.ext + ".golden"
				t.Run(name, func(t *testing.T) {
					code, out, errs := runCLI(t, "", append(args, example)...)
					if code != exitOK {
						t.Fatalf("exit code %d, stderr:\n%s", code, errs)
					}
					golden(t, name, out)
				})
			}
		}
	}
}

// expectedRows are the rows of the example's expected timeline.
var expectedRows = [][2]string{
	{"2024-04", "sanctions"},
	{"2024-04-13", "attack"},
	{"2024-05", "sanctions"},
	{"2024-05", "supply"},
	{"2024-07", "statement"},
	{"2024-10", "agreement"},
	{"2025-01-13", "talks"},
	{"2025-01-17", "visit"},
}

func TestExampleTimeline(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "-v", "-f", "json", "--ref", "2025-01-10", example},
		{"extract", "-f", "json", example},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit code %d, stderr:\n%s", code, errs)
			}
			var doc struct {
				Inputs []struct {
					Ref       string `json:"ref"`
					RefSource string `json:"ref_source"`
				}
				Events []struct{ Date, Type string }
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			var got [][2]string
			for _, e := range doc.Events {
				got = append(got, [2]string{e.Date, e.Type})
			}
			if len(got) != len(expectedRows) {
				t.Fatalf("got %d rows, want %d\ngot:  %q\nwant: %q", len(got), len(expectedRows), got, expectedRows)
			}
			for i := range got {
				if got[i] != expectedRows[i] {
					t.Errorf("row %d: got %q, want %q", i, got[i], expectedRows[i])
				}
			}
			if !strings.Contains(errs, "reference") {
				t.Errorf("stderr does not name the reference date:\n%s", errs)
			}
		})
	}
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("ok\xff\xfe"), 0o644); err != nil {
		t.Fatal(err)
	}
	records := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(records, []byte(`{"id":"a","dct":"2024-03-05","text":"The minister visited Paris on Monday."}`+"\n"+`{"id":"b","text":`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(dir, "out.csv")
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantOut    []string // substrings of stdout
		wantErr    []string // substrings of stderr
		wantNotOut []string
	}{
		{name: "stdin", stdin: "The talks will be held on 13 January.", args: []string{"extract", "-v", "--ref", "2025-01-10", "-f", "csv"},
			wantOut: []string{"date,end_date,precision,type", "2025-01-13"}, wantErr: []string{"-: reference 2025-01-10"}},
		{name: "dash is stdin", stdin: "Talks were held on 3 May.", args: []string{"dates", "--ref", "2025-01-10", "-f", "jsonl", "-"},
			wantOut: []string{`"id":"-"`, `"value":"2024-05-03"`}},
		{name: "bad flag", args: []string{"extract", "--nope"}, wantCode: exitUsage, wantErr: []string{"nope"}},
		{name: "bad ref", args: []string{"extract", "--ref", "yesterday", example}, wantCode: exitUsage, wantErr: []string{"--ref"}},
		{name: "bad format", args: []string{"extract", "-f", "xml", example}, wantCode: exitUsage, wantErr: []string{"--format"}},
		{name: "dates has no ics", args: []string{"dates", "-f", "ics", example}, wantCode: exitUsage, wantErr: []string{"--format: ics is for events"}},
		{name: "missing file keeps the others", args: []string{"extract", "--ref", "2025-01-10", "-f", "csv", filepath.Join(dir, "nope.txt"), example},
			wantCode: exitInput, wantOut: []string{"2025-01-17"}, wantErr: []string{"nope.txt"}},
		{name: "invalid utf-8 names the file", args: []string{"extract", "--ref", "2025-01-10", bad, example},
			wantOut: []string{"2025-01-17"}, wantErr: []string{"warning: " + bad + ":1: invalid UTF-8 at offset 2 and 1 more bytes"}},
		{name: "jsonl records", args: []string{"extract", "-f", "jsonl", records},
			wantCode: exitInput, wantOut: []string{`"doc":"a"`, `"date":"2024-03-04"`}, wantErr: []string{"news.jsonl:2:"}},
		{name: "csv guard", stdin: "=HYPERLINK(\"x\") Talks were held on 3 May.", args: []string{"extract", "--ref", "2025-01-10", "-f", "csv"},
			wantOut: []string{`,"'=HYPERLINK(""x"") Talks were held on 3 May.",`}},
		{name: "csv raw after a file", stdin: "=HYPERLINK(\"x\") Talks were held on 3 May.", args: []string{"extract", "-", "--csv-raw", "--ref", "2025-01-10", "-f", "csv"},
			wantOut: []string{`,"=HYPERLINK(""x"") Talks were held on 3 May.",`}},
		{name: "output file", args: []string{"extract", "--ref", "2025-01-10", "-f", "csv", "-o", outFile, example}, wantNotOut: []string{"2025"}},
		{name: "eval needs a file", args: []string{"eval"}, wantCode: exitUsage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d\nstderr:\n%s", code, tc.wantCode, errs)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.wantNotOut {
				if strings.Contains(out, w) {
					t.Errorf("stdout has %q:\n%s", w, out)
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
		})
	}
	if b, err := os.ReadFile(outFile); err != nil || !strings.Contains(string(b), "2025-01-17") {
		t.Errorf("-o did not write the timeline: %v %q", err, b)
	}
}

// TestDeterministic checks that the output does not depend on the number
// of parallel jobs.
func TestDeterministic(t *testing.T) {
	args := []string{"extract", "-f", "json", "--ref", "2025-01-10", example, example, example, example}
	_, one, _ := runCLI(t, "", append([]string{"extract", "-j", "1"}, args[1:]...)...)
	for i := 0; i < 3; i++ {
		_, many, _ := runCLI(t, "", append([]string{"extract", "-j", "4"}, args[1:]...)...)
		if many != one {
			t.Fatal("output with -j 4 differs from -j 1")
		}
	}
}

func TestColor(t *testing.T) {
	args := []string{"extract", "-q", "--ref", "2025-01-10", "--width", "120"}
	_, plain, _ := runCLI(t, "", append(args, example)...)
	code, colored, errs := runCLI(t, "", append(args, "--color", "always", example)...)
	if code != exitOK {
		t.Fatalf("exit code %d: %s", code, errs)
	}
	if !strings.Contains(colored, "\x1b[31mattack\x1b[0m") || !strings.Contains(colored, "\x1b[1mscheduled\x1b[0m") {
		t.Errorf("--color always does not colour types and statuses:\n%s", colored)
	}
	if strings.Contains(plain, "\x1b") {
		t.Errorf("colour when standard output is not a terminal:\n%s", plain)
	}
	if code, _, errs := runCLI(t, "", append(args, "--color", "sometimes", example)...); code != exitUsage || !strings.Contains(errs, "--color") {
		t.Errorf("a bad --color: exit code %d, stderr %q", code, errs)
	}

	env := func(vars ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(vars); i += 2 {
				if vars[i] == k {
					return vars[i+1]
				}
			}
			return ""
		}
	}
	tests := []struct {
		mode             string
		terminal, toFile bool
		getenv           func(string) string
		want             bool
	}{
		{"auto", true, false, env(), true},
		{"auto", false, false, env(), false},
		{"auto", true, true, env(), false},
		{"auto", true, false, env("NO_COLOR", "1"), false},
		{"auto", true, false, env("NO_COLOR", ""), true},
		{"auto", true, false, env("TERM", "dumb"), false},
		{"always", false, true, env("NO_COLOR", "1"), true},
		{"never", true, false, env(), false},
	}
	for _, tc := range tests {
		if got := colorWanted(tc.mode, tc.terminal, tc.toFile, tc.getenv); got != tc.want {
			t.Errorf("colorWanted(%q, terminal %v, file %v) = %v, want %v", tc.mode, tc.terminal, tc.toFile, got, tc.want)
		}
	}
}
