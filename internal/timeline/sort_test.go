package timeline

import (
	"encoding/json"
	"math/rand"
	"slices"
	"testing"
)

func TestSort(t *testing.T) {
	ev := func(date, file, doc string, start int) Event {
		return Event{Date: date, Mentions: []Mention{{File: file, Doc: doc, Start: start}}}
	}
	want := []Event{
		ev("2024", "b.txt", "b.txt", 5),
		ev("2024-Q2", "a.txt", "a.txt", 1),
		ev("2024-05", "b.txt", "b.txt", 9),
		ev("2024-05-01", "a.txt", "a.txt", 40),
		ev("2024-05-01", "a.txt", "a.txt", 70),
		ev("2024-05-01", "b.txt", "b.txt", 3),
		ev("2024-05-01", "c.jsonl", "r1", 3),
		ev("2024-05-01", "c.jsonl", "r2", 0),
		ev("2024-05-01T14:30", "a.txt", "a.txt", 0), // written as the day by extract; sorts by its minute here
		ev("2024-05-02", "a.txt", "a.txt", 0),
		ev("2024-W19", "a.txt", "a.txt", 0),
		ev("2025-01-13", "a.txt", "a.txt", 0),
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		got := slices.Clone(want)
		r.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		Sort(got)
		if !slices.EqualFunc(got, want, func(a, b Event) bool { return a.Date == b.Date && a.Mentions[0] == b.Mentions[0] }) {
			var ds []string
			for _, e := range got {
				ds = append(ds, e.Date+"@"+e.Mentions[0].Doc)
			}
			t.Fatalf("shuffle %d sorted to %v", i, ds)
		}
	}
	// a round trip through JSON keeps the order
	b, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var back []Event
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(back); i++ {
		if !Less(back[i-1], back[i]) {
			t.Errorf("after JSON, %s@%s does not sort before %s@%s", back[i-1].Date, back[i-1].Mentions[0].Doc, back[i].Date, back[i].Mentions[0].Doc)
		}
	}
}
