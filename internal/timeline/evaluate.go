package timeline

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// Tagged runs the tagger over gold documents, each with its own creation
// date as the reference, and returns the system documents to [Score]
// against them, in the same order. Documents are tagged by up to workers
// goroutines; the result does not depend on the number.
func Tagged(gold []ScoreDoc, cfg Config, workers int) ([]ScoreDoc, error) {
	docs := make([]Document, len(gold))
	for i, g := range gold {
		docs[i] = Document{File: g.ID, ID: g.ID, Text: []byte(g.Text)}
	}
	results, err := analyzeGold(docs, func(i int) string { return gold[i].DCT }, cfg, workers)
	if err != nil {
		return nil, err
	}
	out := make([]ScoreDoc, len(results))
	for i, r := range results {
		out[i] = ScoreDoc{ID: r.Doc.ID, Timex: scoreTimexes(r.Tag.Timexes)}
	}
	return out, nil
}

// Timelines runs the whole pipeline over gold documents, each with its own
// creation date as the reference, and returns the events of each, in the
// order of gold, for [ScoreEvents].
func Timelines(gold []EventDoc, cfg Config, workers int) ([][]Event, error) {
	docs := make([]Document, len(gold))
	for i, g := range gold {
		docs[i] = Document{File: g.ID, ID: g.ID, Text: []byte(g.Text)}
	}
	results, err := analyzeGold(docs, func(i int) string { return gold[i].DCT }, cfg, workers)
	if err != nil {
		return nil, err
	}
	out := make([][]Event, len(results))
	for i, r := range results {
		out[i] = r.Events
	}
	return out, nil
}

// analyzeGold analyses gold documents, each against its own creation date
// dct(i), whatever reference cfg holds.
func analyzeGold(docs []Document, dct func(int) string, cfg Config, workers int) ([]Result, error) {
	for i := range docs {
		if s := dct(i); s != "" {
			t, err := ParseRef(s)
			if err != nil {
				return nil, fmt.Errorf("document %q: %w", docs[i].ID, err)
			}
			docs[i].Ref = t
		}
	}
	cfg.Ref = time.Time{}
	return AnalyzeAll(docs, cfg, workers), nil
}

func scoreTimexes(xs []parse.Timex) []ScoreTimex {
	out := make([]ScoreTimex, 0, len(xs))
	for _, x := range xs {
		out = append(out, ScoreTimex{Start: x.Start, End: x.End, Text: x.Text, Type: x.Type.String(), Value: x.Value, Mod: x.Mod})
	}
	return out
}
