package parse

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The stage benchmarks time each step of [Tag] on its own, on the example
// article and on a news corpus: the texts of the TempEval-3 JSON Lines
// files under ../shared/data/timeml next to the repository, each with its
// own reference date. They are skipped when that directory is absent.
// Every stage reports MB/s of the text it reads, so the stages compare.
//
//	go test -run '^$' -bench Stage -benchmem ./internal/parse

// newsDir holds the TempEval-3 corpora, seen from this package.
const newsDir = "../../../shared/data/timeml"

type benchDoc struct {
	text []byte
	ref  time.Time
}

type benchSet struct {
	name  string
	docs  []benchDoc
	bytes int64
}

// benchSets returns the example article and, when the corpus is present,
// the news texts.
func benchSets(b *testing.B) []benchSet {
	b.Helper()
	art, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	sets := []benchSet{{name: "article", docs: []benchDoc{{art, day(2025, 1, 10)}}, bytes: int64(len(art))}}
	news := newsDocs(b)
	if len(news) > 0 {
		s := benchSet{name: "news", docs: news}
		for _, d := range news {
			s.bytes += int64(len(d.text))
		}
		sets = append(sets, s)
	}
	return sets
}

// newsDocs reads the texts and reference dates of the corpus, or returns
// nil when it is absent.
func newsDocs(tb testing.TB) []benchDoc {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(newsDir, "*.jsonl"))
	var docs []benchDoc
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ Text, DCT string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				tb.Fatalf("%s: %v", name, err)
			}
			ref, _ := time.Parse("2006-01-02", rec.DCT)
			docs = append(docs, benchDoc{[]byte(rec.Text), ref})
		}
		f.Close()
	}
	return docs
}

// stage runs fn on every document of every set as one operation.
func stage(b *testing.B, fn func(b *testing.B, d benchDoc)) {
	for _, s := range benchSets(b) {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(s.bytes)
			for b.Loop() {
				for _, d := range s.docs {
					fn(b, d)
				}
			}
		})
	}
}

// BenchmarkStageScan times the scanner, into a slice reused as Tag reuses
// it.
func BenchmarkStageScan(b *testing.B) {
	var toks []Token
	stage(b, func(b *testing.B, d benchDoc) { toks = scanAppend(toks[:0], d.text) })
}

// BenchmarkStageClassify times the scanner, the lower-casing and the
// classing of every word, as Tag does them.
func BenchmarkStageClassify(b *testing.B) {
	r := new(recognizer)
	stage(b, func(b *testing.B, d benchDoc) { r.reuse(d.text) })
}

// BenchmarkStageRecognize times the recognition of mentions in classed
// tokens.
func BenchmarkStageRecognize(b *testing.B) {
	for _, s := range benchSets(b) {
		rs := make([]*recognizer, len(s.docs))
		for i, d := range s.docs {
			rs[i] = newRecognizer(d.text, Scan(d.text))
		}
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(s.bytes)
			for b.Loop() {
				for _, r := range rs {
					r.recognize()
				}
			}
		})
	}
}

// BenchmarkStageResolve times what follows recognition: tense, date
// order, reference date, anchoring and resolution.
func BenchmarkStageResolve(b *testing.B) {
	for _, s := range benchSets(b) {
		rs := make([]*recognizer, len(s.docs))
		ms := make([][]Mention, len(s.docs))
		for i, d := range s.docs {
			rs[i] = newRecognizer(d.text, Scan(d.text))
			ms[i] = rs[i].recognize()
		}
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(s.bytes)
			for b.Loop() {
				for i, r := range rs {
					r.forget()
					r.tag(ms[i], Options{Ref: s.docs[i].ref, Now: day(2030, 6, 15)}, nil)
				}
			}
		})
	}
}

// BenchmarkStageTag times the whole of [Tag].
func BenchmarkStageTag(b *testing.B) {
	stage(b, func(b *testing.B, d benchDoc) { Tag(d.text, Options{Ref: d.ref, Now: day(2030, 6, 15)}) })
}

// BenchmarkStageTagAppend times [TagAppend] into one slice of timexes,
// reused from text to text.
func BenchmarkStageTagAppend(b *testing.B) {
	var xs []Timex
	stage(b, func(b *testing.B, d benchDoc) {
		xs = TagAppend(xs[:0], d.text, Options{Ref: d.ref, Now: day(2030, 6, 15)}).Timexes
	})
}

// forget drops what the recognizer learnt while resolving, so that each
// run of the resolve benchmark does the same work.
func (r *recognizer) forget() {
	r.sents, r.cues = nil, nil
}
