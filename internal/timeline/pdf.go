package timeline

import "fmt"

// pdfText reads a PDF input. PDF is not read yet: the input is skipped
// with a warning that says how to convert it.
func pdfText(name string, _ []byte, _ int64) ([]byte, string, *pendingDoc) {
	return nil, KindPDF, &pendingDoc{skip: true, warn: &InputError{File: name,
		Err: fmt.Errorf("PDF input is %w yet; skipped (convert it to text first, for example with pdftotext %s)", ErrUnsupported, "FILE.pdf")}}
}
