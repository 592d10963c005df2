package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// Participant is a name, or a phrase that stands for one, taking part in
// an event: a subject, an object, an agent, a partner ("talks with"), a
// possessor ("Iran's attacks").
type Participant struct {
	Span
	// Anaphor marks a pronoun or a description ("the company", "she")
	// that names its participant elsewhere in the text.
	Anaphor bool
}

// Participants returns the participants of the event that word trigger of
// s names, in the order of the sentence, leaving out the words of the
// date expressions dates ("Last July, Pezeshkian published ...": July
// takes no part): the arguments of the trigger
// (and, for an event noun, of the verb it is the subject or object of:
// "the union began a strike"), with coordinated names expanded ("the
// United States and Britain"). Spans are in the coordinates of the words'
// offsets.
func Participants(s *syntax.Sentence, trigger int, dates []Span) []Participant {
	if trigger < 0 || trigger >= len(s.Words) {
		return nil
	}
	t := newTree(s, Span{-1, -1}, dates)
	var args []int
	add := func(i int) {
		if i < 0 {
			return
		}
		// "the union, which last halted work in 2019": a relative
		// pronoun stands for the noun its clause modifies.
		if t.relative(i) {
			if v := t.head(i); v >= 0 && t.w[v].Rel == "acl:relcl" {
				i = t.head(v)
				if i < 0 {
					return
				}
			}
		}
		for _, a := range args {
			if a == i {
				return
			}
		}
		args = append(args, i)
	}
	clause := func(v int) {
		if t.class(v)&classSpeech != 0 {
			// a speaker is named beside the verb of saying, never
			// inherited: a "said" parsed as a complement is not the
			// other clause's subject speaking
			add(t.child(v, "nsubj"))
		} else {
			add(t.subject(v))
		}
		for _, k := range t.kids[v] {
			switch t.w[k].Rel {
			case "obj", "iobj", "obl:agent", "nsubj:pass":
				if t.class(v)&classSpeech != 0 && t.w[k].Rel != "obl:agent" {
					continue // the hearer takes no part: "told France Info", "told the chamber"
				}
				if t.w[k].Rel == "obj" && t.offShore(v) {
					continue // "sank off Blackrock": the place, read as an object
				}
				add(k)
				// "signed a deal with Harbour Cranes"
				for _, n := range t.kids[k] {
					if c := t.caseOf(n); t.rel(n) == "nmod" && (c == "with" || c == "against") {
						add(n)
					}
				}
			case "obl":
				if c := t.caseOf(k); c == "with" || c == "against" {
					add(k)
				}
			}
		}
	}
	if t.pos(trigger) == posNoun {
		for _, k := range t.kids[trigger] {
			switch t.w[k].Rel {
			case "nmod:poss":
				add(k)
			case "nmod":
				switch t.caseOf(k) {
				case "of", "with", "against", "by":
					add(k)
				}
			}
		}
		if h := t.head(trigger); h >= 0 && t.pos(h) != posNoun {
			switch t.rel(trigger) {
			case "obj", "nsubj", "obl", "xcomp":
				clause(h)
			}
		}
	} else {
		clause(trigger)
	}
	// The possessor of an object takes part too: "will hear the
	// company's request" (not that of a subject: "Hale's
	// brother-in-law, Dennis Orr, pleaded guilty", unless the subject
	// is a body through which its possessor acts: "the Fund's
	// executive board").
	for _, a := range args {
		if t.pos(a) == posNoun && a != trigger && (t.w[a].Rel == "obj" || anOrgan[t.w[a].Form]) {
			if k := t.child(a, "nmod:poss"); k >= 0 {
				add(k)
			}
		}
	}
	var out []Participant
	for _, a := range args {
		out = t.names(a, out, 0)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// offShore reports whether verb v is one of a vessel's or a vehicle's
// mishaps with "off" read as its particle ("sank off Blackrock",
// "overturned off the coast"), whose object is then the place where it
// happened.
func (t *tree) offShore(v int) bool {
	k := t.child(v, "compound:prt")
	if k < 0 || !strings.EqualFold(t.w[k].Form, "off") {
		return false
	}
	switch t.w[v].Lemma {
	case "sink", "overturn", "capsize", "founder", "crash", "ground", "drift", "explode", "burn", "anchor", "sail", "moor", "run", "go", "break":
		return true
	}
	return false
}

// caseOf returns the lower-case preposition of noun i, or "".
func (t *tree) caseOf(i int) string {
	if k := t.child(i, "case"); k >= 0 {
		return strings.ToLower(t.w[k].Form)
	}
	return ""
}

// names appends the names that word i heads, and those of the words
// coordinated with it.
func (t *tree) names(i int, out []Participant, depth int) []Participant {
	if depth > 4 || t.date[i] != 0 {
		return out
	}
	w := t.w[i]
nameCase:
	switch {
	case w.UPOS == "PROPN" || w.UPOS == "NOUN" && t.capitalised(i) && i > 0:
		sp := t.nameSpan(i)
		// A name before a common noun modifies it, whatever the
		// parse says: "its Mount Hale mine", "the Dioura camp".
		next := -1
		for k := i + 1; k < len(t.w); k++ {
			if t.w[k].Start >= sp.End {
				next = k
				break
			}
		}
		if next >= 0 && !t.capitalised(next) {
			switch t.w[next].UPOS {
			case "NOUN", "PRON", "ADJ":
				// ("mine" read as a pronoun is still a noun here)
				break nameCase
			}
		}
		if t.facility(sp, next) {
			break nameCase // a venue, "La Aurora International Airport", takes no part
		}
		if next >= 0 && next+1 < len(t.w) && t.w[next].Form == "-" && t.w[next].Start == sp.End &&
			t.w[next+1].Start == t.w[next].End && t.w[next+1].UPOS == "NUM" {
			break nameCase // a code, "registration CK-217", names no one
		}
		out = append(out, Participant{Span: sp})
	case w.UPOS == "PRON" && w.XPOS != "" && w.XPOS != "PRP$":
		switch strings.ToLower(w.Form) {
		case "he", "she", "it", "they", "him", "her", "them":
			out = append(out, Participant{Span: Span{w.Start, w.End}, Anaphor: true})
		}
	case w.UPOS == "NOUN":
		if k := t.child(i, "det"); k >= 0 && strings.EqualFold(t.w[k].Form, "the") {
			out = append(out, Participant{Span: Span{t.w[k].Start, w.End}, Anaphor: true})
		}
	}
	for _, k := range t.kids[i] {
		// "the United States and Britain"; "the operator, Santos
		// Portuária"
		if r := t.w[k].Rel; r == "conj" || r == "appos" {
			out = t.names(k, out, depth+1)
		}
	}
	return out
}

// facility reports whether the name at span sp, or the capitalised words
// after it from word next on, end in a noun of a place built or laid
// out: "La Aurora International Airport", "the Abel Tasman Coast Track".
func (t *tree) facility(sp Span, next int) bool {
	last := -1
	for k, w := range t.w {
		if w.Start >= sp.Start && w.End <= sp.End {
			last = k
		}
	}
	for k := next; k >= 0 && k < len(t.w) && k <= next+3 && t.capitalised(k); k++ {
		last = k
	}
	if last < 0 {
		return false
	}
	l := strings.ToLower(t.w[last].Form)
	return anFacility[l] || anPrize[l] && last > 0 && t.capitalised(last)
}

// relative reports whether word i is a relative pronoun: "which", "who",
// "that" heading no phrase of its own.
func (t *tree) relative(i int) bool {
	if t.w[i].UPOS != "PRON" {
		return false
	}
	switch strings.ToLower(t.w[i].Form) {
	case "which", "who", "that", "whom":
		return true
	}
	return false
}

// nameSpan returns the span of the name whose head word is i: the
// capitalised words around it that depend on it ("Santos Dockers'
// Union", "Kim Jong Un", "Pacific Gas & Electric").
func (t *tree) nameSpan(i int) Span {
	lo, hi := i, i
	inside := func(k int) bool { h := t.head(k); return h >= lo && h <= hi }
	joiner := func(k int) bool {
		switch t.w[k].Form {
		case "'", "’", "&":
			return true
		}
		return false
	}
	for lo > 0 && inside(lo-1) && t.w[lo-1].UPOS != "DET" && (t.capitalised(lo-1) || joiner(lo-1) && lo-1 > 0) {
		lo--
	}
	for hi+1 < len(t.w) && inside(hi+1) && (t.capitalised(hi+1) || joiner(hi+1) && hi+2 < len(t.w) && t.capitalised(hi+2)) {
		hi++
	}
	for lo < hi && joiner(lo) {
		lo++
	}
	for hi > lo && joiner(hi) {
		hi--
	}
	return Span{t.w[lo].Start, t.w[hi].End}
}

// capitalised reports whether word i starts with an upper-case letter.
func (t *tree) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(t.w[i].Form)
	return unicode.IsUpper(r)
}
