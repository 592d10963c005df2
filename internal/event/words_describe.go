package event

import (
	"sort"
	"strings"
)

// ActorKey reduces "Iran (Masoud Pezeshkian)" to "Iran" for comparison.
func ActorKey(a string) string {
	if i := strings.Index(a, " ("); i > 0 {
		return a[:i]
	}
	return a
}

// Antecedent returns the person that a "He" or "She" opening the
// sentence at byte offset at of the document points back to: the last
// person named before it (see [Names]); false when there is none.
func (pp *Names) Antecedent(at int) (string, bool) {
	p, ok := pp.previous(at)
	return p.name, ok && p.name != ""
}

// previous returns the last person named in the sentence before the one
// at byte offset at.
func (pp *Names) previous(at int) (docPerson, bool) {
	if pp == nil {
		return docPerson{}, false
	}
	k := sort.Search(len(pp.sents), func(k int) bool { return pp.sents[k].Start >= at })
	if k == 0 || k >= len(pp.sents) || pp.sents[k].Start != at || pp.last[k-1] == "" {
		return docPerson{}, false
	}
	if p, ok := pp.lookup(pp.last[k-1]); ok {
		return p, true
	}
	for _, o := range pp.orgs {
		if o.name == pp.last[k-1] {
			return o, true
		}
	}
	return docPerson{}, false
}

// describe resolves a definite description ("the airline", "the carrier",
// "the tribunal", "the company", "the club") to the first organisation
// named before byte offset at that it fits: one whose name holds the noun
// ("Pacífico Airlines", "Supreme Electoral Tribunal", "Museo del
// Altiplano" for "the museum") or that the text described with it
// ("carrier Pacífico Airlines"), or, for the nouns of a kind, one of that
// kind ("startup Estrela Orbital" is a company).
func (pp *Names) describe(noun string, at int) (docPerson, bool) {
	if pp == nil || !describable[noun] {
		return docPerson{}, false
	}
	kind := orgKinds[noun]
	if noun == "board" {
		// a board directs the company the story is about: the first named
		if len(pp.orgs) > 0 && (at < 0 || pp.orgs[0].at < at) {
			return pp.orgs[0], true
		}
		return docPerson{}, false
	}
	for _, o := range pp.orgs {
		if at >= 0 && o.at >= at {
			continue
		}
		if o.desc == noun || kind != "" && orgKinds[o.desc] == kind {
			return o, true
		}
		for _, w := range o.words {
			if w == noun || strings.TrimSuffix(w, "s") == noun || cognates[w] == noun || kind != "" && orgKinds[w] == kind {
				return o, true
			}
		}
	}
	if kind == "company" && at >= 0 {
		return pp.theCompany(at)
	}
	return docPerson{}, false
}

// theCompany returns the company that "the company" at byte offset at
// means when nothing says which body is one: the one the story names
// most, else the one named last, that is no public body, union or the
// like.
func (pp *Names) theCompany(at int) (docPerson, bool) {
	if main := pp.mainOrg(true); main != "" {
		for _, o := range pp.orgs {
			if o.name == main && o.at < at {
				return o, true
			}
		}
	}
	return pp.companyBefore(at)
}

// describable lists the nouns a definite description of an organisation
// is headed by.
var describable = map[string]bool{
	"airline": true, "carrier": true, "company": true, "firm": true, "museum": true, "tribunal": true,
	"university": true, "district": true, "club": true, "team": true, "side": true, "agency": true,
	"party": true, "union": true, "bank": true, "alliance": true, "commission": true, "council": true,
	"startup": true, "miner": true, "operator": true, "insurer": true, "lender": true, "group": true,
	"board": true,
}

// orgKinds groups the words that name or describe one kind of
// organisation, so that "the carrier" fits "Pacífico Airlines" and "the
// company" fits "startup Estrela Orbital".
var orgKinds = map[string]string{
	"airline": "airline", "airlines": "airline", "airways": "airline", "carrier": "airline", "air": "airline",
	"company": "company", "firm": "company", "startup": "company", "miner": "company", "operator": "company",
	"maker": "company", "manufacturer": "company", "producer": "company", "supplier": "company",
	"minerals": "company", "resources": "company", "shipping": "company", "corp": "company",
	"corporation": "company", "inc": "company", "ltd": "company", "plc": "company", "holdings": "company",
	"club": "club", "team": "club", "side": "club", "town": "club", "united": "club", "fc": "club",
	"rovers": "club", "city": "club",
}

// cognates maps words that organisations keep in their own language to
// the English noun a description uses.
var cognates = map[string]string{
	"museo": "museum", "musée": "museum", "museu": "museum", "universidad": "university",
	"universidade": "university", "université": "university", "banco": "bank", "partido": "party",
	"tribunal": "tribunal",
}

// ActorKeys splits an actor into the keys the gold annotation lists:
// "Iran (Masoud Pezeshkian)" is "Iran" and "Masoud Pezeshkian". Curly
// apostrophes become straight ones, so that "Santos Dockers’ Union" as
// the text prints it is the gold's "Santos Dockers' Union".
func ActorKeys(a string) []string {
	a = apostrophes.Replace(a)
	if i := strings.Index(a, " ("); i > 0 && strings.HasSuffix(a, ")") {
		return []string{a[:i], a[i+2 : len(a)-1]}
	}
	return []string{a}
}

// apostrophes straightens typographic apostrophes.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")
