package event

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// Analyze reads the parsed sentence s for the event dated by the date
// expression at date, a byte span in the coordinates of the words'
// offsets. others are the spans of the sentence's other date
// expressions: what someone said counts as dated on its own when it
// holds one of them. Analyze never panics on a sentence whose heads are
// out of range; it reads them as roots.
func Analyze(s *syntax.Sentence, date Span, others []Span) Result {
	r := Result{Trigger: -1, Speaker: -1, Attached: -1, Type: "other", Status: "reported"}
	if len(s.Words) == 0 {
		return r
	}
	t := newTree(s, date, others)
	d := t.dateHead()
	if d < 0 {
		return r
	}
	g := t.head(d)
	if g < 0 || t.date[g] != 0 {
		// The date is the root: "The talks were on Monday." The
		// subject names the event, else the first word it governs.
		g = t.child(d, "nsubj")
		for _, k := range t.kids[d] {
			if g >= 0 {
				break
			}
			if t.date[k] == 0 && (t.w[k].UPOS == "VERB" || t.w[k].UPOS == "NOUN") {
				g = k
			}
		}
		if g < 0 {
			return r
		}
	}
	for n := 0; n < 4 && t.w[g].UPOS == "PUNCT"; n++ {
		// A date parsed under the full stop: its clause is the stop's.
		r.Unsure = true
		h := t.head(g)
		if h < 0 {
			break
		}
		g = h
	}
	g = t.reattach(g)
	r.Attached = g
	g = t.climb(g, &r, 0)
	r.Trigger = g
	r.Type = t.eventType(g, r.Speaker >= 0)
	r.Status = t.status(g)
	if (r.Status == "scheduled" || r.Status == "reported") && t.expectedTail(g) {
		r.Status = "expected" // "schools will reopen next Monday, the superintendent expects"
	}
	r.Denied = g >= 0 && t.denied(g)
	if t.condition(r.Attached) {
		r.Status = "threatened"
		r.Threat = t.threatType(r.Attached)
	}
	if c := t.caseOf(d); (c == "to" || c == "until" || c == "till") && t.pos(r.Attached) == posVerb && t.class(r.Attached)&classCancel != 0 {
		// "postponed until 12 March", "put back to 30 November": the
		// new date, when the event now takes place
		r.Status, r.Moved = "reported", true
		if s := t.ownStatus(r.Attached); s == "scheduled" || s == "expected" {
			r.Status = s
		}
	}
	if t.replanned(r.Attached, t.caseOf(d)) {
		r.Status = "cancelled"
	}
	return r
}

// replanned reports whether the date, attached to word a with the case
// marker c, gives the date an event had before it was moved or called
// off: "graduation ceremonies, planned for 11 July, have been moved",
// "an open house, set for Saturday, has been pushed back", "pushed its
// investor day from January 20 to March 3".
func (t *tree) replanned(a int, c string) bool {
	if a < 0 {
		return false
	}
	moves := func(v int) bool {
		if v < 0 || t.pos(v) != posVerb {
			return false
		}
		switch t.lemma(v) {
		case "move", "push", "bring forward", "move up":
			return true
		}
		return t.class(v)&classCancel != 0
	}
	if c == "from" && moves(a) {
		return true
	}
	// the plan may govern the word the date attaches to: "an increase,
	// which the authority had set to take effect on April 1"
	for x, step := a, 0; x >= 0 && step < 4; x, step = t.head(x), step+1 {
		if t.class(x)&(classSchedule|classPlan) == 0 || t.pos(x) != posVerb && t.lemma(x) != "due" {
			switch t.rel(x) {
			case "xcomp", "advcl", "obj":
				// "set to take effect on April 1"
				continue
			}
			return false
		}
		switch t.rel(x) {
		case "nsubj", "nsubj:pass":
			// the participle read as the subject itself
			return moves(t.head(x))
		case "acl", "acl:relcl", "parataxis":
			n := t.head(x)
			switch t.rel(n) {
			case "nsubj", "nsubj:pass", "obj":
				return moves(t.head(n))
			}
		}
		return false
	}
	return false
}

// climb walks from the word a date attaches to up or down to the word
// that names the event: out of nouns that name none ("the second day of
// the talks"), through light, aspectual and modal-like verbs to their
// complement, and out of verbs of saying into what was said.
func (t *tree) climb(g int, r *Result, depth int) int {
	for step := 0; step < 8; step++ {
		switch {
		case t.pos(g) == posNoun && (t.typeOf(g) == "" || t.class(g)&classPart != 0):
			// "the anniversary of the attack", "day two of the talks"
			if k := t.typedChild(g, "nmod"); k >= 0 {
				return k
			}
			if t.typeOf(g) != "" {
				return g
			}
			h := t.head(g)
			if u := t.w[g].UPOS; (u == "SYM" || u == "NUM") && h >= 0 && t.date[h] == 0 {
				g = h // "jumped 98% between 1 January and 20 July"
				continue
			}
			switch t.rel(g) {
			case "nmod", "obl", "obj", "nsubj", "compound", "appos", "nummod":
				if h >= 0 && t.date[h] == 0 {
					g = h
					continue
				}
			}
			return g
		case t.pos(g) != posNoun:
			c := t.class(g)
			if c&classThreaten != 0 && step == 0 && depth == 0 && g == r.Attached {
				// "threatened on Sunday to close the road": the date
				// dates the threat, something said; what is threatened
				// has a row of its own where a date dates it
				return g
			}
			if c&(classAspect|classPlan|classExpect|classThreaten|classSchedule) != 0 {
				if k := t.complement(g); k >= 0 && t.date[k] == 0 {
					g = k
					continue
				}
			}
			if c&(classLight|classAspect|classCancel|classPlan|classSchedule|classExpect) != 0 {
				if k := t.child(g, "obj", "nsubj:pass"); k >= 0 {
					if t.typeOf(k) != "" && t.class(k)&classPart == 0 {
						return k
					}
					// "held two days of talks", "began a round of talks"
					if n := t.typedChild(k, "nmod"); n >= 0 {
						return n
					}
				}
				// "a report published on 12 February": the noun a
				// participle modifies is its object.
				if h := t.head(g); h >= 0 && t.rel(g) == "acl" && t.pos(h) == posNoun && t.typeOf(h) != "" {
					return h
				}
			}
			// "a visit that had been planned for Thursday", "the talks,
			// which were held on Monday": a clause that only times the
			// noun it modifies dates that noun.
			if h := t.head(g); h >= 0 && t.rel(g) == "acl" && t.pos(h) == posNoun && t.class(h)&classPart == 0 && !t.content(g) {
				if typ, listed := t.typeListed(g); (!listed || typ == "other") && t.typeOf(h) != "" && t.typeOf(h) != "other" &&
					(c&(classLight|classAspect|classCancel|classPlan|classSchedule|classExpect) != 0 || typ == "") {
					return h
				}
			}
			// A verb that names no event of its own with an object
			// that does: "returned an indictment", "staged a protest".
			if typ := t.typeOf(g); (typ == "" || typ == "other") && c == 0 {
				if k := t.child(g, "obj"); k >= 0 && t.class(k)&classPart == 0 {
					if kt := t.nounType(k); kt != "" && kt != "other" {
						return k
					}
				}
			}
			if c&classSpeech != 0 {
				// What was said is the event when it names one that
				// happened ("said on Friday it had agreed to buy");
				// an opinion, a promise or a denial leaves the saying.
				k := t.child(g, "ccomp", "parataxis")
				if k >= 0 && !t.dated(k) && depth < 2 {
					var sub Result
					sub.Speaker = -1
					c := t.climb(k, &sub, depth+1)
					if typ := t.eventType(c, true); typ != "statement" && typ != "other" && t.status(c) == "reported" {
						if r.Speaker < 0 {
							r.Speaker = t.child(g, "nsubj")
						}
						return c
					}
				}
				return g
			}
			// An event noun as the subject of a verb that names no
			// event, or only its timing, is the event: "the round
			// will run between", "the hearing is set for Tuesday",
			// "the typhoon moved north".
			if k := t.subject(g); k >= 0 && t.pos(k) == posNoun && t.class(k)&classPart == 0 && !t.institution(k) {
				own, listed := t.typeListed(g)
				if typ := t.nounType(k); typ != "" && (own == "" || !listed || typ == "disaster" ||
					c&(classAspect|classSchedule|classExpect|classLight) != 0) {
					return k
				}
			}
			return g
		default:
			return g
		}
	}
	return g
}

// reattach returns the word a date's phrase attaches to once the
// parser's commonest slip is undone: a date hung on a participant ("call
// both sides to a conference next week", "the Bishops' Conference will
// hold a Mass on Christmas Eve") rather than on the verb whose subject
// or object that participant is. A noun that names no happening, or a
// name that only holds an event word, hands the date to its verb.
func (t *tree) reattach(g int) int {
	switch t.w[g].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return g
	}
	switch t.w[g].Rel {
	case "obj", "iobj", "nsubj", "nsubj:pass":
	default:
		return g
	}
	h := t.head(g)
	if h < 0 || t.w[h].UPOS != "VERB" || t.date[h] != 0 {
		return g
	}
	if t.typeOf(g) != "" && !t.institution(g) {
		return g // "held talks on Monday": the talks are dated
	}
	return h
}

// institution reports whether word i is a name that is an event noun on
// its own ("Congress", "the General Assembly"): a body, not a happening.
func (t *tree) institution(i int) bool {
	return t.w[i].UPOS == "PROPN" && t.typeOf(i) != ""
}

// isComplement reports whether word i is the complement of the verb it
// attaches to: an xcomp, or a "to" clause parsed as an adverbial or
// clausal one ("threatened to close", "expect the two sides to meet").
func (t *tree) isComplement(i int) bool {
	switch t.w[i].Rel {
	case "xcomp":
		return true
	case "advcl", "ccomp":
		return t.isInfinitive(i)
	}
	return false
}

// denied reports whether word g lies in the content of a denial, up
// through a noun whose content it is (see [Result.Denied]).
func (t *tree) denied(g int) bool {
	x := g
	for step := 0; step < 4; step++ {
		h := t.head(x)
		if h < 0 {
			return false
		}
		r := t.rel(x)
		if (r == "ccomp" || r == "acl" || r == "obj" && x != g) && t.class(h)&classDeny != 0 && t.pos(h) == posVerb {
			return true
		}
		if r != "acl" && r != "obj" && r != "ccomp" && r != "advcl" && r != "xcomp" {
			return false
		}
		x = h
	}
	return false
}

// content reports whether clause g, which modifies a noun, says what the
// noun holds rather than when it was: "reports that border officials had
// turned back lorries" has its own subject after "that".
func (t *tree) content(g int) bool {
	m := t.child(g, "mark")
	return m >= 0 && strings.EqualFold(t.w[m].Form, "that") && t.child(g, "nsubj", "nsubj:pass") >= 0
}

// isInfinitive reports whether word i is a verb marked with "to".
func (t *tree) isInfinitive(i int) bool {
	if t.pos(i) != posVerb {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "mark" && strings.EqualFold(t.w[k].Form, "to") {
			return true
		}
	}
	return false
}

// complement returns the first complement of verb i (see
// [tree.isComplement]), or -1.
func (t *tree) complement(i int) int {
	for _, k := range t.kids[i] {
		if t.isComplement(k) {
			return k
		}
	}
	return -1
}

// typedChild returns the first child of i by relation rel that the
// lexicon types, or -1.
func (t *tree) typedChild(i int, rel string) int {
	for _, k := range t.kids[i] {
		if t.rel(k) == rel && t.date[k] == 0 && t.typeOf(k) != "" {
			return k
		}
	}
	return -1
}

// pairType returns the type the lexicon gives verb v with its object o
// ("hold talks"), or "".
func (t *tree) pairType(v, o int) string {
	return lex().types[posVerbObject][t.lemma(v)+" "+t.lemma(o)]
}

// eventType returns the type of the event trigger g names; reported says
// that the event is the content of someone's words.
func (t *tree) eventType(g int, reported bool) string {
	if g < 0 {
		return "other"
	}
	if t.pos(g) != posNoun {
		if o := t.child(g, "obj", "nsubj:pass"); o >= 0 {
			if typ := t.pairType(g, o); typ != "" {
				return typ
			}
			if t.class(g)&classLight != 0 {
				if typ := t.typeOf(o); typ != "" {
					return typ
				}
			}
		}
		typ, listed := t.typeListed(g)
		if a := t.agent(g); a != "" && (!listed || typ == "other" || typ == "statement" ||
			(a == "disaster" || a == "economic") && typ == "attack") {
			// "the court ordered", "the judges rejected", "the typhoon
			// killed": who acts says what kind of event it is.
			return a
		}
		if listed {
			return typ
		}
	}
	if typ := t.nounType(g); typ != "" {
		if typ == "election" && t.voteOnMeasure(g) {
			return "other"
		}
		if typ == "visit" && t.pos(g) == posVerb && t.child(g, "obj") >= 0 {
			// a verb of travel that WordNet alone types, with an object:
			// "drove 900 tractors into the quarter" moves a thing, no
			// one visits
			return "other"
		}
		return typ
	}
	if t.class(g)&classSpeech != 0 {
		return "statement"
	}
	return "other"
}

// voteOnMeasure reports whether noun g is a vote on a measure, which a
// parliament or a board holds and which elects no one: "the final vote
// on the Finance Bill".
func (t *tree) voteOnMeasure(g int) bool {
	if t.lemma(g) != "vote" {
		return false
	}
	for _, k := range t.kids[g] {
		switch t.lemma(k) {
		case "bill", "budget", "motion", "amendment", "law", "ordinance", "resolution", "reading":
			if t.caseOf(k) == "on" {
				return true
			}
		}
	}
	return false
}

// agent returns the type that the one who does verb v gives it: a court,
// a prosecutor or the police make it legal, fighters an attack, a storm
// or a fire a disaster; "" when the subject (or the agent of a passive)
// names none of these.
func (t *tree) agent(v int) string {
	k := t.subject(v)
	if k < 0 || t.w[k].Rel == "nsubj:pass" {
		k = -1
		for _, c := range t.kids[v] {
			if t.w[c].Rel == "obl:agent" {
				k = c
			}
		}
	}
	if k < 0 {
		return ""
	}
	if typ := t.nounType(k); typ == "disaster" || typ == "economic" {
		// "the storm destroyed", "inflation eased", "prices hit a record"
		return typ
	}
	if a := lex().agentType(strings.ToLower(t.w[k].Lemma)); a != "" {
		return a
	}
	// A name of a body: "the Graz public prosecutor's office", "the
	// Rotterdam District Court".
	for _, c := range t.kids[k] {
		if r := t.rel(c); r == "compound" || r == "nmod" || r == "amod" {
			if a := lex().agentType(strings.ToLower(t.w[c].Lemma)); a != "" {
				return a
			}
		}
	}
	return ""
}

// status reads the verb group over trigger g: its auxiliaries and
// negation, and the verbs of plan, expectation, threat, schedule and
// cancellation that govern it.
func (t *tree) status(g int) string {
	if g < 0 {
		return "reported"
	}
	if s := t.overruled(g); s != "" {
		return s
	}
	if s := t.verbStatus(g); s != "negated" || !t.until() {
		return s
	}
	// "did not sign a treaty until 1980": it happened then.
	return "reported"
}

// until reports whether the analysed date is governed by "until" or
// "till".
func (t *tree) until() bool {
	for i := range t.w {
		if h := t.head(i); h >= 0 && t.date[h] == 1 && t.rel(i) == "case" {
			switch strings.ToLower(t.w[i].Form) {
			case "until", "till", "til":
				return true
			}
		}
	}
	return false
}

// verbStatus reads the status of trigger g off its verb group and the
// verbs that govern it.
func (t *tree) verbStatus(g int) string {
	if t.pos(g) == posVerb {
		// The trigger is the timing itself: "the awards night is
		// expected in late March".
		if t.class(g)&classExpect != 0 {
			return "expected"
		}
		// "a rail line is planned for the 2030s", "friends are planning
		// a tribute concert in December": so is a plan, unless denied
		if t.lemma(g) == "plan" && t.ownStatus(g) != "negated" && t.beAux(g) {
			return "planned"
		}
	}
	x := g
	for step := 0; step < 8; step++ {
		h := t.head(x)
		s := t.ownStatus(x)
		if s == "scheduled" && h >= 0 && t.rel(x) == "ccomp" && t.class(h)&classThreaten != 0 && t.pos(h) == posVerb {
			// "warned that it would impose tariffs": a threat
			return "threatened"
		}
		if s != "" {
			return s
		}
		if h < 0 {
			return "reported"
		}
		hc := t.class(h)
		rel := t.w[x].Rel
		if t.isComplement(x) {
			rel = "xcomp"
		}
		if rel == "acl" && t.pos(h) == posNoun && t.isInfinitive(x) {
			rel = "xcomp" // "its plans to open an office"
			if d := t.child(h, "det"); d >= 0 && hc&classPlan != 0 && strings.EqualFold(t.w[d].Form, "no") {
				return "negated" // "had no plans to cut flights"
			}
		}
		switch rel {
		case "xcomp":
			if st := classStatus(hc, xcompStatus); st != "" {
				return st
			}
			x = h
		case "obj", "nsubj:pass":
			if hc&classCancel != 0 && tradeNoun[t.lemma(x)] {
				// "suspended imports of poultry": trade stopped is a
				// measure taken, not an event called off
				return "reported"
			}
			if st := classStatus(hc, objectStatus); st != "" {
				return st
			}
			if hc&classLight == 0 && (t.w[h].UPOS != "VERB" || t.typeOf(h) != "") {
				return "reported"
			}
			x = h
		case "nsubj":
			// "the visit will take place", "the talks were postponed"
			if t.pos(h) == posNoun || t.typeOf(h) != "" && hc&classCancel == 0 {
				return "reported"
			}
			if hc&classCancel != 0 {
				return "cancelled"
			}
			x = h
		default:
			return "reported"
		}
	}
	return "reported"
}

// overruled returns the status that the rest of the sentence gives the
// event at trigger g whatever its own verb group says: cancelled when a
// verb of cancelling takes the event as its subject or object or is
// coordinated with the clause that timed it ("a debate, planned for
// Thursday, has been called off", "had been set for Saturday, but the
// umpires postponed it"); negated when the clause is the content of a
// denial ("denied that the signal had malfunctioned", "rejected reports
// that tablets had been shipped"); threatened for a promise with an
// "unless" ("would close the road unless troops pulled back"). It
// returns "" when none of these holds.
func (t *tree) overruled(g int) string {
	event := []int{g}
	if h := t.head(g); h >= 0 && t.rel(g) == "acl" && t.pos(h) == posNoun {
		event = append(event, h)
	}
	if k := t.child(g, "nsubj", "nsubj:pass"); k >= 0 && t.pos(k) == posNoun {
		event = append(event, k)
	}
	if t.superseded(g) {
		return "cancelled"
	}
	for v := range t.w {
		if t.pos(v) != posVerb || t.class(v)&classCancel == 0 || t.date[v] != 0 || v == g {
			continue
		}
		for _, e := range event {
			if e == v {
				continue
			}
			if h := t.head(e); h == v && (t.rel(e) == "obj" || t.rel(e) == "nsubj") && !tradeNoun[t.lemma(e)] {
				return "cancelled"
			}
		}
		// "had been set for Saturday, but the umpires postponed it",
		// "had been planned for last autumn but was pushed back": a
		// cancelling verb coordinated with the clause, about the same
		// thing.
		c := g
		if h := t.head(g); h >= 0 && t.pos(g) == posNoun && t.rel(g) == "nsubj" {
			c = h // the event noun is the clause's subject
		}
		if t.rel(v) == "conj" && t.head(v) == c || t.rel(c) == "conj" && t.head(c) == v {
			o := t.child(v, "obj")
			if o >= 0 && t.w[o].UPOS == "PRON" || o < 0 && t.child(v, "nsubj", "nsubj:pass") < 0 {
				return "cancelled"
			}
		}
	}
	if t.denied(g) {
		return "negated"
	}
	v := g
	if h := t.head(g); h >= 0 && t.pos(g) == posNoun && t.pos(h) == posVerb && t.rel(g) == "obj" {
		v = h // "we will call a 48-hour strike ... if": the verb over the event noun
	}
	if t.ownStatus(v) == "scheduled" {
		for _, k := range t.kids[v] {
			if t.rel(k) != "advcl" {
				continue
			}
			for _, m := range t.kids[k] {
				if t.rel(m) != "mark" {
					continue
				}
				// "unless troops pulled back", "if the cut is not
				// reversed", "would sue if the council approved the
				// rezoning": a promise on a condition is a threat.
				if f := t.w[m].Form; strings.EqualFold(f, "unless") || strings.EqualFold(f, "if") {
					return "threatened"
				}
			}
		}
	}
	return ""
}

// superseded reports whether the plan that dates trigger g was given up:
// the plan is told in the past perfect or as the original one ("had been
// due to give a speech on Wednesday", "originally due to start in
// October") and the sentence cancels something or names the new date
// ("but cancelled it", "will now begin on Nov. 14").
func (t *tree) superseded(g int) bool {
	plan := -1
	for x, step := g, 0; x >= 0 && step < 4; x, step = t.head(x), step+1 {
		if t.class(x)&(classSchedule|classPlan|classExpect) != 0 {
			plan = x
			break
		}
		if x != g && !t.isComplement(x) && t.rel(x) != "acl" {
			break
		}
	}
	if plan < 0 {
		return false
	}
	pastPerfect, original := false, false
	for _, k := range t.kids[plan] {
		switch strings.ToLower(t.w[k].Form) {
		case "had":
			pastPerfect = pastPerfect || t.rel(k) == "aux"
		case "originally", "initially", "first":
			original = original || t.rel(k) == "advmod"
		}
	}
	if !pastPerfect && !original {
		return false
	}
	for v := range t.w {
		if v != plan && t.pos(v) == posVerb && t.class(v)&classCancel != 0 && t.date[v] == 0 {
			return true
		}
		if original && t.date[v] == 2 {
			return true // the new date
		}
	}
	return false
}

// beAux reports whether verb v has a form of "be" for its auxiliary: a
// passive ("is planned") or a progressive ("are planning").
func (t *tree) beAux(v int) bool {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "aux" || r == "aux:pass") && t.w[k].Lemma == "be" {
			return true
		}
	}
	return false
}

// ownStatus returns the status word i's own auxiliaries, negation and
// modifiers give ("will visit", "did not attend", "the planned visit"),
// or "" when they give none.
func (t *tree) ownStatus(i int) string {
	for _, k := range t.kids[i] {
		w := t.w[k]
		switch t.rel(k) {
		case "advmod":
			switch w.Lemma {
			case "not", "never", "n't":
				return "negated"
			}
		case "aux":
			switch w.Lemma {
			case "will", "shall", "would", "'ll", "wo":
				return "scheduled"
			case "could", "may", "might", "can", "should":
				return "expected"
			}
		case "amod":
			c := lex().classes[posAdj][w.Lemma] | lex().classes[posVerb][w.Lemma]
			switch {
			case c&classCancel != 0:
				return "cancelled"
			case c&classPlan != 0:
				return "planned"
			case c&classSchedule != 0:
				return "scheduled"
			case c&classExpect != 0:
				return "expected"
			}
		}
	}
	return ""
}

// classStatusPair pairs a governing verb's class with the status it
// gives the event it governs.
type classStatusPair struct {
	class  uint16
	status string
}

// The statuses that a governor gives a complement ("plans to visit")
// and an object ("postponed the visit"), first match first.
var (
	xcompStatus = []classStatusPair{
		{classPlan, "planned"}, {classExpect, "expected"}, {classThreaten, "threatened"},
		{classSchedule, "scheduled"}, {classCancel, "cancelled"}, {classDeny, "negated"},
	}
	objectStatus = []classStatusPair{
		{classCancel, "cancelled"}, {classPlan, "planned"}, {classExpect, "expected"},
	}
)

// classStatus returns the status of the first pair whose class c has,
// or "".
func classStatus(c uint16, pairs []classStatusPair) string {
	for _, p := range pairs {
		if c&p.class != 0 {
			return p.status
		}
	}
	return ""
}
