package timeline

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/internal/event"
)

// labourStrikes types as a stoppage (other) a strike read as an attack
// in a text about work and workers that never speaks of arms: "The
// strike began on Saturday" in a story of crane operators and their
// union.
func labourStrikes(events []Event, text []byte) {
	retypeInText(events, text, "attack", []string{"strike", "strikes", "striking", "walkout"}, event.LabourText)
}

// sportBids types as other a bid or offer read as economic in a text
// about sport: "the board turned down Académico Faro's third bid, £9.5m"
// is a transfer, and "Moscow would withdraw the Kazan bid" one to host a
// championship, not a takeover.
func sportBids(events []Event, text []byte) {
	retypeInText(events, text, "economic", []string{"bid", "bids", "offer", "offers"}, event.SportText)
}

// retypeInText types as other the events of type typ whose trigger is
// one of the words, when the document's text is of the kind that kind
// reports; the text is read at most once, and only when such an event
// exists.
func retypeInText(events []Event, text []byte, typ string, words []string, kind func(string) bool) {
	checked, of := false, false
	for i := range events {
		e := &events[i]
		if e.Type != typ || e.Trigger == nil || !slices.Contains(words, strings.ToLower(e.Trigger.Text)) {
			continue
		}
		if !checked {
			checked, of = true, kind(string(text))
		}
		if of {
			e.Type = "other"
		}
	}
}
