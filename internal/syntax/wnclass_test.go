package syntax

import "testing"

func TestWNClass(t *testing.T) {
	for _, c := range []struct {
		word string
		want uint64
	}{
		{"minister", wnSeen | wnNoun | wnVerb},
		{"plans", wnSeen | wnNounForm | wnVerbForm},
		{"annexed", wnSeen | wnVerbForm},
		{"planned", wnSeen | wnVerbForm},
		{"shipping", wnSeen | wnNoun | wnVerbForm},
		{"Talks", wnSeen | wnNoun | wnNounForm | wnVerbForm},
		{"xyzzy", wnSeen},
		{"1,000", 0},
		{"a", 0},
	} {
		if got := wnClass(c.word); got != c.want {
			t.Errorf("wnClass(%q) = %05b, want %05b", c.word, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { wnClass("airstrikes") }); n != 0 {
		t.Errorf("wnClass allocates %v times", n)
	}
}
