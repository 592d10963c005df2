package render

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// xlsxColumn is one column of the events sheet.
type xlsxColumn struct {
	name  string
	width float64 // in characters
	cell  func(timeline.Event) any
	date  bool // the cell may be a date, styled as one
}

// xlsxMaxRows is the largest number of rows a worksheet holds.
const xlsxMaxRows = 1 << 20

// xlsxColumns are the columns of the events sheet, in order.
var xlsxColumns = []xlsxColumn{
	{"Date", 12, func(e timeline.Event) any { return xlsxDate(e.Date) }, true},
	{"End", 12, func(e timeline.Event) any { return xlsxDate(e.EndDate) }, true},
	{"Precision", 10, func(e timeline.Event) any { return e.Precision }, false},
	{"Type", 11, func(e timeline.Event) any { return e.Type }, false},
	{"Status", 11, func(e timeline.Event) any { return e.Status }, false},
	{"Event", 60, func(e timeline.Event) any { return e.Summary }, false},
	{"Actors", 30, func(e timeline.Event) any { return strings.Join(e.Actors, ", ") }, false},
	{"Where", 18, func(e timeline.Event) any { return e.Location }, false},
	{"Sources", 28, func(e timeline.Event) any { return writeSources(e) }, false},
	{"Sentence", 100, func(e timeline.Event) any {
		if len(e.Mentions) == 0 {
			return ""
		}
		return e.Mentions[0].Sentence
	}, false},
	{"Reference", 12, func(e timeline.Event) any { return xlsxDate(e.Ref) }, true},
	{"Ref source", 10, func(e timeline.Event) any { return e.RefSource }, false},
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

// xlsxWriter writes events as an Excel workbook (Office Open XML). Its
// "Timeline" sheet has one row per event under a bold, frozen header
// row with an autofilter: Date, End, Precision, Type, Status, Event,
// Actors, Where, Sources (doc:line of each mention), Sentence (of the
// first mention), Reference and Ref source ([Event.Ref] and
// [Event.RefSource], so that a filter finds the rows whose year was
// guessed). A date that is a day is a real date cell
// (yyyy-mm-dd, or yyyy-mm-dd hh:mm with a time of day); a coarser one,
// such as a month, is text, and so is a day before 1 March 1900, which
// spreadsheets cannot hold as a date. An "Inputs" sheet lists the
// documents with the reference date of each.
//
// Text from the input is written as text cells, never as formulas, so
// the guard that [CSV] needs against formula injection has no
// place here. A sheet holds at most 1,048,575 events.
//
// The workbook is written directly, part by part, as a zip archive with
// fixed timestamps, so the same events always give the same bytes.
type xlsxWriter struct{}

func (xlsxWriter) write(w io.Writer, inputs []timeline.Input, events []timeline.Event, _ Options) error {
	if len(events) >= xlsxMaxRows {
		return fmt.Errorf("write xlsx: %d events are more than a sheet holds (%d); write csv or jsonl", len(events), xlsxMaxRows-1)
	}
	if err := writeWorkbook(w, inputs, events); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

// The styles of the workbook's cells, as indexes into cellXfs.
const (
	xlsxPlain = iota
	xlsxBold
	xlsxDay
	xlsxMinute
)

// xlsxStatic holds the parts of the workbook that do not depend on the
// events.
var xlsxStatic = []struct{ name, body string }{
	{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
		`<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`</Types>`},
	{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
		`</Relationships>`},
	{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`</Relationships>`},
	{"xl/styles.xml", `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
		`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
		`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
		`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
		`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>` +
		`<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf></cellXfs>` +
		`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
		`</styleSheet>`},
}

// xlsxTime is the time every part of the archive carries.
var xlsxTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// writeWorkbook writes the parts of the workbook to w.
func writeWorkbook(w io.Writer, inputs []timeline.Input, events []timeline.Event) error {
	z := zip.NewWriter(w)
	part := func(name string) (io.Writer, error) {
		return z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: xlsxTime})
	}
	const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	for _, p := range xlsxStatic {
		pw, err := part(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(pw, decl+p.body); err != nil {
			return err
		}
	}
	last := xlsxColumnName(len(xlsxColumns) - 1)
	filter := fmt.Sprintf("A1:%s%d", last, len(events)+1)
	pw, err := part("xl/workbook.xml")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(pw, decl+`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`+
		`<bookViews><workbookView activeTab="0"/></bookViews>`+
		`<sheets><sheet name="Timeline" sheetId="1" r:id="rId1"/><sheet name="Inputs" sheetId="2" r:id="rId2"/></sheets>`+
		`<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Timeline'!$A$1:$`+last+`$`+strconv.Itoa(len(events)+1)+`</definedName></definedNames>`+
		`</workbook>`); err != nil {
		return err
	}

	// The Timeline sheet.
	widths := make([]float64, len(xlsxColumns))
	header := make([]any, len(xlsxColumns))
	for i, c := range xlsxColumns {
		widths[i], header[i] = c.width, c.name
	}
	if pw, err = part("xl/worksheets/sheet1.xml"); err != nil {
		return err
	}
	sw := newSheetWriter(pw, widths, true)
	sw.row(header, func(int, any) int { return xlsxBold })
	row := make([]any, len(xlsxColumns))
	for _, e := range events {
		for j, c := range xlsxColumns {
			row[j] = c.cell(e)
		}
		sw.row(row, func(j int, v any) int {
			if t, ok := v.(time.Time); ok && xlsxColumns[j].date {
				if t.Hour() != 0 || t.Minute() != 0 {
					return xlsxMinute
				}
				return xlsxDay
			}
			return xlsxPlain
		})
	}
	if err := sw.end(`<autoFilter ref="` + filter + `"/>`); err != nil {
		return err
	}

	// The Inputs sheet.
	if pw, err = part("xl/worksheets/sheet2.xml"); err != nil {
		return err
	}
	sw = newSheetWriter(pw, []float64{30, 30, 12, 10, 60}, false)
	sw.row([]any{"File", "Document", "Reference", "From", "Why"}, func(int, any) int { return xlsxBold })
	for _, in := range inputs {
		sw.row([]any{in.File, in.Doc, in.Ref, in.RefSource, in.RefReason}, func(int, any) int { return xlsxPlain })
	}
	if err := sw.end(""); err != nil {
		return err
	}
	return z.Close()
}

// sheetWriter writes one worksheet part, row by row, with a frozen
// first row.
type sheetWriter struct {
	w   *bufio.Writer
	n   int // rows written
	num []byte
}

func newSheetWriter(w io.Writer, widths []float64, selected bool) *sheetWriter {
	sw := &sheetWriter{w: bufio.NewWriterSize(w, 64<<10)}
	b := sw.w
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	b.WriteString(`<sheetViews><sheetView `)
	if selected {
		b.WriteString(`tabSelected="1" `)
	}
	b.WriteString(`workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`)
	b.WriteString(`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, wd := range widths {
		fmt.Fprintf(b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, i+1, i+1, strconv.FormatFloat(wd, 'f', -1, 64))
	}
	b.WriteString(`</cols><sheetData>`)
	return sw
}

// row writes one row of cells; style gives each cell's style. A nil
// value leaves its cell empty, a time.Time is a date cell (text when it
// falls before 1 March 1900), anything else text.
func (sw *sheetWriter) row(cells []any, style func(int, any) int) {
	sw.n++
	b := sw.w
	r := strconv.Itoa(sw.n)
	b.WriteString(`<row r="` + r + `">`)
	for j, v := range cells {
		if v == nil {
			continue
		}
		ref := xlsxColumnName(j) + r
		s := style(j, v)
		switch v := v.(type) {
		case time.Time:
			if serial, ok := xlsxSerial(v); ok {
				sw.num = strconv.AppendFloat(sw.num[:0], serial, 'g', 15, 64)
				fmt.Fprintf(b, `<c r="%s" s="%d"><v>%s</v></c>`, ref, s, sw.num)
				continue
			}
			xlsxTextCell(b, ref, xlsxPlain, v.Format("2006-01-02"))
		case string:
			if v != "" {
				xlsxTextCell(b, ref, s, v)
			}
		default:
			xlsxTextCell(b, ref, s, fmt.Sprint(v))
		}
	}
	b.WriteString(`</row>`)
}

// end closes the sheet data, writes tail (such as an autoFilter) and
// closes the part.
func (sw *sheetWriter) end(tail string) error {
	sw.w.WriteString(`</sheetData>` + tail + `</worksheet>`)
	return sw.w.Flush()
}

// xlsxMaxText is the longest text a cell holds.
const xlsxMaxText = 32767

// xlsxTextCell writes a text cell, its characters escaped for XML, those XML
// cannot hold (most control characters) left out, and cut at the length
// a cell holds.
func xlsxTextCell(b *bufio.Writer, ref string, style int, s string) {
	if style == xlsxPlain {
		b.WriteString(`<c r="` + ref + `" t="inlineStr"><is><t xml:space="preserve">`)
	} else {
		b.WriteString(`<c r="` + ref + `" s="` + strconv.Itoa(style) + `" t="inlineStr"><is><t xml:space="preserve">`)
	}
	n := 0
	for _, r := range s {
		if n >= xlsxMaxText {
			break
		}
		n++
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError || r >= 0xD800 && r <= 0xDFFF:
			// not a character XML can hold
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(`</t></is></c>`)
}

// xlsxColumnName returns the letters of column i (0 is A, 26 is AA).
func xlsxColumnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// xlsxEpoch is day 0 of the spreadsheet date system, as read for dates
// from 1 March 1900 on (the 1900 system counts a 29 February 1900 that
// never was).
var xlsxEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// xlsxSerial returns the spreadsheet serial number of t (days since the
// epoch, the time of day as a fraction), or false for a day before 1
// March 1900.
func xlsxSerial(t time.Time) (float64, bool) {
	if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
		return 0, false
	}
	d := t.Sub(xlsxEpoch)
	return d.Hours() / 24, true
}
