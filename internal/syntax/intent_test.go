package syntax

import "testing"

func TestFixIntent(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	tests := []struct {
		text, word, upos, head string
	}{
		{"The company plans to cut 200 jobs.", "plans", "VERB", ""},
		{"The institute plans to publish the data on Thursday.", "institute", "NOUN", "plans"},
		{"The Global Volleyball Union plans to hold the vote in May.", "plans", "VERB", ""},
		{"It plans to appeal.", "plans", "VERB", ""},
		// a possessive or a verb before keeps the noun
		{"Its plans to expand were shelved.", "plans", "NOUN", "shelved"},
		{"The firm announced plans to expand.", "plans", "NOUN", "announced"},
		// not before "to" and a verb
		{"The company plans were approved.", "plans", "NOUN", "approved"},
	}
	for _, tc := range tests {
		ss := p.Parse(tc.text)
		if len(ss) != 1 {
			t.Fatalf("%q: %d sentences", tc.text, len(ss))
		}
		s := ss[0]
		for _, w := range s.Words {
			if w.Form != tc.word {
				continue
			}
			head := ""
			if w.Head > 0 {
				head = s.Words[w.Head-1].Form
			}
			if w.UPOS != tc.upos || head != tc.head {
				t.Errorf("%q: %s is %s under %q, want %s under %q", tc.text, w.Form, w.UPOS, head, tc.upos, tc.head)
			}
		}
	}
}

func TestFixThat(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	tests := []struct {
		text, upos, head, rel string // of "that", and the head and relation of the clause's verb
		verb                  string
	}{
		{"The union said on Saturday that members would strike.", "SCONJ", "said", "ccomp", "strike"},
		{"The minister told reporters on Wednesday that 622 people had died.", "SCONJ", "told", "ccomp", "died"},
		// a relative pronoun stays one
		{"The day that changed everything was Monday.", "PRON", "day", "acl:relcl", "changed"},
	}
	for _, tc := range tests {
		ss := p.Parse(tc.text)
		if len(ss) != 1 {
			t.Fatalf("%q: %d sentences", tc.text, len(ss))
		}
		for _, w := range ss[0].Words {
			if w.Form == "that" && w.UPOS != tc.upos {
				t.Errorf("%q: that is %s, want %s", tc.text, w.UPOS, tc.upos)
			}
			if w.Form == tc.verb {
				head := ""
				if w.Head > 0 {
					head = ss[0].Words[w.Head-1].Form
				}
				if head != tc.head || w.Rel != tc.rel {
					t.Errorf("%q: %s is %s of %q, want %s of %q", tc.text, w.Form, w.Rel, head, tc.rel, tc.head)
				}
			}
		}
	}
}

func TestFixName(t *testing.T) {
	checkTags(t, []taggedWord{
		{"Seán Twomey, 41, and Dariusz Nowak, 29, died on 14 August 2021.", "Seán", "PROPN"},
		{"Its president, Héctor Villalobos, said the strike would start.", "Héctor", "PROPN"},
		// marks and plain words stay as the tagger read them
		{"Prices rose — sharply.", "—", "PUNCT"},
		{"The café opened.", "café", "NOUN"},
	})
	for _, tc := range []struct {
		form string
		want bool
	}{
		{"Seán", true}, {"Ángela", true}, {"Sean", false}, {"—", false}, {"seán", false}, {"O’Súilleabháin", true}, {"Zoë2", false},
	} {
		if got := capitalisedBeyondASCII(tc.form); got != tc.want {
			t.Errorf("capitalisedBeyondASCII(%q) = %v, want %v", tc.form, got, tc.want)
		}
	}
}

func TestFixCurrency(t *testing.T) {
	checkTags(t, []taggedWord{
		{"Nordlys posted a loss of 640 million kroner on 3 May.", "kroner", "NOUN"},
		// not after a number: left as the tagger read it
		{"The rand weakened.", "rand", "NOUN"},
	})
}

// taggedWord is a word of a text and the universal tag it should get.
type taggedWord struct{ text, word, upos string }

// checkTags parses each text with the embedded model and checks the tag
// of its word.
func checkTags(t *testing.T, tests []taggedWord) {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	for _, tc := range tests {
		found := false
		for _, s := range p.Parse(tc.text) {
			for _, w := range s.Words {
				if w.Form == tc.word {
					found = true
					if w.UPOS != tc.upos {
						t.Errorf("%q: %q tagged %s, want %s", tc.text, tc.word, w.UPOS, tc.upos)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no word %q", tc.text, tc.word)
		}
	}
}
