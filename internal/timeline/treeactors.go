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
