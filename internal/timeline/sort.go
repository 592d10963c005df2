package timeline

import (
	"sort"
	"time"
)

// sortKey orders events: by the start of the date's interval, coarser
// precision first (a month before the days of that month), then by the
// order in which the inputs and the mentions came.
type sortKey struct {
	begin  time.Time
	prec   int // smaller is coarser
	input  int // index of the input in the run
	offset int // byte offset of the first mention
}

func (a sortKey) less(b sortKey) bool {
	if !a.begin.Equal(b.begin) {
		return a.begin.Before(b.begin)
	}
	if a.prec != b.prec {
		return a.prec < b.prec
	}
	if a.input != b.input {
		return a.input < b.input
	}
	return a.offset < b.offset
}

// Sort orders events chronologically by the start of each date's interval.
// A coarser date sorts before finer dates that begin at the same instant, so
// "2024-05" comes before "2024-05-01"; equal dates keep the order of the
// input. The sort is stable and deterministic.
func Sort(events []Event) {
	sort.SliceStable(events, func(i, j int) bool { return events[i].sortKey.less(events[j].sortKey) })
}
