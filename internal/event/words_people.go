package event

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// personMention is a person named with a title in one sentence, with the
// country the title gives, if any.
type personMention struct {
	name, country string
	org           bool   // an organisation's name: "Kestrel Minerals"
	official      bool   // a person titled as speaking for a state: "Defence Minister"
	desc          string // what an organisation is said to be: "startup" in "startup Estrela Orbital"
	alias         string // the organisation's acronym, lower case: "npa"
	at            int    // byte offset in the document
}

// docPerson is a person of a document: the longest form of the name the
// text gives with a title, its words in lower case, and the country any of
// its titled mentions gives.
type docPerson struct {
	name     string
	words    []string
	country  string
	official bool   // titled as speaking for a state
	desc     string // an organisation's description: "carrier"
	alias    string // an organisation's acronym, lower case: "npa"
	at       int    // byte offset of the first mention
}

// Names are the persons a document names with a title ("Russian
// President Vladimir Putin", "Iran's foreign minister, Abbas Araghchi",
// "economist Esteban Mora"). News introduces a person once with a title
// and then writes the name bare or shortened: "Putin", "Vladimir Putin",
// "Pezeshkian", or the family name first in "Trần" for "Trần Đức Minh".
//
// Companies, clubs and parties are shortened the same way, to the words
// before the word that says what they are: "Kestrel" for "Kestrel
// Minerals", "Harbridge" for "Harbridge Town".
//
// A document is also about one country, the one its dateline places it
// in or else the first it names; "the government" and "the cabinet" are
// that country's, and so is a minister named without a country in a story
// from a dateline.
type Names struct {
	list, orgs []docPerson
	country    string
	dateline   bool // country comes from the dateline
	// sents are the document's sentences and last the name of the last
	// person each one names, so that a sentence opening with "He" or
	// "She" points back to the person named just before.
	sents []Span
	last  []string
	// toks are the tokens of each sentence, read once for the whole
	// document and copied by each analysis of the sentence.
	toks [][]Token
	// named are the persons' mentions in the order of the text.
	named []personMention
	// parties are the countries and organisations in the order the
	// document first names them, for "the two countries" and "both sides".
	parties []string
}

// ReadNames reads the titled persons of every sentence of text.
// Mentions whose words run inside another's ("Pezeshkian" in "Masoud
// Pezeshkian") are one person, known by the longest form; the country is
// the first one a mention gives.
func ReadNames(text []byte, sents []Span) *Names {
	var seen []personMention
	pp := &Names{sents: sents, last: make([]string, len(sents)), toks: make([][]Token, len(sents))}
	first := ""                        // the first country the text names
	strs := make([]string, len(sents)) // each sentence's text, for foundNames too
	for k, sp := range sents {
		s := string(text[sp.Start:sp.End])
		strs[k] = s
		toks := Tokenize(s)
		pp.toks[k] = toks
		if len(toks) == 0 {
			continue
		}
		n := len(seen)
		a := &analyzer{s: s, toks: toks, ds: -1, de: -1, best: -1, seen: &seen, at: sp.Start}
		if k < 3 && pp.country == "" {
			pp.country = a.datelineCountry()
		}
		for _, x := range a.actors(0, len(toks), "", make([]bool, len(toks))) {
			if e, ok := anGazetteer()[strings.ToLower(ActorKey(x))]; ok && e.kind == anCountry && first == "" {
				first = e.name
			}
			if k := ActorKey(x); !slices.Contains(pp.parties, k) {
				pp.parties = append(pp.parties, k)
			}
		}
		for _, m := range seen[n:] {
			if !m.org {
				pp.last[k] = m.name
			}
		}
	}
	for _, sp := range sents {
		seen = append(seen, acronyms(text[sp.Start:sp.End], sp.Start)...)
	}
	seen = append(seen, foundNames(strs, sents, pp.toks, seen)...)
	// the acronyms and the names found by their verbs were read after
	// the titled mentions: put every mention back in the order of the text
	slices.SortStableFunc(seen, func(x, y personMention) int { return x.at - y.at })
	if pp.dateline = pp.country != ""; !pp.dateline {
		pp.country = first
	}
	for _, m := range seen {
		w := nameWords(m.name)
		if len(w) == 0 {
			continue
		}
		pp.named = append(pp.named, m)
		if m.org {
			// "Veridian Pharma AG" and "Veridian Pharma" are one company
			plain := plainName(m.name)
			if i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return plainName(o.name) == plain }); i < 0 {
				pp.orgs = append(pp.orgs, docPerson{name: m.name, words: w, desc: m.desc, alias: m.alias, at: m.at})
			} else {
				if pp.orgs[i].desc == "" {
					pp.orgs[i].desc = m.desc
				}
				if pp.orgs[i].alias == "" {
					pp.orgs[i].alias = m.alias
				}
			}
			continue
		}
		joined := false
		for i := range pp.list {
			p := &pp.list[i]
			switch {
			case wordsWithin(w, p.words):
			case wordsWithin(p.words, w):
				p.name, p.words = m.name, w
			default:
				continue
			}
			if p.country == "" {
				p.country = m.country
			}
			p.official = p.official || m.official
			joined = true
			break
		}
		if !joined {
			pp.list = append(pp.list, docPerson{name: m.name, words: w, country: m.country, official: m.official, at: m.at})
		}
	}
	pp.parties = slices.DeleteFunc(pp.parties, func(k string) bool {
		e, ok := anGazetteer()[strings.ToLower(k)]
		return !(ok && e.kind == anCountry) && !slices.ContainsFunc(pp.orgs, func(o docPerson) bool { return o.name == k })
	})
	countries := 0
	for _, k := range pp.parties {
		if e, ok := anGazetteer()[strings.ToLower(k)]; ok && e.kind == anCountry {
			countries++
		}
	}
	for i := range pp.list {
		// "Defence Minister Agus Santoso" in a story from Jakarta, or in
		// one that names no country but Brazil
		if p := &pp.list[i]; p.official && p.country == "" && (pp.dateline || countries == 1 && pp.country != "") {
			p.country = pp.country
		}
	}
	pp.lastPersons()
	return pp
}

// personLike reports whether an organisation found by its verbs ("Marta
// Quintela was born") may be a person: two or three words, none of
// which names a kind of body, with no acronym and no describing noun.
func personLike(o docPerson) bool {
	if o.desc != "" || o.alias != "" || len(o.words) < 2 || len(o.words) > 3 {
		return false
	}
	for _, w := range o.words {
		if anOrgHead[w] || orgKinds[w] != "" || describable[w] || anStateNoun[w] {
			return false
		}
		if _, ok := anGazetteer()[w]; ok {
			return false
		}
	}
	return true
}

// lastPersons sets the last person each sentence names, by the name in
// full or in part ("Quintela was born in Porto"), and, for a sentence
// that names nobody and opens with "He", "She", "His" or "Her", the
// person that pronoun points back to: so in "Marta Quintela ... died.
// She toured Brazil in 1961. She sang in Paris in 1964." each "She" is
// Marta Quintela.
func (pp *Names) lastPersons() {
	if len(pp.list)+len(pp.orgs) == 0 {
		return
	}
	for k, toks := range pp.toks {
		a := &analyzer{toks: toks}
		for i := 0; i < len(toks); i++ {
			n, p := pp.match(a, i, len(toks))
			if n == 0 {
				continue
			}
			if slices.ContainsFunc(pp.list, func(q docPerson) bool { return q.name == p.name }) || personLike(p) {
				pp.last[k] = p.name
			}
			i += n - 1
		}
		if pp.last[k] == "" && k > 0 && slices.ContainsFunc(toks, func(t Token) bool {
			switch t.low {
			case "he", "she", "his", "her", "him":
				return true
			}
			return false
		}) {
			// a sentence that names nobody and speaks of "she" goes on
			// about the person named last: "Under the dictatorship she
			// was often accused ..."
			pp.last[k] = pp.last[k-1]
		}
	}
}

// acronyms finds the organisations a sentence names with their acronym
// in brackets, "the New People's Army (NPA)", "the Communist Party of the
// Philippines (CPP)": the capitalised words before the bracket whose
// initials spell the acronym, small words such as "of the" allowed
// between them. at is the sentence's offset in the document.
func acronyms(s []byte, at int) []personMention {
	var out []personMention
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
			j++
		}
		if j >= len(s) || s[j] != ')' || j-i-1 < 2 || j-i-1 > 8 {
			continue
		}
		acr := string(s[i+1 : j])
		// walk back over the words before the bracket, matching the
		// acronym's letters from its last
		k, start := len(acr)-1, -1
		end := i
		for end > 0 && s[end-1] == ' ' {
			end--
		}
		p := end
		for p > 0 && k >= 0 {
			q := p
			for q > 0 && s[q-1] != ' ' {
				q--
			}
			word := strings.TrimSuffix(strings.TrimSuffix(string(s[q:p]), "'s"), "’s")
			if word == "" {
				break
			}
			switch {
			case word[0] == acr[k]:
				k--
				start = q
			case word[0] >= 'a' && word[0] <= 'z' && len(word) <= 3 && start >= 0:
				// "of", "the", "and" inside the name
			default:
				k = -2
			}
			if k == -2 {
				break
			}
			p = q
			for p > 0 && s[p-1] == ' ' {
				p--
			}
		}
		if k != -1 || start < 0 {
			// "Quillfin (QFN)": a company's one-word name before its
			// stock ticker, which shares its first letter
			if w := lastWord(s[:end]); len(acr) <= 5 && len(w) >= 3 && w[0] == acr[0] && lettersOnly(w[1:]) {
				out = append(out, personMention{name: string(w), org: true, alias: strings.ToLower(acr), at: at + end - len(w)})
			}
			continue
		}
		name := string(s[start:end])
		out = append(out, personMention{name: name, org: true, alias: strings.ToLower(acr), at: at + start})
	}
	return out
}

// lastWord returns the word that ends s, after its last space.
func lastWord(s []byte) []byte {
	return s[bytes.LastIndexByte(s, ' ')+1:]
}

// lettersOnly reports whether w holds lower-case ASCII letters only.
func lettersOnly(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// nameWords returns the lower-case words of a name.
func nameWords(name string) []string {
	var out []string
	for _, t := range Tokenize(name) {
		if t.kind == anWord {
			out = append(out, t.low)
		}
	}
	return out
}

// wordsWithin reports whether w is a run of consecutive words of name.
func wordsWithin(w, name []string) bool {
	for i := 0; i+len(w) <= len(name); i++ {
		ok := true
		for j := range w {
			if name[i+j] != w[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// find returns the one person whose name holds the words w; false when
// none does or when two do ("Kim" for "Kim Jong Un" and "Kim Yo Jong").
func (pp *Names) find(w []string) (docPerson, bool) {
	if pp == nil || len(w) == 0 {
		return docPerson{}, false
	}
	var found docPerson
	n := 0
	for _, p := range pp.list {
		if wordsWithin(w, p.words) {
			found = p
			n++
		}
	}
	return found, n == 1
}

// Tokens returns the tokens of the document's sentence that starts at
// byte offset at and is n bytes long, if the document was read whole.
func (pp *Names) Tokens(at, n int) ([]Token, bool) {
	if pp == nil || len(pp.toks) != len(pp.sents) {
		return nil, false
	}
	k := sort.Search(len(pp.sents), func(k int) bool { return pp.sents[k].Start >= at })
	if k >= len(pp.sents) || pp.sents[k].Start != at || pp.sents[k].End-at != n {
		return nil, false
	}
	return pp.toks[k], true
}

// before returns the person named last before byte offset at.
func (pp *Names) before(at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k--; k >= 0; k-- {
		if !pp.named[k].org {
			return pp.lookup(pp.named[k].name)
		}
	}
	return docPerson{}, false
}

// orgBefore returns the organisation named last before byte offset at.
func (pp *Names) orgBefore(at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k > 0 && !pp.named[k-1].org {
		k--
	}
	if k == 0 {
		return docPerson{}, false
	}
	name := pp.named[k-1].name
	i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == name })
	if i < 0 {
		return docPerson{}, false
	}
	return pp.orgs[i], true
}

// mainOrg returns the organisation the document names most often, the
// first named of those named as often; "" when it names none. With
// company set, public bodies do not count.
func (pp *Names) mainOrg(company bool) string {
	count := map[string]int{}
	best, n := "", 0
	for _, m := range pp.named {
		if !m.org || company && !pp.companyLike(m.name) {
			continue
		}
		count[m.name]++
		if c := count[m.name]; c > n {
			best, n = m.name, c
		}
	}
	return best
}

// orgOfKind returns the organisation named last before byte offset at
// whose name holds the word kind ("union" for "Santos Dockers' Union").
func (pp *Names) orgOfKind(kind string, at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k--; k >= 0; k-- {
		m := pp.named[k]
		if !m.org || !slices.Contains(nameWords(m.name), kind) {
			continue
		}
		if i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == m.name }); i >= 0 {
			return pp.orgs[i], true
		}
	}
	return docPerson{}, false
}

// publicBody lists the last words of the names of public bodies, which
// "the company" or "the firm" never points back to.
var publicBody = map[string]bool{
	"authority": true, "agency": true, "commission": true, "ministry": true, "council": true,
	"court": true, "committee": true, "tribunal": true, "board": true, "office": true,
	"department": true, "police": true, "parliament": true, "administration": true,
}

// publicBodyBefore returns the public body named last before at: the
// organisation "the watchdog" or "the regulator" means.
func (pp *Names) publicBodyBefore(at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k--; k >= 0; k-- {
		m := pp.named[k]
		if !m.org {
			continue
		}
		if i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == m.name }); i >= 0 {
			if o := pp.orgs[i]; len(o.words) > 0 && publicBody[o.words[len(o.words)-1]] {
				return o, true
			}
		}
	}
	return docPerson{}, false
}

// public reports whether the organisation named name is a public body,
// by the last word of its name ("Competition and Markets Authority").
func (pp *Names) public(name string) bool {
	i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == name })
	return i >= 0 && len(pp.orgs[i].words) > 0 && publicBody[pp.orgs[i].words[len(pp.orgs[i].words)-1]]
}

// companyLike reports whether the organisation named name may be a
// company: no public body, and no union, party, club or other body whose
// name says it is one ("Santos Dockers' Union", "Council of State").
func (pp *Names) companyLike(name string) bool {
	i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == name })
	if i < 0 || pp.public(name) {
		return false
	}
	for _, w := range pp.orgs[i].words {
		if notCompany[w] {
			return false
		}
	}
	return true
}

// notCompany lists words that, anywhere in an organisation's name, make
// it something other than a company.
var notCompany = map[string]bool{
	"union": true, "association": true, "federation": true, "party": true, "alliance": true,
	"council": true, "state": true, "club": true, "university": true, "museum": true,
	"institute": true, "foundation": true, "church": true, "league": true, "committee": true,
	"commission": true, "court": true, "ministry": true, "agency": true, "authority": true,
	"government": true, "army": true, "police": true, "parliament": true, "assembly": true,
	"coalition": true, "movement": true, "front": true, "tribunal": true, "orchestra": true,
}

// companyBefore is [people.orgBefore] passing over public bodies: the
// organisation "the company" means.
func (pp *Names) companyBefore(at int) (docPerson, bool) {
	for {
		o, ok := pp.orgBefore(at)
		if !ok || len(o.words) == 0 || !publicBody[o.words[len(o.words)-1]] {
			return o, ok
		}
		k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
		for k > 0 && pp.named[k-1].name != o.name {
			k--
		}
		if k == 0 {
			return docPerson{}, false
		}
		at = pp.named[k-1].at
	}
}

// Person reports whether name is one of the persons the document names
// (not an organisation): "Maja Kranjc".
func (pp *Names) Person(name string) bool {
	if pp == nil {
		return false
	}
	p, ok := pp.lookup(name)
	return ok && p.name == name && !slices.ContainsFunc(pp.orgs, func(o docPerson) bool { return o.name == name })
}

// lookup resolves a name read with a title: "Pezeshkian" after "Iranian
// President" is the document's "Masoud Pezeshkian".
func (pp *Names) lookup(name string) (docPerson, bool) {
	if name == "" {
		return docPerson{}, false
	}
	return pp.find(nameWords(name))
}

// match reads a bare name at token i: the whole run of capitalised words
// there ("Putin", "Vladimir Putin", "Trần") must be part of the name of
// exactly one person of the document. A run that goes on with other
// capitalised words names something else ("Mount Hale" is no person
// Hale), and so does a run right after "the".
func (pp *Names) match(a *analyzer, i, ce int) (int, docPerson) {
	if pp == nil || len(pp.list)+len(pp.orgs) == 0 {
		return 0, docPerson{}
	}
	if i > 0 {
		p := a.toks[i-1]
		if p.kind == anWord && p.cap && !sentStarter[p.low] {
			return 0, docPerson{}
		}
		if p.low == "the" {
			// only an acronym follows "the": "the NPA"
			if o, ok := pp.acronym(a.toks[i]); ok && !(i+1 < ce && a.toks[i+1].kind == anWord && a.toks[i+1].cap) {
				return 1, o
			}
			return 0, docPerson{}
		}
	}
	j := i
	var w []string
	for j < ce && a.toks[j].kind == anWord && a.toks[j].cap && a.toks[j].date == 0 {
		w = append(w, a.toks[j].low)
		j++
	}
	if len(w) == 0 || len(w) > 4 || j < len(a.toks) && a.toks[j].kind == anWord && a.toks[j].cap {
		return 0, docPerson{}
	}
	if len(w) == 1 && utf8.RuneCountInString(w[0]) < 2 {
		return 0, docPerson{}
	}
	if p, ok := pp.find(w); ok {
		return j - i, p
	}
	if o, ok := pp.shortOrg(w); ok {
		return j - i, o
	}
	return 0, docPerson{}
}

// acronym returns the organisation whose acronym is the token t.
func (pp *Names) acronym(t Token) (docPerson, bool) {
	if t.kind != anWord || !t.cap {
		return docPerson{}, false
	}
	for _, o := range pp.orgs {
		if o.alias != "" && o.alias == t.low {
			return o, true
		}
	}
	return docPerson{}, false
}

// shortOrg returns the one organisation whose name begins with the words
// w: "Kestrel" for "Kestrel Minerals", or "Litgrid" itself. A first word
// that says what the body is ("University" of "University of Costa Rica")
// is no short name.
func (pp *Names) shortOrg(w []string) (docPerson, bool) {
	if anOrgHead[w[0]] || anTitle[w[0]] || anTitleMod[w[0]] {
		return docPerson{}, false
	}
	var found docPerson
	n := 0
	for _, o := range pp.orgs {
		if len(o.words) >= len(w) && slices.Equal(o.words[:len(w)], w) || len(w) == 1 && w[0] == o.alias ||
			// "the Rapids" for "Ridgefield Rapids": a team or a firm is
			// also called by the words after its place
			len(o.words) > len(w) && slices.Equal(o.words[len(o.words)-len(w):], w) && !anOrgHead[w[len(w)-1]] && !describable[w[len(w)-1]] {
			found = o
			n++
		}
	}
	for _, p := range pp.list {
		if wordsWithin(w, p.words) {
			n++ // a person's name too: ambiguous
		}
	}
	return found, n == 1
}

// anOrgDesc lists nouns that describe a company or a body named right
// after them: "startup Estrela Orbital", "grid operator Litgrid", "state
// miner Kazatomprom", "Belgian side Lierse", "the union SUTAP".
var anOrgDesc = map[string]bool{
	"startup": true, "carrier": true, "airline": true, "miner": true, "operator": true, "side": true,
	"club": true, "union": true, "firm": true, "company": true, "insurer": true, "lender": true,
	"manufacturer": true, "maker": true, "developer": true, "producer": true, "retailer": true,
	"utility": true, "broadcaster": true, "conglomerate": true, "supplier": true, "shipper": true,
	"carmaker": true, "automaker": true, "chipmaker": true, "bank": true, "promoter": true,
	"publisher": true, "distributor": true, "contractor": true, "consultancy": true, "charity": true,
}

// anBodyDesc lists the other nouns that describe a body named right after
// them: "the disaster agency CONRED", "the broadcasting regulator Ofcom",
// "the activist investor Corrigan Partners". Unlike [anOrgDesc], alone
// they do not point back to a company.
var anBodyDesc = map[string]bool{
	"agency": true, "regulator": true, "watchdog": true, "institute": true, "fund": true, "group": true,
	"organisation": true, "organization": true, "foundation": true, "network": true, "investor": true,
}

// describedOrg reads the name after a describing noun at token i: one to
// three capitalised words that no other rule reads ("Estrela Orbital",
// "Litgrid"), followed by no further capitalised word.
func (a *analyzer) describedOrg(i, ce int) (int, string) {
	if n, _ := a.orgRun(i, ce); n > 0 {
		return 0, ""
	}
	if n, _ := a.gaz(i, ce); n > 0 {
		return 0, ""
	}
	j := i
	for j < ce && j-i < 4 {
		t := a.toks[j]
		if t.kind != anWord || !t.cap || t.date != 0 || anTitle[t.low] || anTitleMod[t.low] || sentStarter[t.low] || anMonthDay[t.low] {
			break
		}
		j++
	}
	if j == i || j-i > 3 || j < len(a.toks) && a.toks[j].kind == anWord && a.toks[j].cap {
		return 0, ""
	}
	return j - i, a.s[a.toks[i].s:a.toks[j-1].e]
}

// aged reads a person named without a title but with an age in
// apposition: "Gregory Hale, 58,", "Levan K., 52,". It returns the number
// of tokens of the name and the name.
func (a *analyzer) aged(i, ce int) (int, string) {
	if i > 0 && a.toks[i-1].kind == anWord && a.toks[i-1].cap && !sentStarter[a.toks[i-1].low] {
		return 0, ""
	}
	j := i
	for j < ce && j-i < 4 {
		t := a.toks[j]
		if t.kind != anWord || !t.cap || t.date != 0 || sentStarter[t.low] || anMonthDay[t.low] || anOrgHead[t.low] || anNotName[t.low] {
			break
		}
		if n, _ := a.gaz(j, ce); n > 0 {
			return 0, ""
		}
		j++
		if utf8.RuneCountInString(t.low) == 1 && j < ce && a.toks[j].low == "." {
			j++ // an initial: "Levan K."
		}
	}
	words := 0
	for k := i; k < j; k++ {
		if a.toks[k].kind == anWord {
			words++
		}
	}
	if words < 2 || words > 3 || j+2 >= len(a.toks) || a.toks[j].low != "," || a.toks[j+1].kind != anNum || a.toks[j+2].low != "," {
		return 0, ""
	}
	if age := a.toks[j+1].low; len(age) > 3 {
		return 0, ""
	}
	return j - i, a.s[a.toks[i].s:a.toks[j-1].e]
}

// kinOf reports a possessive and a noun of kinship or office at token i
// after a name: in "Hale's brother-in-law, Dennis Orr" Hale only says
// whose relative Orr is.
func (a *analyzer) kinOf(i int) bool {
	return i+1 < len(a.toks) && a.toks[i].kind == anPoss && anTitle[a.toks[i+1].low]
}

// datelineCountry returns the country of a dateline at the start of the
// sentence ("HANOI —", "PUEBLA, Mexico —"), or "".
func (a *analyzer) datelineCountry() string {
	de := a.datelineEnd()
	for i := 0; i < de; i++ {
		if n, e := a.gaz(i, de); n > 0 {
			if e.kind == anCountry || e.kind == anMetonym {
				return e.name
			}
			i += n - 1
		}
	}
	// a capital the gazetteer leaves out: "SANTIAGO, March 20 (Reuters) -"
	var city []string
	for i := 0; i < de && a.toks[i].kind == anWord && a.toks[i].date == 0; i++ {
		city = append(city, a.toks[i].low)
	}
	return anDatelineCapital()[strings.Join(city, " ")]
}
