package input

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
)

// TestBlocksHeld reads inputs with recycled blocks, keeping some lines
// unreleased to the end and releasing the others at once or a few lines
// later, each changed before it is released as a caller may change it:
// the lines must be the ones read without recycling, and a line still
// held must not change, whatever was read after it into recycled blocks.
func TestBlocksHeld(t *testing.T) {
	long := strings.Repeat("x", 100<<10)
	short := strings.Repeat("a short line of text\n", 20000)
	tests := []struct {
		name string
		in   string
		hold func(line int) bool // lines held to the end
		lag  int                 // lines held at once before their release
		max  int64
	}{
		{name: "none held", in: short},
		{name: "none held, lag", in: short, lag: 50},
		{name: "every 1000th held", in: short, hold: func(l int) bool { return l%1000 == 1 }},
		{name: "every 7th held, lag", in: short, hold: func(l int) bool { return l%7 == 0 }, lag: 300},
		{name: "all held", in: short, hold: func(int) bool { return true }},
		{name: "long lines", in: "a\n" + long + "\nb\n" + long + "\n" + short, hold: func(l int) bool { return l == 1 || l == 4 }},
		{name: "too long skipped", in: short + long + "\n" + short, hold: func(l int) bool { return l%3 == 0 }, max: 64 << 10},
		{name: "across blocks", in: strings.Repeat(strings.Repeat("y", 40<<10)+"\n", 12), hold: func(l int) bool { return l%2 == 0 }, lag: 2},
		{name: "no final break", in: short + "last", hold: func(l int) bool { return l == 20001 }},
	}
	readers := map[string]func(string) io.Reader{
		"plain": func(s string) io.Reader { return strings.NewReader(s) },
		"half":  func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
	}
	for _, tc := range tests {
		for rn, rd := range readers {
			t.Run(tc.name+"/"+rn, func(t *testing.T) {
				var want []string
				if err := eachLineMax(rd(tc.in), "in", tc.max, func(line int, b []byte) error {
					want = append(want, fmt.Sprintf("%d %s", line, b))
					return nil
				}, func(int) {}); err != nil {
					t.Fatal(err)
				}
				type held struct {
					line int
					b    []byte
					blk  *Block
					was  string
				}
				var got []string
				var kept, queue []held
				release := func(h held) {
					if string(h.b) != h.was {
						t.Errorf("line %d changed while held:\ngot  %.60q\nwant %.60q", h.line, h.b, h.was)
					}
					for i := range h.b {
						h.b[i] = '#'
					}
					h.blk.Release()
				}
				bs := NewBlocks()
				err := eachLineBlocks(rd(tc.in), "in", tc.max, bs, func(line int, b []byte, blk *Block) error {
					if blk == nil {
						t.Fatalf("line %d: no block", line)
					}
					got = append(got, fmt.Sprintf("%d %s", line, b))
					h := held{line: line, b: b, blk: blk, was: string(b)}
					switch {
					case tc.hold != nil && tc.hold(line):
						kept = append(kept, h)
					default:
						queue = append(queue, h)
						if len(queue) > tc.lag {
							release(queue[0])
							queue = queue[1:]
						}
					}
					return nil
				}, func(int) {})
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range append(queue, kept...) {
					release(h)
				}
				if len(got) != len(want) {
					t.Fatalf("got %d lines, want %d", len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("line %d:\ngot  %.60q\nwant %.60q", i, got[i], want[i])
					}
				}
				if tc.hold == nil {
					// the lines all came back soon: a few blocks serve
					if n := bs.made.Load(); n > 3+int64(tc.lag) {
						t.Errorf("made %d blocks for %d bytes with every line released", n, len(tc.in))
					}
				}
			})
		}
	}
}

// TestBlocksConcurrent hands the records of a corpus to two goroutines,
// which check each, change it and release it while the reader reads on
// into the blocks that come back (run with -race).
func TestBlocksConcurrent(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 30000; i++ {
		fmt.Fprintf(&sb, `{"id":"r%d","date":"2025-01-10","text":"Talks resume on %d March.\n"}`+"\n", i, i%28+1)
	}
	type rec struct {
		p    Pending
		want string
	}
	recs := make(chan rec, 64)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range recs {
				d, err := r.p.Document()
				if err != nil || string(d.Text) != r.want {
					mu.Lock()
					bad = append(bad, fmt.Sprintf("%s: got %q (%v), want %q", d.ID, d.Text, err, r.want))
					mu.Unlock()
				}
				for i := range d.Text {
					d.Text[i] = '#'
				}
				r.p.Block().Release()
			}
		}()
	}
	bs := NewBlocks()
	n := 0
	err := Each(strings.NewReader(sb.String()), "c.jsonl", Options{Kind: KindJSONL, Blocks: bs}, func(p Pending) error {
		recs <- rec{p: p, want: fmt.Sprintf("Talks resume on %d March.\n", n%28+1)}
		n++
		return nil
	})
	close(recs)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if n != 30000 {
		t.Errorf("got %d records, want 30000", n)
	}
	for _, b := range bad[:min(len(bad), 5)] {
		t.Error(b)
	}
	if made := bs.made.Load(); made > 80 {
		t.Errorf("made %d blocks for %d bytes", made, sb.Len())
	}
}

// TestBlockRelease checks that a block comes back only with its last
// release, and that one release too many is caught.
func TestBlockRelease(t *testing.T) {
	bs := NewBlocks()
	b := bs.get(blockSize)
	b.hold()
	b.Release()
	if len(bs.free) != 0 {
		t.Fatal("block came back while still held")
	}
	b.Release()
	if len(bs.free) != 1 {
		t.Fatal("block did not come back with its last release")
	}
	if got := bs.get(100); got != b || got.refs.Load() != 1 {
		t.Fatal("the block that came back was not used again")
	}
	b.Release()
	defer func() {
		if recover() == nil {
			t.Error("a release too many did not panic")
		}
	}()
	b.Release()
}

// TestReadWithoutBlocks checks that lines read without recycling have no
// block, and that bytes.Equal holds between the two ways (a sanity check
// of the test's reader).
func TestReadWithoutBlocks(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"x\"}\n"
	if err := Each(strings.NewReader(in), "c.jsonl", Options{Kind: KindJSONL}, func(p Pending) error {
		if p.Block() != nil {
			t.Error("a record read without blocks has one")
		}
		if !bytes.Equal(p.raw, []byte(in[:len(in)-1])) {
			t.Errorf("got %q", p.raw)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
