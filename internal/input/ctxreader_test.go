package input

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// TestCtxReader checks that standard input read through ctxReader gives
// its bytes whatever the size of the reads, and that a read cut short by
// the context neither returns nor later writes bytes into the caller's
// buffer, while the reads before it reuse one buffer.
func TestCtxReader(t *testing.T) {
	text := strings.Repeat("0123456789abcdef", 20000)
	for _, tc := range []struct {
		name string
		r    func() io.Reader
		size int
	}{
		{"whole", func() io.Reader { return strings.NewReader(text) }, 64 << 10},
		{"halves", func() io.Reader { return iotest.HalfReader(strings.NewReader(text)) }, 64 << 10},
		{"one byte", func() io.Reader { return iotest.OneByteReader(strings.NewReader(text[:5000])) }, 100},
		{"small reads", func() io.Reader { return strings.NewReader(text) }, 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cr := &ctxReader{ctx: context.Background(), r: tc.r()}
			var got bytes.Buffer
			p := make([]byte, tc.size)
			for {
				n, err := cr.Read(p)
				got.Write(p[:n])
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			want := text
			if tc.name == "one byte" {
				want = text[:5000]
			}
			if got.String() != want {
				t.Errorf("got %d bytes, want %d", got.Len(), len(want))
			}
		})
	}

	t.Run("cancelled", func(t *testing.T) {
		pr, pw := io.Pipe()
		ctx, cancel := context.WithCancel(context.Background())
		cr := &ctxReader{ctx: ctx, r: pr}
		go pw.Write([]byte("before"))
		p := make([]byte, 16)
		if n, err := cr.Read(p); err != nil || string(p[:n]) != "before" {
			t.Fatalf("got %q, %v", p[:n], err)
		}
		copy(p, "untouched.......")
		go func() {
			time.Sleep(10 * time.Millisecond)
			cancel()
		}()
		if n, err := cr.Read(p); n != 0 || !errors.Is(err, context.Canceled) {
			t.Fatalf("got %d bytes, %v; want 0, %v", n, err, context.Canceled)
		}
		// the read left behind takes these bytes, into a buffer of its own
		if _, err := pw.Write([]byte("after, left")); err != nil {
			t.Fatal(err)
		}
		if string(p) != "untouched......." {
			t.Errorf("the caller's buffer changed: %q", p)
		}
		if _, err := cr.Read(p); !errors.Is(err, context.Canceled) {
			t.Errorf("read after cancellation: got %v, want %v", err, context.Canceled)
		}
	})

	t.Run("reuse", func(t *testing.T) {
		cr := &ctxReader{ctx: context.Background(), r: zeros{}}
		p := make([]byte, 64<<10)
		cr.Read(p)
		if got := testing.AllocsPerRun(50, func() { cr.Read(p) }); got > 1 {
			t.Errorf("%v allocations a read of 64 KiB, want at most 1 (the goroutine's closure)", got)
		}
	})
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}
