package timeline

import (
	"cmp"
	"slices"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// sortKey orders events: by the start of the date's interval, coarser
// precision first (a month before the days of that month), then by where
// the first mention is: file name, document id, byte offset. Every part
// comes from the event's own fields, so events read back from JSON Lines
// sort exactly as they did when they were made, which lets sorted
// streams from separate runs merge into the order of a single run.
type sortKey struct {
	begin  time.Time
	prec   parse.Precision // smaller is coarser
	file   string
	doc    string
	offset int
}

// keyOf computes the sort key of e. A date that is not a calendar value,
// which the tool never writes, sorts after every other.
func keyOf(e Event) sortKey {
	k := sortKey{begin: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), prec: parse.Minute + 1}
	if b, _, p, err := parse.Interval(e.Date); err == nil {
		k.begin, k.prec = b, p
	}
	if len(e.Mentions) > 0 {
		m := e.Mentions[0]
		k.file, k.doc, k.offset = m.File, m.Doc, m.Start
	}
	return k
}

func (a sortKey) compare(b sortKey) int {
	if c := a.begin.Compare(b.begin); c != 0 {
		return c
	}
	if c := cmp.Compare(a.prec, b.prec); c != 0 {
		return c // coarser first
	}
	if c := cmp.Compare(a.file, b.file); c != 0 {
		return c
	}
	if c := cmp.Compare(a.doc, b.doc); c != 0 {
		return c
	}
	return cmp.Compare(a.offset, b.offset)
}

// Less reports whether event a sorts before event b in a timeline.
func Less(a, b Event) bool { return keyOf(a).compare(keyOf(b)) < 0 }

// Sort orders events chronologically by the start of each date's
// interval. A coarser date sorts before finer dates that begin at the same
// instant, so "2024-05" comes before "2024-05-01". Events with equal dates
// are ordered by their first mention: file name, then document id (the
// file name, or a record's id), then position in the text; the order
// therefore depends neither on the order of the inputs nor on the
// parallelism.
func Sort(events []Event) {
	keys := make([]sortKey, len(events))
	idx := make([]int, len(events))
	for i, e := range events {
		keys[i], idx[i] = keyOf(e), i
	}
	slices.SortStableFunc(idx, func(i, j int) int { return keys[i].compare(keys[j]) })
	sorted := make([]Event, len(events))
	for i, k := range idx {
		sorted[i] = events[k]
	}
	copy(events, sorted)
}
