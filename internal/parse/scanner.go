package parse

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	EOF    Kind = iota
	Word        // a run of letters, with inner apostrophes: "Iran's", "o'clock"
	Number      // a run of ASCII digits, with an ordinal suffix if one follows: "17", "17th"
	Punct       // any other single character that is not space
)

var kindNames = [...]string{EOF: "EOF", Word: "Word", Number: "Number", Punct: "Punct"}

// String returns the name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Flag records facts about a token's surroundings and shape.
type Flag uint8

// Token flags.
const (
	SpaceBefore   Flag = 1 << iota // white space separates the token from the one before
	NewlineBefore                  // a line break separates the token from the one before
	BlankBefore                    // an empty line separates the token from the one before
	Upper                          // the token starts with an upper-case letter
	Ordinal                        // a number with an ordinal suffix: 1st, 2nd, 3rd, 17th
)

// Token is a span of the input. It holds offsets, not text, so scanning
// allocates nothing per token.
type Token struct {
	Kind       Kind
	Flags      Flag
	Start, End int // byte offsets, end exclusive
}

// Has reports whether all of the flags f are set on the token.
func (t Token) Has(f Flag) bool { return t.Flags&f == f }

// Scanner splits a text into tokens. The zero value is not usable; call
// [NewScanner].
type Scanner struct {
	src   []byte
	pos   int
	flags Flag // flags to give the next token
}

// NewScanner returns a scanner positioned at the start of src.
func NewScanner(src []byte) *Scanner { return &Scanner{src: src} }

// Next returns the next token, or a token of kind [EOF] at the end of the
// input.
func (s *Scanner) Next() Token {
	s.skipSpace()
	start := s.pos
	flags := s.flags
	s.flags = 0
	if start >= len(s.src) {
		return Token{Kind: EOF, Flags: flags, Start: start, End: start}
	}
	b := s.src[start]
	if b < utf8.RuneSelf {
		switch {
		case isDigit(b):
			return s.number(start, flags)
		case isASCIILetter(b):
			if b <= 'Z' {
				flags |= Upper
			}
			return s.word(start, flags)
		}
		s.pos++
		return Token{Kind: Punct, Flags: flags, Start: start, End: s.pos}
	}
	r, n := utf8.DecodeRune(s.src[start:])
	if unicode.IsLetter(r) {
		if unicode.IsUpper(r) {
			flags |= Upper
		}
		return s.word(start, flags)
	}
	s.pos += n
	return Token{Kind: Punct, Flags: flags, Start: start, End: s.pos}
}

// skipSpace moves past white space and records what it saw in s.flags.
func (s *Scanner) skipSpace() {
	newlines := 0
	for s.pos < len(s.src) {
		b := s.src[s.pos]
		if b < utf8.RuneSelf {
			switch b {
			case ' ', '\t', '\r', '\f', '\v':
				s.flags |= SpaceBefore
				s.pos++
				continue
			case '\n':
				newlines++
				s.flags |= SpaceBefore | NewlineBefore
				if newlines > 1 {
					s.flags |= BlankBefore
				}
				s.pos++
				continue
			}
			return
		}
		r, n := utf8.DecodeRune(s.src[s.pos:])
		if r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2028' || r == '\u2029' || r == '\u200b' || r == '\ufeff' {
			s.flags |= SpaceBefore
			s.pos += n
			continue
		}
		return
	}
}

func (s *Scanner) number(start int, flags Flag) Token {
	p := start
	for p < len(s.src) && isDigit(s.src[p]) {
		p++
	}
	// An ordinal suffix (17th, 1st, 22nd, 3rd) belongs to the number when no
	// further letter follows it.
	if p+2 <= len(s.src) {
		a, c := s.src[p]|0x20, s.src[p+1]|0x20
		ord := a == 's' && c == 't' || a == 'n' && c == 'd' || a == 'r' && c == 'd' || a == 't' && c == 'h'
		if ord && (p+2 == len(s.src) || !isLetterAt(s.src, p+2)) {
			s.pos = p + 2
			return Token{Kind: Number, Flags: flags | Ordinal, Start: start, End: s.pos}
		}
	}
	s.pos = p
	return Token{Kind: Number, Flags: flags, Start: start, End: p}
}

func (s *Scanner) word(start int, flags Flag) Token {
	p := start
	for p < len(s.src) {
		b := s.src[p]
		if asciiLetters[b] {
			p++
			continue
		}
		if b < utf8.RuneSelf {
			// An apostrophe between letters stays inside the word.
			if b == '\'' && p+1 < len(s.src) && isLetterAt(s.src, p+1) {
				p++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(s.src[p:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			p += n
			continue
		}
		if r == '’' && p+n < len(s.src) && isLetterAt(s.src, p+n) {
			p += n
			continue
		}
		break
	}
	s.pos = p
	return Token{Kind: Word, Flags: flags, Start: start, End: p}
}

// Scan returns all tokens of src, without the final EOF token.
func Scan(src []byte) []Token {
	return scanAppend(make([]Token, 0, len(src)/5+1), src)
}

// scanAppend appends the tokens of src to toks, as Scan returns them.
// The commonest token, a run of ASCII letters after one space or none and
// before a byte that cannot continue a word, it reads in line; Next reads
// the others.
func scanAppend(toks []Token, src []byte) []Token {
	s := Scanner{src: src}
	for {
		p, flags := s.pos, s.flags
		if p < len(src) && src[p] == ' ' {
			p++
			flags |= SpaceBefore
		}
		if p < len(src) && asciiLetters[src[p]] {
			q := letterRun(src, p+1)
			// An apostrophe or a byte outside ASCII may continue the word.
			if q == len(src) || src[q] != '\'' && src[q] < utf8.RuneSelf {
				if src[p] <= 'Z' {
					flags |= Upper
				}
				toks = append(toks, Token{Kind: Word, Flags: flags, Start: p, End: q})
				s.pos, s.flags = q, 0
				continue
			}
			s.pos, s.flags = p, flags
		} else if p < len(src) && asciiPunct[src[p]] {
			// as Next reads it: a single byte of its own
			toks = append(toks, Token{Kind: Punct, Flags: flags, Start: p, End: p + 1})
			s.pos, s.flags = p+1, 0
			continue
		}
		t := s.Next()
		if t.Kind == EOF {
			return toks
		}
		toks = append(toks, t)
	}
}

// letterRun returns the end of the run of ASCII letters that starts at
// src[q:], reading eight bytes at a time: a word of a text, after its
// first letter, nearly always ends within the first eight.
func letterRun(src []byte, q int) int {
	for q+8 <= len(src) {
		if m := nonLetters(binary.LittleEndian.Uint64(src[q:])); m != 0 {
			return q + bits.TrailingZeros64(m)/8
		}
		q += 8
	}
	for q < len(src) && asciiLetters[src[q]] {
		q++
	}
	return q
}

// nonLetters sets the high bit of each byte of x that is not an ASCII
// letter and clears the other bits. Per byte: with 0x20 set and the high
// bit cleared, a letter is a byte from 'a' to 'z', and adding 0x80-'a'
// sets the high bit from 'a' up, adding 0x80-'z'-1 from past 'z' up,
// with no carry into the next byte; a byte with its high bit set is
// never a letter.
func nonLetters(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	y := (x | 0x20*ones) &^ high
	letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & high
	return letters ^ high
}

// asciiLetters marks the bytes of the ASCII letters, for the word loop.
var asciiLetters = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// asciiPunct marks the ASCII bytes that Next makes a token of one byte:
// neither letters, nor digits, nor white space.
var asciiPunct = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case asciiLetters[c], isDigit(byte(c)):
		case c == ' ', c == '\t', c == '\r', c == '\f', c == '\v', c == '\n':
		default:
			t[c] = true
		}
	}
	return t
}()

func isDigit(b byte) bool       { return '0' <= b && b <= '9' }
func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func isLetterAt(src []byte, p int) bool {
	b := src[p]
	if b < utf8.RuneSelf {
		return isASCIILetter(b)
	}
	r, _ := utf8.DecodeRune(src[p:])
	return unicode.IsLetter(r)
}
