package input

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Input kinds.
const (
	KindAuto  = "auto"  // by the file's extension
	KindText  = "text"  // plain text
	KindHTML  = "html"  // a web page, reduced to its article's text
	KindJSONL = "jsonl" // JSON Lines, one document a line
)

// DefaultMaxDocSize is the largest document read unless
// [Options.MaxDocSize] says otherwise: 64 MiB.
const DefaultMaxDocSize = 64 << 20

// DefaultInclude are the file names read from a directory when no
// pattern is given.
var DefaultInclude = []string{"*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.ndjson", "*.docx", "*.pdf"}

// Options say how to read inputs.
type Options struct {
	// Kind is KindAuto, KindText, KindHTML or KindJSONL.
	Kind string
	// TextField, DateField, IDField and URLField name the fields of a
	// JSON Lines record; empty means "text", "date" (or "dct"), "id" and
	// "url".
	TextField, DateField, IDField, URLField string
	// MaxDocSize is the largest document, in bytes, that is read: a
	// text or HTML file, or one JSON Lines record. 0 means
	// [DefaultMaxDocSize].
	MaxDocSize int64
	// Blocks, when set, recycles the blocks that JSON Lines input is read
	// into: each record's [Pending] then holds its block (see
	// [Pending.Block]) until it is released, and the record and the text
	// of its document must not be used after that.
	Blocks *Blocks
}

// KindOf returns the kind an input is read as: kind itself unless it is
// KindAuto, else by the extension: .jsonl and .ndjson are JSON Lines, .html
// and .htm web pages, .docx Word documents, .pdf PDF files, anything else
// (and standard input) plain text.
func KindOf(name, kind string) string {
	if kind != "" && kind != KindAuto {
		return kind
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return KindJSONL
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".docx":
		return KindDOCX
	case ".pdf":
		return KindPDF
	}
	return KindText
}

// Expand turns the names given into the files to read: a file or
// "-" (standard input) stands for itself, and a directory for the files
// under it, recursively and in lexical order, whose names match one of
// include (shell patterns such as "*.txt"; [DefaultInclude] when empty).
// Hidden files and directories (names starting with ".") are skipped. A
// name that cannot be read, or a directory without a matching file, is
// reported and the others are still returned. A page under a directory
// that timeline wrote itself (see [IsOwnPage]) is left out and reported
// with [ErrOwnOutput], which is a note rather than a problem.
func Expand(names, include []string) ([]string, []error) {
	if len(include) == 0 {
		include = DefaultInclude
	}
	for _, p := range include {
		if _, err := filepath.Match(p, ""); err != nil {
			return nil, []error{fmt.Errorf("--include %q: %w", p, err)}
		}
	}
	var files []string
	var errs []error
	for _, name := range names {
		if name == "-" {
			files = append(files, name)
			continue
		}
		st, err := os.Stat(name)
		if err != nil {
			errs = append(errs, &Error{File: name, Err: openProblem(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, name)
			continue
		}
		var found []string
		own := 0 // pages that timeline wrote, skipped
		werr := filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{File: p, Err: openProblem(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			base := d.Name()
			if p != name && strings.HasPrefix(base, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			for _, pat := range include {
				if ok, _ := filepath.Match(pat, base); ok {
					if isOwnPageFile(p) {
						errs = append(errs, &Error{File: p, Err: ErrOwnOutput})
						own++
						break
					}
					found = append(found, p)
					break
				}
			}
			return nil
		})
		if werr != nil {
			errs = append(errs, &Error{File: name, Err: readProblem(werr)})
		}
		if len(found) == 0 && own == 0 {
			errs = append(errs, &Error{File: name, Err: fmt.Errorf("directory holds no file matching %s", strings.Join(include, " "))})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

// Read reads the documents of one input from r and calls fn with
// each, in order: one for a text or HTML file, one a line for JSON Lines,
// which is read a line at a time so that a corpus of any size streams
// through. A document that cannot be read is reported in the returned
// errors, with its line where it has one, and skipped; so are the
// warnings: invalid UTF-8 replaced (the document is still read), an empty
// or binary input skipped. An error from fn stops the reading and is
// returned last.
func Read(r io.Reader, name string, opts Options, fn func(Document) error) []error {
	var errs []error
	err := Each(r, name, opts, func(p Pending) error {
		d, err := p.Document()
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		if p.warn != nil {
			errs = append(errs, p.warn)
		}
		if p.skip {
			return nil
		}
		return fn(d)
	})
	if err != nil {
		errs = append(errs, err)
	}
	return errs
}

// Pending is a document read but not yet decoded: a JSON Lines record is
// decoded by whoever analyses it, so that decoding runs in parallel.
type Pending struct {
	doc    Document
	err    error  // the input could not be read as a document
	warn   error  // a problem worked around, or why the input was skipped
	skip   bool   // nothing to read: an empty or binary input
	raw    []byte // a JSON Lines record, when set
	blk    *Block // the block raw lies in, held for p, when blocks are recycled
	file   string
	line   int
	fields recordFields
}

// Failed is a Pending that stands for an input that could not be read:
// its Document returns err.
func Failed(err error) Pending { return Pending{err: err} }

// Document decodes p.
func (p Pending) Document() (Document, error) {
	if p.err != nil {
		return Document{}, p.err
	}
	if p.raw != nil {
		return p.fields.parse(p.file, p.line, p.raw)
	}
	return p.doc, nil
}

// Size returns the number of bytes p holds: its record or its text.
func (p Pending) Size() int {
	if p.raw != nil {
		return len(p.raw)
	}
	return len(p.doc.Text)
}

// Block returns the block that p's record lies in, when the input is read
// with [Options.Blocks], or nil. p holds it once: the caller releases it
// with [Block.Release] once neither the record nor the text of the
// document decoded from it is used any more, and not before.
func (p Pending) Block() *Block { return p.blk }

// Skipped reports whether p holds nothing to read, an empty or binary
// input; [Pending.Warning] says why.
func (p Pending) Skipped() bool { return p.skip }

// Warning returns the problem worked around in reading p (invalid UTF-8
// replaced), or why it was skipped, or nil.
func (p Pending) Warning() error { return p.warn }

// Each calls fn with each document of one input read from r, undecoded,
// in order; it returns fn's error or a read error. [Read] is Each with
// the documents decoded.
func Each(r io.Reader, name string, opts Options, fn func(Pending) error) error {
	limit := opts.MaxDocSize
	if limit <= 0 {
		limit = DefaultMaxDocSize
	}
	kind := KindOf(name, opts.Kind)
	if kind == KindJSONL {
		fields := recordFields{text: opts.TextField, date: opts.DateField, id: opts.IDField, url: opts.URLField}
		records := 0
		var ferr error // an error of fn, which ends the reading
		tooLong := func(line int) {
			if ferr == nil {
				records++
				ferr = fn(Pending{err: &Error{File: name, Line: line, Err: &SizeError{Limit: limit, Record: true}}})
			}
		}
		err := eachLineBlocks(r, name, limit, opts.Blocks, func(line int, b []byte, blk *Block) error {
			if ferr != nil {
				blk.Release()
				return ferr
			}
			records++
			// b is the line's own copy, which the record's text becomes
			return fn(Pending{raw: b, blk: blk, file: name, line: line, fields: fields})
		}, tooLong)
		switch {
		case ferr != nil:
			return ferr
		case err != nil:
			return err
		case records == 0:
			return fn(Pending{skip: true, warn: &Error{File: name, Err: fmt.Errorf("%w: no records to read", ErrEmpty)}})
		}
		return nil
	}
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		// a file too large is refused before it is read
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
			return fn(Pending{err: &Error{File: name, Err: &SizeError{Size: fi.Size(), Limit: limit}}})
		}
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return err
		}
		return fn(Pending{err: &Error{File: name, Err: readProblem(err)}})
	}
	if int64(len(data)) > limit {
		return fn(Pending{err: &Error{File: name, Err: &SizeError{Limit: limit}}})
	}
	data, kind, problem := decodeContainer(name, kind, opts.Kind, data, limit)
	if problem != nil {
		return fn(*problem)
	}
	var page pageFound
	var changed bool
	if kind == KindHTML {
		page, changed = pageDate(data)
		data = HTMLText(data)
	}
	d, err := NewDocument(name, data)
	if page.reason != "" {
		d.Ref, d.RefSource, d.RefReason, d.RefFallback = page.date, "page", page.reason, changed
	}
	switch {
	case errors.Is(err, ErrBinary):
		return fn(Pending{skip: true, warn: err})
	case len(bytes.TrimSpace(d.Text)) == 0:
		return fn(Pending{skip: true, warn: &Error{File: name, Err: fmt.Errorf("%w: no text to read; skipped", ErrEmpty)}})
	}
	return fn(Pending{doc: d, warn: err}) // invalid UTF-8, replaced
}

// recordFields names the fields of a JSON Lines record; empty names take
// the defaults.
type recordFields struct{ text, date, id, url string }

// parse reads one record. With the default field names it is
// [ParseRecord]; with others the record is read as a map of fields.
func (f recordFields) parse(file string, line int, b []byte) (Document, error) {
	if (f.text == "" || f.text == "text") && (f.date == "" || f.date == "date" || f.date == "dct") && (f.id == "" || f.id == "id") && (f.url == "" || f.url == "url") {
		return ParseRecord(file, line, b)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return Document{}, &Error{File: file, Line: line, Err: fmt.Errorf("invalid JSON record: %w", err)}
	}
	str := func(key string) (string, bool, error) {
		raw, ok := m[key]
		if !ok || string(raw) == "null" {
			return "", false, nil
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", true, fmt.Errorf("field %q is not a string", key)
		}
		return s, true, nil
	}
	rec := record{urlField: cmp.Or(f.url, "url")}
	rec.URL = m[rec.urlField]
	textKey := cmp.Or(f.text, "text")
	text, ok, err := str(textKey)
	if err != nil {
		return Document{}, &Error{File: file, Line: line, Err: err}
	}
	if !ok {
		return Document{}, &Error{File: file, Line: line, Err: fmt.Errorf("record has no %q field (name it with --text-field)", textKey)}
	}
	rec.Text = &text
	if rec.ID, _, err = str(cmp.Or(f.id, "id")); err != nil {
		return Document{}, &Error{File: file, Line: line, Err: err}
	}
	if f.date == "" {
		if rec.Date, _, err = str("date"); err == nil && rec.Date == "" {
			rec.DCT, _, err = str("dct")
		}
	} else {
		rec.Date, _, err = str(f.date)
	}
	if err != nil {
		return Document{}, &Error{File: file, Line: line, Err: err}
	}
	return recordDocument(file, line, rec)
}

// ErrEmpty is reported, wrapped in an [Error], as a warning for an
// input that holds no text.
var ErrEmpty = errors.New("empty input")

// SizeError is reported, wrapped in an [Error], for a document larger
// than [Options.MaxDocSize].
type SizeError struct {
	Size   int64 // the size, when known; 0 when it is not
	Limit  int64
	Record bool // the document is one record of a JSON Lines input
}

// Error says how large the document is, what the limit is and how to
// raise it.
func (e *SizeError) Error() string {
	what := "input"
	if e.Record {
		what = "record"
	}
	size := "larger than"
	if e.Size > 0 {
		size = FormatSize(e.Size) + ", more than"
	}
	return fmt.Sprintf("%s is %s the limit of %s for one document; skipped (raise the limit with --max-doc-size)", what, size, FormatSize(e.Limit))
}

// openProblem turns the error of opening an input into a message that says
// what went wrong and what to do, without the file name, which
// [Error] adds.
func openProblem(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w (check the name and the directory)", fs.ErrNotExist)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w (check the file's permissions)", fs.ErrPermission)
	}
	return readProblem(err)
}

// readProblem drops the "open NAME:" or "read NAME:" of a *fs.PathError.
func readProblem(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sizeUnits are the units that ParseSize reads and FormatSize writes, the
// largest first.
var sizeUnits = []struct {
	name string
	n    int64
}{
	{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
	{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"kB", 1e3},
	{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"k", 1 << 10}, {"B", 1},
}

// ParseSize reads a size in bytes: a whole number, optionally followed by
// a unit: B; K, KiB, M, MiB, G or GiB (powers of 1024); KB, MB or GB
// (powers of 1000). "0" means no limit where a limit is asked for.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.name) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("invalid size %q (want a number of bytes, optionally with a unit, such as 64MiB or 200MB)", s)
	}
	return n * mult, nil
}

// FormatSize writes n bytes in the largest binary unit that divides it, or
// to one decimal in MiB or GiB: "64 MiB", "200.0 MiB", "512 B".
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		n    int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n {
			if n%u.n == 0 {
				return fmt.Sprintf("%d %s", n/u.n, u.name)
			}
			return fmt.Sprintf("%.1f %s", float64(n)/float64(u.n), u.name)
		}
	}
	return fmt.Sprintf("%d B", n)
}

// ctxReader reads r until ctx is done. A read from a terminal or a pipe
// can wait for ever; this one returns ctx's error as soon as ctx is done,
// leaving the read it waited for behind.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
	// buf and done serve each read in turn: a read that returns leaves
	// them to the next, so that standard input read in blocks of 64 KiB
	// does not allocate as much again; a read left behind keeps them.
	buf  []byte
	done chan ctxResult
}

type ctxResult struct {
	n   int
	err error
}

func (cr *ctxReader) Read(p []byte) (int, error) {
	if err := cr.ctx.Err(); err != nil {
		return 0, err
	}
	if cap(cr.buf) < len(p) {
		cr.buf = make([]byte, len(p)) // the abandoned read must not write into p
	}
	if cr.done == nil {
		cr.done = make(chan ctxResult, 1)
	}
	buf, done := cr.buf[:len(p)], cr.done
	go func() {
		n, err := cr.r.Read(buf)
		done <- ctxResult{n, err}
	}()
	select {
	case res := <-done:
		return copy(p, buf[:res.n]), res.err
	case <-cr.ctx.Done():
		cr.buf, cr.done = nil, nil // the read left behind may still use them
		return 0, cr.ctx.Err()
	}
}

// Open opens a named input for [Each]; "-" is stdin, which is not closed
// and whose reads end when ctx is done. The function returned closes it.
func Open(ctx context.Context, name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		return &ctxReader{ctx: ctx, r: stdin}, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, &Error{File: name, Err: openProblem(err)}
	}
	return f, func() { f.Close() }, nil
}
