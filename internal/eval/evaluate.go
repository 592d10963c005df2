package eval

import (
	"context"
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/parse"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// Tagged runs the tagger over gold documents, each with its own creation
// date as the reference, and returns the system documents to [Score]
// against them, in the same order. Documents are tagged by up to workers
// goroutines; the result does not depend on the number.
func Tagged(gold []Doc, cfg timeline.Config, workers int) ([]Doc, error) {
	results, err := analyzeGold(len(gold), func(i int) (string, string, string) { return gold[i].ID, gold[i].DCT, gold[i].Text }, cfg, workers)
	if err != nil {
		return nil, err
	}
	out := make([]Doc, len(results))
	for i, r := range results {
		out[i] = Doc{ID: r.Doc.ID, Timex: scoreTimexes(r.Tag.Timexes)}
	}
	return out, nil
}

// Timelines runs the whole pipeline over gold documents, each with its own
// creation date as the reference, and returns the events of each, in the
// order of gold, for [ScoreEvents].
func Timelines(gold []EventDoc, cfg timeline.Config, workers int) ([][]timeline.Event, error) {
	results, err := analyzeGold(len(gold), func(i int) (string, string, string) { return gold[i].ID, gold[i].DCT, gold[i].Text }, cfg, workers)
	if err != nil {
		return nil, err
	}
	out := make([][]timeline.Event, len(results))
	for i, r := range results {
		out[i] = r.Events
	}
	return out, nil
}

// analyzeGold analyses n gold documents, doc(i) giving the id, creation
// date and text of the i-th; each is read against its own creation date,
// whatever reference cfg holds.
func analyzeGold(n int, doc func(int) (id, dct, text string), cfg timeline.Config, workers int) ([]timeline.Result, error) {
	docs := make([]input.Document, n)
	for i := range docs {
		id, dct, text := doc(i)
		docs[i] = input.Document{File: id, ID: id, Text: []byte(text)}
		if dct != "" {
			t, err := input.ParseRef(dct)
			if err != nil {
				return nil, fmt.Errorf("document %q: %w", id, err)
			}
			docs[i].Ref = t
		}
	}
	cfg.Ref = time.Time{}
	results, err := timeline.AnalyzeAll(context.Background(), docs, cfg, workers)
	for _, r := range results {
		if err == nil {
			err = r.Err
		}
	}
	return results, err
}

func scoreTimexes(xs []parse.Timex) []Timex {
	out := make([]Timex, 0, len(xs))
	for _, x := range xs {
		out = append(out, Timex{Start: x.Start, End: x.End, Text: x.Text, Type: x.Type.String(), Value: x.Value, Mod: x.Mod})
	}
	return out
}
