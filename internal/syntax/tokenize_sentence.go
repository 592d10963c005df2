package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// terminal tokenizes a run of full stops, question and exclamation marks
// or ellipses at text[i] and decides whether it ends the sentence.
func (t *Tokenizer) terminal(i, b int) int {
	s := t.text
	j := i
	dots, strong := 0, false
	for j < b {
		c := s[j]
		if c == '.' {
			dots++
			j++
			continue
		}
		if c == '!' || c == '?' {
			strong = true
			j++
			continue
		}
		if c == 0xE2 && strings.HasPrefix(s[j:], "…") {
			dots += 3
			j += len("…")
			continue
		}
		break
	}
	if j == i+1 && s[i] == '.' && j < b && tkIsLetter(s[j]) {
		// a file name extension after a bracket: "(draft).doc"
		if we := t.scanCore(j, b); tkIsExt(s[j:we]) && (we == b || !tkIsWordAt(s, we)) {
			t.emit(i, we)
			return we
		}
	}
	t.emit(i, j)
	if t.cut >= 0 {
		return j
	}
	k := tkClosers(s, j, b)
	if k < b {
		// more punctuation or a word right after it: "?," ".)," "Hello!How"
		if k > j || !tkIsWordAt(s, k) {
			return j
		}
		if r, _ := tkRune(s, k); !unicode.IsUpper(r) || (!strong && dots == 1) {
			return j
		}
		t.cut = k
		return j
	}
	if t.paraOrEnd(k) {
		t.cut = k
		return j
	}
	var buf [16]byte
	_, r := t.nextWord(k, buf[:])
	if k > j && unicode.IsLower(r) && tkHasQuote(s[j:k]) {
		return j // "Go!" he said.
	}
	switch {
	case strong:
		t.cut = k
	case dots == 1:
		// "1." heading a list item stays with the item
		if len(t.words)-t.cur == 2 {
			if f := t.words[t.cur].Form; len(f) <= 3 && tkAllDigits(f) {
				return j
			}
		}
		t.cut = k
	default: // an ellipsis
		if unicode.IsUpper(r) {
			t.cut = k
		}
	}
	return j
}

// tkHasQuote reports whether s holds a quotation mark.
func tkHasQuote(s string) bool {
	return strings.ContainsAny(s, "\"'’”»›")
}

// tkClosers returns the end of the closing quotes and brackets that
// start at text[j], within the chunk ending at b.
func tkClosers(s string, j, b int) int {
	for j < b {
		r, n := tkRune(s, j)
		switch r {
		case '"', '\'', ')', ']', '}', '’', '”', '»', '›':
			j += n
			continue
		}
		break
	}
	return j
}

// paraOrEnd reports whether only white space holding a blank line, or
// nothing, follows offset k.
func (t *Tokenizer) paraOrEnd(k int) bool {
	s := t.text
	nl := 0
	for k < len(s) {
		c := s[k]
		if c == '\n' {
			nl++
			if nl >= 2 {
				return true
			}
			k++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			k++
			continue
		}
		if c < utf8.RuneSelf {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if !tkIsSpace(r) {
			return false
		}
		k += n
	}
	return true
}

// nextWord skips white space and opening quotes or brackets after offset
// k and returns the next word, lower-cased into buf (empty when it is
// longer than buf or not ASCII), and its first rune. The word is a byte
// slice so that looking it up in a map does not allocate.
func (t *Tokenizer) nextWord(k int, buf []byte) ([]byte, rune) {
	s := t.text
	for k < len(s) {
		r, n := tkRune(s, k)
		if !tkIsSpace(r) {
			break
		}
		k += n
	}
	for m := 0; k < len(s) && m < 4; m++ {
		r, n := tkRune(s, k)
		switch r {
		case '"', '\'', '(', '[', '{', '‘', '“', '«', '`':
			k += n
			continue
		}
		break
	}
	if k >= len(s) {
		return nil, 0
	}
	first, _ := tkRune(s, k)
	e := k
	for e < len(s) && e-k < len(buf) && (tkIsAlnum(s[e]) || s[e] == '\'') {
		if s[e] >= 'A' && s[e] <= 'Z' {
			buf[e-k] = s[e] + 'a' - 'A'
		} else {
			buf[e-k] = s[e]
		}
		e++
	}
	if e < len(s) && tkIsWordAt(s, e) {
		return nil, first // too long, or not ASCII
	}
	return buf[:e-k], first
}

// abbrevEnds decides, for the full stop at text[dot] after an
// abbreviation of class cls, whether the full stop belongs to it
// (attach) or ends the sentence (ends, with the sentence's last closing
// bracket or quote ending at k). When neither holds the full stop is
// ordinary punctuation.
func (t *Tokenizer) abbrevEnds(cls tkAbbr, dot int) (attach, ends bool, k int) {
	s := t.text
	k = tkClosers(s, dot+1, len(s))
	if k < len(s) && !t.spaceAt(k) {
		// "U.S.-led", "e.g.,", "Inc.)"
		return cls != tkAbbrNumber, false, k
	}
	if t.paraOrEnd(k) {
		return false, cls != tkAbbrNumber, k
	}
	var buf [16]byte
	w, r := t.nextWord(k, buf[:])
	lower := unicode.IsLower(r)
	digit := r >= '0' && r <= '9'
	switch cls {
	case tkAbbrTitle:
		return true, false, k
	case tkAbbrNumber:
		return digit || r == '#', false, k
	case tkAbbrEndCap:
		if lower || digit || !unicode.IsUpper(r) {
			return true, false, k
		}
		if tkClockNext[string(w)] {
			return true, false, k
		}
		return false, true, k
	}
	// name parts, months, days and initials
	if tkStarter[string(w)] && !lower {
		return false, true, k
	}
	return true, false, k
}

// lineEnds decides whether the single line break before the chunk at
// next ends the open sentence; the previous line starts at lineStart and
// its last chunk ends at lineEnd.
func (t *Tokenizer) lineEnds(lineStart, lineEnd, next int) bool {
	s := t.text
	if lineEnd <= lineStart || lineEnd > next {
		return false
	}
	if tkBullet(s, next) {
		return true
	}
	// Would the next word have fitted on the line? If not, the line was
	// wrapped there.
	we := next
	for we < len(s) && !t.spaceAt(we) {
		_, n := tkRune(s, we)
		we += n
	}
	n := lineEnd - lineStart
	if n+1+(we-next) > t.width {
		return false
	}
	if n < t.width*3/4 {
		// a short line broken on purpose: a heading, a signature, the
		// end of a paragraph
		return true
	}
	// A long line may yet have been wrapped at a narrower width than
	// the estimate; it goes on at the next line when it stops at a
	// comma or at a word such as "the", or when the next line starts in
	// lower case.
	switch last, _ := utf8.DecodeLastRuneInString(s[lineStart:lineEnd]); last {
	case ',', ';', ':', '(', '[', '&', '/', '-', '–', '—', '+', '=':
		return false
	}
	var buf [16]byte
	if _, r := t.nextWord(next, buf[:]); unicode.IsLower(r) {
		return false
	}
	ws := lineEnd
	for ws > lineStart && tkIsAlnum(s[ws-1]) {
		ws--
	}
	var lb [16]byte
	lw, ok := tkLower(lb[:], s[ws:lineEnd])
	return !ok || !tkWrapWord[lw]
}

// tkBullet reports whether a list item starts at text[i]: a bullet, a
// dash or a number or letter with "." or ")" followed by a space.
func tkBullet(s string, i int) bool {
	r, n := tkRune(s, i)
	switch r {
	case '•', '·', '▪', '◦', '►', '‣', '*', '-', '–', '—':
		return i+n < len(s) && (s[i+n] == ' ' || s[i+n] == '\t')
	}
	j := i
	for j < len(s) && j-i < 3 && tkIsDigit(s[j]) {
		j++
	}
	if j == i {
		return false
	}
	return j+1 < len(s) && (s[j] == '.' || s[j] == ')') && (s[j+1] == ' ' || s[j+1] == '\t')
}

// tkWrapWord lists words that cannot end a heading: a line ending in one
// goes on at the next.
var tkWrapWord = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true, "that": true,
	"which": true, "who": true, "will": true, "would": true, "has": true, "have": true, "had": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "its": true, "their": true, "his": true,
	"her": true, "than": true, "as": true, "into": true, "my": true, "your": true, "our": true,
	"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true,
	"not": true, "this": true, "these": true, "those": true, "if": true, "when": true, "so": true,
}
