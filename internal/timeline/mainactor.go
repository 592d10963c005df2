package timeline

import "strings"

// mainActorEvents is how many of a document's events must name one
// participant for it to count as the one the document is about.
const mainActorEvents = 4

// fillMainActor gives the events of one document that name no
// participant the participant most of its events name, when at least
// [mainActorEvents] do: in a story about a company, "Shipments will now
// begin on 1 November" and "The stock has lost 18% this year" are the
// company's, though the sentence does not name it. Ties go to the
// participant named first.
func fillMainActor(events []Event) {
	count, first := map[string]int{}, map[string]int{}
	for _, e := range events {
		at := -1
		if len(e.Mentions) > 0 {
			at = e.Mentions[0].Start
		}
		for _, a := range e.Actors {
			count[a]++
			if f, ok := first[a]; !ok || at < f {
				first[a] = at
			}
		}
	}
	best, n := "", 0
	for a, c := range count {
		if c > n || c == n && (first[a] < first[best] || first[a] == first[best] && a < best) {
			best, n = a, c
		}
	}
	if n < mainActorEvents {
		return
	}
	if i := strings.Index(best, " ("); i > 0 {
		best = best[:i] // "Norway (Ingrid Solheim)": the state, not its official
	}
	for i := range events {
		if len(events[i].Actors) == 0 {
			events[i].Actors = []string{best}
		}
	}
}
