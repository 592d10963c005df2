package timeline

import (
	"strings"

	"github.com/timeline-dev/timeline/internal/event"
)

// treeActors returns the participants that the parse of the sentence
// gives the event whose trigger lies at byte offsets [ts, te) of text, in
// the canonical names the actors list uses; dates are the spans of the
// sentence's date expressions, which take no part. at is the sentence's
// offset in the document, for resolving "the company" to the
// organisation named before it.
func (g *grammar) treeActors(text string, ts, te int, dates []event.Span, pp *event.Names, at int) []string {
	if te <= ts {
		return nil
	}
	s := g.parsed(text, ts)
	if s == nil {
		return nil
	}
	trig := -1
	for i, w := range s.Words {
		if w.Start < te && w.End > ts {
			trig = i // the last word of a phrase is its head: "restrictive measures"
		}
	}
	var out []string
	for _, p := range event.Participants(s, trig, dates) {
		if p.Start < 0 || p.End > len(text) {
			continue
		}
		if p.Start < datelineEnd(text) {
			continue // a dateline's place: "TOKYO —", "PUEBLA, Mexico —"
		}
		if name := pp.Canonical(text[p.Start:p.End], p.Anaphor, at+p.Start); name != "" {
			if o := pp.TitleOrg(text[:p.Start], at+p.Start); o != "" && o != name {
				out = append(out, o)
				if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
					// a body's official speaks for it, not for the state
					name = name[i+2 : len(name)-1]
				}
			}
			out = append(out, name)
		}
	}
	return out
}

// datelineEnd returns where a wire dateline that opens sentence ends
// ("TOKYO —", "PUEBLA, Mexico —", "LONDON (Reuters) -"), or 0 when the
// sentence opens with none: a word in capitals followed, within a few
// words, by a dash or a parenthesis.
// bodyStart returns the byte offset where the body of sentence begins
// after a wire dateline ("MONROVIA, 23 October 2017 (Reuters) - ",
// "JAKARTA — ", "PARIS (Continental Press) — "): a place in capitals,
// perhaps a date and an agency in brackets, then a dash; 0 when the
// sentence opens with none.
func bodyStart(sentence string) int {
	i := 0
	for i < len(sentence) && (sentence[i] >= 'A' && sentence[i] <= 'Z' || sentence[i] == '.' || sentence[i] == ' ' && i+1 < len(sentence) && sentence[i+1] >= 'A' && sentence[i+1] <= 'Z') {
		i++
	}
	if i < 3 || i < len(sentence) && sentence[i] != ',' && sentence[i] != ' ' && sentence[i] != '(' {
		return 0
	}
	rest := sentence[i:min(len(sentence), i+80)]
	for _, dash := range []string{" — ", " – ", " - ", "—", "–"} {
		k := strings.Index(rest, dash)
		if k < 0 {
			continue
		}
		// between the place and the dash only a country, a date and an
		// agency in brackets: words in capitals or figures
		between := rest[:k]
		for {
			a, b, ok := strings.Cut(between, "(")
			if !ok {
				break
			}
			_, c, _ := strings.Cut(b, ")")
			between = a + " " + c
		}
		for _, w := range strings.Fields(strings.ReplaceAll(between, ",", " ")) {
			if r := w[0]; !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') || strings.ContainsAny(w, "!?;:") {
				return 0
			}
		}
		end := i + k + len(dash)
		for end < len(sentence) && sentence[end] == ' ' {
			end++
		}
		if end >= len(sentence) {
			return 0
		}
		return end
	}
	return 0
}

func datelineEnd(sentence string) int {
	i := 0
	for i < len(sentence) && (sentence[i] >= 'A' && sentence[i] <= 'Z' || sentence[i] == '.' || sentence[i] == ' ' && i+1 < len(sentence) && sentence[i+1] >= 'A' && sentence[i+1] <= 'Z') {
		i++
	}
	if i < 3 {
		return 0
	}
	rest := sentence[i:min(len(sentence), i+40)]
	if k := strings.IndexAny(rest, "—–("); k >= 0 {
		return i + k
	}
	if strings.HasPrefix(rest, " - ") {
		return i + 1
	}
	return 0
}
