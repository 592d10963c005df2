package parse_test

import (
	"os"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/parse"
)

// maxFuzzLen bounds fuzz inputs: longer ones are skipped, so the fuzzer
// spends its time on shapes rather than on length.
const maxFuzzLen = 4 << 10

// fuzzSeeds returns the inputs of the table tests, a few scanner edge
// cases, and the example article.
func fuzzSeeds(tb testing.TB) []string {
	tb.Helper()
	var seeds []string
	for _, cases := range [][]tagCase{recognizeCases, resolveCases} {
		for _, tc := range cases {
			seeds = append(seeds, tc.in)
		}
	}
	seeds = append(seeds,
		"", " ", "\n\n", "17th", "17thx", "Iran’s", "Pezeshkián", "‘strategic’", "17\u00a0January",
		"a\xffb", "\xe2\x80", "9/12/", "2024-", "2024-13-01", "29 February", "31 April 2024",
		"Q5 2024", "the 0th", "99999999999 years ago", "from 13 to", "between 2017 and 2015",
		"at 25:99", "12 p.m. 12 a.m.", "the end of the", "last", "the day before",
	)
	if src, err := os.ReadFile(articlePath); err == nil {
		seeds = append(seeds, string(src))
	}
	return seeds
}

// hangTimeout is how long one call may take before the fuzz target
// reports the input as a hang. Go's fuzzer has no timeout of its own: a
// worker caught in an endless loop spins silently until -fuzztime ends and
// the run still passes.
const hangTimeout = 5 * time.Second

// call runs fn in its own goroutine. A panic fails the test with the input
// and the stack; a call that does not return within hangTimeout fails it
// with the stacks of all goroutines (the spinning one is left behind).
func call(t *testing.T, src []byte, fn func()) {
	t.Helper()
	type outcome struct {
		panicked bool
		value    any
		stack    string
	}
	done := make(chan outcome, 1)
	go func() {
		panicked := true
		defer func() {
			if !panicked {
				done <- outcome{}
				return
			}
			r := recover()
			done <- outcome{true, r, string(debug.Stack())}
		}()
		fn()
		panicked = false
	}()
	timer := time.NewTimer(hangTimeout)
	defer timer.Stop()
	select {
	case o := <-done:
		if !o.panicked {
			return
		}
		t.Fatalf("panic on input %q: %v\n%s", src, o.value, o.stack)
	case <-timer.C:
		buf := make([]byte, 1<<20)
		stacks := string(buf[:runtime.Stack(buf, true)])
		t.Fatalf("no result after %v on input %q (%d bytes)\n%s", hangTimeout, src, len(src), stacks)
	}
}

// isSkippedSpace reports whether the scanner may skip r as white space.
func isSkippedSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\f', '\v', '\n', '\u00a0', '\u2009', '\u202f', '\u2028', '\u2029', '\u200b', '\ufeff':
		return true
	}
	return false
}

func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > maxFuzzLen {
			t.Skip()
		}
		var toks []parse.Token
		call(t, src, func() { toks = parse.Scan(src) })
		prev := 0
		for i, tk := range toks {
			if tk.Kind != parse.Word && tk.Kind != parse.Number && tk.Kind != parse.Punct {
				t.Fatalf("token %d has kind %v", i, tk.Kind)
			}
			if tk.Start < prev || tk.Start >= tk.End || tk.End > len(src) {
				t.Fatalf("token %d [%d,%d) out of order or bounds (previous end %d, len %d)", i, tk.Start, tk.End, prev, len(src))
			}
			// Only white space lies between tokens.
			for gap := src[prev:tk.Start]; len(gap) > 0; {
				r, n := utf8.DecodeRune(gap)
				if !isSkippedSpace(r) {
					t.Fatalf("token %d: %q skipped before it is not white space", i, gap)
				}
				gap = gap[n:]
			}
			if tk.Kind == parse.Number && (src[tk.Start] < '0' || src[tk.Start] > '9') {
				t.Fatalf("number token %d %q does not start with a digit", i, src[tk.Start:tk.End])
			}
			prev = tk.End
		}
		for gap := src[prev:]; len(gap) > 0; {
			r, n := utf8.DecodeRune(gap)
			if !isSkippedSpace(r) {
				t.Fatalf("trailing %q is not white space", gap)
			}
			gap = gap[n:]
		}
	})
}

func FuzzRecognize(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > maxFuzzLen {
			t.Skip()
		}
		var ms []parse.Mention
		call(t, src, func() { ms = parse.Recognize(src, parse.Scan(src)) })
		prevEnd := 0
		for i, m := range ms {
			if m.Start < 0 || m.Start > m.End || m.End > len(src) {
				t.Fatalf("mention %d [%d,%d) out of bounds (len %d)", i, m.Start, m.End, len(src))
			}
			if m.Start < prevEnd {
				t.Fatalf("mention %d [%d,%d) %q starts before the previous one ends at %d", i, m.Start, m.End, src[m.Start:m.End], prevEnd)
			}
			prevEnd = m.End
		}
	})
}

var (
	isoDay    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	isoMonth  = regexp.MustCompile(`^\d{4}-\d{2}$`)
	dayPrefix = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
)

// checkCalendar fails when a day-precise value names no real day.
func checkCalendar(t *testing.T, i int, x parse.Timex) {
	t.Helper()
	d := dayPrefix.FindString(x.Value)
	if d == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		t.Fatalf("timex %d %q has value %q, not a calendar day: %v", i, x.Text, x.Value, err)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	// a dateline without a year, on a day that not every year has
	f.Add([]byte("WASHINGTON, Feb 29 (Reuters) - The vote is expected on March 20."), false)
	ref := mustDate(f, "2025-01-10")
	f.Fuzz(func(t *testing.T, src []byte, withRef bool) {
		if len(src) > maxFuzzLen {
			t.Skip()
		}
		opts := parse.Options{Now: fixedNow}
		if withRef {
			opts.Ref = ref
		}
		var res parse.Result
		call(t, src, func() { res = parse.Tag(src, opts) })
		prevStart := 0
		for i, x := range res.Timexes {
			if x.Start < 0 || x.Start > x.End || x.End > len(src) {
				t.Fatalf("timex %d [%d,%d) out of bounds (len %d)", i, x.Start, x.End, len(src))
			}
			if x.Text != string(src[x.Start:x.End]) {
				t.Fatalf("timex %d: Text %q, want src[%d:%d] = %q", i, x.Text, x.Start, x.End, src[x.Start:x.End])
			}
			if x.Start < prevStart {
				t.Fatalf("timex %d %q at %d comes before the previous one at %d", i, x.Text, x.Start, prevStart)
			}
			prevStart = x.Start
			if x.Value == "" {
				t.Fatalf("timex %d %q (%v) has no value", i, x.Text, x.Type)
			}
			checkCalendar(t, i, x)
		}

		// Determinism: the same input gives the same result.
		again := parse.Tag(src, opts)
		if !reflect.DeepEqual(res, again) {
			t.Fatalf("Tag(%q) differs between two runs\ngot:  %+v\nthen: %+v", src, res.Timexes, again.Timexes)
		}

		// A normalized calendar value, tagged as text, normalizes to itself.
		for _, x := range res.Timexes {
			if x.Type != parse.Date || !isoDay.MatchString(x.Value) && !isoMonth.MatchString(x.Value) {
				continue
			}
			norm := parse.Tag([]byte(x.Value), parse.Options{Ref: ref, Now: fixedNow})
			if len(norm.Timexes) != 1 || norm.Timexes[0].Value != x.Value {
				t.Fatalf("value %q of %q does not normalize to itself: %q", x.Value, x.Text, describeAll(norm))
			}
		}
	})
}
