package input

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// decodeRecord reads a JSON Lines record with the default field names
// ("id", "text", "dct", "date", "url") in one pass over its bytes, without
// encoding/json's reflection: the text is unquoted in place, inside b,
// and the record's text is that part of b, so the text is not copied
// again. b must not be used by the caller afterwards.
//
// It reads the common case only, and reports ok false for anything else,
// before it changes b: then encoding/json reads the record, with its
// errors and its rules. The common case is a valid JSON object whose keys
// have no escapes, whose id, dct and date are strings or null and whose
// text is a string or null, all of them valid UTF-8; any other key, and
// the url, may hold any valid JSON value. A key that differs from one of
// the five only in case is left to encoding/json, which matches it.
// Within that case the result is the one json.Unmarshal gives.
func decodeRecord(b []byte) (rec record, ok bool) {
	s := recordScanner{b: b}
	s.space()
	if !s.byte('{') {
		return rec, false
	}
	textStart, textEnd, textEsc := -1, -1, false
	s.space()
	if !s.byte('}') {
		for {
			ks, ke, esc, ok := s.str()
			if !ok || esc {
				return rec, false
			}
			s.space()
			if !s.byte(':') {
				return rec, false
			}
			s.space()
			key := b[ks:ke]
			switch string(key) {
			case "id", "dct", "date":
				v, ok := s.stringOrNull()
				if !ok {
					return rec, false
				}
				if v.set {
					str, ok := v.string(b)
					if !ok {
						return rec, false
					}
					switch string(key) {
					case "id":
						rec.ID = str
					case "dct":
						rec.DCT = str
					default:
						rec.Date = str
					}
				}
			case "text":
				v, ok := s.stringOrNull()
				if !ok {
					return rec, false
				}
				if v.set {
					if !utf8.Valid(b[v.start:v.end]) {
						return rec, false
					}
					textStart, textEnd, textEsc = v.start, v.end, v.esc
				} else {
					textStart, textEnd = -1, -1 // null: no text, as with encoding/json
				}
			case "url":
				start := s.i
				if !s.value(0) {
					return rec, false
				}
				rec.URL = b[start:s.i]
			default:
				if foldsToField(key) {
					return rec, false
				}
				if !s.value(0) {
					return rec, false
				}
			}
			s.space()
			if s.byte(',') {
				s.space()
				continue
			}
			if s.byte('}') {
				break
			}
			return rec, false
		}
	}
	s.space()
	if s.i != len(b) {
		return rec, false
	}
	if textStart >= 0 {
		text := b[textStart:textEnd]
		if textEsc {
			text = unquoteInto(b[textStart:textStart], text)
		}
		rec.text, rec.hasText = text, true
	}
	return rec, true
}

// foldsToField reports whether key, which is none of the record's field
// names, would still match one of them in encoding/json, which matches
// names without regard to case. Keys outside ASCII are assumed to.
func foldsToField(key []byte) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	for _, f := range [...]string{"id", "text", "dct", "date", "url"} {
		if len(key) == len(f) && strings.EqualFold(string(key), f) {
			return true
		}
	}
	return false
}

// recordScanner walks the bytes of one JSON value, checking them as it
// goes.
type recordScanner struct {
	b []byte
	i int
}

// maxRecordDepth bounds the nesting that decodeRecord follows; deeper
// records go to encoding/json.
const maxRecordDepth = 64

func (s *recordScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
			continue
		}
		return
	}
}

// byte consumes c if it comes next.
func (s *recordScanner) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// strStop marks the bytes that end a run of plain string content: the
// quote, the backslash and the control characters, which JSON does not
// allow unescaped.
var strStop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// eqMask sets the high bit of each byte of x that equals c, and may set it
// for others only at or after such a byte (borrows run upwards), which
// only ends the fast run early.
func eqMask(x uint64, c byte) uint64 {
	y := x ^ loBits*uint64(c)
	return (y - loBits) &^ y
}

// ltMask sets the high bit of each byte of x below n (n at most 0x80), and
// may set it for others only after such a byte.
func ltMask(x uint64, n byte) uint64 {
	return (x - loBits*uint64(n)) &^ x
}

// str reads a string and returns the span of its content, between the
// quotes, and whether it holds escapes.
func (s *recordScanner) str() (start, end int, esc, ok bool) {
	if !s.byte('"') {
		return 0, 0, false, false
	}
	start = s.i
	b := s.b
	for i := s.i; i < len(b); {
		// Eight bytes at a time while none of them is a quote, a
		// backslash or a control character: for each byte, the high bit
		// of eq is set where it equals c, and that of lt where it is
		// below 0x20 (bytes from 0x80 up are content).
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if m := (eqMask(x, '"') | eqMask(x, '\\') | ltMask(x, 0x20)) & hiBits; m != 0 {
				// the lowest bit set is that of the first stop byte
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if !strStop[c] {
			i++
			continue
		}
		switch {
		case c == '"':
			s.i = i + 1
			return start, i, esc, true
		case c == '\\':
			esc = true
			if i+1 >= len(b) {
				return 0, 0, false, false
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(b) || hex4(b[i+2:i+6]) < 0 {
					return 0, 0, false, false
				}
				i += 6
			default:
				return 0, 0, false, false
			}
		default: // a control character
			return 0, 0, false, false
		}
	}
	return 0, 0, false, false
}

// strValue is a string value found by stringOrNull.
type strValue struct {
	start, end int
	esc, set   bool // set is false for null
}

// string returns the value's content unquoted, and false when it is not
// valid UTF-8, which encoding/json would change.
func (v strValue) string(b []byte) (string, bool) {
	s := b[v.start:v.end]
	if !utf8.Valid(s) {
		return "", false
	}
	if v.esc {
		return string(unquoteInto(nil, s)), true
	}
	return string(s), true
}

// stringOrNull reads a string or null.
func (s *recordScanner) stringOrNull() (strValue, bool) {
	if s.i < len(s.b) && s.b[s.i] == 'n' {
		return strValue{}, s.literal("null")
	}
	start, end, esc, ok := s.str()
	return strValue{start: start, end: end, esc: esc, set: true}, ok
}

func (s *recordScanner) literal(lit string) bool {
	if len(s.b)-s.i >= len(lit) && string(s.b[s.i:s.i+len(lit)]) == lit {
		s.i += len(lit)
		return true
	}
	return false
}

// value skips one JSON value of any kind, checking its syntax.
func (s *recordScanner) value(depth int) bool {
	if s.i >= len(s.b) || depth > maxRecordDepth {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, _, _, ok := s.str()
		return ok
	case c == '{':
		s.i++
		s.space()
		if s.byte('}') {
			return true
		}
		for {
			if _, _, _, ok := s.str(); !ok {
				return false
			}
			s.space()
			if !s.byte(':') {
				return false
			}
			s.space()
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if s.byte(',') {
				s.space()
				continue
			}
			return s.byte('}')
		}
	case c == '[':
		s.i++
		s.space()
		if s.byte(']') {
			return true
		}
		for {
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if s.byte(',') {
				s.space()
				continue
			}
			return s.byte(']')
		}
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		return s.number()
	}
	return false
}

// number reads a number as JSON writes it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *recordScanner) number() bool {
	b := s.b
	i := s.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return false
		}
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return false
		}
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
	}
	s.i = i
	return true
}

// hex4 returns the value of four hexadecimal digits, or -1.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquoteInto appends to dst the content s of a checked JSON string with
// its escapes replaced, as encoding/json replaces them: a lone or broken
// surrogate becomes U+FFFD. dst may be s[:0]: the result is never longer
// than s, so unquoting in place writes only bytes already read.
func unquoteInto(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := bytes.IndexByte(s[i:], '\\')
			if j < 0 {
				j = len(s) - i
			}
			dst = append(dst, s[i:i+j]...)
			i += j
			continue
		}
		switch e := s[i+1]; e {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := hex4(s[i+2:])
			i += 6
			if 0xd800 <= r && r < 0xe000 {
				// A high surrogate followed by an escaped low one is one
				// character; anything else is U+FFFD.
				if r < 0xdc00 && i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if r2 := hex4(s[i+2:]); 0xdc00 <= r2 && r2 < 0xe000 {
						dst = utf8.AppendRune(dst, 0x10000+(r-0xd800)<<10+(r2-0xdc00))
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			dst = utf8.AppendRune(dst, r)
			continue
		default: // '"', '\\', '/'
			dst = append(dst, e)
		}
		i += 2
	}
	return dst
}
