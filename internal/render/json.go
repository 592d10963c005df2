package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// writeJSONEvents returns a copy of events in which nil Actors and Mentions
// are empty slices, so that JSON shows [] rather than null. events itself
// becomes [] when nil.
func writeJSONEvents(events []timeline.Event) []timeline.Event {
	out := make([]timeline.Event, len(events))
	for i, e := range events {
		if e.Actors == nil {
			e.Actors = []string{}
		}
		if e.Mentions == nil {
			e.Mentions = []timeline.Mention{}
		}
		out[i] = e
	}
	return out
}

// writeNewEncoder returns a JSON encoder on w that leaves <, > and & as
// they are: the output is data, not HTML.
func writeNewEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// jsonWriter writes one JSON document, indented by two spaces and ending in
// a newline: {"inputs": [...], "events": [...]}. Empty lists are written as
// [], never null.
type jsonWriter struct{}

func (jsonWriter) write(w io.Writer, inputs []timeline.Input, events []timeline.Event, _ Options) error {
	if inputs == nil {
		inputs = []timeline.Input{}
	}
	doc := struct {
		Inputs []timeline.Input `json:"inputs"`
		Events []timeline.Event `json:"events"`
	}{inputs, writeJSONEvents(events)}
	enc := writeNewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
