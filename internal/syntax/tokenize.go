package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenizer splits running text into sentences and UD words, following
// the conventions of the English Web Treebank: punctuation stands apart,
// clitics are words of their own ("don't" is the multiword token do +
// n't, "Iran's" is Iran + 's, "gonna" is gon + na), words joined by a
// hyphen are split around it ("Al-Zaman" is Al - Zaman) unless the first
// part is a prefix such as "non" or "e", and abbreviations keep their
// full stop ("U.S.", "Mr.", "Jan.") unless it ends the sentence, where
// it stands alone as in the treebank ("etc" + "."). URLs, e-mail
// addresses, file names, numbers such as 1,000.50 and 3:30, phone
// numbers and common emoticons stay whole.
//
// A sentence ends at a full stop, question or exclamation mark (and the
// closing quotes or brackets right after it) followed by white space;
// in web text a lower-case word after it starts a new sentence as often
// as a capitalised one, except after a closing quote ("Go!" he said).
// An ellipsis ends one only before a capital. A full stop that closes an
// abbreviation ends the sentence only where the abbreviation allows it:
// never after a title ("Mr. Smith", "St. Louis"), not after "No." before
// a number, after "etc." or "p.m." before a capital, and after a name
// part ("U.S.", "Inc.", an initial, a month) only before a word that
// typically starts a sentence ("The", "He", "It"). A "1." that opens a
// list item stays with it.
//
// A blank line always ends a sentence. A single line break ends one
// before a list item, and where the line was broken on purpose rather
// than wrapped: a hard-wrapped paragraph breaks a line only where the
// next word does not fit, so a line after which the next word would
// have fitted is a heading, a caption or the end of a paragraph. The
// wrap width is estimated from the text (see lineWidth); a line close to
// it may still have been wrapped at a narrower width, so it also needs a
// capitalised next line and no comma or word like "the" at its end.
// Measured on the English Web Treebank with its paragraphs restored,
// hard-wrapping the text or putting paragraphs on single lines changes
// sentence F1 by less than a point and a half.
//
// A sentence longer than 256 words is cut there so that the work done
// per sentence stays bounded.
//
// The zero value is ready to use. A Tokenizer reuses its buffers from
// one call to the next, so it must not be used by several goroutines at
// once.
type Tokenizer struct {
	text   string
	words  []Word
	mws    []MultiWord // First and Last are global 1-based word indices until finish
	starts []int       // index in words of the first word of each sentence
	sents  []Sentence
	cur    int        // index in words of the first word of the open sentence
	cut    int        // a word starting at or after this offset opens a new sentence; -1 for none
	sqOpen bool       // a single quote was opened and not yet closed
	width  int        // the width in bytes text seems to be wrapped at
	split  [4]int     // offsets where a multiword token is cut into words
	lines  [512]int32 // a histogram of line lengths, for lineWidth
}

// tkMaxWords is the most words a sentence may have; a longer one is cut.
const tkMaxWords = 256

// Split returns the sentences of text. Every word's Form is the slice
// text[Start:End] (words of a multiword token are slices of it too),
// SpaceAfter reports whether white space follows it, Head is -1 and the
// other fields are empty. A sentence's Start and End are the offsets of
// its first and last word and Text is text[Start:End]; MultiWords lists
// its multiword tokens with word indices relative to the sentence.
//
// The returned sentences, and the word and multiword slices inside them,
// are reused by the next call.
func (t *Tokenizer) Split(text string) []Sentence {
	t.text = text
	t.words = t.words[:0]
	t.mws = t.mws[:0]
	t.starts = t.starts[:0]
	t.cur = 0
	t.cut = -1
	t.sqOpen = false
	t.width = t.lineWidth(text)

	s := text
	nl := 0            // line breaks in the white space before i
	lineStart := 0     // offset where the line holding the last chunk starts
	prevLine := 0      // start of the line before the current one
	prevLineEnd := 0   // end of the last chunk on the previous line
	lastChunkEnd := -1 // end of the last chunk
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\v' || c == '\f' {
				i++
				continue
			}
			if c == '\n' || c == '\r' {
				if c == '\n' || i+1 >= len(s) || s[i+1] != '\n' {
					nl++
					if nl == 1 {
						prevLine, prevLineEnd = lineStart, lastChunkEnd
					}
					lineStart = i + 1
				}
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); tkIsSpace(r) {
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl++
				if nl == 1 {
					prevLine, prevLineEnd = lineStart, lastChunkEnd
				}
				lineStart = i + n
			}
			i += n
			continue
		}
		if nl > 0 && len(t.words) > t.cur && t.cut < 0 {
			if nl >= 2 || t.lineEnds(prevLine, prevLineEnd, i) {
				t.cut = i
			}
		}
		nl = 0
		var flags uint8
		e := i
	scan:
		for e < len(s) {
			if b := s[e]; b < utf8.RuneSelf {
				switch b {
				case ' ', '\n', '\t', '\r', '\v', '\f':
					break scan
				case ':':
					flags |= tkColon
				case '.':
					flags |= tkDot
				case '@':
					flags |= tkAt
				}
				e++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[e:])
			if tkIsSpace(r) {
				break
			}
			e += n
		}
		t.chunk(i, e, flags)
		lastChunkEnd = e
		i = e
	}
	return t.finish()
}

// finish groups the words into sentences.
func (t *Tokenizer) finish() []Sentence {
	t.sents = t.sents[:0]
	m := 0
	for k, a := range t.starts {
		b := len(t.words)
		if k+1 < len(t.starts) {
			b = t.starts[k+1]
		}
		if a >= b {
			continue
		}
		m0 := m
		for m < len(t.mws) && t.mws[m].Last <= b {
			t.mws[m].First -= a
			t.mws[m].Last -= a
			m++
		}
		ws := t.words[a:b:b]
		var mws []MultiWord
		if m > m0 {
			mws = t.mws[m0:m:m]
		}
		st, en := ws[0].Start, ws[len(ws)-1].End
		t.sents = append(t.sents, Sentence{Text: t.text[st:en], Start: st, End: en, Words: ws, MultiWords: mws})
	}
	return t.sents
}

// lineWidth estimates the width text was wrapped at: the length in
// bytes that nine lines in ten with a space inside do not exceed. Lines
// without a space (a long URL, a rule) say nothing about the width, and
// taking a high share rather than the longest line keeps one overlong
// line from hiding the wrapping of the rest.
func (t *Tokenizer) lineWidth(s string) int {
	h := &t.lines
	*h = [len(t.lines)]int32{}
	n := 0
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			i = len(s)
		}
		line := strings.TrimRight(s[:i], " \t\r")
		if strings.IndexByte(strings.TrimLeft(line, " \t"), ' ') >= 0 {
			h[min(len(line), len(h)-1)]++
			n++
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	if n == 0 {
		return 0
	}
	need := n - n/10
	for w, c := range h {
		need -= int(c)
		if need <= 0 {
			if w == len(h)-1 {
				return 1 << 30 // long lines: the text is not wrapped
			}
			return w
		}
	}
	return 1 << 30
}

// beginToken opens a new sentence, if one is due, before a token that
// starts at a and has n words.
func (t *Tokenizer) beginToken(a, n int) {
	if len(t.words) == 0 || (t.cut >= 0 && a >= t.cut) || len(t.words)-t.cur+n > tkMaxWords {
		if len(t.starts) == 0 || len(t.words) > t.cur {
			t.starts = append(t.starts, len(t.words))
		}
		t.cur = len(t.words)
		t.cut = -1
		t.sqOpen = false
	}
}

// spaceAt reports whether white space follows offset i.
func (t *Tokenizer) spaceAt(i int) bool {
	if i >= len(t.text) {
		return false
	}
	r, _ := tkRune(t.text, i)
	return tkIsSpace(r)
}

// emit adds the token text[a:b] as one word.
func (t *Tokenizer) emit(a, b int) {
	if a >= b {
		return
	}
	t.beginToken(a, 1)
	t.words = append(t.words, Word{Start: a, End: b, Form: t.text[a:b], Head: -1, SpaceAfter: t.spaceAt(b)})
}

// emitSplit adds the token text[a:b] as the words cut at the offsets
// t.split[:n] (inside the token, increasing); with n == 0 it is one word.
func (t *Tokenizer) emitSplit(a, b, n int) {
	if n == 0 {
		t.emit(a, b)
		return
	}
	t.beginToken(a, n+1)
	space := t.spaceAt(b)
	first := len(t.words) + 1
	p := a
	for k := 0; k <= n; k++ {
		e := b
		if k < n {
			e = t.split[k]
		}
		t.words = append(t.words, Word{Start: p, End: e, Form: t.text[p:e], Head: -1, SpaceAfter: k == n && space})
		p = e
	}
	t.mws = append(t.mws, MultiWord{First: first, Last: len(t.words), Form: t.text[a:b], SpaceAfter: space})
}

// Flags of a chunk: the characters that URLs and e-mail addresses need.
const (
	tkColon = 1 << iota
	tkDot
	tkAt
)

// chunk tokenizes text[a:b], a run without white space; flags tell
// which of ':', '.' and '@' it holds.
func (t *Tokenizer) chunk(a, b int, flags uint8) {
	s := t.text
	if b-a > 4 && ((flags&tkColon != 0 && strings.Contains(s[a:b], "://")) || (flags&tkDot != 0 && tkHasWWW(s[a:b]))) {
		if e := t.url(a, b); e > a {
			a = e
		}
	}
	if flags&tkAt != 0 {
		a = t.emails(a, b)
	}
	t.part(a, b)
}

// part tokenizes text[a:b], a part of a chunk without URLs or e-mail
// addresses.
func (t *Tokenizer) part(a, b int) {
	s := t.text
	for i := a; i < b; {
		r, n := tkRune(s, i)
		if tkIsWord(r) || (r == '+' && i == a && i+1 < b && tkIsDigit(s[i+1])) {
			i = t.word(i, b)
			continue
		}
		i = t.punct(i, b, n)
	}
}

// punct tokenizes the punctuation or symbol at text[i] (n bytes) inside
// the chunk ending at b and returns where it ends.
func (t *Tokenizer) punct(i, b, n int) int {
	s := t.text
	c := s[i]
	if e := tkEmoticon(s, i, b); e > i {
		t.emit(i, e)
		if e >= b && t.cut < 0 {
			// ":) Then" ends a sentence
			var buf [16]byte
			if _, r := t.nextWord(e, buf[:]); unicode.IsUpper(r) && !t.paraOrEnd(e) {
				t.cut = e
			}
		}
		return e
	}
	r, _ := tkRune(s, i)
	switch r {
	case '.', '!', '?', '…':
		return t.terminal(i, b)
	case '\'', '‘', '’', '`':
		return t.quote(i, b, n, r)
	case '#':
		if i+1 < b && tkIsLetter(s[i+1]) {
			e := t.scanCore(i+1, b) // a hashtag
			t.emit(i, e)
			return e
		}
	}
	e := i + n
	if strings.IndexByte(tkRules, c) >= 0 && e < b && strings.IndexByte(tkRules, s[e]) >= 0 {
		// a rule drawn with mixed characters: "=---", "----=="
		for e < b && strings.IndexByte(tkRules, s[e]) >= 0 {
			e++
		}
		t.emit(i, e)
		return e
	}
	// a run of one character: "--", "***", "==", ">>", "''"
	for e < b && s[e] == c && (c < utf8.RuneSelf || strings.HasPrefix(s[e:], s[i:i+n])) {
		e += n
	}
	t.emit(i, e)
	return e
}

// tkRules are the characters that rules and separators are drawn with.
const tkRules = "-=_*~+"

// quote tokenizes a single quote or apostrophe at text[i]: a word that
// starts with one ("'s", "'em", "'90s"), an opening or a closing quote.
func (t *Tokenizer) quote(i, b, n int, r rune) int {
	s := t.text
	if i+n < b && tkIsWordAt(s, i+n) {
		we := t.scanCore(i+n, b)
		var buf [8]byte
		w, ok := tkLower(buf[:], s[i+n:we])
		if ok && (tkEqualFoldAny(w, "s", "m", "d", "ll", "re", "ve", "em", "n", "til", "cause", "tis", "twas") ||
			(len(w) == 2 && tkAllDigits(w)) || (len(w) == 3 && tkAllDigits(w[:2]) && w[2] == 's')) {
			t.emit(i, we) // "'s", "'em", "'90s"
			return we
		}
		// an opening quote before a word
		t.sqOpen = true
		t.emit(i, i+n)
		return i + n
	}
	e := i + n
	if r == '\'' || r == '’' {
		// "''" and "’’" are one closing quote
		for e < b && strings.HasPrefix(s[e:], s[i:i+n]) {
			e += n
		}
	}
	t.sqOpen = r == '‘' || (r == '`' && e < b && tkIsWordAt(s, e))
	t.emit(i, e)
	return e
}
