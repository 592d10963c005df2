package render

import (
	"strconv"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// AppendDatesJSONL appends to dst the line that [Dates] writes in
// [JSONL] for the dates of one result, [DateRows](r) with r.Input, and
// returns the extended buffer. It writes the bytes directly, with the
// escapes encoding/json uses without HTML escaping, and builds no rows:
// a caller that reuses dst writes each document without allocating.
func AppendDatesJSONL(dst []byte, r timeline.Result) []byte {
	if r.Doc.ID != r.Input.Doc {
		// The rows would form a document of their own after the input's:
		// rare enough to leave to Dates.
		var b appendWriter
		b.buf = dst
		Dates(&b, JSONL, []timeline.Input{r.Input}, timeline.DateRows(r), Options{})
		return b.buf
	}
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, r.Input.Doc)
	dst = append(dst, `,"timex":[`...)
	for i, x := range r.Tag.Timexes {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"start":`...)
		dst = strconv.AppendInt(dst, int64(r.Doc.InputOffset(x.Start)), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(r.Doc.InputOffset(x.End)), 10)
		dst = append(dst, `,"text":`...)
		dst = appendJSONString(dst, x.Text)
		dst = append(dst, `,"type":`...)
		dst = appendJSONString(dst, x.Type.String())
		dst = append(dst, `,"value":`...)
		dst = appendJSONString(dst, x.Value)
		// the fields that writeTimex leaves out when empty, in its order
		dst = appendJSONField(dst, `,"mod":`, x.Mod)
		dst = appendJSONField(dst, `,"end_value":`, x.EndValue)
		dst = appendJSONField(dst, `,"precision":`, x.Precision.String())
		dst = appendJSONField(dst, `,"tense":`, x.Tense.String())
		dst = appendJSONField(dst, `,"anchor":`, x.Anchor)
		dst = appendJSONField(dst, `,"how":`, x.How)
		dst = append(dst, '}')
	}
	return append(dst, "]}\n"...)
}

// appendWriter is an io.Writer that appends to buf.
type appendWriter struct{ buf []byte }

func (w *appendWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// appendJSONField appends key and the string s, unless s is empty.
func appendJSONField(dst []byte, key, s string) []byte {
	if s == "" {
		return dst
	}
	return appendJSONString(append(dst, key...), s)
}

const lowerHex = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it with HTML escaping off: the quote, the backslash and the
// control characters (\b, \f, \n, \r and \t by name, the others as
// \u00XX), U+2028 and U+2029, and each byte of invalid UTF-8 as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while all are printable ASCII other than
		// the quote and the backslash: per byte, the high bit is set for a
		// byte from 0x80 up, for one equal to '"' or '\\' and for one below
		// 0x20 (and perhaps for others after such a byte, which only ends
		// the run early).
		for i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			q := x ^ 0x2222222222222222
			b := x ^ 0x5c5c5c5c5c5c5c5c
			stop := (q - 0x0101010101010101) &^ q
			stop |= (b - 0x0101010101010101) &^ b
			stop |= (x - 0x2020202020202020) &^ x
			if (stop|x)&0x8080808080808080 != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', lowerHex[c>>4], lowerHex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', lowerHex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
