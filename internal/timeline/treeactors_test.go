package timeline

import (
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/syntax"
)

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"TOKYO — Typhoon Kujira made landfall.", 6},
		{"PUEBLA, Mexico — The museum reopened.", 15},
		{"LONDON (Reuters) - Shares fell.", 7},
		{"The minister said so.", 0},
		{"NATO said on Monday it would meet.", 0},
		{"US — or so it seems", 0},
	}
	for _, tc := range tests {
		if got := datelineEnd(tc.in); got != tc.want {
			t.Errorf("datelineEnd(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestTreeActorsInArticle checks that the tree adds the companies a
// sentence names as taking part, which no gazetteer lists.
func TestTreeActorsInArticle(t *testing.T) {
	events := extractText(t, "Kestrel Logistics signed a deal with Harbour Cranes on Monday.\n")
	if len(events) != 1 {
		t.Fatalf("got %d events: %+v", len(events), events)
	}
	want := []string{"Kestrel Logistics", "Harbour Cranes"}
	if got := events[0].Actors; !reflect.DeepEqual(got, want) {
		t.Errorf("actors %q, want %q", got, want)
	}
}

// TestMusicBodies checks that an orchestra or a choir is an organisation
// that takes part.
func TestMusicBodies(t *testing.T) {
	events := extractText(t, "The Vienna Chamber Orchestra cancelled its tour on 2 May.\n")
	if len(events) != 1 || len(events[0].Actors) == 0 || events[0].Actors[0] != "Vienna Chamber Orchestra" {
		t.Errorf("got %+v, want the orchestra first among the actors", events)
	}
}

// TestTreeActorsPointBack checks that a description points back to the
// body the article named, and that a body through which its possessor
// acts brings the possessor in.
func TestTreeActorsPointBack(t *testing.T) {
	tests := []struct {
		text string
		want []string // actors of the last event
	}{
		{"The Competition and Markets Authority opened an inquiry into the deal.\nThe watchdog said on 2 May that the offer was not enough.\n",
			[]string{"Competition and Markets Authority"}},
		{"The Competition and Markets Authority opened an inquiry into the deal.\nThe regulator blocked another merger on 2 May.\n",
			[]string{"Competition and Markets Authority"}},
		{"Kenya's foreign ministry warned on 2 May that it would close the border.\n", []string{"Kenya"}},
		{"Kestrel Logistics's shareholders approved the takeover on 2 May.\n", []string{"Kestrel Logistics"}},
		// the object of a verb of expecting is its complement's subject
		{"Analysts at Kessler Research expect Meta to unveil lighter glasses on 2 May.\n", []string{"Meta"}},
		// the speaker takes no part in what was said, unless the speaker acts
		{"Board chair Pieter van Dalen said investigators had boarded both vessels on 2 May.\n", nil},
		{"Kestrel Logistics said on Monday that it would sue Harbour Cranes on 2 May.\n", []string{"Kestrel Logistics", "Harbour Cranes"}},
		// the hearer takes no part in a statement
		{"Kestrel Logistics told Harbour Cranes on 2 May that it would not sign.\n", []string{"Kestrel Logistics"}},
		// a person's relative does not bring the person in
		{"Hale's brother-in-law pleaded guilty on 2 May.\n", nil},
	}
	for _, tc := range tests {
		events := extractText(t, tc.text)
		if len(events) == 0 {
			t.Fatalf("%q: no events", tc.text)
		}
		if got := events[len(events)-1].Actors; !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("%q: actors %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDatesOnlyParsesNothing checks that reading dates alone, or events
// without syntax, never asks for a syntax parser, which would load the
// model; events do.
func TestDatesOnlyParsesNothing(t *testing.T) {
	var asked atomic.Int32
	saved := getParser
	getParser = func() *syntax.Parser { asked.Add(1); return nil }
	defer func() { getParser = saved }()
	doc, err := input.NewDocument("t.txt", []byte("Putin will visit Tehran on 17 January, the Kremlin said on Monday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	AnalyzeDocument(doc, 0, Config{Ref: ref, DatesOnly: true})
	if n := asked.Load(); n != 0 {
		t.Errorf("dates alone asked for a parser %d times", n)
	}
	AnalyzeDocument(doc, 0, Config{Ref: ref, NoSyntax: true})
	if n := asked.Load(); n != 0 {
		t.Errorf("events without syntax asked for a parser %d times", n)
	}
	res := AnalyzeDocument(doc, 0, Config{Ref: ref})
	if n := asked.Load(); n == 0 {
		t.Error("events never asked for a parser")
	}
	if len(res.Events) == 0 {
		t.Error("no events without a parser: the analysis must go on without one")
	}
}

func TestBodyStart(t *testing.T) {
	for _, tc := range []struct{ in, body string }{
		{"MONROVIA, 23 October 2017 (Reuters) - Liberia will hold a runoff.", "Liberia will hold a runoff."},
		{"JAKARTA — Indonesia will buy 24 jets.", "Indonesia will buy 24 jets."},
		{"PARIS (Continental Press) — France’s Council of State upheld a fine.", "France’s Council of State upheld a fine."},
		{"SANTOS, 14 March 2023 (Coastline Wire) – Dockworkers walked off the job.", "Dockworkers walked off the job."},
		{"WASHINGTON, Feb 14 (Reuters) - The Senate voted.", "The Senate voted."},
		{"WASHINGTON, Feb. 14 (Reuters) - The Senate voted.", "The Senate voted."},
		{"NATO said on Monday that talks - long stalled - would resume.", "NATO said on Monday that talks - long stalled - would resume."},
		{"The talks resumed on Monday — a first since May.", "The talks resumed on Monday — a first since May."},
		{"UN. Talks — resumed.", "UN. Talks — resumed."},
	} {
		if got := tc.in[bodyStart(tc.in):]; got != tc.body {
			t.Errorf("bodyStart(%q): body %q, want %q", tc.in, got, tc.body)
		}
	}
}

// FuzzBodyStart checks that the body found after a dateline lies inside
// the sentence and is never empty when the sentence is not.
func FuzzBodyStart(f *testing.F) {
	f.Add("MONROVIA, 23 October 2017 (Reuters) - Liberia will hold a runoff.")
	f.Add("JAKARTA — Indonesia will buy 24 jets.")
	f.Add("NATO said on Monday that talks - long stalled - would resume.")
	f.Fuzz(func(t *testing.T, s string) {
		k := bodyStart(s)
		if k < 0 || k > len(s) || k > 0 && k == len(s) {
			t.Fatalf("bodyStart(%q) = %d", s, k)
		}
	})
}
