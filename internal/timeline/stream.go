package timeline

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/parse"
)

// EventReader reads a stream of events in the form of the JSON Lines
// output (render.JSONL): one JSON object a line, sorted as [Sort] sorts.
// It holds one line at a time.
type EventReader struct {
	br   *bufio.Reader
	file string
	line int
	prev Event
	has  bool
}

// NewEventReader returns a reader of the event stream r; file names it in
// errors.
func NewEventReader(r io.Reader, file string) *EventReader {
	return &EventReader{br: bufio.NewReaderSize(r, 1<<16), file: file}
}

// ErrUnsorted is reported for an event stream whose events are not in
// timeline order.
var ErrUnsorted = errors.New("event out of order: the stream is not sorted (it must come from timeline extract or timeline merge)")

// Next returns the next event of the stream, or io.EOF after the last. A
// line that is not an event, or an event that sorts before the one
// before it, is an [*input.Error] naming the file and line; a malformed
// line can be skipped by calling Next again, but an unsorted stream
// cannot be merged and should be abandoned.
func (er *EventReader) Next() (Event, error) {
	for {
		b, err := er.br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return Event{}, &input.Error{File: er.file, Err: err}
		}
		if len(b) == 0 && err != nil {
			return Event{}, io.EOF
		}
		er.line++
		if er.line == 1 {
			b = bytes.TrimPrefix(b, input.BOM)
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		var e Event
		if jerr := json.Unmarshal(b, &e); jerr != nil {
			return Event{}, &input.Error{File: er.file, Line: er.line, Err: fmt.Errorf("not an event: %w", jerr)}
		}
		if _, _, _, ierr := parse.Interval(e.Date); ierr != nil {
			return Event{}, &input.Error{File: er.file, Line: er.line, Err: fmt.Errorf("event date: %w", ierr)}
		}
		if er.has && Less(e, er.prev) {
			return Event{}, &input.Error{File: er.file, Line: er.line, Err: ErrUnsorted}
		}
		er.prev, er.has = e, true
		return e, nil
	}
}

// MergeStreams merges sorted event streams into one sorted stream and
// calls emit for each event, keeping one event per stream in memory (and,
// with join, the events of one date). With join, the events that
// different documents report of one happening are joined as
// [MergeSources] joins them; filter then selects what is emitted. The
// result equals sorting, joining and filtering all the events at once. A
// malformed line is reported and skipped; a stream found out of order is
// reported and read no further. The errors are returned after the last
// event; an error from emit stops the merge and is returned alone.
func MergeStreams(streams []*EventReader, join bool, filter Filter, emit func(Event) error) (errs []error, err error) {
	h := &eventHeap{}
	next := func(i int) {
		for {
			e, rerr := streams[i].Next()
			switch {
			case rerr == nil:
				heap.Push(h, heapItem{e: e, key: keyOf(e), stream: i})
				return
			case errors.Is(rerr, io.EOF):
				return
			}
			errs = append(errs, rerr)
			if errors.Is(rerr, ErrUnsorted) || !isLineError(rerr) {
				return
			}
		}
	}
	for i := range streams {
		next(i)
	}
	var group []Event // the events of one date, with join
	flush := func() error {
		for _, e := range MergeSources(group) {
			if filter.Keep(e) {
				if err := emit(e); err != nil {
					return err
				}
			}
		}
		group = group[:0]
		return nil
	}
	for h.Len() > 0 {
		it := heap.Pop(h).(heapItem)
		next(it.stream)
		if !join {
			if filter.Keep(it.e) {
				if err := emit(it.e); err != nil {
					return errs, err
				}
			}
			continue
		}
		if len(group) > 0 && group[0].Date != it.e.Date {
			if err := flush(); err != nil {
				return errs, err
			}
		}
		group = append(group, it.e)
	}
	if err := flush(); err != nil {
		return errs, err
	}
	return errs, nil
}

// isLineError reports an error about one line, after which the stream
// can go on.
func isLineError(err error) bool {
	var ie *input.Error
	return errors.As(err, &ie) && ie.Line > 0
}

type heapItem struct {
	e      Event
	key    sortKey
	stream int
}

// eventHeap orders the next event of each stream; equal keys go by stream
// index, so the merge is deterministic.
type eventHeap []heapItem

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if c := h[i].key.compare(h[j].key); c != 0 {
		return c < 0
	}
	return h[i].stream < h[j].stream
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(heapItem)) }
func (h *eventHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}
