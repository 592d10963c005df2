package render

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/timeline-dev/timeline/internal/timeline"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Format is an output format of [Write] and [WriteDates].
type Format uint8

// The output formats. The zero value is [Table].
const (
	Table      Format = iota // an ASCII table wrapped to [Options.Width]
	CSV                      // RFC 4180 CSV with a header row
	JSON                     // one indented JSON document
	JSONL                    // JSON Lines, one compact object a line
	Markdown                 // a GitHub-flavoured Markdown table
	ICS                      // an iCalendar file of all-day events; extract only
	TimelineJS               // the JSON that TimelineJS3 loads; extract only
	HTML                     // one self-contained HTML page; extract only
	XLSX                     // an Excel workbook (binary); extract only
)

// writeFormatNames maps each [Format] to its name; ParseFormat reads the
// same names.
var writeFormatNames = [...]string{
	Table:      "table",
	CSV:        "csv",
	JSON:       "json",
	JSONL:      "jsonl",
	Markdown:   "markdown",
	ICS:        "ics",
	TimelineJS: "timelinejs",
	HTML:       "html",
	XLSX:       "xlsx",
}

// String returns the name of f as ParseFormat accepts it, such as "csv",
// or "Format(N)" for a value that is not one of the constants.
func (f Format) String() string {
	if int(f) < len(writeFormatNames) {
		return writeFormatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ErrUnknownFormat is returned, wrapped, by [ParseFormat] for a name that is
// not a format.
var ErrUnknownFormat = errors.New("unknown format")

// writeFormatAliases are further names that ParseFormat accepts.
var writeFormatAliases = map[string]Format{"md": Markdown, "ical": ICS}

// ParseFormat returns the [Format] named s: "table", "csv", "json",
// "jsonl", "markdown", "ics", "timelinejs" or "html" ("md" and "ical" are
// aliases). Case and
// surrounding spaces are ignored. The error for any other name wraps
// [ErrUnknownFormat] and lists the valid names.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if f, ok := writeFormatAliases[name]; ok {
		return f, nil
	}
	for f, n := range writeFormatNames {
		if n == name {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("%w %q (want %s)", ErrUnknownFormat, s, writeFormatList())
}

// writeFormatList returns "table, csv, json, jsonl, markdown or ...".
func writeFormatList() string {
	n := len(writeFormatNames)
	return strings.Join(writeFormatNames[:n-1], ", ") + " or " + writeFormatNames[n-1]
}

// ListsDates reports whether [WriteDates] writes format f; the formats
// made for events alone, such as [ICS], do not list temporal expressions.
func (f Format) ListsDates() bool { return f <= Markdown }

// Binary reports whether format f is binary rather than text, and so has
// no place on a terminal.
func (f Format) Binary() bool { return f == XLSX }

// FormatOf returns the format that a file name's extension stands for,
// such as [XLSX] for "timeline.xlsx", and whether there is one. ".json"
// is [JSON]; TimelineJS output must be asked for by name.
func FormatOf(name string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".txt", "":
		return 0, false
	case ".htm":
		return HTML, true
	case ".ndjson":
		return JSONL, true
	}
	f, err := ParseFormat(strings.TrimPrefix(ext, "."))
	return f, err == nil
}

// Options tune the writers.
type Options struct {
	// Width is the terminal width that a table is wrapped to fit; 0 means
	// [DefaultWidth]. The other formats ignore it.
	Width int
	// Sources adds a column naming each row's sources to the table and
	// Markdown forms. [Write] sets it when there is more than one input;
	// the column also appears when the events come from more than one.
	Sources bool

	// Color makes [WriteTable] colour the type and status of each event
	// with ANSI escape sequences, for a terminal. The other formats, and
	// the table of [WriteDates], ignore it.
	Color bool

	// CSVRaw turns off the formula guard of [CSV] output: cells are
	// written exactly as they are. See [WriteCSV].
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

// writeEvents is [Write] on a stickyWriter.
func writeEvents(w io.Writer, f Format, inputs []timeline.Input, events []timeline.Event, opts Options) error {
	switch f {
	case Table:
		return WriteTable(w, events, opts)
	case CSV:
		return WriteCSV(w, events, opts)
	case JSON:
		return WriteJSON(w, inputs, events, opts)
	case JSONL:
		return WriteJSONL(w, events, opts)
	case Markdown:
		return WriteMarkdown(w, events, opts)
	case ICS:
		return WriteICS(w, inputs, events, opts)
	case TimelineJS:
		return WriteTimelineJS(w, inputs, events, opts)
	case HTML:
		return WriteHTML(w, inputs, events, opts)
	case XLSX:
		return WriteXLSX(w, inputs, events, opts)
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

// WriteTable writes events as an ASCII table with the columns DATE, END
// (only when some event has an end date), TYPE, STATUS, EVENT, ACTORS,
// WHERE and SOURCE (only when [Options.Sources] is set or the events
// come from more than one document). Long cells are word-wrapped so that every line fits in
// [Options.Width] when the headers leave room for it.
//
// When the reference date of a row's document was inferred from the text
// or is today's date, assumed ([Event.RefSource] "inferred" or
// "default"), lines after the table say so, as described at
// writeRefFooter; the table alone then shows that its years may be off.
func WriteTable(w io.Writer, events []timeline.Event, opts Options) error {
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
// are guarded as opts says (see [WriteCSV]).
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
	return WriteJSONL(s.bw, events, Options{})
}

// Flush writes what the stream buffers.
func (s *EventStream) Flush() error {
	if err := s.bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", s.f, err)
	}
	return nil
}

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

// WriteJSON writes one JSON document, indented by two spaces and ending in
// a newline: {"inputs": [...], "events": [...]}. Empty lists are written as
// [], never null.
func WriteJSON(w io.Writer, inputs []timeline.Input, events []timeline.Event, _ Options) error {
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

// WriteJSONL writes events as JSON Lines: one compact [Event] object a
// line. actors and mentions are [] when empty.
func WriteJSONL(w io.Writer, events []timeline.Event, _ Options) error {
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

// WriteMarkdown writes events as a GitHub-flavoured Markdown table with the
// columns date, end (only when some event has an end date, as in
// [WriteTable]), type, status, event, actors and where, and source when
// [Options.Sources] is set or the events come from more than one
// document. In cells, line breaks become spaces and the characters that
// Markdown would read as markup ("|", "\\", "*", "`", "[", "]", "<", ">")
// are escaped with a backslash, so that a cell shows its text as it is.
// "_" is left alone: GitHub does not read it as emphasis inside a word, as
// in "end_value". A guessed reference date is reported after the table,
// as [WriteTable] does.
func WriteMarkdown(w io.Writer, events []timeline.Event, opts Options) error {
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
