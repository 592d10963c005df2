package input

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestKindOf(t *testing.T) {
	for _, tc := range []struct{ name, kind, want string }{
		{"a.txt", "auto", KindText}, {"a.JSONL", "auto", KindJSONL}, {"a.ndjson", "", KindJSONL},
		{"page.html", "auto", KindHTML}, {"page.HTM", "auto", KindHTML}, {"-", "auto", KindText},
		{"a.txt", KindJSONL, KindJSONL}, {"a.html", KindText, KindText},
	} {
		if got := KindOf(tc.name, tc.kind); got != tc.want {
			t.Errorf("KindOf(%q, %q) = %q, want %q", tc.name, tc.kind, got, tc.want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.html", "sub/c.txt", "sub/d.jsonl", "sub/notes.md", ".hidden/e.txt", "sub/.f.txt", "empty/.keep"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(fs []string) []string {
		var out []string
		for _, f := range fs {
			r, _ := filepath.Rel(dir, f)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	files, errs := Expand([]string{dir}, nil)
	if want := []string{"a.html", "b.txt", "sub/c.txt", "sub/d.jsonl"}; !slices.Equal(rel(files), want) || len(errs) != 0 {
		t.Errorf("default patterns: %v %v, want %v", rel(files), errs, want)
	}
	files, _ = Expand([]string{dir}, []string{"*.md", "c.*"})
	if want := []string{"sub/c.txt", "sub/notes.md"}; !slices.Equal(rel(files), want) {
		t.Errorf("--include: %v, want %v", rel(files), want)
	}
	// a file named outright is read whatever its name; "-" stays
	files, errs = Expand([]string{filepath.Join(dir, "sub/notes.md"), "-", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "empty")}, nil)
	if len(files) != 2 || files[1] != "-" || len(errs) != 2 {
		t.Fatalf("files %v, errors %v", files, errs)
	}
	if !strings.Contains(errs[0].Error(), "missing.txt") || !strings.Contains(errs[1].Error(), "no file matching") {
		t.Errorf("errors: %v", errs)
	}
	if _, errs := Expand([]string{dir}, []string{"[x"}); len(errs) != 1 {
		t.Errorf("a bad pattern is not reported: %v", errs)
	}
}

func TestHTMLText(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"article preferred", `<html><head><title> The  Title </title><script>var d = "3 May";</script></head><body>` +
			`<nav>Home, 2 June</nav><article><h1>Head</h1><p>One &amp; <b>two</b>.</p><p>Three</p></article><footer>© 2020</footer></body></html>`,
			"The Title\n\nHead\n\nOne & two.\n\nThree\n"},
		{"main when no article", `<body><header>Site</header><main><p>Body text</p></main><aside>Side</aside></body>`, "Body text\n"},
		{"the body otherwise", `<body><div>First</div><div>Second<br>line</div><style>p{}</style></body>`, "First\n\nSecond\n\nline\n"},
		{"no markup at all", `just text,   spaced`, "just text, spaced\n"},
		{"unclosed tags", `<p>One<p>Two<div>Three`, "One\n\nTwo\n\nThree\n"},
	} {
		if got := string(HTMLText([]byte(tc.page))); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestHTMLTextLinear checks that deeply nested markup costs linear time:
// 200 000 nested elements take a bounded multiple of the time a flat page
// of the same size takes, measured in the same run.
func TestHTMLTextLinear(t *testing.T) {
	const n = 200000
	flat := strings.Repeat("<p>a</p>", n)
	nested := strings.Repeat("<div><span>", n) + "a" + strings.Repeat("</span></div>", n)
	measure := func(page string) time.Duration {
		best := time.Duration(1 << 62)
		for i := 0; i < 3; i++ {
			start := time.Now()
			HTMLText([]byte(page))
			best = min(best, time.Since(start))
		}
		return best
	}
	base := measure(flat) * time.Duration(len(nested)) / time.Duration(len(flat))
	if got := measure(nested); got > 20*base+50*time.Millisecond {
		t.Errorf("nested page took %v, a flat page of its size %v", got, base)
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add(`<html><title>T</title><article><p>On 5 May</p></article></html>`)
	f.Add(`<p>unclosed<div><script>x</p>`)
	f.Fuzz(func(t *testing.T, page string) {
		out := HTMLText([]byte(page))
		if len(out) == 0 || out[len(out)-1] != '\n' {
			t.Fatalf("HTMLText(%q) = %q: want text ending in a newline", page, out)
		}
	})
}

func TestRead(t *testing.T) {
	read := func(name, in string, opts Options) ([]Document, []error) {
		var docs []Document
		errs := Read(strings.NewReader(in), name, opts, func(d Document) error { docs = append(docs, d); return nil })
		return docs, errs
	}
	docs, errs := read("c.jsonl", `{"uid":"a","body":"On 5 May.","published":"2024-05-09"}`+"\n"+`{"uid":"b","text":"no body"}`+"\n",
		Options{TextField: "body", DateField: "published", IDField: "uid"})
	if len(docs) != 1 || docs[0].ID != "a" || string(docs[0].Text) != "On 5 May." || docs[0].Ref.Format("2006-01-02") != "2024-05-09" {
		t.Errorf("custom fields: %+v", docs)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "c.jsonl:2:") || !strings.Contains(errs[0].Error(), `"body"`) {
		t.Errorf("missing field: %v", errs)
	}
	// size limits: a file, and one record of several
	_, errs = read("big.txt", strings.Repeat("a", 100), Options{MaxDocSize: 64})
	var se *SizeError
	if len(errs) != 1 || !errors.As(errs[0], &se) || !strings.Contains(errs[0].Error(), "big.txt") {
		t.Errorf("big file: %v", errs)
	}
	docs, errs = read("r.jsonl", `{"id":"1","text":"`+strings.Repeat("a", 200)+`"}`+"\n"+`{"id":"2","text":"short"}`, Options{MaxDocSize: 100})
	if len(docs) != 1 || docs[0].ID != "2" || len(errs) != 1 || !strings.Contains(errs[0].Error(), "r.jsonl:1:") {
		t.Errorf("big record: %v %v", docs, errs)
	}
	// binary and empty inputs are skipped with a warning; invalid UTF-8
	// is read with a warning
	for _, tc := range []struct {
		name, in string
		docs     int
		warn     error
	}{
		{"bin.txt", "PDF\x00\x01", 0, ErrBinary},
		{"empty.txt", "  \n", 0, ErrEmpty},
		{"none.jsonl", "\n\n", 0, ErrEmpty},
		{"latin1.txt", "Caf\xe9 on 5 May.", 1, ErrInvalidUTF8},
	} {
		docs, errs := read(tc.name, tc.in, Options{})
		if len(docs) != tc.docs || len(errs) != 1 || !errors.Is(errs[0], tc.warn) || !strings.Contains(errs[0].Error(), tc.name) {
			t.Errorf("%s: %d documents, %v", tc.name, len(docs), errs)
		}
	}
	// an HTML page is read as its text
	docs, _ = read("p.html", `<title>T</title><p>On <b>5 May</b>.</p>`, Options{})
	if len(docs) != 1 || string(docs[0].Text) != "T\n\nOn 5 May.\n" {
		t.Errorf("html: %+v", docs)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		bad  bool
	}{
		{in: "0", want: 0},
		{in: "4096", want: 4096},
		{in: "64MiB", want: 64 << 20},
		{in: "64M", want: 64 << 20},
		{in: "200MB", want: 200_000_000},
		{in: " 1 GiB ", want: 1 << 30},
		{in: "10k", want: 10 << 10},
		{in: "12B", want: 12},
		{in: "-1", bad: true},
		{in: "lots", bad: true},
		{in: "1.5MiB", bad: true},
		{in: "9999999999GiB", bad: true},
		{in: "", bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSize(tc.in)
			if tc.bad {
				if err == nil {
					t.Fatalf("got %d, want an error", got)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		512: "512 B", 1024: "1 KiB", 64 << 20: "64 MiB", 200_000_000: "190.7 MiB", 3 << 30: "3 GiB",
	} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
