package event

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/internal/wordnet"
)

// foundNames finds the organisations a document names without a word
// that says what they are: a capitalised name that acts as the subject
// of a verb ("Amoria said on Thursday", "ÖBB denied", "Wessex Downs
// Water today denied", "The IAAF suspended her"). News names a company,
// an agency or a team this way once it has introduced it, or assumes the
// reader knows it; once found, the name is an actor wherever it appears
// and "the company" can point back to it.
//
// A one-word name counts only when it is no common word of English
// ("History is not kind", "Police arrested" are no names). A name is
// known by the longest form the document writes it in ("Boateng" is
// "Yaw Boateng" named earlier). Names the gazetteer, the
// organisation rules or the titled persons already know are left to
// them. strs and toks hold the text and the tokens of each sentence,
// known the mentions read so far.
func foundNames(strs []string, sents []Span, toks [][]Token, known []personMention) []personMention {
	var out []personMention
	var kw [][]string // the words of each known name, read once
	var aliases []string
	seenName := map[string]bool{}
	for _, m := range known {
		if !seenName[m.name] {
			seenName[m.name] = true
			kw = append(kw, nameWords(m.name))
		}
		if m.alias != "" {
			aliases = append(aliases, m.alias)
		}
	}
	var runs []capRun // every capitalised run of the document, read when first needed
	tried := map[string]bool{}
	for k, sp := range sents {
		ts := toks[k]
		a := &analyzer{s: strs[k], toks: ts, ds: -1, de: -1, best: -1, at: sp.Start}
		for i := 0; i < len(ts); i++ {
			s, j, ok := a.subjectName(i)
			if !ok {
				continue
			}
			w := make([]string, 0, j-s)
			for _, t := range ts[s:j] {
				w = append(w, t.low)
			}
			i = j
			key := strings.Join(w, " ")
			if tried[key] || len(w) == 1 && commonWord(w[0]) {
				continue
			}
			tried[key] = true
			if runs == nil {
				runs = capRuns(strs, sents, toks)
			}
			name, at := longest(runs, w)
			if name == "" {
				name, at = a.s[ts[s].s:ts[j-1].e], sp.Start+int(ts[s].s)
			}
			nw := nameWords(name)
			if slices.ContainsFunc(kw, func(mw []string) bool { return wordsWithin(nw, mw) || wordsWithin(mw, nw) }) ||
				len(w) == 1 && slices.Contains(aliases, w[0]) || slices.ContainsFunc(out, func(m personMention) bool { return m.name == name }) {
				continue
			}
			out = append(out, personMention{name: name, org: true, at: at})
		}
	}
	return out
}

// subjectName reads a name at token i that a verb follows: one to four
// capitalised words, perhaps after "The", standing where a subject
// stands (at the start of the sentence or after a comma, a dash or a
// colon) and followed by a verb, perhaps after an adverb of time. It
// returns the name's tokens [s, j).
func (a *analyzer) subjectName(i int) (int, int, bool) {
	ts := a.toks
	s := i
	if ts[s].low == "the" && ts[s].cap {
		s++
	}
	if i > 0 && !anOpensRun(ts[i-1]) {
		return 0, 0, false
	}
	j := s
	for j < len(ts) && ts[j].kind == anWord && ts[j].cap && ts[j].date == 0 {
		t := ts[j]
		if anTitle[t.low] || anTitleMod[t.low] || anMonthDay[t.low] || sentStarter[t.low] || strings.ContainsAny(t.low, "'’") {
			return 0, 0, false
		}
		if n, _ := a.gaz(j, j+1); n > 0 {
			return 0, 0, false // "Statistics Norway": the country is the actor
		}
		j++
	}
	if j == s || j-s > 4 || j >= len(ts) {
		return 0, 0, false
	}
	if tr, ok := anLexicon[anStem(ts[s].low)]; ok && tr.typ == "disaster" {
		return 0, 0, false // "Typhoon Hagibis": a disaster's name, no participant
	}
	if n, _ := a.gaz(s, j); n > 0 {
		return 0, 0, false
	}
	if n, _ := a.orgRun(s, j); n > 0 {
		return 0, 0, false
	}
	if strings.ContainsAny(a.s[ts[s].s:ts[j-1].e], "0123456789") {
		return 0, 0, false
	}
	if a.appositive(i, s, j) {
		return s, j, true
	}
	v := j
	switch ts[v].low {
	case "today", "yesterday", "also", "now", "quietly", "later", "previously", "already", "still", "then":
		v++
	}
	if v >= len(ts) || !anVerbLike(ts[v]) && !presentVerb(ts[v]) {
		return 0, 0, false
	}
	return s, j, true
}

// appositive reports a name [s, j) set off by commas after the noun that
// describes it: "the operator, Santos Portuária, did not", "the agent,
// Luís Carvalho, who told". i is where the name's run begins.
func (a *analyzer) appositive(i, s, j int) bool {
	ts := a.toks
	if s != i || i < 2 || ts[i-1].low != "," || ts[j].low != "," {
		return false
	}
	d := ts[i-2]
	if d.kind != anWord || d.cap || d.date != 0 || !commonWord(d.low) || anVerbLike(d) {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if ts[k].low == "the" || ts[k].low == "a" || ts[k].low == "an" || ts[k].kind == anPoss || ts[k].low == "its" || ts[k].low == "their" {
			return true // "the operator", "a commander of the movement", "its owner"
		}
		if ts[k].kind == anPunct {
			return false
		}
	}
	return false
}

// anOpensRun reports a token after which a subject may begin: a comma, a
// dash, a colon, an opening bracket or quotation mark.
func anOpensRun(t Token) bool {
	switch t.low {
	case ",", "—", "–", "-", ":", ";", "(", "“", "\"":
		return true
	}
	return false
}

// presentVerb reports a verb in the third person present ("reports",
// "plans", "expects"): a lower-case word in -s whose stem WordNet knows
// as a verb.
func presentVerb(t Token) bool {
	if t.kind != anWord || t.cap || t.date != 0 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") {
		return false
	}
	return len(wordnet.Base(t.low, wordnet.Verb)) > 0
}

// commonWord reports a word that WordNet knows as a noun or a verb: a
// word that opens a sentence capitalised only because it opens it.
func commonWord(w string) bool {
	return len(wordnet.Base(w, wordnet.Noun)) > 0 || len(wordnet.Base(w, wordnet.Verb)) > 0
}

// capRun is a run of capitalised words of the document: its words in
// lower case, its text and its byte offset.
type capRun struct {
	words []string
	text  string
	at    int
}

// capRuns lists the runs of capitalised words of the document, up to
// four words long, that open with no title or sentence-opening word.
func capRuns(strs []string, sents []Span, toks [][]Token) []capRun {
	var out []capRun
	for k, ts := range toks {
		for i := 0; i < len(ts); {
			if ts[i].kind != anWord || !ts[i].cap || ts[i].date != 0 || sentStarter[ts[i].low] || anTitle[ts[i].low] || anTitleMod[ts[i].low] {
				i++
				continue
			}
			j := i
			for j < len(ts) && ts[j].kind == anWord && ts[j].cap && ts[j].date == 0 && !anTitle[ts[j].low] {
				j++
			}
			if j-i >= 2 && j-i <= 4 {
				w := make([]string, 0, j-i)
				for _, t := range ts[i:j] {
					w = append(w, t.low)
				}
				out = append(out, capRun{words: w, text: strs[k][ts[i].s:ts[j-1].e], at: sents[k].Start + int(ts[i].s)})
			}
			i = j
		}
	}
	return out
}

// longest returns the longest run of capitalised words in the document
// (runs, see [capRuns]) that holds the words w at its end or its start,
// and its byte offset: "Yaw Boateng" for "Boateng", "Académico Faro" for
// "Faro". It returns "" when no run is longer than w.
func longest(runs []capRun, w []string) (string, int) {
	best, at, n := "", 0, len(w)
	for _, r := range runs {
		if m := len(r.words); m > n && (slices.Equal(r.words[m-len(w):], w) || slices.Equal(r.words[:len(w)], w)) {
			best, at, n = r.text, r.at, m
		}
	}
	return best, at
}
