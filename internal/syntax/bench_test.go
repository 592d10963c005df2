package syntax

import (
	"os"
	"testing"
)

// benchText reads the article the benchmarks analyse.
func benchText(b *testing.B) string {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}

// BenchmarkParse tokenises, tags, lemmatises and parses a news article.
func BenchmarkParse(b *testing.B) {
	text := benchText(b)
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	p := m.NewParser()
	words := 0
	for _, s := range p.Parse(text) {
		words += len(s.Words)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkStage times the stages of [Parser.Parse] one by one on a
// news article: tokenising, tagging, lemmatising, parsing (moves and
// labels), and the label classifier alone over the arcs of the parsed
// trees.
func BenchmarkStage(b *testing.B) {
	text := benchText(b)
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	p := m.NewParser()
	var sents []Sentence
	var tagged [][]wordInfo
	words := 0
	for _, s := range p.Parse(text) {
		s.Words = append([]Word(nil), s.Words...)
		sents = append(sents, s)
		p.tagWords(&s)
		tagged = append(tagged, append([]wordInfo(nil), p.ws...))
		words += len(s.Words)
	}
	run := func(name string, fn func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				fn()
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
	run("tokenize", func() { p.tok.Split(text) })
	run("tag", func() {
		for i := range sents {
			p.tagWords(&sents[i])
		}
	})
	run("lemma", func() {
		for i := range sents {
			p.ws = tagged[i]
			p.lemmatize(&sents[i])
		}
	})
	run("parse", func() {
		for i := range sents {
			p.ws = tagged[i]
			p.parse(&sents[i])
		}
	})
	// The label classifier reads the finished trees.
	trees := make([]state, len(sents))
	for i := range sents {
		p.ws = tagged[i]
		p.parse(&sents[i])
		trees[i] = p.st.clone()
	}
	run("label", func() {
		for i := range sents {
			c := pctx{st: &trees[i], ws: tagged[i], coarse: m.coarse}
			for j, w := range sents[i].Words {
				if h := w.Head; h > 0 {
					p.label(&c, h, j+1)
				}
			}
		}
	})
}

// clone returns a copy of st that shares no memory with it.
func (st *state) clone() state {
	c := *st
	c.stack = append([]int(nil), st.stack...)
	for _, s := range []*[]int{&c.head, &c.label, &c.l1, &c.l2, &c.r1, &c.r2, &c.nl, &c.nr} {
		*s = append([]int(nil), (*s)...)
	}
	c.inStack = append([]bool(nil), st.inStack...)
	c.ls, c.rs = append([]uint64(nil), st.ls...), append([]uint64(nil), st.rs...)
	return c
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
