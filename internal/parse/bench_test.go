package parse_test

import (
	"bytes"
	"testing"

	"github.com/timeline-dev/timeline/internal/parse"
)

// benchInputs returns the example article and a larger text made of 50
// copies of it, separated by blank lines.
func benchInputs(b *testing.B) []struct {
	name string
	src  []byte
} {
	b.Helper()
	art := readArticle(b)
	big := bytes.Repeat(append(bytes.Clone(art), "\n\n"...), 50)
	return []struct {
		name string
		src  []byte
	}{
		{"article", art},
		{"article-x50", big},
	}
}

func BenchmarkScan(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.src)))
			for b.Loop() {
				parse.Scan(in.src)
			}
		})
	}
}

func BenchmarkRecognize(b *testing.B) {
	for _, in := range benchInputs(b) {
		toks := parse.Scan(in.src)
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.src)))
			for b.Loop() {
				parse.Recognize(in.src, toks)
			}
		})
	}
}

func BenchmarkTag(b *testing.B) {
	for _, in := range benchInputs(b) {
		opts := parse.Options{Ref: mustDate(b, "2025-01-10"), Now: fixedNow}
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.src)))
			for b.Loop() {
				parse.Tag(in.src, opts)
			}
		})
	}
}

// BenchmarkTagInferRef measures Tag when it must infer the reference date.
func BenchmarkTagInferRef(b *testing.B) {
	for _, in := range benchInputs(b) {
		opts := parse.Options{Now: fixedNow}
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.src)))
			for b.Loop() {
				parse.Tag(in.src, opts)
			}
		})
	}
}
