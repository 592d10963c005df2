package event

import (
	"strings"
)

// retype returns the type of trigger c, read with the words around it
// where the trigger word alone would mistype the event.
func (a *analyzer) retype(cands []anCandidate, c anCandidate) string {
	typ := c.trig.typ
	word := func(k int) string {
		if k >= 0 && k < len(a.toks) {
			return a.toks[k].low
		}
		return ""
	}
	st := anStem(a.toks[c.j].low)
	switch {
	case typ == "threat":
		// "threatened to impose sanctions from 1 May": what is
		// threatened gives the type, and the status says it is a threat
		for _, o := range cands {
			if o.i <= c.j || o.i > c.j+10 || o.speech || o.trig.weight != anStrong || o.trig.typ == typ || o.trig.typ == "other" || a.hardBetween(c.j, o.i) {
				continue
			}
			for k := c.j + 1; k < o.i; k++ {
				// "threatened to impose sanctions from 1 May"; but in
				// "threatened on Monday to impose sanctions" the date
				// dates the threat
				if word(k) == "to" && a.ds > k {
					return o.trig.typ
				}
			}
		}
	case typ == "legal" && st == anStem("probe") && a.spaceProbe(c):
		// "the Corvus probe", "a space probe": a craft, not an inquiry
		return "other"
	case typ == "supply" && st == anStem("deliver"):
		// "delivered his Iron Curtain speech", "the speech, delivered
		// at Westminster College": a speech, a verdict or a blow is
		// delivered, not supplied
		for k := c.i - 4; k <= c.j+4; k++ {
			if k < 0 || k >= len(a.toks) || k == c.i {
				continue
			}
			if d := anDelivered[a.toks[k].low]; d != "" {
				return d
			}
		}
	case typ == "economic" && st == anStem("imports") && a.tradeStopped(c):
		// "Japan suspended imports of French poultry": a state that
		// stops what others sell it imposes a measure on them (its own
		// exports stopped, "will ban exports of maize", are a policy)
		return "sanctions"
	case typ == "disaster" && st == anStem("case") && a.courtCase(c):
		// "could hear the case in January": a court's case, not one of
		// a disease
		return "legal"
	case typ == "legal" && st == anStem("overturn") && a.noObject(c):
		// "the trawler overturned off Blackrock": a boat or a car
		// overturns in an accident; a court overturns a ruling
		return "disaster"
	case typ == "attack" && st == anStem("kill") && a.diseaseBefore(c):
		// "Malaria killed about 580,000 people": a disease kills in a
		// disaster, not in an attack
		return "disaster"
	case typ == "attack" && (st == anStem("strike") || st == anStem("hit")):
		// "an earthquake struck eastern Turkey": nature strikes in a
		// disaster
		for k := c.i - 1; k >= 0 && k >= c.i-6 && !a.hard(k); k-- {
			if tr, ok := anLexicon[anStem(a.toks[k].low)]; ok && tr.typ == "disaster" {
				return "disaster"
			}
		}
		if a.vehicleStruck(c) {
			return "disaster"
		}
		if a.labourStrike(c) {
			return "other"
		}
	case typ == "other" && (strings.HasPrefix(a.keyAt(c.i, c.j-c.i+1), "take") || strings.HasPrefix(a.keyAt(c.i, c.j-c.i+1), "took")) && anStem(a.toks[c.j].low) == anStem("effect"):
		// "the sanctions take effect on Wednesday": what takes effect
		// gives the type
		for k := c.i - 1; k >= 0 && k >= c.i-5 && !a.hard(k); k-- {
			if tr, ok := anLexicon[anStem(a.toks[k].low)]; ok && tr.weight == anStrong && tr.typ != "other" {
				return tr.typ
			}
		}
	case st == "declar":
		// "the government declared it over": the end of something, not a
		// statement
		for k := c.j + 1; k <= c.j+4 && k < len(a.toks) && !a.hard(k); k++ {
			if w := word(k); w == "over" || w == "ended" || w == "finished" {
				return "other"
			}
		}
	case typ == "statement" && (st == anStem("announce") || st == anStem("publish") || st == anStem("unveil")):
		// "will announce its own rate decision", "announced a
		// ceasefire": what is announced gives the type
		for _, o := range cands {
			if o.i <= c.j || o.i > c.j+5 || o.speech || o.trig.typ == "statement" || o.trig.typ == "other" || a.hardBetween(c.j, o.i) {
				continue
			}
			return o.trig.typ
		}
	case typ == "supply" && (st == "deliver" || st == "delivery"):
		// deliveries on an order placed in the same sentence: "an order
		// for eight Dreamliners, with deliveries starting in 2026"
		for _, o := range cands {
			if o.j < c.i && o.trig.typ == "economic" && (anStem(a.toks[o.i].low) == "order") {
				return "economic"
			}
		}
	case typ == "visit" && anStem(a.toks[c.i].low) == "travel":
		// a team travelling plays an away match
		for k := c.i - 1; k >= 0 && k >= c.i-3; k-- {
			switch word(k) {
			case "team", "teams", "squad", "club", "side's":
				return "other"
			}
		}
	case typ == "meeting" && st == "host":
		// "Harbridge host second-placed Whitcliffe United": a match
		if a.sportsOpponent(c.j + 1) {
			return "other"
		}
	case st == "clos" || st == "closur" || st == "shut":
		// closing a mine or a plant is a business decision, closing a
		// museum is not
		for k := c.j + 1; k <= c.j+5 && k < len(a.toks) && !a.hard(k); k++ {
			switch anStem(word(k)) {
			case "mine", "plant", "factory", "smelter", "refinery", "mill", "shop", "store", "branch", "operation":
				return "economic"
			}
		}
	case typ == "election" && anStem(a.toks[c.i].low) == "vote":
		// a body voting on a measure holds no election: "parliament's
		// defence committee is due to vote on the funding"
		body := func(w string) bool {
			switch w {
			case "committee", "parliament", "lawmakers", "legislators", "senate", "senators", "congress",
				"council", "assembly", "board", "shareholders", "cabinet", "mps", "deputies", "dáil",
				"councillors", "councilors":
				return true
			}
			return false
		}
		// what a parliament votes on: "the final vote on the Finance
		// Bill", "passed its second reading by 81 votes to 70"
		for k := c.j + 1; k < len(a.toks) && k <= c.j+4 && !a.hard(k); k++ {
			switch word(k) {
			case "bill", "budget", "motion", "ordinance", "amendment":
				return "other"
			}
		}
		for k := c.i - 1; k >= 0 && k >= c.i-8 && !a.hard(k); k-- {
			switch word(k) {
			case "reading", "bill", "budget", "motion":
				return "other"
			}
		}
		k := c.i - 1
		for ; k >= 0 && k >= c.i-8 && !a.hard(k); k-- {
			if body(word(k)) {
				return "other"
			}
		}
		// or the antecedent of its relative clause: "Japan's
		// parliament, which is expected to vote on it"
		if as, ae := a.antecedent(k + 1); ae > as && body(word(ae-1)) {
			return "other"
		}
	case st == anStem("begin") || st == anStem("start") || st == anStem("end") || st == anStem("continue"):
		// the weather or a disaster beginning is a disaster: "since heavy
		// rain began on 29 April"
		for k := c.i - 1; k >= 0 && k >= c.i-3 && a.toks[k].kind == anWord && !a.hard(k); k-- {
			if tr, ok := anLexicon[anStem(word(k))]; ok && tr.typ == "disaster" && tr.weight == anStrong || anWeather[word(k)] {
				return "disaster"
			}
		}
	case typ == "legal" && st == anStem("trial"):
		// a drug's trial is no court's: "a failed trial", "its trial
		// sites in Japan", "the Phase 3 trial"
		for k := c.i - 3; k <= c.j+1; k++ {
			switch anStem(word(k)) {
			case "clinical", "phase", "vaccine", "drug", "dose", "dosing", "site", "patient", "placebo", "fail", "candidate":
				return "other"
			}
		}
	case st == "completion" || st == "complet":
		// completing a takeover, not a building
		for _, o := range cands {
			switch anStem(a.toks[o.j].low) {
			case "deal", "takeover", "acquisition", "merger", "transaction", "offer", "bid":
				return "economic"
			}
		}
	}
	if typ == "supply" || typ == "report" || typ == "statement" || typ == "other" {
		// a quantity that rises or falls is the economy's: "like-for-like
		// sales rose 1.8%", "the benchmark index rose 1.1%"
		for k := c.j + 1; k <= c.j+2 && k < len(a.toks) && !a.hard(k); k++ {
			if anChange[word(k)] {
				return "economic"
			}
		}
	}
	if typ == "disaster" && anChange[word(c.i)] && c.i > 0 && anMarket[word(c.i-1)] {
		// "the stock peaked at $52.80": a market's peak, not an epidemic's
		return "economic"
	}
	if typ == "supply" || typ == "agreement" {
		// a purchase of a commodity by weight or volume is trade: "agreed
		// to buy 1,000 tonnes of uranium"
		for k := c.j + 1; k <= c.j+5 && k+1 < len(a.toks) && !a.hard(k); k++ {
			if a.toks[k].kind == anNum && anCommodityUnit(word(k+1)) {
				return "economic"
			}
		}
	}
	if typ == "talks" || typ == "meeting" {
		// who meets tells the kind of meeting: ambassadors, boards and
		// shareholders meet; the ministers or leaders of two countries
		// meeting each other hold talks
		minister, two, both, sides := false, false, false, false
		for k := c.i - 1; k >= 0 && k >= c.i-8 && !a.hard(k); k-- {
			switch word(k) {
			case "ambassadors", "envoys", "board", "shareholders", "directors", "delegates":
				return "meeting"
			case "ministers", "leaders", "presidents", "officials", "negotiators":
				minister = minister || word(k) != "officials"
				sides = sides || word(k) != "ministers" // officials or negotiators of two parties bargain
			case "two":
				two = true
			case "both":
				both = true
			case "sides", "parties":
				sides = true
			}
		}
		// "the two sides are expected to meet again", "trade officials
		// from the two countries are due to meet"
		if st == "meet" && (minister && (two || both) || two && sides) {
			return "talks"
		}
	}
	return typ
}

// anMarket lists the things traded on markets whose price moves: "the
// stock peaked", "the krone fell".
var anMarket = map[string]bool{
	"stock": true, "stocks": true, "shares": true, "share": true, "price": true, "prices": true,
	"index": true, "yield": true, "yields": true, "currency": true, "bond": true, "bonds": true,
	"dollar": true, "euro": true, "pound": true, "yen": true, "krone": true, "rouble": true,
	"ruble": true, "rupee": true, "peso": true, "franc": true, "oil": true, "gold": true,
}

// anWeather lists the weather that turns into a disaster when it starts
// or goes on: "heavy rain began".
var anWeather = map[string]bool{
	"rain": true, "rains": true, "rainfall": true, "downpour": true, "downpours": true, "snow": true,
	"snowfall": true, "snowstorm": true, "monsoon": true, "heat": true, "storms": true,
}

// anCommodityUnit reports a unit in which commodities are traded.
func anCommodityUnit(w string) bool {
	switch w {
	case "tonnes", "tons", "tonne", "ton", "barrels", "barrel", "ounces", "bushels", "cubic", "megawatts",
		"gigawatts", "kilograms", "kg", "lb", "pounds", "bcm", "mwh", "gwh":
		return true
	}
	return false
}

// sportsOpponent reports whether token k starts a team as the object of a
// verb such as "host" or "play": a league position ("second-placed",
// "bottom club") or a name ending in a club word ("Whitcliffe United").
func (a *analyzer) sportsOpponent(k int) bool {
	for i := k; i < len(a.toks) && i < k+5; i++ {
		t := a.toks[i]
		if t.kind != anWord {
			return false
		}
		if strings.HasSuffix(t.low, "-placed") || t.low == "leaders" || t.low == "champions" || t.low == "rivals" {
			return true
		}
		if t.cap {
			switch t.low {
			case "united", "city", "town", "rovers", "fc", "athletic", "wanderers", "albion", "rangers", "county", "hotspur":
				return i > k
			}
		} else if i > k && !strings.Contains(t.low, "-") {
			return false
		}
	}
	return false
}

// subjectTrigger handles a light predicate between an event noun and
// its date: in "The next round of nuclear talks ... is due to take place
// in Geneva on 13 January" or "The Rome round will run between 14 and 17
// January" the subject names the event, however long it is. It returns
// the last trigger before the predicate in the same clause, or -1.
func (a *analyzer) subjectTrigger(cands []anCandidate) int {
	pred := -1
	for k := a.ds - 1; k >= 0 && k >= a.ds-7; k-- {
		if a.hard(k) {
			break
		}
		w := a.toks[k].low
		next := ""
		if k+1 < len(a.toks) {
			next = a.toks[k+1].low
		}
		switch {
		case (w == "take" || w == "takes" || w == "took" || w == "taking" || w == "taken") && next == "place",
			w == "held" && k > 0 && anBe[a.toks[k-1].low],
			w == "scheduled" || w == "slated" || w == "due" || w == "planned" && k > 0 && anBe[a.toks[k-1].low],
			w == "run" || w == "runs" || w == "occur" || w == "occurred" || w == "happen" || w == "happened":
			pred = k
		}
	}
	measure := false
	if pred < 0 {
		// "Wholesale maize prices in Dar es Salaam rose to 1,150
		// shillings a kilogram last week": a verb of change far from
		// the date measures its subject
		for k := a.ds - 1; k >= 0 && !a.hard(k); k-- {
			if anChange[a.toks[k].low] {
				pred, measure = k, true
				break
			}
		}
	}
	if pred < 0 {
		return -1
	}
	best := -1
	for k, c := range cands {
		if c.j >= pred || c.speech || measure && c.trig.weight > anLight {
			continue
		}
		hard := false
		for i := c.j + 1; i < pred; i++ {
			hard = hard || a.hard(i)
		}
		if !hard {
			best = k
		}
	}
	if best < 0 {
		// a pronoun subject points back to the event named last in the
		// clause before: "Seoul proposed a summit; it is due to be held
		// in Seoul next year"
		s := pred
		for s > 0 && !a.hard(s-1) {
			s--
		}
		if s > 0 && s < pred && (a.toks[s].low == "it" || a.toks[s].low == "they") {
			for k, c := range cands {
				if !c.speech && c.j < s-1 && c.trig.weight == anStrong {
					best = k
				}
			}
		}
	}
	return best
}

// anChange lists the forms of the verbs by which a measured quantity
// changes (data/words.txt, class change): their subject names what was
// measured.
var anChange = map[string]bool{}

// attachedSpeech returns the verb of saying the expression is attached to
// ("said on Wednesday", "said last week"), or -1.
func (a *analyzer) attachedSpeech(cands []anCandidate) int {
	for k, c := range cands {
		if !c.speech || !a.owned(c) {
			continue
		}
		if c.j >= a.ds {
			if a.frontedBefore(c.i) {
				return k // "On Monday, the general said that ..."
			}
			continue // "A report published on 12 February said": the date is the report's
		}
		s, e := c.j+1, a.ds
		if e-s > 3 {
			continue
		}
		ok := true
		for i := s; i < e; i++ {
			if a.toks[i].kind == anPunct {
				ok = false
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

// anBoundaryWord reports whether w opens a clause of its own.
func anBoundaryWord(w string) bool {
	return anSubordinator[w] || w == "which" || w == "who" || w == "that" || w == "and" || w == "but"
}

// content returns the token span of what a verb of saying reports: the
// clause before "…, his office said" or the one after "said that …".
func (a *analyzer) content(cands []anCandidate, sp anCandidate) (int, int) {
	// "CONTENT, the ministry said on Tuesday"
	for i := sp.i - 1; i >= 0 && i >= sp.i-8; i-- {
		t := a.toks[i]
		if t.kind == anPunct && t.low != "," && t.low != "’" && t.low != "”" && t.low != "\"" {
			break
		}
		if t.low == "," || t.low == "’" || t.low == "”" || t.low == "\"" {
			s := i
			for s > 0 && a.anBoundary(s-1) < 8 {
				s--
			}
			for _, c := range cands {
				if !c.speech && c.i >= s && c.j < i {
					return s, i
				}
			}
			break
		}
	}
	// "said on Friday that CONTENT"
	s := max(sp.j, a.de-1) + 1
	if s < len(a.toks) && a.toks[s].low == "that" {
		s++
	}
	e := s
	for e < len(a.toks) && !a.hard(e) {
		e++
	}
	return s, e
}

// contentVerb returns the token where the predicate of the reported
// clause [s, e) begins when a noun phrase stands before it as its subject
// ("the pact should not harm", "the visit would take place"), else s. Only
// a finite auxiliary or modal is taken for the predicate's start.
func (a *analyzer) contentVerb(s, e int) int {
	for k := s; k < e && k < s+8; k++ {
		t := a.toks[k]
		if t.kind == anPunct && anQuote(t.low) {
			continue // a quotation inside the content: `the pact "should not harm"`
		}
		if t.date != 0 || t.kind == anPunct && t.low != "-" {
			return s
		}
		switch t.low {
		case "will", "would", "shall", "should", "could", "may", "might", "must", "can", "is", "are",
			"was", "were", "has", "have", "had":
			if k > s {
				return k
			}
			return s
		case "that", "which", "who", "to", "and", "or", "but", "it", "they", "he", "she", "we":
			return s
		}
		if t.kind == anWord && !t.cap && k > s && anSpeech[t.low] {
			return s
		}
	}
	return s
}

// anQuote reports whether w is a quotation mark.
func anQuote(w string) bool {
	switch w {
	case "‘", "’", "“", "”", "\"", "'", "«", "»":
		return true
	}
	return false
}

// datedWithin reports whether another date expression lies in [s, e).
func (a *analyzer) datedWithin(s, e int) bool {
	for _, o := range a.others {
		if o[0] >= s && o[1] <= e {
			return true
		}
	}
	return false
}

// hard reports whether token i ends a clause. Brackets do not, and a
// quotation mark does only next to a comma ("... visit,' the statement
// said").
func (a *analyzer) hard(i int) bool {
	t := a.toks[i]
	if t.date != 0 {
		return false
	}
	if a.agedPair(i) {
		return false
	}
	if t.kind == anPunct {
		switch t.low {
		case "(", ")", "[", "]":
			return false
		case "‘", "’", "“", "”", "\"", "'", "«", "»":
			return i > 0 && a.toks[i-1].low == "," || i+1 < len(a.toks) && a.toks[i+1].low == ","
		}
		return a.anBoundary(i) >= 3
	}
	if t.low == "with" && i > 0 && a.toks[i-1].low == "," {
		return true // ", with striker Kwame Mensah scoring a hat-trick"
	}
	if a.prepositional(i) {
		return false // "made an appearance before a magistrate judge this morning"
	}
	return a.anBoundary(i) >= 4
}

// agedPair reports whether token i, a comma or "and", joins two people
// named with their ages: the comma after the first age and the "and" in
// "Seán Twomey, 41, and Dariusz Nowak, 29, died" end no clause.
func (a *analyzer) agedPair(i int) bool {
	c := i // the comma after the age
	if a.toks[i].low == "and" {
		c = i - 1
	}
	if c < 3 || c+2 >= len(a.toks) || a.toks[c].low != "," || a.toks[c-1].kind != anNum || a.toks[c-2].low != "," ||
		!a.toks[c-3].cap || a.toks[c-3].kind != anWord {
		return false
	}
	return a.toks[c+1].low == "and" && a.toks[c+2].cap && a.toks[c+2].kind == anWord
}

// prepositional reports whether "before", "after", "until" or "since" at
// token i heads a noun phrase rather than a clause: a determiner follows
// and no verb comes before the next comma.
func (a *analyzer) prepositional(i int) bool {
	switch a.toks[i].low {
	case "before", "after", "until", "since":
	default:
		return false
	}
	if i+1 >= len(a.toks) || !anNPStart(a.toks[i+1].low) {
		return false
	}
	for k := i + 2; k < len(a.toks) && a.toks[k].kind != anPunct && a.toks[k].date == 0; k++ {
		if anVerbLike(a.toks[k]) {
			return false
		}
	}
	return true
}

// clause widens the tokens [lo, hi] to the clause that holds them.
func (a *analyzer) clause(lo, hi int) (int, int) {
	s := lo
	for {
		for s > 0 && !a.hard(s-1) {
			s--
		}
		// "Veridian Pharma AG (SIX: VRDN) today announced": a short
		// aside in brackets does not end the clause before it
		if s > 0 && a.toks[s-1].low != ")" {
			if o := a.asideOpen(s); o > 0 {
				s = o
				continue
			}
		}
		// Step over a relative clause between commas to reach the
		// subject: "Northfield, which owns projects in Argentina, will".
		k := s - 1
		if k < 1 || a.toks[k-1].low != "," || (a.toks[k].low != "which" && a.toks[k].low != "who") {
			break
		}
		closed := false
		for j := k + 1; j < lo; j++ {
			closed = closed || a.toks[j].low == ","
		}
		if !closed {
			break
		}
		s = k - 1
	}
	e := hi + 1
	for e < len(a.toks) && !a.hard(e) {
		e++
	}
	if s == lo && e == hi+1 && e+1 < len(a.toks) && isDash(a.toks[e].low) {
		// a stamped entry, "12:30 — Cal Fire says the blaze has
		// burned 31,500 acres": the time dates what follows it
		for e++; e < len(a.toks) && !a.hard(e); e++ {
		}
	}
	// a dateline "HANOI — ..." or "LILONGWE, 24 October 2023 (Wire) –"
	if ds := a.datelineEnd(); ds > s && ds <= lo {
		s = ds
	}
	return s, e
}

// asideOpen returns the index of the "(" that opens a short bracketed
// aside holding token s-1 (at most eight tokens, closed by ")" at or
// after s), or -1.
func (a *analyzer) asideOpen(s int) int {
	for o := s - 1; o >= 0 && o >= s-8; o-- {
		if a.toks[o].low == "(" {
			for c := s; c < len(a.toks) && c < o+10; c++ {
				if a.toks[c].low == ")" {
					return o
				}
			}
			return -1
		}
		if a.toks[o].low == ")" {
			return -1
		}
	}
	return -1
}

// worded reports whether tokens [s, e) hold a word that is not part of a
// date expression or a preposition governing one.
func (a *analyzer) worded(s, e int) bool {
	for k := s; k < e && k < len(a.toks); k++ {
		if t := a.toks[k]; t.kind == anWord && t.date == 0 && !(anGoverning[t.low] && a.dateAfter(k)) {
			return true
		}
	}
	return false
}

// anSubordinator lists the words that open a clause which interrupts a
// sentence between a fronted date and its main clause.
var anSubordinator = map[string]bool{
	"while": true, "whereas": true, "although": true, "though": true, "because": true, "as": true,
	"when": true, "after": true, "before": true, "since": true, "unless": true, "if": true, "despite": true,
}

// isDash reports whether w is a dash that sets off a stamp or a dateline.
func isDash(w string) bool {
	return w == "—" || w == "–" || w == "-"
}

// labourStrike reports whether the strike at trigger c is a stoppage of
// work: the sentence speaks of workers, unions or pay ("dockworkers
// walked off the job, beginning a 48-hour strike") and of nothing
// military ("a drone strike on the base").
func (a *analyzer) labourStrike(c anCandidate) bool {
	if anStem(a.toks[c.j].low) != anStem("strike") {
		return false
	}
	// a strike with no target, "members would strike from 22 July", is
	// a stoppage: arms strike something
	labour := false
	if k := c.j + 1; k < len(a.toks) && a.toks[k].kind == anWord && a.toks[k].date == 0 && !a.toks[k].cap {
		switch a.toks[k].low {
		case "from", "for", "over", "against", "until", "in", "at":
			labour = true
		}
	} else if k < len(a.toks) && (a.toks[k].date != 0 || a.toks[k].kind == anPunct) {
		labour = true
	}
	if a.toks[c.j].low == "struck" || c.i > 0 && anNPStart(a.toks[c.i-1].low) {
		labour = false // "struck the tanker"; a noun, "the strike on Monday", reads by its words
	}
	for _, t := range a.toks {
		switch {
		case anMilitary[t.low]:
			return false
		case anLabour[t.low]:
			labour = true
		}
	}
	return labour
}

// saidBefore returns the tokens [s, e) of the clause reported before the
// verb of saying c ("CONTENT, the agency said"), or -1: the comma that
// ends it lies a few words before c, and the clause runs back to the
// previous boundary.
func (a *analyzer) saidBefore(c anCandidate) (int, int) {
	for i := c.i - 1; i > 0 && i >= c.i-9; i-- {
		t := a.toks[i]
		if t.low == "," && i < c.i-1 { // a speaker between the comma and the verb
			s := i
			for s > 0 && a.anBoundary(s-1) < 8 {
				s--
			}
			if i-s >= 3 {
				return s, i
			}
			return -1, -1
		}
		if t.kind == anPunct || anVerbLike(t) && !anSpeech[t.low] {
			return -1, -1
		}
	}
	return -1, -1
}

// conditionAt returns the token of an "if" or "unless" that opens a
// condition holding token t, after a promise or a warning made in the
// clause from token cs ("would", "will"), or -1.
func (a *analyzer) conditionAt(cs, t int) int {
	for k := t; k > cs; k-- {
		if w := a.toks[k].low; w != "if" && w != "unless" {
			continue
		}
		for i := cs; i < k; i++ {
			switch a.toks[i].low {
			case "would", "will", "'ll", "threatened", "warned":
				return k
			}
		}
		return -1
	}
	return -1
}
