package timeline

import "strings"

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
