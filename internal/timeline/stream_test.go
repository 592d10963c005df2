package timeline_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/render"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// streamEvents are the events of the bundled articles, sorted.
func streamEvents(t *testing.T) []timeline.Event {
	t.Helper()
	var docs []input.Document
	for _, text := range []string{
		"Iran held talks with France in Geneva on 13 January 2025. Iran will visit Moscow on 17 January 2025.",
		"France and Iran held talks in Geneva on 13 January 2025. The EU imposed sanctions on Iran in May 2024.",
		"The EU extended sanctions on Iran in May 2024. Russia and Iran signed a treaty on 17 January 2025.",
		"Chile and Peru held talks on 13 January 2025 in Lima.",
	} {
		docs = append(docs, input.Document{File: "d" + string(rune('a'+len(docs))) + ".txt", ID: "d" + string(rune('a'+len(docs))) + ".txt", Text: []byte(text)})
	}
	results, err := timeline.AnalyzeAll(context.Background(), docs, timeline.Config{Ref: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)}, 2)
	if err != nil {
		t.Fatal(err)
	}
	events := timeline.Events(results)
	if len(events) < 6 {
		t.Fatalf("only %d events", len(events))
	}
	return events
}

// TestMergeStreams checks that merging sorted shards gives what one sort
// of all the events gives, with and without joining and filtering.
func TestMergeStreams(t *testing.T) {
	all := streamEvents(t)
	filters := []timeline.Filter{{}, {Types: []string{"talks"}}, {Actors: []string{"iran"}}}
	r := rand.New(rand.NewSource(7))
	for round := 0; round < 10; round++ {
		// deal the events into 1 to 4 shards, each kept sorted
		n := 1 + r.Intn(4)
		shards := make([][]timeline.Event, n)
		for _, e := range all {
			k := r.Intn(n)
			shards[k] = append(shards[k], e)
		}
		for _, join := range []bool{false, true} {
			for _, f := range filters {
				want := all
				if join {
					want = timeline.MergeSources(want)
				}
				want = f.Apply(want)
				var readers []*timeline.EventReader
				for i, s := range shards {
					var b bytes.Buffer
					if err := render.Write(&b, render.JSONL, nil, s, render.Options{}); err != nil {
						t.Fatal(err)
					}
					readers = append(readers, timeline.NewEventReader(&b, "shard"+string(rune('0'+i))))
				}
				var got []timeline.Event
				errs, err := timeline.MergeStreams(readers, join, f, func(e timeline.Event) error { got = append(got, e); return nil })
				if err != nil || len(errs) > 0 {
					t.Fatalf("MergeStreams: %v %v", err, errs)
				}
				var gb, wb bytes.Buffer
				_ = render.Write(&gb, render.JSONL, nil, got, render.Options{})
				_ = render.Write(&wb, render.JSONL, nil, want, render.Options{})
				if gb.String() != wb.String() {
					t.Fatalf("round %d, %d shards, join %v, filter %+v:\ngot\n%s\nwant\n%s", round, n, join, f, gb.String(), wb.String())
				}
			}
		}
	}
}

func TestMergeStreamsBadInput(t *testing.T) {
	all := streamEvents(t)
	var good bytes.Buffer
	if err := render.Write(&good, render.JSONL, nil, all, render.Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(good.String(), "\n"), "\n")
	// a malformed line in the middle is skipped and reported with its line
	broken := strings.Join(lines[:2], "") + "{not json\n" + strings.Join(lines[2:], "")
	var got []timeline.Event
	errs, err := timeline.MergeStreams([]*timeline.EventReader{timeline.NewEventReader(strings.NewReader(broken), "b.jsonl")}, false, timeline.Filter{},
		func(e timeline.Event) error { got = append(got, e); return nil })
	if err != nil || len(errs) != 1 || !strings.Contains(errs[0].Error(), "b.jsonl:3:") || len(got) != len(all) {
		t.Errorf("malformed line: %d events of %d, errors %v, %v", len(got), len(all), errs, err)
	}
	// an unsorted stream is reported and read no further
	swapped := lines[1] + lines[0] + strings.Join(lines[2:], "")
	got = nil
	errs, _ = timeline.MergeStreams([]*timeline.EventReader{timeline.NewEventReader(strings.NewReader(swapped), "u.jsonl")}, false, timeline.Filter{},
		func(e timeline.Event) error { got = append(got, e); return nil })
	if len(errs) != 1 || !errors.Is(errs[0], timeline.ErrUnsorted) || !strings.Contains(errs[0].Error(), "u.jsonl:2:") || len(got) != 1 {
		t.Errorf("unsorted stream: %d events, errors %v", len(got), errs)
	}
	// an error from emit stops the merge
	stop := errors.New("stop")
	_, err = timeline.MergeStreams([]*timeline.EventReader{timeline.NewEventReader(strings.NewReader(good.String()), "g")}, false, timeline.Filter{}, func(timeline.Event) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("emit error: got %v", err)
	}
}

// FuzzEventReader checks that reading any stream never panics.
func FuzzEventReader(f *testing.F) {
	f.Add(`{"date":"2025-01-13","type":"talks","mentions":[{"file":"a","doc":"a","start":3}]}` + "\n" + `{"date":"2024"}`)
	f.Add("\xef\xbb\xbf{}\n\n{\"date\":\"x\"}")
	f.Fuzz(func(t *testing.T, s string) {
		er := timeline.NewEventReader(strings.NewReader(s), "f")
		for i := 0; i < 1000; i++ {
			if _, err := er.Next(); err != nil && (errors.Is(err, timeline.ErrUnsorted) || !timeline.IsLineError(err)) {
				return
			}
		}
	})
}
