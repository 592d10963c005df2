package event

import (
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/syntax"
)

func TestLocation(t *testing.T) {
	tests := []struct {
		tree, trigger, want string
	}{
		// an event noun's verb: "held talks in Geneva"
		{"Iran/Iran/PROPN/2/nsubj held/hold/VERB/0/root talks/talk/NOUN/2/obj in/in/ADP/5/case Geneva/Geneva/PROPN/2/obl", "talks", "Geneva"},
		// a name that modifies a common noun
		{"Rebels/rebel/NOUN/2/nsubj attacked/attack/VERB/0/root an/a/DET/4/det outpost/outpost/NOUN/2/obj in/in/ADP/8/case Negros/Negros/PROPN/7/compound Oriental/Oriental/PROPN/8/compound province/province/NOUN/2/obl", "attacked", "Negros Oriental province"},
		// a date is no place, and neither is a month
		{"They/they/PRON/2/nsubj met/meet/VERB/0/root in/in/ADP/4/case May/May/PROPN/2/obl", "met", ""},
		{"They/they/PRON/2/nsubj met/meet/VERB/0/root at/at/ADP/4/case Monday/Monday/PROPN/2/obl", "met", ""},
		// "to" gives a destination, not where the event happens
		{"Putin/Putin/PROPN/2/nsubj travelled/travel/VERB/0/root to/to/ADP/4/case Tehran/Tehran/PROPN/2/obl", "travelled", ""},
		// a common noun without a name
		{"They/they/PRON/2/nsubj met/meet/VERB/0/root in/in/ADP/5/case the/the/DET/5/det capital/capital/NOUN/2/obl", "met", ""},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		trig := -1
		for i, w := range s.Words {
			if w.Form == tc.trigger {
				trig = i
			}
		}
		var dates []Span
		if at := strings.Index(text, "Monday"); at >= 0 {
			dates = append(dates, Span{Start: at, End: at + len("Monday")})
		}
		got := ""
		if sp, ok := Location(s, trig, dates); ok {
			got = text[sp.Start:sp.End]
		}
		if got != tc.want {
			t.Errorf("Location(%q, %q) = %q, want %q", text, tc.trigger, got, tc.want)
		}
	}
	if _, ok := Location(&syntax.Sentence{}, 3, nil); ok {
		t.Error("a trigger out of range has a location")
	}
}
