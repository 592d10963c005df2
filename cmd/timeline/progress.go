package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// progress shows on a terminal how far a long run has got: documents,
// documents a second and megabytes a second, on one line that it
// rewrites. It stays silent for its first second, so short runs print
// nothing, and when it is off (standard error is not a terminal, or
// --quiet).
type progress struct {
	w              io.Writer
	on             bool
	start, last    time.Time
	docs           int
	bytes          int64
	shown          bool
	now            func() time.Time
	every, silence time.Duration
}

func newProgress(w io.Writer, on bool) *progress {
	p := &progress{w: w, on: on, now: time.Now, every: 200 * time.Millisecond, silence: time.Second}
	p.start = p.now()
	return p
}

// add counts one document of n bytes, and redraws the line when it is due.
func (p *progress) add(n int) {
	p.docs++
	p.bytes += int64(n)
	if !p.on {
		return
	}
	t := p.now()
	if t.Sub(p.start) < p.silence || t.Sub(p.last) < p.every {
		return
	}
	p.last = t
	secs := t.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\x1b[K%s documents, %.0f docs/s, %.1f MB/s", thousands(p.docs), float64(p.docs)/secs, float64(p.bytes)/secs/1e6)
	p.shown = true
}

// clear removes the line before something else is printed.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// done clears the line at the end of the run.
func (p *progress) done() { p.clear() }

// thousands writes n with thin groups: 12,345.
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
