package timeline

import (
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/event"
)

// MaxSentence is the longest sentence, in bytes, that [Sentences] returns.
// Sentences of news text stay far below it; longer runs are tables, lists
// or text that is not prose, and reading them whole would make the time
// spent on each date grow with the length of the run.
const MaxSentence = 1024

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span = event.Span

// Sentences splits UTF-8 news text into sentences and returns their byte
// spans, in order, with surrounding white space trimmed.
//
// A sentence ends at a full stop, question or exclamation mark (with any
// closing quotes or brackets after it) that is followed by white space and
// a word that does not begin in lower case, unless the full stop closes an
// abbreviation ("U.S.", "Jan.", "Mr.", "e.g."), an initial ("J. Smith") or
// sits inside a number ("3.5"). A blank line always ends a sentence, and so
// does the end of a line without final punctuation (a headline or a
// "Posted:" line) unless the next line starts in lower case or the line
// ends with a comma or a word such as "to" or "the", which mark a
// paragraph wrapped mid-sentence. A bullet
// at the start of a line ("•", "-", "*", "–" followed by a space) starts a
// new sentence and is left out of its span.
//
// "a.m." and "p.m." end a sentence only before a capitalised word that is
// not a time zone, weekday or month ("at 5 a.m. Gunmen stormed ..." splits,
// "9:30 a.m. GMT" does not). Country abbreviations such as "U.S." and
// initials end one only before a word that usually starts a sentence
// ("The", "It", "But", ...), since "the U.S. State Department" is far more
// common than a sentence ending in "U.S.".
//
// Text that runs on for more than three quarters of [MaxSentence] bytes without
// ending a sentence is cut at the next white space, and at MaxSentence
// bytes where there is none, so no span is longer than MaxSentence.
func Sentences(text []byte) []Span {
	var out []Span
	start := -1 // first byte of the open sentence, -1 when none is open
	emit := func(end int) {
		if start >= 0 {
			s, e := sentTrim(text, start, end)
			if e > s {
				out = append(out, Span{Start: s, End: e})
			}
		}
		start = -1
	}
	lineStart := true
	for i := 0; i < len(text); {
		if lineStart {
			lineStart = false
			j := sentSkipBlank(text, i)
			if n := sentBullet(text, j); n > 0 {
				emit(i)
				i = j + n
				continue
			}
		}
		c := text[i]
		if c == '\n' {
			if start >= 0 && sentLineEnds(text, start, i) {
				emit(i)
			}
			i++
			lineStart = true
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		// An overlong run without a sentence end is not prose; cut it, at
		// white space when there is some, so that the work done per date
		// stays bounded.
		if start >= 0 && i-start >= MaxSentence*3/4 && (sentIsSpace(r) || i-start >= MaxSentence) {
			emit(i)
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			if start < 0 {
				start = i
			}
			if end, ok := sentenceEnd(text, i, size); ok {
				emit(end)
				i = end
				continue
			}
		}
		if start < 0 && !sentIsSpace(r) {
			start = i
		}
		i += size
	}
	emit(len(text))
	return out
}

// sentIsSpace reports white space, including the no-break space.
func sentIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// sentTrim narrows [s, e) to leave out white space at both ends.
func sentTrim(text []byte, s, e int) (int, int) {
	for s < e {
		r, n := sentDecode(text, s)
		if !sentIsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRune(text[s:e])
		if !sentIsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// sentDecode decodes the rune at text[i], with an ASCII fast path.
func sentDecode(text []byte, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(text[i:])
}

// sentSkipBlank skips spaces and tabs (not line breaks) from i.
func sentSkipBlank(text []byte, i int) int {
	for i < len(text) {
		r, n := sentDecode(text, i)
		if r == '\n' || !sentIsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// sentSkipSpace skips all white space, line breaks included, from i.
func sentSkipSpace(text []byte, i int) int {
	for i < len(text) {
		r, n := sentDecode(text, i)
		if !sentIsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// sentBullet returns the length of a list bullet and the blanks after it at
// text[i], or 0. A bullet must be followed by a space so that "-5" or a
// hyphenated word at the start of a line is not mistaken for one.
func sentBullet(text []byte, i int) int {
	if i >= len(text) {
		return 0
	}
	r, n := sentDecode(text, i)
	switch r {
	case '•', '-', '*', '–', '·', '▪', '◦':
	default:
		return 0
	}
	if i+n >= len(text) {
		return 0
	}
	if next, _ := sentDecode(text, i+n); next != ' ' && next != '\t' && next != '\u00a0' {
		return 0
	}
	return sentSkipBlank(text, i+n) - i
}

// sentLineEnds decides whether the line break at nl ends the sentence that
// began at start.
func sentLineEnds(text []byte, start, nl int) bool {
	j := sentSkipBlank(text, nl+1)
	if j >= len(text) || text[j] == '\n' || (text[j] == '\r' && j+1 < len(text) && text[j+1] == '\n') {
		return true // a blank line
	}
	if sentBullet(text, j) > 0 {
		return true
	}
	_, e := sentTrim(text, start, nl)
	if e <= start {
		return false
	}
	last, _ := utf8.DecodeLastRune(text[start:e])
	switch last {
	case '.', '!', '?', '…':
		// A full stop the splitter kept ("U.S.", "Mr.") does not end the
		// sentence at the line break either.
		return false
	case ',', ';', '(', '&', '/':
		return false // a wrapped line
	}
	next, _ := sentDecode(text, j)
	if unicode.IsLower(next) {
		return false
	}
	// a line that stops at "to", "the" or "and" was wrapped mid-sentence
	w := sentWordBefore(text, e)
	if r, _ := utf8.DecodeLastRune(text[:e]); unicode.IsLetter(r) && sentWrapWord[sentLower(w)] {
		return false
	}
	return true
}

// sentWrapWord lists words that cannot end a headline: a line ending in
// one continues on the next.
var sentWrapWord = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true, "that": true,
	"which": true, "who": true, "will": true, "would": true, "has": true, "have": true, "had": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "its": true, "their": true, "his": true,
	"her": true, "than": true, "as": true, "into": true, "between": true, "after": true, "before": true,
}

// closing quotes and brackets that belong to the sentence they follow
func sentIsCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', ')', ']', '»', '›':
		return true
	}
	return false
}

// sentenceEnd decides whether the terminal mark at text[i] (size bytes)
// ends a sentence, and if so returns the offset just past it and the
// closing quotes after it.
func sentenceEnd(text []byte, i, size int) (int, bool) {
	j := i + size
	// runs such as "?!", "..." and closing quotes
	for j < len(text) {
		r, n := sentDecode(text, j)
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j += n
			continue
		}
		break
	}
	quoted := false
	for j < len(text) {
		r, n := sentDecode(text, j)
		if !sentIsCloser(r) {
			break
		}
		quoted = true
		j += n
	}
	if j >= len(text) {
		return j, true
	}
	if r, _ := sentDecode(text, j); !sentIsSpace(r) {
		return 0, false // "3.5", "U.S.-led", "e.g.,"
	}
	k := sentSkipSpace(text, j)
	if k >= len(text) {
		return j, true
	}
	next, _ := sentDecode(text, k)
	if unicode.IsLower(next) {
		return 0, false
	}
	if text[i] != '.' || quoted || j-i > 1 {
		return j, true
	}
	w := sentWordBefore(text, i)
	if w == "" {
		return j, true
	}
	nextWord := sentWordAt(text, k)
	switch sentAbbrevKind(w) {
	case sentAbbrTitle:
		return 0, false
	case sentAbbrNumber: // "No. 10"
		if sentIsDigit(next) {
			return 0, false
		}
	case sentAbbrMonth: // "Jan. 30"
		if sentIsDigit(next) {
			return 0, false
		}
	case sentAbbrClock: // "9:30 a.m. GMT"
		if sentIsDigit(next) || sentClockFollower[sentLower(nextWord)] {
			return 0, false
		}
	case sentAbbrName: // "the U.S. State Department", "J. Smith", "Acme Corp. Chief"
		if !event.IsSentenceStarter(sentLower(nextWord)) {
			return 0, false
		}
	}
	return j, true
}

func sentIsDigit(r rune) bool { return r >= '0' && r <= '9' }

// sentWordBefore returns the run of letters and inner full stops that ends
// just before the full stop at i ("U.S" for "U.S.", "Jan" for "Jan.").
func sentWordBefore(text []byte, i int) string {
	s := i
	for s > 0 {
		r, n := utf8.DecodeLastRune(text[:s])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		s -= n
	}
	for s < i && text[s] == '.' {
		s++
	}
	return string(text[s:i])
}

// sentWordAt returns the run of letters starting at k.
func sentWordAt(text []byte, k int) string {
	e := k
	for e < len(text) {
		r, n := sentDecode(text, e)
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return string(text[k:e])
}

// sentLower lower-cases the ASCII letters of s.
func sentLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

type sentAbbr uint8

const (
	sentAbbrNone   sentAbbr = iota
	sentAbbrTitle           // never ends a sentence: "Mr.", "Gen.", "e.g."
	sentAbbrNumber          // "No." before a number
	sentAbbrMonth           // "Jan." before a number
	sentAbbrClock           // "a.m.", "p.m."
	sentAbbrName            // part of a name: "U.S.", "J.", "Corp."
)

var sentAbbrevs = map[string]sentAbbr{}

// sentClockFollower lists the capitalised words that may follow "a.m." or
// "p.m." inside a sentence.
var sentClockFollower = map[string]bool{}

func init() {
	for _, w := range []string{
		"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "st", "vs", "v",
		"e.g", "i.e", "sgt", "capt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp",
		"mt", "ft", "approx", "cf", "al", "fig", "ave", "blvd", "gens", "reps", "sens", "messrs",
	} {
		sentAbbrevs[w] = sentAbbrTitle
	}
	sentAbbrevs["no"] = sentAbbrNumber
	sentAbbrevs["nos"] = sentAbbrNumber
	sentAbbrevs["art"] = sentAbbrNumber
	for _, w := range []string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"} {
		sentAbbrevs[w] = sentAbbrMonth
	}
	sentAbbrevs["a.m"] = sentAbbrClock
	sentAbbrevs["p.m"] = sentAbbrClock
	for _, w := range []string{
		"u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "u.a.e", "p.r", "n.z", "s.a", "n.v", "a.g",
		"inc", "corp", "ltd", "co", "llc", "plc", "bros", "jr", "sr", "etc",
	} {
		sentAbbrevs[w] = sentAbbrName
	}
	for _, w := range []string{
		"gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
		"cet", "cest", "bst", "ist", "jst", "kst", "aest", "eastern", "central", "pacific", "mountain",
		"local", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "moscow", "kyiv", "beijing", "tokyo", "london", "washington",
	} {
		sentClockFollower[w] = true
	}
}

// sentAbbrevKind classifies the word before a full stop.
func sentAbbrevKind(w string) sentAbbr {
	if k, ok := sentAbbrevs[sentLower(w)]; ok {
		if k == sentAbbrNumber && w != "No" && w != "Nos" && w != "no" && w != "Art" {
			return sentAbbrNone
		}
		return k
	}
	// an initial ("J.") or a run of initials ("J.R.R.", "U.S.A.")
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return sentAbbrName
	}
	if len(w) >= 3 && sentIsInitials(w) {
		return sentAbbrName
	}
	return sentAbbrNone
}

// sentIsInitials reports a word such as "J.R.R" or "U.S.A": single letters
// joined by full stops.
func sentIsInitials(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case r == '.':
			if !letter {
				return false
			}
			letter = false
		case unicode.IsLetter(r):
			if letter {
				return false
			}
			letter = true
		default:
			return false
		}
	}
	return true
}
