package render

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// markdownWriter writes events as a GitHub-flavoured Markdown table with the
// columns date, end (only when some event has an end date, as in
// [Table]), type, status, event, actors and where, and source when
// [Options.Sources] is set or the events come from more than one
// document. In cells, line breaks become spaces and the characters that
// Markdown would read as markup ("|", "\\", "*", "`", "[", "]", "<", ">")
// are escaped with a backslash, so that a cell shows its text as it is.
// "_" is left alone: GitHub does not read it as emphasis inside a word, as
// in "end_value". A guessed reference date is reported after the table,
// as [Table] does.
type markdownWriter struct{}

func (markdownWriter) write(w io.Writer, _ []timeline.Input, events []timeline.Event, opts Options) error {
	hasEnd := writeEventHasEnd(events)
	many := opts.Sources || writeManyDocs(events)
	header := []string{"date", "end", "type", "status", "event", "actors", "where"}
	if many {
		header = append(header, "source")
	}
	if !hasEnd {
		header = slices.Delete(header, 1, 2)
	}
	rows := make([][]string, len(events))
	for i, e := range events {
		rows[i] = []string{e.Date, e.EndDate, e.Type, e.Status, e.Summary, strings.Join(e.Actors, ", "), e.Location}
		if many {
			rows[i] = append(rows[i], writeSources(e))
		}
		if !hasEnd {
			rows[i] = slices.Delete(rows[i], 1, 2)
		}
	}
	if err := writeMarkdown(w, header, rows); err != nil {
		return err
	}
	return writeMarkdownFooter(w, writeRefFooter(writeEventRefs(events)))
}

// writeMarkdownFooter writes lines after a Markdown table, each as a
// paragraph of its own; the blank line before each ends the table, which
// would otherwise take the line for one of its rows.
func writeMarkdownFooter(w io.Writer, lines []string) error {
	for _, l := range lines {
		if _, err := io.WriteString(w, "\n"+writeMarkdownCell(l)+"\n"); err != nil {
			return fmt.Errorf("write markdown: %w", err)
		}
	}
	return nil
}

// writeMarkdown writes a GitHub-flavoured Markdown table.
func writeMarkdown(w io.Writer, header []string, rows [][]string) error {
	bw := bufio.NewWriter(w)
	line := func(cells []string) {
		bw.WriteString("|")
		for _, c := range cells {
			bw.WriteString(" ")
			bw.WriteString(writeMarkdownCell(c))
			bw.WriteString(" |")
		}
		bw.WriteString("\n")
	}
	line(header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// writeMarkdownCell flattens s to one line and escapes with a backslash
// "|", which would end the cell, and the characters that would start
// emphasis, code, links or HTML, so that the cell shows s as it is.
func writeMarkdownCell(s string) string {
	const special = "|\\*`[]<>"
	s = writeFlatten(s)
	if !strings.ContainsAny(s, special) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && strings.IndexByte(special, byte(r)) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
