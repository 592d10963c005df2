package syntax

import "strings"

// lexicon is a Parser's memory of the word forms it has met: what
// describing a form computes (its hashes, its tag in the tag dictionary,
// its WordNet classes) and the sums of each tagger's weights for the
// features that depend on the form alone: the word's own features, and
// those it lends its neighbours as the word before (its lower case,
// suffix and shape), the word two before, the word after (the same and
// its lower case with its shape) and the word two after. News text repeats its words, and a form met again costs
// one map look-up in place of about thirty hash look-ups in tables
// larger than the processor's caches and the adding of their rows,
// most of them long. Weights are integers, so sums taken once and added
// later give exactly the scores of adding the weights one by one.
type lexicon struct {
	index map[string]int32 // form → entry number
	words []wordInfo       // the entries
	// lemmas holds the lemma of each entry's form with the tag it was
	// last given, which is nearly always the tag it has next time.
	lemmas []lemmaMemo
	// blocks hold the sums of the words, sumBlock words a block: those
	// of the word whose vec is v are the (v-1)th, nSums vectors of k
	// classes, one for each direction and role (see sumAt). Blocks are
	// kept when the lexicon starts again, and never copied.
	blocks [][]int16
	nvec   int // words with sums
	feats  []uint64
	tmp    []int32
	// edges holds the sums of the positions before and after a
	// sentence, laid out as those of a word; nil when one does not fit
	// in int16.
	edges []int16
	tg    *tagger
}

// Roles of a word in the tagger's scores of a word; each has a vector
// of sums for each tagger in the lexicon.
const (
	tagSelf  = iota // the word itself, not first in its sentence
	tagPrev         // the word before
	tagPrev2        // the word two before
	tagNext         // the word after
	tagNext2        // the word two after
	nTagRoles
	nSums = 2 * nTagRoles // forward, then backward
)

// lexiconSize bounds the forms a lexicon keeps; when a sentence would
// take it past the bound, it forgets them all and starts again. The
// sums of a form take 2 kB with the English model's 102 tags: twice as
// many forms made the analysis of a 10 MB text only a few per cent
// faster, for 18 MB more at the peak.
const lexiconSize = 1 << 12

// reserve makes room for the n words of a sentence, so that entries
// are not forgotten while the sentence still refers to them.
func (lx *lexicon) reserve(n int) {
	if lx.index == nil {
		lx.index = make(map[string]int32)
	}
	if len(lx.words)+n > lexiconSize {
		clear(lx.index)
		lx.words, lx.lemmas = lx.words[:0], lx.lemmas[:0]
		lx.nvec = 0
	}
}

// describe fills wi for the word form, from the lexicon when it holds
// the form and otherwise by computing it and adding it.
func (lx *lexicon) describe(wi *wordInfo, form string, m *Model) {
	if lx.tg != &m.tagger {
		lx.start(m)
	}
	if e, ok := lx.index[form]; ok {
		*wi = lx.words[e]
		return
	}
	wi.describe(form)
	wi.fixed, wi.wn, wi.vec, wi.entry = -1, 0, 0, 0
	if t, ok := m.dict[form]; ok {
		wi.fixed = t
	} else {
		wi.wn = wnClass(form)
	}
	if len(lx.words) >= lexiconSize {
		return // a sentence longer than the lexicon: the rest go uncached
	}
	wi.vec = lx.keep(wi, m)
	wi.entry = int32(len(lx.words)) + 1
	lx.index[strings.Clone(form)] = int32(len(lx.words))
	lx.words = append(lx.words, *wi)
	lx.lemmas = append(lx.lemmas, lemmaMemo{tag: [2]int32{-1, -1}})
}

// lemmaMemo holds the lemmas of a lexicon entry's form with the last
// two tags it was given (a form such as "said" takes two tags in
// turn). A lemma that is the form itself is not kept but read off the
// form of the word at hand, which spares a copy.
type lemmaMemo struct {
	tag   [2]int32
	lemma [2]string
	same  [2]bool // the lemma is the form
	next  uint8   // the slot to fill next
}

// lemma returns the lemma of the word wi, whose form is form and tag t,
// from the lexicon when it holds it.
func (lx *lexicon) lemma(wi *wordInfo, form string, t int, m *Model) string {
	if wi.entry == 0 {
		return m.lemmas.lemma(form, t, &m.tags)
	}
	lm := &lx.lemmas[wi.entry-1]
	for k := range lm.tag {
		if int(lm.tag[k]) == t {
			if lm.same[k] {
				return form
			}
			return lm.lemma[k]
		}
	}
	l := m.lemmas.lemma(form, t, &m.tags)
	k := lm.next
	lm.next ^= 1
	lm.tag[k], lm.lemma[k], lm.same[k] = int32(t), "", l == form
	if l != form {
		// A lemma may share the text's memory, which the lexicon must
		// not hold on to.
		lm.lemma[k] = strings.Clone(l)
	}
	return l
}

// roleFeats appends the tagger features that a word with the atoms
// lower, suf3 and shape gives in role r (for its own features, only
// those that do not depend on its place in the sentence are kept).
func roleFeats(dst []uint64, r int, wi *wordInfo) []uint64 {
	switch r {
	case tagSelf:
		return tagLocal(dst, wi, 0)
	case tagPrev:
		return append(dst, mix(feat(tPrevLower), wi.lower), mix(feat(tPrevSuf3), wi.suf[2]), mix(feat(tPrevShape), wi.shape))
	case tagPrev2:
		return append(dst, mix(feat(tPrev2Lower), wi.lower))
	case tagNext:
		return append(dst, mix(feat(tNextLower), wi.lower), mix(feat(tNextSuf3), wi.suf[2]), mix(feat(tNextShape), wi.shape),
			mix(mix(feat(tNextNextShape), wi.lower), wi.shape))
	}
	return append(dst, mix(feat(tNext2Lower), wi.lower))
}

// edgeInfo gives the atoms tagFeatures uses for the positions outside a
// sentence in role r: 1 before it, 2 two before, 3 after, 4 two after.
func edgeInfo(r int) wordInfo {
	a := [nTagRoles]uint64{tagPrev: 1, tagPrev2: 2, tagNext: 3, tagNext2: 4}[r]
	var wi wordInfo
	wi.lower, wi.shape = a, a
	wi.suf[2] = a
	return wi
}

// roleSums puts into s (nSums×k) the sums of both taggers for wi in
// each role.
func (lx *lexicon) roleSums(s []int32, wi *wordInfo) {
	k := lx.tg.fwd.classes
	clear(s)
	for r := 0; r < nTagRoles; r++ {
		lx.feats = roleFeats(lx.feats[:0], r, wi)
		lx.tg.fwd.score(lx.feats, s[r*k:(r+1)*k])
		if lx.tg.bwd != nil {
			lx.tg.bwd.score(lx.feats, s[(nTagRoles+r)*k:(nTagRoles+r+1)*k])
		}
	}
}

// start empties the lexicon for the taggers of m and computes the sums
// of the sentence edges.
func (lx *lexicon) start(m *Model) {
	lx.tg = &m.tagger
	clear(lx.index)
	lx.words, lx.lemmas, lx.nvec, lx.edges = lx.words[:0], lx.lemmas[:0], 0, nil
	k := m.tagger.fwd.classes
	edges := make([]int16, nSums*k)
	s := make([]int32, nSums*k)
	for r := tagPrev; r < nTagRoles; r++ {
		wi := edgeInfo(r)
		lx.roleSums(s, &wi)
		for d := 0; d < 2; d++ {
			for i := (d*nTagRoles + r) * k; i < (d*nTagRoles+r+1)*k; i++ {
				if s[i] != int32(int16(s[i])) {
					return // edges stays nil: every word is scored in full
				}
				edges[i] = int16(s[i])
			}
		}
	}
	lx.edges = edges
}

// keep computes the sums of wi and stores them, returning their number
// for wi.vec; it returns 0 and stores nothing when a sum does not fit
// in int16 (sums of int16 weights may not), which leaves the word to be
// scored feature by feature.
func (lx *lexicon) keep(wi *wordInfo, m *Model) int32 {
	k := m.tagger.fwd.classes
	if cap(lx.tmp) < nSums*k {
		lx.tmp = make([]int32, nSums*k)
	}
	s := lx.tmp[:nSums*k]
	lx.roleSums(s, wi)
	b := lx.nvec / sumBlock
	if b == len(lx.blocks) {
		lx.blocks = append(lx.blocks, make([]int16, sumBlock*nSums*k))
	}
	// The sums are written to the next free place as they are checked:
	// until nvec counts them, that place is free still.
	dst := lx.blocks[b][lx.nvec%sumBlock*nSums*k:][:len(s)]
	fits := true
	for i, v := range s {
		dst[i] = int16(v)
		fits = fits && v == int32(int16(v))
	}
	if !fits {
		return 0
	}
	lx.nvec++
	return int32(lx.nvec)
}

// sumBlock is the number of words whose sums a block holds.
const sumBlock = 256

// edge returns the sums of the position outside a sentence in role r
// for the tagger of direction dir (0 forward, 1 backward), or nil.
func (lx *lexicon) edge(r, dir, k int) []int16 {
	if lx.edges == nil {
		return nil
	}
	i := (dir*nTagRoles + r) * k
	return lx.edges[i : i+k]
}

// sumAt returns the sums of wi in role r for the tagger of direction
// dir, or nil when the lexicon has none for it.
func (lx *lexicon) sumAt(wi *wordInfo, r, dir, k int) []int16 {
	if wi.vec == 0 {
		return nil
	}
	v := int(wi.vec) - 1
	off := (v%sumBlock*nSums + dir*nTagRoles + r) * k
	return lx.blocks[v/sumBlock][off : off+k]
}
