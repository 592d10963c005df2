package syntax

import (
	"strings"
	"unicode/utf8"
)

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
