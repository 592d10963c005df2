package syntax

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"sync"
)

// TrainOptions set how a [Model] is trained.
type TrainOptions struct {
	// TagEpochs and ParseEpochs are the most passes over the training
	// data; the pass that scores best on the development data is kept.
	TagEpochs, ParseEpochs int
	// Folds is the number of parts the training data is cut into to tag
	// it for the parser with taggers that did not see it (jackknifing),
	// so that the parser learns from tags as good as it will be given.
	Folds int
	// Seed fixes the order of the training sentences and the parser's
	// exploration; the same data and seed give the same model.
	Seed uint64
	// Log receives one line of progress per pass; nil for none.
	Log io.Writer
	// Prune drops, once training is done, the weights whose magnitude is
	// below it (in units of one perceptron update), to keep the model
	// small.
	Prune float64
	// GoldTags trains and measures the parser on gold tags, to see how
	// much tagging errors cost it.
	GoldTags bool
}

// Train learns a model from gold training sentences, choosing the number
// of passes on the development sentences.
func Train(train, dev []Sentence, o TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, errors.New("no training sentences")
	}
	if o.Folds < 2 {
		o.Folds = 2
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}
	m := &Model{}
	labelIndex := map[string]int{}
	m.rootLabel = -1
	for _, s := range train {
		for _, w := range s.Words {
			m.tags.id(w.UPOS, w.XPOS)
			if _, ok := labelIndex[w.Rel]; !ok {
				labelIndex[w.Rel] = len(m.labels)
				m.labels = append(m.labels, w.Rel)
			}
		}
	}
	// Labels and tags in a fixed order, whatever the order of the data.
	sortTags(&m.tags)
	m.setCoarse()
	sort.Strings(m.labels)
	m.leftOK, m.rightOK = make([]bool, len(m.labels)), make([]bool, len(m.labels))
	for i, l := range m.labels {
		labelIndex[l] = i
		if l == "root" {
			m.rootLabel = i
		}
	}
	if m.rootLabel < 0 {
		return nil, errors.New("training data has no root relation")
	}
	for _, s := range train {
		for i, w := range s.Words {
			if w.Head == 0 {
				continue
			}
			if w.Head > i+1 {
				m.leftOK[labelIndex[w.Rel]] = true
			} else {
				m.rightOK[labelIndex[w.Rel]] = true
			}
		}
	}
	m.leftOK[m.rootLabel], m.rightOK[m.rootLabel] = false, false
	m.lemmas = learnLemmas(train, &m.tags)
	m.dict = learnTagDict(train, &m.tags)
	m.sure = learnSure(train, &m.tags, m.coarse, labelIndex)

	// The tagger: the number of passes chosen on dev, then the folds
	// tagged by taggers trained on the rest with that many passes.
	var epochs [2]int
	m.tagger, epochs = trainTaggers(train, dev, &m.tags, m.dict, o.TagEpochs, 0, o.Seed, logf)
	if o.ParseEpochs == 0 {
		return m, nil
	}
	trainTags := make([][][2]int, len(train))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for f := 0; f < o.Folds; f++ {
		wg.Add(1)
		go func(f int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var rest []Sentence
			var held []int
			for i, s := range train {
				if i%o.Folds == f {
					held = append(held, i)
				} else {
					rest = append(rest, s)
				}
			}
			tg, _ := trainTaggers(rest, nil, &m.tags, m.dict, epochs[0], epochs[1], o.Seed+uint64(f)+1, nil)
			p := &Parser{m: &Model{tags: m.tags, tagger: tg, dict: m.dict}}
			for _, i := range held {
				trainTags[i] = p.tagOnly(&train[i])
			}
		}(f)
	}
	wg.Wait()
	devTags := make([][][2]int, len(dev))
	tp := m.NewParser()
	for i := range dev {
		devTags[i] = tp.tagOnly(&dev[i])
	}
	if o.GoldTags {
		for i := range train {
			trainTags[i] = pairs(goldTags(&train[i], &m.tags))
		}
		for i := range dev {
			devTags[i] = pairs(goldTags(&dev[i], &m.tags))
		}
	}
	logf("tagger: %v passes; jackknifed tags accuracy on train %.4f", epochs, tagAccuracy(train, trainTags, &m.tags))
	m.mover, m.labeler = trainParser(m, train, trainTags, dev, devTags, labelIndex, o, logf)
	if o.Prune > 0 {
		m.tagger.fwd, m.tagger.bwd = m.tagger.fwd.prune(o.Prune), m.tagger.bwd.prune(o.Prune)
		m.mover, m.labeler = m.mover.prune(o.Prune), m.labeler.prune(o.Prune)
		uas, las := parseAccuracy(m, dev, devTags)
		logf("pruned below %g: dev UAS %.4f LAS %.4f (%d+%d tag, %d move and %d label features)", o.Prune, uas, las,
			m.tagger.fwd.len(), m.tagger.bwd.len(), m.mover.len(), m.labeler.len())
	}
	return m, nil
}

// sortTags puts the tag set in a fixed order.
func sortTags(ts *tagSet) {
	type pair struct{ u, x string }
	ps := make([]pair, len(ts.upos))
	for i := range ps {
		ps[i] = pair{ts.upos[i], ts.xpos[i]}
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].u != ps[j].u {
			return ps[i].u < ps[j].u
		}
		return ps[i].x < ps[j].x
	})
	*ts = tagSet{}
	for _, p := range ps {
		ts.id(p.u, p.x)
	}
}

// tagOnly tags s with p's tagger and returns the tags and second
// choices, leaving s as is.
func (p *Parser) tagOnly(s *Sentence) [][2]int {
	p.describe(s)
	ws := p.ws[1 : len(s.Words)+1]
	p.m.tagger.tag(ws, &p.tsc, &p.lex)
	out := make([][2]int, len(ws))
	for i := range ws {
		out[i] = [2]int{ws[i].tag, ws[i].tag2}
	}
	return out
}

// pairs gives each tag itself as second choice.
func pairs(tags []int) [][2]int {
	out := make([][2]int, len(tags))
	for i, t := range tags {
		out[i] = [2]int{t, t}
	}
	return out
}

func tagAccuracy(sents []Sentence, tags [][][2]int, ts *tagSet) float64 {
	right, all := 0, 0
	for i, s := range sents {
		for j, w := range s.Words {
			all++
			if t := tags[i][j][0]; ts.upos[t] == w.UPOS && ts.xpos[t] == w.XPOS {
				right++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(right) / float64(all)
}

// goldTags returns the gold tag of each word of s (-1 for a pair the
// tag set lacks).
func goldTags(s *Sentence, ts *tagSet) []int {
	out := make([]int, len(s.Words))
	for i, w := range s.Words {
		t, ok := ts.index[[2]string{w.UPOS, w.XPOS}]
		if !ok {
			t = -1
		}
		out[i] = t
	}
	return out
}

// trainTaggers trains the forward and backward taggers. With dev
// sentences each keeps its best pass out of at most epochs (and the
// passes chosen are returned); without, the forward tagger makes epochs
// passes and the backward one back passes.
func trainTaggers(train, dev []Sentence, ts *tagSet, dict tagDict, epochs, back int, seed uint64, logf func(string, ...any)) (tagger, [2]int) {
	var tg tagger
	var chosen [2]int
	tg.fwd, chosen[0] = trainTagger(train, dev, ts, dict, epochs, seed, logf)
	if back == 0 {
		back = epochs
	}
	tg.bwd, chosen[1] = trainTagger(reversed(train), reversed(dev), ts, dict, back, seed+1000, logf)
	if dev != nil && logf != nil {
		p := &Parser{m: &Model{tags: *ts, tagger: tg, dict: dict}}
		tags := make([][][2]int, len(dev))
		for i := range dev {
			tags[i] = p.tagOnly(&dev[i])
		}
		logf("both taggers: dev UPOS+XPOS %.4f", tagAccuracy(dev, tags, ts))
	}
	return tg, chosen
}

// reversed returns the sentences with their words in reverse order (only
// forms and tags matter to the tagger).
func reversed(sents []Sentence) []Sentence {
	if sents == nil {
		return nil
	}
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		ws := make([]Word, len(s.Words))
		for j, w := range s.Words {
			ws[len(ws)-1-j] = w
		}
		out[i] = Sentence{Words: ws}
	}
	return out
}

// trainTagger trains a tagger for at most epochs passes; with dev
// sentences it keeps the pass that tags dev best and returns its number.
func trainTagger(train, dev []Sentence, ts *tagSet, dict tagDict, epochs int, seed uint64, logf func(string, ...any)) (*table, int) {
	tr := newTrainer(len(ts.upos))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a67))
	gold := make([][]int, len(train))
	for i := range train {
		gold[i] = goldTags(&train[i], ts)
	}
	var ws []wordInfo
	var feats []uint64
	var bestTable *table
	bestAcc, bestEpoch := -1.0, epochs
	for e := 1; e <= epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &train[si]
			ws = ws[:0]
			for _, w := range s.Words {
				var wi wordInfo
				wi.describe(w.Form)
				wi.fixed = -1
				if t, ok := dict[w.Form]; ok {
					wi.fixed = t
				} else {
					wi.wn = wnClass(w.Form)
				}
				ws = append(ws, wi)
			}
			p1, p2 := noTag, noTag
			for i := range ws {
				if t := ws[i].fixed; t >= 0 {
					// The dictionary tags this word; the tagger never sees it.
					p2, p1 = p1, t
					continue
				}
				feats = tagFeatures(feats[:0], ws, i, p1, p2)
				guess := best(tr.score(feats), nil)
				tr.tick()
				if g := gold[si][i]; g >= 0 {
					tr.update(feats, g, guess)
				}
				p2, p1 = p1, guess
			}
		}
		if dev == nil {
			continue
		}
		tb := tr.freeze(0)
		p := &Parser{m: &Model{tags: *ts, tagger: tagger{fwd: tb}, dict: dict}}
		tags := make([][][2]int, len(dev))
		for i := range dev {
			tags[i] = p.tagOnly(&dev[i])
		}
		acc := tagAccuracy(dev, tags, ts)
		if logf != nil {
			logf("tagger pass %d: dev UPOS+XPOS %.4f (%d features)", e, acc, tb.len())
		}
		if acc > bestAcc {
			bestAcc, bestEpoch, bestTable = acc, e, tb
		}
	}
	if dev == nil {
		return tr.freeze(0), epochs
	}
	return bestTable, bestEpoch
}

// trainParser trains the move and label classifiers with a dynamic
// oracle (Goldberg and Nivre 2013): after the first pass the parser
// follows its own prediction most of the time, so that it learns to
// recover from its mistakes.
func trainParser(m *Model, train []Sentence, trainTags [][][2]int, dev []Sentence, devTags [][][2]int,
	labelIndex map[string]int, o TrainOptions, logf func(string, ...any)) (*dense, *table) {
	mover, labeler := newTrainer(nMoves), newTrainer(len(m.labels))
	// The move features are bucket numbers: an array finds their rows.
	mover.direct = make([]int32, 1<<moveBits+1)
	rng := rand.New(rand.NewPCG(o.Seed, 0x9a75))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var st state
	var ws []wordInfo
	var feats []uint64
	var cost [nMoves]int
	var bestMover *dense
	var bestLabeler *table
	bestLAS := -1.0
	for e := 1; e <= o.ParseEpochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &train[si]
			n := len(s.Words)
			gh := make([]int, n+1)
			gl := make([]int, n+1)
			for i, w := range s.Words {
				gh[i+1] = w.Head
				gl[i+1] = labelIndex[w.Rel]
			}
			gh = goldHeads(projectivize(gh))
			ws = append(ws[:0], wordInfo{})
			for i, w := range s.Words {
				var wi wordInfo
				wi.describe(w.Form)
				if _, ok := m.dict[w.Form]; !ok {
					wi.wn = wnClass(w.Form)
				}
				wi.tag, wi.tag2 = trainTags[si][i][0], trainTags[si][i][1]
				ws = append(ws, wi)
			}
			ws = append(ws, wordInfo{})
			st.reset(n)
			c := pctx{st: &st, ws: ws, coarse: m.coarse}
			for !st.done() {
				feats = moveFeatures(feats[:0], &c)
				sc := mover.score(feats)
				st.costs(gh, &cost)
				// The best moves are those of least cost: zero but for the
				// rare states where the one-root rule leaves none free.
				least := -1
				for k := 0; k < nMoves; k++ {
					if cost[k] >= 0 && (least < 0 || cost[k] < least) {
						least = cost[k]
					}
				}
				pred, goldBest := -1, -1
				for k := 0; k < nMoves; k++ {
					if cost[k] < 0 {
						continue
					}
					if pred < 0 || sc[k] > sc[pred] {
						pred = k
					}
					if cost[k] == least && (goldBest < 0 || sc[k] > sc[goldBest]) {
						goldBest = k
					}
				}
				mover.tick()
				next := pred
				if cost[pred] > least {
					mover.update(feats, goldBest, pred)
					if e == 1 || rng.Float64() > 0.9 {
						next = goldBest
					}
				}
				l := 0
				if next == mLeft || next == mRight {
					h, d := st.s0(), st.b
					if next == mLeft {
						h, d = st.b, st.s0()
					}
					if h == st.root {
						l = m.rootLabel
					} else {
						ok := m.rightOK
						if d < h {
							ok = m.leftOK
						}
						if sl, sure := m.sure[sureKey(&c, h, d)]; sure {
							st.apply(next, sl)
							continue
						}
						feats = labelFeatures(feats[:0], &c, h, d)
						lg := best(labeler.score(feats), ok)
						labeler.tick()
						l = lg
						if gh[d] == h {
							labeler.update(feats, gl[d], lg)
							if e == 1 {
								l = gl[d]
							}
						}
					}
				}
				st.apply(next, l)
			}
		}
		mt, lt := mover.freezeDense(0), labeler.freeze(0)
		cand := &Model{tags: m.tags, labels: m.labels, rootLabel: m.rootLabel, leftOK: m.leftOK,
			rightOK: m.rightOK, tagger: m.tagger, mover: mt, labeler: lt, lemmas: m.lemmas, coarse: m.coarse, dict: m.dict, sure: m.sure}
		uas, las := parseAccuracy(cand, dev, devTags)
		logf("parser pass %d: dev UAS %.4f LAS %.4f (%d move and %d label features)", e, uas, las, mt.len(), lt.len())
		if las > bestLAS {
			bestLAS, bestMover, bestLabeler = las, mt, lt
		}
	}
	return bestMover, bestLabeler
}

// parseAccuracy parses the sentences over the given tags and returns
// UAS and LAS, punctuation included.
func parseAccuracy(m *Model, sents []Sentence, tags [][][2]int) (uas, las float64) {
	p := m.NewParser()
	right, lright, all := 0, 0, 0
	for i := range sents {
		s := sents[i]
		s.Words = append([]Word(nil), s.Words...)
		p.describe(&s)
		for j := range s.Words {
			p.ws[j+1].tag, p.ws[j+1].tag2 = tags[i][j][0], tags[i][j][1]
		}
		p.parse(&s)
		for j, w := range s.Words {
			g := sents[i].Words[j]
			all++
			if w.Head == g.Head {
				right++
				if universal(w.Rel) == universal(g.Rel) {
					lright++
				}
			}
		}
	}
	if all == 0 {
		return 0, 0
	}
	return float64(right) / float64(all), float64(lright) / float64(all)
}

// universal returns the universal part of a relation ("obl" of
// "obl:tmod").
func universal(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}
