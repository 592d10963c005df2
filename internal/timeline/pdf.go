package timeline

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/pdf"
)

// pageBreak separates the pages of a PDF in a document's text: a form
// feed at the start of each page after the first. Mentions in such a
// text cite their page and their line within it.
const pageBreak = '\f'

// pdfText reads the text of a PDF input, page by page (see package pdf),
// with pageBreak before each page after the first. A PDF that cannot be
// read, or that has no text (a scan), is an error naming the file.
func pdfText(name string, data []byte, limit int64) ([]byte, string, *pendingDoc) {
	pages, err := pdf.Pages(data, limit)
	if err != nil {
		return nil, KindPDF, &pendingDoc{err: &InputError{File: name, Err: err}}
	}
	return []byte(strings.Join(pages, string(pageBreak))), KindText, nil
}

// pageTable holds the offsets of the page breaks of a text; it is empty
// for a text without pages.
type pageTable []int

func newPageTable(text []byte) pageTable {
	var t pageTable
	for i, b := range text {
		if b == pageBreak {
			t = append(t, i)
		}
	}
	return t
}

// at returns the 1-based page of byte offset off and the offset where
// that page starts; page 0 for a text without pages.
func (t pageTable) at(off int) (page, start int) {
	if len(t) == 0 {
		return 0, 0
	}
	page, start = 1, 0
	for _, b := range t {
		if b >= off {
			break
		}
		page, start = page+1, b+1
	}
	return page, start
}
