package syntax

// wordInfo holds what the tagger and parser read of a word, computed
// once per word.
type wordInfo struct {
	form, lower, shape uint64
	pre                [4]uint64 // prefixes of 1 to 4 bytes, lower-cased
	suf                [5]uint64 // suffixes of 1 to 5 bytes, lower-cased
	flags              uint64    // has a digit, a hyphen, an upper-case letter; all upper-case
	tag                int       // predicted tag, for the parser
	tag2               int       // the tagger's second choice
	fixed              int       // the tag of a word the tag dictionary holds, else -1
	wn                 uint64    // WordNet class bits (wnClass) of a word the dictionary does not tag
	vec                int32     // the word's form-only tagger scores in the lexicon, numbered from 1; 0 for none
	entry              int32     // the word's entry in the lexicon, numbered from 1; 0 for none
}

// describe fills in the hashes of w.
func (wi *wordInfo) describe(w string) {
	wi.form = hashString(w)
	wi.lower = hashLower(w)
	wi.shape = shapeHash(w)
	wi.flags = wordFlags(w)
	for k := range wi.pre {
		n := k + 1
		if n > len(w) {
			n = len(w)
		}
		wi.pre[k] = hashLower(w[:n]) + uint64(k)
	}
	for k := range wi.suf {
		n := k + 1
		if n > len(w) {
			n = len(w)
		}
		wi.suf[k] = hashLower(w[len(w)-n:]) + uint64(k)
	}
}

// wordFlags sums up a word's characters in a few bits.
func wordFlags(w string) uint64 {
	var f uint64
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case '0' <= c && c <= '9':
			f |= 1
		case c == '-':
			f |= 2
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		case c == '.':
			f |= 4
		}
	}
	if upper > 0 {
		f |= 8
	}
	if upper > 1 && lower == 0 {
		f |= 16
	}
	if len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z' {
		f |= 32
	}
	return f
}

// shapeHash hashes the word's shape: its letters mapped to X or x,
// digits to d, other ASCII kept and other bytes to u, with runs of one
// class cut to two ("McDonald's" is XxXx'x, "1,000" is d,d).
func shapeHash(w string) uint64 {
	h := hashSeed
	var last byte
	run := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c = 'X'
		case 'a' <= c && c <= 'z':
			c = 'x'
		case '0' <= c && c <= '9':
			c = 'd'
		case c >= 0x80:
			c = 'u'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		h ^= uint64(c)
		h *= hashPrime
	}
	return h
}

// Tagger feature templates.
const (
	tBias uint64 = iota
	tLower
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tFirstShape
	tP1
	tP2
	tP1P2
	tP1Lower
	tPrevLower
	tPrevSuf3
	tPrev2Lower
	tNextLower
	tNextSuf3
	tNext2Lower
	tPrevLowerLower
	tLowerNextLower
	tNextShape
	tPrevShape
	tP1Suf3
	tNextLowerNext2
	tPrevNextLower
	tP1NextLower
	tSuf5
	tPre4
	tFlags
	tP1P2Lower
	tLowerShape
	tPrevLowerSuf3
	tNextNextShape
	tWN
	tWNP1
	tWNNextLower
	tWNSuf2
)

// noTag stands for the tag before the start of a sentence.
const noTag = 1 << 12

// tagFeatures appends the features of word i given the tags p1 and p2 of
// the two words before it.
func tagFeatures(dst []uint64, ws []wordInfo, i, p1, p2 int) []uint64 {
	w := &ws[i]
	var prev, prev2, next, next2 uint64 = 1, 2, 3, 4 // sentence edges
	var prevSuf, nextSuf, prevShape, nextShape uint64 = 1, 3, 1, 3
	if i > 0 {
		prev, prevSuf, prevShape = ws[i-1].lower, ws[i-1].suf[2], ws[i-1].shape
	}
	if i > 1 {
		prev2 = ws[i-2].lower
	}
	if i+1 < len(ws) {
		next, nextSuf, nextShape = ws[i+1].lower, ws[i+1].suf[2], ws[i+1].shape
	}
	if i+2 < len(ws) {
		next2 = ws[i+2].lower
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	P1, P2 := uint64(p1), uint64(p2)
	return append(dst,
		feat(tBias),
		mix(feat(tLower), w.lower),
		mix(feat(tForm), w.form),
		mix(feat(tSuf1), w.suf[0]),
		mix(feat(tSuf2), w.suf[1]),
		mix(feat(tSuf3), w.suf[2]),
		mix(feat(tSuf4), w.suf[3]),
		mix(feat(tPre1), w.pre[0]),
		mix(feat(tPre2), w.pre[1]),
		mix(feat(tPre3), w.pre[2]),
		mix(feat(tShape), w.shape),
		mix(mix(feat(tFirstShape), first), w.shape),
		mix(feat(tP1), P1),
		mix(feat(tP2), P2),
		mix(mix(feat(tP1P2), P1), P2),
		mix(mix(feat(tP1Lower), P1), w.lower),
		mix(feat(tPrevLower), prev),
		mix(feat(tPrevSuf3), prevSuf),
		mix(feat(tPrev2Lower), prev2),
		mix(feat(tNextLower), next),
		mix(feat(tNextSuf3), nextSuf),
		mix(feat(tNext2Lower), next2),
		mix(mix(feat(tPrevLowerLower), prev), w.lower),
		mix(mix(feat(tLowerNextLower), w.lower), next),
		mix(feat(tNextShape), nextShape),
		mix(feat(tPrevShape), prevShape),
		mix(mix(feat(tP1Suf3), P1), w.suf[2]),
		mix(mix(feat(tNextLowerNext2), next), next2),
		mix(mix(feat(tPrevNextLower), prev), next),
		mix(mix(feat(tP1NextLower), P1), next),
		mix(feat(tSuf5), w.suf[4]),
		mix(feat(tPre4), w.pre[3]),
		mix(mix(feat(tFlags), w.flags), first),
		mix(mix(mix(feat(tP1P2Lower), P1), P2), w.lower),
		mix(mix(feat(tLowerShape), w.suf[2]), w.shape),
		mix(mix(feat(tPrevLowerSuf3), prev), w.suf[2]),
		mix(mix(feat(tNextNextShape), next), nextShape),
		mix(feat(tWN), w.wn),
		mix(mix(feat(tWNP1), w.wn), P1),
		mix(mix(feat(tWNNextLower), w.wn), next),
		mix(mix(feat(tWNSuf2), w.wn), w.suf[1]),
	)
}

// tagLocal appends the features of tagFeatures that depend on the word
// alone, for a word first in its sentence (first = 1) or not (0).
// Together with tagContext it gives the features of tagFeatures, in
// another order.
func tagLocal(dst []uint64, w *wordInfo, first uint64) []uint64 {
	return append(dst,
		feat(tBias),
		mix(feat(tLower), w.lower),
		mix(feat(tForm), w.form),
		mix(feat(tSuf1), w.suf[0]),
		mix(feat(tSuf2), w.suf[1]),
		mix(feat(tSuf3), w.suf[2]),
		mix(feat(tSuf4), w.suf[3]),
		mix(feat(tPre1), w.pre[0]),
		mix(feat(tPre2), w.pre[1]),
		mix(feat(tPre3), w.pre[2]),
		mix(feat(tShape), w.shape),
		mix(mix(feat(tFirstShape), first), w.shape),
		mix(feat(tSuf5), w.suf[4]),
		mix(feat(tPre4), w.pre[3]),
		mix(mix(feat(tFlags), w.flags), first),
		mix(mix(feat(tLowerShape), w.suf[2]), w.shape),
		mix(feat(tWN), w.wn),
		mix(mix(feat(tWNSuf2), w.wn), w.suf[1]),
	)
}

// tagPairs appends the features of tagFeatures that combine word i
// with the tags p1 and p2 or with a neighbour, or two neighbours.
// Together with tagLocal, tagTags and the features of the neighbours in
// their roles (see roleFeats) it gives the features of tagFeatures, in
// another order.
func tagPairs(dst []uint64, ws []wordInfo, i, p1, p2 int) []uint64 {
	w := &ws[i]
	var prev, next, next2 uint64 = 1, 3, 4 // sentence edges
	if i > 0 {
		prev = ws[i-1].lower
	}
	if i+1 < len(ws) {
		next = ws[i+1].lower
	}
	if i+2 < len(ws) {
		next2 = ws[i+2].lower
	}
	P1, P2 := uint64(p1), uint64(p2)
	return append(dst,
		mix(mix(feat(tP1Lower), P1), w.lower),
		mix(mix(feat(tPrevLowerLower), prev), w.lower),
		mix(mix(feat(tLowerNextLower), w.lower), next),
		mix(mix(feat(tP1Suf3), P1), w.suf[2]),
		mix(mix(feat(tNextLowerNext2), next), next2),
		mix(mix(feat(tPrevNextLower), prev), next),
		mix(mix(feat(tP1NextLower), P1), next),
		mix(mix(mix(feat(tP1P2Lower), P1), P2), w.lower),
		mix(mix(feat(tPrevLowerSuf3), prev), w.suf[2]),
		mix(mix(feat(tWNP1), w.wn), P1),
		mix(mix(feat(tWNNextLower), w.wn), next),
	)
}

// tagTags appends the features of tagFeatures that read the tags p1
// and p2 alone.
func tagTags(dst []uint64, p1, p2 int) []uint64 {
	P1, P2 := uint64(p1), uint64(p2)
	return append(dst, mix(feat(tP1), P1), mix(feat(tP2), P2), mix(mix(feat(tP1P2), P1), P2))
}

// tagSet is the set of tags of a model: each is a UPOS and XPOS pair.
type tagSet struct {
	upos, xpos []string
	index      map[[2]string]int
}

func (ts *tagSet) id(upos, xpos string) int {
	if ts.index == nil {
		ts.index = make(map[[2]string]int)
	}
	k := [2]string{upos, xpos}
	if i, ok := ts.index[k]; ok {
		return i
	}
	ts.index[k] = len(ts.upos)
	ts.upos = append(ts.upos, upos)
	ts.xpos = append(ts.xpos, xpos)
	return len(ts.upos) - 1
}

// tagger is a pair of taggers, one reading left to right and one right
// to left (each sees the tags it has already given); a word's tag is
// the best of the sum of their scores.
type tagger struct {
	fwd, bwd *table
}

// tagDict holds the words that the training data tags one way only:
// they are tagged without scoring, which spares about half of the
// tagger's work on running text (and its rare mistakes on them).
type tagDict map[string]int

// Words enter the tag dictionary when seen at least dictMinCount times
// with one tag at least dictMinShare of the time.
const (
	dictMinCount = 20
	dictMinShare = 0.995
)

// learnTagDict builds the tag dictionary from gold-tagged sentences.
func learnTagDict(sents []Sentence, ts *tagSet) tagDict {
	counts := map[string]map[int]int{}
	for i := range sents {
		gold := goldTags(&sents[i], ts)
		for j, w := range sents[i].Words {
			if gold[j] < 0 {
				continue
			}
			if counts[w.Form] == nil {
				counts[w.Form] = map[int]int{}
			}
			counts[w.Form][gold[j]]++
		}
	}
	d := tagDict{}
	for form, m := range counts {
		top, n, total := majority(m)
		if total >= dictMinCount && float64(n) >= dictMinShare*float64(total) {
			d[form] = top
		}
	}
	return d
}

// tagScratch holds the buffers of tagging, reused between sentences.
type tagScratch struct {
	memo   sumMemo // the sums of tagTags (see tagSums)
	feats  []uint64
	scores []int32
	rev    []wordInfo
	sum    []float32
}

// tag tags the words of a sentence, writing each word's tag into
// ws[i].tag.
func (tg *tagger) tag(ws []wordInfo, sc *tagScratch, lx *lexicon) {
	k := tg.fwd.classes
	if cap(sc.scores) < k {
		sc.scores = make([]int32, k)
	}
	scores := sc.scores[:k]
	if tg.bwd == nil {
		greedyTag(tg.fwd, ws, sc, lx, scores, nil)
		return
	}
	n := len(ws)
	if cap(sc.sum) < n*k {
		sc.sum = make([]float32, n*k)
	}
	sum := sc.sum[:n*k]
	for i := range sum {
		sum[i] = 0
	}
	greedyTag(tg.fwd, ws, sc, lx, scores, sum)
	sc.rev = append(sc.rev[:0], ws...)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		sc.rev[i], sc.rev[j] = sc.rev[j], sc.rev[i]
	}
	// The backward pass's word i is the sentence's word n-1-i: its
	// scores go in reverse order.
	rev := sc.rev
	p1, p2 := noTag, noTag
	for i := range rev {
		if t := rev[i].fixed; t >= 0 {
			p2, p1 = p1, t
			continue
		}
		wordScores(tg.bwd, rev, i, p1, p2, sc, lx, 1, scores)
		t := best(scores, nil)
		row := sum[(n-1-i)*k : (n-i)*k]
		for c, v := range scores {
			row[c] += float32(v) * tg.bwd.scale
		}
		p2, p1 = p1, t
	}
	for i := range ws {
		if ws[i].fixed >= 0 {
			continue // tagged by the dictionary in the first pass
		}
		row := sum[i*k : (i+1)*k]
		b, b2 := 0, -1
		for c, v := range row {
			switch {
			case v > row[b]:
				b, b2 = c, b
			case c != b && (b2 < 0 || v > row[b2]):
				b2 = c
			}
		}
		ws[i].tag, ws[i].tag2 = b, b2
	}
}

// greedyTag tags ws from left to right with tb, writing the tags; when
// sum is not nil it also adds each word's scores (scaled) to its row.
func greedyTag(tb *table, ws []wordInfo, sc *tagScratch, lx *lexicon, scores []int32, sum []float32) {
	k := tb.classes
	p1, p2 := noTag, noTag
	for i := range ws {
		if t := ws[i].fixed; t >= 0 {
			ws[i].tag, ws[i].tag2 = t, t
			p2, p1 = p1, t
			continue
		}
		wordScores(tb, ws, i, p1, p2, sc, lx, 0, scores)
		t := best(scores, nil)
		ws[i].tag, ws[i].tag2 = t, t
		if sum != nil {
			row := sum[i*k : (i+1)*k]
			for c, v := range scores {
				row[c] += float32(v) * tb.scale
			}
		}
		p2, p1 = p1, t
	}
}

// wordScores puts into scores tb's scores of word i after the tags p1
// and p2, tb being the tagger of direction dir (0 forward, 1 backward).
// The lexicon's sums stand for the features of the word and of its
// neighbours in their roles, when it has them all; they do not hold
// for the first word, whose position is one of its features.
func wordScores(tb *table, ws []wordInfo, i, p1, p2 int, sc *tagScratch, lx *lexicon, dir int, scores []int32) {
	k := tb.classes
	self := lx.sumAt(&ws[i], tagSelf, dir, k)
	var nb [nTagRoles][]int16
	ok := self != nil && i > 0
	for r := tagPrev; ok && r < nTagRoles; r++ {
		j := i + [nTagRoles]int{tagPrev: -1, tagPrev2: -2, tagNext: 1, tagNext2: 2}[r]
		if j < 0 || j >= len(ws) {
			nb[r] = lx.edge(r, dir, k)
		} else {
			nb[r] = lx.sumAt(&ws[j], r, dir, k)
		}
		ok = nb[r] != nil
	}
	if !ok {
		sc.feats = tagFeatures(sc.feats[:0], ws, i, p1, p2)
		tb.score(sc.feats, scores)
		return
	}
	tags := sc.tagSums(tb, dir, p1, p2)
	scores = scores[:k]
	a, b, c, d := nb[tagPrev][:k], nb[tagPrev2][:k], nb[tagNext][:k], nb[tagNext2][:k]
	self, tags = self[:k], tags[:k]
	for x := range scores {
		scores[x] = int32(self[x]) + int32(a[x]) + int32(b[x]) + int32(c[x]) + int32(d[x]) + tags[x]
	}
	sc.feats = tagPairs(sc.feats[:0], ws, i, p1, p2)
	tb.add(sc.feats, scores)
}

// tagSums returns the sums of tb's weights for the features of tagTags,
// tb being the tagger of direction dir, from the memo when it has them.
func (sc *tagScratch) tagSums(tb *table, dir, p1, p2 int) []int32 {
	k := tb.classes
	if sc.memo.k != k {
		sc.memo.init(2*(k+1)*(k+1), k)
	}
	// Tags are below k, or noTag: k stands for it in the key.
	key := (dir*(k+1)+min(p1, k))*(k+1) + min(p2, k)
	s, ok := sc.memo.get(key)
	if !ok {
		sc.feats = tagTags(sc.feats[:0], p1, p2)
		tb.add(sc.feats, s)
	}
	return s
}
