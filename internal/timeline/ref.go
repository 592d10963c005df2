package timeline

import (
	"fmt"
	"strconv"
	"time"
)

// RefGuessed reports whether a reference date from source (an
// [Input.RefSource]) was guessed rather than read: "inferred" from the
// text, or "default", today's date. The year of a year-less date then
// rests on that guess.
func RefGuessed(source string) bool { return source == "inferred" || source == "default" }

// RefRange is the span of days an inferred reference date may fall on,
// as YYYY-MM-DD; an empty end is open, since nothing in the text bounds
// the reference on that side.
type RefRange struct {
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
}

// newRefRange returns the range from earliest to latest, zero for an open
// end, or nil when both are open.
func newRefRange(earliest, latest time.Time) *RefRange {
	if earliest.IsZero() && latest.IsZero() {
		return nil
	}
	var r RefRange
	if !earliest.IsZero() {
		r.Earliest = earliest.Format(time.DateOnly)
	}
	if !latest.IsZero() {
		r.Latest = latest.Format(time.DateOnly)
	}
	return &r
}

// Wide reports whether r spans more than a year, an open end included:
// the inferred reference is then too loose to trust the year of a
// year-less date, and the user had better pass one.
func (r RefRange) Wide() bool {
	if r.Earliest == "" || r.Latest == "" {
		return true
	}
	e, err1 := time.Parse(time.DateOnly, r.Earliest)
	l, err2 := time.Parse(time.DateOnly, r.Latest)
	if err1 != nil || err2 != nil {
		return true
	}
	return l.After(e.AddDate(1, 0, 0))
}

// RefTally counts documents by where their reference date came from.
type RefTally struct {
	Given    int // by --ref or a record's date field
	Found    int // in a record's url, a page's metadata or a dateline
	Inferred int // inferred from the text
	Default  int // today's date, for want of anything better
}

// Add counts one document whose reference came from source (an
// [Input.RefSource]).
func (t *RefTally) Add(source string) {
	switch source {
	case "url", "page", "dateline":
		t.Found++
	case "inferred":
		t.Inferred++
	case "default":
		t.Default++
	default: // "flag", "record", "given"
		t.Given++
	}
}

// Total is the number of documents counted.
func (t RefTally) Total() int { return t.Given + t.Found + t.Inferred + t.Default }

// String says the counts in one line, such as "references: 2,690 given,
// 0 found, 3 inferred, 1 defaulted".
func (t RefTally) String() string {
	return fmt.Sprintf("references: %s given, %s found, %s inferred, %s defaulted",
		thousands(t.Given), thousands(t.Found), thousands(t.Inferred), thousands(t.Default))
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
