package timeline

import (
	"strconv"
	"strings"
	"time"
)

// Period is the run of whole days that a date covers, from First up to but
// not including End. Both are midnight UTC. A day covers one day, a month
// its days, "2024-Q3" July to September, and so on.
type Period struct {
	First time.Time // the first day
	End   time.Time // the day after the last day
}

// Last returns the last day of p.
func (p Period) Last() time.Time { return p.End.AddDate(0, 0, -1) }

// Seasons begin on the first day of a meteorological season, as they do for
// sorting: spring in March, summer in June, autumn in September and winter
// in December of the value's year, each lasting three months.
var periodSeasons = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// ParsePeriod returns the days that the TIMEX3 date value s covers:
//
//	"20"           the century 2000–2099
//	"202"          the decade 2020–2029
//	"2024"         the year
//	"2024-H2"      a half year
//	"2024-Q3"      a quarter
//	"2024-SU"      a season (SP, SU, FA, WI)
//	"2024-05"      a month
//	"2025-W02"     an ISO week; "2025-W02-WE" its weekend
//	"2025-01-17"   a day; a time of day after it ("T14:30", "TMO") is ignored
//
// ok is false for anything else: durations, sets, "PAST_REF", values with
// unknown parts such as "2024-XX".
func ParsePeriod(s string) (p Period, ok bool) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	if i := strings.IndexByte(s, 'T'); i == 10 {
		s = s[:10]
	}
	num := func(t string) (int, bool) {
		if t == "" {
			return 0, false
		}
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	head, tail, _ := strings.Cut(s, "-")
	switch len(head) {
	case 2, 3:
		n, ok := num(head)
		if !ok || tail != "" {
			return p, false
		}
		if len(head) == 2 {
			return Period{day(n*100, 1, 1), day(n*100+100, 1, 1)}, true
		}
		return Period{day(n*10, 1, 1), day(n*10+10, 1, 1)}, true
	case 4:
	default:
		return p, false
	}
	y, ok := num(head)
	if !ok {
		return p, false
	}
	switch {
	case s == head:
		return Period{day(y, 1, 1), day(y+1, 1, 1)}, true
	case len(tail) == 2 && (tail[0] == 'H' || tail[0] == 'Q'):
		n, ok := num(tail[1:])
		if !ok {
			return p, false
		}
		months := 3
		if tail[0] == 'H' {
			months = 6
		}
		if n < 1 || n > 12/months {
			return p, false
		}
		first := day(y, time.Month((n-1)*months+1), 1)
		return Period{first, first.AddDate(0, months, 0)}, true
	case len(tail) == 2 && periodSeasons[tail] != 0:
		first := day(y, periodSeasons[tail], 1)
		return Period{first, first.AddDate(0, 3, 0)}, true
	case len(tail) == 2:
		m, ok := num(tail)
		if !ok || m < 1 || m > 12 {
			return p, false
		}
		first := day(y, time.Month(m), 1)
		return Period{first, first.AddDate(0, 1, 0)}, true
	case len(tail) == 5 && tail[2] == '-':
		m, ok1 := num(tail[:2])
		d, ok2 := num(tail[3:])
		if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 {
			return p, false
		}
		first := day(y, time.Month(m), d)
		if first.Day() != d { // 31 April, 29 February of a common year
			return p, false
		}
		return Period{first, first.AddDate(0, 0, 1)}, true
	case len(tail) >= 3 && tail[0] == 'W':
		wk, weekend := tail[1:], false
		if w, ok := strings.CutSuffix(wk, "-WE"); ok {
			wk, weekend = w, true
		}
		n, ok := num(wk)
		if !ok || len(wk) != 2 || n < 1 || n > 53 {
			return p, false
		}
		// The Monday of ISO week 1 is the Monday of the week that holds 4 January.
		jan4 := day(y, time.January, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
		if iy, iw := monday.ISOWeek(); iy != y || iw != n { // week 53 of a 52-week year
			return p, false
		}
		if weekend {
			return Period{monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 7)}, true
		}
		return Period{monday, monday.AddDate(0, 0, 7)}, true
	}
	return p, false
}

// Period returns the days that e covers: from the first day of its date
// to the last day of its end date, or of its date when it is not a range
// (or its end, which the text may garble, lies before its start). ok is
// false when the date is not one that [ParsePeriod] reads.
func (e Event) Period() (p Period, ok bool) {
	p, ok = ParsePeriod(e.Date)
	if !ok {
		return p, false
	}
	if e.EndDate != "" {
		if q, ok := ParsePeriod(e.EndDate); ok && q.End.After(p.First) {
			p.End = q.End
		}
	}
	return p, true
}

// periodSeasonNames are the English names of the TIMEX3 season codes.
var periodSeasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// periodPartNames are the English names of the TIMEX3 parts of the day.
var periodPartNames = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}

// DisplayDate returns the TIMEX3 date value s in words, as a reader would
// write it: "17 January 2025", "April 2024", "2024", "Q3 2024", "second
// half of 2024", "summer 2024", "week 2 of 2025", "the 2020s", "the 21st
// century", "17 January 2025, 14:30", "17 January 2025, morning". Values
// that [ParsePeriod] does not read are returned as they are.
func DisplayDate(s string) string {
	p, ok := ParsePeriod(s)
	if !ok {
		return s
	}
	head, tail, _ := strings.Cut(s, "-")
	switch {
	case len(head) == 2:
		n := p.First.Year()/100 + 1
		return "the " + strconv.Itoa(n) + periodOrdinalSuffix(n) + " century"
	case len(head) == 3:
		return "the " + strconv.Itoa(p.First.Year()) + "s"
	case tail == "":
		return head
	case tail == "H1":
		return "first half of " + head
	case tail == "H2":
		return "second half of " + head
	case tail[0] == 'Q':
		return tail + " " + head
	case periodSeasonNames[tail] != "":
		return periodSeasonNames[tail] + " " + head
	case tail[0] == 'W':
		_, w := p.First.ISOWeek()
		if strings.HasSuffix(tail, "-WE") {
			return "weekend of week " + strconv.Itoa(w) + " of " + head
		}
		return "week " + strconv.Itoa(w) + " of " + head
	case len(tail) == 2:
		return p.First.Format("January 2006")
	}
	d := p.First.Format("2 January 2006")
	if _, clock, ok := strings.Cut(s, "T"); ok {
		if part := periodPartNames[clock]; part != "" {
			return d + ", " + part
		}
		return d + ", " + clock
	}
	return d
}

// periodOrdinalSuffix returns "st", "nd", "rd" or "th" for n.
func periodOrdinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// DisplayRange returns the date of e in words, with its end date after a
// dash when e is a range: "13 January 2025 – 15 January 2025".
func DisplayRange(e Event) string {
	if e.EndDate == "" {
		return DisplayDate(e.Date)
	}
	return DisplayDate(e.Date) + " – " + DisplayDate(e.EndDate)
}
