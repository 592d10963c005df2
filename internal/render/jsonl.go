package render

import (
	"bufio"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// jsonlWriter writes events as JSON Lines: one compact [Event] object a
// line. actors and mentions are [] when empty.
type jsonlWriter struct{}

func (jsonlWriter) write(w io.Writer, _ []timeline.Input, events []timeline.Event, _ Options) error {
	bw := bufio.NewWriter(w)
	enc := writeNewEncoder(bw)
	for _, e := range writeJSONEvents(events) {
		if err := enc.Encode(e); err != nil {
			return fmt.Errorf("write jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}
