package wordnet

import "testing"

// words is a sample of event triggers, some inflected, some not in WordNet.
var words = []string{
	"attack", "shelled", "bombing", "invasion", "talks", "summit", "signed",
	"earthquake", "wildfire", "takeover", "sanctions", "visited", "cease-fire",
	"went", "elections", "xyzzy",
}

// BenchmarkOpen measures what the first call into the package costs: the
// table is checked and sliced in place, without building maps.
func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := openTable(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstLookup opens the table and looks up one lemma, as the
// first lookup of a process does.
func BenchmarkFirstLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		t, err := openTable(embedded)
		if err != nil {
			b.Fatal(err)
		}
		if t.lookup("attack", Verb) == nil {
			b.Fatal("attack not found")
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Lookup(w, Noun)
			Lookup(w, Verb)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*2*len(words)), "ns/lookup")
}

func BenchmarkBase(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Base(w, Noun)
			Base(w, Verb)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*2*len(words)), "ns/word")
}

func BenchmarkIsA(b *testing.B) {
	attack, _ := ByName("attack.v.01")
	event, _ := ByName("event.n.01")
	shell := Lookup("shell", Verb)
	invasion := Lookup("invasion", Noun)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range shell {
			s.IsA(attack)
		}
		for _, s := range invasion {
			s.IsA(event)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*(len(shell)+len(invasion))), "ns/IsA")
}

func BenchmarkName(b *testing.B) {
	s, _ := ByName("invasion.n.01")
	b.ReportAllocs()
	for b.Loop() {
		if s.Name() != "invasion.n.01" {
			b.Fatal("name")
		}
	}
}
