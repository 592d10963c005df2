package syntax

import (
	"sort"
	"strings"

	"github.com/timeline-dev/timeline/internal/wordnet"
)

// lemmaKey is a word as written with its tag.
type lemmaKey struct {
	form string
	tag  int
}

// lemmatizer gives a word's lemma: from a table of the words of the
// training data whose lemma is not the word itself (the exceptions, and
// the common words whose rule would build a new string), and otherwise
// from suffix rules chosen by the Penn tag.
type lemmatizer struct {
	table map[lemmaKey]string
}

// learnLemmas builds the table from tagged, lemmatised sentences: for
// each form and tag, its most frequent lemma when that differs from the
// form.
func learnLemmas(sents []Sentence, tags *tagSet) lemmatizer {
	counts := map[lemmaKey]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			t, ok := tags.index[[2]string{w.UPOS, w.XPOS}]
			if !ok || w.Lemma == "" {
				continue
			}
			k := lemmaKey{w.Form, t}
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][w.Lemma]++
		}
	}
	lz := lemmatizer{table: map[lemmaKey]string{}}
	for k, m := range counts {
		if top, _, _ := majority(m); top != k.form {
			lz.table[k] = top
		}
	}
	return lz
}

// lemma returns the lemma of form with tag t.
func (lz *lemmatizer) lemma(form string, t int, tags *tagSet) string {
	if l, ok := lz.table[lemmaKey{form, t}]; ok {
		return l
	}
	if t < 0 || t >= len(tags.xpos) {
		return form
	}
	upos, xpos := tags.upos[t], tags.xpos[t]
	if upos == "PROPN" || upos == "PUNCT" || upos == "NUM" || upos == "SYM" || upos == "X" {
		return form
	}
	if form == "I" {
		return form // the pronoun keeps its capital
	}
	low := lowerASCII(form)
	l := suffixLemma(low, xpos)
	// The suffix rules guess; WordNet knows the nouns and verbs of
	// English and their irregular forms ("imposed" is "impose", not
	// "impos"; "rose" is "rise").
	var p wordnet.POS
	switch xpos {
	case "NNS":
		p = wordnet.Noun
	case "VBZ", "VBG", "VBD", "VBN":
		p = wordnet.Verb
	default:
		return l
	}
	if p == wordnet.Verb && xpos != "VBZ" && shortVowelEnd(l) && wordnet.Has(l+"e", p) {
		// "fined", "hoped", "taped": a verb ending in one vowel and one
		// consonant doubles it before -ed and -ing ("finned",
		// "hopping"), so a single one means the e was dropped
		return l + "e"
	}
	if wordnet.Has(l, p) {
		return l
	}
	for _, b := range wordnet.Base(low, p) {
		if b != low && strings.IndexByte(b, '_') < 0 {
			return b
		}
	}
	return l
}

// suffixLemma takes the inflection its Penn tag xpos says off a
// lower-case word.
func suffixLemma(low, xpos string) string {
	switch xpos {
	case "NNS":
		return nounStem(low)
	case "VBZ":
		return nounStem(low)
	case "VBG":
		if s, ok := strings.CutSuffix(low, "ing"); ok && len(s) >= 2 {
			return verbStem(s)
		}
	case "VBD", "VBN":
		if s, ok := strings.CutSuffix(low, "ied"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(low, "ed"); ok && len(s) >= 2 {
			return verbStem(s)
		}
	case "JJR", "RBR":
		if s, ok := strings.CutSuffix(low, "ier"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(low, "er"); ok && len(s) >= 2 {
			return undouble(s)
		}
	case "JJS", "RBS":
		if s, ok := strings.CutSuffix(low, "iest"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(low, "est"); ok && len(s) >= 2 {
			return undouble(s)
		}
	}
	return low
}

// nounStem takes the plural or third-person -s off a lower-case word.
func nounStem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// verbStem restores the stem of a verb whose -ing or -ed was taken off:
// a doubled final consonant is undone ("stopp" → "stop"), and a final e
// comes back after the endings that usually drop it ("creat" → "create").
func verbStem(s string) string {
	if u := undouble(s); len(u) < len(s) {
		return u
	}
	for _, end := range []string{"at", "iz", "is", "uc", "ov", "iv", "ag", "bl", "ur", "ud", "ac", "rg", "ns", "rs", "ut", "ol", "ir", "id", "ap", "ib", "ar", "ok", "uir", "ng"} {
		if strings.HasSuffix(s, end) && !strings.HasSuffix(s, "eng") && !strings.HasSuffix(s, "ing") {
			if end == "ng" && !strings.HasSuffix(s, "ang") && !strings.HasSuffix(s, "ung") {
				continue
			}
			return s + "e"
		}
	}
	return s
}

// shortVowelEnd reports whether a one-syllable stem ends in a single
// vowel and a single consonant that English doubles before a suffix:
// "fin", "hop", "tap" (not "visit", "open", "show").
func shortVowelEnd(s string) bool {
	n := len(s)
	if n < 3 || n > 4 || strings.IndexByte("bdfgklmnprtvz", s[n-1]) < 0 || !vowel(s[n-2]) || vowel(s[n-3]) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if vowel(s[i]) {
			return false // a second syllable: "edit", "open"
		}
	}
	return true
}

// vowel reports whether the ASCII letter c is a vowel.
func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// undouble turns a doubled final consonant into one, except ll, ss, zz
// and ff, which English keeps ("fall", "pass").
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && strings.IndexByte("bdgklmnprt", s[n-1]) >= 0 && s[n-1] != 'l' {
		return s[:n-1]
	}
	return s
}

// lowerASCII lower-cases the ASCII letters of s, returning s itself when
// it has none to change.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// sortedLemmas returns the table's entries in a fixed order, for the
// model file.
func (lz *lemmatizer) sorted() []lemmaKey {
	keys := make([]lemmaKey, 0, len(lz.table))
	for k := range lz.table {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].form != keys[j].form {
			return keys[i].form < keys[j].form
		}
		return keys[i].tag < keys[j].tag
	})
	return keys
}
