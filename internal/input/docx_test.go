package input

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/fixture"
	"github.com/timeline-dev/timeline/internal/pdf"
	"github.com/timeline-dev/timeline/internal/pdf/pdftest"
)

func TestDOCXText(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr error
	}{
		{name: "paragraphs", in: fixture.DOCX("Talks in Geneva", "The talks began on 13 January 2025.", ""),
			want: "Talks in Geneva\nThe talks began on 13 January 2025.\n\n"},
		{name: "tab and line break", in: fixture.DOCX("Date:\t5 May\nPlace: Rome"),
			want: "Date:\t5 May\nPlace: Rome\n"},
		{name: "entities", in: fixture.DOCX(`Smith & Jones said "no" <now>.`),
			want: "Smith & Jones said \"no\" <now>.\n"},
		{name: "deleted text and field codes left out",
			in: fixture.DOCXBody(`<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText> gone</w:delText></w:r></w:del>` +
				`<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space="preserve"> here.</w:t></w:r></w:p>`),
			want: "Kept here.\n"},
		{name: "text box once",
			in: fixture.DOCXBody(`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>Box</w:t></mc:Choice>` +
				`<mc:Fallback><w:t>Box</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`),
			want: "Box\n"},
		{name: "table cells", in: fixture.DOCXBody(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2024</w:t></w:r></w:p></w:tc>` +
			`<w:tc><w:p><w:r><w:t>Election</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`),
			want: "2024\nElection\n"},
		{name: "not a zip", in: []byte("plain text"), wantErr: ErrNotDOCX},
		{name: "zip without a document", in: fixture.Zip(map[string]string{"a.txt": "x"}), wantErr: ErrNotDOCX},
		{name: "broken xml", in: fixture.DOCXBody(`<w:p><w:r><w:t>open`), wantErr: ErrNotDOCX},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DOCXText(tc.in, DefaultMaxDocSize)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got error %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDOCXTextLimit(t *testing.T) {
	doc := fixture.DOCX(strings.Repeat("On 5 May talks were held. ", 2000))
	_, err := DOCXText(doc, 1000)
	var se *SizeError
	if !errors.As(err, &se) {
		t.Fatalf("got %v, want a SizeError", err)
	}
}

// TestReadInputContainers reads the document formats that are not text:
// by extension, and by content under another name or on standard input.
func TestReadContainers(t *testing.T) {
	docx := string(fixture.DOCX("Geneva talks", "The talks began on 13 January 2025."))
	tests := []struct {
		name, file, in, kind string
		want                 string // the document's text
		wantErr              error  // a warning or an error
	}{
		{name: "docx by extension", file: "a.docx", in: docx, want: "Geneva talks\nThe talks began on 13 January 2025.\n"},
		{name: "docx on stdin", file: "-", in: docx, want: "Geneva talks\nThe talks began on 13 January 2025.\n"},
		{name: "docx asked for", file: "a.bin", in: docx, kind: KindDOCX, want: "Geneva talks\nThe talks began on 13 January 2025.\n"},
		{name: "a .docx that is not one", file: "b.docx", in: "hello", wantErr: ErrNotDOCX},
		{name: "broken pdf by extension", file: "r.pdf", in: "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", wantErr: pdf.ErrNotPDF},
		{name: "broken pdf by content", file: "-", in: "%PDF-1.7\n\x00\x01", wantErr: pdf.ErrNotPDF},
		{name: "pdf", file: "-", in: string(pdftest.Make([][]string{{"Talks were held on 5 May."}})), want: "Talks were held on 5 May.\n"},
		{name: "word 97", file: "old.doc", in: "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", wantErr: ErrUnsupported},
		{name: "other zip is binary", file: "a.zip", in: string(fixture.Zip(map[string]string{"a.txt": "x"})), wantErr: ErrBinary},
		{name: "text as text", file: "a.docx", in: "On 5 May.", kind: KindText, want: "On 5 May."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []Document
			errs := Read(strings.NewReader(tc.in), tc.file, Options{Kind: tc.kind}, func(d Document) error {
				docs = append(docs, d)
				return nil
			})
			if tc.wantErr != nil {
				if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], tc.wantErr) || !strings.HasPrefix(errs[0].Error(), tc.file+":") {
					t.Errorf("got %d documents and %v, want the error %v naming %s", len(docs), errs, tc.wantErr, tc.file)
				}
				return
			}
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("got %d documents and %v", len(docs), errs)
			}
			if got := string(docs[0].Text); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestPDFErrorMessages(t *testing.T) {
	for in, want := range map[string]string{
		"%PDF-1.4\n":                           "report.pdf: not a readable PDF",
		string(pdftest.Make([][]string{{""}})): "report.pdf: the PDF has no text layer (a scanned document?); run OCR on it first",
	} {
		errs := Read(strings.NewReader(in), "report.pdf", Options{}, func(Document) error { return nil })
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), want) {
			t.Errorf("got %v, want %q", errs, want)
		}
	}
}

func TestKindOfDocuments(t *testing.T) {
	for _, tc := range []struct{ name, kind, want string }{
		{"a.docx", "auto", KindDOCX}, {"A.DOCX", "", KindDOCX}, {"r.pdf", "auto", KindPDF},
		{"a.doc", "auto", KindText}, {"a.docx", KindText, KindText},
	} {
		if got := KindOf(tc.name, tc.kind); got != tc.want {
			t.Errorf("KindOf(%q, %q) = %q, want %q", tc.name, tc.kind, got, tc.want)
		}
	}
}

// FuzzDOCXText reads arbitrary archives as Word documents: it must never
// panic, and text it returns is UTF-8.
func FuzzDOCXText(f *testing.F) {
	f.Add(fixture.DOCX("Talks in Geneva", "On 13 January 2025.\tDone\nNext line"))
	f.Add(fixture.DOCXBody(`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`))
	f.Add(fixture.Zip(map[string]string{"word/document.xml": "<w:document"}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		text, err := DOCXText(data, 1<<20)
		if err == nil && !utf8.Valid(text) {
			t.Errorf("text is not UTF-8: %q", text)
		}
	})
}
