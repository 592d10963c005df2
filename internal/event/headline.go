package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// Headline rewrites a parsed clause, text, in the style of a news
// headline, the usual form of a timeline entry: the main verb in the
// present ("imposed" → "impose", "has signed" → "signs", "will visit" →
// "visits"), a passive without its auxiliary
// ("was postponed" → "postponed"), and no article at the start. Words are
// otherwise kept as written. s's word offsets index text.
func Headline(text string, s *syntax.Sentence) string {
	if len(s.Words) == 0 {
		return text
	}
	t := &tree{w: s.Words, kids: make([][]int, len(s.Words)), date: make([]int8, len(s.Words))}
	for i := range s.Words {
		if h := t.head(i); h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	// edits replace the bytes of words; "" drops a word.
	edits := map[int]string{}
	for i := range s.Words {
		if t.head(i) < 0 {
			t.presentVerb(i, edits)
			for _, k := range t.kids[i] {
				if t.rel(k) == "conj" && t.w[k].UPOS == "VERB" {
					t.presentVerb(k, edits)
				}
			}
		}
	}
	if f := strings.ToLower(s.Words[0].Form); (f == "the" || f == "a" || f == "an") && len(s.Words) > 2 {
		edits[0] = ""
	}
	return applyEdits(text, s.Words, edits)
}

// presentVerb records the edits that put the verb group of predicate v
// in the headline present.
func (t *tree) presentVerb(v int, edits map[int]string) {
	var aux, pass []int
	neg, cop := false, -1
	for _, k := range t.kids[v] {
		switch t.w[k].Rel {
		case "aux":
			aux = append(aux, k)
		case "aux:pass":
			pass = append(pass, k)
		case "cop":
			cop = k
		case "advmod":
			if l := t.w[k].Lemma; l == "not" || l == "n't" || l == "never" {
				neg = true
			}
		}
	}
	if cop >= 0 {
		// "the truce was in force" → "truce is in force"; "had been
		// due to decide", "will be in force" lose their auxiliaries;
		// "could be", "may not be" stay as they are
		for _, k := range aux {
			switch strings.ToLower(t.w[k].Form) {
			case "had", "has", "have", "will", "shall", "would", "'ll":
			default:
				return
			}
		}
		if neg && len(aux) > 0 {
			return
		}
		for _, k := range aux {
			edits[k] = ""
		}
		edits[cop] = t.finite("be", v)
		return
	}
	w := t.w[v]
	switch {
	case len(pass) > 0 && !neg && perfect(t, aux):
		// "was postponed", "has been postponed" → "postponed"; "is
		// expected to" stays "expected to".
		for _, k := range append(pass, aux...) {
			edits[k] = ""
		}
	case len(aux) == 1 && len(pass) == 0:
		switch strings.ToLower(t.w[aux[0]].Form) {
		case "will", "shall", "would", "'ll":
			if !neg {
				// "Putin visits Tehran": a timeline's status column
				// already says the visit is to come
				edits[aux[0]] = ""
				edits[v] = t.finite(w.Lemma, v)
			}
		case "had", "has", "have":
			if w.XPOS == "VBN" && !neg {
				edits[aux[0]] = ""
				edits[v] = t.finite(w.Lemma, v)
			}
		case "was", "were", "is", "are":
			if w.XPOS == "VBG" && !neg {
				edits[aux[0]] = ""
				edits[v] = t.finite(w.Lemma, v)
			}
		case "did", "does", "do":
			edits[aux[0]] = t.finite("do", v)
		}
	case len(aux) == 0 && len(pass) == 0 && w.XPOS == "VBG" && v == 0 && len(t.w) > 1:
		// a participle that opens the headline, its subject left out:
		// "reaching $2.4 billion" is told as "reaches $2.4 billion"
		edits[v] = t.finite(w.Lemma, v)
	case len(aux) == 0 && len(pass) == 0 && (w.XPOS == "VBD" || w.XPOS == "VBN" && t.w[v].Rel == "conj" && !t.passiveHead(v)):
		// (a bare participle coordinated with a past verb is one too:
		// "visited the region and promised")
		edits[v] = t.finite(w.Lemma, v)
	}
}

// andInName reports whether the "and" at i joins words of one name, not
// two things: the capitalised words after it run on to the last word of
// an organisation's name ("the Competition and Markets Authority" is
// one body, "Iran and Russia" two).
func andInName(w []syntax.Word, i int) bool {
	if i == 0 || i+1 >= len(w) || !capitalised(w[i-1].Form) {
		return false
	}
	last := -1
	for k := i + 1; k < len(w) && capitalised(w[k].Form); k++ {
		last = k
	}
	return last >= 0 && anOrgHead[strings.ToLower(w[last].Form)]
}

// capitalised reports whether word form f begins with a capital letter.
func capitalised(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

// passiveHead reports whether the verb that v is coordinated with is a
// passive, whose auxiliary v shares: "was arrested and granted bail".
func (t *tree) passiveHead(v int) bool {
	h := t.head(v)
	return h >= 0 && t.child(h, "aux:pass") >= 0
}

// perfect reports whether the auxiliaries aux are none or a form of
// "have" alone: "has been postponed" is told as "postponed", "will be
// held" is not.
func perfect(t *tree, aux []int) bool {
	for _, k := range aux {
		switch strings.ToLower(t.w[k].Form) {
		case "had", "has", "have":
		default:
			return false
		}
	}
	return true
}

// finite returns lemma inflected for the subject of predicate v: plural
// subjects take the base form, others the third person singular.
func (t *tree) finite(lemma string, v int) string {
	plural := false
	k := t.subject(v)
	if k < 0 {
		// no subject in the tree: the words before the verb stand for it
		for i := 0; i < v && !plural; i++ {
			if t.w[i].UPOS == "VERB" {
				break
			}
			plural = strings.EqualFold(t.w[i].Form, "and") && i > 0 && !andInName(t.w, i) ||
				t.w[i].XPOS == "NNS" && t.w[i+1].UPOS != "NOUN" && t.w[i+1].UPOS != "PROPN"
		}
	}
	if k >= 0 {
		w := t.w[k]
		// A plural common noun; a proper name in the plural is one
		// state or body ("the United States", "the Philippines").
		plural = w.XPOS == "NNS"
		// "Iran and Russia", not the parts of one name; the tree of a
		// long sentence may miss the coordination, so an "and" between
		// the subject and its verb counts too.
		for _, c := range t.kids[k] {
			if cc := t.child(c, "cc"); t.w[c].Rel == "conj" && cc >= 0 {
				// "and" or "or", not a name the tagger took for one
				switch strings.ToLower(t.w[cc].Form) {
				case "and", "or", "&", "nor":
					plural = !andInName(t.w, cc)
				}
			}
		}
		for i := k + 1; i < v && !plural; i++ {
			if t.w[i].UPOS == "VERB" {
				break
			}
			plural = strings.EqualFold(t.w[i].Form, "and") && !andInName(t.w, i)
		}
		switch strings.ToLower(w.Form) {
		case "we", "they", "you", "i":
			plural = true
		}
	}
	lemma = strings.ToLower(lemma)
	if plural {
		if lemma == "be" {
			return "are"
		}
		return lemma
	}
	switch lemma {
	case "be":
		return "is"
	case "have":
		return "has"
	case "do", "go":
		return lemma + "es"
	}
	n := len(lemma)
	switch {
	case n == 0:
		return lemma
	case strings.HasSuffix(lemma, "s"), strings.HasSuffix(lemma, "sh"), strings.HasSuffix(lemma, "ch"),
		strings.HasSuffix(lemma, "x"), strings.HasSuffix(lemma, "z"), strings.HasSuffix(lemma, "o"):
		return lemma + "es"
	case n > 1 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2])):
		return lemma[:n-1] + "ies"
	}
	return lemma + "s"
}

// applyEdits rebuilds text with the words edits names replaced, and the
// space before a dropped word removed.
func applyEdits(text string, words []syntax.Word, edits map[int]string) string {
	var b strings.Builder
	at := 0
	for i, w := range words {
		e, ok := edits[i]
		if !ok || w.Start < at || w.End > len(text) {
			continue
		}
		b.WriteString(text[at:w.Start])
		b.WriteString(e)
		at = w.End
		if e == "" {
			// drop the space after a dropped word
			for at < len(text) && text[at] == ' ' {
				at++
			}
		}
	}
	b.WriteString(text[at:])
	out := strings.Join(strings.Fields(b.String()), " ")
	if out != "" && out[0] >= 'a' && out[0] <= 'z' {
		out = strings.ToUpper(out[:1]) + out[1:]
	}
	return out
}

// Project returns the words of s, a parsed sentence of text, that a
// summary made of that sentence's words keeps, as a sentence of summary:
// offsets point into summary, and each word's head is its nearest
// ancestor in s that the summary keeps (0 when none is). Words are
// matched in order, without regard to case; it reports false when a
// word of the summary is not found in the sentence in order.
func Project(s *syntax.Sentence, text, summary string) (*syntax.Sentence, bool) {
	out := &syntax.Sentence{Text: summary, End: len(summary)}
	index := make([]int, len(s.Words)) // position in out.Words, or -1
	for i := range index {
		index[i] = -1
	}
	at, wi := 0, 0
	for at < len(summary) {
		r, n := utf8.DecodeRuneInString(summary[at:])
		if unicode.IsSpace(r) {
			at += n
			continue
		}
		// the next sentence word that the summary continues with
		found := false
		for ; wi < len(s.Words); wi++ {
			w := s.Words[wi]
			if w.Start < 0 || w.End > len(text) || w.End <= w.Start {
				continue
			}
			form := text[w.Start:w.End]
			if len(summary)-at >= len(form) && strings.EqualFold(summary[at:at+len(form)], form) {
				nw := w
				nw.Start, nw.End = at, at+len(form)
				index[wi] = len(out.Words)
				out.Words = append(out.Words, nw)
				at += len(form)
				wi++
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	for i := range out.Words {
		out.Words[i].Head = 0
	}
	for wi, oi := range index {
		if oi < 0 {
			continue
		}
		h := s.Words[wi].Head - 1
		for steps := 0; h >= 0 && h < len(s.Words) && index[h] < 0 && steps < len(s.Words); steps++ {
			h = s.Words[h].Head - 1
		}
		if h >= 0 && h < len(s.Words) && index[h] >= 0 {
			out.Words[oi].Head = index[h] + 1
		}
	}
	return out, true
}
