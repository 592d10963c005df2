package timeline

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// xlsxColumn is one column of the events sheet.
type xlsxColumn struct {
	name  string
	width float64 // in characters
	cell  func(Event) any
	date  bool // the cell may be a date, styled as one
}

// xlsxMaxRows is the largest number of rows a worksheet holds.
const xlsxMaxRows = 1 << 20

// xlsxColumns are the columns of the events sheet, in order.
var xlsxColumns = []xlsxColumn{
	{"Date", 12, func(e Event) any { return xlsxDate(e.Date) }, true},
	{"End", 12, func(e Event) any { return xlsxDate(e.EndDate) }, true},
	{"Precision", 10, func(e Event) any { return e.Precision }, false},
	{"Type", 11, func(e Event) any { return e.Type }, false},
	{"Status", 11, func(e Event) any { return e.Status }, false},
	{"Event", 60, func(e Event) any { return e.Summary }, false},
	{"Actors", 30, func(e Event) any { return strings.Join(e.Actors, ", ") }, false},
	{"Where", 18, func(e Event) any { return e.Location }, false},
	{"Sources", 28, func(e Event) any { return writeSources(e) }, false},
	{"Sentence", 100, func(e Event) any {
		if len(e.Mentions) == 0 {
			return ""
		}
		return e.Mentions[0].Sentence
	}, false},
	{"Reference", 12, func(e Event) any { return xlsxDate(e.Ref) }, true},
	{"Ref source", 10, func(e Event) any { return e.RefSource }, false},
}

// xlsxDate turns a TIMEX3 value into a cell: a time.Time for a day
// ("2024-04-13") or a minute ("2024-04-13T09:30"), which the sheet shows
// with a date format, so that it sorts and computes as a date; the value
// as text for anything coarser or vaguer ("2024-04", "2024-W15",
// "2024-SU", "PAST_REF"), whose Precision column says what it is. A
// spreadsheet has no date that means "April 2024".
func xlsxDate(v string) any {
	if v == "" {
		return nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04"} {
		if len(v) == len(layout) {
			if t, err := time.Parse(layout, v); err == nil {
				return t
			}
		}
	}
	return v
}

// WriteXLSX writes events as an Excel workbook (Office Open XML). Its
// "Timeline" sheet has one row per event under a bold, frozen header
// row with an autofilter: Date, End, Precision, Type, Status, Event,
// Actors, Where, Sources (doc:line of each mention), Sentence (of the
// first mention), Reference and Ref source ([Event.Ref] and
// [Event.RefSource], so that a filter finds the rows whose year was
// guessed). A date that is a day is a real date cell
// (yyyy-mm-dd, or yyyy-mm-dd hh:mm with a time of day); a coarser one,
// such as a month, is text. An "Inputs" sheet lists the documents with
// the reference date of each.
//
// Text from the input is written as text cells, never as formulas, so
// the guard that [WriteCSV] needs against formula injection has no
// place here. A sheet holds at most 1,048,575 events.
func WriteXLSX(w io.Writer, inputs []Input, events []Event, _ Options) (err error) {
	if len(events) >= xlsxMaxRows {
		return fmt.Errorf("write xlsx: %d events are more than a sheet holds (%d); write csv or jsonl", len(events), xlsxMaxRows-1)
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write xlsx: %w", cerr)
		}
	}()
	if err := xlsxEvents(f, events); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	if err := xlsxInputs(f, inputs); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

// xlsxEvents fills the first sheet, renamed "Timeline", with events.
func xlsxEvents(f *excelize.File, events []Event) error {
	const sheet = "Timeline"
	if err := f.SetSheetName(f.GetSheetName(0), sheet); err != nil {
		return err
	}
	header, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	dayFmt, minuteFmt := "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
	day, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dayFmt, Alignment: &excelize.Alignment{Horizontal: "left"}})
	if err != nil {
		return err
	}
	minute, err := f.NewStyle(&excelize.Style{CustomNumFmt: &minuteFmt, Alignment: &excelize.Alignment{Horizontal: "left"}})
	if err != nil {
		return err
	}
	names := make([]any, len(xlsxColumns))
	for i, c := range xlsxColumns {
		names[i] = c.name
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, c.width); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(sheet, "A1", &names); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(xlsxColumns))
	if err := f.SetCellStyle(sheet, "A1", last+"1", header); err != nil {
		return err
	}
	row := make([]any, len(xlsxColumns))
	for i, e := range events {
		r := i + 2
		for j, c := range xlsxColumns {
			row[j] = c.cell(e)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
		for j, c := range xlsxColumns {
			t, ok := row[j].(time.Time)
			if !ok || !c.date {
				continue
			}
			style := day
			if t.Hour() != 0 || t.Minute() != 0 {
				style = minute
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, r)
			if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
				return err
			}
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return f.AutoFilter(sheet, fmt.Sprintf("A1:%s%d", last, len(events)+1), nil)
}

// xlsxInputs adds the "Inputs" sheet: one row per document read.
func xlsxInputs(f *excelize.File, inputs []Input) error {
	const sheet = "Inputs"
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	header := []any{"File", "Document", "Reference", "From", "Why"}
	widths := []float64{30, 30, 12, 10, 60}
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "E1", bold); err != nil {
		return err
	}
	for i, in := range inputs {
		row := []any{in.File, in.Doc, in.Ref, in.RefSource, in.RefReason}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}
