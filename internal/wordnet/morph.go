package wordnet

import "strings"

// detachment is one of Morphy's rules of detachment: a word that ends in
// suffix may be the base form that ends in ending instead.
type detachment struct{ suffix, ending string }

// The rules of detachment of WordNet's morphological processor, Morphy
// (morphy(7WN)), in its order.
var detachments = [2][]detachment{
	Noun: {
		{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
		{"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	},
	Verb: {
		{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
		{"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	},
}

// Base returns the lemmas that word may be a form of as pos, each one in
// WordNet's index for pos, in this order and each once: the word itself;
// then, if the word is in WordNet's exception list for pos (noun.exc,
// verb.exc), the base forms listed there ("went" is "go"); otherwise the
// words that Morphy's rules of detachment make of it ("talks" is "talk",
// "invading" is "invade"). A collocation that gives nothing so is tried
// with one of its words reduced in the same way, from the first word on
// ("taking over" is "take_over", "attorneys general" "attorney_general",
// "ballistic missiles" "ballistic_missile"). Like [Lookup], Base reads ASCII letters
// lower-cased and spaces as underscores, and it returns lemmas in that
// form. It returns nil if nothing is found.
func Base(word string, pos POS) []string { return loadTable().base(word, pos) }

func (t *table) base(word string, pos POS) []string {
	if pos > Verb {
		return nil
	}
	var buf [maxKey]byte
	key, ok := normalize(&buf, word)
	if !ok || len(key) == 0 {
		return nil
	}
	var out []string
	add := func(cand string) {
		for _, o := range out {
			if o == cand {
				return
			}
		}
		if t.has([]byte(cand), pos) {
			out = append(out, cand)
		}
	}
	w := string(key)
	add(w)
	t.reduce(w, pos, add)
	if len(out) > 0 || !strings.Contains(w, "_") {
		return out
	}
	// A collocation: reduce one of its words and keep the others.
	for i := 0; i < len(w); {
		j := strings.IndexByte(w[i:], '_')
		if j < 0 {
			j = len(w)
		} else {
			j += i
		}
		t.reduce(w[i:j], pos, func(b string) { add(w[:i] + b + w[j:]) })
		i = j + 1
	}
	return out
}

// reduce calls add with the exception list's bases for w, or if it has
// none, with every form the rules of detachment make of w.
func (t *table) reduce(w string, pos POS, add func(string)) {
	var buf [maxKey]byte
	if key, ok := normalize(&buf, w); ok {
		if payload, _, ok := t.exc[pos].find(key); ok {
			n, i := uvarint(payload, 0)
			for ; n > 0 && i < len(payload); n-- {
				var b string
				b, i = str(payload, i)
				add(b)
			}
			return
		}
	}
	for _, d := range detachments[pos] {
		if len(w) > len(d.suffix) && strings.HasSuffix(w, d.suffix) {
			add(w[:len(w)-len(d.suffix)] + d.ending)
		}
	}
}
