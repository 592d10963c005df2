package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenHTML reads a web page: the article's dates give events, and
// the dates of the page's furniture (script, navigation, aside, footer,
// image text) give none.
func TestGoldenHTML(t *testing.T) {
	code, out, errs := runCLI(t, "", "extract", "--width", "120", "../../testdata/web/geneva-talks.html")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden(t, "web.extract.txt.golden", out)
	code, out, _ = runCLI(t, "", "dates", "-q", "-f", "csv", "../../testdata/web/geneva-talks.html")
	if code != exitOK {
		t.Fatalf("dates: exit %d", code)
	}
	for _, furniture := range []string{"3 March 2020", "2 February", "9 May 2019", "1 April 2021", "5 June 2023"} {
		if strings.Contains(out, furniture) {
			t.Errorf("a date of the page's furniture was read: %s", furniture)
		}
	}
}

// TestDirectoryInput reads a directory tree, with and without --include,
// and gets what naming the files gets.
func TestDirectoryInput(t *testing.T) {
	dir := t.TempDir()
	for i, a := range articles {
		b, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, []string{"a", "b/c", "b"}[i])
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, filepath.Base(a)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "b", "notes.md"), []byte("Talks on 5 May 2024."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, byDir, errs := runCLI(t, "", "extract", "-q", "-f", "jsonl", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	files := []string{filepath.Join(dir, "a", "iran-russia.txt"), filepath.Join(dir, "b", "c", "moscow-treaty.txt"), filepath.Join(dir, "b", "geneva-talks.txt")}
	_, byName, _ := runCLI(t, "", append([]string{"extract", "-q", "-f", "jsonl"}, files...)...)
	if byDir != byName || byDir == "" {
		t.Errorf("a directory gives other events than its files named one by one")
	}
	_, withMD, _ := runCLI(t, "", "extract", "-q", "-f", "jsonl", "--include", "*.md", dir)
	if !strings.Contains(withMD, "notes.md") || strings.Contains(withMD, "iran-russia") {
		t.Errorf("--include *.md: %s", withMD)
	}
}

// TestStream checks --stream: each document's events, sorted, in input
// order, the same rows as without it but for the global order; and the
// flags it cannot go with.
func TestStream(t *testing.T) {
	code, streamed, errs := runCLI(t, "", append([]string{"extract", "-q", "--stream", "-f", "jsonl"}, articles...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var perDoc []string
	for _, a := range articles {
		_, out, _ := runCLI(t, "", "extract", "-q", "-f", "jsonl", a)
		perDoc = append(perDoc, out)
	}
	if streamed != strings.Join(perDoc, "") {
		t.Errorf("--stream is not each document's sorted events in input order")
	}
	code, csvOut, errs := runCLI(t, "", append([]string{"extract", "-q", "--stream", "-f", "csv"}, articles...)...)
	if code != exitOK || strings.Count(csvOut, "date,end_date,") != 1 || strings.Count(csvOut, "\n") != strings.Count(streamed, "\n")+1 {
		t.Errorf("--stream -f csv: exit %d (%s), want one header and a row per event:\n%s", code, errs, csvOut)
	}
	for _, args := range [][]string{{"--stream", "--merge"}, {"--stream", "-f", "table"}} {
		if code, _, errs := runCLI(t, "", append(append([]string{"extract"}, args...), example)...); code != exitUsage {
			t.Errorf("%v: exit %d (%s), want %d", args, code, errs, exitUsage)
		}
	}
}

func TestInputFlags(t *testing.T) {
	recs := `{"uid":"x1","published":"2025-01-10","body":"Iran held talks in Geneva on Monday."}` + "\n"
	code, out, errs := runCLI(t, recs, "extract", "-q", "-f", "jsonl", "--input-format", "jsonl", "--text-field", "body", "--date-field", "published", "--id-field", "uid")
	if code != exitOK || !strings.Contains(out, `"doc":"x1"`) || !strings.Contains(out, `"date":"2025-01-06"`) {
		t.Errorf("field flags: exit %d, %s %s", code, out, errs)
	}
	code, _, errs = runCLI(t, recs, "extract", "--input-format", "jsonl", "--max-doc-size", "20")
	if code != exitInput || !strings.Contains(errs, "-:1:") || !strings.Contains(errs, "--max-doc-size") {
		t.Errorf("--max-doc-size: exit %d, %s", code, errs)
	}
	for _, args := range [][]string{{"--max-doc-size", "lots"}, {"--input-format", "odt"}, {"--include", "[x"}} {
		if code, _, errs := runCLI(t, "", append(append([]string{"extract"}, args...), example)...); code != exitUsage {
			t.Errorf("%v: exit %d (%s)", args, code, errs)
		}
	}
}

// TestPageMetadata reads a web page that states its publication date in
// its metadata: the date is the reference, and standard error and the
// JSON output say where it came from.
func TestPageMetadata(t *testing.T) {
	const page = "../../testdata/web/moscow-treaty.html"
	code, out, errs := runCLI(t, "", "extract", "--width", "100", page)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if errs != "" {
		t.Errorf("standard error for a reference found in the page: %q", errs)
	}
	if _, _, errs := runCLI(t, "", "extract", "-v", page); errs != page+": reference 2025-01-17 (from the page's article:published_time meta tag)\n" {
		t.Errorf("standard error with -v: %q", errs)
	}
	golden(t, "web-meta.extract.txt.golden", out)
	_, out, _ = runCLI(t, "", "extract", "-q", "-f", "json", page)
	for _, want := range []string{`"ref": "2025-01-17"`, `"ref_source": "page"`, `"ref_reason": "the page's article:published_time meta tag"`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON output lacks %s", want)
		}
	}
	// --ref still wins
	_, _, errs = runCLI(t, "", "extract", "-v", "--ref", "2025-01-20", page)
	if !strings.Contains(errs, "reference 2025-01-20 (from --ref)") {
		t.Errorf("--ref: %s", errs)
	}
}

// TestURLField reads the reference of JSON Lines records from a day in
// their url, under its default name and under another.
func TestURLField(t *testing.T) {
	tests := []struct {
		name, recs string
		args       []string
		wantErr    string
	}{
		{name: "url", recs: `{"id":"a","url":"https://news.example/world/2025/01/14/geneva-talks/","text":"Iran held talks in Geneva on Monday."}`,
			wantErr: "a: reference 2025-01-14 (from the day in the record's url field)\n"},
		{name: "--url-field", recs: `{"id":"a","link":"https://news.example/geneva-talks-20250114.html","text":"Iran held talks in Geneva on Monday."}`,
			args: []string{"--url-field", "link"}, wantErr: "a: reference 2025-01-14 (from the day in the record's link field)\n"},
		{name: "date field first", recs: `{"id":"a","date":"2025-01-15","url":"https://news.example/2025/01/14/x/","text":"Iran held talks in Geneva on Monday."}`,
			wantErr: "a: reference 2025-01-15 (from the record's date)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"extract", "-v", "-f", "jsonl", "--input-format", "jsonl"}, tc.args...)
			code, out, errs := runCLI(t, tc.recs+"\n", args...)
			if code != exitOK || errs != tc.wantErr || !strings.Contains(out, `"date":"2025-01-13"`) {
				t.Errorf("exit %d\nstandard error: got  %q\n                want %q\n%s", code, errs, tc.wantErr, out)
			}
		})
	}
}
