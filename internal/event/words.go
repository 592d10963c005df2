package event

import (
	"slices"
	"sort"
	"strings"
)

// Analysis is what a sentence says about the event dated by one of its
// date expressions.
type Analysis struct {
	// Event reports whether the sentence reports something dated by the
	// expression: a trigger word governs it, or at least a clause does. It
	// is false for a state ("has surged since 2019"), a forecast ("expects
	// revenue of $700 million in the fourth quarter"), a comparison ("from
	// $61 million a year earlier"), a dateline or "Posted:" line, and a
	// clock time that only refines a date next to it ("on Sunday at about 7
	// p.m."); the date, not the time, carries that event.
	Event bool
	// Type is one of visit, meeting, talks, agreement, sanctions, supply,
	// attack, statement, report, election, legal, economic, disaster or
	// other.
	Type string
	// Status is reported (past), scheduled, planned, expected, cancelled,
	// negated or threatened.
	Status string
	// Denied reports that the event lies in what a denial denies
	// ("denied reports that its navy had boarded a boat on 16
	// November"), which makes it negated.
	Denied bool
	// Moved reports that the expression gives the new date of an event
	// moved or put off ("has been put back to 30 November"): the event
	// takes place then, and Status is not "cancelled".
	Moved bool
	// Summary is a gist of the clause in at most 12 words, without the date
	// expression and quotation marks.
	Summary string
	// Location is the city or venue the clause places the event in, or "".
	Location string
	// Actors are the participants in order of first appearance in the
	// clause: canonical country names ("United Kingdom" for "Britain",
	// "Russia" for "the Kremlin"), organisations ("European Union",
	// "NATO") and named officials, given with their country when the text
	// says it ("Iran (Masoud Pezeshkian)").
	Actors []string
	// Trigger is the word or phrase that gave Type, as written; it is ""
	// when none did and Type is "other". TriggerStart and TriggerEnd are
	// its byte offsets in the sentence.
	Trigger                  string
	TriggerStart, TriggerEnd int
}

// Read inspects sentence around the date expression at byte offsets
// [start, end) within it. others are the byte spans of the other date
// expressions in the same sentence, so that each date gets the clause
// nearest to it: a trigger word closer to another date belongs to that
// date. Offsets out of range are clipped; Analyze never panics.
//
// The type comes from the trigger word nearest to the expression, where
// distance counts words and adds a cost for each clause boundary crossed
// (commas, semicolons, dashes, quotes, "which", "after", ...). Verbs of
// saying ("said", "reported", "told") count only when the date is
// attached to them ("his office said on Wednesday") and the reported
// content carries no date of its own; otherwise the reported content
// gives the type ("the media reported that Tehran had begun supplying").
func Read(sentence string, start, end int, others []Span) Analysis {
	return analyze(sentence, start, end, others, nil, -1)
}

// analyze is [Read] with the persons the document names, which resolve
// bare and shortened names of people in the sentence.
func analyze(sentence string, start, end int, others []Span, pp *Names, at int) Analysis {
	if cached, ok := pp.Tokens(at, len(sentence)); ok {
		return ReadTokens(sentence, slices.Clone(cached), start, end, others, pp, at)
	}
	return ReadTokens(sentence, Tokenize(sentence), start, end, others, pp, at)
}

// ReadTokens is analyze with the tokens of the sentence, as Tokenize
// returns them, so that the dates of one sentence share one tokenization.
// It marks the dates in toks; pass a copy.
func ReadTokens(sentence string, toks []Token, start, end int, others []Span, pp *Names, at int) Analysis {
	start = max(0, min(start, len(sentence)))
	end = max(start, min(end, len(sentence)))
	if len(toks) == 0 {
		return Analysis{Type: "other", Status: "reported"}
	}
	a := &analyzer{s: sentence, toks: toks, ds: -1, de: -1, best: -1, people: pp, at: at}
	for i := range toks {
		t := &toks[i]
		if int(t.e) > start && int(t.s) < end {
			t.date = 1
			if a.ds < 0 {
				a.ds = i
			}
			a.de = i + 1
		}
	}
	for _, o := range others {
		if o.Start < 0 || o.End > len(sentence) || o.Start >= o.End {
			continue
		}
		if o.End > start && o.Start < end {
			continue // overlaps the analysed expression: a range's far end
		}
		os, oe := -1, -1
		// Tokens are in order: start at the first that ends after o starts.
		from := sort.Search(len(toks), func(i int) bool { return int(toks[i].e) > o.Start })
		for i := from; i < len(toks) && int(toks[i].s) < o.End; i++ {
			t := &toks[i]
			if t.date == 0 {
				t.date = 2
				if os < 0 {
					os = i
				}
				oe = i + 1
			}
		}
		if os >= 0 {
			if !anIsDuration(toks, os, oe) {
				a.others = append(a.others, [2]int{os, oe})
			} else if toks[os].low == "every" || toks[os].low == "each" {
				a.sets = append(a.sets, os)
			}
		}
	}
	if a.ds < 0 {
		// The expression holds no word: analyse as if it sat at the
		// nearest token.
		a.ds = len(toks)
		for i, t := range toks {
			if int(t.s) >= start {
				a.ds = i
				break
			}
		}
		a.de = a.ds
	}
	return a.run(start, end)
}

// anCandidate is a trigger found in a sentence: tokens [i, j].
type anCandidate struct {
	i, j   int
	trig   anTrig
	speech bool
}

// analyzer holds the state of one call to Analyze.
type analyzer struct {
	s      string
	toks   []Token
	ds, de int      // tokens of the analysed expression: [ds, de)
	others [][2]int // token spans of the other dated expressions
	sets   []int    // first tokens of repeating expressions: "every Friday"
	best   int      // first token of the chosen trigger, or -1
	// people are the persons the whole document names with a title, so
	// that a bare "Putin" in this sentence reads as the "Russian President
	// Vladimir Putin" of another; nil when unknown.
	people *Names
	// seen collects every titled person actors reads, when not nil.
	seen *[]personMention
	// at is the byte offset of the sentence in the document, which places
	// it among the document's mentions; -1 when unknown.
	at int
}

// anBoundary is the cost of passing over token i on the way between a
// trigger and a date: 1 for a word, more for clause boundaries.
func (a *analyzer) anBoundary(i int) int {
	t := a.toks[i]
	if t.kind == anPunct {
		switch t.low {
		case ",":
			return 2
		case ";", ":", ".", "!", "?":
			return 12
		case "(", ")", "[", "]":
			return 4
		case "—", "–", "-", "―":
			return 8
		case "‘", "’", "“", "”", "\"", "'", "«", "»":
			if i > 0 && a.toks[i-1].low == "," || i+1 < len(a.toks) && a.toks[i+1].low == "," {
				return 3 // the end of a quotation: "... visit,' the statement said"
			}
			return 1
		}
		return 1
	}
	if t.date != 0 {
		return 1
	}
	if t.cap && i > 0 && a.toks[i-1].cap && a.toks[i-1].kind == anWord {
		return 0 // a name counts as one word: "Chilean President Isabel Fuentes"
	}
	switch t.low {
	case "after", "before", "until", "since":
		if a.dateAfter(i) {
			return 1 // a preposition: "shut until at least the end of the month"
		}
		return 4
	case "which", "who", "whom", "whose", "where", "while", "whereas", "although", "though", "because",
		"unless", "whether", "that", "when", "despite":
		return 4
	case "and", "but":
		if i > 0 && a.toks[i-1].low == "," {
			return 5
		}
		return 3
	}
	return 1
}

// dateAfter reports whether a date expression follows token i, perhaps
// after "at least" or "at most": "until at least the end of the month".
func (a *analyzer) dateAfter(i int) bool {
	if i+3 < len(a.toks) && a.toks[i+1].low == "at" && (a.toks[i+2].low == "least" || a.toks[i+2].low == "most") {
		i += 2
	}
	return i+1 < len(a.toks) && a.toks[i+1].date != 0
}

// introPhrase reports whether the expression starting at token s opens
// its clause, after nothing but prepositions and adverbs ("Also in May
// last year, ...").
func (a *analyzer) introPhrase(s int) bool {
	for i := s - 1; i >= 0; i-- {
		t := a.toks[i]
		if t.kind == anPunct {
			return a.anBoundary(i) >= 3
		}
		if t.date != 0 {
			continue
		}
		switch t.low {
		case "in", "on", "at", "by", "also", "last", "late", "early", "during", "then", "and", "but", "so",
			"already", "as", "of", "from", "until", "earlier", "later", "since", "back", "around", "about":
			continue
		}
		return false
	}
	return true
}

// candidates lists the trigger words of the sentence outside any date
// expression.
func (a *analyzer) candidates() []anCandidate {
	var out []anCandidate
	stem := func(k int) string { return anStem(a.toks[k].low) }
	var buf [128]byte
	// lexicon looks up the entry of the n words from token i, building the
	// key in a stack buffer: a map index by string(bytes) does not
	// allocate.
	lexicon := func(first string, i, n int) (anTrig, bool) {
		b := append(buf[:0], first...)
		for k := i + 1; k < i+n; k++ {
			b = append(append(b, ' '), stem(k)...)
		}
		tr, ok := anLexicon[string(b)]
		return tr, ok
	}
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.kind != anWord || t.date != 0 {
			continue
		}
		if t.cap && (t.low == "march" || t.low == "may") {
			continue // months
		}
		if t.cap && t.low == "congress" && i > 0 {
			continue // the legislature: "present a reform to Congress"
		}
		st := stem(i)
		multi := anLexMulti[st]
		if t.cap && a.inName(i) {
			if tr, ok := anLexicon[st]; !ok || tr.typ != "disaster" {
				// "the Catholic Bishops' Conference", "the Progressive
				// Agreement"; but "a High Court challenge" ends the name
				// in a listed phrase
				if !(multi >= 2 && i+1 < len(a.toks) && a.toks[i+1].kind == anWord && !a.toks[i+1].cap) {
					continue
				}
				if _, ok := lexicon(st, i, 2); !ok {
					continue
				}
			}
		}
		if multi >= 3 && i+2 < len(a.toks) && a.toks[i+1].kind == anWord && a.toks[i+1].date == 0 &&
			a.toks[i+2].kind == anWord && a.toks[i+2].date == 0 {
			if tr, ok := lexicon(st, i, 3); ok {
				out = append(out, anCandidate{i: i, j: i + 2, trig: tr})
				i += 2
				continue
			}
		}
		if multi >= 2 && i+1 < len(a.toks) && a.toks[i+1].kind == anWord && a.toks[i+1].date == 0 {
			if tr, ok := lexicon(st, i, 2); ok {
				out = append(out, anCandidate{i: i, j: i + 1, trig: tr})
				i++
				continue
			}
		}
		if anSpeech[t.low] {
			out = append(out, anCandidate{i: i, j: i, trig: anTrig{"statement", anWeak}, speech: true})
			continue
		}
		if tr, ok := anSurface[t.low]; ok {
			if tr.typ != "report" || !a.deniedReport(i) {
				out = append(out, anCandidate{i: i, j: i, trig: tr})
			}
			continue
		}
		if tr, ok := anLexicon[st]; ok && !a.describing(i) {
			if st == "result" && a.periodResult(i) {
				tr.typ = "economic" // "fourth-quarter results": a company's
			}
			out = append(out, anCandidate{i: i, j: i, trig: tr})
		}
	}
	// In "export blacklist" or "runoff survey" the first word only
	// modifies the second, which names the event; not when the second
	// is a participle describing the first ("a blaze blamed on ...").
	keep := out[:0]
	for k, c := range out {
		if k+1 < len(out) && out[k+1].i == c.j+1 && !c.speech && out[k+1].trig.weight <= c.trig.weight && !a.reducedRelative(out[k+1].i) {
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// anMaxCost is the farthest a trigger may be from its date.
const anMaxCost = 16

// run chooses the trigger and fills in the analysis.
func (a *analyzer) run(start, end int) Analysis {
	res := Analysis{Event: true, Type: "other", Status: "reported"}
	cands := a.candidates()
	// A relative clause set off by commas describes someone; its verbs
	// are not what the date dates: "Trump, who has repeatedly attacked
	// Powell, posted on Tuesday".
	cands = slices.DeleteFunc(cands, a.aside)
	// A source cited after the date ("had been given to children in
	// July, as several Facebook posts had claimed") says who told it,
	// not what happened then.
	cands = slices.DeleteFunc(cands, a.citedSource)
	// "Guatemala ordered 9,400 people to leave on Monday after an
	// eruption sent ash into the sky": the clause after the date's
	// "after" gives the cause, not the event the date dates.
	cands = slices.DeleteFunc(cands, a.laterCause)
	cands = slices.DeleteFunc(cands, a.resultAfter(cands))
	cands = slices.DeleteFunc(cands, a.namesNoEvent)
	best := a.nearest(cands, 0, len(a.toks), anMaxCost, true)
	if best < 0 {
		// A trigger nearer to another date may still govern this one in
		// the same clause: "is expected to reach Tokyo tonight and move
		// out to sea tomorrow".
		best = a.nearest(cands, 0, len(a.toks), anMaxCost, false)
		if best >= 0 {
			cs, ce := a.clause(a.ds, a.de-1)
			if c := cands[best]; c.i < cs || c.j >= ce {
				best = -1
			}
		}
	}
	if best >= 0 && a.during(cands[best]) {
		// a "during" phrase names the background, not the event: in
		// "grounded all flights for two months during the pandemic in
		// 2020" the grounding is dated
		cs, ce := a.clause(a.ds, a.de-1)
		alt, altCost := -1, anMaxCost+1
		for k, c := range cands {
			if c.speech || c.i < cs || c.j >= ce || a.during(c) {
				continue
			}
			if cost := a.weighted(c); cost < altCost {
				alt, altCost = k, cost
			}
		}
		if alt >= 0 {
			best = alt
		}
	}
	if sp := a.attachedSpeech(cands); sp >= 0 && (best < 0 || a.weighted(cands[best]) > a.cost(cands[sp], a.ds, a.de)) {
		cs, ce := a.content(cands, cands[sp])
		if cs < ce && !a.datedWithin(cs, ce) {
			// the subject of what was said is its topic, not the event:
			// in "said on Tuesday that the pact should not harm ..." the
			// statement is dated, whatever the pact is
			if vs := a.contentVerb(cs, ce); vs > cs {
				cs = vs
			}
			if k := a.nearest(cands, cs, ce, 1<<20, true); k >= 0 && !a.negatedBetween(cs, cands[k].i) {
				best = k
			} else {
				// nothing named, or something that did not happen: "told
				// France Info on Tuesday that the outbreak had not yet
				// peaked" dates the saying
				best = sp
			}
		} else {
			best = sp
		}
	}
	if best < 0 || a.weighted(cands[best]) > 8 {
		if k := a.subjectTrigger(cands); k >= 0 {
			best = k
		}
	}
	if best < 0 {
		best = a.continued(cands)
	}
	if best < 0 {
		best = a.result(cands)
	}
	mainFrom := -1 // where the main clause after a fronted phrase starts, if the trigger is its
	if best >= 0 {
		best = a.refine(cands, best)
		if k := a.frontedSaying(cands, best); k >= 0 {
			best, mainFrom = k, cands[k].i
		} else if k, ok := a.timedNoun(cands, best); ok {
			best = k // -1 when the noun's clause names no event
		} else if k := a.participleSubject(cands, best); k >= 0 {
			best = k
		}
		if best >= 0 {
			a.best = cands[best].i
		}
	}
	lo, hi := a.ds, a.de-1
	if best >= 0 {
		c := cands[best]
		res.Type = a.retype(cands, c)
		if res.Type == "threat" || res.Type == "accusation" {
			// an accusation or a threat that is itself the dated event
			// is something said; what is threatened has its own row
			res.Type = "statement"
		}
		res.TriggerStart, res.TriggerEnd = int(a.toks[c.i].s), int(a.toks[c.j].e)
		res.Trigger = a.s[res.TriggerStart:res.TriggerEnd]
		lo, hi = min(lo, c.i), max(hi, c.j)
		if mainFrom >= 0 {
			// the clause of what was said, not the phrase before it
			for lo = mainFrom; lo > 0 && a.toks[lo-1].low != ","; lo-- {
			}
		}
		res.Status = a.status(c)
		res.Denied = res.Status == "negated" && !anDenial(a.toks[c.i].low) && a.deniedContent(c)
		if res.Status == "cancelled" && a.movedTo(c) {
			res.Status, res.Moved = "reported", true
		}
	} else if a.ds > 0 && a.ds < len(a.toks) {
		// no trigger: the verb before the date still says whether it
		// happened, "will present a reform next week"
		res.Status = a.status(anCandidate{i: a.ds, j: a.ds - 1})
		res.Denied = res.Status == "negated" && a.deniedContent(anCandidate{i: a.ds, j: a.ds - 1})
	}
	lo = min(lo, len(a.toks)-1)
	hi = max(lo, min(hi, len(a.toks)-1))
	cs, ce := a.clause(lo, hi)
	if mainFrom >= 0 {
		cs = max(cs, lo)
	}
	if !a.worded(cs, ce) {
		// "On 4 November, while the allies were divided, Soviet forces
		// crushed the revolution": a fronted date dates the main clause
		// after the one that interrupts it
		if s, e := a.mainAfter(ce); e > s {
			cs, ce = s, e
		}
	}
	res.Event = a.eventful(cands, best, start, end)
	skip := a.skipMask(cs, ce, cands, best, res.Type)
	if best >= 0 && cands[best].speech {
		// a statement: who made it
		res.Actors = a.actors(a.speaker(cands[best]), cands[best].i, res.Type, skip)
	} else {
		res.Actors = a.actors(cs, ce, res.Type, skip)
		if as, ae := a.antecedent(cs); ae > as && anVerbLike(a.toks[cs]) {
			// a relative clause's subject is its antecedent: "Japan's
			// parliament, which is expected to vote on it"
			ante := a.actors(as, ae, res.Type, make([]bool, len(a.toks)))
			for _, x := range res.Actors {
				if !slices.Contains(ante, x) {
					ante = append(ante, x)
				}
			}
			res.Actors = ante
		}
	}
	if len(res.Actors) == 0 && a.subjectless(cs) {
		// "... agreed to halt operations and to resume talks next month":
		// a clause without a subject shares the sentence's
		if ss, se := a.subject(); se > ss && se <= cs {
			res.Actors = a.actors(ss, se, res.Type, make([]bool, len(a.toks)))
		}
	}
	if ss, se := 0, 0; len(res.Actors) == 0 && a.appositiveSubject(cs, &ss, &se) {
		// "Her first record, a 78 rpm disc, came out in 1951"
		res.Actors = a.actors(ss, se, res.Type, make([]bool, len(a.toks)))
	}
	if len(res.Actors) == 0 {
		// nobody named in the clause: whoever the sentence quotes speaks
		// for it, "Yuen Tak Shipping said in a statement this morning",
		// "Health Minister Chikondi Banda said teams had started training"
		for _, c := range cands {
			if c.speech && a.quotes(c) {
				if sk := a.speaker(c); sk < c.i {
					res.Actors = a.actors(sk, c.i, res.Type, make([]bool, len(a.toks)))
				}
				if len(res.Actors) > 0 {
					break
				}
			}
		}
	}
	if res.Type == "disaster" {
		// a storm or an outbreak has no participants; the places it hits
		// are not actors
		res.Actors = anPeopleOnly(res.Actors)
	}
	res.Location = a.location(cs, ce, best, cands, res.Type)
	sce := ce
	if best >= 0 && (cands[best].speech || mainFrom >= 0) {
		// a statement's gist is what was said: "Beijing said the pact
		// should not harm the interests of third parties"
		if s, e := a.content(cands, cands[best]); s >= ce && s <= ce+2 && e > s {
			sce = e
			for k := ce; k < s; k++ {
				if a.toks[k].low == "that" {
					skip[k] = true
				}
			}
		}
	}
	if best >= 0 && !cands[best].speech && anDenial(a.toks[cands[best].j].low) && sce == ce {
		// a denial's gist is what it denies: "Peru's foreign ministry
		// denied on Wednesday that its navy had boarded a third boat"
		for k := ce; k < len(a.toks) && k < ce+8; k++ {
			if a.toks[k].low != "that" {
				if a.hard(k) {
					break
				}
				continue
			}
			e := k + 1
			for e < len(a.toks) && !a.hard(e) {
				e++
			}
			if e > k+2 {
				for x := ce; x <= k; x++ {
					skip[x] = true // "reports in the press that"
				}
				sce = e
			}
			break
		}
	}
	if best >= 0 && cands[best].speech && sce == ce && mainFrom < 0 {
		// "the probe is healthy and back on course, the agency said on
		// Monday": the gist is what was said, before the saying
		if s, e := a.saidBefore(cands[best]); s >= 0 && s <= cs+1 {
			res.Summary = a.summary(s, e, -1, cands, skip)
			return res
		}
	}
	if best >= 0 && sce == ce {
		if k := a.conditionAt(cs, cands[best].i); k > cs {
			// "would order Orbis to refund customers if service was not
			// restored by 15 January": the gist is the promise, not its
			// condition
			res.Summary = a.summary(cs, k, -1, cands, skip)
			return res
		}
	}
	res.Summary = a.summary(cs, sce, best, cands, skip)
	if len(strings.Fields(res.Summary)) < 2 && res.Event && (cs > 0 || sce < len(a.toks)) {
		// "Closes", or nothing: a clause too short to say what happened
		// gives way to its sentence
		if whole := a.summary(0, len(a.toks), best, cands, make([]bool, len(a.toks))); len(strings.Fields(whole)) >= 2 {
			res.Summary = whole
		}
	}
	return res
}

// ofHead returns the candidate that an inquiry or a report of trigger c
// is, when c lies in its "of" phrase: "an independent audit of its
// contracts" is the audit, "an investigation of the bribes" the
// investigation; -1 otherwise.
func (a *analyzer) ofHead(cands []anCandidate, c anCandidate) int {
	k := c.i - 1
	for k > 0 && (anNPStart(a.toks[k].low) || a.toks[k].kind == anPoss) {
		k--
	}
	if k < 1 || a.toks[k].low != "of" {
		return -1
	}
	for i, o := range cands {
		if o.j == k-1 && !o.speech && o.trig.weight == anStrong && (o.trig.typ == "report" || o.trig.typ == "legal") && o.trig.typ != c.trig.typ {
			return i
		}
	}
	return -1
}

// reducedRelative reports whether token i is a past participle that
// describes the noun before it, with the preposition of its agent or its
// object after it: "blamed on" in "a blaze blamed on a HomeHub 2".
func (a *analyzer) reducedRelative(i int) bool {
	if !strings.HasSuffix(a.toks[i].low, "ed") || !anVerbLike(a.toks[i]) || i+1 >= len(a.toks) {
		return false
	}
	switch a.toks[i+1].low {
	case "on", "by", "for", "in", "at", "to", "over", "after":
		return true
	}
	return false
}

// refine replaces a too general trigger by the event it names:
// "announced an order" is the order, and "Cyclone Freddy, which struck"
// is a disaster, not an attack.
func (a *analyzer) refine(cands []anCandidate, best int) int {
	c := cands[best]
	switch anStem(a.toks[c.j].low) {
	case "announc", "confirm", "unveil":
		for k, o := range cands {
			if o.i > c.j && o.i <= c.j+3 && !o.speech && o.trig.weight == anStrong && o.trig.typ != "statement" && a.owned(o) {
				return k
			}
		}
	}
	if c.trig.typ == "attack" {
		for k, o := range cands {
			if o.trig.typ == "disaster" && o.j < c.i && o.j >= c.i-4 {
				return k
			}
		}
	}
	if k := a.ofHead(cands, c); k >= 0 {
		return k
	}
	if (c.trig.typ == "statement" || c.trig.typ == "accusation") && c.i == c.j && c.i > 0 && strings.HasSuffix(a.toks[c.i].low, "ed") {
		// "a blaze blamed on a HomeHub 2 destroyed a family home": a
		// participle right after the noun it describes, which names the
		// event
		for k, o := range cands {
			if o.j == c.i-1 && !o.speech && o.trig.weight == anStrong && o.trig.typ != "statement" && o.trig.typ != "accusation" {
				return k
			}
		}
	}
	// "shelved a plan to buy jets late last year": what befell the plan
	// is dated, not the purchase it planned
	if p := c.i - 1; p >= 2 && a.toks[p].low == "to" && (a.toks[p-1].low == "plan" || a.toks[p-1].low == "plans") {
		for k, o := range cands {
			if o.j < p-1 && o.j >= p-4 && a.plain(o.j+1, p-1) {
				switch anStem(a.toks[o.j].low) {
				case "shelv", "scrap", "abandon", "drop", "cancel", "cancell", "postpon", "suspend", "freez":
					return k
				}
			}
		}
	}
	for k, o := range cands {
		if o.speech || o.j >= c.i || o.j < c.i-6 || !a.plain(o.j+1, c.i) || a.apart(o.j, a.ds) {
			continue
		}
		switch st := anStem(a.toks[o.j].low); {
		case st == "propos" || st == "suggest" || st == "urg" || st == "invit" || st == "call for" || st == "for" && anStem(a.toks[o.i].low) == "call":
			// "proposed a summit two years ago": the proposal is dated,
			// the summit is not
			if c.trig.typ != "statement" {
				return k
			}
		}
		if o.trig.typ == "visit" && c.trig.typ == "meeting" && (a.toks[o.j].low == "for" || a.toks[o.j+1].low == "for") {
			// "likely to return for the leaders' summit": the trip is
			// the event, the gathering its purpose
			return k
		}
	}
	return best
}

// apart reports whether a sentence-level boundary (";", ":") lies between
// tokens i and k.
func (a *analyzer) apart(i, k int) bool {
	for j := min(i, k) + 1; j < max(i, k); j++ {
		if a.toks[j].date == 0 && a.anBoundary(j) >= 12 {
			return true
		}
	}
	return false
}

// plain reports whether the tokens [s, e) stay within one phrase: no
// clause word and no punctuation but a hyphen, a dash inside a compound
// ("Korea–Central Asia") or a possessive.
func (a *analyzer) plain(s, e int) bool {
	for i := s; i < e; i++ {
		t := a.toks[i]
		switch t.low {
		case ",", ";", ":", ".", "(", ")", "that", "which", "who", "and", "but", "when", "after", "before":
			return false
		}
		if t.date != 0 {
			return false
		}
	}
	return true
}

// continued handles a clause with no trigger of its own that carries on
// the one before it: a verb phrase whose subject is left out ("Typhoon
// Kujira made landfall on Sunday ... and was moving north-east this
// morning") or a subject that only points back ("Deliveries of the first
// six jets are scheduled for 2023, and the rest should follow by 2025").
// It returns the last trigger of the clause before, or -1.
func (a *analyzer) continued(cands []anCandidate) int {
	cs, _ := a.clause(a.ds, a.de-1)
	if cs < 2 || cs >= a.ds {
		return -1
	}
	if w := a.toks[cs-1].low; w != "and" && w != "but" {
		return -1
	}
	w := a.toks[cs].low
	next := ""
	if cs+1 < len(a.toks) {
		next = a.toks[cs+1].low
	}
	switch {
	case anBe[w] || anAux[w] || w == "has" || w == "have" || w == "had":
	case w == "the" && (next == "rest" || next == "remainder" || next == "others"):
	default:
		return -1
	}
	best := -1
	for k, c := range cands {
		if c.speech || c.j >= cs-1 {
			continue
		}
		hard := false
		for i := c.j + 1; i < cs-1; i++ {
			hard = hard || a.anBoundary(i) >= 12
		}
		if !hard {
			best = k
		}
	}
	return best
}

// result handles a clause with no trigger of its own that is followed by
// what it caused: in "personnel boarded navy boats in the same area,
// injuring one sailor" the harm done names the event, however far the
// participle stands from the date. It returns the attack or disaster
// participle that follows a comma after the expression, or -1.
func (a *analyzer) result(cands []anCandidate) int {
	for k, c := range cands {
		if c.speech || c.i <= a.de || a.toks[c.i-1].low != "," || !strings.HasSuffix(a.toks[c.i].low, "ing") {
			continue
		}
		if c.trig.typ != "attack" && c.trig.typ != "disaster" || !a.owned(c) {
			continue
		}
		for i := a.de; i < c.i-1; i++ {
			if a.hard(i) {
				return -1
			}
		}
		return k
	}
	return -1
}
