package wordnet

import (
	_ "embed"
	"iter"
	"strconv"
	"sync"
)

//go:embed wordnet.bin
var embedded string

var loadTable = sync.OnceValue(func() *table {
	t, err := openTable(embedded)
	if err != nil {
		panic("BUG: embedded wordnet.bin: " + err.Error())
	}
	return t
})

// POS is a part of speech: [Noun] or [Verb].
type POS uint8

// The parts of speech in the table.
const (
	Noun POS = iota
	Verb
)

// String returns "noun" or "verb".
func (p POS) String() string {
	switch p {
	case Noun:
		return "noun"
	case Verb:
		return "verb"
	}
	return "POS(" + strconv.Itoa(int(p)) + ")"
}

// letter is the part-of-speech letter of synset names.
func (p POS) letter() string {
	if p == Verb {
		return "v"
	}
	return "n"
}

// Synset is a WordNet synset: a set of synonymous words for one sense,
// noun or verb. The zero Synset is no synset; its methods return zero
// values. Ids are opaque: they are stable for one table but not across
// WordNet versions, so keep names ([Synset.Name]), not numbers, in data.
type Synset uint32

// MaxDepth is the deepest hypernym chain in WordNet 3.0 with some room to
// spare: [Synset.IsA] and [Synset.Ancestors] walk no further.
const MaxDepth = 32

// Lookup returns the synsets of lemma as pos in WordNet's sense order,
// most frequent first, or nil if WordNet does not have it. The lemma is
// matched with ASCII letters lower-cased and spaces read as underscores, so
// "cease-fire", "take over" and "Take_over" are all found. Lookup does not
// reduce inflected forms; see [Base].
func Lookup(lemma string, pos POS) []Synset { return loadTable().lookup(lemma, pos) }

// Has reports whether lemma has a sense as pos, reading it as [Lookup]
// does; unlike Lookup it does not allocate.
func Has(lemma string, pos POS) bool {
	var buf [maxKey]byte
	key, ok := normalize(&buf, lemma)
	return ok && loadTable().has(key, pos)
}

// ByName resolves a synset name of the form made by [Synset.Name], such
// as "attack.v.01"; the sense number may have any number of digits
// ("attack.v.1"), and the lemma is matched as by [Lookup]. It reports false
// if there is no such synset.
func ByName(name string) (Synset, bool) { return loadTable().byName(name) }

// POS returns the synset's part of speech.
func (s Synset) POS() POS { return loadTable().pos(s) }

// Name returns the synset's name in the form lemma.p.NN: lemma is the
// first word of the synset as listed in WordNet's data file, lower-cased,
// with underscores between the words of a collocation; p is n or v; NN is
// the sense number, from 01, of this synset among the senses of that
// lemma for that part of speech, in [Lookup] order. Attack's first verb
// sense is "attack.v.01"; "bombard.v.02" is the second verb sense of
// bombard, the first word of its synset. Names are the ones NLTK shows
// for WordNet 3.0. The zero Synset's name is "".
func (s Synset) Name() string { return loadTable().name(s) }

// String returns [Synset.Name].
func (s Synset) String() string { return s.Name() }

// LexName returns the name of the synset's lexicographer file, its broad
// semantic class, such as "noun.act", "noun.event" or "verb.contact".
func (s Synset) LexName() string { return loadTable().lexname(s) }

// Lemmas returns the words of the synset in WordNet's order, lower-cased,
// with underscores between the words of a collocation.
func (s Synset) Lemmas() []string { return loadTable().lemmaList(s) }

// Hypernyms returns the synset's direct hypernyms: its more general
// synsets (WordNet's @ pointers), then the classes of which it is an
// instance (@i pointers; "Paris" is an instance of a national capital).
func (s Synset) Hypernyms() []Synset {
	t := loadTable()
	r, ok := t.record(s)
	if !ok {
		return nil
	}
	return t.links(s, r.hyper, r.nHyper+r.nInst)
}

// Derived returns the synsets of the other part of speech that WordNet
// relates to this one by derivation (its + pointers, taken at the level of
// synsets): a noun's verbs and a verb's nouns, so the first sense of
// "invasion" reaches the verb "invade". Each synset comes once, in the
// order of the pointers.
func (s Synset) Derived() []Synset {
	t := loadTable()
	r, ok := t.record(s)
	if !ok {
		return nil
	}
	return t.links(s, r.derived, r.nDerived)
}

// Ancestors returns the synset's ancestors by hypernym and instance
// hypernym links, with each one's distance in links: breadth first, so
// nearest first, each ancestor once, no further than [MaxDepth] links. It
// does not allocate.
func (s Synset) Ancestors() iter.Seq2[Synset, int] {
	return func(yield func(Synset, int) bool) {
		loadTable().ancestors(s, MaxDepth, yield)
	}
}

// IsA reports whether s is ancestor or one of its hyponyms: whether
// ancestor is s itself or is reached from s by hypernym and instance
// hypernym links, at most [MaxDepth] of them. It does not allocate.
func (s Synset) IsA(ancestor Synset) bool {
	if s == 0 || ancestor == 0 {
		return false
	}
	if s == ancestor {
		return true
	}
	found := false
	loadTable().ancestors(s, MaxDepth, func(a Synset, _ int) bool {
		found = a == ancestor
		return !found
	})
	return found
}

// Notice returns the copyright notice and licence of WordNet 3.0, from
// which the table is derived, as the WordNet licence asks every copy to
// carry.
func Notice() string { return loadTable().notice }
