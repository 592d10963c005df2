package event

// gap is the cost between token k (a trigger) and the span [s, e).
func (a *analyzer) gap(k, s, e int) int {
	c := 0
	switch {
	case k < s:
		for i := k + 1; i < s; i++ {
			c += a.anBoundary(i)
		}
	case k >= e:
		for i := e; i < k; i++ {
			if i == e && a.toks[i].low == "," && a.introPhrase(s) {
				continue // "In April 2024, the United States imposed ..."
			}
			c += a.anBoundary(i)
		}
	}
	return c
}

// cost is the distance of candidate c from the span [s, e).
func (a *analyzer) cost(c anCandidate, s, e int) int {
	if c.j < s {
		return a.gap(c.j, s, e)
	}
	return a.gap(c.i, s, e)
}

// owned reports whether c is at least as near to the analysed expression
// as to any other.
func (a *analyzer) owned(c anCandidate) bool {
	mine := a.cost(c, a.ds, a.de)
	for _, o := range a.others {
		if a.coordinated(o) {
			continue
		}
		if a.cost(c, o[0], o[1]) < mine {
			return false
		}
	}
	return true
}

// coordinated reports whether the other expression o is joined to the
// analysed one by "and", "or" or a comma ("in 2014 and 2018"), so that
// both share their trigger.
func (a *analyzer) coordinated(o [2]int) bool {
	s, e := o[1], a.ds
	if o[0] >= a.de {
		s, e = a.de, o[0]
	}
	if e-s > 2 || e < s {
		return false
	}
	for i := s; i < e; i++ {
		switch a.toks[i].low {
		case "and", "or", ",", "in", "on", "then", "to":
		default:
			return false
		}
	}
	return true
}

// nearest returns the index of the owned, non-speech candidate with tokens
// in [s, e) that is nearest to the analysed expression, or -1 when none is
// within anMaxCost. On a tie the trigger before the expression wins: in
// English the governing verb usually comes first.
func (a *analyzer) nearest(cands []anCandidate, s, e, limit int, own bool) int {
	best, bestCost := -1, limit+1
	for k, c := range cands {
		if c.speech || c.i < s || c.j >= e || (own && !a.owned(c)) || a.inLaterRelative(c) {
			continue
		}
		if cost := a.weighted(c); cost < bestCost {
			best, bestCost = k, cost
		}
	}
	return best
}

// inLaterRelative reports whether candidate c lies in a relative clause
// that opens after the analysed expression: in "drove 900 tractors into
// the quarter on Monday, blocking roads around the building where
// ministers were meeting" the meeting is where, not what, happened then.
func (a *analyzer) inLaterRelative(c anCandidate) bool {
	if a.de < 0 || c.i < a.de {
		return false
	}
	for k := a.de; k < c.i; k++ {
		switch a.toks[k].low {
		case "where", "whom", "whose":
			return k > 0 && a.toks[k-1].kind == anWord
		}
	}
	return false
}

// weighted is the distance of c from the analysed expression plus its
// weight, and one more when it comes after the expression.
func (a *analyzer) weighted(c anCandidate) int {
	cost := a.cost(c, a.ds, a.de) + c.trig.weight
	if c.i >= a.de {
		cost++
	}
	// a topic rather than an event: "brief the president on the deal"
	k := c.i - 1
	if k >= 0 && (a.toks[k].low == "the" || a.toks[k].low == "a" || a.toks[k].low == "its" || a.toks[k].low == "their") {
		k--
	}
	if k >= 0 && k < c.i-0 {
		switch a.toks[k].low {
		case "on", "about", "over", "regarding", "concerning", "at":
			if k > 0 && a.toks[k-1].kind == anWord && a.toks[k-1].date == 0 || k > 0 && a.toks[k-1].low == "," {
				cost += 2
			}
		}
	}
	return cost
}

// during reports whether candidate c heads a "during" phrase ("during
// the pandemic").
func (a *analyzer) during(c anCandidate) bool {
	k := c.i - 1
	for k >= 0 && (a.toks[k].low == "the" || a.toks[k].low == "a" || a.toks[k].low == "its" || a.toks[k].low == "their" || a.toks[k].kind == anPoss) {
		k--
	}
	return k >= 0 && a.toks[k].low == "during"
}
