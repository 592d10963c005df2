package main

import (
	"strings"
	"testing"
	"time"
)

// TestReferenceReports checks what standard error says of reference
// dates: nothing per document whose reference was given or found, a line
// per document whose reference was inferred, one warning per document
// read against today's date, every document with -v, a count at the end
// when there is more than one document, and with -q nothing but those
// warnings.
func TestReferenceReports(t *testing.T) {
	const (
		dated = `{"id":"a","date":"2013-03-22","text":"The minister visited Paris on Monday."}` + "\n" +
			`{"id":"b","date":"2013-03-23","text":"Talks were held on Friday."}` + "\n"
		inferred = `{"id":"c","text":"Sanctions were imposed in April 2024. Talks will be held on 13 January."}` + "\n"
		none     = `{"id":"d","text":"The minister spoke."}` + "\n"
		loose    = `{"id":"e","text":"The company was founded in 1998."}` + "\n"
	)
	lineA := "a: reference 2013-03-22 (from the record's date)\n"
	lineB := "b: reference 2013-03-23 (from the record's date)\n"
	lineC := `c: no publication date found; inferred reference 2025-01-06 (after "April 2024", before "13 January")` + "\n"
	// A defaulted reference is one warning, also under -v and -q.
	lineD := "timeline: warning: d: no publication date found and none can be inferred; using today's date " + time.Now().UTC().Format(time.DateOnly) + " (use --ref)\n"
	// An inference that leaves more than a year of room is a warning.
	lineE := `timeline: warning: e: no publication date found; inferred reference 1999-01-01 (after "1998", the latest past date), but the text allows any day from 1998-01-01 to ` + time.Now().UTC().Format(time.DateOnly) + " (use --ref)\n"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string // the whole of standard error
	}{
		{name: "corpus with dates", stdin: dated,
			want: "references: 2 given, 0 found, 0 inferred, 0 defaulted\n"},
		{name: "one inferred", stdin: dated + inferred,
			want: lineC + "references: 2 given, 0 found, 1 inferred, 0 defaulted\n"},
		{name: "one defaulted", stdin: dated + none,
			want: lineD + "references: 2 given, 0 found, 0 inferred, 1 defaulted\n"},
		{name: "defaulted, verbose", stdin: none, args: []string{"-v"}, want: lineD},
		{name: "defaulted, quiet", stdin: none, args: []string{"-q"}, want: lineD},
		{name: "inferred, more than a year of room", stdin: dated + loose,
			want: lineE + "references: 2 given, 0 found, 1 inferred, 0 defaulted\n"},
		{name: "more than a year of room, quiet", stdin: loose, args: []string{"-q"}, want: lineE},
		{name: "verbose", stdin: dated + inferred, args: []string{"-v"},
			want: lineA + lineB + lineC + "references: 2 given, 0 found, 1 inferred, 0 defaulted\n"},
		{name: "verbose long", stdin: dated, args: []string{"--verbose"},
			want: lineA + lineB + "references: 2 given, 0 found, 0 inferred, 0 defaulted\n"},
		{name: "quiet", stdin: dated + inferred, args: []string{"-q"}, want: ""},
		{name: "quiet beats verbose", stdin: dated + inferred, args: []string{"-q", "-v"}, want: ""},
		{name: "one document, given", stdin: `{"id":"a","date":"2013-03-22","text":"Talks on Monday."}` + "\n", want: ""},
		{name: "one document, inferred", stdin: inferred, want: lineC},
		{name: "--ref", stdin: dated + inferred, args: []string{"--ref", "2025-01-10"},
			want: "references: 3 given, 0 found, 0 inferred, 0 defaulted\n"},
	}
	for _, cmd := range []string{"extract", "dates"} {
		for _, tc := range tests {
			t.Run(cmd+"/"+tc.name, func(t *testing.T) {
				args := append([]string{cmd, "--input-format", "jsonl", "-f", "jsonl"}, tc.args...)
				code, _, errs := runCLI(t, tc.stdin, args...)
				if code != exitOK {
					t.Fatalf("exit code %d, stderr:\n%s", code, errs)
				}
				if errs != tc.want {
					t.Errorf("standard error\ngot:\n%s\nwant:\n%s", errs, tc.want)
				}
			})
		}
	}
}

// TestReferenceFooter checks that the table says when its reference was
// guessed, also under -q, and says nothing when it was given.
func TestReferenceFooter(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // the last line of the table, "" for its border
	}{
		{"given", []string{"--ref", "2025-01-10"}, ""},
		{"inferred", nil, "Reference date 2025-01-06 inferred from the text (pass --ref to set it)"},
		{"inferred, quiet", []string{"-q"}, "Reference date 2025-01-06 inferred from the text (pass --ref to set it)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", append(append([]string{"extract"}, tc.args...), example)...)
			if code != exitOK {
				t.Fatalf("exit code %d, stderr:\n%s", code, errs)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			last := lines[len(lines)-1]
			if tc.want == "" {
				if !strings.HasPrefix(last, "+--") {
					t.Errorf("a line after the table: %q", last)
				}
				return
			}
			if last != tc.want || !strings.HasPrefix(lines[len(lines)-2], "+--") {
				t.Errorf("last line\ngot  %q\nwant %q", last, tc.want)
			}
		})
	}
}

// TestVerboseShorthand checks that "timeline -v FILE" is extract's
// --verbose, while "timeline -v" alone still prints the version.
func TestVerboseShorthand(t *testing.T) {
	code, out, errs := runCLI(t, "", "-v", "--ref", "2025-01-10", example)
	if code != exitOK || !strings.Contains(out, "2025-01-17") || !strings.Contains(errs, "reference 2025-01-10 (from --ref)") {
		t.Errorf("timeline -v FILE: exit code %d, stderr %q", code, errs)
	}
	if code, out, _ := runCLI(t, "", "-v"); code != exitOK || !strings.Contains(out, "version") {
		t.Errorf("timeline -v: exit code %d, stdout %q", code, out)
	}
}
