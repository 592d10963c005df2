package event

import (
	"slices"
	"strings"
)

// anOfficeAt returns the number of tokens of an office that speaks for
// its holder at token i ("office", "press service", "spokesman"), or 0.
func anOfficeAt(toks []Token, i, ce int) int {
	if i >= ce {
		return 0
	}
	switch toks[i].low {
	case "office", "spokesman", "spokeswoman", "spokesperson", "aides", "government", "administration", "ministry":
		return 1
	case "press":
		if i+1 < ce && (toks[i+1].low == "service" || toks[i+1].low == "office" || toks[i+1].low == "secretary") {
			return 2
		}
	}
	return 0
}

// anStateBody lists the unnamed bodies and offices of a state that the
// document's country stands behind: "the cabinet approved", "the trade
// ministry said", "parliament's defence committee".
var anStateBody = map[string]bool{
	"government": true, "cabinet": true, "country": true, "army": true, "military": true, "navy": true,
	"parliament": true, "president": true, "ministry": true, "air force": true, "prime minister": true,
	"armed forces": true,
}

// firstWord returns the index of the sentence's first token that is not
// punctuation.
func (a *analyzer) firstWord() int {
	for k, t := range a.toks {
		if t.kind != anPunct {
			return k
		}
	}
	return len(a.toks)
}

// officialAfter reports whether the tokens from i name an official and
// then, after a comma, the official's name: "president, Héctor
// Villalobos", "chief executive, Thomas Vasseur".
func (a *analyzer) officialAfter(i, ce int) bool {
	k := i
	for k < ce && k < i+3 && a.toks[k].kind == anWord && !a.toks[k].cap {
		k++
	}
	return k > i && anTitle[a.toks[k-1].low] && k+1 < ce && a.toks[k].low == "," &&
		a.toks[k+1].kind == anWord && a.toks[k+1].cap
}

// opensClause reports whether token i opens the sentence's main clause:
// it is the first word, or follows a phrase set before the clause with
// a comma ("In an interview in 2004, she denied", "On Friday, he said"),
// a phrase that opens with a preposition and holds no verb.
func (a *analyzer) opensClause(i int) bool {
	f := a.firstWord()
	if i == f {
		return true
	}
	if i < f+2 || a.toks[i-1].low != "," || !anGoverning[a.toks[f].low] {
		return false
	}
	for k := f; k < i-1; k++ {
		if t := a.toks[k]; t.kind == anPunct || anVerbLike(t) {
			return false
		}
	}
	return true
}

// reference resolves a phrase at token i that points back to someone the
// document named: a state body ("the government") to the document's
// country, a definite description ("the airline", "the tribunal") to the
// organisation it describes, and a sentence-opening "He" or "She" to the
// last person the sentence before names. It returns the number of tokens
// read, and the country or organisation and the person.
func (a *analyzer) reference(i, ce int) (int, string, string) {
	pp := a.people
	if pp == nil {
		return 0, "", ""
	}
	t := a.toks[i]
	switch t.low {
	case "he", "she":
		if !a.opensClause(i) {
			return 0, "", ""
		}
		if p, ok := pp.previous(a.at); ok {
			return 1, p.country, p.name
		}
		return 0, "", ""
	case "it":
		if name := a.speakerIt(i, ce); name != "" {
			return 1, name, ""
		}
		// a sentence that opens "It plans to ..." goes on about the
		// organisation named last
		if i != 0 || i+1 >= ce || !anVerbLike(a.toks[i+1]) || anBe[a.toks[i+1].low] {
			if !(i == 0 && i+1 < ce && strings.HasSuffix(a.toks[i+1].low, "s") && !a.toks[i+1].cap && a.toks[i+1].kind == anWord) {
				return 0, "", ""
			}
		}
		if o, ok := pp.orgBefore(a.at); ok {
			return 1, o.name, ""
		}
		return 0, "", ""
	case "his", "her":
		// "his office said", "her spokesman said": the person's state
		n := anOfficeAt(a.toks, i+1, ce)
		if n == 0 {
			// "Her first record came out in 1951": the person the
			// sentence before names
			if !a.opensClause(i) {
				return 0, "", ""
			}
			if p, ok := pp.previous(a.at); ok {
				return 1, p.country, p.name
			}
			return 0, "", ""
		}
		if p, ok := pp.before(a.at + int(t.s)); ok {
			if p.country != "" {
				return 1 + n, p.country, ""
			}
			return 1 + n, "", p.name
		}
		return 0, "", ""
	case "its", "their":
		// "Its president, Héctor Villalobos, said", "Its cameras will
		// observe the rock": the organisation named last, when the
		// clause names its official or it is the one the document names
		// most (a thing of its, "its tax changes", may belong to another)
		if !a.opensClause(i) {
			return 0, "", ""
		}
		o, ok := pp.orgBefore(a.at)
		main := pp.mainOrg(false)
		if i+1 < ce && anCompanyThing[a.toks[i+1].low] {
			// "Its shares fell", "its board agreed terms": a company's,
			// not the regulator's named since
			o, ok = pp.companyBefore(a.at)
			main = pp.mainOrg(true)
		}
		if !ok {
			return 0, "", ""
		}
		if a.officialAfter(i+1, ce) || o.name == main {
			return 1, o.name, ""
		}
		return 0, "", ""
	case "parliament":
		if i > 0 {
			switch p := a.toks[i-1]; {
			case p.kind == anWord && (p.cap || anDeterminer[p.low]), p.kind == anPoss:
				return 0, "", ""
			}
		}
		if pp.country != "" && !a.placed(i) {
			return 1, pp.country, ""
		}
		return 0, "", ""
	case "the":
	default:
		return 0, "", ""
	}
	if i+1 >= ce {
		return 0, "", ""
	}
	w := a.toks[i+1]
	if w.cap || w.kind != anWord || w.date != 0 || a.placed(i) {
		return 0, "", ""
	}
	n, head := 2, w.low
	if i+2 < ce {
		if x := a.toks[i+2]; x.kind == anWord && !x.cap && x.date == 0 {
			if two := w.low + " " + x.low; anStateBody[two] {
				n, head = 3, two
			} else if x.low == "ministry" {
				n, head = 3, x.low // "the trade ministry"
			}
		}
	}
	if i+n < ce && a.toks[i+n].low == "of" {
		return 0, "", "" // "the government of ...": the of phrase names it
	}
	if anStateBody[head] {
		if pp.country == "" {
			return 0, "", ""
		}
		return n, pp.country, ""
	}
	if o, ok := pp.describe(head, a.at+int(t.s)); ok {
		return n, o.name, ""
	}
	return 0, "", ""
}

// anCompanyThing lists what a company has and a public body does not:
// "its shares", "its board", "its shareholders".
var anCompanyThing = map[string]bool{
	"shares": true, "stock": true, "board": true, "shareholders": true, "stores": true, "shops": true,
	"sales": true, "profit": true, "profits": true, "revenue": true, "customers": true, "investors": true,
	"factory": true, "factories": true, "plant": true, "brand": true, "products": true,
}

// anDeterminer lists words before a noun that make it some other body
// than the document's: "a parliament", "its parliament".
var anDeterminer = map[string]bool{"a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "whose": true, "each": true, "every": true}

// placed reports a phrase at token i that names where something happens:
// "in the country", "at the museum".
func (a *analyzer) placed(i int) bool {
	if i == 0 {
		return false
	}
	switch a.toks[i-1].low {
	case "in", "at", "inside", "outside", "near", "across", "within", "throughout", "into":
		return true
	}
	return false
}

// pair resolves "the two countries", "both governments" and "both sides"
// at token i to the first two countries the document names, or for
// "sides" the first two countries or organisations. It returns the number
// of tokens read and the two names.
func (a *analyzer) pair(i, ce int) (int, []string) {
	pp := a.people
	if pp == nil || i+1 >= ce {
		return 0, nil
	}
	n := 0
	switch {
	case a.toks[i].low == "both":
		n = 2
	case a.toks[i].low == "the" && i+2 < ce && a.toks[i+1].low == "two":
		n = 3
	default:
		return 0, nil
	}
	noun := a.toks[i+n-1].low
	var names []string
	switch noun {
	case "countries", "governments", "nations", "capitals", "states":
		for _, k := range pp.parties {
			if e, ok := anGazetteer()[strings.ToLower(k)]; ok && e.kind == anCountry {
				names = append(names, k)
			}
		}
	case "sides":
		names = pp.parties
	default:
		return 0, nil
	}
	if len(names) < 2 {
		return 0, nil
	}
	return n, names[:2]
}

// transitive reports a verb of reporting used with an indefinite object
// rather than reported speech: "Pacífico Airlines reported a record
// profit", "announced an order". Its subject is the agent of the event,
// not a source. "said" and "told" always report speech.
func (a *analyzer) transitive(c anCandidate) bool {
	switch a.toks[c.i].low {
	case "said", "says", "say", "told", "tells", "tell", "added", "saying":
		return false
	}
	if c.j+1 >= len(a.toks) {
		return false
	}
	switch a.toks[c.j+1].low {
	case "a", "an":
		return true
	}
	return false
}

// speakerIt resolves "it" at token i as the subject of what a body said
// or denied: "Amoria said on Thursday that it would pay", "Orbis denied
// reports that it had laid off". The speaker is the first country or
// organisation the sentence names before the verb of saying. It returns
// "" when "it" is no subject of such a clause.
func (a *analyzer) speakerIt(i, ce int) string {
	if i+1 >= ce || !anVerbLike(a.toks[i+1]) && !presentVerb(a.toks[i+1]) {
		return ""
	}
	v := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if w := a.toks[k].low; anSpeech[w] || anDenial(w) || anStatingForm[w] {
			v = k
			break
		}
	}
	if v <= 0 {
		return ""
	}
	for k := 0; k < v; k++ {
		t := a.toks[k]
		if t.kind != anWord || !t.cap || t.date != 0 {
			continue
		}
		if n, e := a.gaz(k, v); n > 0 {
			if e.kind == anCountry || e.kind == anMetonym || e.kind == anOrg {
				return e.name
			}
			return ""
		}
		if n, name := a.orgRun(k, v); n > 0 && name != "" {
			return name
		}
		if m, p := a.people.match(a, k, v); m > 0 {
			if slices.ContainsFunc(a.people.orgs, func(o docPerson) bool { return o.name == p.name }) {
				return p.name
			}
			return "" // a person speaks: "it" is something else
		}
	}
	return ""
}

// anStatingForm holds forms of verbs besides those of saying and denial
// whose subject a following "it" stands for: "confirmed that it would".
var anStatingForm = map[string]bool{
	"insisted": true, "insists": true, "confirmed": true, "confirms": true, "announced": true, "announces": true,
	"warned": true, "warns": true, "threatened": true, "promised": true, "pledged": true,
}
