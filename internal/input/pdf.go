package input

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/pdf"
)

// PageBreak separates the pages of a PDF in a document's text: a form
// feed at the start of each page after the first. Mentions in such a
// text cite their page and their line within it.
const PageBreak = '\f'

// pdfText reads the text of a PDF input, page by page (see package pdf),
// with pageBreak before each page after the first. A PDF that cannot be
// read, or that has no text (a scan), is an error naming the file.
func pdfText(name string, data []byte, limit int64) ([]byte, string, *Pending) {
	pages, err := pdf.Pages(data, limit)
	if err != nil {
		return nil, KindPDF, &Pending{err: &Error{File: name, Err: err}}
	}
	return []byte(strings.Join(pages, string(PageBreak))), KindText, nil
}
