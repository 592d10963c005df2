package timeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
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
// [InputOptions.MaxDocSize] says otherwise: 64 MiB.
const DefaultMaxDocSize = 64 << 20

// DefaultInclude are the file names read from a directory when no
// pattern is given.
var DefaultInclude = []string{"*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.ndjson"}

// InputOptions say how to read inputs.
type InputOptions struct {
	// Kind is KindAuto, KindText, KindHTML or KindJSONL.
	Kind string
	// TextField, DateField and IDField name the fields of a JSON Lines
	// record; empty means "text", "date" (or "dct") and "id".
	TextField, DateField, IDField string
	// MaxDocSize is the largest document, in bytes, that is read: a
	// text or HTML file, or one JSON Lines record. 0 means
	// [DefaultMaxDocSize].
	MaxDocSize int64
}

// ErrTooLarge is reported for a document over the size limit.
var ErrTooLarge = errors.New("document too large")

// KindOf returns the kind an input is read as: kind itself unless it is
// KindAuto, else by the extension: .jsonl and .ndjson are JSON Lines, .html
// and .htm web pages, anything else (and standard input) plain text.
func KindOf(name, kind string) string {
	if kind != "" && kind != KindAuto {
		return kind
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return KindJSONL
	case ".html", ".htm", ".xhtml":
		return KindHTML
	}
	return KindText
}

// ExpandInputs turns the names given into the files to read: a file or
// "-" (standard input) stands for itself, and a directory for the files
// under it, recursively and in lexical order, whose names match one of
// include (shell patterns such as "*.txt"; [DefaultInclude] when empty).
// Hidden files and directories (names starting with ".") are skipped. A
// name that cannot be read, or a directory without a matching file, is
// reported and the others are still returned.
func ExpandInputs(names, include []string) ([]string, []error) {
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
			errs = append(errs, &InputError{File: name, Err: pathError(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, name)
			continue
		}
		var found []string
		werr := filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &InputError{File: p, Err: pathError(err)})
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
					found = append(found, p)
					break
				}
			}
			return nil
		})
		if werr != nil {
			errs = append(errs, &InputError{File: name, Err: pathError(werr)})
		}
		if len(found) == 0 {
			errs = append(errs, &InputError{File: name, Err: fmt.Errorf("directory holds no file matching %s", strings.Join(include, " "))})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

// pathError drops the operation and path from a file system error, which
// the message names already.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadInput reads the documents of one input from r and calls fn with
// each, in order: one for a text or HTML file, one a line for JSON Lines,
// which is read a line at a time so that a corpus of any size streams
// through. A document that cannot be read is reported in the returned
// errors, with its line where it has one, and skipped; an error from fn
// stops the reading and is returned last.
func ReadInput(r io.Reader, name string, opts InputOptions, fn func(Document) error) []error {
	var errs []error
	err := readInput(r, name, opts, func(p pendingDoc) error {
		d, err := p.document()
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		return fn(d)
	})
	if err != nil {
		errs = append(errs, err)
	}
	return errs
}

// pendingDoc is a document read but not yet decoded: a JSON Lines record
// is decoded by whoever analyses it, so that decoding runs in parallel.
type pendingDoc struct {
	doc    Document
	err    error  // the input could not be read as a document
	raw    []byte // a JSON Lines record, when set
	file   string
	line   int
	fields recordFields
}

// document decodes p.
func (p pendingDoc) document() (Document, error) {
	if p.err != nil {
		return Document{}, p.err
	}
	if p.raw != nil {
		return p.fields.parse(p.file, p.line, p.raw)
	}
	return p.doc, nil
}

// readInput calls fn with each document of one input, undecoded; it
// returns fn's error or a read error.
func readInput(r io.Reader, name string, opts InputOptions, fn func(pendingDoc) error) error {
	limit := opts.MaxDocSize
	if limit <= 0 {
		limit = DefaultMaxDocSize
	}
	kind := KindOf(name, opts.Kind)
	if kind == KindJSONL {
		fields := recordFields{text: opts.TextField, date: opts.DateField, id: opts.IDField}
		return eachLineLimit(r, name, limit, func(line int, b []byte, tooLong bool) error {
			if tooLong {
				return fn(pendingDoc{err: &InputError{File: name, Line: line, Err: fmt.Errorf("%w: the record is over %d bytes (raise --max-doc-size)", ErrTooLarge, limit)}})
			}
			return fn(pendingDoc{raw: bytes.Clone(b), file: name, line: line, fields: fields})
		})
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return fn(pendingDoc{err: &InputError{File: name, Err: err}})
	}
	if int64(len(data)) > limit {
		return fn(pendingDoc{err: &InputError{File: name, Err: fmt.Errorf("%w: over %d bytes (raise --max-doc-size)", ErrTooLarge, limit)}})
	}
	if kind == KindHTML {
		data = HTMLText(data)
	}
	d, err := NewDocument(name, data)
	return fn(pendingDoc{doc: d, err: err})
}

// recordFields names the fields of a JSON Lines record; empty names take
// the defaults.
type recordFields struct{ text, date, id string }

// parse reads one record. With the default field names it is
// [parseRecord]; with others the record is read as a map of fields.
func (f recordFields) parse(file string, line int, b []byte) (Document, error) {
	if (f.text == "" || f.text == "text") && (f.date == "" || f.date == "date" || f.date == "dct") && (f.id == "" || f.id == "id") {
		return parseRecord(file, line, b)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return Document{}, &InputError{File: file, Line: line, Err: fmt.Errorf("invalid JSON record: %w", err)}
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
	rec := record{}
	textKey := or(f.text, "text")
	text, ok, err := str(textKey)
	if err != nil {
		return Document{}, &InputError{File: file, Line: line, Err: err}
	}
	if !ok {
		return Document{}, &InputError{File: file, Line: line, Err: fmt.Errorf("record has no %q field (name it with --text-field)", textKey)}
	}
	rec.Text = &text
	if rec.ID, _, err = str(or(f.id, "id")); err != nil {
		return Document{}, &InputError{File: file, Line: line, Err: err}
	}
	if f.date == "" {
		if rec.Date, _, err = str("date"); err == nil && rec.Date == "" {
			rec.DCT, _, err = str("dct")
		}
	} else {
		rec.Date, _, err = str(f.date)
	}
	if err != nil {
		return Document{}, &InputError{File: file, Line: line, Err: err}
	}
	return recordDocument(file, line, rec)
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
