package wordnet

import (
	"slices"
	"strings"
	"testing"
)

func mustName(t *testing.T, name string) Synset {
	t.Helper()
	s, ok := ByName(name)
	if !ok {
		t.Fatalf("ByName(%q): not found", name)
	}
	return s
}

func names(ss []Synset) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Name()
	}
	return out
}

func TestLookup(t *testing.T) {
	tests := []struct {
		lemma string
		pos   POS
		want  []string // the first senses, in order
	}{
		{"attack", Verb, []string{"attack.v.01", "attack.v.02", "attack.v.03"}},
		{"attack", Noun, []string{"attack.n.01", "attack.n.02", "fire.n.09"}},
		{"shell", Verb, []string{"blast.v.03"}},
		{"bomb", Verb, []string{"bombard.v.02", "fail.v.07"}},
		{"raid", Verb, []string{"raid.v.01"}},
		{"invade", Verb, []string{"invade.v.01", "intrude_on.v.01"}},
		{"summit", Noun, []string{"acme.n.01", "peak.n.04", "summit.n.03"}},
		{"earthquake", Noun, []string{"earthquake.n.01", "earthquake.n.02"}},
		{"takeover", Noun, []string{"coup_d'etat.n.01", "takeover.n.02"}},
		{"take_over", Verb, []string{"assume.v.06"}},
		{"take over", Verb, []string{"assume.v.06"}},
		{"Take_Over", Verb, []string{"assume.v.06"}},
		{"cease-fire", Noun, []string{"armistice.n.01"}},
		{"talks", Noun, []string{"negotiation.n.01"}},
		{"entity", Noun, []string{"entity.n.01"}},
		{"wildfire", Verb, nil},
		{"zzzz", Noun, nil},
		{"", Noun, nil},
		{"attack", POS(7), nil},
	}
	for _, tc := range tests {
		t.Run(tc.lemma+"/"+tc.pos.String(), func(t *testing.T) {
			got := names(Lookup(tc.lemma, tc.pos))
			if len(got) > len(tc.want) {
				got = got[:len(tc.want)]
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Lookup(%q, %v)\ngot  %q\nwant %q", tc.lemma, tc.pos, got, tc.want)
			}
		})
	}
}

func TestSynset(t *testing.T) {
	tests := []struct {
		name     string
		pos      POS
		lexname  string
		lemmas   []string
		hyper    []string
		derived  []string // some of them
		notIsA   string   // a synset that is not an ancestor
		ancestor []string // ancestors that IsA finds
	}{
		{
			name: "attack.v.01", pos: Verb, lexname: "verb.competition",
			lemmas: []string{"attack", "assail"}, hyper: []string{"contend.v.06"},
			derived: []string{"attack.n.01"}, notIsA: "act.v.01",
		},
		{
			name: "blast.v.03", pos: Verb, lexname: "verb.competition",
			lemmas: []string{"blast", "shell"}, hyper: []string{"bombard.v.02"},
			derived: []string{"shell.n.01"}, notIsA: "act.v.01",
			ancestor: []string{"bombard.v.02", "attack.v.01", "contend.v.06"},
		},
		{
			name: "raid.v.01", pos: Verb, lexname: "verb.social",
			lemmas: []string{"raid", "bust"}, hyper: []string{"attack.v.01"},
			derived: []string{"foray.n.01"}, ancestor: []string{"attack.v.01"},
		},
		{
			name: "invasion.n.01", pos: Noun, lexname: "noun.act",
			lemmas: []string{"invasion"}, hyper: []string{"penetration.n.01"},
			derived: []string{"invade.v.01"}, notIsA: "event.n.02",
			ancestor: []string{"attack.n.01", "act.n.02", "event.n.01", "entity.n.01"},
		},
		{
			name: "meeting.n.01", pos: Noun, lexname: "noun.group",
			lemmas: []string{"meeting", "group_meeting"}, hyper: []string{"gathering.n.01"},
			derived: []string{"meet.v.01"}, ancestor: []string{"group.n.01"},
		},
		{
			name: "earthquake.n.01", pos: Noun, lexname: "noun.event",
			lemmas: []string{"earthquake", "quake", "temblor", "seism"},
			hyper:  []string{"geological_phenomenon.n.01"}, notIsA: "act.n.02",
			ancestor: []string{"natural_phenomenon.n.01"},
		},
		{
			name: "wildfire.n.01", pos: Noun, lexname: "noun.event",
			lemmas: []string{"wildfire"}, hyper: []string{"conflagration.n.01"},
			ancestor: []string{"fire.n.01", "event.n.01"},
		},
		{
			// An instance: Paris is an instance of a national capital.
			name: "paris.n.01", pos: Noun, lexname: "noun.location",
			lemmas: []string{"paris", "city_of_light", "french_capital", "capital_of_france"},
			hyper:  []string{"national_capital.n.01"}, ancestor: []string{"city.n.01"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mustName(t, tc.name)
			if got := s.Name(); got != tc.name {
				t.Errorf("Name() = %q, want %q", got, tc.name)
			}
			if got := s.String(); got != tc.name {
				t.Errorf("String() = %q, want %q", got, tc.name)
			}
			if got := s.POS(); got != tc.pos {
				t.Errorf("POS() = %v, want %v", got, tc.pos)
			}
			if got := s.LexName(); got != tc.lexname {
				t.Errorf("LexName() = %q, want %q", got, tc.lexname)
			}
			if got := s.Lemmas(); !slices.Equal(got, tc.lemmas) {
				t.Errorf("Lemmas()\ngot  %q\nwant %q", got, tc.lemmas)
			}
			if got := names(s.Hypernyms()); !slices.Equal(got, tc.hyper) {
				t.Errorf("Hypernyms()\ngot  %q\nwant %q", got, tc.hyper)
			}
			der := names(s.Derived())
			for _, d := range tc.derived {
				if !slices.Contains(der, d) {
					t.Errorf("Derived() = %q, want it to hold %q", der, d)
				}
			}
			for _, d := range s.Derived() {
				if d.POS() == s.POS() {
					t.Errorf("Derived() holds %s, of the same part of speech", d)
				}
			}
			if !s.IsA(s) {
				t.Errorf("%s.IsA(itself) = false", s)
			}
			for _, a := range tc.ancestor {
				if !s.IsA(mustName(t, a)) {
					t.Errorf("%s.IsA(%s) = false, want true", s, a)
				}
			}
			if tc.notIsA != "" && s.IsA(mustName(t, tc.notIsA)) {
				t.Errorf("%s.IsA(%s) = true, want false", s, tc.notIsA)
			}
		})
	}
}

// TestInherit checks the use the event lexicon makes of the hypernyms:
// unlisted words reach a listed class through some sense.
func TestInherit(t *testing.T) {
	attackV := mustName(t, "attack.v.01")
	attackN := mustName(t, "attack.n.01")
	tests := []struct {
		word  string
		pos   POS
		class Synset
	}{
		{"bombard", Verb, attackV},
		{"shell", Verb, attackV},
		{"bomb", Verb, attackV},
		{"raid", Verb, attackV},
		{"invade", Verb, attackV},
		{"raid", Noun, attackN},
		{"invasion", Noun, attackN},
		{"bombing", Noun, attackN},
	}
	for _, tc := range tests {
		found := false
		for _, s := range Lookup(tc.word, tc.pos) {
			if s.IsA(tc.class) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no sense of %s (%v) is a %s", tc.word, tc.pos, tc.class)
		}
	}
}

func TestAncestors(t *testing.T) {
	s := mustName(t, "blast.v.03")
	var got []string
	var depths []int
	for a, d := range s.Ancestors() {
		got = append(got, a.Name())
		depths = append(depths, d)
	}
	want := []string{"bombard.v.02", "attack.v.01", "contend.v.06"}
	if !slices.Equal(got, want) || !slices.Equal(depths, []int{1, 2, 3}) {
		t.Errorf("Ancestors()\ngot  %q %v\nwant %q [1 2 3]", got, depths, want)
	}

	// Stopping early.
	n := 0
	for range mustName(t, "invasion.n.01").Ancestors() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("break after 2 ancestors: got %d", n)
	}

	// Each ancestor once, nearest first, ending at entity.
	paris := mustName(t, "paris.n.01")
	seen := map[Synset]bool{}
	last, lastDepth := Synset(0), 0
	for a, d := range paris.Ancestors() {
		if seen[a] {
			t.Errorf("ancestor %s twice", a)
		}
		if d < lastDepth {
			t.Errorf("ancestor %s at depth %d after depth %d", a, d, lastDepth)
		}
		seen[a], last, lastDepth = true, a, d
	}
	if last.Name() != "entity.n.01" {
		t.Errorf("last ancestor of paris.n.01 = %s, want entity.n.01", last)
	}
}

func TestBase(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want []string
	}{
		{"went", Verb, []string{"go"}},
		{"talks", Noun, []string{"talks", "talk"}},
		{"talks", Verb, []string{"talk"}},
		{"invading", Verb, []string{"invade"}},
		{"shelled", Verb, []string{"shell"}},
		{"bombed", Verb, []string{"bomb"}},
		{"raids", Noun, []string{"raid"}},
		{"churches", Noun, []string{"church"}},
		{"countries", Noun, []string{"country"}},
		{"women", Noun, []string{"woman"}},
		{"saw", Verb, []string{"saw", "see"}},
		{"Took", Verb, []string{"take"}},
		{"taking over", Verb, []string{"take_over"}},
		{"attorneys general", Noun, []string{"attorney_general"}},
		{"ballistic missiles", Noun, []string{"ballistic_missile"}},
		{"attack", Verb, []string{"attack"}},
		{"zzzzs", Noun, nil},
		{"", Verb, nil},
		{"s", Noun, []string{"s"}},
	}
	for _, tc := range tests {
		t.Run(tc.word+"/"+tc.pos.String(), func(t *testing.T) {
			if got := Base(tc.word, tc.pos); !slices.Equal(got, tc.want) {
				t.Errorf("Base(%q, %v)\ngot  %q\nwant %q", tc.word, tc.pos, got, tc.want)
			}
		})
	}
}

func TestByName(t *testing.T) {
	for _, name := range []string{
		"", "attack", "attack.v", "attack.v.", "attack.x.01", "attack.v.00",
		"attack.v.99", "attack.v.-1", "attack.v.+1", ".v.01", "zzz.n.01",
	} {
		if s, ok := ByName(name); ok {
			t.Errorf("ByName(%q) = %s, want none", name, s)
		}
	}
	// Every sense of a few lemmas comes back by its name.
	for _, lemma := range []string{"attack", "dog", "st._louis", "take", "coup_d'etat", "u.s."} {
		for _, pos := range []POS{Noun, Verb} {
			for _, s := range Lookup(lemma, pos) {
				if got, ok := ByName(s.Name()); !ok || got != s {
					t.Errorf("ByName(%q) = %v, %v; want %v", s.Name(), got, ok, uint32(s))
				}
			}
		}
	}
	if s, ok := ByName("attack.v.1"); !ok || s.Name() != "attack.v.01" {
		t.Errorf(`ByName("attack.v.1") = %s, %v; want attack.v.01`, s, ok)
	}
}

func TestZero(t *testing.T) {
	var s Synset
	if s.Name() != "" || s.LexName() != "" || s.Lemmas() != nil || s.Hypernyms() != nil ||
		s.Derived() != nil || s.IsA(s) {
		t.Error("the zero Synset has content")
	}
	for range s.Ancestors() {
		t.Error("the zero Synset has ancestors")
	}
	big := Synset(1 << 31)
	if big.Name() != "" || big.LexName() != "" || big.Hypernyms() != nil {
		t.Error("an out-of-range Synset has content")
	}
}

func TestNotice(t *testing.T) {
	n := Notice()
	for _, want := range []string{"Princeton University", "WordNet 3.0 Copyright 2006"} {
		if !strings.Contains(n, want) {
			t.Errorf("Notice() lacks %q:\n%s", want, n)
		}
	}
}

func TestPOSString(t *testing.T) {
	for p, want := range map[POS]string{Noun: "noun", Verb: "verb", 7: "POS(7)"} {
		if got := p.String(); got != want {
			t.Errorf("POS(%d).String() = %q, want %q", p, got, want)
		}
	}
}

// TestNoAlloc checks that the hypernym walk does not allocate.
func TestNoAlloc(t *testing.T) {
	s := mustName(t, "paris.n.01")
	entity := mustName(t, "entity.n.01")
	act := mustName(t, "act.n.02")
	if n := testing.AllocsPerRun(100, func() {
		if !s.IsA(entity) || s.IsA(act) {
			t.Fatal("IsA")
		}
	}); n != 0 {
		t.Errorf("IsA: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		for range s.Ancestors() {
		}
	}); n != 0 {
		t.Errorf("Ancestors: %v allocations, want 0", n)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{
		"attack", "attack.v.01", "went", "taking over", "cease-fire", "", "_", "a.n.01",
		"st._louis.n.01", "x.v.999999999999999999999", "\xff\xfe", "  ", strings.Repeat("s", 300),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if s, ok := ByName(in); ok {
			if s.Name() == "" || s.LexName() == "" {
				t.Errorf("ByName(%q) = %d without a name or lexname", in, uint32(s))
			}
		}
		for _, pos := range []POS{Noun, Verb, 2} {
			for _, s := range Lookup(in, pos) {
				if s.POS() != pos {
					t.Errorf("Lookup(%q, %v) gave %s", in, pos, s)
				}
			}
			for _, b := range Base(in, pos) {
				if Lookup(b, pos) == nil {
					t.Errorf("Base(%q, %v) gave %q, not in WordNet", in, pos, b)
				}
			}
		}
		Synset(len(in)).Name()
	})
}

func TestHas(t *testing.T) {
	for _, tc := range []struct {
		lemma string
		pos   POS
		want  bool
	}{
		{"impose", Verb, true}, {"impos", Verb, false}, {"Talk", Noun, true},
		{"take over", Verb, true}, {"", Noun, false}, {"rose", Verb, false},
	} {
		if got := Has(tc.lemma, tc.pos); got != tc.want {
			t.Errorf("Has(%q, %v) = %v, want %v", tc.lemma, tc.pos, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Has("impose", Verb) }); n != 0 {
		t.Errorf("Has allocates %v times", n)
	}
}
