package event

import (
	_ "embed"
	"fmt"
	"strings"
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
)

var classNames = map[string]uint16{
	"speech": classSpeech, "light": classLight, "aspect": classAspect, "plan": classPlan,
	"expect": classExpect, "threaten": classThreaten, "schedule": classSchedule,
	"cancel": classCancel, "deny": classDeny,
}

// pos is a lexicon part of speech.
type pos uint8

const (
	posNoun pos = iota
	posVerb
	posAdj
	posVerbObject
	nPOS
)

// lexicon is the parsed lexicon.txt.
type lexicon struct {
	types   [nPOS]map[string]string // lemma → event type
	classes [nPOS]map[string]uint16 // lemma → verb classes
}

var lex = mustLexicon(lexiconText)

func mustLexicon(text string) *lexicon {
	l, err := parseLexicon(text)
	if err != nil {
		panic("event: lexicon.txt: " + err.Error())
	}
	return l
}

// parseLexicon reads the lexicon format that lexicon.txt documents.
func parseLexicon(text string) (*lexicon, error) {
	l := new(lexicon)
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
			if t, dup := l.types[p][e]; dup {
				return nil, fmt.Errorf("line %d: %q is listed as %s and %s", n+1, e, t, f[0])
			}
			l.types[p][e] = f[0]
		}
	}
	return l, nil
}
