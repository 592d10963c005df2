package event

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/timeline-dev/timeline/internal/wordnet"
)

//go:embed lexicon.txt
var lexiconText string

// Types lists the event types in the order the output documents them.
var Types = []string{"visit", "meeting", "talks", "agreement", "sanctions", "supply", "attack",
	"statement", "report", "election", "legal", "economic", "disaster", "other"}

// Verb classes of the lexicon.
const (
	classSpeech uint16 = 1 << iota
	classLight
	classAspect
	classPlan
	classExpect
	classThreaten
	classSchedule
	classCancel
	classDeny
	classPart
	classLapse
)

var classNames = map[string]uint16{
	"speech": classSpeech, "light": classLight, "aspect": classAspect, "plan": classPlan,
	"expect": classExpect, "threaten": classThreaten, "schedule": classSchedule,
	"cancel": classCancel, "deny": classDeny, "part": classPart,
	"lapse": classLapse,
}

// pos is a lexicon part of speech.
type pos uint8

const (
	posNoun pos = iota
	posVerb
	posAdj
	posVerbObject
	posAgent   // nouns naming who acts: "court", "prosecutor", "militants"
	posWordNet // not a part of speech: WordNet synsets that anchor a type
	nPOS
)

// lexicon is the parsed lexicon.txt.
type lexicon struct {
	types   [nPOS]map[string]string // lemma → event type
	classes [nPOS]map[string]uint16 // lemma → verb classes
	// anchors maps WordNet synsets to the type of every word one of
	// whose senses lies under them.
	anchors map[wordnet.Synset]string
	// agents maps WordNet noun synsets to the type of the events that a
	// word under them, as the one who acts, gives an untyped verb.
	agents map[wordnet.Synset]string
}

// lex returns the parsed lexicon.txt. It is parsed on first use, not at
// start-up: "timeline dates" never reads it.
var lex = sync.OnceValue(func() *lexicon { return mustLexicon(lexiconText) })

// knows reports whether the lexicon lists the verb lemma l, by type or
// by class.
func (l *lexicon) knows(lemma string) bool {
	return l.types[posVerb][lemma] != "" || l.classes[posVerb][lemma] != 0
}

func mustLexicon(text string) *lexicon {
	l, err := parseLexicon(text)
	if err != nil {
		panic("event: lexicon.txt: " + err.Error())
	}
	return l
}

// parseLexicon reads the lexicon format that lexicon.txt documents.
func parseLexicon(text string) (*lexicon, error) {
	l := &lexicon{anchors: map[wordnet.Synset]string{}, agents: map[wordnet.Synset]string{}}
	for p := range l.types {
		l.types[p] = map[string]string{}
		l.classes[p] = map[string]uint16{}
	}
	isType := map[string]bool{}
	for _, t := range Types {
		isType[t] = true
	}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		f := strings.Fields(head)
		if !ok || len(f) != 2 {
			return nil, fmt.Errorf("line %d: want \"LABEL POS: entries\"", n+1)
		}
		var p pos
		switch f[1] {
		case "n":
			p = posNoun
		case "v":
			p = posVerb
		case "a":
			p = posAdj
		case "vo":
			p = posVerbObject
		case "ag":
			p = posAgent
		case "wn":
			p = posWordNet
		default:
			return nil, fmt.Errorf("line %d: unknown part of speech %q", n+1, f[1])
		}
		class, isClass := classNames[f[0]]
		if !isClass && !isType[f[0]] {
			return nil, fmt.Errorf("line %d: unknown label %q", n+1, f[0])
		}
		for _, e := range strings.Split(body, ",") {
			e = strings.Join(strings.Fields(e), " ")
			if e == "" {
				continue
			}
			if isClass {
				l.classes[p][e] |= class
				continue
			}
			if p == posWordNet || p == posAgent && isSynsetName(e) {
				s, ok := wordnet.ByName(e)
				if !ok {
					return nil, fmt.Errorf("line %d: WordNet has no synset %q", n+1, e)
				}
				m := l.anchors
				if p == posAgent {
					m = l.agents
				}
				if t, dup := m[s]; dup {
					return nil, fmt.Errorf("line %d: %q is listed as %s and %s", n+1, e, t, f[0])
				}
				m[s] = f[0]
				continue
			}
			if t, dup := l.types[p][e]; dup {
				return nil, fmt.Errorf("line %d: %q is listed as %s and %s", n+1, e, t, f[0])
			}
			l.types[p][e] = f[0]
		}
	}
	return l, nil
}

// isSynsetName reports whether e names a WordNet synset
// ("judge.n.01") rather than a lemma.
func isSynsetName(e string) bool {
	return strings.Count(e, ".") == 2 && !strings.ContainsRune(e, ' ')
}

// agentType returns the type that a noun with lemma l names as the one
// who acts: listed, or through the nearest agent synset above one of its
// first senses; "" when it names none.
func (l *lexicon) agentType(lemma string) string {
	if t := l.types[posAgent][lemma]; t != "" {
		return t
	}
	senses := wordnet.Lookup(lemma, wordnet.Noun)
	if len(senses) > 2 {
		senses = senses[:2]
	}
	for _, s := range senses {
		if t, ok := l.agents[s]; ok {
			return t
		}
		for a, depth := range s.Ancestors() {
			if depth > wnDepth {
				break
			}
			if t, ok := l.agents[a]; ok {
				return t
			}
		}
	}
	return ""
}

// Limits of the search through WordNet: the senses of a noun tried, most
// frequent first (a verb's first sense only), and the hypernym levels
// climbed from each.
const (
	wnSenses = 3
	wnDepth  = 6
)

// wordNetType returns the type of the anchor nearest above one of the
// first senses of lemma as p, trying the senses in WordNet's order, and
// then the senses of the other part of speech they derive from ("an
// invasion" from "invade"); "" when none reaches an anchor.
func (l *lexicon) wordNetType(lemma string, p pos) string {
	wp := wordnet.Noun
	if p == posVerb {
		wp = wordnet.Verb
	}
	senses := wordnet.Lookup(lemma, wp)
	n := wnSenses
	if p == posVerb {
		// Verbs split their senses finely, and their rarer senses
		// stray far ("find" as to declare): the first one only.
		n = 1
	}
	if len(senses) > n {
		senses = senses[:n]
	}
	for _, s := range senses {
		if t := l.anchorAbove(s); t != "" {
			return t
		}
	}
	for _, s := range senses {
		for _, d := range s.Derived() {
			if t := l.anchorAbove(d); t != "" {
				return t
			}
		}
	}
	return ""
}

// anchorAbove returns the type of the nearest anchor at or above s.
func (l *lexicon) anchorAbove(s wordnet.Synset) string {
	if t, ok := l.anchors[s]; ok {
		return t
	}
	for a, depth := range s.Ancestors() {
		if depth > wnDepth {
			break
		}
		if t, ok := l.anchors[a]; ok {
			return t
		}
	}
	return ""
}
