package event

import (
	"strings"
	"testing"
)

func TestLexiconLoads(t *testing.T) {
	// mustLexicon ran at init; spot-check entries of each kind.
	tests := []struct {
		p    pos
		w    string
		want string
	}{
		{posVerb, "visit", "visit"},
		{posNoun, "summit", "meeting"},
		{posNoun, "ceasefire", "agreement"},
		{posVerbObject, "hold talks", "talks"},
		{posVerbObject, "impose sanctions", "sanctions"},
	}
	for _, tc := range tests {
		if got := lex().types[tc.p][tc.w]; got != tc.want {
			t.Errorf("type of %q (%d) = %q, want %q", tc.w, tc.p, got, tc.want)
		}
	}
	if lex().classes[posVerb]["say"]&classSpeech == 0 || lex().classes[posVerb]["call off"]&classCancel == 0 {
		t.Error("verb classes missing")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, in := range []string{
		"visit: tour",
		"visit x: tour",
		"nonsense v: tour",
		"visit v: tour\nmeeting v: tour",
	} {
		if _, err := parseLexicon(in); err == nil || !strings.Contains(err.Error(), "line") {
			t.Errorf("parseLexicon(%q) error = %v, want one naming the line", in, err)
		}
	}
}
