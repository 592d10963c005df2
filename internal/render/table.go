package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// tableWriter writes events as an ASCII table with the columns DATE, END
// (only when some event has an end date), TYPE, STATUS, EVENT, ACTORS,
// WHERE and SOURCE (only when [Options.Sources] is set or the events
// come from more than one document). Long cells are word-wrapped so that every line fits in
// [Options.Width] when the headers leave room for it.
//
// When the reference date of a row's document was inferred from the text
// or is today's date, assumed ([Event.RefSource] "inferred" or
// "default"), lines after the table say so, as described at
// writeRefFooter; the table alone then shows that its years may be off.
type tableWriter struct{}

func (tableWriter) write(w io.Writer, _ []timeline.Input, events []timeline.Event, opts Options) error {
	hasEnd := writeEventHasEnd(events)
	cols := []writeColumn{
		{name: "DATE"},
		{name: "END", hide: !hasEnd},
		{name: "TYPE"},
		{name: "STATUS"},
		{name: "EVENT", weight: 4},
		{name: "ACTORS", weight: 2},
		{name: "WHERE", weight: 1},
		{name: "SOURCE", weight: 2, hide: !opts.Sources && !writeManyDocs(events)},
	}
	rows := make([][]string, len(events))
	for i, e := range events {
		rows[i] = []string{e.Date, e.EndDate, e.Type, e.Status, e.Summary, strings.Join(e.Actors, ", "), e.Location, writeSources(e)}
	}
	footer := writeRefFooter(writeEventRefs(events))
	if !opts.Color {
		if err := writeTable(w, cols, rows, opts.width()); err != nil {
			return err
		}
		return writeLines(w, footer)
	}
	var buf bytes.Buffer
	if err := writeTable(&buf, cols, rows, opts.width()); err != nil {
		return err
	}
	typeCol := 1 // TYPE is the second column, or the third after END
	if hasEnd {
		typeCol = 2
	}
	if _, err := w.Write(writeColorTable(buf.Bytes(), typeCol, typeCol+1)); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return writeLines(w, footer)
}
