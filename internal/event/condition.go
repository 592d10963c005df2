package event

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// condition reports whether word a, which a date attaches to, lies in
// the condition of a promise or a warning: "would stay out for a week if
// the operator did not improve its offer by Friday", "would strike unless
// pay rose by 1 May". The date then dates a demand.
func (t *tree) condition(a int) bool {
	for x, n := a, 0; x >= 0 && n < 3; x, n = t.head(x), n+1 {
		if m := t.child(x, "mark"); m >= 0 {
			if f := t.w[m].Form; strings.EqualFold(f, "if") || strings.EqualFold(f, "unless") {
				// the promise may govern the clause from above: "would
				// use its powers to summon him if he had not agreed"
				for h, k := t.head(x), 0; h >= 0 && k < 3; h, k = t.head(h), k+1 {
					if t.ownStatus(h) == "scheduled" || t.pos(h) == posVerb && t.class(h)&classThreaten != 0 {
						return true // "had threatened to divert vessels if the stoppage lasted beyond Friday"
					}
				}
				return false
			}
			if !strings.EqualFold(t.w[m].Form, "to") {
				return false
			}
			// an infinitive climbs to the verb it completes: "if he had
			// not agreed to attend by 2 February"
		}
	}
	return false
}

// threatType returns the type of the action that the condition over word
// a threatens: the verb the "if" or "unless" clause modifies, or the
// complement that verb carries ("would use its powers to summon him");
// "" when it has none but other.
func (t *tree) threatType(a int) string {
	typ, _ := t.conditioned(a, 3, false)
	if typ == "other" {
		return ""
	}
	return typ
}

// conditioned finds the "if" or "unless" clause that holds word w,
// climbing at most steps heads (and, with advcl set, only through a
// clause that modifies its head), and returns the type of the action the
// clause governs: the verb it modifies, or that verb's complement
// ("would use its powers to summon him"), "other" when neither has one.
// It reports false when w lies in no condition, or the condition
// modifies no verb.
func (t *tree) conditioned(w, steps int, advcl bool) (string, bool) {
	for x, n := w, 0; x >= 0 && n < steps; x, n = t.head(x), n+1 {
		m := t.child(x, "mark")
		if m < 0 || advcl && t.rel(x) != "advcl" {
			continue
		}
		if f := t.w[m].Form; !strings.EqualFold(f, "if") && !strings.EqualFold(f, "unless") {
			continue
		}
		h := t.head(x)
		if h < 0 || t.pos(h) != posVerb {
			return "", false
		}
		for _, v := range []int{h, t.child(h, "xcomp")} {
			if v < 0 {
				continue
			}
			if typ := t.eventType(v, false); typ != "other" && typ != "statement" {
				return typ, true
			}
		}
		return "other", true
	}
	return "", false
}

// ConditionedType returns the type of the action that a condition
// holding word w of sentence s governs, when w lies in an "if" or
// "unless" clause: in "members would walk out from 5 June unless the
// university improved its pay offer" the offer names the condition, and
// the walkout is what is threatened. The action's type is "other" when
// the lexicon gives it none. It returns "" when w lies in no condition.
func ConditionedType(s *syntax.Sentence, w int) string {
	if w < 0 || w >= len(s.Words) {
		return ""
	}
	t := newTree(s, Span{Start: -1, End: -1}, nil)
	typ, _ := t.conditioned(w, 6, true)
	return typ
}
