package timeline

import (
	"slices"
	"testing"
)

func TestFillMainActor(t *testing.T) {
	ev := func(start int, actors ...string) Event {
		return Event{Actors: actors, Mentions: []Mention{{Start: start}}}
	}
	tests := []struct {
		name   string
		events []Event
		want   [][]string
	}{
		{
			"four events name the company: the unnamed one is its",
			[]Event{ev(0, "Lumio"), ev(10, "Lumio", "CPSC"), ev(20), ev(30, "Lumio"), ev(40, "Lumio")},
			[][]string{{"Lumio"}, {"Lumio", "CPSC"}, {"Lumio"}, {"Lumio"}, {"Lumio"}},
		},
		{
			"three are too few",
			[]Event{ev(0, "Lumio"), ev(10, "Lumio"), ev(20), ev(30, "Lumio")},
			[][]string{{"Lumio"}, {"Lumio"}, nil, {"Lumio"}},
		},
		{
			"a tie goes to the one named first; an official gives the state",
			[]Event{
				ev(50, "Acme"), ev(60, "Acme"), ev(70, "Acme"), ev(80, "Acme"), ev(90),
				ev(5, "Norway (Ingrid Solheim)"), ev(15, "Norway (Ingrid Solheim)"),
				ev(25, "Norway (Ingrid Solheim)"), ev(35, "Norway (Ingrid Solheim)"),
			},
			[][]string{
				{"Acme"}, {"Acme"}, {"Acme"}, {"Acme"}, {"Norway"},
				{"Norway (Ingrid Solheim)"}, {"Norway (Ingrid Solheim)"},
				{"Norway (Ingrid Solheim)"}, {"Norway (Ingrid Solheim)"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fillMainActor(tc.events)
			for i, e := range tc.events {
				if tc.want[i] != nil && !slices.Equal(e.Actors, tc.want[i]) || tc.want[i] == nil && len(e.Actors) != 0 {
					t.Errorf("event %d: actors %q, want %q", i, e.Actors, tc.want[i])
				}
			}
		})
	}
}
