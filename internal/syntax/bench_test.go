package syntax

import (
	"os"
	"testing"
)

// BenchmarkParse tokenises, tags, lemmatises and parses a news article.
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	p := m.NewParser()
	text := string(src)
	words := 0
	for _, s := range p.Parse(text) {
		words += len(s.Words)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoad decodes the embedded model.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var m Model
		if err := m.UnmarshalBinary(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
}
