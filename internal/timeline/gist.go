package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropCondition leaves out the condition a summary opens with ("If she
// is cleared, she plans to race" is "She plans to race"): what happens is
// the main clause; the status says it is conditional. A summary whose
// main clause is too short to stand alone keeps its condition.
func dropCondition(summary string) string {
	if !strings.HasPrefix(summary, "If ") && !strings.HasPrefix(summary, "Unless ") {
		return summary
	}
	_, rest, ok := strings.Cut(summary, ", ")
	if !ok || len(strings.Fields(rest)) < 3 {
		return summary
	}
	return strings.ToUpper(rest[:1]) + rest[1:]
}

// cutCondition leaves out the condition that ends a summary, when three
// words or more stand before it: "Officers would remove residents of El
// Rodeo by force if they had" is "Officers would remove residents of El
// Rodeo by force". The status says the event hangs on a condition.
func cutCondition(summary string) string {
	for _, m := range []string{" if ", " unless "} {
		if i := strings.Index(summary, m); i > 0 && len(strings.Fields(summary[:i])) >= 3 {
			return strings.TrimRight(summary[:i], ",")
		}
	}
	return summary
}

// dropBareAside leaves out the asides that lost their meaning when the
// date was cut from them: "The tender, set for 28 September, has been
// postponed" summarised without its date reads "Tender, set, postponed",
// and is "Tender postponed"; "Judgment, delivered, awarded the islands"
// is "Judgment awarded the islands". An aside is bare when it holds only
// past participles and adverbs of time, in lower case.
func dropBareAside(summary string) string {
	for {
		i := strings.Index(summary, ", ")
		if i < 0 {
			return summary
		}
		j := strings.Index(summary[i+2:], ",")
		if j < 0 {
			return summary
		}
		aside := summary[i+2 : i+2+j]
		if !bareAside(aside) {
			return summary
		}
		summary = summary[:i] + summary[i+2+j+1:]
	}
}

// dropAges leaves out the ages set off by commas after names: "Gregory
// Hale, 58, arrested" is "Gregory Hale arrested", "Seán Twomey, 41, and
// Dariusz Nowak, 29, die" is "Seán Twomey and Dariusz Nowak die". An age
// is a number of one to three digits between two commas, after a word
// that starts with a capital.
func dropAges(summary string) string {
	for from := 0; ; {
		i := strings.Index(summary[from:], ", ")
		if i < 0 {
			return summary
		}
		i += from
		j := i + 2
		for j < len(summary) && j-i-2 < 3 && summary[j] >= '0' && summary[j] <= '9' {
			j++
		}
		prev := strings.LastIndexByte(summary[:i], ' ') + 1
		if j == i+2 || j >= len(summary) || summary[j] != ',' || !startsUpper(summary[prev:i]) {
			from = i + 2
			continue
		}
		summary, from = summary[:i]+summary[j+1:], i
	}
}

// startsUpper reports whether word w begins with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dropBareTail leaves out a relative clause that ends a summary and lost
// its meaning with its date: "Cordillera Sur postpones its shareholders'
// meeting, which had been set" (for 25 July) is "Cordillera Sur
// postpones its shareholders' meeting". The clause is bare when it holds
// only its relative pronoun, auxiliaries and past participles.
func dropBareTail(summary string) string {
	i := strings.LastIndex(summary, ", ")
	if i < 0 {
		return summary
	}
	words := strings.Fields(summary[i+2:])
	if len(words) < 2 || len(words) > 5 {
		return summary
	}
	switch words[0] {
	case "which", "that":
	default:
		return summary
	}
	rest := words[1:]
	for len(rest) > 0 {
		switch rest[0] {
		case "had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "first", "originally", "initially":
			rest = rest[1:]
			continue
		}
		break
	}
	if !bareAside(strings.Join(rest, " ")) {
		return summary
	}
	return summary[:i]
}

// trimDangling drops the words a summary cut short may end on, which
// lead to nothing: "Upload put back so" (of "so that it can be
// tested") is "Upload put back". "... the first EU country to do so"
// keeps its "so".
func trimDangling(summary string) string {
	words := strings.Fields(summary)
	for len(words) > 2 {
		last := strings.ToLower(words[len(words)-1])
		switch last {
		case "so":
			if strings.ToLower(words[len(words)-2]) == "do" {
				return strings.Join(words, " ")
			}
		case "because", "after", "before", "when", "while", "as", "and", "but", "or", "that", "which",
			"to", "of", "with", "by", "for", "from", "at", "in", "on", "the", "a", "an":
		default:
			return strings.Join(words, " ")
		}
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// bareAside reports whether the words of an aside are all past
// participles ("set", "planned", "delivered") or adverbs of time
// ("first", "originally").
func bareAside(aside string) bool {
	words := strings.Fields(aside)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	participle := false
	for _, w := range words {
		switch {
		case w == "first" || w == "originally" || w == "initially" || w == "previously" || w == "once" || w == "later":
		case w == "set" || w == "due" || w == "held" || strings.HasSuffix(w, "ed") && len(w) > 4 && strings.ToLower(w) == w:
			participle = true
		default:
			return false
		}
	}
	return participle
}

// namePronoun puts the family name of person, the one a "He", "She",
// "His" or "Her" opening the summary's sentence points back to, in place
// of that pronoun: "She gives her last concert" becomes "Quintela gives
// her last concert", "Her first album comes out" "Quintela's first album
// comes out". A summary that opens otherwise, or names the person
// already, stays as it is.
func namePronoun(summary, person string) string {
	pron, rest, ok := strings.Cut(summary, " ")
	f := strings.Fields(person)
	if !ok || len(f) == 0 || strings.Contains(rest, f[len(f)-1]) {
		return summary
	}
	switch pron {
	case "He", "She":
		return f[len(f)-1] + " " + rest
	case "His", "Her":
		return f[len(f)-1] + "'s " + rest
	}
	return summary
}

// nameSubjects puts a name in place of a pronoun that opens an event's
// summary, from the event's own actors: "It lays off half its engineers"
// becomes "Orbis Connect lays off half its engineers", "She buys the drug
// from a website" becomes "Valadares buys ...". A summary read alone has
// nothing for the pronoun to point back to. "It" takes the first actor
// that is no person named with a state; "He" and "She" the person of the
// first actor given as "Country (Person)", by family name. Without such
// an actor, before a form of "be" or "have" or a passive ("will be
// carried out": a thing is more often the subject there), or when the name is already in the summary, the
// summary stays as it is.
func nameSubjects(events []Event) {
	for i := range events {
		e := &events[i]
		pron, rest, ok := strings.Cut(e.Summary, " ")
		if !ok || len(e.Actors) == 0 {
			continue
		}
		name := ""
		switch pron {
		case "It":
			if a := e.Actors[0]; !strings.Contains(a, " (") {
				name = a
			}
		case "He", "She":
			for _, a := range e.Actors {
				if k := strings.Index(a, " ("); k > 0 && strings.HasSuffix(a, ")") {
					f := strings.Fields(a[k+2 : len(a)-1])
					name = f[len(f)-1]
					break
				}
			}
		}
		verb, after, _ := strings.Cut(rest, " ")
		switch verb {
		case "is", "was", "are", "were", "has", "had", "be", "been":
			continue // "It was last called off": a thing, more often than not
		case "will", "would", "could", "may", "might", "must", "should", "can":
			if strings.HasPrefix(after, "be ") {
				continue // "It will be carried out"
			}
		}
		if name != "" && !strings.Contains(rest, name) {
			e.Summary = name + " " + rest
		}
	}
}
