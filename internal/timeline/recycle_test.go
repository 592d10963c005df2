package timeline

import (
	"context"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/timeline-dev/timeline/internal/input"
)

// TestProcessBlocks checks that a run whose input blocks are recycled
// gives the results of one whose blocks are not, in order, whatever the
// number of workers, and that the text of each document is intact until
// its result has been emitted (run with -race).
func TestProcessBlocks(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	for i := 0; i < 3000; i++ {
		switch {
		case i%211 == 7:
			sb.WriteString(`{"id": broken` + "\n")
		case i%499 == 3:
			// longer than a block
			fmt.Fprintf(&sb, `{"id":"long%d","date":"2025-01-10","text":"%s It ends on 9 June."}`+"\n", i, strings.Repeat("Nothing happened on 4 May. ", 3000))
		case i%97 == 5:
			// escapes, unquoted in place, and a byte that is not UTF-8,
			// which sends the record to encoding/json
			fmt.Fprintf(&sb, "{\"id\":\"esc%d\",\"date\":\"2025-01-10\",\"text\":\"Caf\\u00e9 \\\"opened\\\" on 3 March.\\nIt shut \xff on Friday.\"}\n", i)
		default:
			fmt.Fprintf(&sb, `{"id":"d%d","date":"2025-01-%02d","text":"Talks were held on %d January. They resume on %d March, %s"}`+"\n",
				i, i%28+1, i%28+1, i%9+1, strings.Repeat("said officials. ", i%40))
		}
	}
	corpus := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(corpus, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	files := []string{corpus, filepath.Join(dir, "missing.jsonl"), corpus}
	run := func(workers int, blocks *input.Blocks) (got, errs []string) {
		prepare := func(r *Result) {
			// what the worker saw, and a checksum of the text, which emit
			// checks against the text it sees
			out := fmt.Appendf(nil, "%08x %s", crc32.ChecksumIEEE(r.Doc.Text), r.Doc.ID)
			for _, d := range DateRows(*r) {
				out = fmt.Appendf(out, " %d-%d %q %s", d.Start, d.End, d.Text, d.Value)
			}
			r.Output = out
		}
		emit := func(r Result) error {
			if sum := fmt.Sprintf("%08x", crc32.ChecksumIEEE(r.Doc.Text)); !strings.HasPrefix(string(r.Output), sum) {
				t.Errorf("%s: text changed between prepare and emit", r.Doc.ID)
			}
			got = append(got, string(r.Output))
			return nil
		}
		perrs, err := Process(context.Background(), files, nil, input.Options{Blocks: blocks}, Config{DatesOnly: true}, workers, prepare, emit)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range perrs {
			errs = append(errs, e.Error())
		}
		return got, errs
	}
	want, wantErrs := run(1, nil)
	if len(want) < 5000 || len(wantErrs) < 20 {
		t.Fatalf("got %d results and %d errors: the corpus is not read", len(want), len(wantErrs))
	}
	for _, tc := range []struct {
		name    string
		workers int
		blocks  bool
	}{
		{"1 worker, recycled", 1, true},
		{"2 workers", 2, false},
		{"2 workers, recycled", 2, true},
		{"5 workers, recycled", 5, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bs *input.Blocks
			if tc.blocks {
				bs = input.NewBlocks()
			}
			got, errs := run(tc.workers, bs)
			if !slices.Equal(errs, wantErrs) {
				t.Errorf("errors differ:\ngot  %q\nwant %q", errs, wantErrs)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d results, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("result %d:\ngot  %.200q\nwant %.200q", i, got[i], want[i])
				}
			}
		})
	}
}

// TestInFlight checks that no more results than InFlight says wait
// between prepare and emit.
func TestInFlight(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&sb, `{"id":"d%d","date":"2025-01-10","text":"It opened on %d May."}`+"\n", i, i%28+1)
	}
	corpus := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(corpus, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 4} {
		var waiting, most atomic.Int64
		prepare := func(*Result) {
			n := waiting.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
		}
		emit := func(Result) error {
			waiting.Add(-1)
			return nil
		}
		if _, err := Process(context.Background(), []string{corpus}, nil, input.Options{}, Config{DatesOnly: true}, workers, prepare, emit); err != nil {
			t.Fatal(err)
		}
		if got, limit := most.Load(), int64(InFlight(workers)); got > limit {
			t.Errorf("%d workers: %d results waited at once, more than InFlight's %d", workers, got, limit)
		}
	}
}
