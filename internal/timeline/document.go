package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

// Document is one text to read: a file, standard input, or one record of
// a JSON Lines file.
type Document struct {
	File string // the input's name; "-" for standard input
	ID   string // the file name, or the record id for JSON Lines input
	Text []byte // UTF-8 text without a byte order mark; offsets count from here
	// Ref is the reference date the input itself carries (a JSON Lines
	// record's dct or date field); zero when it carries none.
	Ref time.Time
}

// InputError is a problem with one input, such as a file that is not UTF-8
// text or a malformed JSON Lines record. Line is 0 when it does not apply.
type InputError struct {
	File string
	Line int
	Err  error
}

// Error formats the error as "file:line: message".
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// ErrNotText is reported for input that is not UTF-8 text.
var ErrNotText = errors.New("not UTF-8 text")

var bom = []byte{0xEF, 0xBB, 0xBF}

// NewDocument checks and cleans the text of a plain-text input: it drops a
// byte order mark and rejects binary data and invalid UTF-8, naming the
// line of the first bad byte. Line endings are kept as they are (the
// scanner treats "\r" as space), so offsets match the file after its BOM.
func NewDocument(file string, text []byte) (Document, error) {
	text = bytes.TrimPrefix(text, bom)
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return Document{}, &InputError{File: file, Line: lineOf(text, i), Err: fmt.Errorf("%w: NUL byte at offset %d", ErrNotText, i)}
	}
	if !utf8.Valid(text) {
		i := firstInvalid(text)
		return Document{}, &InputError{File: file, Line: lineOf(text, i), Err: fmt.Errorf("%w: invalid UTF-8 at offset %d", ErrNotText, i)}
	}
	return Document{File: file, ID: file, Text: text}, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func lineOf(b []byte, off int) int { return bytes.Count(b[:off], []byte{'\n'}) + 1 }

// eachLine calls fn with every non-blank line of JSON Lines input, trimmed
// of space and of a byte order mark on the first line, and its 1-based
// number. It stops at the first error fn returns, or at a read error,
// which it wraps with the input's name.
func eachLine(r io.Reader, name string, fn func(line int, b []byte) error) error {
	return eachLineLimit(r, name, DefaultMaxDocSize, func(line int, b []byte, tooLong bool) error {
		if tooLong {
			return &InputError{File: name, Line: line, Err: fmt.Errorf("%w: the line is over %d bytes", ErrTooLarge, DefaultMaxDocSize)}
		}
		return fn(line, b)
	})
}

// eachLineLimit is eachLine for lines of at most limit bytes: a longer
// line is skipped without being held in memory, and fn is told so with
// tooLong set and no bytes.
func eachLineLimit(r io.Reader, name string, limit int64, fn func(line int, b []byte, tooLong bool) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var buf []byte
	for line := 1; ; line++ {
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if int64(len(buf)+len(chunk)) > limit+1 { // +1: the newline
					tooLong, buf = true, buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read %s: %w", name, err)
		}
		b := buf
		if line == 1 {
			b = bytes.TrimPrefix(b, bom)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 || tooLong {
			if ferr := fn(line, t, tooLong); ferr != nil {
				return ferr
			}
		}
		if err != nil {
			return nil // io.EOF
		}
	}
}

// record is one line of JSON Lines input.
type record struct {
	ID   string  `json:"id"`
	Text *string `json:"text"`
	DCT  string  `json:"dct"`
	Date string  `json:"date"`
}

// ReadRecords reads JSON Lines input: one object per line with "id",
// "text" and optionally "dct" or "date" (YYYY-MM-DD, or an RFC 3339 time)
// as the reference date. A bad record is reported as an [InputError] with
// its line and skipped; the good records are still returned.
func ReadRecords(r io.Reader, file string) ([]Document, []error) {
	var docs []Document
	var errs []error
	err := eachLine(r, file, func(line int, b []byte) error {
		if d, e := parseRecord(file, line, b); e != nil {
			errs = append(errs, e)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, &InputError{File: file, Err: err})
	}
	return docs, errs
}

func parseRecord(file string, line int, b []byte) (Document, error) {
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		return Document{}, &InputError{File: file, Line: line, Err: fmt.Errorf("invalid JSON record: %w", err)}
	}
	return recordDocument(file, line, rec)
}

// recordDocument checks a record read from line of file and makes it a
// document.
func recordDocument(file string, line int, rec record) (Document, error) {
	if rec.Text == nil {
		return Document{}, &InputError{File: file, Line: line, Err: errors.New(`record has no "text" field`)}
	}
	id := rec.ID
	if id == "" {
		id = fmt.Sprintf("%s:%d", file, line)
	}
	d := Document{File: file, ID: id, Text: []byte(*rec.Text)}
	ds := rec.DCT
	if ds == "" {
		ds = rec.Date
	}
	if ds != "" {
		t, err := ParseRef(ds)
		if err != nil {
			return Document{}, &InputError{File: file, Line: line, Err: fmt.Errorf("record %q: %w", id, err)}
		}
		d.Ref = t
	}
	return d, nil
}

// ParseRef reads a reference date. YYYY-MM-DD and RFC 3339 times are read
// directly; other fully written dates ("January 10, 2025", "10 Jan 2025",
// "Fri, 10 Jan 2025 08:00:00 GMT") go to dateparse. Its guesses are not
// trusted blindly: a numeric date whose day and month could be swapped
// ("5/6/2025") is refused, and so is a date without a year, which dateparse
// turns into year 0.
func ParseRef(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if len(s) > 10 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return dateOf(t), nil
		}
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (s[10] == 'T' || s[10] == ' ') {
			return t, nil
		}
	}
	bad := fmt.Errorf("invalid reference date %q (want YYYY-MM-DD)", s)
	if ambiguousNumeric(s) {
		return time.Time{}, fmt.Errorf("ambiguous reference date %q: day and month could be swapped (want YYYY-MM-DD)", s)
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil || t.Year() < 1000 || t.Year() > 2999 {
		return time.Time{}, bad
	}
	return dateOf(t), nil
}

func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// ambiguousNumeric reports whether s starts like "5/6/2025" or "05.06.25":
// two numbers of at most 12 before a separator, which dateparse would read
// month first.
func ambiguousNumeric(s string) bool {
	a, rest, ok := leadingNumber(s)
	if !ok || rest == "" || (rest[0] != '/' && rest[0] != '.' && rest[0] != '-') {
		return false
	}
	b, _, ok := leadingNumber(rest[1:])
	return ok && a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b
}

func leadingNumber(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < 4 && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i > 0
}
