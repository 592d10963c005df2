package event

import (
	"strings"
	"unicode"

	"github.com/timeline-dev/timeline/internal/syntax"
	"github.com/timeline-dev/timeline/internal/wordnet"
)

// expectedTail reports whether the sentence ends, after trigger g, in a
// clause of expectation set off by a comma: ", the superintendent
// expects", ", analysts predict".
func (t *tree) expectedTail(g int) bool {
	end := len(t.w)
	for end > 0 && t.w[end-1].UPOS == "PUNCT" {
		end--
	}
	if end < 2 || end-1 <= g {
		return false
	}
	switch strings.ToLower(t.w[end-1].Lemma) {
	case "expect", "predict", "forecast", "estimate":
	default:
		return false
	}
	for k := end - 2; k > g && k >= end-7; k-- {
		switch {
		case t.w[k].Form == ",":
			return true
		case t.w[k].UPOS == "PUNCT" || t.w[k].UPOS == "VERB" || t.date[k] != 0:
			return false
		}
	}
	return false
}

// ThemeType returns the type of the event that verb v of sentence s
// begins, ends, resumes, moves, calls off or lets fail, read from the
// noun that names it: the subject of an intransitive or passive verb
// ("talks resumed", "a state visit has been called off", "the first
// round of talks collapsed"), else the object ("postponed its trade
// fair"). A noun of a part of an event ("round", "day") gives way to the
// event it is part of. It returns "" when v is not such a verb or its
// event names no type.
func ThemeType(s *syntax.Sentence, v int) string {
	if v < 0 || v >= len(s.Words) {
		return ""
	}
	t := newTree(s, Span{Start: -1, End: -1}, nil)
	if t.pos(v) != posVerb || t.class(v)&(classAspect|classCancel|classLapse) == 0 {
		return ""
	}
	if x := t.child(v, "xcomp"); x >= 0 && t.class(v)&classAspect != 0 && t.pos(x) == posVerb {
		// "will begin shipping replacement batches": the verb begun
		if typ, listed := t.typeListed(x); listed && typ != "other" {
			return typ
		}
	}
	n := t.child(v, "nsubj:pass", "obj")
	if n >= 0 && t.timeOfDay(n) {
		n = -1 // "the fire started Sunday afternoon": a date read as the object
	}
	if n < 0 {
		n = t.child(v, "nsubj")
	}
	if h := t.head(v); n < 0 && h >= 0 && t.rel(v) == "acl" {
		// "Talks between the two sides resumed" parsed as a noun with a
		// participle, up through the nouns the participle's noun
		// modifies: "talks with the bondholders collapsed"
		n = h
		for k := 0; k < 3 && t.rel(n) == "nmod" && t.head(n) >= 0 && t.nounType(n) == ""; k++ {
			n = t.head(n)
		}
	}
	if n < 0 || t.pos(n) != posNoun {
		return ""
	}
	if t.class(n)&classPart != 0 {
		if k := t.child(n, "nmod"); k >= 0 && t.pos(k) == posNoun && t.caseOf(k) == "of" {
			n = k // "the first round of talks", not "its investor day"
		}
	}
	typ := t.phraseType(n, true)
	if typ == "" {
		typ = t.nounType(n)
	}
	if typ == "" {
		typ = t.phraseType(n, false)
	}
	if typ == "" || typ == "other" {
		return ""
	}
	if typ == "legal" && t.lemma(n) == "trial" && t.clinical(n) {
		// "Trials in 4,200 children ended": a medicine's trial
		return ""
	}
	if typ == "attack" && t.lemma(n) == "strike" && t.labour() {
		// "began a 48-hour strike" at the port: a stoppage
		return ""
	}
	return typ
}

// clinical reports whether the trial that noun n names tests a medicine:
// it is held in people ("trials in 4,200 children") or called clinical,
// a phase or a drug's or a vaccine's.
func (t *tree) clinical(n int) bool {
	for _, k := range t.kids[n] {
		switch t.rel(k) {
		case "nmod":
			if t.caseOf(k) == "in" {
				switch t.lemma(k) {
				case "child", "adult", "volunteer", "participant", "infant", "patient", "woman", "man", "people", "mouse":
					return true
				}
			}
		case "amod", "compound":
			switch t.lemma(k) {
			case "clinical", "phase", "vaccine", "drug", "placebo":
				return true
			}
		}
	}
	return false
}

// labour reports whether the sentence speaks of work and workers and not
// of arms, so that a strike in it is a stoppage: the word lists are the
// word-level reading's.
func (t *tree) labour() bool {
	labour := false
	for _, w := range t.w {
		low := strings.ToLower(w.Form)
		if anMilitary[low] {
			return false
		}
		labour = labour || anLabour[low]
	}
	return labour
}

// PenaltyType returns "legal" when verb v of sentence s suspends, bans,
// bars, expels or disqualifies a person: "the IAAF suspended her", "the
// committee suspended Pedro Arriaga", "banned two former vice-presidents
// for life". A body that suspends talks or imports calls them off; one
// that suspends a person disciplines him. It returns "" otherwise.
func PenaltyType(s *syntax.Sentence, v int) string {
	t := verbTree(s, v)
	if t == nil {
		return ""
	}
	switch t.lemma(v) {
	case "suspend", "ban", "bar", "expel", "disqualify":
	default:
		return ""
	}
	n := t.child(v, "obj")
	if t.rel(v) == "acl" && n < 0 {
		return "" // "imports suspended last week"
	}
	if n < 0 {
		n = t.child(v, "nsubj:pass") // "she was suspended"
	}
	for _, k := range t.kids[v] {
		if n < 0 && t.rel(k) == "obl" && t.caseOf(k) == "" && t.date[k] == 0 {
			n = k // an object parsed as a bare oblique
		}
	}
	if n < 0 || !t.person(n) {
		return ""
	}
	return "legal"
}

// person reports whether word i names a person: a personal pronoun, a
// common noun whose first sense is a person ("vice-presidents",
// "players"), or a name of two or more words that the gazetteer does not
// hold as a place or a body ("Pedro Arriaga").
func (t *tree) person(i int) bool {
	w := t.w[i]
	switch {
	case w.UPOS == "PRON":
		switch strings.ToLower(w.Form) {
		case "him", "her", "them", "he", "she", "they":
			return true
		}
	case w.UPOS == "NOUN":
		if ss := wordnet.Lookup(t.lemma(i), wordnet.Noun); len(ss) > 0 {
			return ss[0].LexName() == "noun.person"
		}
	case w.UPOS == "PROPN":
		sp := t.nameSpan(i)
		var words []string
		for _, x := range t.w {
			if x.Start >= sp.Start && x.End <= sp.End {
				words = append(words, strings.ToLower(x.Form))
			}
		}
		if _, known := anGazetteer()[strings.Join(words, " ")]; known || len(words) < 2 {
			return false
		}
		return true
	}
	return false
}

// WeatherType returns "disaster" when verb v of sentence s moves weather
// or a disaster over a place: "the storm is expected to reach Tokyo",
// "another front will reach Tasman on Tuesday", "the ash cloud could
// reach El Salvador". It returns "" otherwise.
func WeatherType(s *syntax.Sentence, v int) string {
	t := verbTree(s, v)
	if t == nil {
		return ""
	}
	switch t.lemma(v) {
	case "reach", "hit", "approach", "sweep", "batter", "lash", "pound", "cross", "arrive", "move":
	default:
		return ""
	}
	n := t.subject(v)
	if h := t.head(v); n < 0 && t.rel(v) == "acl" {
		n = h // "expects another front to reach Tasman" parsed as a noun's complement
	}
	if n < 0 || t.pos(n) != posNoun {
		return ""
	}
	if l := t.lemma(n); anWeather[l] || weatherMass[l] || t.nounType(n) == "disaster" {
		return "disaster"
	}
	return ""
}

// weatherMass lists the masses of air, water and ash that weather moves
// over a place, beside the weather words of the word-level reading.
var weatherMass = map[string]bool{
	"front": true, "cloud": true, "plume": true, "ash": true, "smoke": true, "wind": true,
	"surge": true, "swell": true, "lava": true, "wave": true,
}

// TransferType returns "supply" when verb v of sentence s hands over
// money or goods: "gave the institute 180 million kroner", "is due to
// bring fuel to the Kittiwake", "will begin shipping replacement
// batches". It returns "" otherwise.
func TransferType(s *syntax.Sentence, v int) string {
	t := verbTree(s, v)
	if t == nil {
		return ""
	}
	if t.class(v)&classAspect != 0 {
		if x := t.child(v, "xcomp"); x >= 0 {
			v = x // "will begin shipping replacement batches"
		}
	}
	switch t.lemma(v) {
	case "give", "grant", "award", "bring", "send", "ship", "hand", "lend", "donate", "fly", "truck", "airlift":
	default:
		return ""
	}
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "obj" || r == "iobj") && t.goods(k) {
			return "supply"
		}
	}
	return ""
}

// goods reports whether noun i names money or goods: an amount of a
// currency ("180 million kroner", "$80 million"), or a thing whose first
// WordNet sense is a substance, a food or an artefact ("fuel",
// "sorghum", "batches of tablets").
func (t *tree) goods(i int) bool {
	if t.cash(i) {
		return true
	}
	if t.pos(i) != posNoun || t.w[i].UPOS == "PROPN" {
		return false
	}
	ss := wordnet.Lookup(t.lemma(i), wordnet.Noun)
	if len(ss) == 0 {
		return false
	}
	switch ss[0].LexName() {
	case "noun.substance", "noun.food", "noun.artifact":
		return true
	}
	return false
}

// currencyNoun lists the names of currencies that follow an amount.
var currencyNoun = map[string]bool{
	"dollar": true, "euro": true, "pound": true, "yen": true, "krone": true, "kroner": true,
	"krona": true, "kronor": true, "franc": true, "rouble": true, "ruble": true, "rupee": true,
	"peso": true, "yuan": true, "real": true, "rand": true, "shilling": true, "naira": true,
	"dirham": true, "riyal": true, "lira": true, "zloty": true, "forint": true, "won": true,
}

// phraseType returns the type that the word-level trigger list gives the
// noun phrase noun n heads, with the compounds before it, as a strong
// trigger: "investor day" and "Capital Markets Day" are meetings, "a
// tender" is economic. With several set, only an ending of two words or
// more counts. It returns "" when the list holds none of its endings.
func (t *tree) phraseType(n int, several bool) string {
	start := n
	for _, k := range t.kids[n] {
		if k < start && t.rel(k) == "compound" {
			start = k
		}
	}
	for from := start; from <= n; from++ {
		if several && from == n {
			break
		}
		var parts []string
		for k := from; k <= n; k++ {
			parts = append(parts, anStem(strings.ToLower(t.w[k].Form)))
		}
		if tr, ok := anLexicon[strings.Join(parts, " ")]; ok && tr.weight == anStrong {
			return tr.typ
		}
	}
	return ""
}

// timeOfDay reports whether noun n is a time ("afternoon", "Sunday
// afternoon", "last week"), not the name of an event that ends in one
// ("investor day"): a noun of timeNoun whose compounds, if any, are
// names of days or months.
func (t *tree) timeOfDay(n int) bool {
	if !timeNoun[t.lemma(n)] {
		return false
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "compound" && t.w[k].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// timeNoun lists the nouns of a time of day or a stretch of the
// calendar that a parse may take for an object ("started Sunday
// afternoon").
var timeNoun = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "day": true, "week": true,
	"weekend": true, "month": true, "year": true, "tonight": true, "today": true, "yesterday": true,
	"tomorrow": true,
}

// LabourText reports whether a text speaks of work and workers, twice at
// least, and never of arms, so that a strike in it is a stoppage even in
// a sentence that says no more than "The strike began on Saturday".
func LabourText(text string) bool {
	return countWords(text, anLabour, anMilitary, 2)
}

// SportText reports whether a text speaks of sport: three words at least
// of clubs, matches, players and competitions ("striker", "league",
// "championships"), so that a bid in it is a transfer or a bid to host,
// not a takeover.
func SportText(text string) bool {
	return countWords(text, sportWord, nil, 3)
}

// countWords reports whether text holds at least n words of set, in any
// case, and none of stop.
func countWords(text string, set, stop map[string]bool, n int) bool {
	c := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && !unicode.IsDigit(r) }) {
		w = strings.ToLower(w)
		if stop[w] {
			return false
		}
		if set[w] {
			c++
		}
	}
	return c >= n
}

// sportWord lists the words of sport that [SportText] counts.
var sportWord = map[string]bool{
	"club": true, "clubs": true, "league": true, "match": true, "matches": true, "striker": true,
	"midfielder": true, "defender": true, "goalkeeper": true, "coach": true, "squad": true,
	"championship": true, "championships": true, "tournament": true, "season": true, "transfer": true,
	"olympic": true, "olympics": true, "athlete": true, "athletes": true, "footballer": true,
	"stadium": true, "fixture": true, "fixtures": true, "goals": true, "cup": true, "medal": true,
	"medals": true, "champion": true, "champions": true,
}

// ArrivalType returns "supply" when verb v of sentence s has goods
// arrive or reach a place: "a further 200,000 doses would arrive next
// week", "a convoy carrying 1,300 tonnes of sorghum reached Kadugli".
// Goods arriving are delivered; people arriving visit. It returns ""
// otherwise.
func ArrivalType(s *syntax.Sentence, v int) string {
	t := verbTree(s, v)
	if t == nil {
		return ""
	}
	switch t.lemma(v) {
	case "arrive", "reach", "land", "dock":
	default:
		return ""
	}
	n := t.subject(v)
	if n < 0 || t.pos(n) != posNoun {
		return ""
	}
	if consignment[t.lemma(n)] || t.goods(n) && t.w[n].UPOS == "NOUN" && !vehicleNoun[t.lemma(n)] {
		return "supply"
	}
	return ""
}

// consignment lists the nouns of what is sent, whose arrival is a
// delivery: "doses", "a convoy", "the first shipment".
var consignment = map[string]bool{
	"dose": true, "vaccine": true, "shipment": true, "consignment": true, "cargo": true, "delivery": true,
	"convoy": true, "aid": true, "supply": true, "supplies": true, "weapon": true, "arms": true, "fuel": true,
	"food": true, "batch": true, "tranche": true,
}

// vehicleNoun lists the vehicles whose arrival is a journey, not goods
// delivered, though WordNet counts them artefacts.
var vehicleNoun = map[string]bool{
	"ship": true, "vessel": true, "plane": true, "aircraft": true, "train": true, "car": true, "bus": true,
	"boat": true, "ferry": true, "icebreaker": true, "tanker": true, "jet": true, "helicopter": true,
	"probe": true, "spacecraft": true, "rocket": true, "truck": true, "lorry": true,
}

// verbTree returns the tree of s when word v is a verb of it, else nil.
func verbTree(s *syntax.Sentence, v int) *tree {
	if v < 0 || v >= len(s.Words) {
		return nil
	}
	t := newTree(s, Span{Start: -1, End: -1}, nil)
	if t.pos(v) != posVerb {
		return nil
	}
	return t
}

// tradeNoun lists the lemmas of trade whose stopping is itself the event,
// a measure taken rather than an event called off: "suspended imports",
// "halted exports", "its shares were suspended".
var tradeNoun = map[string]bool{
	"import": true, "export": true, "imports": true, "exports": true, "share": true, "shares": true, "trading": true, "stock": true,
}

// AmountType returns "economic" when verb v of sentence s reaches, totals
// or moves to an amount of money or of traded goods: "trade reached $2.4
// billion last year", "the port handled a record 173 million tonnes of
// cargo", "revenue rose to €3 million". A figure of that kind makes the
// event a matter of trade, whatever its verb. It returns "" otherwise.
func AmountType(s *syntax.Sentence, v int) string {
	t := verbTree(s, v)
	if t == nil {
		return ""
	}
	switch t.lemma(v) {
	case "reach", "total", "top", "exceed", "surpass", "hit", "handle", "rise", "fall", "grow", "climb",
		"drop", "jump", "slump", "increase", "decrease", "double", "triple", "amount":
	default:
		return ""
	}
	for _, k := range t.kids[v] {
		switch t.rel(k) {
		case "obj":
		case "obl":
			if c := t.caseOf(k); c != "to" && c != "by" {
				continue
			}
		default:
			continue
		}
		if t.money(k) {
			return "economic"
		}
	}
	return ""
}

// money reports whether noun i is an amount of money ("$2.4 billion",
// "180 million kroner") or of goods traded by weight or volume ("173
// million tonnes").
func (t *tree) money(i int) bool {
	return t.cash(i) || t.child(i, "nummod") >= 0 && anCommodityUnit(strings.ToLower(t.w[i].Form))
}

// cash reports whether word i is an amount of money: a currency's name
// (even read as an adjective: "kroner"), a currency sign, or a word a
// sign belongs to ("$2.4 billion" read with "billion" as the head).
func (t *tree) cash(i int) bool {
	if currencyNoun[t.lemma(i)] || currencyNoun[strings.ToLower(t.w[i].Form)] || t.w[i].UPOS == "SYM" {
		return true
	}
	for _, k := range t.kids[i] {
		if t.w[k].UPOS == "SYM" {
			return true
		}
	}
	return false
}
