package timeline

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

var ref = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)

func extractText(t testing.TB, text string) []Event {
	t.Helper()
	doc, err := NewDocument("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Events([]Result{AnalyzeDocument(doc, 0, Config{Ref: ref})})
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "date type" per row, in order
	}{
		{
			name: "month sorts before its days, ties keep text order",
			in:   "Russia and Iran signed a trade agreement on 3 May.\nIn May, Iran attacked a tanker.\nIn May, the EU imposed sanctions on Iran.",
			want: []string{"2024-05 attack", "2024-05 sanctions", "2024-05-03 agreement"},
		},
		{
			name: "mentions of one visit merge",
			in:   "On 17 January, President Masoud Pezeshkian will visit Moscow.\nThe Kremlin said the visit would take place on 17 January.",
			want: []string{"2025-01-17 visit"},
		},
		{
			name: "two dates in a sentence give two events",
			in:   "In May last year the EU extended sanctions against Iran after Iran's attacks on Israel on 13 April.",
			want: []string{"2024-04-13 attack", "2024-05 sanctions"},
		},
		{
			name: "vague references and durations make no rows",
			in:   "Iran has supplied drones in recent years and talks lasted three days.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range extractText(t, tc.in) {
				got = append(got, e.Date+" "+e.Type)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestMergeKeepsMentions(t *testing.T) {
	ev := extractText(t, "On 17 January, President Masoud Pezeshkian will visit Moscow.\nThe Kremlin said the visit would take place on 17 January.")
	if len(ev) != 1 || len(ev[0].Mentions) != 2 {
		t.Fatalf("got %d events, want 1 with 2 mentions: %+v", len(ev), ev)
	}
	m := ev[0].Mentions
	if m[0].Line != 1 || m[1].Line != 2 || m[0].Expr != "17 January" || m[0].Start != 3 || m[0].End != 13 {
		t.Errorf("mentions: %+v", m)
	}
}

func TestAnalyzeAllOrder(t *testing.T) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		d, _ := NewDocument(name, src)
		docs = append(docs, d)
	}
	var one, many bytes.Buffer
	cfg := Config{Ref: ref}
	if err := WriteJSON(&one, nil, Events(AnalyzeAll(docs, cfg, 1)), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&many, nil, Events(AnalyzeAll(docs, cfg, 4)), Options{}); err != nil {
		t.Fatal(err)
	}
	if one.String() != many.String() {
		t.Error("output depends on the number of workers")
	}
}

// FuzzAnalyzeDocument runs the whole pipeline on arbitrary text: no panic,
// offsets inside the text, and the same output twice.
func FuzzAnalyzeDocument(f *testing.F) {
	f.Add("On 17 January, Iranian President Masoud Pezeshkian will visit Moscow.")
	f.Add("• In May, the media reported that Tehran had begun supplying the Kremlin.\n\nLast July, he wrote.")
	f.Add("Posted: Saturday 19 April 2025 · 10:42\nTalks were held on Thursday.")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4096 {
			t.Skip()
		}
		doc, err := NewDocument("f.txt", []byte(in))
		if err != nil {
			return
		}
		cfg := Config{Now: ref}
		a := AnalyzeDocument(doc, 0, cfg)
		b := AnalyzeDocument(doc, 0, cfg)
		if !reflect.DeepEqual(a.Events, b.Events) {
			t.Fatal("two runs differ")
		}
		for _, e := range a.Events {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(in) || m.Start > m.End || in[m.Start:m.End] != m.Expr {
					t.Fatalf("bad mention %+v in %q", m, in)
				}
				if strings.ContainsAny(m.Sentence, "\n\r") {
					t.Fatalf("sentence keeps a line break: %q", m.Sentence)
				}
			}
		}
	})
}

// BenchmarkExtract measures the whole pipeline, from text to sorted events.
func BenchmarkExtract(b *testing.B) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		src  []byte
	}{{"article", src}, {"article-x50", bytes.Repeat(append(src, "\n\n"...), 50)}} {
		b.Run(bc.name, func(b *testing.B) {
			doc, _ := NewDocument("bench.txt", bc.src)
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.src)))
			for b.Loop() {
				Events([]Result{AnalyzeDocument(doc, 0, Config{Ref: ref})})
			}
		})
	}
}
