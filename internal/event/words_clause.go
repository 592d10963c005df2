package event

import "strings"

// frontedBefore reports whether the analysed date opens the sentence,
// after at most a preposition, and is set off by a comma or a dash (or
// stands as a stamp over its entry) from a short subject that runs up to
// token k: "On Monday, the general said", "4:40 p.m. — The airline says".
func (a *analyzer) frontedBefore(k int) bool {
	for i := 0; i < a.ds; i++ {
		if !anGoverning[a.toks[i].low] {
			return false
		}
	}
	if a.de >= len(a.toks) || k-a.de > 7 || k <= a.de {
		return false
	}
	from := a.de + 1
	switch {
	case a.toks[a.de].low == "," || isDash(a.toks[a.de].low):
	case a.ds == 0 && a.toks[a.de].cap:
		from = a.de // a stamp over its entry: "4:40 p.m. The airline says"
	default:
		return false
	}
	if k <= from {
		return false
	}
	for i := from; i < k; i++ {
		if t := a.toks[i]; t.kind == anPunct || t.date != 0 || anBoundaryWord(t.low) {
			return false
		}
	}
	return true
}

// mainAfter returns the clause that follows a subordinate one opening at
// token k ("while the allies were divided, Soviet forces crushed ..."):
// from after the comma that closes it to the next clause boundary, or an
// empty span when token k opens no subordinate clause closed by a comma.
func (a *analyzer) mainAfter(k int) (int, int) {
	if k >= len(a.toks) || !anSubordinator[a.toks[k].low] {
		return 0, 0
	}
	c := k + 1
	for c < len(a.toks) && a.toks[c].low != "," && !(a.toks[c].kind == anPunct && a.anBoundary(c) >= 8) {
		c++
	}
	if c >= len(a.toks) || a.toks[c].low != "," {
		return 0, 0
	}
	s, e := c+1, c+2
	for e < len(a.toks) && !a.hard(e) {
		e++
	}
	if !a.worded(s, e) {
		return 0, 0
	}
	return s, e
}

// frontedSaying returns the verb of saying of the main clause when the
// date and the chosen trigger b both lie in a phrase set before it, a
// phrase that opens with a preposition and names where it was said: in
// "In an interview in 2004, she denied that she had sung for Salazar"
// and "At his press conference this morning, Pryce said the club will
// not sell" what was said is the event, not the interview. It returns -1
// otherwise.
func (a *analyzer) frontedSaying(cands []anCandidate, b int) int {
	f := a.firstWord()
	if f >= len(a.toks) || !anGoverning[a.toks[f].low] || cands[b].speech || cands[b].i <= f || a.ds <= f {
		return -1
	}
	comma := -1
	for k := f + 1; k < len(a.toks); k++ {
		if a.toks[k].low == "," && k >= a.de && k > cands[b].j {
			comma = k
			break
		}
		// a participle that dates the noun may stand in it: "a letter
		// dated Jan. 20", "a statement issued on Monday"
		participle := k+1 == a.ds || k+2 == a.ds && anGoverning[a.toks[k+1].low]
		if a.toks[k].date == 0 && (a.toks[k].kind == anPunct && a.toks[k].low != "," || anVerbLike(a.toks[k]) && !participle) {
			return -1
		}
	}
	if comma < 0 {
		return -1
	}
	for k, c := range cands {
		if c.i <= comma || c.i > comma+6 || !c.speech && !anDenial(a.toks[c.i].low) && c.trig.typ != "statement" && c.trig.typ != "threat" {
			continue
		}
		for x := comma + 1; x < c.i; x++ {
			if a.toks[x].kind == anPunct || a.toks[x].date != 0 {
				return -1
			}
		}
		return k
	}
	return -1
}

// laterCause reports whether candidate c lies in a clause that "after",
// "before" or "because" opens after the analysed expression, while a verb
// before the expression makes its own clause the main one: in "ordered
// people to leave on Monday after an eruption sent ash into the sky" the
// date dates the order. A clause that "when" opens after the date says
// what happened then: "in August 2003, when a rocket exploded".
func (a *analyzer) laterCause(c anCandidate) bool {
	if c.i <= a.de || a.de >= len(a.toks) {
		return false
	}
	sub := -1
	for k := a.de; k < c.i && k <= a.de+1; k++ {
		switch a.toks[k].low {
		case "after", "because", "before":
			if !a.dateAfter(k) {
				sub = k
			}
		}
	}

	if sub < 0 {
		return false
	}
	for k := sub + 1; k < c.i; k++ {
		if a.hard(k) {
			return false
		}
	}
	for k := a.ds - 1; k >= 0 && !a.hard(k); k-- {
		if anVerbLike(a.toks[k]) {
			return true
		}
	}
	return false
}

// timedNoun reports whether trigger b only times the noun before it, a
// relative clause of beginning or ending ("in the season that ended in
// August", "in a ballot that closed on Tuesday 16 May"), so that the
// date dates the clause that noun belongs to. It returns that clause's
// trigger, nearest before the noun, or -1 for none.
func (a *analyzer) timedNoun(cands []anCandidate, b int) (int, bool) {
	c := cands[b]
	if c.i < 3 || c.speech {
		return -1, false
	}
	switch a.toks[c.i-1].low {
	case "that", "which":
	default:
		return -1, false
	}
	st := anStem(a.toks[c.i].low)
	if st != anStem("end") && st != anStem("close") && st != anStem("begin") && st != anStem("start") &&
		st != anStem("open") && st != anStem("finish") && st != anStem("expire") {
		return -1, false
	}
	noun := c.i - 2
	if t := a.toks[noun]; t.kind != anWord || t.cap || anVerbLike(t) {
		return -1, false
	}
	alt := -1
	for k, o := range cands {
		if o.j >= noun || o.speech || a.hardBetween(o.j, noun) {
			continue
		}
		alt = k
	}
	return alt, true
}

// participleSubject returns the event noun that a participle with the
// date modifies when trigger b is the verb right after the date, whose
// subject that noun is: in "A class action filed in federal court on
// Aug. 28 accuses Lumio of hiding the defect" the date dates the filing
// of the class action, not the accusing. It returns -1 otherwise.
func (a *analyzer) participleSubject(cands []anCandidate, b int) int {
	c := cands[b]
	if c.i != a.de || c.speech {
		return -1
	}
	for k := a.ds - 1; k > 0 && k >= a.ds-8; k-- {
		t := a.toks[k]
		if t.kind == anPunct || anBoundaryWord(t.low) {
			return -1
		}
		if t.cap || !strings.HasSuffix(t.low, "ed") || len(t.low) < 5 || anAux[a.toks[k-1].low] {
			continue
		}
		// the participle: the noun before it names the event
		for j, o := range cands {
			if o.j == k-1 && !o.speech && o.trig.weight == anStrong {
				return j
			}
		}
		return -1
	}
	return -1
}

// resultAfter reports, for the candidates cands, which lie in a
// participle set off by a comma right after the analysed expression when
// a trigger before the expression names the event: in "reached a pay deal
// late on Tuesday, ending a four-day strike" the date dates the deal, and
// the participle tells what came of it. Without a trigger before the
// date the participle may name the event itself: "fired on a warehouse
// last month, wounding two guards".
func (a *analyzer) resultAfter(cands []anCandidate) func(anCandidate) bool {
	p := a.de + 1
	if a.de >= len(a.toks) || a.toks[a.de].low != "," || p >= len(a.toks) || a.toks[p].kind != anWord ||
		a.toks[p].cap || len(a.toks[p].low) <= 5 || !strings.HasSuffix(a.toks[p].low, "ing") {
		return func(anCandidate) bool { return false }
	}
	before := false
	for _, c := range cands {
		if c.j < a.ds && !c.speech && !a.hardBetween(c.j, a.ds) {
			before = true
		}
	}
	return func(c anCandidate) bool { return before && c.i >= p }
}

// namesNoEvent reports whether candidate c is a word of an event used
// as an adjective of something that is none: a "primary school" holds no
// election, "primary care" is no vote.
func (a *analyzer) namesNoEvent(c anCandidate) bool {
	if c.i != c.j || a.toks[c.i].low != "primary" || c.j+1 >= len(a.toks) {
		return false
	}
	switch a.toks[c.j+1].low {
	case "school", "schools", "care", "teacher", "teachers", "pupils", "education", "healthcare", "source", "reason", "target", "goal":
		return true
	}
	return false
}

// negatedBetween reports whether a word of negation ("not", "never",
// "n't") stands in tokens [s, e).
func (a *analyzer) negatedBetween(s, e int) bool {
	for k := s; k < e && k < len(a.toks); k++ {
		if w := a.toks[k].low; w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}
