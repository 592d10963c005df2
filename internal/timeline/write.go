package timeline

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
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
func Write(w io.Writer, f Format, inputs []Input, events []Event, opts Options) error {
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
func writeEvents(w io.Writer, f Format, inputs []Input, events []Event, opts Options) error {
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
func writeEventHasEnd(events []Event) bool {
	for _, e := range events {
		if e.EndDate != "" {
			return true
		}
	}
	return false
}

// writeManyDocs reports whether the events come from more than one
// document, so that the table needs a SOURCE column.
func writeManyDocs(events []Event) bool {
	var first *Mention
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
func writeSources(e Event) string {
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
func WriteTable(w io.Writer, events []Event, opts Options) error {
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
func writeEventRefs(events []Event) []writeRef {
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
func writeInputRefs(inputs []Input) []writeRef {
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
		if RefGuessed(r.source) {
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

// writeEventCSVHeader is the header row of [WriteCSV].
var writeEventCSVHeader = []string{
	"date", "end_date", "precision", "type", "status", "summary", "actors", "location",
	"mentions", "file", "doc", "line", "start", "end", "expr", "sentence", "other_mentions",
	"ref", "ref_source", "trigger", "trigger_start", "trigger_end", "page",
}

// WriteCSV writes events as CSV with a header row, one row per event:
//
//	date, end_date, precision, type, status, summary, actors, location,
//	mentions, file, doc, line, start, end, expr, sentence, other_mentions,
//	ref, ref_source, trigger, trigger_start, trigger_end, page
//
// actors are joined with "; ". mentions is the number of mentions; file
// through sentence describe the first mention and are empty when there is
// none; other_mentions lists the rest as "doc:line:start-end" joined with
// "; ". ref and ref_source are [Event.Ref] and [Event.RefSource]: a filter
// on ref_source "inferred" or "default" finds the rows whose year was
// guessed. trigger is the word that names the event in the first mention,
// with its byte offsets in that input; the three are empty when no word
// did. page is the first mention's page in a PDF input, where line counts
// within the page, and empty for other inputs. Every row has as many fields as the header, so the file opens in a
// spreadsheet without shifted columns.
//
// Summaries, expressions and sentences are text of the input, which
// anyone may have written. A spreadsheet reads a cell that starts with
// "=", "+", "-" or "@" as a formula (and tab or carriage return can hide
// such a start), and a formula can fetch URLs or run commands when the
// file is opened. So, as OWASP advises for CSV files, such a cell is
// written with a leading apostrophe: "'=HYPERLINK(...)". Cells that are
// plain numbers ("-3", "+12.5") and the file name "-" of standard input
// are data, not formulas, and stay as they are. [Options.CSVRaw] turns the
// guard off for programs that read the file. [Options.CSVBOM] writes the
// file for a spreadsheet's import: a byte order mark and CRLF line ends.
func WriteCSV(w io.Writer, events []Event, opts Options) error {
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	if err := cw.Write(writeEventCSVHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := writeCSVRows(cw, events, opts); err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// newCSVWriter returns a CSV writer on w; with [Options.CSVBOM] it writes
// the byte order mark first and ends lines with CRLF.
func newCSVWriter(w io.Writer, opts Options) (*csv.Writer, error) {
	cw := csv.NewWriter(w)
	if opts.CSVBOM {
		if _, err := w.Write(bom); err != nil {
			return nil, fmt.Errorf("write csv: %w", err)
		}
		cw.UseCRLF = true
	}
	return cw, nil
}

// writeCSVRows writes the rows of events to cw, without flushing it.
func writeCSVRows(cw *csv.Writer, events []Event, opts Options) error {
	for _, e := range events {
		row := make([]string, 0, len(writeEventCSVHeader))
		row = append(row, e.Date, e.EndDate, e.Precision, e.Type, e.Status, e.Summary,
			strings.Join(e.Actors, "; "), e.Location, strconv.Itoa(len(e.Mentions)))
		if len(e.Mentions) > 0 {
			m := e.Mentions[0]
			row = append(row, m.File, m.Doc, strconv.Itoa(m.Line), strconv.Itoa(m.Start),
				strconv.Itoa(m.End), m.Expr, m.Sentence)
		} else {
			row = append(row, "", "", "", "", "", "", "")
		}
		var others []string
		for _, m := range e.Mentions[min(1, len(e.Mentions)):] {
			others = append(others, fmt.Sprintf("%s:%s:%d-%d", m.Doc, m.Where(), m.Start, m.End))
		}
		row = append(row, strings.Join(others, "; "), e.Ref, e.RefSource)
		if t := e.Trigger; t != nil {
			row = append(row, t.Text, strconv.Itoa(t.Start), strconv.Itoa(t.End))
		} else {
			row = append(row, "", "", "")
		}
		page := ""
		if len(e.Mentions) > 0 && e.Mentions[0].Page > 0 {
			page = strconv.Itoa(e.Mentions[0].Page)
		}
		row = append(row, page)
		if err := cw.Write(csvGuard(row, opts)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	return nil
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
func (s *EventStream) Write(events []Event) error {
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

// csvGuard prefixes with an apostrophe, in place, every cell of row that
// a spreadsheet could take for a formula, unless opts.CSVRaw is set. See
// [WriteCSV].
func csvGuard(row []string, opts Options) []string {
	if opts.CSVRaw {
		return row
	}
	for i, c := range row {
		if csvFormula(c) {
			row[i] = "'" + c
		}
	}
	return row
}

// csvFormula reports whether a spreadsheet could read cell c as a formula:
// it starts with "=", "+", "-", "@", a tab or a carriage return, and it is
// neither a plain number nor "-" alone.
func csvFormula(c string) bool {
	if c == "" || c == "-" {
		return false
	}
	switch c[0] {
	case '=', '@', '\t', '\r':
		return true
	case '+', '-':
		return !csvNumber(c[1:])
	}
	return false
}

// csvNumber reports whether s is digits with at most one decimal point
// between them.
func csvNumber(s string) bool {
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !point && digits > 0 && i+1 < len(s):
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

// writeJSONEvents returns a copy of events in which nil Actors and Mentions
// are empty slices, so that JSON shows [] rather than null. events itself
// becomes [] when nil.
func writeJSONEvents(events []Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		if e.Actors == nil {
			e.Actors = []string{}
		}
		if e.Mentions == nil {
			e.Mentions = []Mention{}
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
func WriteJSON(w io.Writer, inputs []Input, events []Event, _ Options) error {
	if inputs == nil {
		inputs = []Input{}
	}
	doc := struct {
		Inputs []Input `json:"inputs"`
		Events []Event `json:"events"`
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
func WriteJSONL(w io.Writer, events []Event, _ Options) error {
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
func WriteMarkdown(w io.Writer, events []Event, opts Options) error {
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

// writeDateHeader names the columns of the table, Markdown and CSV forms of
// [WriteDates].
var writeDateHeader = []string{
	"doc", "line", "start", "end", "text", "type", "value", "end_value",
	"mod", "precision", "tense", "anchor", "how",
}

// writeDateCells returns the cells of r in the order of writeDateHeader.
func writeDateCells(r DateRow) []string {
	return []string{
		r.Doc, strconv.Itoa(r.Line), strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Text, r.Type,
		r.Value, r.EndValue, r.Mod, r.Precision, r.Tense, r.Anchor, r.How,
	}
}

// writeTimex is one temporal expression in the JSON Lines form of
// [WriteDates]. Its first fields match [ScoreTimex], so that the output can
// be scored as system output.
type writeTimex struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	Mod       string `json:"mod,omitempty"`
	EndValue  string `json:"end_value,omitempty"`
	Precision string `json:"precision,omitempty"`
	Tense     string `json:"tense,omitempty"`
	Anchor    string `json:"anchor,omitempty"`
	How       string `json:"how,omitempty"`
}

// writeTimexDoc is one line of the JSON Lines form of [WriteDates].
type writeTimexDoc struct {
	ID    string       `json:"id"`
	Timex []writeTimex `json:"timex"`
}

// WriteDates writes the temporal expressions listed by "timeline dates" in
// format f.
//
// [Table], [Markdown] and [CSV] have the columns doc, line, start, end,
// text, type, value, end_value, mod, precision, tense, anchor and how; CSV
// cells are guarded against formulas as [WriteCSV] describes. The
// table, meant for reading, leaves out the byte offsets and the anchor (the
// how column says it in words), the doc when there is only one, and
// end_value, mod, tense and how when they are empty in every row; after
// the table and the Markdown form, lines name the inputs whose reference
// date was guessed, as [WriteTable] does. [JSON] writes {"inputs": [...], "dates": [...]}. [JSONL]
// writes one line per document, {"id": doc, "timex": [...]}, the form that
// "timeline score" reads: documents come in the order of inputs, each with
// its rows in order (an input without rows gets "timex": []), followed by
// rows of documents not among inputs, grouped by doc in order of
// appearance.
func WriteDates(w io.Writer, f Format, inputs []Input, rows []DateRow, opts Options) error {
	sw := &stickyWriter{w: w}
	return sw.check(writeDates(sw, f, inputs, rows, opts))
}

// writeDates is [WriteDates] on a stickyWriter.
func writeDates(w io.Writer, f Format, inputs []Input, rows []DateRow, opts Options) error {
	switch f {
	case Table:
		cols := make([]writeColumn, len(writeDateHeader))
		for i, h := range writeDateHeader {
			cols[i] = writeColumn{name: strings.ToUpper(h)}
			switch h {
			case "text":
				cols[i].weight = 2
			case "doc", "anchor", "how":
				cols[i].weight = 1
			}
			switch h {
			case "start", "end", "anchor":
				cols[i].hide = true
			case "doc":
				cols[i].hide = true
				for _, r := range rows {
					if r.Doc != rows[0].Doc {
						cols[i].hide = false
						break
					}
				}
			case "end_value", "mod", "tense", "how":
				cols[i].hide = true
				for _, r := range rows {
					if writeDateCells(r)[i] != "" {
						cols[i].hide = false
						break
					}
				}
			}
		}
		cells := make([][]string, len(rows))
		for i, r := range rows {
			cells[i] = writeDateCells(r)
		}
		if err := writeTable(w, cols, cells, opts.width()); err != nil {
			return err
		}
		return writeLines(w, writeRefFooter(writeInputRefs(inputs)))
	case Markdown:
		cells := make([][]string, len(rows))
		for i, r := range rows {
			cells[i] = writeDateCells(r)
		}
		if err := writeMarkdown(w, writeDateHeader, cells); err != nil {
			return err
		}
		return writeMarkdownFooter(w, writeRefFooter(writeInputRefs(inputs)))
	case CSV:
		cw, err := newCSVWriter(w, opts)
		if err != nil {
			return err
		}
		if err := cw.Write(writeDateHeader); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		for _, r := range rows {
			if err := cw.Write(csvGuard(writeDateCells(r), opts)); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		return nil
	case JSON:
		if inputs == nil {
			inputs = []Input{}
		}
		if rows == nil {
			rows = []DateRow{}
		}
		doc := struct {
			Inputs []Input   `json:"inputs"`
			Dates  []DateRow `json:"dates"`
		}{inputs, rows}
		enc := writeNewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		return nil
	case JSONL:
		bw := bufio.NewWriter(w)
		enc := writeNewEncoder(bw)
		for _, d := range writeGroupDates(inputs, rows) {
			if err := enc.Encode(d); err != nil {
				return fmt.Errorf("write jsonl: %w", err)
			}
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("write jsonl: %w", err)
		}
		return nil
	}
	return fmt.Errorf("write dates: %w %s", ErrUnknownFormat, f)
}

// writeGroupDates groups rows by document as described at [WriteDates].
func writeGroupDates(inputs []Input, rows []DateRow) []writeTimexDoc {
	var docs []writeTimexDoc
	index := make(map[string]int) // doc → index in docs
	add := func(id string) int {
		i, ok := index[id]
		if !ok {
			i = len(docs)
			index[id] = i
			docs = append(docs, writeTimexDoc{ID: id, Timex: []writeTimex{}})
		}
		return i
	}
	for _, in := range inputs {
		add(in.Doc)
	}
	for _, r := range rows {
		i := add(r.Doc)
		docs[i].Timex = append(docs[i].Timex, writeTimex{
			Start: r.Start, End: r.End, Text: r.Text, Type: r.Type, Value: r.Value, Mod: r.Mod,
			EndValue: r.EndValue, Precision: r.Precision, Tense: r.Tense, Anchor: r.Anchor, How: r.How,
		})
	}
	return docs
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

// writeColumn describes one column of a table.
type writeColumn struct {
	name   string // the header, written as is
	hide   bool   // leave the column out
	weight int    // share of spare width when the table must shrink; 0 keeps its natural width if it can
}

// Table geometry of the ASCII style: "| a | b |" takes 1 character for
// the left border plus, per column, a space either side and a border.
const (
	writeCellPad   = 2  // a space either side of a cell
	writeCellExtra = 3  // writeCellPad plus one border
	writeMinColumn = 4  // narrowest column worth wrapping into
	writeMaxWord   = 14 // widest word worth keeping whole at the cost of other columns
)

// writeTable renders rows under cols as an ASCII table no wider than width
// when that is possible. Hidden columns are dropped from the rows.
func writeTable(w io.Writer, cols []writeColumn, rows [][]string, width int) error {
	var keep []int
	for i, c := range cols {
		if !c.hide {
			keep = append(keep, i)
		}
	}
	header := make([]string, len(keep))
	natural := make([]int, len(keep)) // the widest cell
	word := make([]int, len(keep))    // the widest word
	weight := make([]int, len(keep))
	for j, i := range keep {
		header[j] = cols[i].name
		natural[j] = twwidth.Width(header[j])
		word[j] = natural[j]
		weight[j] = cols[i].weight
	}
	cells := make([][]string, len(rows))
	for r, row := range rows {
		cells[r] = make([]string, len(keep))
		for j, i := range keep {
			if i < len(row) {
				cells[r][j] = writeFlatten(row[i])
			}
			natural[j] = max(natural[j], twwidth.Width(cells[r][j]))
			for _, wd := range strings.Split(cells[r][j], " ") {
				word[j] = max(word[j], twwidth.Width(wd))
			}
		}
	}
	budget := width - 1 - writeCellExtra*len(keep)
	// Columns should be at least as wide as their longest word (up to
	// writeMaxWord), so that words stay whole; when the table is too narrow
	// for that, they need only fit the header.
	floor := make([]int, len(keep))
	need := 0
	for j := range keep {
		floor[j] = min(natural[j], max(min(word[j], writeMaxWord), writeMinColumn))
		if weight[j] == 0 {
			need += natural[j]
		} else {
			need += floor[j]
		}
	}
	if need > budget {
		for j, h := range header {
			floor[j] = min(natural[j], max(twwidth.Width(h), writeMinColumn))
		}
	}
	widths := writeFitWidths(natural, floor, weight, budget)
	for r := range cells {
		for j := range cells[r] {
			cells[r][j] = writeBreakLongWords(cells[r][j], widths[j])
		}
	}
	limits := tw.NewMapper[int, int]()
	for j, cw := range widths {
		limits.Set(j, cw+writeCellPad) // tablewriter's limit includes the padding
	}

	// East Asian ambiguous widths are off so that the output does not depend
	// on the locale; WithEastAsian sets a global of tablewriter.
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
	)
	t.Configure(func(cfg *tablewriter.Config) {
		cfg.Row.ColMaxWidths.PerColumn = limits
	})
	t.Header(header)
	if err := t.Bulk(cells); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// writeFitWidths chooses content widths for columns whose widest cells are
// natural, so that they add up to at most budget. If everything fits, each
// column gets its natural width. Otherwise columns of weight 0 keep theirs,
// and the rest share what is left in proportion to their weights, a column
// never getting more than it needs (max-min fairness) or less than its
// floor. When the floors alone exceed budget the result does too.
func writeFitWidths(natural, floor, weight []int, budget int) []int {
	n := len(natural)
	widths := make([]int, n)
	total := 0
	for _, w := range natural {
		total += w
	}
	if total <= budget {
		copy(widths, natural)
		return widths
	}
	fixed := make([]bool, n)
	left := budget
	for i := range n {
		if weight[i] == 0 {
			widths[i], fixed[i] = natural[i], true
			left -= natural[i]
		}
	}
	for {
		sum := 0
		for i := range n {
			if !fixed[i] {
				sum += weight[i]
			}
		}
		if sum == 0 {
			break
		}
		changed := false
		for i := range n {
			if fixed[i] {
				continue
			}
			share := max(left, 0) * weight[i] / sum
			switch {
			case natural[i] <= share:
				widths[i] = natural[i]
			case share < floor[i]:
				widths[i] = min(floor[i], natural[i])
			default:
				continue
			}
			fixed[i], changed = true, true
			left -= widths[i]
		}
		if changed {
			continue
		}
		// Every column left wants more than its share: hand out the shares,
		// then the remainder of the division one by one from the left.
		given := 0
		for i := range n {
			if !fixed[i] {
				widths[i] = left * weight[i] / sum
				given += widths[i]
			}
		}
		for i := 0; given < left; i = (i + 1) % n {
			if !fixed[i] && widths[i] < natural[i] {
				widths[i]++
				given++
			}
		}
		break
	}
	// If the columns of weight 0 leave too little room, narrow them too,
	// the widest first, down to their floors.
	over := -budget
	for _, w := range widths {
		over += w
	}
	for ; over > 0; over-- {
		widest := -1
		for i := range n {
			if weight[i] == 0 && widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	return widths
}

// writeBreakLongWords splits every word of s that is wider than width into
// pieces of at most width columns, each on its own line, so that word
// wrapping cannot leave a line wider than the column. tablewriter keeps an
// over-long word whole and widens the column instead.
func writeBreakLongWords(s string, width int) string {
	if width <= 0 || twwidth.Width(s) <= width {
		return s
	}
	words := strings.Split(s, " ")
	changed := false
	for i, word := range words {
		if twwidth.Width(word) <= width {
			continue
		}
		var b strings.Builder
		col := 0
		for _, r := range word {
			rw := twwidth.Width(string(r))
			if col > 0 && col+rw > width {
				b.WriteByte('\n')
				col = 0
			}
			b.WriteRune(r)
			col += rw
		}
		words[i] = b.String()
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}
