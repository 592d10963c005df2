// Package pdf reads the text of PDF files, page by page, with PDFium, the
// PDF engine of the Chromium browser, compiled to WebAssembly and run by
// the pure-Go runtime wazero, so that no C library or external program
// is needed. PDFium lays the text of a page out in reading order; this
// package then drops the running headers and footers that repeat on the
// pages and rejoins the words that a line break hyphenated.
//
// Compiling PDFium's WebAssembly module takes seconds; the machine code
// is kept in the user's cache directory (timeline/wazero), so that only
// the first PDF a machine reads pays for it.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// ErrNoText is returned for a PDF whose pages hold no text: a scan, which
// needs optical character recognition first.
var ErrNoText = errors.New("the PDF has no text layer (a scanned document?); run OCR on it first, for example ocrmypdf FILE.pdf OUT.pdf")

// ErrNotPDF is returned for data that PDFium cannot open as a PDF.
var ErrNotPDF = errors.New("not a readable PDF")

// ErrEncrypted is returned for a PDF that needs a password.
var ErrEncrypted = errors.New("the PDF is encrypted; open it with its password and save an unprotected copy")

var (
	poolOnce sync.Once
	pool     pdfium.Pool
	poolErr  error
	// mu serialises the use of the one PDFium instance.
	mu sync.Mutex
)

// instance returns the PDFium instance, starting the runtime on the first
// call.
func instance() (pdfium.Pdfium, error) {
	poolOnce.Do(func() {
		rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "timeline", "wazero")); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		pool, poolErr = webassembly.Init(webassembly.Config{
			Context: context.Background(), MinIdle: 1, MaxIdle: 1, MaxTotal: 1, RuntimeConfig: rc,
		})
	})
	if poolErr != nil {
		return nil, fmt.Errorf("starting PDFium: %w", poolErr)
	}
	return pool.GetInstance(time.Minute)
}

// Pages returns the text of each page of the PDF data, cleaned as the
// package comment says, lines ending in "\n". maxBytes bounds the text
// read (0: no bound); a longer text is an error.
func Pages(data []byte, maxBytes int64) ([]string, error) {
	mu.Lock()
	defer mu.Unlock()
	inst, err := instance()
	if err != nil {
		return nil, err
	}
	defer inst.Close()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "password") {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("%w (%v)", ErrNotPDF, err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	n, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("reading the pages: %w", err)
	}
	var pages []string
	var total int64
	for p := 0; p < n.PageCount; p++ {
		txt, err := inst.GetPageText(&requests.GetPageText{Page: requests.Page{ByIndex: &requests.PageByIndex{Document: doc.Document, Index: p}}})
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", p+1, err)
		}
		t := normalize(txt.Text)
		total += int64(len(t))
		if maxBytes > 0 && total > maxBytes {
			return nil, fmt.Errorf("its text is longer than %d bytes", maxBytes)
		}
		pages = append(pages, t)
	}
	return Clean(pages)
}

// normalize turns a page's line ends into "\n", drops the characters that
// are not text, and reads PDFium's mark for a hyphen that ended a line
// (U+0002, with the line break already gone): before a lower-case letter
// the word was broken and is whole again ("inter" + "national"), else it
// is a hyphen ("Franco-German").
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\x00', '\ufffe', '\uffff':
			continue
		case '\x02':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if !unicode.IsLower(next) {
				b.WriteByte('-')
			}
			continue
		}
		b.WriteRune(r)
	}
	s = b.String()
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}
