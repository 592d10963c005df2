package event

import (
	"sort"
	"strings"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// Span is a byte range [Start, End) in the coordinates of the words'
// offsets.
type Span struct{ Start, End int }

// Result is what a sentence says about the event one of its dates dates.
type Result struct {
	// Trigger is the index in the sentence's words of the word that
	// names the event, or -1 when no word could be found.
	Trigger int
	// Type is one of [Types].
	Type string
	// Status is reported, scheduled, planned, expected, threatened,
	// cancelled or negated.
	Status string
	// Speaker is the index of the word naming who said it, when the date
	// dates what someone said; else -1.
	Speaker int
	// Attached is the index of the word the date's phrase attaches to,
	// before any climbing; -1 when the date is the sentence's root.
	Attached int
	// Moved reports that the date is the one a postponed event was
	// moved to ("postponed until 12 March").
	Moved bool
	// Unsure reports that the parser hung the date on a punctuation
	// mark, a sign it misread the sentence: the clause read from there
	// is a guess.
	Unsure bool
	// Threat is the type of the action a condition threatens, when the
	// date lies in the condition ("would sue if the coupon had not been
	// paid by 10 April" is legal); "" otherwise.
	Threat string
	// Denied reports that the trigger lies in the content of a denial:
	// "denied that the signal had malfunctioned", "rejected reports that
	// tablets had been shipped".
	Denied bool
}

// tree is a parsed sentence with its children lists.
type tree struct {
	w    []syntax.Word
	kids [][]int // 0-based children of each word, in order
	date []int8  // 1 for the analysed date's words, 2 for other dates'
}

func newTree(s *syntax.Sentence, date Span, others []Span) *tree {
	t := &tree{w: s.Words, kids: make([][]int, len(s.Words)), date: make([]int8, len(s.Words))}
	for i, w := range s.Words {
		if h := w.Head - 1; h >= 0 && h < len(s.Words) {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	// Mark the words each span overlaps, found by binary search over the
	// words' offsets (in order in a sentence), so that a sentence with
	// many dates costs no more than its words and its dates.
	mark := func(sp Span, v int8) {
		k := sort.Search(len(t.w), func(k int) bool { return t.w[k].End > sp.Start })
		for ; k < len(t.w) && t.w[k].Start < sp.End; k++ {
			if t.w[k].End > sp.Start && (t.date[k] == 0 || v == 1) {
				t.date[k] = v
			}
		}
	}
	for _, o := range others {
		mark(o, 2)
	}
	mark(date, 1)
	return t
}

// head returns the 0-based head of word i, or -1 for the root.
func (t *tree) head(i int) int {
	h := t.w[i].Head - 1
	if h < 0 || h >= len(t.w) {
		return -1
	}
	return h
}

// rel returns the relation of word i without its subtype ("obl" for
// "obl:tmod").
func (t *tree) rel(i int) string {
	r, _, _ := strings.Cut(t.w[i].Rel, ":")
	return r
}

// lemma returns the lower-case lemma of word i, with its particle for a
// phrasal verb ("call off").
func (t *tree) lemma(i int) string {
	l := strings.ToLower(t.w[i].Lemma)
	if t.w[i].UPOS == "VERB" {
		for _, k := range t.kids[i] {
			if t.w[k].Rel == "compound:prt" {
				return l + " " + strings.ToLower(t.w[k].Form)
			}
			// "was pushed back" with the particle read as an adverb:
			// the phrasal verb when the lexicon knows it
			if t.w[k].Rel == "advmod" && k == i+1 {
				if pv := l + " " + strings.ToLower(t.w[k].Form); lex().knows(pv) {
					return pv
				}
			}
		}
	}
	return l
}

// child returns the first child of i whose relation (without subtype,
// unless rel has one) is rel, or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.w[k].Rel == r || (!strings.Contains(r, ":") && t.rel(k) == r) {
				return k
			}
		}
	}
	return -1
}

// dated reports whether the subtree of i holds a word of another date.
// It visits at most as many words as the sentence has, so that a tree
// with a cycle cannot keep it going.
func (t *tree) dated(i int) bool {
	stack := []int{i}
	for n := 0; len(stack) > 0 && n <= len(t.w); n++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if t.date[k] == 2 {
			return true
		}
		stack = append(stack, t.kids[k]...)
	}
	return false
}

// dateHead returns the word of the analysed date whose head lies outside
// it: the head of the date's phrase; -1 when the date covers no word.
func (t *tree) dateHead() int {
	first := -1
	for i := range t.w {
		if t.date[i] != 1 {
			continue
		}
		if first < 0 {
			first = i
		}
		if h := t.head(i); h < 0 || t.date[h] != 1 {
			return i
		}
	}
	return first
}

// pos returns the lexicon part of speech of word i.
func (t *tree) pos(i int) pos {
	switch t.w[i].UPOS {
	case "VERB", "AUX":
		return posVerb
	case "ADJ":
		return posAdj
	}
	return posNoun
}

// typeOf returns the event type the lexicon gives word i on its own, or
// "".
func (t *tree) typeOf(i int) string {
	typ, _ := t.typeListed(i)
	return typ
}

// typeListed is [tree.typeOf] that also reports whether the lexicon
// lists the word (false when the type came through WordNet).
func (t *tree) typeListed(i int) (string, bool) {
	if typ, listed := t.lemmaType(i, t.lemma(i)); typ != "" {
		return typ, listed
	}
	// A particle that names nothing: "collided head-on" read as
	// "collide on".
	if bare := strings.ToLower(t.w[i].Lemma); bare != t.lemma(i) {
		return t.lemmaType(i, bare)
	}
	return "", false
}

// lemmaType returns the type of word i read as lemma l, and whether the
// lexicon lists it.
func (t *tree) lemmaType(i int, l string) (string, bool) {
	p := t.pos(i)
	if typ := lex().types[p][l]; typ != "" {
		return typ, true
	}
	// A participle or gerund tagged as a noun or adjective ("the
	// planned visit", "the bombing") and a noun the tagger read as a
	// verb find the other part of speech.
	switch p {
	case posNoun, posAdj:
		if typ := lex().types[posNoun][strings.ToLower(t.w[i].Form)]; typ != "" {
			return typ, true
		}
		typ := lex().types[posVerb][l]
		return typ, typ != ""
	case posVerb:
		if typ := lex().types[posNoun][l]; typ != "" {
			return typ, true
		}
	}
	if p == posAdj {
		p = posVerb // "planned", "scheduled": participles
	}
	if lex().classes[posVerb][l] != 0 || lex().classes[posNoun][l] != 0 {
		return "", false // a verb of timing or saying, a part: no event of its own
	}
	return lex().wordNetType(l, p), false
}

// class returns the lexicon classes of word i.
func (t *tree) class(i int) uint16 {
	return lex().classes[t.pos(i)][t.lemma(i)]
}

// subject returns the subject of verb or predicate i: its own nsubj or
// nsubj:pass, else, for a complement ("expected to reach"), that of the
// word it complements; -1 when it has none.
func (t *tree) subject(i int) int {
	for step := 0; step < 4 && i >= 0; step++ {
		if k := t.child(i, "nsubj", "nsubj:pass"); k >= 0 {
			return k
		}
		// A complement ("expected to reach") and the second of two
		// coordinated verbs ("made landfall and was moving") share
		// the subject of the word they attach to.
		r := t.w[i].Rel
		if r != "xcomp" && r != "conj" {
			return -1
		}
		h := t.head(i)
		if r == "xcomp" && h >= 0 {
			// "expect Meta to unveil", "urged Iran to stop": the
			// object of the verb is the complement's subject
			if k := t.child(h, "obj"); k >= 0 && k < i {
				return k
			}
		}
		i = h
	}
	return -1
}

// nounType returns the type of noun i, or of a proper name by the common
// noun before it ("Typhoon Kujira", "Hurricane Maria"); "" when neither
// has one.
func (t *tree) nounType(i int) string {
	if typ := t.typeOf(i); typ != "" || t.w[i].UPOS != "PROPN" {
		return typ
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "compound" && t.w[k].UPOS != "PROPN" {
			if typ := t.typeOf(k); typ != "" {
				return typ
			}
		}
	}
	// A name parsed as the head of its own title: "Typhoon" over "Kujira".
	if h := t.head(i); h >= 0 && t.rel(i) == "flat" {
		return t.typeOf(h)
	}
	return ""
}

// NameYear reports whether the date expression at span date of s (a
// parsed sentence whose words index text) is a bare year that modifies
// the noun after it, after an article: "the 2017 budget", "the 2020
// Juba agreement". Such a year names which thing is meant; it dates no
// event of the sentence.
func NameYear(s *syntax.Sentence, text string, date Span) bool {
	if date.Start < 0 || date.End > len(text) || date.End-date.Start != 4 {
		return false
	}
	for i := date.Start; i < date.End; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	t := newTree(s, date, nil)
	d := t.dateHead()
	if d < 0 {
		return false
	}
	h := t.head(d)
	if h <= d || t.w[h].UPOS != "NOUN" && t.w[h].UPOS != "PROPN" {
		return false
	}
	switch t.lemma(h) {
	case "season", "year", "term", "session", "quarter", "half", "summer", "winter", "spring", "autumn", "fall":
		return false // "for the 2027 season": a stretch of time, not a thing named
	}
	switch t.rel(d) {
	case "compound", "amod", "nummod", "nmod":
		// the year stands right before its noun or its noun's
		// modifiers
		for k := d + 1; k < h; k++ {
			switch t.w[k].UPOS {
			case "ADJ", "NOUN", "PROPN", "NUM":
			default:
				return false
			}
		}
		// after an article: "the 2017 budget"; a possessor makes it a
		// dated thing of its owner ("Costa Rica's 1949 constitution")
		return d > 0 && t.w[d-1].UPOS == "DET"
	}
	return false
}
