package parse

import (
	"bytes"
	"fmt"
	"strconv"
	"time"
)

// setRef chooses the reference date of a text that was given none: a
// dateline, else opts.Fallback, else one inferred from the text's own
// dates, else opts.Now. A dateline without a year ("WASHINGTON, Feb 14
// (Reuters) -") keeps its month and day and takes its year from the
// fallback, the inferred reference, or today's date. It reports whether
// the reference's year is a guess.
func (res *Result) setRef(r *recognizer, rs *resolver, ms []Mention, ctx []mentionContext, opts Options) bool {
	if d, k, why, ok := dateline(r, ms, false); ok {
		res.Ref, res.RefSource, res.RefReason = d, "dateline", why
		res.Dateline = k
		return false
	}
	_, k, why, yearless := dateline(r, ms, true)
	if !opts.Fallback.IsZero() {
		fb := dateOnly(opts.Fallback)
		res.Ref, res.RefSource, res.RefReason = fb, opts.FallbackSource, opts.FallbackReason
		if res.RefSource == "" {
			res.RefSource = "given"
		}
		if res.RefReason == "" {
			res.RefReason = "reference date given"
		}
		if yearless {
			if near, ok := nearestYear(ms[k].Month, ms[k].Day, fb); ok {
				res.RefReason = fmt.Sprintf("%s, in the year nearest to %s from %s", why, fb.Format("2006-01-02"), res.RefReason)
				res.Ref, res.RefSource, res.Dateline = near, "dateline", k
			}
		}
		return false
	}
	if d, inferred, b, ok := inferRef(rs, ms, ctx, k); ok {
		res.Ref, res.RefSource, res.RefReason = d, "inferred", inferred
		res.RefEarliest, res.RefLatest = b.allowed(dateOnly(opts.Now))
		if yearless {
			if near, ok := nearestYear(ms[k].Month, ms[k].Day, d); ok {
				res.Ref, res.RefSource, res.Dateline = near, "dateline", k
				res.RefReason = fmt.Sprintf("%s, in the year nearest to %s, the reference inferred %s", why, d.Format("2006-01-02"), inferred)
			}
		}
		if res.RefSource != "inferred" {
			res.RefEarliest, res.RefLatest = time.Time{}, time.Time{}
		}
		return res.RefSource == "inferred"
	}
	now := dateOnly(opts.Now)
	if yearless {
		if last, ok := lastOnOrBefore(ms[k].Month, ms[k].Day, now); ok {
			res.Ref, res.RefSource, res.Dateline = last, "dateline", k
			res.RefReason = fmt.Sprintf("%s, in the last year that had the day by today's date %s", why, now.Format("2006-01-02"))
			res.Warnings.Add(Pos{File: opts.File}, "the dateline has no year and nothing else dates the text; took "+last.Format("2006-01-02")+" from today's date (use --ref)")
			return true
		}
	}
	// No warning: RefSource "default" says it, and the caller, which
	// knows the document's name, reports it once.
	res.Ref, res.RefSource = now, "default"
	res.RefReason = "nothing in the text bounds the publication date; using today's date"
	return true
}

// nearestYear returns the day month/dayOfMonth closest to ref: in ref's
// year or in one of its neighbours, so that a dateline of 30 December
// read against an inferred 2 January falls in the year before. ok is
// false when none of the three years has the day (29 February).
func nearestYear(month, dayOfMonth int, ref time.Time) (time.Time, bool) {
	var best time.Time
	var bestGap time.Duration
	found := false
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if dayOfMonth > daysIn(y, month) {
			continue
		}
		d := day(y, month, dayOfMonth)
		gap := d.Sub(ref)
		if gap < 0 {
			gap = -gap
		}
		if !found || gap < bestGap {
			best, bestGap, found = d, gap, true
		}
	}
	return best, found
}

// lastOnOrBefore returns the latest day month/dayOfMonth that is not after
// now: a text cannot have been written after it is read. It looks back
// eight years at most, which finds every 29 February.
func lastOnOrBefore(month, dayOfMonth int, now time.Time) (time.Time, bool) {
	for y := now.Year(); y >= now.Year()-8; y-- {
		if dayOfMonth > daysIn(y, month) {
			continue
		}
		if d := day(y, month, dayOfMonth); !d.After(now) {
			return d, true
		}
	}
	return time.Time{}, false
}

// datelineLabels are words that open a line holding the publication date.
var datelineLabels = []string{"posted", "published", "updated", "date", "dated", "first published", "last updated", "released"}

// dateline finds a publication date near the top of the text: a line such
// as "Posted: Saturday 19 April 2025 · 10:42", "Published 3 May 2024", or
// "LILONGWE, 24 October 2023 (Wire) –". With yearless it finds instead a
// day without a year after a label or a city in capitals ("WASHINGTON,
// Feb 14 (Reuters) -", "Posted: March 3"), and the date it returns has
// year 0; a line that begins with such a day is not taken, since lists of
// dates in the text look the same.
func dateline(r *recognizer, ms []Mention, yearless bool) (time.Time, int, string, bool) {
	for i, m := range ms {
		if m.Start > 800 {
			break
		}
		if (m.Year == 0) != yearless || m.Month == 0 || m.Day == 0 || m.Type != Date || m.Ambiguous {
			continue
		}
		if yearless && (m.YearRel || m.Anaphoric || m.Rel != relNone) {
			continue
		}
		ls := bytes.LastIndexByte(r.src[:m.Start], '\n') + 1
		before := bytes.TrimSpace(r.src[ls:m.Start])
		lower := bytes.ToLower(before)
		ok := len(before) == 0 && !yearless
		for _, l := range datelineLabels {
			if bytes.HasPrefix(lower, []byte(l)) {
				ok = true
			}
		}
		// "CITY, " or "CITY (Agency) -" in capitals before the date
		if !ok && len(before) > 1 && before[len(before)-1] == ',' && isCaps(before[:len(before)-1]) {
			ok = true
		}
		if !ok {
			continue
		}
		d := day(m.Year, m.Month, m.Day)
		line := string(bytes.TrimSpace(r.src[ls:m.End]))
		return d, i, "dateline " + strconv.Quote(line), true
	}
	return time.Time{}, -1, "", false
}

func isCaps(b []byte) bool {
	letters := 0
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// refBounds are the bounds inferRef found: the start of the latest past
// date, and the start of the first upcoming one. Either may be zero.
type refBounds struct{ lower, next time.Time }

// allowed returns the first and last days b allows for the reference,
// zero for an open end. Without an upcoming date the last is now, when
// now is set and not before the first. An upcoming date on or before the
// latest past one contradicts it, and inferRef then goes by the past
// date, so it bounds nothing here either.
func (b refBounds) allowed(now time.Time) (earliest, latest time.Time) {
	earliest = b.lower
	if !b.next.IsZero() && b.next.After(b.lower) {
		latest = b.next.AddDate(0, 0, -1)
	} else if !now.IsZero() && !now.Before(b.lower) {
		latest = now
	}
	return earliest, latest
}

// inferRef infers the reference date from the text's own constraints:
// explicit past dates lie before it, explicit future ones after it, and a
// day-precise upcoming date is usually announced a few days ahead. The
// mention at index skip (a year-less dateline, or -1 for none) is left
// out: it dates the text, not something the text tells. It returns the
// bounds it went by too.
func inferRef(rs *resolver, ms []Mention, ctx []mentionContext, skip int) (time.Time, string, refBounds, bool) {
	var lower, upper time.Time
	var lowerText, upperText string
	for i, m := range ms {
		if m.Type != Date || m.Year == 0 || m.Rel != relNone || m.Anaphoric || m.Ambiguous || m.Decade > 0 || m.Century > 0 {
			continue
		}
		rs.ref = day(m.Year, 1, 1)
		t := rs.resolve(m, ctx[i].tense, 0)
		if !t.Dated() {
			continue
		}
		switch ctx[i].tense {
		case Past:
			if t.Begin.After(lower) {
				lower, lowerText = t.Begin, t.Text
			}
		case Future:
			if upper.IsZero() || t.Begin.Before(upper) {
				upper, upperText = t.Begin, t.Text
			}
		}
	}
	// Year-less days told in the past lie before the reference too: each
	// moves the lower bound to its first occurrence after it ("arrested in
	// March 2022 ... convicted on Oct. 3" puts the reference after
	// 2022-10-03).
	if !lower.IsZero() {
		for i, m := range ms {
			if i == skip || m.Type != Date || m.Year != 0 || m.Month == 0 || m.Day == 0 || m.YearRel || m.Anaphoric || ctx[i].tense != Past {
				continue
			}
			d := day(lower.Year(), m.Month, m.Day)
			if !d.After(lower) {
				d = day(lower.Year()+1, m.Month, m.Day)
			}
			if d.After(lower) && (upper.IsZero() || d.Before(upper)) {
				lower, lowerText = d, string(rs.r.src[m.Start:m.End])
			}
		}
	}
	// The first upcoming year-less day after the lower bound.
	var next time.Time
	var nextText string
	if !lower.IsZero() {
		for i, m := range ms {
			if i == skip || m.Type != Date || m.Year != 0 || m.Month == 0 || m.Day == 0 || m.YearRel || ctx[i].tense != Future {
				continue
			}
			y := lower.Year()
			d := day(y, m.Month, m.Day)
			if !d.After(lower) {
				d = day(y+1, m.Month, m.Day)
			}
			if next.IsZero() || d.Before(next) {
				next, nextText = d, string(rs.r.src[m.Start:m.End])
			}
		}
	}
	if !upper.IsZero() && (next.IsZero() || upper.Before(next)) {
		next, nextText = upper, upperText
	}
	switch {
	case !next.IsZero():
		// News announces dated plans about a week ahead.
		ref := next.AddDate(0, 0, -7)
		if !lower.IsZero() && !ref.After(lower) {
			ref = lower.AddDate(0, 0, 1)
		}
		why := fmt.Sprintf("before %q", nextText)
		if lowerText != "" {
			why = fmt.Sprintf("after %q, %s", lowerText, why)
		}
		return ref, why, refBounds{lower, next}, true
	case !lower.IsZero():
		ref := periodEnd(lower, Day)
		for i, m := range ms {
			if m.Year != 0 && ctx[i].tense == Past && string(rs.r.src[m.Start:m.End]) == lowerText {
				ref = lower
				if m.Day == 0 {
					ref = periodEnd(lower, Month)
					if m.Month == 0 {
						ref = periodEnd(lower, Year)
					}
				}
				break
			}
		}
		return ref, fmt.Sprintf("after %q, the latest past date", lowerText), refBounds{lower: lower}, true
	}
	return time.Time{}, "", refBounds{}, false
}
