package input

import (
	"bytes"
	"errors"
	"fmt"
)

// KindPDF is the input kind of a PDF file.
const KindPDF = "pdf"

// ErrUnsupported is reported, wrapped in an [Error], for an input in
// a format that timeline recognises but does not read; the input is
// skipped with a warning that says what to do instead.
var ErrUnsupported = errors.New("not supported")

// Signatures at the start of the files that decodeContainer recognises.
var (
	pdfMagic = []byte("%PDF-")
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") // Word 97-2003 and other OLE files
)

// decodeContainer turns the bytes of a document file that is not text,
// such as a Word document, into its text, and returns the kind to read
// the result as. kind is what [KindOf] said; asked is the kind the user
// asked for. Under KindAuto, content decides over the extension, so that
// a PDF or a .docx on standard input or under another name is still
// recognised. Anything else comes back as it was. A file that cannot be
// read comes back as a pendingDoc to report: an error, or a skip with a
// warning for a format that is known but not read.
func decodeContainer(name, kind, asked string, data []byte, limit int64) ([]byte, string, *Pending) {
	auto := asked == "" || asked == KindAuto
	if auto && kind == KindText {
		switch {
		case bytes.HasPrefix(data, pdfMagic):
			kind = KindPDF
		case bytes.HasPrefix(data, zipMagic) && isDOCX(data):
			kind = KindDOCX
		case bytes.HasPrefix(data, oleMagic):
			return nil, kind, &Pending{skip: true, warn: &Error{File: name,
				Err: fmt.Errorf("a Word 97-2003 (.doc) or other Office binary file is %w; skipped (save it as .docx or plain text)", ErrUnsupported)}}
		}
	}
	switch kind {
	case KindDOCX:
		text, err := DOCXText(data, limit)
		if err != nil {
			return nil, kind, &Pending{err: &Error{File: name, Err: err}}
		}
		return text, KindText, nil
	case KindPDF:
		return pdfText(name, data, limit)
	}
	return data, kind, nil
}

// isDOCX reports whether the zip archive data looks like a Word document.
func isDOCX(data []byte) bool {
	return bytes.Contains(data, []byte("word/document.xml"))
}
