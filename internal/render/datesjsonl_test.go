package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/parse"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// newsDir holds the TempEval-3 corpora, seen from this package.
const newsDir = "../../../shared/data/timeml"

// writeDatesJSONL is what AppendDatesJSONL must match.
func writeDatesJSONL(t testing.TB, r timeline.Result) string {
	var b bytes.Buffer
	if err := Dates(&b, JSONL, []timeline.Input{r.Input}, timeline.DateRows(r), Options{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestAppendDatesJSONL(t *testing.T) {
	cfg := timeline.Config{Now: time.Date(2030, 6, 15, 0, 0, 0, 0, time.UTC), DatesOnly: true}
	var results []timeline.Result
	for i, text := range []string{
		"On 3 March 2024 the talks began; they resume on Tuesday.",
		"",
		"Nothing dated here.",
		"Bad \xff bytes on 5 May 2020 and\u2028a separator, \"quotes\", a\ttab and \x01 at 10:30 a.m. EST.",
	} {
		d, err := input.NewDocument("t.txt", []byte(text))
		if d.Text == nil && err != nil {
			t.Fatal(err)
		}
		d.ID = "doc \"" + string(rune('a'+i)) + "\"\n\u2029<&>"
		results = append(results, timeline.AnalyzeDocument(d, i, cfg))
	}
	// a result whose rows name another document
	odd := results[0]
	odd.Doc.ID = "other"
	results = append(results, odd)
	// synthetic values that exercise every escape
	syn := results[0]
	syn.Tag.Timexes = append([]parse.Timex(nil), syn.Tag.Timexes...)
	syn.Tag.Timexes[0].How = "\b\f\n\r\t\x00\x1f\x7f\"\\/ é \u2028\u2029 \xe2\x80 end"
	syn.Tag.Timexes[0].Mod = "<>&"
	results = append(results, syn)
	for _, name := range []string{"esc-dev.jsonl"} {
		data, err := os.ReadFile(filepath.Join(newsDir, name))
		if err != nil {
			continue // the corpus is optional
		}
		for i, l := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			d, err := input.ParseRecord(name, i+1, l)
			if err != nil {
				t.Fatal(err)
			}
			results = append(results, timeline.AnalyzeDocument(d, i, cfg))
		}
	}
	for _, r := range results {
		want := writeDatesJSONL(t, r)
		got := string(AppendDatesJSONL([]byte("prefix"), r))
		if !strings.HasPrefix(got, "prefix") || got[len("prefix"):] != want {
			t.Errorf("AppendDatesJSONL(%q)\ngot:  %q\nwant: %q", r.Doc.ID, got, "prefix"+want)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	f.Add("plain")
	f.Add("\b\f\n\r\t\x00\x1f\x7f\"\\/ é \u2028\u2029 \xe2\x80 \xff<&>")
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		enc := writeNewEncoder(&b)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(b.String(), "\n")
		if got := string(appendJSONString(nil, s)); got != want {
			t.Fatalf("appendJSONString(%q)\ngot:  %s\nwant: %s", s, got, want)
		}
	})
}
