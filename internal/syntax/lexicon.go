package syntax

import "strings"

// lexicon is a Parser's memory of the word forms it has met: what
// describing a form computes (its hashes, its tag in the tag dictionary,
// its WordNet classes) and, for the words the taggers score, the sum of
// each tagger's weights for the features that depend on the form alone.
// News text repeats its words, and a form met again costs one map
// look-up in place of about twenty hash look-ups in tables larger than
// the processor's caches. Weights are integers, so a sum taken once and
// added later gives exactly the scores of adding the weights one by one.
type lexicon struct {
	index map[string]int32 // form → entry number
	words []wordInfo       // the entries
	// local holds the scores of the word whose vec is v at
	// local[(v-1)*2k:], the forward tagger's k classes and then the
	// backward tagger's.
	local []int16
	feats []uint64
	sum   []int32
}

// lexiconSize bounds the forms a lexicon keeps; when a sentence would
// take it past the bound, it forgets them all and starts again. The
// scores of a form take 408 bytes with the English model's 102 tags.
const lexiconSize = 1 << 14

// reserve makes room for the n words of a sentence, so that entries
// are not forgotten while the sentence still refers to them.
func (lx *lexicon) reserve(n int) {
	if lx.index == nil {
		lx.index = make(map[string]int32)
	}
	if len(lx.words)+n > lexiconSize {
		clear(lx.index)
		lx.words = lx.words[:0]
		lx.local = lx.local[:0]
	}
}

// describe fills wi for the word form, from the lexicon when it holds
// the form and otherwise by computing it and adding it.
func (lx *lexicon) describe(wi *wordInfo, form string, m *Model) {
	if e, ok := lx.index[form]; ok {
		*wi = lx.words[e]
		return
	}
	wi.describe(form)
	wi.fixed, wi.wn, wi.vec = -1, 0, 0
	if t, ok := m.dict[form]; ok {
		wi.fixed = t
	} else {
		wi.wn = wnClass(form)
	}
	if len(lx.words) >= lexiconSize {
		return // a sentence longer than the lexicon: the rest go uncached
	}
	if wi.fixed < 0 {
		wi.vec = lx.keep(wi, m)
	}
	lx.index[strings.Clone(form)] = int32(len(lx.words))
	lx.words = append(lx.words, *wi)
}

// keep computes the taggers' scores of the form-only features of wi
// and stores them, returning their number for wi.vec; it returns 0 and
// stores nothing when a score does not fit in int16 (sums of int16
// weights may not), which leaves the word to be scored feature by
// feature.
func (lx *lexicon) keep(wi *wordInfo, m *Model) int32 {
	k := m.tagger.fwd.classes
	if cap(lx.sum) < 2*k {
		lx.sum = make([]int32, 2*k)
	}
	s := lx.sum[:2*k]
	clear(s)
	lx.feats = tagLocal(lx.feats[:0], wi, 0)
	m.tagger.fwd.score(lx.feats, s[:k])
	if m.tagger.bwd != nil {
		m.tagger.bwd.score(lx.feats, s[k:])
	}
	for _, v := range s {
		if v != int32(int16(v)) {
			return 0
		}
	}
	n := len(lx.local) / (2 * k)
	for _, v := range s {
		lx.local = append(lx.local, int16(v))
	}
	return int32(n) + 1
}

// scores returns the forward (dir 0) or backward (dir 1) tagger's
// scores of the form-only features of wi, or nil when the lexicon has
// none for it.
func (lx *lexicon) scores(wi *wordInfo, dir, k int) []int16 {
	if wi.vec == 0 {
		return nil
	}
	off := (int(wi.vec)-1)*2*k + dir*k
	return lx.local[off : off+k]
}
