package parse

import (
	"fmt"
	"time"
)

// Type is the TIMEX3 type of a temporal expression.
type Type uint8

// The TIMEX3 types.
const (
	Date Type = iota
	Time
	Duration
	Set
)

var typeNames = [...]string{Date: "DATE", Time: "TIME", Duration: "DURATION", Set: "SET"}

// String returns the TIMEX3 name of the type, such as "DATE".
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", t)
}

// Precision is the granularity of a resolved date value.
type Precision uint8

// Precisions from coarsest to finest. None is used for durations, sets and
// vague references, which have no calendar extent.
const (
	None Precision = iota
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	PartOfDay
	Hour
	Minute
)

var precisionNames = [...]string{
	None: "none", Century: "century", Decade: "decade", Year: "year", Half: "half",
	Quarter: "quarter", Season: "season", Month: "month", Week: "week", Day: "day",
	PartOfDay: "partofday", Hour: "hour", Minute: "minute",
}

// String returns the lower-case name of the precision, such as "day".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// Tense is the grammatical time of the clause that holds an expression.
type Tense uint8

// Tenses recognised by [ClauseTense].
const (
	Unknown Tense = iota
	Past
	Present
	Future
)

var tenseNames = [...]string{Unknown: "unknown", Past: "past", Present: "present", Future: "future"}

// String returns the lower-case name of the tense.
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return fmt.Sprintf("Tense(%d)", t)
}

// Timex is a temporal expression found in a text and resolved to a TIMEX3
// value.
type Timex struct {
	Start, End int    // byte offsets of the expression in the text, end exclusive
	Text       string // the expression as written
	Type       Type
	Value      string // TIMEX3 value, such as "2025-01-17", "2024-05", "P3Y", "PAST_REF"
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, ...
	Precision  Precision

	// EndValue is the value of the far end of a range ("from 13 to 15
	// January"); it is empty for a single point.
	EndValue string

	// Begin is the first instant of the value's interval, for sorting. It is
	// the zero time for durations, sets and vague references.
	Begin time.Time

	// Tense is the tense of the clause that governs the expression, as used
	// for resolving it.
	Tense Tense

	// Anchor names what the value was computed from: "absolute" (the text
	// gives it whole), "reference" (the reference date), or "text" (an
	// earlier date of the text).
	Anchor string

	// How explains, in a few words, how any field the text left out was
	// filled in, for example "year from tense: past".
	How string
}

// Dated reports whether the timex resolved to a calendar date or time with a
// known start, as opposed to a duration, set, vague reference or a value
// with unknown parts.
func (t Timex) Dated() bool { return !t.Begin.IsZero() }
