package event

import (
	"strings"
	"unicode"
)

// datelineEnd returns the token after a leading dateline ("TOKYO —"), or
// 0 when the sentence has none.
func (a *analyzer) datelineEnd() int {
	if len(a.toks) == 0 {
		return 0
	}
	if !anAllCaps(a.s[a.toks[0].s:a.toks[0].e]) {
		return a.titleDateline()
	}
	for i := 1; i < len(a.toks) && i < 14; i++ {
		switch a.toks[i].low {
		case "—", "–", "―":
			return i + 1
		case "-":
			if i+1 < len(a.toks) && a.toks[i+1].s > a.toks[i].e {
				return i + 1
			}
		}
	}
	return 0
}

// titleDateline returns where a dateline that writes its place in
// title case ends ("Mumbai, Nov 11 -"), or 0: a place, a comma, a date
// and a dash, with nothing else before the dash.
func (a *analyzer) titleDateline() int {
	if !a.toks[0].cap || a.toks[0].kind != anWord || a.toks[0].date != 0 || monthOrDay[a.toks[0].low] {
		return 0 // a stamp of a live blog ("Thursday, 14 March –") opens its entry
	}
	dated := false
	for i := 1; i < len(a.toks) && i < 10; i++ {
		t := a.toks[i]
		switch {
		case t.low == "—" || t.low == "–" || t.low == "-":
			if dated {
				return i + 1
			}
			return 0
		case t.date != 0:
			dated = true
		case t.low == "," || t.kind == anWord && t.cap && !dated:
		default:
			return 0
		}
	}
	return 0
}

// anAllCaps reports a word of two or more letters, all upper case.
func anAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// status reads the auxiliaries and modal words before the trigger, and
// between it and the expression when the expression comes after it.
func (a *analyzer) status(c anCandidate) string {
	var win []int
	from := c.i - 1
	if w := a.toks[c.i].low; c.i > 0 && (strings.HasSuffix(w, "ed") || anIrregular[w] != "") && !anAux[a.toks[c.i-1].low] &&
		!strings.HasSuffix(a.toks[c.i-1].low, "n't") && a.toks[c.i-1].kind == anWord {
		// a participle after a noun: "jets bought in the 1990s" is past
		// whatever the verb before the noun says
		from = -1
	}
	for i, n := from, 0; i >= 0 && n < 8; i-- {
		t := a.toks[i]
		if t.date == 1 && i+1 < len(a.toks) && a.toks[i+1].low == "to" && a.toks[i+1].date == 0 {
			// "will travel to Moscow on Friday to sign": the purpose
			// takes the status of the verb before the date
			continue
		}
		if t.date == 1 || (t.kind == anPunct && t.low != "'s") || a.anBoundary(i) >= 4 {
			break
		}
		win = append(win, i)
		n++
	}
	for i, j := 0, len(win)-1; i < j; i, j = i+1, j-1 {
		win[i], win[j] = win[j], win[i]
	}
	for i := c.i; i <= c.j; i++ {
		win = append(win, i)
	}
	for i := c.j + 1; i < a.ds; i++ {
		win = append(win, i)
	}
	speech := false
	for _, t := range a.toks {
		if anSpeech[t.low] {
			speech = true
		}
	}
	word := func(k int) string {
		if k < 0 || k >= len(win) {
			return ""
		}
		return a.toks[win[k]].low
	}
	found := map[string]bool{}
	for k := range win {
		w := word(k)
		st := anStem(w)
		switch {
		case st == "cancel" || st == "cancell" || st == "postpon" || st == "scrap" || st == "abandon" || st == "shelv" || st == anStem("adjourned") ||
			(st == "call" && word(k+1) == "off") || (st == "put" && word(k+1) == "off"):
			switch word(k - 1) {
			case "found", "left", "lay", "lying", "remained", "stood":
				// "his car was found abandoned": a state, not an event called off
			default:
				found["cancelled"] = true
			}
		case st == "threaten":
			found["threatened"] = true
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") || (w == "no" && win[k]+1 == c.i):
			if win[k] >= c.i {
				break
			}
			if f := a.conditionOpen(win[k]); f >= 0 {
				// "would remove residents if they had not left by 6 p.m.
				// on Tuesday": the negation is the condition's, and a
				// promise or a threat on it is a threat
				if a.promiseBefore(f) {
					found["threatened"] = true
				}
				break
			}
			found["negated"] = true
		case st == "plan" || st == "intend" || st == "aim" || st == "intent":
			if n := word(k + 1); n == "to" || n == "for" || st == "intend" {
				found["planned"] = true
			}
		case w == "expected" || w == "expects" || w == "likely" || w == "should" || w == "poised" || w == "expect":
			found["expected"] = true
		case w == "will" || w == "shall" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") ||
			w == "scheduled" || w == "slated" || w == "upcoming" || w == "next" || w == "forthcoming":
			found["scheduled"] = true
		case w == "due" || w == "set":
			if p := word(k - 1); anBe[p] || word(k+1) == "to" || word(k+1) == "for" {
				if w != "set" || word(k+1) != "up" {
					found["scheduled"] = true
				}
			}
		case w == "would" && speech:
			found["scheduled"] = true
		case anBe[w] && (w == "is" || w == "are") && word(k+1) == "to":
			found["scheduled"] = true
		}
	}
	if !found["cancelled"] && !found["negated"] && a.plannedThenCalledOff() {
		// "had been due to decide on 30 May but put off its decision",
		// "graduation ceremonies, planned for 11 July, have been moved"
		found["cancelled"] = true
	}
	if !found["cancelled"] && !anDenial(a.toks[c.i].low) && a.deniedContent(c) {
		// "denied reports that its navy had boarded a boat on 16
		// November": what is denied did not happen, as far as the
		// speaker says
		found["negated"] = true
	}
	if !found["cancelled"] && !found["negated"] && !found["threatened"] && !found["planned"] && a.expectedAfter(c) {
		// "County schools will reopen next Monday, the superintendent
		// expects"
		found["expected"] = true
	}
	for _, s := range []string{"cancelled", "negated", "threatened", "planned", "expected", "scheduled"} {
		if found[s] {
			return s
		}
	}
	return "reported"
}

// conditionOpen returns the "if" or "unless" that opens the clause
// holding token k, looking back over asides set off by commas, or -1.
func (a *analyzer) conditionOpen(k int) int {
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		t := a.toks[i]
		switch {
		case t.low == "if" || t.low == "unless":
			return i
		case t.kind == anPunct && t.low != "," || t.date != 0 || anVerbLike(t) && !anAux[t.low]:
			return -1
		}
	}
	return -1
}

// promiseBefore reports whether a "will", a "would" or a threat before
// token f, in its sentence, makes the clause that f's condition governs
// a promise or a threat.
func (a *analyzer) promiseBefore(f int) bool {
	for i := f - 1; i >= 0; i-- {
		switch t := a.toks[i]; {
		case t.low == "would" || t.low == "will" || strings.HasSuffix(t.low, "'ll") || strings.HasSuffix(t.low, "’ll") ||
			anStem(t.low) == "threaten":
			return true
		case t.kind == anPunct && (t.low == "." || t.low == ";"):
			return false
		}
	}
	return false
}

// plannedThenCalledOff reports whether the analysed expression gives the
// date an event was planned for ("planned for 11 July", "set for
// Saturday", "due to decide on 30 May", "due to open tomorrow") and the
// rest of the sentence moves or calls it off ("have been moved", "but
// put off its decision", "but the organisers have postponed it").
func (a *analyzer) plannedThenCalledOff() bool {
	planned := false
	for k := a.ds - 1; k >= 0 && k >= a.ds-9; k-- {
		t := a.toks[k]
		if t.kind == anPunct && t.low != "," || t.date != 0 {
			break
		}
		switch t.low {
		case "planned", "set", "scheduled", "slated", "due":
			planned = true
		}
		if t.low == "," {
			break
		}
	}
	if !planned {
		return false
	}
	for k := a.de; k < len(a.toks) && k < a.de+14; k++ {
		t := a.toks[k]
		if t.kind == anPunct && t.low != "," || t.date != 0 && t.date != 1 {
			break
		}
		if off, _ := a.putOffAt(k); off {
			return true
		}
	}
	// or the verb whose object the plan's relative clause describes:
	// "has cancelled its tour of Japan, which was due to open in Tokyo
	// on 15 October"
	for k := a.ds - 1; k > 0 && k >= a.ds-10; k-- {
		if t := a.toks[k]; t.low != "which" && t.low != "that" {
			if t.kind == anPunct && t.low != "," {
				return false
			}
			continue
		}
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			if t := a.toks[j]; t.kind == anPunct && t.low != "," && t.low != "'s" || t.date != 0 {
				return false
			}
			if off, _ := a.putOffAt(j); off {
				return true
			}
		}
		return false
	}
	return false
}

// putOffAt reports whether token k starts a verb that calls off or
// moves an event ("postponed", "cancelled", "called off", "put back",
// "moved"), and whether it moves the event to a date of its own rather
// than only calling it off.
func (a *analyzer) putOffAt(k int) (off, moves bool) {
	t := a.toks[k]
	st, next := anStem(t.low), ""
	if k+1 < len(a.toks) {
		next = a.toks[k+1].low
	}
	switch {
	case st == "postpon" || st == "delay" || st == "defer" || st == "reschedul" || st == anStem("adjourned") || t.low == "moved":
		return true, true
	case (st == "put" || st == "push") && (next == "back" || next == "off"):
		return true, true
	case st == "cancel" || st == "cancell" || st == "scrap" || st == "call" && next == "off":
		return true, false
	}
	return false, false
}

// deniedContent reports whether trigger c and the analysed expression lie
// in a clause that "that" opens after a verb of denial, perhaps with
// what is denied between them: "denied that", "rejected reports that",
// "denied a report in the Dutch press that".
func (a *analyzer) deniedContent(c anCandidate) bool {
	from := min(c.i, a.ds)
	that := -1
	for k := from - 1; k >= 0 && k >= from-14; k-- {
		t := a.toks[k]
		if t.low == "that" {
			that = k
			break
		}
		passive := k > 0 && anBe[a.toks[k-1].low] // "had been told about the cracks"
		if t.kind == anPunct && t.low != "," || anDenial(t.low) || anSpeech[t.low] && !passive {
			return false
		}
	}
	if that < 1 {
		return false
	}
	for k := that - 1; k >= 0 && k >= that-8; k-- {
		t := a.toks[k]
		if anDenial(t.low) {
			return true
		}
		if t.kind == anPunct && t.low != "," || anVerbLike(t) && !anDenial(t.low) {
			return false
		}
	}
	return false
}

// expectedAfter reports whether the sentence ends in a clause of
// expectation set after the trigger's with a comma: ", the superintendent
// expects", ", analysts predict".
func (a *analyzer) expectedAfter(c anCandidate) bool {
	end := len(a.toks)
	for end > 0 && a.toks[end-1].kind == anPunct && a.toks[end-1].low != "," {
		end--
	}
	if end < 2 || end <= c.j+2 {
		return false
	}
	switch a.toks[end-1].low {
	case "expects", "expected", "predicts", "predicted", "forecasts", "forecast", "expect", "predict", "estimates", "estimated":
	default:
		return false
	}
	for k := end - 2; k > c.j && k >= end-7; k-- {
		switch t := a.toks[k]; {
		case t.low == ",":
			return true
		case t.kind == anPunct || t.date != 0 || anVerbLike(t):
			return false
		}
	}
	return false
}

// movedTo reports whether the analysed expression is the new date of the
// event that trigger c names or moves: "has been put back to 30
// November", "has put off its ruling to 3 March".
func (a *analyzer) movedTo(c anCandidate) bool {
	if a.ds < 1 || a.ds <= c.j {
		return false
	}
	switch a.toks[a.ds-1].low {
	case "to", "until", "till":
	default:
		return false
	}
	lo := c.i - 4
	for k := a.ds - 2; k >= 0 && k >= lo; k-- {
		t := a.toks[k]
		if t.low == "," {
			// "postponed its meeting, which had been set for 25 July,
			// to 9 September": the aside that gives the old date
			if j := a.asideBefore(k); j >= 0 {
				lo -= k - j
				k = j
				continue
			}
		}
		if t.kind == anPunct && t.low != "," || a.anBoundary(k) >= 4 && t.date == 0 {
			return false
		}
		if _, moves := a.putOffAt(k); moves {
			return true
		}
	}
	return false
}

// asideBefore returns the comma that opens an aside giving an event's
// old date, when token k is the comma that closes it: ", which was set
// for Saturday,", ", set for Dec. 4,", ", originally planned for May,";
// -1 when the words before k make no such aside.
func (a *analyzer) asideBefore(k int) int {
	for j := k - 1; j > 0 && j >= k-16; j-- {
		t := a.toks[j]
		if t.kind == anPunct && t.low != "," {
			return -1
		}
		if t.low != "," {
			continue
		}
		switch a.toks[j+1].low {
		case "which", "that", "set", "planned", "scheduled", "slated", "due", "originally", "initially", "first", "previously":
			return j
		}
		return -1
	}
	return -1
}

// anAux lists auxiliaries, modals and adverbs that may stand before a
// past form that is a verb of its own clause ("was signed", "had begun").
var anAux = map[string]bool{
	"will": true, "would": true, "shall": true, "to": true, "be": true, "been": true, "being": true, "is": true,
	"are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "not": true, "never": true,
	"also": true, "already": true, "just": true, "still": true, "did": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "can": true, "first": true, "then": true, "later": true,
	"recently": true, "reportedly": true, "allegedly": true, "previously": true, "formally": true, "officially": true,
}

var anBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true, "am": true}

// eventful decides whether the expression dates an event.
func (a *analyzer) eventful(cands []anCandidate, best, start, end int) bool {
	prev := func(k int) string {
		if k >= 0 && k < len(a.toks) {
			return a.toks[k].low
		}
		return ""
	}
	p := prev(a.ds - 1)
	expr := strings.ToLower(a.s[start:end])
	// a dateline or a "Posted:" line
	if a.ds <= 12 {
		if dl := a.datelineEnd(); dl > a.de {
			return false
		}
		for i := max(0, a.ds-3); i < a.ds; i++ {
			switch prev(i) {
			case "posted", "published", "updated", "dated", "filed":
				if i+1 < len(a.toks) && a.toks[i+1].low == ":" {
					return false
				}
			}
		}
	}
	// a state that holds since then: "has surged since 2019"
	if p == "since" {
		return false
	}
	// vague references and the present: "in recent years", "now"
	if expr == "now" || strings.Contains(expr, "recent") || strings.Contains(expr, "coming") || strings.HasPrefix(expr, "the past") {
		return false
	}
	// a holiday or a level named, not an event dated: "after the Easter
	// Monday holiday", "exceeded its Q4 2019 level"
	switch prev(a.de) {
	case "holiday", "holidays", "level", "levels", "average":
		return false
	}
	// something that repeats: "every Friday through the summer"
	cs, ce := a.clause(a.ds, a.de-1)
	for _, k := range a.sets {
		if k >= cs && k < ce {
			return false
		}
	}
	// a comparison: "than in 2019", "from $61 million a year earlier"
	if p == "than" {
		return false
	}
	if strings.HasSuffix(expr, "earlier") || strings.HasSuffix(expr, "ago") || strings.HasSuffix(expr, "before") {
		for i := max(0, a.ds-4); i < a.ds; i++ {
			switch prev(i) {
			case "from", "than", "compared", "versus", "vs", "against":
				return false
			}
		}
	}
	// a clock time next to a date carries no event of its own
	if anClock(expr) {
		for _, o := range a.others {
			if a.gapSpans(o) <= 6 {
				return false
			}
		}
	}
	// a state in the present: "the budget for this year is $9.3 billion",
	// "its shares have gained 58% this year"
	if strings.HasPrefix(expr, "this ") || expr == "today" || expr == "now" {
		for i := max(0, a.ds-6); i < min(len(a.toks), a.de+3); i++ {
			w := prev(i)
			if (w == "has" || w == "have") && prev(i+1) != "been" || (w == "is" || w == "are") && !anFutureAfter(prev(i+1)) {
				return false
			}
		}
	}
	// a forecast: "expects revenue of more than $700 million"
	if best >= 0 && cands[best].trig.typ == "economic" {
		switch anStem(a.toks[cands[best].i].low) {
		case "revenu", "profit", "earning", "sal", "growth", "inflation", "output", "income", "gdp", "result":
			for i := max(0, cands[best].i-4); i < cands[best].i; i++ {
				switch anStem(prev(i)) {
				case "expect", "forecast", "project", "predict", "estimat", "target", "see":
					if prev(i+1) != "to" {
						return false
					}
				}
			}
		}
	}
	if best < 0 {
		// no trigger: a clause in the present without an event verb
		// states something ("Kujira is the 14th typhoon this year")
		for i := cs; i < ce; i++ {
			w := prev(i)
			if (w == "is" || w == "are") && !anFutureAfter(prev(i+1)) {
				return false
			}
		}
	}
	return true
}

// anFutureAfter reports a word that turns "is" into a future or a
// passive: "is due to", "are set to", "is expected", "is planned".
func anFutureAfter(w string) bool {
	switch w {
	case "due", "set", "scheduled", "expected", "planned", "likely", "to", "slated", "being", "going", "poised", "about",
		"planning", "preparing", "hoping", "aiming", "organising", "organizing":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// gapSpans is the cost between the analysed expression and span o.
func (a *analyzer) gapSpans(o [2]int) int {
	if o[1] <= a.ds {
		return a.gap(o[1]-1, a.ds, a.de)
	}
	return a.gap(o[0], a.ds, a.de)
}

// anClock reports an expression that names a clock time.
func anClock(expr string) bool {
	for i := 1; i+1 < len(expr); i++ {
		if expr[i] == ':' && expr[i-1] >= '0' && expr[i-1] <= '9' && expr[i+1] >= '0' && expr[i+1] <= '9' {
			return true
		}
	}
	for _, w := range []string{"a.m.", "p.m.", "a.m", "p.m", " am", " pm", "gmt", "utc", "o'clock", "noon", "midnight"} {
		if strings.Contains(expr, w) {
			return true
		}
	}
	return false
}
