package input

import (
	"strings"
	"time"
)

// URLDate returns the day that the path of a URL names, as many news sites
// put it there: three segments year, month and day ("/2024/03/12/",
// "/2024/mar/12/"), eight digits set off by hyphens, underscores, dots or
// slashes ("/20240312-talks", "/talks-20240312.html"), or a dashed date
// in a segment ("/2024-03-12/", "/talks-2024-03-12"). The host, the query
// and the fragment are not read. The date returned is midnight UTC.
//
// Only a whole day counts: "/2024/03/" names a month, and a month is not a
// publication date, so the search goes on past it. Every date is checked
// against the calendar ("/2024/02/30/" and "/2024/13/01/" name none).
// Years run from 1800 in the three-segment form (newspaper archives) and
// from 1990 in the others, where eight digits are as often an
// identifier; a longer run of digits ("/1234567890/") is not a date.
func URLDate(u string) (time.Time, bool) {
	if len(u) > 4096 {
		return time.Time{}, false
	}
	segs := strings.Split(urlPath(u), "/")
	for i, seg := range segs {
		if i+2 < len(segs) {
			if y, ok := urlNumber(seg, 4, 4); ok && y >= 1800 && y <= 2099 {
				if m, ok := urlMonth(segs[i+1]); ok {
					if d, ok := urlNumber(segs[i+2], 1, 2); ok && d >= 1 && d <= daysInMonth(y, m) {
						return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
					}
				}
			}
		}
		if t, ok := segmentDate(seg); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// urlPath returns the path of u: what follows the scheme and host, up to
// the query or fragment. A u without a scheme is taken as a path.
func urlPath(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	host := ""
	if i := strings.Index(u, "://"); i >= 0 {
		host = u[i+3:]
	} else if strings.HasPrefix(u, "//") {
		host = u[2:]
	} else {
		return u
	}
	if j := strings.IndexByte(host, '/'); j >= 0 {
		return host[j:]
	}
	return ""
}

// urlNumber reads seg as a whole number of min to max digits.
func urlNumber(seg string, min, max int) (int, bool) {
	if len(seg) < min || len(seg) > max {
		return 0, false
	}
	n := 0
	for i := 0; i < len(seg); i++ {
		if !isASCIIDigit(seg[i]) {
			return 0, false
		}
		n = n*10 + int(seg[i]-'0')
	}
	return n, true
}

// urlMonth reads a month segment: "03", "3", "mar" or "march".
func urlMonth(seg string) (int, bool) {
	if m, ok := urlNumber(seg, 1, 2); ok {
		return m, m >= 1 && m <= 12
	}
	if len(seg) < 3 || len(seg) > 9 {
		return 0, false
	}
	switch strings.ToLower(seg) {
	case "jan", "january":
		return 1, true
	case "feb", "february":
		return 2, true
	case "mar", "march":
		return 3, true
	case "apr", "april":
		return 4, true
	case "may":
		return 5, true
	case "jun", "june":
		return 6, true
	case "jul", "july":
		return 7, true
	case "aug", "august":
		return 8, true
	case "sep", "sept", "september":
		return 9, true
	case "oct", "october":
		return 10, true
	case "nov", "november":
		return 11, true
	case "dec", "december":
		return 12, true
	}
	return 0, false
}

// segmentDate finds a date inside one path segment: "20240312" or
// "2024-03-12", each set off from the rest of the segment by a hyphen, an
// underscore or a dot.
func segmentDate(seg string) (time.Time, bool) {
	for i := 0; i < len(seg); {
		if !isASCIIDigit(seg[i]) {
			i++
			continue
		}
		j := i
		for j < len(seg) && isASCIIDigit(seg[j]) {
			j++
		}
		if i == 0 || isURLDelim(seg[i-1]) {
			switch {
			case j-i == 8 && (j == len(seg) || isURLDelim(seg[j])):
				if t, ok := urlYMD(seg[i:i+4], seg[i+4:i+6], seg[i+6:j]); ok {
					return t, true
				}
			case j-i == 4 && j+6 <= len(seg) && seg[j] == '-' && seg[j+3] == '-' &&
				(j+6 == len(seg) || isURLDelim(seg[j+6])):
				if t, ok := urlYMD(seg[i:j], seg[j+1:j+3], seg[j+4:j+6]); ok {
					return t, true
				}
			}
		}
		i = j
	}
	return time.Time{}, false
}

// urlYMD checks a year, month and day written in digits inside a segment.
func urlYMD(ys, ms, ds string) (time.Time, bool) {
	y, ok1 := urlNumber(ys, 4, 4)
	m, ok2 := urlNumber(ms, 2, 2)
	d, ok3 := urlNumber(ds, 2, 2)
	if !ok1 || !ok2 || !ok3 || y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

func isURLDelim(c byte) bool { return c == '-' || c == '_' || c == '.' }

// daysInMonth returns the number of days of month m of year y.
func daysInMonth(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
