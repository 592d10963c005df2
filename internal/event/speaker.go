package event

import "github.com/timeline-dev/timeline/internal/syntax"

// ContentSpeaker returns the words of the name of whoever said the
// clause that the date at span date of s dates ("Board chair Pieter van
// Dalen said investigators had boarded both vessels last week" gives
// Pieter van Dalen; so does "…, Hanne Lindqvist said" after the
// clause), or nil when the date dates no clause of what was said. The
// speaker takes part in the saying, not in what was said.
func ContentSpeaker(s *syntax.Sentence, date Span, others []Span) []string {
	t := newTree(s, date, others)
	d := t.dateHead()
	if d < 0 {
		return nil
	}
	speaker, content := -1, -1
	for x, n := t.head(d), 0; x >= 0 && n < 4 && speaker < 0; x, n = t.head(x), n+1 {
		if h := t.head(x); h >= 0 && t.rel(x) == "ccomp" && t.class(h)&classSpeech != 0 && t.date[h] == 0 {
			speaker, content = t.child(h, "nsubj"), x
		}
		for _, k := range t.kids[x] {
			if t.rel(k) == "parataxis" && t.class(k)&classSpeech != 0 && speaker < 0 {
				speaker, content = t.child(k, "nsubj"), x
			}
		}
		if t.class(x)&classSpeech != 0 {
			break // the date dates the saying itself
		}
	}
	if content < 0 {
		content = t.head(d)
	}
	if k := t.subject(content); k >= 0 && t.w[k].UPOS == "PRON" {
		return nil // "said it would sue", "says it will hold a protest": the speaker acts
	}
	if speaker < 0 {
		// "…, GVU president Hanne Lindqvist said.": a saying after a
		// comma at the end of the sentence, however it was parsed
		for v := len(t.w) - 1; v > d; v-- {
			if t.w[v].UPOS == "PUNCT" {
				continue
			}
			if t.class(v)&classSpeech == 0 || t.pos(v) != posVerb {
				break
			}
			if k := t.child(v, "nsubj"); k >= 0 && k > d {
				comma := false
				for j := k - 1; j > d && j >= k-5; j-- {
					comma = comma || t.w[j].Form == ","
				}
				if comma {
					speaker = k
				}
			}
			break
		}
	}
	if speaker >= 0 && t.w[speaker].UPOS != "PROPN" {
		// a title with the name after it: "Board chair Pieter van Dalen"
		name := -1
		for _, k := range t.kids[speaker] {
			switch t.rel(k) {
			case "nmod", "appos", "flat", "compound":
				if t.w[k].UPOS == "PROPN" && k > speaker {
					name = k
				}
			}
		}
		speaker = name
	}
	if speaker < 0 || t.w[speaker].UPOS != "PROPN" {
		return nil
	}
	sp := t.nameSpan(speaker)
	var words []string
	for _, w := range t.w {
		if w.Start >= sp.Start && w.End <= sp.End {
			words = append(words, w.Form)
		}
	}
	return words
}
