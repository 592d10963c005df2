package render

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// EventStream writes events as they come, for the formats that are
// written a row at a time: JSON Lines and CSV (with its header once).
type EventStream struct {
	f    Format
	bw   *bufio.Writer
	cw   *csv.Writer
	opts Options
}

// Streams reports whether format f can be written as an [EventStream].
func Streams(f Format) bool { return f == JSONL || f == CSV }

// NewEventStream starts a stream of events in format f on w; it fails for
// the formats that need every event before they can be written. CSV cells
// are guarded as opts says (see [CSV]).
func NewEventStream(w io.Writer, f Format, opts Options) (*EventStream, error) {
	if !Streams(f) {
		return nil, fmt.Errorf("%s output needs every event before it is written; streaming writes jsonl or csv", f)
	}
	s := &EventStream{f: f, bw: bufio.NewWriterSize(w, 1<<16), opts: opts}
	if f == CSV {
		var err error
		if s.cw, err = newCSVWriter(s.bw, opts); err != nil {
			return nil, err
		}
		if err := s.cw.Write(writeEventCSVHeader); err != nil {
			return nil, fmt.Errorf("write csv: %w", err)
		}
	}
	return s, nil
}

// Write adds events to the stream.
func (s *EventStream) Write(events []timeline.Event) error {
	if s.cw != nil {
		if err := writeCSVRows(s.cw, events, s.opts); err != nil {
			return err
		}
		s.cw.Flush()
		if err := s.cw.Error(); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		return nil
	}
	return writers[JSONL].write(s.bw, nil, events, Options{})
}

// Flush writes what the stream buffers.
func (s *EventStream) Flush() error {
	if err := s.bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", s.f, err)
	}
	return nil
}
