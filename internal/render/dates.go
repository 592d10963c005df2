package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// writeDateHeader names the columns of the table, Markdown and CSV forms of
// [Dates].
var writeDateHeader = []string{
	"doc", "line", "start", "end", "text", "type", "value", "end_value",
	"mod", "precision", "tense", "anchor", "how",
}

// writeDateCells returns the cells of r in the order of writeDateHeader.
func writeDateCells(r timeline.DateRow) []string {
	return []string{
		r.Doc, strconv.Itoa(r.Line), strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Text, r.Type,
		r.Value, r.EndValue, r.Mod, r.Precision, r.Tense, r.Anchor, r.How,
	}
}

// writeTimex is one temporal expression in the JSON Lines form of
// [Dates]. Its first fields match those of eval.Timex, so that the output can
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

// writeTimexDoc is one line of the JSON Lines form of [Dates].
type writeTimexDoc struct {
	ID    string       `json:"id"`
	Timex []writeTimex `json:"timex"`
}

// Dates writes the temporal expressions listed by "timeline dates" in
// format f.
//
// [Table], [Markdown] and [CSV] have the columns doc, line, start, end,
// text, type, value, end_value, mod, precision, tense, anchor and how; CSV
// cells are guarded against formulas as [CSV] describes. The
// table, meant for reading, leaves out the byte offsets and the anchor (the
// how column says it in words), the doc when there is only one, and
// end_value, mod, tense and how when they are empty in every row; after
// the table and the Markdown form, lines name the inputs whose reference
// date was guessed, as [Table] does. [JSON] writes {"inputs": [...], "dates": [...]}. [JSONL]
// writes one line per document, {"id": doc, "timex": [...]}, the form that
// "timeline score" reads: documents come in the order of inputs, each with
// its rows in order (an input without rows gets "timex": []), followed by
// rows of documents not among inputs, grouped by doc in order of
// appearance.
func Dates(w io.Writer, f Format, inputs []timeline.Input, rows []timeline.DateRow, opts Options) error {
	sw := &stickyWriter{w: w}
	return sw.check(writeDates(sw, f, inputs, rows, opts))
}

// writeDates is [Dates] on a stickyWriter.
func writeDates(w io.Writer, f Format, inputs []timeline.Input, rows []timeline.DateRow, opts Options) error {
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
			inputs = []timeline.Input{}
		}
		if rows == nil {
			rows = []timeline.DateRow{}
		}
		doc := struct {
			Inputs []timeline.Input   `json:"inputs"`
			Dates  []timeline.DateRow `json:"dates"`
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

// writeGroupDates groups rows by document as described at [Dates].
func writeGroupDates(inputs []timeline.Input, rows []timeline.DateRow) []writeTimexDoc {
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
