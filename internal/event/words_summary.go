package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// summary condenses the clause [cs, ce) to at most 12 words around the
// trigger: the date expressions with their prepositions, quotation marks,
// brackets and the tokens skip marks are left out.
func (a *analyzer) summary(cs, ce, best int, cands []anCandidate, skip []bool) string {
	var keep []int
	for k := cs; k < ce; k++ {
		t := a.toks[k]
		if t.low == "(" && k > cs && a.toks[k-1].kind == anWord && a.toks[k-1].date == 0 {
			// a short aside: "Veridian Pharma AG (SIX: VRDN)", "the New
			// People's Army (NPA)"
			if c := slices.IndexFunc(a.toks[k:min(ce, k+10)], func(t Token) bool { return t.low == ")" }); c > 0 {
				k += c
				continue
			}
		}
		if t.date != 0 || skip[k] {
			continue
		}
		if (anGoverning[t.low] || t.low == "to") && a.dateAfter(k) {
			continue // "put back to 3 January", "from 4 to 6 October"
		}
		if t.low == "up" && k+1 < len(a.toks) && (a.toks[k+1].low == "until" || a.toks[k+1].low == "to") && a.dateAfter(k+1) {
			continue // "up until Thursday"
		}
		if (t.low == "least" || t.low == "most") && k > 0 && a.toks[k-1].low == "at" && a.dateAfter(k) {
			continue
		}
		if t.low == "at" && k+1 < len(a.toks) && (a.toks[k+1].low == "least" || a.toks[k+1].low == "most") && a.dateAfter(k+1) {
			continue
		}
		if t.kind == anPoss && k > 0 && a.toks[k-1].date != 0 {
			continue
		}
		if t.kind == anPunct && !anCurrency(t.low) {
			switch t.low {
			case ",", "%", "&", "/":
			default:
				continue // quotes, brackets, dashes
			}
		}
		keep = append(keep, k)
	}
	keep = a.dropAppositive(keep)
	first := 0
	for first < len(keep)-1 && anAux[a.toks[keep[first]].low] && !anVerbLike(a.toks[keep[first]]) {
		first++ // "which still has to be approved": an adverb before the verb
	}
	if as, ae := a.antecedent(cs); ae > as && len(keep) > 0 && anVerbLike(a.toks[keep[first]]) {
		// a relative clause is about its antecedent: "Japan's
		// parliament, which is expected to vote on it"
		var ante []int
		for k := as; k < ae; k++ {
			ante = append(ante, k)
		}
		keep = append(ante, keep...)
	}
	if best >= 0 && cands[best].i > a.de {
		// "after a difficult 2023, when production fell to a 25-year
		// low": what happened then is told by the clause that follows
		for k := a.de; k < cands[best].i; k++ {
			if w := a.toks[k].low; (w == "when" || w == "as") && k > 0 && a.toks[k-1].low == "," {
				if p := slices.Index(keep, k); p >= 0 {
					keep = keep[p+1:]
				}
				break
			}
		}
	}
	isWord := func(k int) bool { return a.toks[k].kind != anPunct && a.toks[k].kind != anPoss || a.toks[k].low == "&" }
	words := 0
	for _, k := range keep {
		if isWord(k) {
			words++
		}
	}
	if words > 12 && best >= 0 {
		// keep the start of the clause when it reaches the trigger, else
		// the subject and the predicate from its verb, else four words
		// before the trigger
		tw, tp := 0, 0
		for p, k := range keep {
			if k >= cands[best].i {
				tp = p
				break
			}
			if isWord(k) {
				tw++
			}
		}
		if tw > 9 {
			// the predicate reaches the trigger, or its result does:
			// "boarded navy boats in the area, injuring one sailor"
			reach := cands[best].i
			if reach > 0 && a.toks[reach-1].low == "," && strings.HasSuffix(a.toks[reach].low, "ing") {
				reach--
			}
			if sp, vp := a.subjectEnd(keep); sp > 0 && vp < tp && a.plain(keep[vp]+1, reach) {
				sw, vw := 0, 0
				for _, k := range keep[:sp] {
					if isWord(k) {
						sw++
					}
				}
				for _, k := range keep[vp:tp] {
					if isWord(k) {
						vw++
					}
				}
				if sw+vw < 12 {
					keep = append(keep[:sp:sp], keep[vp:]...)
					tp = -1
					if reach < cands[best].i {
						keep = a.dropPlace(keep, reach)
					}
				}
			}
			for n := 0; tp > 0 && n < 4; {
				tp--
				if isWord(keep[tp]) {
					n++
				}
			}
			// never from inside a name: "FNV | Havens, reached"
			for tp > 0 && a.toks[keep[tp]].cap && a.toks[keep[tp]].kind == anWord && keep[tp-1] == keep[tp]-1 &&
				a.toks[keep[tp-1]].kind == anWord && (a.toks[keep[tp-1]].cap || anNameJoiner[a.toks[keep[tp-1]].low]) {
				tp--
			}
			if tp >= 0 {
				keep = keep[tp:]
			}
		}
	}
	// leading connectives, commas and stranded prepositions
	for len(keep) > 0 {
		w := a.toks[keep[0]].low
		if anLeadTrim[w] && !(w == "at" && len(keep) > 1 && (a.toks[keep[1]].low == "least" || a.toks[keep[1]].low == "most")) ||
			a.toks[keep[0]].kind == anPunct || a.toks[keep[0]].kind == anPoss {
			keep = keep[1:]
			continue
		}
		break
	}
	var parts []int
	words = 0
	for _, k := range keep {
		if isWord(k) {
			if words == 12 {
				break
			}
			words++
		}
		parts = append(parts, k)
	}
	cut := len(parts) < len(keep)
	if cut {
		// never inside a name: "in Rio Grande do | Sul" loses the name
		nameTok := func(k int) bool {
			t := a.toks[k]
			return t.kind == anWord && (t.cap || anNameJoiner[t.low])
		}
		if next := keep[len(parts)]; a.toks[next].cap && a.toks[next].kind == anWord && len(parts) > 0 && next == parts[len(parts)-1]+1 {
			for len(parts) > 1 && nameTok(parts[len(parts)-1]) && parts[len(parts)-1] == parts[len(parts)-2]+1 {
				parts = parts[:len(parts)-1]
			}
			if len(parts) > 0 && nameTok(parts[len(parts)-1]) {
				parts = parts[:len(parts)-1]
			}
		}
	}
	// trailing punctuation, prepositions and articles; where the word
	// limit cut the clause, also a number whose unit was cut off
	// ("promised 50.9" of "50.9 billion reais")
	for len(parts) > 0 {
		k := parts[len(parts)-1]
		if a.toks[k].low == "%" && len(parts) > 1 && a.toks[parts[len(parts)-2]].kind == anNum {
			break // "by 5%"
		}
		if a.toks[k].kind == anPunct || anTailTrim[a.toks[k].low] || cut && a.toks[k].kind == anNum {
			parts = parts[:len(parts)-1]
			continue
		}
		if cut && a.toks[k].kind == anPoss && len(parts) > 1 {
			// "damage to his client's": a possessor without what it owns
			parts = parts[:len(parts)-2]
			continue
		}
		break
	}
	if p := slices.IndexFunc(parts, func(k int) bool { return a.toks[k].low == "," }); p > 0 {
		// a phrase the word limit or the clause's end cuts after its
		// first word (or two, for the limit) is left out with its comma:
		// "visited Hanoi to prepare the trip, days"
		for q := len(parts) - 1; q > p; q-- {
			if a.toks[parts[q]].low == "," {
				p = q
				break
			}
		}
		// The verb of the clause is no such phrase: "Dariusz Nowak, 29,
		// died".
		if t := a.toks[parts[p+1]]; (len(parts)-p == 2 || cut && len(parts)-p == 3) && t.kind == anWord && !t.cap &&
			!(anVerbLike(t) && !anSpeech[t.low] && a.toks[parts[p-1]].kind == anNum) {
			parts = parts[:p]
		}
	}
	// two commas left side by side enclosed a phrase the gist dropped
	// ("the eruption, in June 2011, killed"): both go
	for p := 0; p+1 < len(parts); p++ {
		if a.toks[parts[p]].low == "," && a.toks[parts[p+1]].low == "," {
			parts = slices.Delete(parts, p, p+2)
			p--
		}
	}
	var b strings.Builder
	prev := ""
	for _, k := range parts {
		t := a.toks[k]
		if b.Len() > 0 && t.kind != anPoss && t.low != "," && t.low != "%" && t.low != "/" &&
			!anCurrency(prev) && prev != "/" {
			b.WriteByte(' ')
		}
		b.WriteString(a.s[t.s:t.e])
		prev = t.low
	}
	out := b.String()
	if r, n := utf8.DecodeRuneInString(out); n > 0 && unicode.IsLower(r) {
		out = string(unicode.ToUpper(r)) + out[n:]
	}
	return out
}

// dropPlace removes from keep the place phrase that ends at the comma at
// token end ("in the same area" in "boarded navy boats in the same area,
// injuring one sailor"), so that what follows fits the gist.
func (a *analyzer) dropPlace(keep []int, end int) []int {
	p := slices.Index(keep, end)
	if p < 0 {
		return keep
	}
	for q := p - 1; q > 0 && q >= p-6; q-- {
		switch a.toks[keep[q]].low {
		case "in", "at", "near", "off", "outside", "inside", "around":
			return append(keep[:q:q], keep[p:]...)
		case ",":
			return keep
		}
	}
	return keep
}

// subjectEnd finds the subject of the clause whose kept tokens are keep:
// the noun phrase it starts with. It returns the position in keep where
// the subject ends and the one where its verb begins, which lie apart
// when a participle phrase describes the subject ("Chinese personnel
// armed with knives and axes boarded ..."), or 0, 0.
func (a *analyzer) subjectEnd(keep []int) (int, int) {
	sp := -1
	for p, k := range keep {
		if p >= 10 {
			return 0, 0
		}
		t := a.toks[k]
		if sp < 0 {
			if a.describing(k) {
				sp = p
				continue
			}
			if anVerbLike(t) {
				if p == 0 {
					return 0, 0
				}
				return p, p
			}
			continue
		}
		if anVerbLike(t) && a.toks[k-1].low != "with" && a.toks[k-1].low != "by" {
			return sp, p
		}
	}
	return 0, 0
}

// anVerbLike reports whether t looks like the finite verb of a clause:
// an auxiliary or a past form ("held", "boarded").
func anVerbLike(t Token) bool {
	if t.kind != anWord || t.cap || t.date != 0 {
		return false
	}
	w := t.low
	if anBe[w] || w == "has" || w == "have" || w == "had" || anSpeech[w] {
		return true
	}
	switch w {
	case "will", "would", "shall", "should", "could", "may", "might", "must", "can", "did":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4 || anIrregular[w] != "" && !strings.HasSuffix(w, "ing")
}

// dropAppositive leaves out of the kept tokens keep a description set off
// by commas between the name that opens them and its verb: "Patrick
// Sterckx, the lawyer for one of the arrested men, threatened" is
// "Patrick Sterckx threatened". The description starts with an article
// or a possessive and holds no verb.
func (a *analyzer) dropAppositive(keep []int) []int {
	n := 0
	for n < len(keep) && a.toks[keep[n]].cap && a.toks[keep[n]].kind == anWord && !sentStarter[a.toks[keep[n]].low] {
		n++
	}
	if n == 0 || n+2 >= len(keep) || a.toks[keep[n]].low != "," {
		return keep
	}
	switch a.toks[keep[n+1]].low {
	case "the", "a", "an", "its", "his", "her", "their":
	default:
		return keep
	}
	for c := n + 2; c < len(keep) && c <= n+14; c++ {
		t := a.toks[keep[c]]
		if t.low == "," {
			if c+1 < len(keep) && anVerbLike(a.toks[keep[c+1]]) {
				return append(keep[:n:n], keep[c+1:]...)
			}
			return keep
		}
		if t.kind == anPunct || t.date != 0 || anVerbLike(t) && !(c > n+1 && anNPStart(a.toks[keep[c-1]].low)) {
			return keep // a verb, unless an article makes it an adjective: "the arrested men"
		}
	}
	return keep
}

// antecedent returns the noun phrase a relative clause starting at token
// s refers to ("Japan's parliament" in "Japan's parliament, which is
// expected to vote"), as the token span [as, ae), or 0, 0.
func (a *analyzer) antecedent(s int) (int, int) {
	if s < 3 || a.toks[s-2].low != "," {
		return 0, 0
	}
	if w := a.toks[s-1].low; w != "which" && w != "who" {
		return 0, 0
	}
	ae := s - 2
	as, lower := ae, 0
	for as > 0 {
		t := a.toks[as-1]
		if t.date != 0 || t.kind == anPunct {
			break
		}
		if t.kind == anWord && !t.cap {
			switch {
			case anNPStart(t.low):
				as--
			case (t.low == "of" || t.low == "and" || t.low == "for") && as-2 >= 0 && a.toks[as].cap && (t.low == "of" || a.toks[as-2].cap):
				// "its tour of Japan and South Korea, which was due to
				// open": the names belong to the noun before them; "the
				// Court of Arbitration for Sport, which could hear the
				// case": one name
				as--
				continue
			case anTitle[t.low] || anTitleMod[t.low] || as == ae:
				as--
				continue
			case lower < 2 && !anLeadTrim[t.low] && !anTailTrim[t.low] && !anVerbLike(t) && !strings.HasSuffix(t.low, "ing"):
				lower++
				as--
				continue
			}
			break
		}
		as--
	}
	// a lower-case word the phrase starts with is a verb or a
	// preposition unless a determiner or a name comes before it: "fans
	// will applaud former captain Ron Ashby, who died"
	for as < ae && (a.toks[as].kind != anWord && a.toks[as].kind != anNum ||
		!a.toks[as].cap && !anNPStart(a.toks[as].low) && !anTitle[a.toks[as].low] && !anTitleMod[a.toks[as].low] && as < ae-1) {
		as++
	}
	if as == ae {
		return 0, 0
	}
	return as, ae
}

// anNPStart reports whether w begins a noun phrase: "the", "its".
func anNPStart(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those":
		return true
	}
	return false
}

// anLeadTrim lists words a summary does not begin with.
var anLeadTrim = map[string]bool{
	"and": true, "but": true, "also": true, "then": true, "so": true, "however": true, "meanwhile": true,
	"moreover": true, "in": true, "on": true, "at": true, "particular": true, "addition": true, "later": true,
	"earlier": true, "previously": true, "as": true, "that": true, "which": true, "where": true, "after": true,
	"before": true, "while": true, "when": true, "because": true, "although": true, "though": true, "by": true,
	"of": true, "for": true, "from": true, "since": true, "until": true, "during": true, "with": true,
}

// anTailTrim lists words a summary does not end with.
var anTailTrim = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "for": true, "to": true, "from": true, "by": true,
	"with": true, "the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "its": true,
	"his": true, "her": true, "their": true, "that": true, "which": true, "who": true, "between": true,
	"as": true, "than": true, "into": true, "over": true, "after": true, "before": true, "when": true,
	"including": true, "is": true, "are": true, "was": true, "were": true, "be": true,
}

// anDenial reports a form of a verb of denial.
func anDenial(w string) bool { return anDenialForm[w] }

// anDenialForm holds the forms of the verbs of denial.
var anDenialForm = map[string]bool{
	"denied": true, "denies": true, "deny": true, "denying": true, "rejected": true, "rejects": true,
	"reject": true, "rejecting": true, "dismissed": true, "dismisses": true, "dismiss": true,
	"refuted": true, "refutes": true, "refute": true,
}

// anNameJoiner holds the small words inside names: "Rio Grande do Sul",
// "Museo del Altiplano", "Bay of Bengal".
var anNameJoiner = map[string]bool{"do": true, "da": true, "de": true, "del": true, "la": true, "of": true, "von": true, "van": true, "der": true, "dos": true, "das": true}

// anCurrency reports a currency sign, which a summary keeps and writes
// against its amount: "$38 billion", "£6m", "€4.2 million".
func anCurrency(w string) bool {
	switch w {
	case "$", "£", "€", "¥", "₹", "₩", "₽", "₺", "₦":
		return true
	}
	return false
}
