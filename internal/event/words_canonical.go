package event

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/internal/wordnet"
)

// Canonical maps a participant's words to the actor the document
// means: a country or organisation of the gazetteer, a person or an
// organisation the document names in full, or, for "the company" and its
// kind, the organisation named last before at. Other names are kept as
// written, without a leading "the"; descriptions that point nowhere give
// "".
func (pp *Names) Canonical(phrase string, anaphor bool, at int) string {
	var low []string
	caps := true
	for _, t := range Tokenize(phrase) {
		if t.kind == anWord {
			low = append(low, t.low)
			caps = caps && strings.ToUpper(phrase[t.s:t.e]) == phrase[t.s:t.e]
		}
	}
	if len(low) == 0 || caps && (len(low) > 1 || len(phrase) > 5) {
		return "" // a dateline's place in capitals, not a participant
	}
	// Titles and nationalities before a name: "Chilean President Isabel
	// Fuentes" is Isabel Fuentes.
	cut := 0
	if len(low) > 2 && low[0] == "the" && anTitle[low[1]] {
		cut = 1 // "the tanker Liv Andersen"
	}
	for cut < len(low)-1 && (anTitle[low[cut]] || anTitleMod[low[cut]] || anGazetteer()[low[cut]].kind == anDemonym) {
		cut++
	}
	if cut > 0 {
		f := strings.Fields(phrase)
		if len(f) == len(low) {
			low, phrase = low[cut:], strings.Join(f[cut:], " ")
		}
	}
	if e, ok := anGazetteer()[strings.Join(low, " ")]; ok && e.kind != anDemonym {
		if e.kind == anMedia {
			return "" // a news outlet reports, it takes no part
		}
		return e.name
	}
	if low[0] == "the" {
		low = low[1:]
		phrase = strings.TrimSpace(phrase[strings.IndexByte(phrase, ' ')+1:])
		if len(low) == 0 {
			return ""
		}
	}
	if e, ok := anGazetteer()[strings.Join(low, " ")]; ok && e.kind != anMedia && e.kind != anDemonym {
		return e.name
	}
	if anaphor {
		// "the authority", "the district", "the board": the body of
		// that kind named last.
		if len(low) == 1 {
			if o, ok := pp.orgOfKind(low[0], at); ok {
				return o.name
			}
		}
		if len(low) == 1 && anRegulator[low[0]] {
			if o, ok := pp.publicBodyBefore(at); ok {
				return o.name
			}
		}
		if len(low) == 1 && orgKinds[low[0]] == "company" {
			if o, ok := pp.theCompany(at); ok {
				return o.name
			}
		}
		if len(low) == 1 && anOrgDesc[low[0]] {
			if o, ok := pp.companyBefore(at); ok {
				return o.name
			}
		}
		return ""
	}
	// A person the document names, after whatever title: "U.S.
	// District Judge Karen Whitlock". Only the whole name may be a
	// single word: "Mount Hale" is no Tom Hale.
	for k := range low {
		if k > 0 && len(low)-k < 2 {
			break
		}
		if p, ok := pp.find(low[k:]); ok {
			if p.official && p.country != "" {
				return p.country + " (" + p.name + ")"
			}
			return p.name
		}
	}
	if o, ok := pp.shortOrg(low); ok {
		return o.name
	}
	if pp != nil {
		for _, p := range pp.list {
			if wordsWithin(low, p.words) {
				return "" // part of a person's name, but of which person?
			}
		}
	}
	if len(low) == 1 && anOrgHead[low[0]] {
		// "the Fund", "the Commission": the body of that name the
		// document named last
		if o, ok := pp.orgOfKind(low[0], at); ok {
			return o.name
		}
	}
	if len(low) == 1 && (anTitle[low[0]] || sentStarter[low[0]] || monthOrDay[low[0]] || wordnet.Has(low[0], wordnet.Noun)) {
		// "Congress", "Agreement", "March": a capitalised common
		// word, not a name the document defines
		return ""
	}
	return strings.Join(strings.Fields(phrase), " ")
}

// monthOrDay holds the names of months and weekdays.
var monthOrDay = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true,
}

// AddActors adds to actors the ones the tree gives that it lacks:
// a name whose words all appear in an actor already listed ("Health
// Organization" beside "World Health Organization") is not new.
func AddActors(actors, more []string) []string {
	for _, m := range more {
		dup := true
		for _, mk := range ActorKeys(m) {
			mw, found := nameWords(mk), false
			for _, a := range actors {
				for _, k := range ActorKeys(a) {
					found = found || wordsWithin(mw, nameWords(k))
				}
			}
			dup = dup && found
		}
		if !dup {
			actors = append(actors, m)
		}
	}
	return actors
}

// TitleOrg returns the organisation that a title right before a name
// ties the person to, when before is the text up to the name: "Union
// president Márcio Teixeira" belongs to the union the document names,
// "club president Anne Whitcombe" to the club. It returns "" when the
// title names no kind of body or the document names no single body of
// that kind before at.
func (pp *Names) TitleOrg(before string, at int) string {
	if pp == nil {
		return ""
	}
	toks := Tokenize(before)
	n := len(toks)
	if n > 0 && toks[n-1].low == "," {
		n-- // "CNIL's president, Hélène Marchal"
	}
	if n < 2 || toks[n-1].kind != anWord || !anTitle[toks[n-1].low] {
		return ""
	}
	kind := toks[n-2]
	if kind.kind == anWord && (anOrgDesc[kind.low] || anOrgHead[kind.low]) {
		if o, ok := pp.orgOfKind(kind.low, at); ok {
			return o.name
		}
		return ""
	}
	// the organisation itself before the title, perhaps with "'s" and
	// a word of rank: "CNIL's president", "UCU branch president"
	k := n - 2
	for k >= 0 && toks[k].kind == anWord && !toks[k].cap && (anTitleMod[toks[k].low] || toks[k].low == "branch") {
		k--
	}
	if k >= 0 && toks[k].kind == anPoss {
		k--
	}
	var w []string
	for ; k >= 0 && toks[k].kind == anWord && toks[k].cap && len(w) < 5; k-- {
		w = append([]string{toks[k].low}, w...)
	}
	if corporate := toks[n-1].low; (len(w) == 0 || len(w) == 1 && w[0] == "chief") && (k < 0 || toks[k].kind == anPunct) &&
		(corporate == "ceo" || corporate == "chairman" || corporate == "chairwoman" || corporate == "founder" ||
			corporate == "executive" && toks[n-2].low == "chief") {
		// "Chief executive Paula Nogueira said": a company's officer,
		// at the head of a clause that names no company, is the company's
		// the text named last
		if o, ok := pp.companyBefore(at); ok {
			return o.name
		}
		return ""
	}
	if len(w) == 0 {
		return ""
	}
	for _, o := range pp.orgs {
		if slices.Equal(o.words, w) || len(w) == 1 && w[0] == o.alias {
			return o.name
		}
	}
	if o, ok := pp.shortOrg(w); ok {
		return o.name
	}
	return ""
}

// legalForms lists the words of a company's legal form that end its
// registered name: "Lumio Inc.", "Veridian Pharma AG".
var legalForms = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "ltd": true, "ltd.": true, "llc": true,
	"plc": true, "ag": true, "sa": true, "s.a.": true, "nv": true, "n.v.": true, "gmbh": true,
	"oyj": true, "asa": true, "spa": true, "s.p.a.": true, "co.": true, "kk": true, "bv": true,
	"b.v.": true, "limited": true, "incorporated": true, "aps": true, "a/s": true, "ab": true,
	"oy": true, "sas": true, "srl": true, "s.r.l.": true, "sarl": true, "ltda": true,
	"pty": true, "pte": true, "bhd": true, "kgaa": true,
}

// plainName returns a company's name without its legal form:
// "Lumio" for "Lumio Inc.", "Veridian Pharma" for "Veridian Pharma AG".
func plainName(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && legalForms[strings.ToLower(strings.TrimRight(name[i+1:], ","))] {
		return strings.TrimRight(name[:i], ",")
	}
	return name
}

// PlainActors names companies without their legal form, as people call
// them ("Lumio" for "Lumio Inc."), writes every apostrophe as "'",
// drops the repetitions this makes, and drops the model and product
// codes that read like names ("VRB-207", "Orbis-4", "Su-35"), the names
// of events ("Capital Markets Day") and of storms ("Typhoon Kujira"),
// and cries in capitals ("VERBEKE WINS"): none takes part.
func PlainActors(actors []string) []string {
	out := actors[:0:0]
	for _, a := range actors {
		if productCode(a) || eventName(a) || shouted(a) || namedStorm(a) {
			continue
		}
		// one apostrophe, whichever the text used, so that the same
		// name from two sources is one actor: "Santos Dockers' Union"
		a = strings.ReplaceAll(a, "\u2019", "'")
		if !strings.Contains(a, " (") {
			a = plainName(a)
		}
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// namedStorm reports the name of a storm ("Typhoon Kujira", "Hurricane
// Maria"): weather takes no part, as the conventions have it.
func namedStorm(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	switch strings.ToLower(first) {
	case "typhoon", "hurricane", "cyclone", "storm", "tropical", "super":
		return true
	}
	return false
}

// shouted reports a phrase of several words in capitals, a live blog's
// cry ("VERBEKE WINS") rather than a name.
func shouted(name string) bool {
	return strings.Contains(name, " ") && strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// eventName reports a name of several words that names an event, not
// one who takes part in it: "Capital Markets Day", "Investor Day".
func eventName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	for i, w := range f {
		f[i] = anStem(w)
	}
	tr, ok := anLexicon[strings.Join(f, " ")]
	return ok && tr.weight == anStrong
}

// productCode reports a name with a hyphen before a digit, as the codes
// of models and products have ("VRB-207", "F-16 Block 72").
func productCode(name string) bool {
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '-' && name[i+1] >= '0' && name[i+1] <= '9' {
			return true
		}
	}
	return false
}
