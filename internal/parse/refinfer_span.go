package parse

import (
	"bytes"
	"strconv"
	"time"
)

// News measures a stretch that runs up to the day of writing against the
// date it began: "won the shield for the first time since 1997 ... I've
// waited twenty years", "lodged its appeal in January 2017 and waited 17
// months for the ruling", "spent 17 years building" a peace signed in
// 1998. A span of years or months told outside the future, counted from
// one of the past dates the text names, lands near the reference. The
// text seldom says which date a span counts from, so the cue allows the
// end of the span from each of them, and counts once: a preference, not
// a bound.

// spanStart is an explicit date with its year that a span may count
// from: its first day and its precision.
type spanStart struct {
	b time.Time
	p Precision
}

// spanLen returns the length of a duration that may run to the day of
// writing, in years or months: two years or more, or six months or more
// ("waited 17 months"); a shorter one is mostly how long an event lasted.
func spanLen(m Mention) (n int, unit byte, ok bool) {
	if m.Type != Duration || len(m.Dur) < 3 || m.Dur[0] != 'P' {
		return 0, 0, false
	}
	unit = m.Dur[len(m.Dur)-1]
	n, err := strconv.Atoi(m.Dur[1 : len(m.Dur)-1])
	if err != nil {
		return 0, 0, false
	}
	switch {
	case unit == 'Y' && n >= 2, unit == 'M' && n >= 6:
		return n, unit, true
	}
	return 0, 0, false
}

// spanCues returns the cues of the spans of ms that run to the day of
// writing: for each, the days from the span's length after one of the
// starts to a unit later, one group per span. It raises yHi to the last
// year the spans reach, so that the cues that repeat each year are laid
// out there too.
func spanCues(r *recognizer, ms []Mention, ctx []mentionContext, starts []spanStart, yHi *int) []cue {
	if len(starts) == 0 {
		return nil
	}
	var cs []cue
	kind := 0
	for i, m := range ms {
		n, unit, ok := spanLen(m)
		if !ok || !runsToNow(r, m, ctx[i]) {
			continue
		}
		text := string(r.src[m.Start:m.End])
		for _, s := range starts {
			if unit == 'M' && s.p < Month {
				continue // a year is too coarse to count months from
			}
			e := periodEnd(s.b, s.p)
			add := func(t time.Time, k int) time.Time {
				if unit == 'Y' {
					return t.AddDate(k, 0, 0)
				}
				return t.AddDate(0, k, 0)
			}
			// The span may end up to a unit after its length from any day
			// of the start; it likeliest ends within the start's period
			// moved on by the span, or a unit from its first day.
			lo := dayNum(add(s.b, n))
			cs = append(cs, cue{lo: lo, hi: dayNum(add(e, n+1)) - 1, weight: wSpan, text: text, kind: kind})
			if unit == 'M' || n%5 != 0 {
				// a round number of years ("twenty years") is told
				// loosely
				cs = append(cs, cue{lo: lo, hi: max(dayNum(add(e, n)), dayNum(add(s.b, n+1))) - 1, weight: wNear, text: text, kind: kind + 1})
			}
			*yHi = max(*yHi, add(e, n+1).Year())
		}
		kind += 2
	}
	return cs
}

// runsToNow reports whether the duration m, of context c, may be a span
// that runs from a date the text names to the day of writing. Not a plan
// (told in the future, or "within 18 months"), a limit ("up to five
// years", "sentenced to nine years"), a span the text names as a period
// ("the past 20 years", "the six months ended Aug. 12"), whose start it
// does not name, nor a word that qualifies a noun ("a two-year option",
// "a 22-year-old resident").
func runsToNow(r *recognizer, m Mention, c mentionContext) bool {
	text := r.src[m.Start:m.End]
	if c.tense == Future || m.Mod == "EQUAL_OR_LESS" || m.Mod == "LESS_THAN" || startsThe(text) || bytes.ContainsRune(text, '-') {
		return false
	}
	a := c.a - 1
	if r.isWord(a, "to") || r.isWord(a, "within") || r.isWord(a, "next") || r.isWord(a, "past") || r.isWord(a, "last") {
		return false
	}
	return !r.punct(c.b, '-') && !r.isWord(c.b, "old")
}
