package syntax

import "github.com/timeline-dev/timeline/internal/wordnet"

// WordNet classes of a word, for the tagger: what WordNet says the word
// may be tells it about words the training data never saw ("annexed",
// "airstrikes").
const (
	wnNoun     = 1 << iota // the word is a WordNet noun
	wnVerb                 // the word is a WordNet verb
	wnNounForm             // the word less a plural ending is a noun
	wnVerbForm             // the word less a verb ending is a verb
	wnSeen                 // the word was looked up (it has a letter and is short enough)
)

// wnMaxLen is the longest word looked up.
const wnMaxLen = 24

// wnEnding is a rule that takes an inflection off a word: a word that
// ends in suffix may be the base that ends in ending instead (after
// WordNet's Morphy).
type wnEnding struct {
	suffix, ending string
	pos            wordnet.POS
}

var wnEndings = [...]wnEnding{
	{"s", "", wordnet.Noun}, {"ses", "s", wordnet.Noun}, {"xes", "x", wordnet.Noun},
	{"zes", "z", wordnet.Noun}, {"ches", "ch", wordnet.Noun}, {"shes", "sh", wordnet.Noun},
	{"men", "man", wordnet.Noun}, {"ies", "y", wordnet.Noun},
	{"s", "", wordnet.Verb}, {"ies", "y", wordnet.Verb}, {"es", "e", wordnet.Verb},
	{"es", "", wordnet.Verb}, {"ed", "e", wordnet.Verb}, {"ed", "", wordnet.Verb},
	{"ing", "e", wordnet.Verb}, {"ing", "", wordnet.Verb},
	// a doubled consonant: "planned", "shipping"
	{"ed", "-", wordnet.Verb}, {"ing", "-", wordnet.Verb},
}

// wnClass returns the WordNet class bits of w: its lower-cased form and
// the forms that the inflection rules make of it, looked up as nouns and
// verbs. It does not allocate.
func wnClass(w string) uint64 {
	if len(w) > wnMaxLen || len(w) < 2 {
		return 0
	}
	var buf [wnMaxLen + 4]byte
	letter := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			letter = true
		case 'a' <= c && c <= 'z':
			letter = true
		case c >= 0x80:
			return 0
		}
		buf[i] = c
	}
	if !letter {
		return 0
	}
	low := buf[:len(w)]
	cls := uint64(wnSeen)
	if has(low, wordnet.Noun) {
		cls |= wnNoun
	}
	if has(low, wordnet.Verb) {
		cls |= wnVerb
	}
	for _, e := range wnEndings {
		bit := uint64(wnNounForm)
		if e.pos == wordnet.Verb {
			bit = wnVerbForm
		}
		if cls&bit != 0 || len(low) <= len(e.suffix)+1 || string(low[len(low)-len(e.suffix):]) != e.suffix {
			continue
		}
		var tmp [wnMaxLen + 4]byte
		k := copy(tmp[:], low[:len(low)-len(e.suffix)])
		if e.ending == "-" {
			if k < 3 || tmp[k-1] != tmp[k-2] {
				continue
			}
			k--
		} else {
			k += copy(tmp[k:], e.ending)
		}
		if has(tmp[:k], e.pos) {
			cls |= bit
		}
	}
	return cls
}

// has looks b up in WordNet without allocating.
func has(b []byte, pos wordnet.POS) bool {
	return wordnet.Has(string(b), pos)
}
