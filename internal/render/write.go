package render

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// Options tune the writers.
type Options struct {
	// Width is the terminal width that a table is wrapped to fit; 0 means
	// [DefaultWidth]. The other formats ignore it.
	Width int
	// Sources adds a column naming each row's sources to the table and
	// Markdown forms. [Write] sets it when there is more than one input;
	// the column also appears when the events come from more than one.
	Sources bool

	// Color makes [Table] colour the type and status of each event
	// with ANSI escape sequences, for a terminal. The other formats, and
	// the table of [Dates], ignore it.
	Color bool

	// CSVRaw turns off the formula guard of [CSV] output: cells are
	// written exactly as they are. See [CSV].
	CSVRaw bool

	// CSVBOM makes [CSV] output start with a UTF-8 byte order mark and
	// end its lines with CRLF, as spreadsheets expect of a file they
	// import: without the mark, Excel reads the file in the system's
	// code page and garbles every accented letter.
	CSVBOM bool
}

// DefaultWidth is the table width used when [Options.Width] is 0.
const DefaultWidth = 100

// width returns o.Width, or DefaultWidth when it is not positive.
func (o Options) width() int {
	if o.Width <= 0 {
		return DefaultWidth
	}
	return o.Width
}

// Write writes events to w in format f. inputs are used by [JSON], which
// lists them before the events, and by the formats that carry a title or
// a timestamp.
func Write(w io.Writer, f Format, inputs []timeline.Input, events []timeline.Event, opts Options) error {
	if len(inputs) > 1 {
		opts.Sources = true
	}
	sw := &stickyWriter{w: w}
	return sw.check(writeEvents(sw, f, inputs, events, opts))
}

// stickyWriter remembers the first error of w and writes nothing after
// it. tablewriter drops the errors of the writer it renders to; the
// writers check the error here when they are done, so that a full disk or
// a closed pipe is never reported as success.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// check returns err, or the first error of the writer when err is nil.
func (s *stickyWriter) check(err error) error {
	if err == nil && s.err != nil {
		err = fmt.Errorf("write: %w", s.err)
	}
	return err
}

// writer writes events in one format. Each format has its writer, in a
// file of its own; [Write] hands the events to the one of the format
// asked for. inputs are the documents read, for the formats that list
// them or take a title from them; the others ignore them.
type writer interface {
	write(w io.Writer, inputs []timeline.Input, events []timeline.Event, opts Options) error
}

// writers holds the writer of each [Format].
var writers = [...]writer{
	Table:      tableWriter{},
	CSV:        csvWriter{},
	JSON:       jsonWriter{},
	JSONL:      jsonlWriter{},
	Markdown:   markdownWriter{},
	ICS:        icsWriter{},
	TimelineJS: timelineJSWriter{},
	HTML:       htmlWriter{},
	XLSX:       xlsxWriter{},
}

// writeEvents is [Write] on a stickyWriter.
func writeEvents(w io.Writer, f Format, inputs []timeline.Input, events []timeline.Event, opts Options) error {
	if int(f) < len(writers) {
		return writers[f].write(w, inputs, events, opts)
	}
	return fmt.Errorf("write: %w %s", ErrUnknownFormat, f)
}

// writeEventHasEnd reports whether any event is a range, so that the table
// needs an END column.
func writeEventHasEnd(events []timeline.Event) bool {
	for _, e := range events {
		if e.EndDate != "" {
			return true
		}
	}
	return false
}

// writeManyDocs reports whether the events come from more than one
// document, so that the table needs a SOURCE column.
func writeManyDocs(events []timeline.Event) bool {
	var first *timeline.Mention
	for _, e := range events {
		for i := range e.Mentions {
			m := &e.Mentions[i]
			if first == nil {
				first = m
			} else if m.File != first.File || m.Doc != first.Doc {
				return true
			}
		}
	}
	return false
}

// writeSources lists where an event is reported, as "doc:line" for each
// mention, without repeats; a file is named without its directory, to
// keep the column narrow.
func writeSources(e timeline.Event) string {
	var out []string
	for _, m := range e.Mentions {
		doc := m.Doc
		if doc == m.File {
			doc = filepath.Base(doc)
		}
		s := doc + ":" + m.Where()
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// writeLines writes each of lines followed by a newline.
func writeLines(w io.Writer, lines []string) error {
	for _, l := range lines {
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
	}
	return nil
}

// writeRef is the reference date of one document, as the footers of the
// table and Markdown forms report it. doc is flattened as a table cell is,
// since a file name or a record id may hold control characters.
type writeRef struct {
	doc, ref, source string
}

// writeEventRefs returns the reference of each document that dates a row
// of events (the document of its first mention), in order of first
// appearance. Events without a reference, as from an older stream, add
// nothing.
func writeEventRefs(events []timeline.Event) []writeRef {
	var out []writeRef
	seen := map[[2]string]bool{}
	for _, e := range events {
		if len(e.Mentions) == 0 || e.Ref == "" {
			continue
		}
		m := e.Mentions[0]
		key := [2]string{m.File, m.Doc}
		if seen[key] {
			continue
		}
		seen[key] = true
		doc := m.Doc
		if doc == m.File {
			doc = filepath.Base(doc)
		}
		out = append(out, writeRef{doc: writeFlatten(doc), ref: e.Ref, source: e.RefSource})
	}
	return out
}

// writeInputRefs returns the reference of each input.
func writeInputRefs(inputs []timeline.Input) []writeRef {
	out := make([]writeRef, len(inputs))
	for i, in := range inputs {
		doc := in.Doc
		if doc == in.File {
			doc = filepath.Base(doc)
		}
		out[i] = writeRef{doc: writeFlatten(doc), ref: in.Ref, source: in.RefSource}
	}
	return out
}

// writeMaxRefLines is the most documents the footer names one a line;
// past it, one line counts them.
const writeMaxRefLines = 3

// writeRefFooter returns the lines that follow a table to say that the
// reference date of its rows was guessed: inferred from the text, or
// today's date assumed. It is empty when every reference was given or
// found (by a flag, a record's date, a page's metadata or a dateline).
// With one document the line names no document; with up to
// [writeMaxRefLines] guessed documents each gets a line; with more, one
// line counts them. A reader who sees only the table, perhaps under -q,
// thus still learns that the years may be off.
func writeRefFooter(refs []writeRef) []string {
	var guessed []writeRef
	inferred := 0
	for _, r := range refs {
		if timeline.RefGuessed(r.source) {
			guessed = append(guessed, r)
			if r.source == "inferred" {
				inferred++
			}
		}
	}
	how := func(r writeRef) string {
		if r.source == "inferred" {
			return r.ref + " inferred from the text"
		}
		return r.ref + " is today's date, assumed"
	}
	switch {
	case len(guessed) == 0:
		return nil
	case len(refs) == 1:
		return []string{"Reference date " + how(guessed[0]) + " (pass --ref to set it)"}
	case len(guessed) <= writeMaxRefLines:
		lines := make([]string, len(guessed))
		for i, r := range guessed {
			lines[i] = r.doc + ": reference date " + how(r)
		}
		return lines
	}
	return []string{fmt.Sprintf("Reference dates of %d of %d documents guessed: %d inferred from the text, %d today's date, assumed (ref_source in -f json names them)",
		len(guessed), len(refs), inferred, len(guessed)-inferred)}
}

// writeFlatten turns s into one line for a table cell: runs of white space,
// line breaks included, become one space, and other control characters,
// which could move the cursor or change colours on a terminal, become
// U+FFFD.
func writeFlatten(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range strings.TrimFunc(s, unicode.IsSpace) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			r = utf8.RuneError
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Table geometry of the ASCII style: "| a | b |" takes 1 character for
// the left border plus, per column, a space either side and a border.
const (
	writeCellPad   = 2  // a space either side of a cell
	writeCellExtra = 3  // writeCellPad plus one border
	writeMinColumn = 4  // narrowest column worth wrapping into
	writeMaxWord   = 14 // widest word worth keeping whole at the cost of other columns
)
