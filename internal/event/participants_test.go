package event

import (
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/syntax"
)

func TestParticipants(t *testing.T) {
	tests := []struct {
		tree, trigger string
		want          []string // participant texts; a leading "~" marks an anaphor
	}{
		{"Putin/Putin/PROPN/2/nsubj visited/visit/VERB/0/root Tehran/Tehran/PROPN/2/obj", "visited", []string{"Putin", "Tehran"}},
		// coordination, and a name of several words
		{"The/the/DET/3/det United/United/PROPN/3/compound States/States/PROPN/6/nsubj and/and/CCONJ/5/cc Britain/Britain/PROPN/3/conj imposed/impose/VERB/0/root sanctions/sanction/NOUN/6/obj on/on/ADP/9/case Iran/Iran/PROPN/6/obl",
			"sanctions", []string{"United States", "Britain"}},
		// partners of talks, and a name with an apostrophe and an ampersand
		{"Santos/Santos/PROPN/3/compound Dockers/Dockers/PROPN/3/compound Union/Union/PROPN/4/nsubj held/hold/VERB/0/root talks/talk/NOUN/4/obj with/with/ADP/9/case Pacific/Pacific/PROPN/9/compound &/&/CCONJ/9/cc Electric/Electric/PROPN/5/nmod",
			"talks", []string{"Santos Dockers Union", "Pacific & Electric"}},
		// a description and a pronoun stand for names elsewhere
		{"The/the/DET/2/det company/company/NOUN/3/nsubj recalled/recall/VERB/0/root them/they/PRON/3/obj/PRP", "recalled", []string{"~The company", "~them"}},
		// an agent of a passive
		{"The/the/DET/2/det strike/strike/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass called/call/VERB/0/root by/by/ADP/6/case Unite/Unite/PROPN/4/obl:agent", "called", []string{"~The strike", "Unite"}},
		// a date is no participant, even when the parse makes it a subject
		{"Monday/Monday/PROPN/2/nsubj saw/see/VERB/0/root Lumio/Lumio/PROPN/4/nsubj fall/fall/VERB/2/ccomp", "saw", nil},
		// the possessor of an event noun
		{"Iran/Iran/PROPN/3/nmod:poss 's/'s/PART/1/case attacks/attack/NOUN/0/root", "attacks", []string{"Iran"}},
		// a relative pronoun stands for the noun its clause modifies
		{"Unite/Unite/PROPN/0/root ,/,/PUNCT/4/punct which/which/PRON/4/nsubj halted/halt/VERB/1/acl:relcl work/work/NOUN/4/obj", "halted", []string{"Unite"}},
		// the possessor of an object, not of a subject
		{"A/a/DET/2/det judge/judge/NOUN/3/nsubj heard/hear/VERB/0/root the/the/DET/5/det company/company/NOUN/7/nmod:poss 's/'s/PART/5/case request/request/NOUN/3/obj", "heard", []string{"~the company"}},
		// a venue takes no part
		{"DGAC/DGAC/PROPN/2/nsubj closed/close/VERB/0/root La/La/PROPN/4/compound Aurora/Aurora/PROPN/2/obj International/International/PROPN/6/compound Airport/Airport/PROPN/2/obl", "closed", []string{"DGAC"}},
		// a thing won takes no part
		{"Petone/Petone/PROPN/2/compound Riverside/Riverside/PROPN/3/nsubj won/win/VERB/0/root the/the/DET/6/det Hawkins/Hawkins/PROPN/6/compound Shield/Shield/PROPN/3/obj", "won", []string{"Petone Riverside"}},
		// the place a boat sank off, read as its object, and a boat's code
		{"The/the/DET/2/det trawler/trawler/NOUN/3/nsubj sank/sink/VERB/0/root off/off/ADP/3/compound:prt Blackrock/Blackrock/PROPN/3/obj", "sank", []string{"~The trawler"}},
		{"Lady/Lady/PROPN/2/compound Ellen/Ellen/PROPN/7/nsubj ,/,/PUNCT/4/punct CK/CK/PROPN/2/appos +-/-/PUNCT/6/punct +217/217/NUM/4/nummod overturned/overturn/VERB/0/root", "overturned", []string{"Lady Ellen"}},
		{"Hale/Hale/PROPN/3/nmod:poss 's/'s/PART/1/case brother/brother/NOUN/7/nsubj ,/,/PUNCT/5/punct Orr/Orr/PROPN/3/appos ,/,/PUNCT/5/punct pleaded/plead/VERB/0/root guilty/guilty/ADJ/7/xcomp", "pleaded", []string{"Orr"}},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		trig := -1
		for i, w := range s.Words {
			if w.Form == tc.trigger {
				trig = i
			}
		}
		var got []string
		var dates []Span
		if at := strings.Index(text, "Monday"); at >= 0 {
			dates = append(dates, Span{Start: at, End: at + len("Monday")})
		}
		for _, p := range Participants(s, trig, dates) {
			n := text[p.Start:p.End]
			if p.Anaphor {
				n = "~" + n
			}
			got = append(got, n)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Participants(%q, %q) = %q, want %q", text, tc.trigger, got, tc.want)
		}
	}
	if p := Participants(&syntax.Sentence{}, 0, nil); p != nil {
		t.Errorf("no words: %v", p)
	}

}
