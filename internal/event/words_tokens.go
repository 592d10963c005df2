package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type anKind uint8

const (
	anWord  anKind = iota // a word or abbreviation
	anNum                 // a number: "17", "1,200", "9:30"
	anPunct               // one punctuation mark
	anPoss                // a possessive "'s" or "'"
)

// Token is one token of a sentence.
type Token struct {
	low  string // lower-cased text
	s, e int32
	kind anKind
	cap  bool  // begins with an upper-case letter
	date uint8 // 0: no date; 1: the analysed expression; 2: another one
}

func anIsLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func anIsAlnum(r rune) bool { return anIsLetter(r) || unicode.IsDigit(r) }

// Tokenize splits a sentence into words, numbers, possessives and
// punctuation marks. Hyphens and apostrophes inside a word stay in it
// ("ship-to-ship", "didn't", "d'Ivoire"), a possessive "'s" becomes a
// token of its own, and initials keep their full stops ("U.S.", "a.m.").
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case anIsAlnum(r):
			e, kind := anWordEnd(s, i)
			toks = append(toks, Token{s: int32(i), e: int32(e), low: strings.ToLower(s[i:e]), kind: kind, cap: unicode.IsUpper(r)})
			i = e
			continue
		case r == '\'' || r == '’':
			if len(toks) > 0 && int(toks[len(toks)-1].e) == i && toks[len(toks)-1].kind == anWord {
				// "Iran's", "leaders'"
				next, m := utf8.DecodeRuneInString(s[i+n:])
				if (next == 's' || next == 'S') && !anIsAlnum(anRuneAt(s, i+n+m)) {
					toks = append(toks, Token{s: int32(i), e: int32(i + n + m), low: "'s", kind: anPoss})
					i += n + m
					continue
				}
				if strings.HasSuffix(toks[len(toks)-1].low, "s") && !anIsAlnum(next) {
					toks = append(toks, Token{s: int32(i), e: int32(i + n), low: "'", kind: anPoss})
					i += n
					continue
				}
			}
		}
		toks = append(toks, Token{s: int32(i), e: int32(i + n), low: s[i : i+n], kind: anPunct})
		i += n
	}
	return toks
}

// anRuneAt returns the rune at s[i], or 0 past the end.
func anRuneAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// anWordEnd returns the end of the word or number that starts at i.
func anWordEnd(s string, i int) (int, anKind) {
	kind := anNum
	e := i
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		switch {
		case anIsLetter(r):
			kind = anWord
			e += n
			continue
		case unicode.IsDigit(r):
			e += n
			continue
		case r == '-' || r == '‑':
			if anIsAlnum(anRuneAt(s, e+n)) {
				e += n
				continue
			}
		case r == '.' || r == ',' || r == ':' || r == '/':
			// "1,200", "3.5", "9:30", "9/12/2024"
			prev, _ := utf8.DecodeLastRuneInString(s[:e])
			if unicode.IsDigit(prev) && unicode.IsDigit(anRuneAt(s, e+n)) {
				e += n
				continue
			}
		case r == '\'' || r == '’':
			next := anRuneAt(s, e+n)
			if anIsLetter(next) {
				after := anRuneAt(s, e+n+utf8.RuneLen(next))
				if (next == 's' || next == 'S') && !anIsAlnum(after) {
					break // a possessive
				}
				e += n
				continue
			}
		}
		break
	}
	// initials: "U.S.", "a.m.", "e.g."
	if utf8.RuneCountInString(s[i:e]) == 1 && kind == anWord {
		j := e
		for j+1 < len(s) && s[j] == '.' && anIsLetter(anRuneAt(s, j+1)) {
			r := anRuneAt(s, j+1)
			k := j + 1 + utf8.RuneLen(r)
			if k < len(s) && anIsAlnum(anRuneAt(s, k)) {
				break
			}
			j = k
		}
		if j > e {
			if j < len(s) && s[j] == '.' {
				j++
			}
			e = j
		}
	}
	return e, kind
}

// anIsDuration reports whether the tokens [s, e) read as a duration or a
// set ("more than three hours", "24-hour", "every two years", "a year")
// rather than a point in time, so that it does not compete for triggers.
func anIsDuration(toks []Token, s, e int) bool {
	last := toks[e-1].low
	for _, u := range []string{"-hour", "-day", "-week", "-month", "-year", "-minute", "-decade"} {
		if strings.HasSuffix(last, u) {
			return true
		}
	}
	if toks[s].low == "every" || toks[s].low == "each" {
		return true
	}
	switch last {
	case "hours", "minutes", "days", "weeks", "months", "years", "decades", "seconds", "centuries", "decade":
		return true
	case "hour", "minute", "day", "week", "month", "year":
		if e-s == 2 && (toks[s].low == "a" || toks[s].low == "an" || toks[s].low == "one" || toks[s].kind == anNum) {
			return true
		}
	}
	return s > 0 && toks[s-1].low == "within"
}

// sentStarter lists closed-class words that often begin a sentence.
var sentStarter = map[string]bool{}

func init() {
	for _, w := range []string{
		"the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
		"our", "my", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in",
		"on", "at", "for", "from", "by", "with", "after", "before", "when", "while", "as", "if",
		"since", "although", "though", "however", "meanwhile", "also", "earlier", "later", "last",
		"next", "then", "still", "now", "today", "yesterday", "some", "many", "most", "all", "both",
		"no", "one", "two", "three", "officials", "according", "under", "during", "despite", "what",
		"who", "why", "how", "such", "other", "another", "each", "every", "not", "instead", "because",
	} {
		sentStarter[w] = true
	}
}

// IsSentenceStarter reports whether the lower-case word w is a
// closed-class word that often begins a sentence ("the", "however",
// "officials"): a capital on it says nothing of a name.
func IsSentenceStarter(w string) bool { return sentStarter[w] }
