package timeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/render"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// newsFile writes the news records to one JSON Lines file, as a corpus
// is given to "timeline dates".
func newsFile(b *testing.B) (string, int64) {
	b.Helper()
	lines := newsRecords(b)
	name := filepath.Join(b.TempDir(), "news.jsonl")
	if err := os.WriteFile(name, append(bytes.Join(lines, []byte("\n")), '\n'), 0o644); err != nil {
		b.Fatal(err)
	}
	return name, size(lines)
}

// BenchmarkStageRead times the reading of the records into blocks and
// their hand-over, each released at once, with the blocks made afresh
// and recycled.
func BenchmarkStageRead(b *testing.B) {
	name, n := newsFile(b)
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	for _, recycle := range []bool{false, true} {
		b.Run(fmt.Sprintf("recycle=%v", recycle), func(b *testing.B) {
			opts := input.Options{Kind: input.KindJSONL}
			if recycle {
				opts.Blocks = input.NewBlocks()
			}
			b.ReportAllocs()
			b.SetBytes(n)
			for b.Loop() {
				if err := input.Each(bytes.NewReader(data), "news.jsonl", opts, func(p input.Pending) error {
					p.Block().Release()
					return nil
				}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStageProcess times the whole of "timeline dates -f jsonl" but
// its start-up and its output: reading the corpus, tagging each record
// and rendering its line, with one worker and two, the input blocks and
// the timexes made afresh and recycled.
func BenchmarkStageProcess(b *testing.B) {
	name, n := newsFile(b)
	cfg := timeline.Config{Now: time.Date(2030, 6, 15, 0, 0, 0, 0, time.UTC), DatesOnly: true}
	for _, workers := range []int{1, 2} {
		for _, recycle := range []bool{false, true} {
			b.Run(fmt.Sprintf("j=%d/recycle=%v", workers, recycle), func(b *testing.B) {
				bufs := make(chan []byte, timeline.InFlight(workers)+4)
				prepare := func(r *timeline.Result) {
					var buf []byte
					select {
					case buf = <-bufs:
					default:
					}
					r.Output = render.AppendDatesJSONL(buf, *r)
				}
				emit := func(r timeline.Result) error {
					_, err := io.Discard.Write(r.Output)
					select {
					case bufs <- r.Output[:0]:
					default:
					}
					return err
				}
				b.ReportAllocs()
				b.SetBytes(n)
				for b.Loop() {
					in := input.Options{}
					if recycle {
						in.Blocks = input.NewBlocks()
					}
					if _, err := timeline.Process(context.Background(), []string{name}, nil, in, cfg, workers, prepare, emit); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
