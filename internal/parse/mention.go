package parse

// relKind says what a mention's missing parts are counted from.
type relKind uint8

const (
	relNone    relKind = iota
	relDeictic         // Offset Units from the reference date: "yesterday", "two weeks ago", "last month"
	relShift           // last/this/next + a named month, weekday, season, quarter: "last July", "next Tuesday"
	relAnaphor         // Offset Units from an earlier date of the text: "the following day", "a week later"
	relStory           // a shift counted from the date in focus of a story: "the coming winter"; set by the resolver only
)

// Mention is a temporal expression as the text writes it, before it is
// resolved: only what is written is filled in. "In May" has Month 5;
// "last July" has Month 7 and Shift -1; "in October last year" has Month 10
// and YearRel with YearOffset -1; "two weeks ago" has Unit week and Offset -2.
type Mention struct {
	Start, End int // byte offsets, end exclusive
	Type       Type

	Year, Month, Day int // 0 when not written
	Weekday          int // 1..7, Monday first; 0 when not written
	Decade           int // 199 for "the 1990s"; 0 when not written
	Century          int // 19 for "the 20th century"; 0 when not written
	Quarter, Half    int // 1..4 and 1..2; 0 when not written
	Season           int // seasonSP..seasonWI; 0 when not written
	Weekend          bool
	Week             bool // the mention names a week ("last week")
	WeekOf           bool // "the week of 17 October": the week that holds the day
	Part             int  // part of day, partMO..partNI; 0 when not written
	Hour, Minute     int  // clock time when HasClock is set
	HasClock         bool
	UTC              bool // the clock names UTC or GMT: the value ends in Z
	Holiday          int  // 1 + index into holidays; 0 when not a holiday

	Rel        relKind
	Unit       int // unit of Offset for relDeictic and relAnaphor
	Offset     int // signed count of Units
	Shift      int // -1 last, 0 this, +1 next, for relShift
	YearRel    bool
	YearOffset int // for YearRel: the year is the reference year plus this

	// DayShift moves a day-precise date by this many days: "the day after
	// Christmas" is Christmas with DayShift 1.
	DayShift int

	// KeepGrain is set on "N units later/earlier": the result keeps the
	// precision of the date it counts from ("a year earlier" after a half
	// year is a half year), where "the following year" is a year.
	KeepGrain bool

	// Sentence-level hints.
	Anaphoric bool // "that year", "the same month": take the missing parts from an earlier date
	Earlier   bool // "earlier this year": before the reference inside the period
	Later     bool // "later this year"

	Mod   string // TIMEX3 mod
	Vague string // PRESENT_REF, PAST_REF or FUTURE_REF
	Dur   string // value of a DURATION or SET, such as "P3Y" or "XXXX-WXX-5"

	// Numeric dates whose day/month order is not settled by their digits:
	// "5/6/2025" has NumA 5 and NumB 6.
	Ambiguous  bool
	NumA, NumB int
	// Style is OrderDMY for a date written day first ("17 January") and
	// OrderMDY for one written month first ("January 17"); it is evidence
	// for reading the numeric dates of the same text.
	Style DateOrder
	// Numeric is set on numeric dates (5/6/2025, 09.01.2026): OrderDMY or
	// OrderMDY when the digits settle the order, OrderAuto when they don't.
	Numeric  bool
	NumOrder DateOrder

	// AtTheTime is set on "the time" of "at the time": the date a story
	// is at.
	AtTheTime bool
	// StoryOnly is set on expressions that mark a time only in a story,
	// where the date in focus says which: "at the time", "in the
	// morning". News corpora mark them unevenly, so elsewhere they give
	// no timex.
	StoryOnly bool

	// RangeEnd is set on the first endpoint of a range ("13" in "from 13 to
	// 15 January"); the next mention is the other endpoint.
	RangeEnd bool
}
