package parse

import (
	"fmt"
	"time"
)

// Interval reads a TIMEX3 calendar value, as Tag writes them, and returns
// the period it names: its first instant, the first instant after it, and
// its precision. It accepts centuries ("19"), decades ("199"), years
// ("2024"), halves ("2024-H1"), quarters ("2024-Q3"), seasons ("2024-SU"),
// months ("2024-05"), ISO weeks ("2025-W02", "2025-W02-WE" for the
// weekend), days ("2024-05-13"), parts of days ("2024-05-13TMO") and clock
// times ("2024-05-13T14:30", or "2024-05-13T14:30Z" in UTC). Values with unknown parts ("XXXX-05"),
// durations, sets and vague references ("PAST_REF") are not periods of
// the calendar and give an error.
func Interval(value string) (begin, end time.Time, p Precision, err error) {
	bad := func() (time.Time, time.Time, Precision, error) {
		return time.Time{}, time.Time{}, 0, fmt.Errorf("%q is not a calendar date in TIMEX3 form (such as 2024, 2024-05, 2024-05-13 or 2024-Q3)", value)
	}
	s := value
	digits := 0
	for digits < len(s) && digits < 4 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits < 2 || digits < len(s) && digits < 4 {
		return bad()
	}
	n := atoiDigits(s[:digits])
	switch digits {
	case 2:
		b := day(n*100, 1, 1)
		return b, b.AddDate(100, 0, 0), Century, nil
	case 3:
		b := day(n*10, 1, 1)
		return b, b.AddDate(10, 0, 0), Decade, nil
	}
	y := n
	s = s[4:]
	if s == "" {
		b := day(y, 1, 1)
		return b, b.AddDate(1, 0, 0), Year, nil
	}
	if s[0] != '-' || len(s) < 3 {
		return bad()
	}
	s = s[1:]
	two := func(t string) (int, bool) {
		if len(t) < 2 || t[0] < '0' || t[0] > '9' || t[1] < '0' || t[1] > '9' {
			return 0, false
		}
		return int(t[0]-'0')*10 + int(t[1]-'0'), true
	}
	switch s[0] {
	case 'H', 'Q':
		k := int(s[1] - '0')
		if len(s) != 2 || s[0] == 'H' && (k < 1 || k > 2) || s[0] == 'Q' && (k < 1 || k > 4) {
			return bad()
		}
		if s[0] == 'H' {
			b := day(y, 6*k-5, 1)
			return b, b.AddDate(0, 6, 0), Half, nil
		}
		b := day(y, 3*k-2, 1)
		return b, b.AddDate(0, 3, 0), Quarter, nil
	case 'W':
		if len(s) == 2 && s[1] == 'I' {
			// winter: December to February
			b := seasonStart(y, seasonWI)
			return b, b.AddDate(0, 3, 0), Season, nil
		}
		w, ok := two(s[1:])
		if !ok || w < 1 || w > 53 || len(s) != 3 && s[3:] != "-WE" {
			return bad()
		}
		// the Monday of ISO week w: week 1 holds 4 January
		jan4 := day(y, 1, 4)
		b := monday(jan4).AddDate(0, 0, 7*(w-1))
		if iy, iw := b.ISOWeek(); iy != y || iw != w {
			return bad()
		}
		if len(s) > 3 {
			b = b.AddDate(0, 0, 5)
			return b, b.AddDate(0, 0, 2), Week, nil
		}
		return b, b.AddDate(0, 0, 7), Week, nil
	case 'S', 'F':
		for code, name := range seasonCodes {
			if s == name {
				b := seasonStart(y, code)
				return b, b.AddDate(0, 3, 0), Season, nil
			}
		}
		return bad()
	}
	mo, ok := two(s)
	if !ok || mo < 1 || mo > 12 {
		return bad()
	}
	s = s[2:]
	if s == "" {
		b := day(y, mo, 1)
		return b, b.AddDate(0, 1, 0), Month, nil
	}
	if s[0] != '-' {
		return bad()
	}
	d, ok := two(s[1:])
	if !ok || d < 1 || d > daysIn(y, mo) {
		return bad()
	}
	b := day(y, mo, d)
	s = s[3:]
	if s == "" {
		return b, b.AddDate(0, 0, 1), Day, nil
	}
	if s[0] != 'T' {
		return bad()
	}
	s = s[1:]
	for _, name := range partCodes[1:] {
		if s == name {
			return b, b.AddDate(0, 0, 1), PartOfDay, nil
		}
	}
	// A final Z marks a UTC clock time ("2024-05-13T14:30Z"); all
	// arithmetic here is in UTC already.
	if len(s) > 2 && s[len(s)-1] == 'Z' {
		s = s[:len(s)-1]
	}
	h, ok := two(s)
	if !ok || h > 24 {
		return bad()
	}
	s = s[2:]
	mi := 0
	if s != "" {
		if s[0] != ':' {
			return bad()
		}
		if mi, ok = two(s[1:]); !ok || mi > 59 || len(s) != 3 {
			return bad()
		}
		t := b.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
		return t, t.Add(time.Minute), Minute, nil
	}
	t := b.Add(time.Duration(h) * time.Hour)
	return t, t.Add(time.Hour), Hour, nil
}

// atoiDigits converts a short run of ASCII digits.
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
