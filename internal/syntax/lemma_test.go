package syntax

import "testing"

func TestShortVowelEnd(t *testing.T) {
	for _, tc := range []struct {
		stem string
		want bool
	}{
		{"fin", true}, {"hop", true}, {"tap", true}, {"sham", true},
		{"visit", false}, {"open", false}, {"show", false}, {"list", false}, {"us", false}, {"feel", false},
	} {
		if got := shortVowelEnd(tc.stem); got != tc.want {
			t.Errorf("shortVowelEnd(%q) = %v, want %v", tc.stem, got, tc.want)
		}
	}
}

// TestVerbLemmas checks the lemmas of past and present participles that
// the suffix rules alone would get wrong.
func TestVerbLemmas(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	want := map[string]string{"fined": "fine", "hoped": "hope", "stopped": "stop", "visited": "visit", "imposed": "impose"}
	for _, s := range p.Parse("The regulator fined the bank. She hoped to win. The train stopped. He visited Paris. They imposed sanctions.") {
		for _, w := range s.Words {
			if l, ok := want[w.Form]; ok && w.Lemma != l {
				t.Errorf("lemma of %q = %q, want %q", w.Form, w.Lemma, l)
			}
		}
	}
}
