package event

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// Trigger weights: the cost added to a trigger's distance.
const (
	anStrong = 0 // an event word: "sanctions", "visit", "attacked"
	anLight  = 3 // a word that usually leans on a nearer noun: "publish", "hold"
	anWeak   = 8 // a verb of saying: "said", "reported"
)

// anTrig is an entry of the trigger lexicon.
type anTrig struct {
	typ    string
	weight int
}

var (
	anLexicon = map[string]anTrig{} // stems, and "stem stem" pairs
	// anLexMulti maps the first stem of each entry of several words to
	// the most words such an entry has.
	anLexMulti  = map[string]int{}
	anSurface   = map[string]anTrig{} // exact lower-case forms, looked up first
	anIrregular = map[string]string{} // irregular forms to base forms
	anSpeech    = map[string]bool{}   // verbs of saying, by exact form
)

//go:embed data/triggers.txt
var triggersText string

func init() {
	add := func(typ string, weight int, words string) {
		for _, w := range strings.Split(words, ",") {
			w = strings.TrimSpace(w)
			if w == "" {
				continue
			}
			if strings.HasPrefix(w, "=") { // an exact form
				anSurface[w[1:]] = anTrig{typ, weight}
				continue
			}
			parts := strings.Fields(w)
			for i, p := range parts {
				parts[i] = anStem(p)
			}
			anLexicon[strings.Join(parts, " ")] = anTrig{typ, weight}
			if len(parts) > 1 {
				anLexMulti[parts[0]] = max(anLexMulti[parts[0]], len(parts))
			}
		}
	}
	for n, line := range dataLines(triggersText) {
		head, body, ok := strings.Cut(line, ":")
		f := strings.Fields(head)
		switch {
		case ok && head == "irregular":
			for _, p := range strings.Fields(body) {
				k, v, _ := strings.Cut(p, ":")
				anIrregular[k] = v
			}
		case ok && head == "speech":
			for _, w := range strings.Fields(body) {
				anSpeech[w] = true
			}
		case ok && len(f) == 2:
			weight, err := strconv.Atoi(f[1])
			switch f[1] {
			case "strong":
				weight, err = anStrong, nil
			case "light":
				weight, err = anLight, nil
			case "weak":
				weight, err = anWeak, nil
			}
			if err != nil {
				panic(fmt.Sprintf("timeline: data/triggers.txt: entry %d: bad weight %q", n+1, f[1]))
			}
			add(f[0], weight, body)
		default:
			panic(fmt.Sprintf("timeline: data/triggers.txt: entry %d: want \"TYPE WEIGHT: entries\"", n+1))
		}
	}
}

// anStem reduces an English word to a crude stem so that inflections meet:
// visit, visits, visited and visiting all give "visit"; plan, planned and
// planning give "plan"; supply, supplies and supplied give "supply".
func anStem(w string) string {
	if b, ok := anIrregular[w]; ok {
		w = b
	}
	n := len(w)
	// plural and third person
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w[:n-2], "ss") || strings.HasSuffix(w[:n-2], "x") ||
		strings.HasSuffix(w[:n-2], "ch") || strings.HasSuffix(w[:n-2], "sh") || strings.HasSuffix(w[:n-2], "z")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	// past and progressive
	cut := true
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "eed"):
		w = w[:n-1]
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	default:
		cut = false
	}
	// "plann" → "plan", "shipp" → "ship", but "kill", "pass" stay
	if n := len(w); cut && n >= 4 && w[n-1] == w[n-2] && anConsonant(w[n-1]) && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		w = w[:n-1]
	}
	// "arrive", "arriving", "arrived" → "arriv"
	if n := len(w); n > 4 && w[n-1] == 'e' && w[n-2] != 'e' {
		w = w[:n-1]
	}
	return w
}

func anConsonant(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return false
	}
	return c >= 'a' && c <= 'z'
}

// periodResult reports whether the word at i ("results") is qualified
// by an accounting period, which the date tagger reads as a date:
// "fourth-quarter results", "2023 results", "results for the first half".
func (a *analyzer) periodResult(i int) bool {
	if i > 0 && a.toks[i-1].date != 0 {
		return true
	}
	return i+2 < len(a.toks) && a.toks[i+1].low == "for" && (a.toks[i+2].date != 0 || a.toks[i+2].low == "the" && i+3 < len(a.toks) && a.toks[i+3].date != 0)
}

// deniedReport reports whether the word at i is the object of a denial
// ("denied reports that", "rejected media reports"): what is denied is a
// claim, not a published report.
func (a *analyzer) deniedReport(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := a.toks[k].low; {
		case anDenial(w):
			return true
		case w == "the" || w == "media" || w == "press" || w == "news" || w == "newspaper":
			continue
		}
		return false
	}
	return false
}

// describing reports whether the past participle at i describes its
// noun rather than reports an act: "personnel armed with knives", "a
// drone equipped with cameras", "armed groups". To arm or equip someone
// takes an object: "armed the rebels", "has equipped them".
func (a *analyzer) describing(i int) bool {
	switch a.toks[i].low {
	case "armed", "equipped":
	default:
		return false
	}
	if i > 0 && anAux[a.toks[i-1].low] && !anBe[a.toks[i-1].low] {
		return false // "has armed", "would be equipped" reads as the act
	}
	if i+1 >= len(a.toks) {
		return true
	}
	n := a.toks[i+1]
	if n.cap || n.kind == anNum {
		return false
	}
	switch n.low {
	case "the", "a", "an", "its", "their", "his", "her", "them", "him", "it", "both", "some", "rebels", "troops":
		return false
	}
	return true
}

// inName reports whether the capitalised word at i continues a name
// ("Conference" in "the Catholic Bishops' Conference").
func (a *analyzer) inName(i int) bool {
	k := i - 1
	if k >= 0 && a.toks[k].kind == anPoss {
		k--
	}
	if k > 0 && a.toks[k].cap && a.toks[k].kind == anWord && a.toks[k].date == 0 {
		return true
	}
	// "the Competition and Markets Authority": a word joined to a
	// capitalised one by "and", "of" or "for", in a run of capitalised
	// words that ends a body's name
	if k < 1 || a.toks[k].kind != anWord || !a.toks[k-1].cap || a.toks[k-1].kind != anWord {
		return false
	}
	switch a.toks[k].low {
	case "and", "of", "for", "&":
	default:
		return false
	}
	last := i
	for last+1 < len(a.toks) && a.toks[last+1].cap && a.toks[last+1].kind == anWord {
		last++
	}
	return anOrgHead[a.toks[last].low]
}
