package event

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// placeCase lists the prepositions that put an event in a place: "in
// Geneva", "at La Moneda palace", "near Kagoshima", "off Klaipėda".
var placeCase = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "off": true, "inside": true,
}

// Location returns the span of the place where the event that word
// trigger of s names happens, as the sentence's tree gives it: a name
// governed by "in", "at", "near", "outside" or "off" that modifies the
// trigger, or the verb whose subject or object the trigger is ("held
// talks in Geneva"). Names of months and the words of the date
// expressions dates are no places. It returns ok false when the clause
// names no place.
func Location(s *syntax.Sentence, trigger int, dates []Span) (Span, bool) {
	if trigger < 0 || trigger >= len(s.Words) {
		return Span{}, false
	}
	t := newTree(s, Span{-1, -1}, dates)
	heads := []int{trigger}
	if h := t.head(trigger); h >= 0 && t.pos(trigger) == posNoun && t.pos(h) == posVerb {
		switch t.rel(trigger) {
		case "obj", "nsubj", "obl":
			heads = append(heads, h)
		}
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if r := t.rel(k); r != "obl" && r != "nmod" {
				continue
			}
			if !placeCase[t.caseOf(k)] || t.date[k] != 0 {
				continue
			}
			if sp, ok := t.place(k); ok {
				return sp, true
			}
		}
	}
	return Span{}, false
}

// place returns the span of the place name that word i heads: a proper
// name ("Geneva", "Negros Oriental"), with its common head noun when the
// name modifies one ("La Moneda palace", "Machinga district").
func (t *tree) place(i int) (Span, bool) {
	switch t.w[i].UPOS {
	case "PROPN":
		if monthOrDay[strings.ToLower(t.w[i].Form)] {
			return Span{}, false
		}
		return t.nameSpan(i), true
	case "NOUN":
		// a name before the noun: "the Dioura camp", "Machinga district"
		for _, k := range t.kids[i] {
			if t.rel(k) == "compound" && t.w[k].UPOS == "PROPN" && k < i && !monthOrDay[strings.ToLower(t.w[k].Form)] {
				sp := t.nameSpan(k)
				return Span{sp.Start, t.w[i].End}, true
			}
		}
	}
	return Span{}, false
}
