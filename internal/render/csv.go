package render

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// writeEventCSVHeader is the header row of [CSV].
var writeEventCSVHeader = []string{
	"date", "end_date", "precision", "type", "status", "summary", "actors", "location",
	"mentions", "file", "doc", "line", "start", "end", "expr", "sentence", "other_mentions",
	"ref", "ref_source", "trigger", "trigger_start", "trigger_end", "page",
}

// csvWriter writes events as CSV with a header row, one row per event:
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
type csvWriter struct{}

func (csvWriter) write(w io.Writer, _ []timeline.Input, events []timeline.Event, opts Options) error {
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
		if _, err := io.WriteString(w, "\uFEFF"); err != nil { // the byte order mark, in UTF-8
			return nil, fmt.Errorf("write csv: %w", err)
		}
		cw.UseCRLF = true
	}
	return cw, nil
}

// writeCSVRows writes the rows of events to cw, without flushing it.
func writeCSVRows(cw *csv.Writer, events []timeline.Event, opts Options) error {
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

// csvGuard prefixes with an apostrophe, in place, every cell of row that
// a spreadsheet could take for a formula, unless opts.CSVRaw is set. See
// [CSV].
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
