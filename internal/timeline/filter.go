package timeline

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// EventTypes lists the types an event may have, in the order the
// documentation gives them.
var EventTypes = []string{
	"visit", "meeting", "talks", "agreement", "sanctions", "supply", "attack", "statement", "report",
	"election", "legal", "economic", "disaster", "other",
}

// EventStatuses lists the statuses an event may have.
var EventStatuses = []string{
	"reported", "scheduled", "planned", "expected", "cancelled", "negated", "threatened",
}

// Filter selects events. A zero Filter keeps every event; each field that
// is set must hold for an event to be kept.
type Filter struct {
	// Since keeps the events that end after it: an event of May 2024 is
	// kept by a Since of 2024-05-20, as part of it lies after that day.
	Since time.Time
	// Until keeps the events that begin before it.
	Until time.Time
	// Types and Statuses keep the events of one of the types or
	// statuses listed.
	Types, Statuses []string
	// Actors keeps the events one of whose actors holds one of these
	// strings, ignoring case: "iran" matches "Iran (Masoud Pezeshkian)",
	// and so does "pezeshkian".
	Actors []string
}

// ParseSince reads the value of a --since bound: a TIMEX3 calendar value of
// any precision, such as "2024", "2024-05", "2024-05-13" or "2024-Q3". The
// bound is the first instant of that period.
func ParseSince(s string) (time.Time, error) {
	b, _, _, err := parse.Interval(strings.TrimSpace(s))
	return b, err
}

// ParseUntil reads the value of an --until bound like [ParseSince]; the
// bound is the end of that period, so "--until 2024" keeps all of 2024.
func ParseUntil(s string) (time.Time, error) {
	_, e, _, err := parse.Interval(strings.TrimSpace(s))
	return e, err
}

// CheckValues returns an error naming the first of values that is not in
// known, and the values known.
func CheckValues(what string, values, known []string) error {
	for _, v := range values {
		if !slices.Contains(known, v) {
			return fmt.Errorf("unknown %s %q (want one of %s)", what, v, strings.Join(known, ", "))
		}
	}
	return nil
}

// Interval returns the period the event covers: from the start of its date
// to the end of its end date, or of its date when it is not a range. ok is
// false when the date is not a calendar value.
func (e Event) Interval() (begin, end time.Time, ok bool) {
	b, en, _, err := parse.Interval(e.Date)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	if e.EndDate != "" {
		if _, ee, _, err := parse.Interval(e.EndDate); err == nil && ee.After(en) {
			en = ee
		}
	}
	return b, en, true
}

// Keep reports whether the filter keeps e.
func (f Filter) Keep(e Event) bool {
	if !f.Since.IsZero() || !f.Until.IsZero() {
		b, en, ok := e.Interval()
		if !ok || !f.Since.IsZero() && !en.After(f.Since) || !f.Until.IsZero() && !b.Before(f.Until) {
			return false
		}
	}
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	if len(f.Statuses) > 0 && !slices.Contains(f.Statuses, e.Status) {
		return false
	}
	if len(f.Actors) > 0 && !slices.ContainsFunc(f.Actors, func(want string) bool {
		want = strings.ToLower(want)
		return slices.ContainsFunc(e.Actors, func(a string) bool { return strings.Contains(strings.ToLower(a), want) })
	}) {
		return false
	}
	return true
}

// Apply returns the events f keeps, in their order.
func (f Filter) Apply(events []Event) []Event {
	out := events[:0:0]
	for _, e := range events {
		if f.Keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// MergeSources joins the events that different documents report of one
// happening: the same date and end date, written at the same precision,
// the same type, and at least one actor in common. The joined row keeps
// the date, the summary and the location of the first report in the
// order of events, the status most of the reports give ("reported" on a
// tie), every actor, and every mention. Events of one document are never
// joined here; that is done when the document is read. events must be
// sorted; the result keeps their order.
func MergeSources(events []Event) []Event {
	out := make([]Event, 0, len(events))
	statuses := [][]string{}
	// rows of out by date, end date and type
	byKey := map[[3]string][]int{}
	for _, e := range events {
		key := [3]string{e.Date, e.EndDate, e.Type}
		joined := false
		for _, i := range byKey[key] {
			o := &out[i]
			if sharedActors(o.Actors, e.Actors) == 0 || sharesDoc(o.Mentions, e.Mentions) {
				continue
			}
			o.absorb(e)
			statuses[i] = append(statuses[i], e.Status)
			joined = true
			break
		}
		if !joined {
			byKey[key] = append(byKey[key], len(out))
			e.Mentions = slices.Clone(e.Mentions)
			out = append(out, e)
			statuses = append(statuses, []string{e.Status})
		}
	}
	for i := range out {
		out[i].Status = mergedStatus(statuses[i])
	}
	return out
}

// mergedStatus is the status most reports give; on a tie, "reported" wins,
// since an article that saw the event happen was written after those that
// expected it; otherwise the first.
func mergedStatus(ss []string) string {
	count := map[string]int{}
	for _, s := range ss {
		count[s]++
	}
	best := majority(ss)
	if best != "reported" && count["reported"] == count[best] {
		return "reported"
	}
	return best
}

// sharesDoc reports whether two lists of mentions come from a common
// document.
func sharesDoc(a, b []Mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.File == y.File && x.Doc == y.Doc {
				return true
			}
		}
	}
	return false
}
