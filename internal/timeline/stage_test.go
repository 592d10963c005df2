package timeline_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/render"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// The stage benchmarks of "timeline dates -f jsonl" around the tagger:
// decoding JSON Lines records and writing the dates of each document, on
// the TempEval-3 JSON Lines files under ../shared/data/timeml next to the
// repository (skipped when absent). Both report MB/s of the records read,
// as the whole run does.
//
//	go test -run '^$' -bench Stage -benchmem ./internal/timeline

// newsDir holds the TempEval-3 corpora, seen from this package.
const newsDir = "../../../shared/data/timeml"

// newsRecords returns the lines of the corpus, or skips the benchmark.
func newsRecords(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(newsDir, "*.jsonl"))
	if len(files) == 0 {
		b.Skip("no corpus under " + newsDir)
	}
	var lines [][]byte
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for l := range bytes.Lines(data) {
			if l = bytes.TrimSpace(l); len(l) > 0 {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

func size(lines [][]byte) int64 {
	n := int64(0)
	for _, l := range lines {
		n += int64(len(l)) + 1
	}
	return n
}

// BenchmarkStageDecode times the decoding of each record into a document.
func BenchmarkStageDecode(b *testing.B) {
	lines := newsRecords(b)
	b.ReportAllocs()
	b.SetBytes(size(lines))
	for b.Loop() {
		for i, l := range lines {
			// the reader hands each record over in a copy of its own
			if _, err := input.ParseRecord("news.jsonl", i+1, bytes.Clone(l)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkStageEncode times the writing of each document's dates as one
// JSON Lines record, as "timeline dates -f jsonl" does.
func BenchmarkStageEncode(b *testing.B) {
	lines := newsRecords(b)
	cfg := timeline.Config{Now: time.Date(2030, 6, 15, 0, 0, 0, 0, time.UTC), DatesOnly: true}
	results := make([]timeline.Result, len(lines))
	for i, l := range lines {
		d, err := input.ParseRecord("news.jsonl", i+1, bytes.Clone(l))
		if err != nil {
			b.Fatal(err)
		}
		results[i] = timeline.AnalyzeDocument(d, i, cfg)
	}
	b.ReportAllocs()
	b.SetBytes(size(lines))
	var buf []byte
	for b.Loop() {
		for _, r := range results {
			buf = render.AppendDatesJSONL(buf[:0], r)
			io.Discard.Write(buf)
		}
	}
}

// BenchmarkExtractNews times the event analysis of "timeline extract" on
// the news records, with and without the grammatical analysis (--fast),
// the records decoded beforehand.
func BenchmarkExtractNews(b *testing.B) {
	lines := newsRecords(b)
	docs := make([]input.Document, len(lines))
	for i, l := range lines {
		d, err := input.ParseRecord("news.jsonl", i+1, bytes.Clone(l))
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = d
	}
	for _, bc := range []struct {
		name string
		cfg  timeline.Config
	}{{"syntax", timeline.Config{}}, {"fast", timeline.Config{NoSyntax: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(size(lines))
			for b.Loop() {
				for i, d := range docs {
					timeline.AnalyzeDocument(d, i, bc.cfg)
				}
			}
		})
	}
}
