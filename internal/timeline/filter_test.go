package timeline

import (
	"slices"
	"testing"
)

func TestFilterKeep(t *testing.T) {
	visit := Event{Date: "2025-01-17", Precision: "day", Type: "visit", Status: "scheduled", Actors: []string{"Iran (Masoud Pezeshkian)", "Russia"}}
	month := Event{Date: "2024-05", Precision: "month", Type: "sanctions", Status: "reported", Actors: []string{"European Union", "Iran"}}
	rng := Event{Date: "2024-05-30", EndDate: "2024-06-02", Precision: "day", Type: "visit", Status: "reported"}
	tests := []struct {
		name         string
		since, until string
		types, stats []string
		actors       []string
		want         []bool // visit, month, rng
	}{
		{name: "zero keeps all", want: []bool{true, true, true}},
		{name: "since a year", since: "2025", want: []bool{true, false, false}},
		{name: "since inside a month keeps the month", since: "2024-05-20", want: []bool{true, true, true}},
		{name: "since after a range's start keeps the range", since: "2024-06-01", want: []bool{true, false, true}},
		{name: "until a year keeps all of it", until: "2024", want: []bool{false, true, true}},
		{name: "until a month", until: "2024-05", want: []bool{false, true, true}},
		{name: "until the day before a range", until: "2024-05-29", want: []bool{false, true, false}},
		{name: "since and until", since: "2024-06", until: "2024-Q4", want: []bool{false, false, true}},
		{name: "type", types: []string{"visit"}, want: []bool{true, false, true}},
		{name: "types", types: []string{"visit", "sanctions"}, want: []bool{true, true, true}},
		{name: "status", stats: []string{"scheduled"}, want: []bool{true, false, false}},
		{name: "actor by country, any case", actors: []string{"iran"}, want: []bool{true, true, false}},
		{name: "actor by person", actors: []string{"Pezeshkian"}, want: []bool{true, false, false}},
		{name: "actor and type", actors: []string{"Iran"}, types: []string{"sanctions"}, want: []bool{false, true, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Filter{Types: tc.types, Statuses: tc.stats, Actors: tc.actors}
			var err error
			if tc.since != "" {
				if f.Since, err = ParseSince(tc.since); err != nil {
					t.Fatal(err)
				}
			}
			if tc.until != "" {
				if f.Until, err = ParseUntil(tc.until); err != nil {
					t.Fatal(err)
				}
			}
			got := []bool{f.Keep(visit), f.Keep(month), f.Keep(rng)}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Keep = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestParseBoundErrors(t *testing.T) {
	for _, s := range []string{"", "yesterday", "2024-13", "17/01/2025"} {
		if _, err := ParseSince(s); err == nil {
			t.Errorf("ParseSince(%q): no error", s)
		}
		if _, err := ParseUntil(s); err == nil {
			t.Errorf("ParseUntil(%q): no error", s)
		}
	}
	if err := CheckValues("type", []string{"visit", "vist"}, EventTypes); err == nil {
		t.Error("CheckValues accepted an unknown type")
	}
}

func TestMergeSources(t *testing.T) {
	m := func(doc string, line int) []Mention { return []Mention{{File: doc, Doc: doc, Line: line}} }
	events := []Event{
		{Date: "2025-01-13", Type: "talks", Status: "scheduled", Summary: "a", Actors: []string{"Iran", "France"}, Location: "Geneva", Mentions: m("a.txt", 3)},
		{Date: "2025-01-13", Type: "talks", Status: "reported", Summary: "b", Actors: []string{"Iran"}, Mentions: m("b.txt", 5)},
		{Date: "2025-01-13", Type: "talks", Status: "reported", Summary: "c", Actors: []string{"Iran", "Germany"}, Mentions: m("c.txt", 2)},
		{Date: "2025-01-13", Type: "talks", Summary: "same document", Actors: []string{"Iran"}, Mentions: m("a.txt", 9)},
		{Date: "2025-01-13", Type: "talks", Summary: "no shared actor", Actors: []string{"Chile"}, Mentions: m("d.txt", 1)},
		{Date: "2025-01-13", Type: "visit", Summary: "another type", Actors: []string{"Iran"}, Mentions: m("d.txt", 4)},
		{Date: "2025-01", Type: "talks", Summary: "a coarser date", Actors: []string{"Iran"}, Mentions: m("d.txt", 7)},
	}
	got := MergeSources(events)
	var sums []string
	for _, e := range got {
		sums = append(sums, e.Summary)
	}
	if want := []string{"a", "same document", "no shared actor", "another type", "a coarser date"}; !slices.Equal(sums, want) {
		t.Fatalf("rows %q, want %q", sums, want)
	}
	j := got[0]
	if j.Status != "reported" || len(j.Mentions) != 3 || j.Location != "Geneva" ||
		!slices.Equal(j.Actors, []string{"Iran", "France", "Germany"}) {
		t.Errorf("joined row = %+v", j)
	}
	if len(events[0].Mentions) != 1 {
		t.Error("MergeSources changed its input's mentions")
	}
}
