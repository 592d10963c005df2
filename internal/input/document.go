package input

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
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
	// Record is, for a JSON Lines record, the 1-based line of the input
	// that holds it; 0 for a whole file.
	Record int
	Text   []byte // UTF-8 text without a byte order mark; offsets count from here
	// Ref is the reference date the input itself carries: a JSON Lines
	// record's dct or date field, or the day in its url field, or the
	// publication date a web page states (see [PageDate]); zero when it
	// carries none.
	Ref time.Time
	// RefSource says where Ref comes from: "record" (a date field), "url"
	// (a record's url) or "page" (the page's metadata); empty is "record".
	// RefReason says it in a phrase, such as "the page's JSON-LD
	// datePublished"; it may be empty for "record".
	RefSource, RefReason string
	// RefFallback says that Ref is only the day a page was last changed,
	// as it gave no date of publication: a dateline in the text beats it.
	RefFallback bool
	// fixes holds the offsets in Text of the U+FFFD that NewDocument put in
	// place of invalid bytes, in order.
	fixes []int
}

// Error is a problem with one input, such as a file that is not UTF-8
// text or a malformed JSON Lines record. Line is 0 when it does not apply.
type Error struct {
	File string
	Line int
	Err  error
}

// Error formats the error as "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrBinary is reported, wrapped in an [Error], for input that holds
// a NUL byte: binary data such as a PDF or an image, or text in UTF-16,
// which the tool does not read.
var ErrBinary = errors.New("binary data, not UTF-8 text")

// ErrInvalidUTF8 is reported, wrapped in an [Error], for text with
// bytes that are not UTF-8. The text is still read, with U+FFFD in place of
// each bad byte.
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// BOM is the UTF-8 byte order mark, which the readers drop where a text,
// a line of JSON Lines or a stream of events starts with it.
var BOM = []byte{0xEF, 0xBB, 0xBF}

// NewDocument checks and cleans the text of a plain-text input: it drops a
// byte order mark, refuses binary data and replaces invalid UTF-8. Line
// endings are kept as they are (the scanner treats "\r" as space).
//
// Text with a NUL byte is binary: the Document is zero and the error, an
// [Error] wrapping [ErrBinary], names the line of the first NUL.
//
// Each byte that is not part of valid UTF-8 becomes U+FFFD, so that the
// text can be analysed, and the Document is returned together with an
// [Error] wrapping [ErrInvalidUTF8] that names the first such byte.
// Offsets and lines reported for the document still count the bytes of
// the input (after its byte order mark): see [Document.InputOffset].
func NewDocument(file string, text []byte) (Document, error) {
	text = bytes.TrimPrefix(text, BOM)
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return Document{}, &Error{File: file, Line: lineOf(text, i),
			Err: fmt.Errorf("%w: NUL byte at offset %d; skipped (convert it to UTF-8 text first)", ErrBinary, i)}
	}
	if utf8.Valid(text) {
		return Document{File: file, ID: file, Text: text}, nil
	}
	first := firstInvalid(text)
	clean := make([]byte, 0, len(text)+16)
	var fixes []int
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			clean = append(clean, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n == 1 {
			fixes = append(fixes, len(clean))
			clean = utf8.AppendRune(clean, utf8.RuneError)
		} else {
			clean = append(clean, text[i:i+n]...)
		}
		i += n
	}
	d := Document{File: file, ID: file, Text: clean, fixes: fixes}
	more := ""
	if len(fixes) > 1 {
		more = fmt.Sprintf(" and %d more bytes", len(fixes)-1)
	}
	return d, &Error{File: file, Line: lineOf(text, first),
		Err: fmt.Errorf("%w at offset %d%s; read with U+FFFD in their place (convert the file to UTF-8 to keep them)", ErrInvalidUTF8, first, more)}
}

// replacementExtra is how many bytes longer U+FFFD is than the one bad
// byte it replaces.
const replacementExtra = len("\uFFFD") - 1

// Replaced reports whether [NewDocument] replaced invalid UTF-8 in d.Text,
// so that offsets into the text differ from those of the input (see
// [Document.InputOffset]).
func (d Document) Replaced() bool { return len(d.fixes) > 0 }

// InputOffset returns the offset in the input of byte offset off of d.Text.
// The two differ only when [NewDocument] replaced invalid UTF-8: each
// replacement is longer than the byte it stands for. An offset inside a
// replacement, like its end, maps to the byte after the bad one.
func (d Document) InputOffset(off int) int {
	if len(d.fixes) == 0 {
		return off
	}
	// Replacements that begin before off shift it back.
	k := sort.SearchInts(d.fixes, off)
	in := off - k*replacementExtra
	if k > 0 {
		if last := d.fixes[k-1]; off < last+1+replacementExtra {
			// Inside the last replacement: after the bad byte.
			in = last - (k-1)*replacementExtra + 1
		}
	}
	return in
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

// EachLine calls fn with every non-blank line of JSON Lines input, trimmed
// of space and of a byte order mark on the first line, and its 1-based
// number. It stops at the first error fn returns, or at a read error,
// which it wraps with the input's name.
func EachLine(r io.Reader, name string, fn func(line int, b []byte) error) error {
	return eachLineMax(r, name, 0, fn, nil)
}

// eachLineMax is EachLine for lines of at most max bytes, not counting the
// line break; max 0 means any length. A longer line is read to its end
// but not kept, and tooLong is called with its number instead of fn. Lines
// of any length are read: there is no token limit as in bufio.Scanner.
// Each line fn gets is its own bytes, which fn may keep or change: the
// lines are read into blocks that are never written again where a line
// was given out, and each line is capped at its end, so an append to one
// cannot reach the next. A block holds many lines, so reading a line
// costs no allocation or copy of its own.
func eachLineMax(r io.Reader, name string, max int64, fn func(line int, b []byte) error, tooLong func(line int)) error {
	return eachLineBlocks(r, name, max, nil, func(line int, b []byte, _ *Block) error { return fn(line, b) }, tooLong)
}

// eachLineBlocks is eachLineMax that, when blocks is not nil, takes the
// blocks from it rather than making them, and gives fn the block that
// each line lies in, held once for the line: fn (or whoever it hands the
// line to) releases it once the line is no longer used, and the block
// goes back to blocks when the reader has left it and every line of it
// has been released. A line that fn gets may then be kept only until it
// is released. With blocks nil, the block fn gets is nil.
func eachLineBlocks(r io.Reader, name string, max int64, blocks *Blocks, fn func(line int, b []byte, blk *Block) error, tooLong func(line int)) error {
	var (
		buf      []byte // the block being read: buf[pos:] is not yet split
		blk      *Block // buf's block, when blocks are recycled; the reader holds it once
		pos      int
		line     = 1
		skipping bool  // within a line too long to keep, whose bytes are dropped
		skipped  int64 // the bytes of that line dropped so far
		rerr     error // the error of the last read, once its bytes are split
	)
	// The reader's own hold on the block it reads into goes when it
	// leaves the block, and when it stops.
	defer func() { blk.Release() }()
	// done handles line number line, b (without its line break); n is its
	// length with the bytes dropped before b.
	done := func(b []byte, n int64) error {
		if max > 0 && n > max {
			tooLong(line)
			return nil
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, BOM)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			blk.hold()
			return fn(line, t, blk)
		}
		return nil
	}
	for {
		if i := bytes.IndexByte(buf[pos:], '\n'); i >= 0 {
			b := buf[pos : pos+i : pos+i]
			n := int64(i)
			if skipping {
				n += skipped
				skipping, skipped = false, 0
			}
			if err := done(b, n); err != nil {
				return err
			}
			pos += i + 1
			line++
			continue
		}
		// No line break left in the block: read more, behind the line
		// begun, or in a new block that it moves to when the block is
		// nearly full.
		rest := buf[pos:]
		if max > 0 && (skipping || int64(len(rest)) > max) {
			// too long already: count its bytes, keep none
			skipping, skipped = true, skipped+int64(len(rest))
			rest = rest[:0]
			buf = buf[:pos]
		}
		err := rerr
		for empty := 0; err == nil; empty++ {
			if cap(buf)-len(buf) < blockSize/4 {
				size := blockSize
				if 2*len(rest) > size {
					size = 2 * len(rest)
				}
				var nb []byte
				if blocks != nil {
					next := blocks.get(size)
					nb = append(next.buf[:0], rest...)
					blk.Release() // its lines no longer need the reader
					blk = next
				} else {
					nb = make([]byte, len(rest), size)
					copy(nb, rest)
				}
				buf, pos, rest = nb, 0, nb
			}
			var n int
			n, err = r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if n > 0 {
				// the lines these bytes complete come before the error
				rerr, err = err, nil
				break
			}
			if err == nil && empty == 100 {
				err = io.ErrNoProgress // as bufio gives up
			}
		}
		if err == nil {
			continue
		}
		if !errors.Is(err, io.EOF) {
			return fmt.Errorf("read %s: %w", name, err)
		}
		// the last line, without a line break
		if pos < len(buf) || skipping {
			return done(buf[pos:len(buf):len(buf)], int64(len(buf)-pos)+skipped)
		}
		return nil
	}
}

// record is one line of JSON Lines input.
type record struct {
	ID   string  `json:"id"`
	Text *string `json:"text"`
	DCT  string  `json:"dct"`
	Date string  `json:"date"`
	// URL is the article's address: a day in its path is the reference
	// when no date is given. It is only a hint, so a value that is not a
	// string is let pass rather than refused.
	URL json.RawMessage `json:"url"`
	// urlField names URL's field in messages.
	urlField string
	// text, when hasText is set, is the text as decodeRecord found it, in
	// place of Text: a part of the record's own bytes.
	text    []byte
	hasText bool
}

// ReadRecords reads JSON Lines input: one object per line with "id",
// "text" and optionally "dct" or "date" (YYYY-MM-DD, or an RFC 3339 time)
// as the reference date; without either, a day in the path of "url" (see
// [URLDate]) is the reference. A bad record is reported as an [Error]
// with its line and skipped; the good records are still returned.
func ReadRecords(r io.Reader, file string) ([]Document, []error) {
	return readRecords(context.Background(), r, file, 0)
}

// readRecords is [ReadRecords] for records of at most max bytes (0: any
// size) that stops, returning ctx's error last, when ctx is done.
func readRecords(ctx context.Context, r io.Reader, file string, max int64) ([]Document, []error) {
	var docs []Document
	var errs []error
	tooLong := func(line int) {
		errs = append(errs, &Error{File: file, Line: line, Err: &SizeError{Limit: max, Record: true}})
	}
	err := eachLineMax(r, file, max, func(line int, b []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if d, e := ParseRecord(file, line, b); e != nil {
			errs = append(errs, e)
		} else {
			docs = append(docs, d)
		}
		return nil
	}, tooLong)
	if err != nil {
		if ctx.Err() != nil {
			errs = append(errs, err)
		} else {
			errs = append(errs, &Error{File: file, Err: err})
		}
	}
	return docs, errs
}

// ParseRecord reads the record b, on line of file, into a document. The
// document's text may be a part of b, whose bytes ParseRecord may change:
// the caller hands b over.
func ParseRecord(file string, line int, b []byte) (Document, error) {
	if rec, ok := decodeRecord(b); ok {
		return recordDocument(file, line, rec)
	}
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		return Document{}, &Error{File: file, Line: line, Err: fmt.Errorf("invalid JSON record: %w; skipped (each line must hold one JSON object)", err)}
	}
	return recordDocument(file, line, rec)
}

// recordDocument checks a record read from line of file and makes it a
// document.
func recordDocument(file string, line int, rec record) (Document, error) {
	if rec.Text == nil && !rec.hasText {
		return Document{}, &Error{File: file, Line: line, Err: errors.New(`record has no "text" field; skipped (give the article's text as "text")`)}
	}
	id := rec.ID
	if id == "" {
		id = fmt.Sprintf("%s:%d", file, line)
	}
	text := rec.text
	if !rec.hasText {
		text = []byte(*rec.Text)
	}
	d := Document{File: file, ID: id, Record: line, Text: text}
	ds := rec.DCT
	if ds == "" {
		ds = rec.Date
	}
	if ds != "" {
		t, err := ParseRef(ds)
		if err != nil {
			return Document{}, &Error{File: file, Line: line, Err: fmt.Errorf("record %q: %w; skipped", id, err)}
		}
		d.Ref = t
		return d, nil
	}
	var u string
	if len(rec.URL) > 0 && json.Unmarshal(rec.URL, &u) == nil {
		if t, ok := URLDate(u); ok {
			d.Ref, d.RefSource = t, "url"
			d.RefReason = fmt.Sprintf("the day in the record's %s field", cmp.Or(rec.urlField, "url"))
		}
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
