package parse

import "time"

// holiday is a named day. Its date in a given year comes from a fixed
// month and day, the nth weekday of a month, or an offset from Easter.
type holiday struct {
	words   []string // lower-case words, possessives without "'s"
	month   int
	day     int // fixed day; 0 when nth is used
	weekday time.Weekday
	nth     int  // 1..4, or -1 for the last such weekday
	easter  int  // days after Easter Sunday, used when fromEas is set
	fromEas bool // the date is an offset from Easter Sunday
}

var holidays = []holiday{
	{words: []string{"christmas", "eve"}, month: 12, day: 24},
	{words: []string{"christmas", "day"}, month: 12, day: 25},
	{words: []string{"christmas"}, month: 12, day: 25},
	{words: []string{"boxing", "day"}, month: 12, day: 26},
	{words: []string{"new", "year", "eve"}, month: 12, day: 31},
	{words: []string{"new", "year", "day"}, month: 1, day: 1},
	{words: []string{"new", "years", "day"}, month: 1, day: 1},
	{words: []string{"new", "year"}, month: 1, day: 1},
	{words: []string{"hogmanay"}, month: 12, day: 31},
	{words: []string{"valentine", "day"}, month: 2, day: 14},
	{words: []string{"halloween"}, month: 10, day: 31},
	{words: []string{"day", "of", "the", "dead"}, month: 11, day: 2},
	{words: []string{"all", "saints", "day"}, month: 11, day: 1},
	{words: []string{"veterans", "day"}, month: 11, day: 11},
	{words: []string{"remembrance", "day"}, month: 11, day: 11},
	{words: []string{"armistice", "day"}, month: 11, day: 11},
	{words: []string{"bastille", "day"}, month: 7, day: 14},
	{words: []string{"canada", "day"}, month: 7, day: 1},
	{words: []string{"australia", "day"}, month: 1, day: 26},
	{words: []string{"guy", "fawkes", "night"}, month: 11, day: 5},
	{words: []string{"presidents", "day"}, month: 2, weekday: time.Monday, nth: 3},
	{words: []string{"president", "day"}, month: 2, weekday: time.Monday, nth: 3},
	{words: []string{"martin", "luther", "king", "day"}, month: 1, weekday: time.Monday, nth: 3},
	{words: []string{"memorial", "day"}, month: 5, weekday: time.Monday, nth: -1},
	{words: []string{"labor", "day"}, month: 9, weekday: time.Monday, nth: 1},
	{words: []string{"thanksgiving", "day"}, month: 11, weekday: time.Thursday, nth: 4},
	{words: []string{"thanksgiving"}, month: 11, weekday: time.Thursday, nth: 4},
	{words: []string{"mother", "day"}, month: 5, weekday: time.Sunday, nth: 2},
	{words: []string{"father", "day"}, month: 6, weekday: time.Sunday, nth: 3},
	{words: []string{"respect", "for", "the", "aged", "day"}, month: 9, weekday: time.Monday, nth: 3},
	{words: []string{"st", "patrick", "day"}, month: 3, day: 17},
	{words: []string{"saint", "patrick", "day"}, month: 3, day: 17},
	{words: []string{"st", "george", "day"}, month: 4, day: 23},
	{words: []string{"saint", "george", "day"}, month: 4, day: 23},
	{words: []string{"st", "andrew", "day"}, month: 11, day: 30},
	{words: []string{"saint", "andrew", "day"}, month: 11, day: 30},
	{words: []string{"st", "david", "day"}, month: 3, day: 1},
	{words: []string{"saint", "david", "day"}, month: 3, day: 1},
	{words: []string{"st", "valentine", "day"}, month: 2, day: 14},
	{words: []string{"saint", "valentine", "day"}, month: 2, day: 14},
	{words: []string{"burns", "night"}, month: 1, day: 25},
	{words: []string{"groundhog", "day"}, month: 2, day: 2},
	{words: []string{"juneteenth"}, month: 6, day: 19},
	{words: []string{"epiphany"}, month: 1, day: 6},
	{words: []string{"columbus", "day"}, month: 10, weekday: time.Monday, nth: 2},
	{words: []string{"ash", "wednesday"}, fromEas: true, easter: -46},
	{words: []string{"palm", "sunday"}, fromEas: true, easter: -7},
	{words: []string{"maundy", "thursday"}, fromEas: true, easter: -3},
	{words: []string{"holy", "saturday"}, fromEas: true, easter: -1},
	{words: []string{"ascension", "day"}, fromEas: true, easter: 39},
	{words: []string{"whit", "monday"}, fromEas: true, easter: 50},
	{words: []string{"pentecost"}, fromEas: true, easter: 49},
	{words: []string{"good", "friday"}, fromEas: true, easter: -2},
	{words: []string{"easter", "sunday"}, fromEas: true},
	{words: []string{"easter", "monday"}, fromEas: true, easter: 1},
	{words: []string{"easter"}, fromEas: true},
}

// holidayFirst maps a holiday's first word to the holidays that start with
// it, longest first (the table above lists them so).
var holidayFirst = map[string][]int{}

func init() {
	for i, h := range holidays {
		holidayFirst[h.words[0]] = append(holidayFirst[h.words[0]], i)
	}
}

// date returns the holiday's date in year y.
func (h holiday) date(y int) time.Time {
	if h.fromEas {
		return easter(y).AddDate(0, 0, h.easter)
	}
	if h.nth == 0 {
		return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
	}
	if h.nth < 0 {
		last := time.Date(y, time.Month(h.month)+1, 0, 0, 0, 0, 0, time.UTC)
		back := (int(last.Weekday()) - int(h.weekday) + 7) % 7
		return last.AddDate(0, 0, -back)
	}
	first := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
	fwd := (int(h.weekday) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, fwd+7*(h.nth-1))
}

// easter returns Easter Sunday of the Gregorian year y (the anonymous
// Gregorian algorithm, as given by Meeus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
