package input

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// KindDOCX is the input kind of a Word document (.docx).
const KindDOCX = "docx"

// ErrNotDOCX is reported, wrapped, for a .docx input that is not a Word
// document: not a zip archive, or one without a document part.
var ErrNotDOCX = errors.New("not a Word document (.docx)")

// wordML is the namespace of WordprocessingML, the markup of the body of
// a .docx file.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// markupCompat is the namespace of the markup-compatibility elements
// whose fallback repeats what a newer element says (text boxes, shapes).
const markupCompat = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// DOCXText returns the text of a Word document (.docx): the body's
// paragraphs, one a line, in order, with table cells as paragraphs of
// their own. A tab is a tab and a manual line or page break starts a new
// line. Deleted text of tracked changes, field codes, and the fallback
// copies of text boxes are left out; so are headers, footers, footnotes
// and comments, which live in other parts of the file. No part is read
// into memory beyond limit bytes (a zip can hold a small file that
// unpacks to gigabytes).
func DOCXText(data []byte, limit int64) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotDOCX, err)
	}
	part, err := docxMainPart(zr, limit)
	if err != nil {
		return nil, err
	}
	rc, err := part.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotDOCX, part.Name, err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: limit + 1}
	text, err := docxBody(lr)
	if lr.N <= 0 {
		return nil, &SizeError{Limit: limit}
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotDOCX, part.Name, err)
	}
	return text, nil
}

// docxMainPart finds the document part: the target of the package's
// officeDocument relationship, which is word/document.xml in every file
// that Word, LibreOffice or Google Docs writes.
func docxMainPart(zr *zip.Reader, limit int64) (*zip.File, error) {
	byName := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		byName[strings.ToLower(f.Name)] = f
	}
	name := "word/document.xml"
	if rels := byName["_rels/.rels"]; rels != nil {
		if target := docxOfficeTarget(rels, limit); target != "" {
			name = strings.ToLower(strings.TrimPrefix(path.Clean("/"+target), "/"))
		}
	}
	if f := byName[name]; f != nil {
		return f, nil
	}
	return nil, fmt.Errorf("%w: no document part (%s) in the archive", ErrNotDOCX, name)
}

// docxOfficeTarget returns the target of the officeDocument relationship
// in the package relationships part rels, or "".
func docxOfficeTarget(rels *zip.File, limit int64) string {
	rc, err := rels.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	var doc struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(io.LimitReader(rc, limit)).Decode(&doc) != nil {
		return ""
	}
	for _, r := range doc.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return r.Target
		}
	}
	return ""
}

// docxBody reads the text of a document part, in one pass over its XML
// tokens.
func docxBody(r io.Reader) ([]byte, error) {
	d := xml.NewDecoder(r)
	var b bytes.Buffer
	inText := 0     // depth inside w:t
	inRun := 0      // depth inside w:r, where w:tab is a tab (in w:pPr it is a tab stop)
	inFallback := 0 // depth inside mc:Fallback, which repeats mc:Choice
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == markupCompat && t.Name.Local == "Fallback" {
				inFallback++
			}
			if t.Name.Space != wordML || inFallback > 0 {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText++
			case "r":
				inRun++
			case "tab":
				if inRun > 0 {
					b.WriteByte('\t')
				}
			case "br", "cr":
				b.WriteByte('\n')
			case "noBreakHyphen":
				b.WriteByte('-')
			}
		case xml.EndElement:
			if t.Name.Space == markupCompat && t.Name.Local == "Fallback" {
				inFallback--
			}
			if t.Name.Space != wordML || inFallback > 0 {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText--
			case "r":
				inRun--
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText > 0 && inFallback == 0 {
				b.Write(t)
			}
		}
	}
	return b.Bytes(), nil
}
