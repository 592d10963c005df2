package event

import "github.com/timeline-dev/timeline/internal/syntax"

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
	r.Attached = g
	g = t.climb(g, &r, 0)
	r.Trigger = g
	r.Type = t.eventType(g, r.Speaker >= 0)
	r.Status = t.status(g)
	return r
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
			if c&(classAspect|classPlan|classExpect|classThreaten|classSchedule) != 0 {
				if k := t.child(g, "xcomp"); k >= 0 && t.date[k] == 0 {
					g = k
					continue
				}
			}
			if c&(classLight|classAspect|classCancel) != 0 {
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
			if k := t.subject(g); k >= 0 && t.pos(k) == posNoun {
				if typ := t.nounType(k); typ != "" && (t.typeOf(g) == "" || typ == "disaster" ||
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
	return lex.types[posVerbObject][t.lemma(v)+" "+t.lemma(o)]
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
	}
	if typ := t.nounType(g); typ != "" {
		return typ
	}
	if t.class(g)&classSpeech != 0 {
		return "statement"
	}
	return "other"
}

// status reads the verb group over trigger g: its auxiliaries and
// negation, and the verbs of plan, expectation, threat, schedule and
// cancellation that govern it.
func (t *tree) status(g int) string {
	if g < 0 {
		return "reported"
	}
	x := g
	for step := 0; step < 8; step++ {
		if s := t.ownStatus(x); s != "" {
			return s
		}
		h := t.head(x)
		if h < 0 {
			return "reported"
		}
		hc := t.class(h)
		switch t.w[x].Rel {
		case "xcomp":
			if st := classStatus(hc, xcompStatus); st != "" {
				return st
			}
			x = h
		case "obj", "nsubj:pass":
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
			c := lex.classes[posAdj][w.Lemma] | lex.classes[posVerb][w.Lemma]
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
