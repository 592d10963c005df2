package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// F1 counts the items of a gold analysis, of a system analysis, and the
// items the two share; it gives precision, recall and their harmonic
// mean.
type F1 struct {
	Gold, System, Correct int
}

// Precision is the share of system items that are correct, or 0 when
// there are none.
func (f F1) Precision() float64 {
	if f.System == 0 {
		return 0
	}
	return float64(f.Correct) / float64(f.System)
}

// Recall is the share of gold items that the system found, or 0 when
// there are none.
func (f F1) Recall() float64 {
	if f.Gold == 0 {
		return 0
	}
	return float64(f.Correct) / float64(f.Gold)
}

// F1 is the harmonic mean of precision and recall:
// 2 × correct / (gold + system).
func (f F1) F1() float64 {
	if f.Gold+f.System == 0 {
		return 0
	}
	return 2 * float64(f.Correct) / float64(f.Gold+f.System)
}

// Ratio is a count of correct items out of a total.
type Ratio struct {
	Correct, Total int
}

// Value is Correct / Total, or 0 when Total is 0.
func (r Ratio) Value() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// Scores are the measures of the CoNLL 2018 shared task for a system
// analysis against a gold one of the same text.
//
// Tokens, Words and Sentences count matching spans of orthographic
// tokens, syntactic words and sentences. The other measures count, over
// the gold words, the words the system aligned to them and analysed
// right: UPOS and XPOS tags, lemmas, heads (UAS: the head is the word
// aligned to the gold head, or both are the root) and heads with their
// relation (LAS). LAS compares only the universal part of the relation,
// before any ":" subtype ("obl:tmod" matches "obl"), as the shared task
// did. With gold tokenisation every word aligns and these are plain
// accuracies over all words, punctuation included; with the system's
// own tokenisation they are recall over gold words.
type Scores struct {
	Tokens, Words, Sentences     F1
	UPOS, XPOS, Lemmas, UAS, LAS Ratio
}

// String formats the scores as a small table, one measure a line.
func (s Scores) String() string {
	var b strings.Builder
	for _, f := range []struct {
		name string
		v    F1
	}{{"Tokens", s.Tokens}, {"Words", s.Words}, {"Sentences", s.Sentences}} {
		fmt.Fprintf(&b, "%-9s  P %6.2f  R %6.2f  F1 %6.2f  (gold %d, system %d, correct %d)\n",
			f.name, 100*f.v.Precision(), 100*f.v.Recall(), 100*f.v.F1(), f.v.Gold, f.v.System, f.v.Correct)
	}
	for _, r := range []struct {
		name string
		v    Ratio
	}{{"UPOS", s.UPOS}, {"XPOS", s.XPOS}, {"Lemmas", s.Lemmas}, {"UAS", s.UAS}, {"LAS", s.LAS}} {
		fmt.Fprintf(&b, "%-9s  %6.2f  (%d of %d)\n", r.name, 100*r.v.Value(), r.v.Correct, r.v.Total)
	}
	return b.String()
}

// scoreSpan is a half-open range of offsets.
type scoreSpan struct{ start, end int }

// scoreWord is a word laid out for alignment: the span of its token,
// whether that token has several words, and where its sentence's words
// start among all words and how many there are (to turn heads into
// global indices).
type scoreWord struct {
	tok        scoreSpan
	multi      bool
	w          *Word
	base, size int
}

// scoreSide is one analysis laid out for alignment.
type scoreSide struct {
	tokens, sents []scoreSpan
	words         []scoreWord
}

// Score compares system sentences with gold ones over the same text.
//
// Tokens are aligned by their character spans. When every word of both
// analyses carries offsets (Start >= 0, as [Tokenizer.Split] and
// [GoldText] give them) those are used; otherwise both are laid out, as
// in the CoNLL 2018 evaluation, over the concatenation of their token
// forms with white space left out, which requires both to cover the
// same characters. Words of single-word tokens align when their tokens
// do. Words of multiword tokens align as in the CoNLL 2018 evaluation:
// the tokens of both analyses that overlap a multiword token form a
// stretch, and the words of the stretch are aligned in order by the
// longest common subsequence of their lower-cased forms.
func Score(gold, sys []Sentence) Scores {
	offsets := scoreHasOffsets(gold) && scoreHasOffsets(sys)
	g := scoreLayout(gold, offsets)
	s := scoreLayout(sys, offsets)

	var sc Scores
	sc.Tokens = scoreMatch(g.tokens, s.tokens)
	sc.Sentences = scoreMatch(g.sents, s.sents)
	sc.Words = F1{Gold: len(g.words), System: len(s.words)}

	toGold := scoreAlign(g.words, s.words)

	n := len(g.words)
	sc.UPOS.Total, sc.XPOS.Total, sc.Lemmas.Total, sc.UAS.Total, sc.LAS.Total = n, n, n, n, n
	for j, gi := range toGold {
		if gi < 0 {
			continue
		}
		sc.Words.Correct++
		gw, sw := g.words[gi], s.words[j]
		if sw.w.UPOS == gw.w.UPOS {
			sc.UPOS.Correct++
		}
		if sw.w.XPOS == gw.w.XPOS {
			sc.XPOS.Correct++
		}
		if sw.w.Lemma == gw.w.Lemma {
			sc.Lemmas.Correct++
		}
		sh, gh := sw.w.Head, gw.w.Head
		headOK := false
		switch {
		case sh < 0 || gh < 0 || sh > sw.size || gh > gw.size:
			// unparsed, or a head outside the sentence
		case sh == 0 || gh == 0:
			headOK = sh == 0 && gh == 0
		default:
			headOK = toGold[sw.base+sh-1] == gw.base+gh-1
		}
		if headOK {
			sc.UAS.Correct++
			if scoreUniversal(sw.w.Rel) == scoreUniversal(gw.w.Rel) {
				sc.LAS.Correct++
			}
		}
	}
	return sc
}

// scoreAlign aligns system words with gold words and returns, for each
// system word, the index of its gold word or -1.
func scoreAlign(g, s []scoreWord) []int {
	toGold := make([]int, len(s))
	for i := range toGold {
		toGold[i] = -1
	}
	i, j := 0, 0
	for i < len(g) && j < len(s) {
		if !g[i].multi && !s[j].multi {
			switch {
			case g[i].tok == s[j].tok:
				toGold[j] = i
				i++
				j++
			case g[i].tok.start <= s[j].tok.start:
				i++
			default:
				j++
			}
			continue
		}
		// A stretch around a multiword token: it starts at the token
		// (single words of the other side that start before it are
		// left out) and takes in every token that starts before its
		// end, growing with the multiword tokens it takes in.
		var end int
		if g[i].multi {
			end = g[i].tok.end
			for j < len(s) && !s[j].multi && s[j].tok.start < g[i].tok.start {
				j++
			}
		} else {
			end = s[j].tok.end
			for i < len(g) && !g[i].multi && g[i].tok.start < s[j].tok.start {
				i++
			}
		}
		gi, sj := i, j
		for (i < len(g) && g[i].tok.start < end) || (j < len(s) && s[j].tok.start < end) {
			if i < len(g) && (j >= len(s) || g[i].tok.start <= s[j].tok.start) {
				if g[i].multi {
					end = max(end, g[i].tok.end)
				}
				i++
			} else {
				if s[j].multi {
					end = max(end, s[j].tok.end)
				}
				j++
			}
		}
		scoreLCS(g[gi:i], s[sj:j], gi, sj, toGold)
	}
	return toGold
}

// scoreUniversal returns the universal part of a relation: "obl" for
// "obl:tmod".
func scoreUniversal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// scoreHasOffsets reports whether every word of sents has offsets.
func scoreHasOffsets(sents []Sentence) bool {
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Start < 0 || w.End < w.Start {
				return false
			}
		}
	}
	return true
}

// scoreLayout lays out the tokens, words and sentences of sents, by
// their offsets or, when offsets is false, over the concatenation of
// their token forms without white space.
func scoreLayout(sents []Sentence, offsets bool) scoreSide {
	var sd scoreSide
	pos := 0
	for si := range sents {
		s := &sents[si]
		if len(s.Words) == 0 {
			continue
		}
		base := len(sd.words)
		firstTok := len(sd.tokens)
		goldTokens(s, func(form string, _ bool, first, last int) bool {
			ws := s.Words[first : last+1]
			var tok scoreSpan
			if offsets {
				tok = scoreSpan{ws[0].Start, ws[0].End}
				for _, w := range ws[1:] {
					tok.start = min(tok.start, w.Start)
					tok.end = max(tok.end, w.End)
				}
			} else {
				n := scoreLen(form)
				tok = scoreSpan{pos, pos + n}
				pos += n
			}
			sd.tokens = append(sd.tokens, tok)
			for i := range ws {
				sd.words = append(sd.words, scoreWord{tok: tok, multi: len(ws) > 1, w: &ws[i], base: base, size: len(s.Words)})
			}
			return true
		})
		// the sentence runs from its first token to its last
		sd.sents = append(sd.sents, scoreSpan{sd.tokens[firstTok].start, sd.tokens[len(sd.tokens)-1].end})
	}
	return sd
}

// scoreLen is the length of s in bytes without its white space.
func scoreLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// scoreMatch counts the spans that gold and sys share; both are sorted.
func scoreMatch(gold, sys []scoreSpan) F1 {
	f := F1{Gold: len(gold), System: len(sys)}
	i, j := 0, 0
	for i < len(gold) && j < len(sys) {
		g, s := gold[i], sys[j]
		switch {
		case g == s:
			f.Correct++
			i++
			j++
		case g.start < s.start || (g.start == s.start && g.end < s.end):
			i++
		default:
			j++
		}
	}
	return f
}

// scoreLCS aligns the gold words g (global indices from gi) and system
// words s (from sj) of one stretch by the longest common subsequence of
// their lower-cased forms.
func scoreLCS(g, s []scoreWord, gi, sj int, toGold []int) {
	n, m := len(g), len(s)
	if n == 0 || m == 0 {
		return
	}
	// lcs[i*(m+1)+j] is the length of the LCS of g[i:] and s[j:]
	lcs := make([]int, (n+1)*(m+1))
	at := func(i, j int) int { return lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if strings.EqualFold(g[i].w.Form, s[j].w.Form) {
				lcs[i*(m+1)+j] = at(i+1, j+1) + 1
			} else {
				lcs[i*(m+1)+j] = max(at(i+1, j), at(i, j+1))
			}
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case strings.EqualFold(g[i].w.Form, s[j].w.Form):
			toGold[sj+j] = gi + i
			i++
			j++
		case at(i+1, j) >= at(i, j+1):
			i++
		default:
			j++
		}
	}
}

// GoldText rebuilds the raw text of gold sentences read from CoNLL-U and
// returns it. The sentences are joined by a single space (paragraph
// breaks are not kept: CoNLL-U marks them only in comments that
// [ReadCoNLLU] does not keep). Each sentence's text is its "# text"
// comment when its tokens spell it, and otherwise the token forms joined
// by a space where SpaceAfter is set.
//
// GoldText sets every gold word's Start and End to its offsets in the
// returned text (words of a multiword token get their part of the token
// when their forms spell it, and the whole token otherwise), and each
// sentence's Start, End and Text to the span of its words, so that
// [Score] can compare the output of [Tokenizer.Split] on the text with
// the gold analysis.
func GoldText(gold []Sentence) string {
	var b strings.Builder
	for si := range gold {
		s := &gold[si]
		if si > 0 {
			b.WriteByte(' ')
		}
		base := b.Len()
		text := s.Text
		if !goldPlace(s, text, base) {
			text = goldJoin(s)
			goldPlace(s, text, base)
		}
		b.WriteString(text)
		if len(s.Words) == 0 {
			s.Start, s.End, s.Text = base, base, ""
			continue
		}
		s.Start, s.End = s.Words[0].Start, s.Words[len(s.Words)-1].End
		s.Text = text[s.Start-base : s.End-base]
	}
	return b.String()
}

// goldJoin spells a sentence from its tokens.
func goldJoin(s *Sentence) string {
	var b strings.Builder
	goldTokens(s, func(form string, space bool, _, _ int) bool {
		b.WriteString(form)
		if space {
			b.WriteByte(' ')
		}
		return true
	})
	return strings.TrimRight(b.String(), " ")
}

// goldTokens calls f with each token of s: its form, SpaceAfter and the
// indices of its first and last word; it stops when f returns false.
func goldTokens(s *Sentence, f func(form string, space bool, first, last int) bool) {
	m := 0
	for k := 0; k < len(s.Words); {
		for m < len(s.MultiWords) && s.MultiWords[m].First-1 < k {
			m++
		}
		if m < len(s.MultiWords) && s.MultiWords[m].First-1 == k && s.MultiWords[m].Last > k {
			mw := s.MultiWords[m]
			last := min(mw.Last-1, len(s.Words)-1)
			if !f(mw.Form, mw.SpaceAfter, k, last) {
				return
			}
			k = last + 1
			continue
		}
		if !f(s.Words[k].Form, s.Words[k].SpaceAfter, k, k) {
			return
		}
		k++
	}
}

// goldPlace finds the tokens of s in text, which starts at offset base,
// and sets the words' offsets; it reports false when the tokens do not
// spell text.
func goldPlace(s *Sentence, text string, base int) bool {
	pos := 0
	ok := true
	goldTokens(s, func(form string, _ bool, first, last int) bool {
		for pos < len(text) {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += n
		}
		if form == "" || !strings.HasPrefix(text[pos:], form) {
			ok = false
			return false
		}
		start, end := base+pos, base+pos+len(form)
		ws := s.Words[first : last+1]
		spell := len(ws) > 1
		if spell {
			n := 0
			for _, w := range ws {
				n += len(w.Form)
			}
			spell = n == len(form)
			p := 0
			for _, w := range ws {
				if !spell || !strings.HasPrefix(form[p:], w.Form) {
					spell = false
					break
				}
				p += len(w.Form)
			}
		}
		p := start
		for i := range ws {
			if spell {
				ws[i].Start, ws[i].End = p, p+len(ws[i].Form)
				p += len(ws[i].Form)
			} else {
				ws[i].Start, ws[i].End = start, end
			}
		}
		pos += len(form)
		return true
	})
	if !ok {
		return false
	}
	return strings.TrimSpace(text[pos:]) == ""
}
