package syntax

import "strings"

// Model is a trained tagger, lemmatizer and parser. It is read-only once
// built and safe for concurrent use; each goroutine analyses text with
// its own [Parser].
type Model struct {
	tags      tagSet
	labels    []string
	rootLabel int
	// leftOK[l] reports whether label l was seen on a dependent before
	// its head, rightOK after it.
	leftOK, rightOK []bool
	tagger          tagger
	dict            tagDict
	// sure holds the arcs whose label the training data fixes: see
	// sureKey.
	sure    map[uint32]int
	mover   *dense
	labeler *table
	lemmas  lemmatizer
	// coarse maps each tag to the number of its universal tag.
	coarse []int
	// vbz is the tag of a present-tense verb (VERB, VBZ), sconj that
	// of a subordinating conjunction (SCONJ, IN), nnp that of a proper
	// noun (PROPN, NNP) and nns that of a plural noun (NOUN, NNS), -1
	// when the tag set lacks it: see [Parser.fixIntent],
	// [Parser.fixThat], [Parser.fixName] and [Parser.fixCurrency].
	vbz, sconj, nnp, nns int
}

// sureKey identifies an arc by the dependent's tag, its side of the
// head and the head's universal tag: about two arcs in five have a key
// that the training data labels one way only (a determiner before a
// noun is det, punctuation is punct), and those skip the label
// classifier.
func sureKey(c *pctx, h, d int) uint32 {
	side := uint32(1)
	if d < h {
		side = 2
	}
	return uint32(c.ws[d].tag)<<16 | side<<8 | uint32(c.coarse[c.ws[h].tag])
}

// Arcs join sure when their key was seen at least sureMinCount times with
// one label at least sureMinShare of the time.
const (
	sureMinCount = 50
	sureMinShare = 0.995
)

// learnSure finds the sure arcs of gold trees, by their gold tags.
func learnSure(sents []Sentence, ts *tagSet, coarse []int, labelIndex map[string]int) map[uint32]int {
	counts := map[uint32]map[int]int{}
	var st state
	var ws []wordInfo
	for i := range sents {
		s := &sents[i]
		gold := goldTags(s, ts)
		ws = append(ws[:0], wordInfo{})
		for _, t := range gold {
			ws = append(ws, wordInfo{tag: t})
		}
		st.n, st.root = len(s.Words), len(s.Words)+1
		c := pctx{st: &st, ws: ws, coarse: coarse}
		for j, w := range s.Words {
			d, h := j+1, w.Head
			if h == 0 || gold[j] < 0 || gold[h-1] < 0 {
				continue
			}
			k := sureKey(&c, h, d)
			if counts[k] == nil {
				counts[k] = map[int]int{}
			}
			counts[k][labelIndex[w.Rel]]++
		}
	}
	sure := map[uint32]int{}
	for k, m := range counts {
		top, n, total := majority(m)
		if total >= sureMinCount && float64(n) >= sureMinShare*float64(total) {
			sure[k] = top
		}
	}
	return sure
}

// setCoarse numbers the universal tags of the tag set, and finds the
// tag of a present-tense verb.
func (m *Model) setCoarse() {
	ids := map[string]int{}
	m.coarse = make([]int, len(m.tags.upos))
	m.vbz, m.sconj, m.nnp, m.nns = -1, -1, -1, -1
	for i, u := range m.tags.upos {
		if _, ok := ids[u]; !ok {
			ids[u] = len(ids)
		}
		m.coarse[i] = ids[u]
		if u == "VERB" && m.tags.xpos[i] == "VBZ" {
			m.vbz = i
		}
		if u == "SCONJ" && m.tags.xpos[i] == "IN" {
			m.sconj = i
		}
		if u == "PROPN" && m.tags.xpos[i] == "NNP" {
			m.nnp = i
		}
		if u == "NOUN" && m.tags.xpos[i] == "NNS" {
			m.nns = i
		}
	}
}

// Parser analyses sentences with a [Model]. It keeps its buffers from
// one call to the next, so that a warm Parser does not allocate per
// word. A Parser is not safe for concurrent use.
type Parser struct {
	m      *Model
	tok    Tokenizer
	st     state
	ws     []wordInfo
	feats  []uint64
	scores []int32
	tsc    tagScratch
	// lex remembers the forms met, with their WordNet classes (looking
	// a word up in WordNet takes over a microsecond, a map look-up a few
	// tens of nanoseconds) and their form-only tagger scores.
	lex lexicon
	// roles keeps the move classifier's sums for the positions of the
	// sentence being parsed.
	roles roleMemo
	// lmemo keeps the label classifier's sums of labelTags.
	lmemo sumMemo
}

// NewParser returns a Parser that uses m.
func (m *Model) NewParser() *Parser {
	n := len(m.tags.upos)
	if len(m.labels) > n {
		n = len(m.labels)
	}
	if n < nMoves {
		n = nMoves
	}
	return &Parser{m: m, scores: make([]int32, n)}
}

// describe fills p.ws for the words of s, numbered from 1 (the slots
// 0 and n+1 stay unused).
func (p *Parser) describe(s *Sentence) {
	n := len(s.Words)
	if cap(p.ws) < n+2 {
		p.ws = make([]wordInfo, n+2)
	}
	p.ws = p.ws[:n+2]
	p.lex.reserve(n)
	for i := range s.Words {
		p.lex.describe(&p.ws[i+1], s.Words[i].Form, p.m)
	}
}

// Analyze tags, lemmatises and parses the words of s in place: it sets
// each word's UPOS, XPOS, Lemma, Head and Rel. The words' forms are the
// tokens as given (gold tokens when evaluating).
func (p *Parser) Analyze(s *Sentence) {
	if len(s.Words) == 0 {
		return
	}
	p.tagWords(s)
	p.lemmatize(s)
	p.parse(s)
}

// tagWords describes and tags the words of s, setting their UPOS and
// XPOS, and leaves their tags in p.ws for the parser.
func (p *Parser) tagWords(s *Sentence) {
	p.describe(s)
	m := p.m
	ws := p.ws[1 : len(s.Words)+1]
	m.tagger.tag(ws, &p.tsc, &p.lex)
	for i := range s.Words {
		t := ws[i].tag
		s.Words[i].UPOS, s.Words[i].XPOS = m.tags.upos[t], m.tags.xpos[t]
	}
	p.fixIntent(s, ws)
	p.fixThat(s, ws)
	p.fixName(s, ws)
	p.fixCurrency(s, ws)
}

// lemmatize sets the lemmas of the words of s, tagged by tagWords.
func (p *Parser) lemmatize(s *Sentence) {
	m := p.m
	for i := range s.Words {
		w := &s.Words[i]
		w.Lemma = p.lex.lemma(&p.ws[i+1], w.Form, p.ws[i+1].tag, m)
	}
}

// parse builds the tree of s over the tags in p.ws.
func (p *Parser) parse(s *Sentence) {
	m := p.m
	st := &p.st
	st.reset(len(s.Words))
	p.roles.reset(len(s.Words))
	c := pctx{st: st, ws: p.ws, coarse: m.coarse}
	moveScores := p.scores[:nMoves]
	for !st.done() {
		mv, valid := -1, 0
		for k := 0; k < nMoves; k++ {
			if st.valid(k) {
				mv, valid = k, valid+1
			}
		}
		// With one move allowed (a shift onto an empty stack, the
		// moves after the last word) the scores would not matter.
		if valid > 1 {
			p.feats = moveOthers(p.feats[:0], &c)
			m.mover.score(p.feats, moveScores)
			p.roles.add(m.mover, &c, moveScores)
			mv = -1
			for k := 0; k < nMoves; k++ {
				if st.valid(k) && (mv < 0 || moveScores[k] > moveScores[mv]) {
					mv = k
				}
			}
		}
		l := 0
		switch mv {
		case mLeft:
			if st.b == st.root {
				l = m.rootLabel
			} else {
				l = p.label(&c, st.b, st.s0())
			}
		case mRight:
			l = p.label(&c, st.s0(), st.b)
		}
		st.apply(mv, l)
	}
	st.finish(func(h, d int) int { return p.label(&c, h, d) }, m.rootLabel)
	for i := range s.Words {
		h := st.head[i+1]
		if h == st.root {
			h = 0
		}
		s.Words[i].Head = h
		s.Words[i].Rel = m.labels[st.label[i+1]]
	}
}

// label chooses the label of the arc from h to d.
func (p *Parser) label(c *pctx, h, d int) int {
	m := p.m
	if l, ok := m.sure[sureKey(c, h, d)]; ok {
		return l
	}
	ok := m.rightOK
	if d < h {
		ok = m.leftOK
	}
	sc := p.scores[:len(m.labels)]
	p.labelScores(c, h, d, sc)
	return best(sc, ok)
}

// Parse splits text into sentences and analyses each: tokens with their
// byte offsets in text, tags, lemmas and a dependency tree. The
// sentences and their words are reused by the next call on p; copy what
// must outlive it.
func (p *Parser) Parse(text string) []Sentence {
	sents := p.tok.Split(text)
	for i := range sents {
		p.Analyze(&sents[i])
	}
	return sents
}

// chunkSize is the most text that ParseEach analyses at once.
var chunkSize = 64 << 10

// ParseEach analyses text as [Parser.Parse] does, but a part at a time,
// calling fn with the sentences of each part in order, so that the
// memory it needs does not grow with the text. Parts end at paragraph
// breaks (where a sentence always ends), else at a line break, else at
// a space; offsets count in the whole text. The sentences passed to fn
// are reused once it returns. ParseEach stops at fn's first error and
// returns it.
func (p *Parser) ParseEach(text string, fn func([]Sentence) error) error {
	for start := 0; start < len(text); {
		end := chunkEnd(text, start, chunkSize)
		sents := p.Parse(text[start:end])
		for i := range sents {
			s := &sents[i]
			s.Start += start
			s.End += start
			for j := range s.Words {
				s.Words[j].Start += start
				s.Words[j].End += start
			}
		}
		if len(sents) > 0 {
			if err := fn(sents); err != nil {
				return err
			}
		}
		start = end
	}
	return nil
}

// chunkEnd returns where the part of text that starts at start ends: all
// of it if it is at most size bytes long, else after the last paragraph
// break, line break or space in the first size bytes, else at size.
func chunkEnd(text string, start, size int) int {
	if len(text)-start <= size {
		return len(text)
	}
	part := text[start : start+size]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(part, sep); i > 0 {
			return start + i + len(sep)
		}
	}
	// No space at all: cut before a UTF-8 continuation byte never.
	end := start + size
	for end > start+1 && text[end]&0xC0 == 0x80 {
		end--
	}
	return end
}
