package event

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// SubjectOf returns the subject that a gist cut from sentence s of text
// leaves out when it starts inside a clause with an auxiliary, a verb or
// the "to" of an infinitive ("Had been set, has been postponed", "To
// address a business forum", "Can prepare for the strike"): the noun
// phrase the tree gives as the clause's subject, cut to the words that
// name it. That is a relative clause's or a participle's antecedent ("a
// 36km trail run" that had been set), or the subject of the verb an
// infinitive or a second verb depends on ("Trần" to address a business
// forum). It returns the zero Subject when the gist opens with its
// subject, or the tree gives none; [Subject.Join] puts it before the gist.
func SubjectOf(s *syntax.Sentence, text, gist string) Subject {
	first, _, _ := strings.Cut(gist, " ")
	first = strings.TrimRight(first, ",;:.")
	if s == nil || first == "" {
		return Subject{}
	}
	w0 := gistStart(s, text, gist)
	if w0 <= 0 {
		return Subject{} // not found, or the sentence's own first word
	}
	switch s.Words[w0].UPOS {
	case "AUX", "VERB":
	case "PART":
		if !strings.EqualFold(first, "to") {
			return Subject{}
		}
	default:
		return Subject{}
	}
	t := newTree(s, Span{}, nil)
	v := w0
	switch t.w[w0].Rel {
	case "aux", "aux:pass", "cop", "mark":
		if h := t.head(w0); h >= 0 {
			v = h
		}
	}
	subj := t.subject(v)
	if subj >= 0 && t.relative(subj) {
		subj = -1
	}
	antecedent := false
	if subj < 0 {
		if h := t.head(v); h >= 0 && t.rel(v) == "acl" && (t.w[h].UPOS == "NOUN" || t.w[h].UPOS == "PROPN") {
			subj, antecedent = h, true // "a run that had been set", "a run set for Saturday"
		}
	}
	if subj < 0 && v == w0 && t.w[v].XPOS == "VBG" && t.rel(v) == "advcl" && t.child(v, "mark") < 0 {
		// "Trade has grown tenfold, reaching $2.4 billion last year": a
		// participle set after its clause shares the clause's subject
		if h := t.head(v); h >= 0 {
			subj = t.subject(h)
		}
	}
	if subj < 0 || subj >= w0 || t.w[subj].UPOS == "PRON" {
		return Subject{}
	}
	keep := make([]bool, len(t.w))
	t.namePhrase(subj, keep, true)
	if first := slices.Index(keep, true); !antecedent && first > 0 && (t.w[first-1].UPOS == "ADP" || strings.EqualFold(t.w[first-1].Form, "to")) {
		// "according to the property website, ... hit a record": a
		// phrase a preposition governs is no subject, whatever the
		// parse says (a relative clause's antecedent may be: "of the
		// 14 companies that listed")
		return Subject{}
	}
	var b strings.Builder
	for k, on := range keep {
		w := t.w[k]
		if !on || w.UPOS == "PUNCT" || w.Start < 0 || w.End > len(text) {
			continue
		}
		if b.Len() > 0 && !t.possessive(k) {
			b.WriteByte(' ')
		}
		b.WriteString(text[w.Start:w.End])
	}
	x := t.w[subj].XPOS
	plural := x == "NNS" || x == "NNPS" || t.child(subj, "conj") >= 0
	return Subject{Text: b.String(), Plural: plural, Verb: t.w[w0].UPOS != "PART"}
}

// Subject is the subject a gist left out (see [SubjectOf]).
type Subject struct {
	Text   string // the noun phrase, as the sentence writes it; "" for none
	Plural bool   // whether it is plural, for the verb that follows
	Verb   bool   // whether the gist opens with its verb, not with "to"
}

// Join puts the subject before gist, a gist in headline form, with the
// verb that opens the gist agreeing with it ("prices collapse"), and no
// article at the start; it keeps the whole at most 12 words by giving up
// words at the gist's end.
func (sb Subject) Join(gist string) string {
	if sb.Text == "" || gist == "" {
		return gist
	}
	head := strings.Fields(sb.Text)
	if len(head) > 1 {
		switch strings.ToLower(head[0]) {
		case "the", "a", "an":
			head = head[1:]
		}
	}
	rest := strings.Fields(strings.ToLower(gist[:1]) + gist[1:])
	if sb.Plural && sb.Verb && len(rest) > 0 {
		rest[0] = pluralVerb(rest[0])
	}
	all := append(head, rest...)
	if len(all) > maxGistWords {
		all = all[:maxGistWords]
		for len(all) > 1 && anDanglingEnd(all[len(all)-1]) {
			all = all[:len(all)-1]
		}
	}
	out := strings.TrimRight(strings.Join(all, " "), ",;:")
	return strings.ToUpper(out[:1]) + out[1:]
}

// maxGistWords is the most words a gist holds.
const maxGistWords = 12

// namePhrase marks the words of the noun phrase headed by h that name
// it: determiners, possessors, compounds and names, adjectives, numbers
// and the nouns coordinated with it ("Laura Quesada and Diego Mora"); no
// apposition, clause or prepositional phrase. top is set for the
// phrase's own head, whose conjunction, if it is itself coordinated,
// stays out.
func (t *tree) namePhrase(h int, keep []bool, top bool) {
	keep[h] = true
	for _, k := range t.kids[h] {
		switch t.w[k].Rel {
		case "cc":
			if !top {
				t.namePhrase(k, keep, false)
			}
		case "det", "compound", "flat", "flat:name", "fixed", "nummod", "amod", "nmod:poss", "conj":
			t.namePhrase(k, keep, false)
		case "case":
			if t.possessive(k) {
				keep[k] = true
			}
		}
	}
}

// anDanglingEnd reports a word a cut gist should not end on: a word that
// needs what follows it.
func anDanglingEnd(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ",;:")) {
	case "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "its", "their", "his", "her", "that", "which", "who":
		return true
	}
	return strings.HasSuffix(w, ",")
}

// gistStart returns the index of the word of s where gist, made of the
// sentence's words in order, starts: of the places its first word
// appears, the one from which its words run over the fewest sentence
// words; -1 when the gist is not made of the sentence's words.
func gistStart(s *syntax.Sentence, text, gist string) int {
	form := func(i int) string {
		w := s.Words[i]
		if w.Start < 0 || w.End > len(text) || w.End < w.Start {
			return ""
		}
		return text[w.Start:w.End]
	}
	fields := strings.Fields(gist)
	best, span := -1, len(s.Words)+1
	for i := range s.Words {
		at := 0
		// match the gist's bytes word by word from word i
		g := strings.Join(fields, " ")
		k := i
		for ; k < len(s.Words) && at < len(g); k++ {
			f := form(k)
			if f == "" {
				continue
			}
			for at < len(g) && g[at] == ' ' {
				at++
			}
			if len(g)-at >= len(f) && strings.EqualFold(g[at:at+len(f)], f) {
				at += len(f)
			} else if k == i {
				break
			}
		}
		if at >= len(g) && k-i < span {
			best, span = i, k-i
		}
	}
	return best
}

// possessive reports whether word k is a possessive ending ("'s").
func (t *tree) possessive(k int) bool {
	switch t.w[k].Form {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// pluralVerb returns the present form for a plural subject of a verb in
// the third person singular: "is" are, "has" have, "collapses" collapse.
// Other forms come back as they are.
func pluralVerb(v string) string {
	w := strings.TrimRight(v, ",;:")
	tail := v[len(w):]
	switch w {
	case "is":
		return "are" + tail
	case "was":
		return "were" + tail
	case "has":
		return "have" + tail
	case "does":
		return "do" + tail
	}
	switch {
	case strings.HasSuffix(w, "ss"), len(w) < 3:
		return v
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y" + tail
	case strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "sses"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2] + tail
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1] + tail
	}
	return v
}
