package timeline

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/event"
)

// labourStrikes types as a stoppage (other) a strike read as an attack
// in a text about work and workers that never speaks of arms: "The
// strike began on Saturday" in a story of crane operators and their
// union.
func labourStrikes(events []Event, text []byte) {
	checked, labour := false, false
	for i := range events {
		e := &events[i]
		if e.Type != "attack" || e.Trigger == nil {
			continue
		}
		switch strings.ToLower(e.Trigger.Text) {
		case "strike", "strikes", "striking", "walkout":
		default:
			continue
		}
		if !checked {
			checked, labour = true, event.LabourText(string(text))
		}
		if labour {
			e.Type = "other"
		}
	}
}

// sportBids types as other a bid or offer read as economic in a text
// about sport: "the board turned down Académico Faro's third bid, £9.5m"
// is a transfer, and "Moscow would withdraw the Kazan bid" one to host a
// championship, not a takeover.
func sportBids(events []Event, text []byte) {
	checked, sport := false, false
	for i := range events {
		e := &events[i]
		if e.Type != "economic" || e.Trigger == nil {
			continue
		}
		switch strings.ToLower(e.Trigger.Text) {
		case "bid", "bids", "offer", "offers":
		default:
			continue
		}
		if !checked {
			checked, sport = true, event.SportText(string(text))
		}
		if sport {
			e.Type = "other"
		}
	}
}
