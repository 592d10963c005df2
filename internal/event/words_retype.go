package event

import (
	"sync"

	"github.com/timeline-dev/timeline/internal/wordnet"
)

// spaceProbe reports whether the probe that trigger c names is a craft:
// its name or a word of space or flight comes right before it ("the
// Corvus probe", "a space probe", "the robotic probe").
func (a *analyzer) spaceProbe(c anCandidate) bool {
	if w := a.toks[c.i].low; c.i != c.j || w != "probe" && w != "probes" {
		return false // a noun, not "probed" or "probing"
	}
	k := c.i - 1
	if k < 0 {
		return false
	}
	t := a.toks[k]
	switch t.low {
	case "space", "robotic", "lunar", "solar", "planetary", "interplanetary", "unmanned", "uncrewed", "orbiting":
		return true
	}
	return t.cap && t.kind == anWord && t.date == 0 && k > 0 && !sentStarter[t.low] && !anOrgHead[t.low] && !publicBody[t.low]
}

// anDelivered maps the things delivered that are no goods to the type of
// their delivery.
var anDelivered = map[string]string{
	"speech": "statement", "address": "statement", "lecture": "statement", "sermon": "statement",
	"message": "statement", "remarks": "statement", "verdict": "legal", "ruling": "legal",
	"judgment": "legal", "judgement": "legal", "blow": "other",
}

// tradeStopped reports whether a verb of stopping or barring comes right
// before trigger c, perhaps with a determiner between: "suspended
// imports", "banned all imports", "halted its imports".
func (a *analyzer) tradeStopped(c anCandidate) bool {
	k := c.i - 1
	if k >= 0 && (anNPStart(a.toks[k].low) || a.toks[k].low == "all") {
		k--
	}
	return k >= 0 && anTradeStop[a.toks[k].low]
}

// anTradeStop lists the forms of the verbs that stop or bar trade.
var anTradeStop = map[string]bool{
	"suspend": true, "suspends": true, "suspended": true, "suspending": true,
	"halt": true, "halts": true, "halted": true, "halting": true,
	"ban": true, "bans": true, "banned": true, "banning": true,
	"bar": true, "bars": true, "barred": true, "barring": true,
	"block": true, "blocks": true, "blocked": true, "blocking": true,
	"restrict": true, "restricts": true, "restricted": true, "restricting": true,
	"curb": true, "curbs": true, "curbed": true, "curbing": true,
	"stop": true, "stops": true, "stopped": true, "stopping": true,
}

// courtCase reports whether the case that trigger c names is heard,
// tried, dropped or won, as a court's or a party's is ("hear the case",
// "dismissed his case"), or follows a legal word in its clause ("was
// fined in a separate case").
func (a *analyzer) courtCase(c anCandidate) bool {
	// "was fined €400,000 in a separate case": a legal word before it
	// in its clause
	for k := c.i - 1; k >= 0 && k >= c.i-7 && !a.hard(k); k-- {
		if tr, ok := anLexicon[anStem(a.toks[k].low)]; ok && tr.typ == "legal" && tr.weight == anStrong {
			return true
		}
		if tr, ok := anSurface[a.toks[k].low]; ok && tr.typ == "legal" {
			return true
		}
	}
	k := c.i - 1
	if k >= 0 && anNPStart(a.toks[k].low) {
		k--
	}
	if k < 0 {
		return false
	}
	switch anStem(a.toks[k].low) {
	case anStem("hear"), anStem("heard"), anStem("try"), anStem("tried"), anStem("dismiss"), anStem("drop"),
		anStem("settle"), anStem("win"), anStem("won"), anStem("lose"), anStem("lost"), anStem("appeal"), anStem("argue"), anStem("reopen"):
		return true
	}
	return false
}

// noObject reports whether verb c has no object after it: what follows
// it is a mark of punctuation, a preposition of place or time, or a
// conjunction ("overturned off the coast", "overturned, killing two").
func (a *analyzer) noObject(c anCandidate) bool {
	k := c.j + 1
	if k >= len(a.toks) || a.toks[k].kind != anWord {
		return true
	}
	switch a.toks[k].low {
	case "off", "in", "on", "near", "at", "after", "during", "while", "when", "and", "as", "into", "onto", "close", "shortly", "soon":
		return true
	}
	return false
}

// vehicleStruck reports whether trigger c is a past verb of striking
// whose subject, right before it, is a vehicle, perhaps with its name:
// "the container ship Ostrava Star struck the tanker" collides with it.
func (a *analyzer) vehicleStruck(c anCandidate) bool {
	switch a.toks[c.i].low {
	case "struck", "hit", "rammed":
	default:
		return false
	}
	k := c.i - 1
	for k >= 0 && a.toks[k].cap && a.toks[k].kind == anWord {
		k-- // the vessel's name
	}
	if k < 0 {
		return false
	}
	switch a.toks[k].low {
	case "ship", "tanker", "vessel", "ferry", "freighter", "boat", "train", "lorry", "truck", "bus", "car", "van", "barge", "trawler":
		return true
	}
	return false
}

// diseaseBefore reports whether the subject right before trigger c, a
// word or two back, is a disease, an infection or a germ by its first
// WordNet sense: "Malaria killed", "the virus has killed".
func (a *analyzer) diseaseBefore(c anCandidate) bool {
	for k := c.i - 1; k >= 0 && k >= c.i-3; k-- {
		t := a.toks[k]
		if t.kind != anWord {
			return false
		}
		if anAux[t.low] {
			continue // "has killed"
		}
		ss := wordnet.Lookup(t.low, wordnet.Noun)
		if len(ss) == 0 {
			return false
		}
		for _, d := range illnesses() {
			if ss[0].IsA(d) {
				return true
			}
		}
		return false
	}
	return false
}

// illnesses returns the WordNet synsets under which a disease, an
// infection or what causes one lies, looked up once.
var illnesses = sync.OnceValue(func() []wordnet.Synset {
	var out []wordnet.Synset
	for _, name := range []string{"disease.n.01", "infection.n.01", "pathological_state.n.01", "virus.n.01", "bacteria.n.01"} {
		if d, ok := wordnet.ByName(name); ok {
			out = append(out, d)
		}
	}
	return out
})
