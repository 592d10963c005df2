package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkApostrophe returns the length of an apostrophe at text[i], or 0.
func tkApostrophe(s string, i int) int {
	if s[i] == '\'' || s[i] == '`' {
		return 1
	}
	if strings.HasPrefix(s[i:], "’") {
		return len("’")
	}
	return 0
}

// tkLower lower-cases the ASCII string w into buf; ok is false when w
// does not fit or is not ASCII.
func tkLower(buf []byte, w string) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)]), true
}

// tkEqualFoldAny reports whether w equals one of ws, ignoring ASCII case.
func tkEqualFoldAny(w string, ws ...string) bool {
	for _, x := range ws {
		if len(x) == len(w) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// tkHasPrefixFold is strings.HasPrefix ignoring ASCII case.
func tkHasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// tkAtoi converts a short run of digits.
func tkAtoi(w string) int {
	n := 0
	for i := 0; i < len(w) && i < 6; i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// tkLeadingDigits counts the digits that w starts with.
func tkLeadingDigits(w string) int {
	n := 0
	for n < len(w) && tkIsDigit(w[n]) {
		n++
	}
	return n
}

func tkAllDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !tkIsDigit(w[i]) {
			return false
		}
	}
	return true
}

func tkAllLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !tkIsLetter(w[i]) {
			return false
		}
	}
	return true
}

func tkIsDigit(c byte) bool  { return '0' <= c && c <= '9' }
func tkIsLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func tkIsAlnum(c byte) bool  { return tkIsLetter(c) || tkIsDigit(c) }

// tkRune decodes the rune at s[i], with an ASCII fast path.
func tkRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tkIsWord reports whether r belongs in a word: a letter, digit or
// combining mark. Invalid UTF-8 (decoded as utf8.RuneError) counts as a
// word character, so that stray bytes stay inside the word they touch.
func tkIsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// tkIsWordAt reports whether a word character starts at s[i].
func tkIsWordAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return tkIsAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return tkIsWord(r)
}

// tkIsSpace reports white space, including the no-break space and the
// invisible zero-width space and byte-order mark.
func tkIsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
