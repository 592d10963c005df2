package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	clock := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	p := newProgress(&b, true)
	p.now = func() time.Time { return clock }
	p.start = clock
	p.add(1000) // within the first second: silent
	if b.Len() != 0 {
		t.Fatalf("printed during the first second: %q", b.String())
	}
	clock = clock.Add(2 * time.Second)
	p.add(3_000_000)
	if got := b.String(); !strings.Contains(got, "2 documents, 1 docs/s, 1.5 MB/s") {
		t.Errorf("progress line %q", got)
	}
	n := b.Len()
	clock = clock.Add(50 * time.Millisecond)
	p.add(10)
	if b.Len() != n {
		t.Errorf("redrawn within 200 ms")
	}
	p.done()
	if !strings.HasSuffix(b.String(), "\r\x1b[K") {
		t.Errorf("the line is not cleared at the end: %q", b.String())
	}
	var off bytes.Buffer
	q := newProgress(&off, false)
	q.start = time.Time{}
	q.add(5)
	q.done()
	if off.Len() != 0 {
		t.Errorf("an off progress printed %q", off.String())
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
