package event

import (
	"strings"
	"testing"
)

func TestNameYear(t *testing.T) {
	tests := []struct {
		tree, date string
		want       bool
	}{
		// a year that names which budget
		{"The/the/DET/3/det 2017/2017/NUM/3/compound budget/budget/NOUN/4/nsubj passed/pass/VERB/0/root", "2017", true},
		{"They/they/PRON/2/nsubj signed/sign/VERB/0/root the/the/DET/6/det 2020/2020/NUM/6/compound Juba/Juba/PROPN/6/compound agreement/agreement/NOUN/2/obj", "2020", true},
		// a possessor makes it a dated thing: "Costa Rica's 1949 constitution"
		{"Rica/Rica/PROPN/4/nmod:poss 's/'s/PART/1/case 1949/1949/NUM/4/compound constitution/constitution/NOUN/5/nsubj sets/set/VERB/0/root", "1949", false},
		// a year after a preposition dates the event
		{"They/they/PRON/2/nsubj met/meet/VERB/0/root in/in/ADP/4/case 2017/2017/NUM/2/obl", "2017", false},
		// a year before a stretch of time dates it: "for the 2027 season"
		{"They/they/PRON/2/nsubj open/open/VERB/0/root it/it/PRON/2/obj for/for/ADP/7/case the/the/DET/7/det 2027/2027/NUM/7/compound season/season/NOUN/2/obl", "2027", false},
		// not a bare year
		{"The/the/DET/3/det May/May/PROPN/3/compound budget/budget/NOUN/4/nsubj passed/pass/VERB/0/root", "May", false},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		at := strings.Index(text, tc.date)
		if got := NameYear(s, text, Span{Start: at, End: at + len(tc.date)}); got != tc.want {
			t.Errorf("NameYear(%q, %q) = %v, want %v", text, tc.date, got, tc.want)
		}
	}
}
