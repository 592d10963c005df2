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
		d, err := goldDocument(g.ID, g.DCT, g.Text)
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	cfg.Ref = time.Time{} // each document is read against its own creation date
	results := AnalyzeAll(docs, cfg, workers)
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
		d, err := goldDocument(g.ID, g.DCT, g.Text)
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	cfg.Ref = time.Time{}
	results := AnalyzeAll(docs, cfg, workers)
	out := make([][]Event, len(results))
	for i, r := range results {
		out[i] = r.Events
	}
	return out, nil
}

// goldDocument makes the document of a gold record.
func goldDocument(id, dct, text string) (Document, error) {
	d := Document{File: id, ID: id, Text: []byte(text)}
	if dct != "" {
		t, err := ParseRef(dct)
		if err != nil {
			return d, fmt.Errorf("document %q: %w", id, err)
		}
		d.Ref = t
	}
	return d, nil
}

func scoreTimexes(xs []parse.Timex) []ScoreTimex {
	out := make([]ScoreTimex, 0, len(xs))
	for _, x := range xs {
		out = append(out, ScoreTimex{Start: x.Start, End: x.End, Text: x.Text, Type: x.Type.String(), Value: x.Value, Mod: x.Mod})
	}
	return out
}
