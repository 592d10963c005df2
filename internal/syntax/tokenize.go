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

// tkHasWWW reports whether chunk starts with "www.", perhaps after an
// opening bracket or quote.
func tkHasWWW(chunk string) bool {
	if len(chunk) > 0 && (chunk[0] == '(' || chunk[0] == '"' || chunk[0] == '<' || chunk[0] == '[') {
		chunk = chunk[1:]
	}
	return tkHasPrefixFold(chunk, "www.")
}

// emails tokenizes the e-mail addresses in text[a:b] ("jo@x.com",
// "jo...@x.com" as web archives shorten them, "Rice@ENRON") and the text
// before them, and returns where the text after the last one starts.
func (t *Tokenizer) emails(a, b int) int {
	s := t.text
	start := a
	for p := a; p < b; p++ {
		if s[p] != '@' || p < start {
			continue
		}
		l := p
		for l > start && tkEmailChar(s[l-1], true) {
			l--
		}
		for l < p && (s[l] == '.' || s[l] == '-') {
			l++
		}
		if l-7 >= start && tkHasPrefixFold(s[l-7:l], "mailto:") {
			l -= 7
		}
		r := p + 1
		for r < b && tkEmailChar(s[r], false) {
			r++
		}
		for r > p+1 && (s[r-1] == '.' || s[r-1] == '-') {
			r--
		}
		if r == p+1 || (l == p && strings.IndexByte(s[p+1:r], '.') < 0) {
			continue
		}
		t.part(start, l)
		t.emit(l, r)
		start = r
		p = r - 1
	}
	return start
}

// tkEmailChar reports whether c may appear in the local part (local) or
// the domain of an e-mail address.
func tkEmailChar(c byte, local bool) bool {
	if tkIsAlnum(c) || c == '.' || c == '-' || c == '_' {
		return true
	}
	return local && (c == '+' || c == '%' || c == '\'')
}

// url emits a URL in text[a:b], with the punctuation before it, and
// returns where the rest of the chunk (closing punctuation) begins, or a
// when there is no URL after all.
func (t *Tokenizer) url(a, b int) int {
	s := t.text
	u := a
	for u < b {
		r, n := tkRune(s, u)
		if tkIsWord(r) {
			break
		}
		u += n
	}
	if u >= b {
		return a
	}
	rest := s[u:b]
	if !strings.Contains(rest, "://") && !tkHasPrefixFold(rest, "www.") {
		return a
	}
	e := b
	open := strings.Count(s[u:e], "(") - strings.Count(s[u:e], ")")
	for e > u {
		c := s[e-1]
		if strings.IndexByte(".,;:!?'\"]>}", c) >= 0 {
			e--
			continue
		}
		if c == ')' && open < 0 {
			// a closing bracket the URL did not open
			open++
			e--
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeLastRuneInString(s[u:e])
			if r == '’' || r == '”' || r == '»' {
				e -= n
				continue
			}
		}
		break
	}
	for i := a; i < u; {
		_, n := tkRune(s, i)
		i = t.punct(i, u, n)
	}
	t.emit(u, e)
	return e
}

// word tokenizes the word that starts at text[a], inside a chunk that
// ends at b, and returns where it ends.
func (t *Tokenizer) word(a, b int) int {
	s := t.text
	e := t.scanCore(a, b)
	end := e
	if e < b && s[e] == '.' && (e+1 >= b || s[e+1] != '.' || (e+2 >= b || s[e+2] != '.')) {
		ls := tkLastSegment(s, a, e)
		if cls := tkAbbrevClass(s[ls:e]); cls != tkNotAbbrev {
			attach, ends, k := t.abbrevEnds(cls, e)
			if attach {
				t.splitCore(a, e, e+1)
				return e + 1
			}
			if ends {
				t.splitCore(a, e, e)
				t.emit(e, e+1)
				t.cut = k
				return e + 1
			}
		}
	} else if e < b && e-a >= 2 && (s[e-1] == 's' || s[e-1] == 'S') && !t.sqOpen {
		// plural possessive: "parents'" is parents + '
		if n := tkApostrophe(s, e); n > 0 && (e+n >= b || !tkIsWordAt(s, e+n)) {
			end = e + n
		}
	}
	t.splitCore(a, e, end)
	return end
}

// scanCore returns the end of the run of word characters that starts at
// a, including connectors (full stops, hyphens, apostrophes, slashes,
// commas, colons, ampersands, at signs, underscores and asterisks) that
// sit between two word characters.
func (t *Tokenizer) scanCore(a, b int) int {
	s := t.text
	i := a
	if s[i] == '+' {
		i++
	}
	for i < b {
		c := s[i]
		if c < utf8.RuneSelf {
			if tkIsAlnum(c) {
				i++
				continue
			}
			switch c {
			case '.', '-', '\'', '`', '&', '_', '/', ':', ',', '@', '*':
				if i+1 < b && tkIsWordAt(s, i+1) {
					i += 2
					continue
				}
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if tkIsWord(r) {
			i += n
			continue
		}
		if (r == '’' || r == '‐' || r == '‑') && i+n < b && tkIsWordAt(s, i+n) {
			i += n
			continue
		}
		return i
	}
	return i
}

// tkLastSegment returns where the last part of the core text[a:e] after
// a hyphen, slash or colon begins: the part that may be an abbreviation
// ("ex-Gov.").
func tkLastSegment(s string, a, e int) int {
	for i := e - 1; i > a; i-- {
		if c := s[i]; c == '-' || c == '/' || c == ':' {
			return i + 1
		}
	}
	return a
}

// splitCore emits the words of the core text[a:e]; the last piece ends
// at end, which is e or just past a full stop or apostrophe attached to
// the core.
func (t *Tokenizer) splitCore(a, e, end int) {
	s := t.text
	simple, at := true, false
	for i := a; i < e; i++ {
		if c := s[i]; c >= utf8.RuneSelf || !tkIsAlnum(c) {
			simple = false
			at = at || c == '@'
		}
	}
	if simple {
		t.piece(a, end, end > e)
		return
	}
	if at {
		t.emit(a, end)
		return
	}
	// a file name ("ld2d-69366-1.DOC") or a dotted name with two full
	// stops or more ("alt.animals.cat") stays whole
	if d := strings.LastIndexByte(s[a:e], '.'); d >= 0 && (tkIsExt(s[a+d+1:e]) || tkDotted(s[a:e])) {
		t.emit(a, end)
		return
	}
	groups, digitGroups := tkDigitGroups(s[a:e])
	slashes := strings.Count(s[a:e], "/")
	p := a   // start of the pending piece
	seg := a // start of the current segment
	for i := a; i < e; {
		c := s[i]
		if c < utf8.RuneSelf && tkIsAlnum(c) {
			i++
			continue
		}
		r, n := tkRune(s, i)
		if c >= utf8.RuneSelf && r != '’' && r != '‐' && r != '‑' {
			i += n
			continue
		}
		// i is a connector between text[seg:i] and the segment after it
		re := i + n
		for re < e && tkIsWordAt(s, re) {
			_, m := tkRune(s, re)
			re += m
		}
		left, right := s[seg:i], s[i+n:re]
		switch {
		case r == '/' && seg == p && (left == "w" || left == "W") && len(right) > 1:
			t.piece(p, i+n, true) // "w/it"
			p = i + n
		case !t.keepConnector(r, left, right, slashes, groups, digitGroups):
			t.piece(p, i, true)
			t.emit(i, i+n)
			p = i + n
		}
		seg = i + n
		i += n
	}
	t.piece(p, end, true)
}

// keepConnector decides whether the connector r between the segments
// left and right stays inside the token; the token has slashes slashes
// and groups groups separated by hyphens or slashes, all of them digits
// if digitGroups.
func (t *Tokenizer) keepConnector(r rune, left, right string, slashes, groups int, digitGroups bool) bool {
	switch r {
	case '\'', '’', '`', '_', '*', '@', '+':
		return true
	case '.':
		if tkAllDigits(left) && tkLeadingDigits(right) > 0 {
			return true // 1.5, 2.5bn
		}
		if tkIsExt(right) || strings.EqualFold(left, "www") {
			return true
		}
		// "U.S", "a.m", "e.g", "Ph.D", "a.k.a"
		return len(left) <= 2 && len(right) <= 2 && tkAllLetters(left) && tkAllLetters(right)
	case '-', '‐', '‑':
		if digitGroups && (groups >= 3 || ((len(left) <= 3 || len(left) == 5) && len(right) == 4)) {
			return true // phone numbers and extensions, dates, ZIP+4 codes
		}
		return tkPrefix(left)
	case '/':
		if digitGroups && groups >= 3 {
			return true // 713/646-6505
		}
		if len(left) == 1 && len(right) == 1 && tkAllLetters(left) && tkAllLetters(right) {
			return true // "b/c", "w/o"
		}
		if tkAllDigits(left) && tkAllDigits(right) {
			if slashes >= 2 {
				return true // 11/28/2000
			}
			// a month and day (9/11, 5/18) but not a fraction (1/2, 3/4)
			m, d := tkAtoi(left), tkAtoi(right)
			return m >= 1 && m <= 12 && d >= 1 && d <= 31 && !(d <= 10 && m < d)
		}
		return false
	case ',':
		return tkAllDigits(left) && tkLeadingDigits(right) > 0 // 1,000 and 7,5
	case ':':
		return tkAllDigits(left) && tkLeadingDigits(right) == 2 // 3:30, 3:30PM
	case '&':
		return tkAllLetters(left) && tkAllLetters(right) && len(left) <= 4 && len(right) <= 4
	}
	return false
}

// tkDotted reports whether core is a name of three parts or more
// joined by full stops, each of letters, digits and hyphens.
func tkDotted(core string) bool {
	dots := 0
	n := 0 // length of the current part
	for i := 0; i < len(core); i++ {
		switch c := core[i]; {
		case c == '.':
			if n == 0 {
				return false
			}
			dots++
			n = 0
		case tkIsAlnum(c) || c == '-' || c == '_':
			n++
		default:
			return false
		}
	}
	return dots >= 2 && n > 0
}

// tkDigitGroups counts the groups of core separated by hyphens or
// slashes and reports whether all of them are digits.
func tkDigitGroups(core string) (int, bool) {
	n := 1
	all := true
	g := 0
	for i := 0; i < len(core); i++ {
		c := core[i]
		switch {
		case c == '-' || c == '/':
			if g == 0 {
				all = false
			}
			n++
			g = 0
		case tkIsDigit(c):
			g++
		default:
			all = false
		}
	}
	return n, all && g > 0
}

// piece emits text[a:b], a token without splitting connectors, as one
// word or as a multiword token when it holds clitics or is a fused form
// such as "gonna". apos reports whether the piece may hold an
// apostrophe.
func (t *Tokenizer) piece(a, b int, apos bool) {
	if a >= b {
		return
	}
	s := t.text
	if apos {
		if n := t.clitics(a, b); n > 0 {
			t.emitSplit(a, b, n)
			return
		}
	}
	if key, ok := tkPack(s[a:b]); ok {
		if f, found := tkFusedForms[key]; found {
			switch {
			case f.kind == tkFusedTokens:
				// EWT writes "alot" as the two tokens a and lot
				t.emit(a, a+1)
				t.emit(a+1, b)
				return
			case f.kind == tkFusedIts && !t.itsIsVerb(b):
			default:
				n := 0
				for cut := f.cuts; cut != 0; cut >>= 4 {
					t.split[n] = a + int(cut&0xF)
					n++
				}
				t.emitSplit(a, b, n)
				return
			}
		}
	}
	if tkIsDigit(s[a]) {
		if u := tkUnit(s, a, b); u > a {
			t.emit(a, u)
			t.emit(u, b)
			return
		}
	}
	t.emit(a, b)
}

// clitics finds the clitics of text[a:b] ("n't", "'s", "'ll", "'re",
// "'ve", "'m", "'d", and "'" after a plural) and stores the offsets
// where they begin in t.split, increasing; it returns how many there
// are.
func (t *Tokenizer) clitics(a, b int) int {
	s := t.text
	var cuts [3]int // found from the right
	n := 0
	end := b
	for n < len(cuts) {
		q, size := -1, 0
		for i := end - 1; i > a && i >= end-6; i-- {
			if c := s[i]; c == '\'' || c == '`' {
				q, size = i, 1
				break
			} else if c == 0x99 && i-2 > a && s[i-2] == 0xE2 && s[i-1] == 0x80 {
				q, size = i-2, 3
				break
			}
		}
		if q <= a {
			break
		}
		suf := s[q+size : end]
		cut := -1
		switch {
		case suf == "" && end == b && n == 0 && (s[q-1] == 's' || s[q-1] == 'S'):
			cut = q // parents'
		case tkEqualFoldAny(suf, "s", "m", "d", "ll", "re", "ve"):
			if !tkIsDigit(s[q-1]) {
				cut = q // "60's" stays whole
			}
		case tkEqualFoldAny(suf, "t") && q-1 > a && (s[q-1] == 'n' || s[q-1] == 'N'):
			cut = q - 1
		}
		if cut <= a {
			break
		}
		cuts[n] = cut
		n++
		end = cut
	}
	for k := 0; k < n; k++ {
		t.split[k] = cuts[n-1-k]
	}
	return n
}

// tkFusedForm is how a word written without an apostrophe splits.
type tkFusedForm struct {
	cuts uint32 // offsets of the cuts, four bits each from the lowest
	kind uint8
}

const (
	tkFusedWords  = iota // a multiword token: "dont" is do + nt
	tkFusedTokens        // separate tokens: "alot" is a + lot
	tkFusedIts           // "its", split as it + s only before some words
)

// tkFusedForms maps fused forms, packed by tkPack, to their cuts:
// "dont" is do + nt, "gonna" gon + na, "cannot" can + not, as EWT
// splits them.
var tkFusedForms = map[uint64]tkFusedForm{}

// tkPack packs a word of one to eight ASCII letters, lower-cased, into
// an integer key.
func tkPack(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k<<8 | uint64(c)
	}
	return k, true
}

func init() {
	add := func(kind uint8, cuts uint32, words ...string) {
		for _, w := range words {
			c := cuts
			if c == 0 {
				c = uint32(len(w) - 2) // before "nt"
			}
			k, _ := tkPack(w)
			tkFusedForms[k] = tkFusedForm{cuts: c, kind: kind}
		}
	}
	add(tkFusedWords, 0, "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "havent",
		"hasnt", "hadnt", "couldnt", "wouldnt", "shouldnt", "mustnt", "neednt", "cant", "wont", "aint")
	add(tkFusedWords, 1, "im", "ive")
	add(tkFusedWords, 2, "weve", "hes")
	add(tkFusedWords, 3, "cannot", "youre", "youve", "youll", "lets", "gonna", "wanna", "gotta", "outta")
	add(tkFusedWords, 4, "theyre", "theyve", "theyll", "thats", "whats", "heres", "elses")
	add(tkFusedWords, 5, "theres")
	add(tkFusedWords, 2|3<<4, "dunno")
	add(tkFusedTokens, 1, "alot")
	add(tkFusedIts, 2, "its")
}

// tkItsVerbNext lists words after which "its" is the fused "it's"
// rather than the possessive ("its not", "its a" but "its own").
var tkItsVerbNext = map[string]bool{
	"not": true, "a": true, "an": true, "really": true, "very": true, "so": true, "just": true,
	"like": true, "also": true, "been": true, "only": true, "still": true, "the": true,
	"definitely": true, "simply": true, "nothing": true, "too": true, "getting": true, "going": true,
	"gonna": true, "always": true, "never": true, "ok": true, "okay": true, "pretty": true,
	"quite": true, "probably": true, "actually": true, "in": true, "for": true, "from": true,
	"about": true, "all": true, "called": true, "hard": true, "easy": true, "great": true,
	"good": true, "nice": true, "true": true, "important": true, "necessary": true, "now": true,
	"more": true, "less": true, "worth": true, "because": true, "almost": true, "time": true,
	"bad": true, "better": true, "best": true, "cheap": true, "fine": true, "amazing": true,
	"awesome": true, "possible": true, "impossible": true, "obvious": true, "clear": true,
	"funny": true, "sad": true, "weird": true, "strange": true, "hot": true, "cold": true,
	"my": true, "your": true, "our": true, "their": true, "his": true, "her": true, "what": true,
	"how": true, "where": true, "when": true, "that": true, "this": true, "no": true, "one": true,
	"over": true, "up": true, "here": true, "there": true, "got": true, "gotten": true,
}

// itsIsVerb reports whether "its" ending at offset b is followed by a
// word that marks it as "it's".
func (t *Tokenizer) itsIsVerb(b int) bool {
	var buf [16]byte
	w, _ := t.nextWord(b, buf[:])
	return tkItsVerbNext[string(w)]
}

// tkUnit returns where a unit written against the number at text[a:]
// begins ("10am", "5pm", "3:30PM", "2.5bn", "100ft"), or a.
func tkUnit(s string, a, b int) int {
	i := a
	for i < b && (tkIsDigit(s[i]) || ((s[i] == '.' || s[i] == ',' || s[i] == ':') && i+1 < b && tkIsDigit(s[i+1]))) {
		i++
	}
	if i == a || i >= b || b-i > 7 {
		return a
	}
	var buf [8]byte
	w, ok := tkLower(buf[:], s[i:b])
	if !ok || !tkAllLetters(w) {
		return a
	}
	switch w {
	case "am", "pm", "bn", "mn", "mm", "cm", "km", "kg", "mg", "ml", "lb", "lbs", "ft", "mph", "kph",
		"hz", "khz", "mhz", "ghz", "gb", "mb", "kb", "tb", "min", "mins", "hr", "hrs", "hh", "sec",
		"secs", "minutes", "days", "yrs", "yr", "oz", "percent", "million", "billion", "sq", "kw",
		"mw", "watt", "watts", "pcs", "wks", "weeks", "hours":
		return i
	case "m", "k", "b", "x", "c", "f", "p":
		if i-a <= 3 || strings.ContainsAny(s[a:i], ".,") {
			return i
		}
	}
	return a
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

// tkAbbr is a kind of abbreviation, by how its full stop behaves.
type tkAbbr uint8

const (
	tkNotAbbrev  tkAbbr = iota
	tkAbbrTitle         // never ends a sentence: "Mr.", "St.", "e.g."
	tkAbbrNumber        // an abbreviation only before a number: "No. 1"
	tkAbbrName          // ends one before a typical sentence start: "U.S.", "Inc.", "J."
	tkAbbrEndCap        // ends one before any capital: "etc.", "p.m."
)

// tkAbbrevs maps lower-case abbreviations (without their last full stop)
// to their kind; months and weekdays count only when capitalised.
var tkAbbrevs = map[string]tkAbbr{}

// tkCapAbbrevs are abbreviations only when they start with a capital:
// "Sat." and "Jan." but not "sat." or "jan.".
var tkCapAbbrevs = map[string]bool{}

// tkStarter lists words that typically start a sentence.
var tkStarter = map[string]bool{}

// tkClockNext lists capitalised words that may follow "a.m." or "p.m."
// inside a sentence.
var tkClockNext = map[string]bool{}

// tkPrefixes lists prefixes that keep their hyphen ("non-stop",
// "e-mail", "mid-August"); EWT splits other hyphenated words.
var tkPrefixes = map[string]bool{}

// tkExts lists file name extensions and top-level domains that keep the
// full stop before them ("enron.com", "report.doc").
var tkExts = map[string]bool{}

func init() {
	for _, w := range []string{
		"mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
		"cmdr", "rev", "gov", "sen", "sens", "rep", "reps", "pres", "hon", "st", "ft", "mt", "vs", "v",
		"e.g", "i.e", "eg", "cf", "approx", "a.k.a", "attn", "esp", "atty", "supt", "drs", "ps", "p.s",
	} {
		tkAbbrevs[w] = tkAbbrTitle
	}
	for _, w := range []string{"no", "nos", "vol", "p", "pp", "art", "fig", "sec", "ch", "ext", "para", "tel", "ph"} {
		tkAbbrevs[w] = tkAbbrNumber
	}
	for _, w := range []string{"inc", "corp", "co", "ltd", "llc", "plc", "bros", "ave", "blvd", "rd",
		"dept", "univ", "assn", "al", "jr", "sr", "sts", "pvt", "l.p", "u.s", "u.k", "u.n", "d.c", "e.u", "u.s.a", "l.a"} {
		tkAbbrevs[w] = tkAbbrName
	}
	for _, w := range []string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"} {
		tkAbbrevs[w] = tkAbbrName
		tkCapAbbrevs[w] = true
	}
	for _, w := range []string{"etc", "ect", "a.m", "p.m"} {
		tkAbbrevs[w] = tkAbbrEndCap
	}
	for _, w := range []string{
		"the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
		"our", "my", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in",
		"on", "at", "for", "from", "by", "with", "after", "before", "when", "while", "as", "if",
		"since", "although", "though", "however", "meanwhile", "also", "then", "now", "today",
		"what", "who", "why", "how", "where", "not", "no", "yes", "thanks", "thank", "please",
		"here", "some", "many", "most", "all", "both", "each", "every", "is", "are", "do", "does",
		"did", "can", "will", "would", "should", "could", "let", "just", "maybe", "hi", "hello",
		"ok", "okay", "one", "another", "other", "such", "because", "still", "even", "only",
		"i'm", "it's", "don't", "i've", "i'd", "i'll", "you're", "we're", "they're", "that's",
	} {
		tkStarter[w] = true
	}
	for _, w := range []string{
		"gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
		"cet", "bst", "eastern", "central", "pacific", "mountain", "local", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
		"sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec", "to", "until", "till", "through", "houston", "time",
	} {
		tkClockNext[w] = true
	}
	for _, w := range []string{
		"e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub",
		"semi", "cross", "neo", "psycho", "socio", "intra", "inter", "arch", "counter", "ultra",
		"bi", "tri", "uni", "un", "de", "mis", "micro", "macro", "mega", "meta", "extra", "infra",
		"trans", "pseudo", "quasi", "hyper", "super",
	} {
		tkPrefixes[w] = true
	}
	for _, w := range []string{
		"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "uk", "ca", "au", "de", "fr",
		"io", "us", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "htm", "html", "php",
		"asp", "aspx", "jpg", "jpeg", "gif", "png", "zip", "exe", "url", "csv", "xml", "js", "mp3",
		"avi", "mov", "wav", "rtf", "tif", "dat",
	} {
		tkExts[w] = true
	}
}

// tkAbbrevClass returns the kind of abbreviation w (the text before a
// full stop) is, if any.
func tkAbbrevClass(w string) tkAbbr {
	if len(w) == 0 || len(w) > 8 {
		return tkNotAbbrev
	}
	if len(w) == 1 {
		if c := w[0]; tkIsLetter(c) && c != 'I' && c != 'i' && c != 'a' {
			return tkAbbrName // an initial
		}
		return tkNotAbbrev
	}
	var buf [8]byte
	lw, ok := tkLower(buf[:], w)
	if !ok {
		return tkNotAbbrev
	}
	if cls, found := tkAbbrevs[lw]; found {
		if tkCapAbbrevs[lw] && !(w[0] >= 'A' && w[0] <= 'Z') {
			return tkNotAbbrev
		}
		return cls
	}
	// letters with inner full stops: "F.O.B", "M.D", "T.V"
	if strings.IndexByte(w, '.') > 0 {
		ok := true
		n := 0
		for i := 0; i < len(w); i++ {
			if w[i] == '.' {
				n = 0
				continue
			}
			if !tkIsLetter(w[i]) {
				ok = false
				break
			}
			n++
			if n > 2 {
				ok = false
				break
			}
		}
		if ok {
			return tkAbbrName
		}
	}
	return tkNotAbbrev
}

// tkEmoticons lists emoticons kept as one token.
var tkEmoticons = [...]string{
	":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", ">:(", "^_^", "-_-", "^^",
	":)", ":(", ";)", ":D", ":P", ":p", ":/", ":O", ":o", ":|", "=)", "=(", "<3", "(:",
}

// tkEmoticon returns the end of an emoticon at text[i], or i.
func tkEmoticon(s string, i, b int) int {
	switch s[i] {
	case ':', ';', '=', '^', '-', '<', '>', '(':
	default:
		return i
	}
	for _, e := range tkEmoticons {
		if strings.HasPrefix(s[i:b], e) {
			end := i + len(e)
			if end < b && (tkIsWordAt(s, end) || s[end] == ')' || s[end] == '(') {
				continue
			}
			if e == "(:" && end < b {
				continue
			}
			if e == "^^" && end < b && s[end] == '^' {
				continue
			}
			return end
		}
	}
	return i
}

// tkPrefix reports whether w keeps a hyphen after it.
func tkPrefix(w string) bool {
	var buf [8]byte
	lw, ok := tkLower(buf[:], w)
	return ok && tkPrefixes[lw]
}

// tkIsExt reports whether w is a known file extension or domain.
func tkIsExt(w string) bool {
	var buf [8]byte
	lw, ok := tkLower(buf[:], w)
	return ok && tkExts[lw]
}

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
