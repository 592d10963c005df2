package parse

import "time"

// leapYear returns the year of the 29 February the tense points to.
func leapYear(ref time.Time, tense Tense) int {
	leap := func(y int) bool { return daysIn(y, 2) == 29 }
	past := ref.Year()
	for !leap(past) || day(past, 2, 29).After(ref) {
		past--
	}
	next := ref.Year()
	for !leap(next) || day(next, 2, 29).Before(ref) {
		next++
	}
	switch tense {
	case Past:
		return past
	case Future:
		return next
	}
	if ref.Sub(day(past, 2, 29)) <= day(next, 2, 29).Sub(ref) {
		return past
	}
	return next
}

// pickYear chooses the year of a year-less date: past → the latest
// occurrence that has begun by the reference; future → the first that has
// not ended before it; otherwise the nearest. at gives the occurrence's
// first day in a year; p its precision.
func pickYear(ref time.Time, tense Tense, at func(int) time.Time, p Precision, far bool) int {
	y := ref.Year()
	cur := at(y)
	end := periodEnd(cur, p)
	const day = 24 * time.Hour
	switch tense {
	case Past:
		py := y
		if cur.After(ref) {
			py = y - 1
		}
		// News names a day or month most of a year back with its year. A
		// year-less one that the tense puts that far back, when the next
		// occurrence is only weeks ahead, belongs to a clause whose verb
		// is not its own ("declared a dividend, payable Dec. 15").
		if far && (p == Day || p == Month) {
			back := ref.Sub(at(py))
			fwd := at(py + 1).Sub(ref)
			if back > 300*day && fwd > 0 && fwd < 90*day {
				return py + 1
			}
		}
		return py
	case Future:
		fy := y
		if !end.After(ref) {
			fy = y + 1
		}
		// A quarter or half "expected to report" is usually the one that
		// has just ended.
		if p == Quarter || p == Half {
			fwd := at(fy).Sub(ref)
			back := ref.Sub(periodEnd(at(fy-1), p))
			if fwd > 240*day && back >= 0 && back < 120*day {
				return fy - 1
			}
		}
		return fy
	}
	// Nearest: compare the distance from the reference to the occurrence
	// this year, last year and next year.
	best, bestD := y, dist(ref, cur, end)
	for _, c := range []int{y - 1, y + 1} {
		s := at(c)
		if d := dist(ref, s, periodEnd(s, p)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func dist(ref, s, e time.Time) time.Duration {
	switch {
	case ref.Before(s):
		return s.Sub(ref)
	case !ref.Before(e):
		return ref.Sub(e) + 1
	}
	return 0
}

// periodEnd returns the first instant after the period of precision p that
// starts at s.
func periodEnd(s time.Time, p Precision) time.Time {
	switch p {
	case Day, PartOfDay, Hour, Minute:
		return s.AddDate(0, 0, 1)
	case Week:
		return s.AddDate(0, 0, 7)
	case Month:
		return s.AddDate(0, 1, 0)
	case Season, Quarter:
		return s.AddDate(0, 3, 0)
	case Half:
		return s.AddDate(0, 6, 0)
	case Year:
		return s.AddDate(1, 0, 0)
	case Decade:
		return s.AddDate(10, 0, 0)
	case Century:
		return s.AddDate(100, 0, 0)
	}
	return s
}

func seasonStart(y, s int) time.Time {
	switch s {
	case seasonSP:
		return day(y, 3, 1)
	case seasonSU:
		return day(y, 6, 1)
	case seasonFA:
		return day(y, 9, 1)
	}
	return day(y, 12, 1)
}

// weekdayNear returns the day with ISO weekday wd nearest to ref in the
// direction of the tense: past → on or before ref, future → on or after,
// otherwise the nearer of the two (the past one on a tie).
func weekdayNear(ref time.Time, wd int, tense Tense) time.Time {
	cur := isoWeekday(ref)
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	switch tense {
	case Past:
		return ref.AddDate(0, 0, -back)
	case Future:
		return ref.AddDate(0, 0, fwd)
	}
	if fwd < back {
		return ref.AddDate(0, 0, fwd)
	}
	return ref.AddDate(0, 0, -back)
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time { return t.AddDate(0, 0, 1-isoWeekday(t)) }

func seasonOf(t time.Time) int {
	switch t.Month() {
	case 3, 4, 5:
		return seasonSP
	case 6, 7, 8:
		return seasonSU
	case 9, 10, 11:
		return seasonFA
	}
	return seasonWI
}

// shiftPart moves the i-th (from 0) of the n equal parts of year y (4
// quarters, 2 halves) by off parts, across year ends: the third quarter
// of 2024 moved by 2 is the first of 2025. It returns the year and the
// part, from 0.
func shiftPart(y, i, n, off int) (int, int) {
	k := y*n + i + off
	y, i = k/n, k%n
	if i < 0 {
		y, i = y-1, i+n
	}
	return y, i
}
