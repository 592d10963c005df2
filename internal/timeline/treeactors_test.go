package timeline

import (
	"reflect"
	"sync/atomic"
	"testing"

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

func TestCanonicalActor(t *testing.T) {
	text := "Pharmaceutical company Veridian Pharma said on Monday it would appeal. Health Minister Anna Keller of Switzerland visited Visp on Friday. The Federal Safety Investigation Authority opened an inquiry. The company confirmed the plan."
	sents := Sentences([]byte(text))
	pp := documentPeople([]byte(text), sents)
	tests := []struct {
		phrase  string
		anaphor bool
		want    string
	}{
		{"Washington", false, "United States"},
		{"the Kremlin", false, "Russia"},
		{"Lumio", false, "Lumio"},
		{"March", false, ""},
		{"Congress", false, ""},
		{"Reuters", false, ""},
		{"the company", true, "Veridian Pharma"},
		{"it", true, ""},
		{"the authority", true, "Federal Safety Investigation Authority"},
		{"the board", true, ""},
	}
	for _, tc := range tests {
		if got := canonicalActor(tc.phrase, tc.anaphor, pp, len(text)-10); got != tc.want {
			t.Errorf("canonicalActor(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}

func TestWithTreeActors(t *testing.T) {
	got := withTreeActors([]string{"Liberia (Emmanuel Kpoto)", "World Health Organization"},
		[]string{"Emmanuel Kpoto", "Health Organization", "Liberia (Emmanuel Kpoto)", "Lumio", "Lumio"})
	want := []string{"Liberia (Emmanuel Kpoto)", "World Health Organization", "Lumio"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("withTreeActors: got %q, want %q", got, want)
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

// TestDatesOnlyParsesNothing checks that reading dates alone, or events
// without syntax, never asks for a syntax parser, which would load the
// model; events do.
func TestDatesOnlyParsesNothing(t *testing.T) {
	var asked atomic.Int32
	saved := getParser
	getParser = func() *syntax.Parser { asked.Add(1); return nil }
	defer func() { getParser = saved }()
	doc, err := NewDocument("t.txt", []byte("Putin will visit Tehran on 17 January, the Kremlin said on Monday.\n"))
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

func TestTitleOrg(t *testing.T) {
	text := "The Santos Dockers' Union called a strike on Monday. Petone Riverside Cricket Club won on Sunday. Union president Ana Silva spoke."
	pp := documentPeople([]byte(text), Sentences([]byte(text)))
	tests := []struct{ before, want string }{
		{"Union president ", "Santos Dockers' Union"},
		{"said club president ", "Petone Riverside Cricket Club"},
		{"Board chair ", ""},   // no board named
		{"union members ", ""}, // no title
		{"President ", ""},     // a title alone
		{"the company's ", ""}, // no title
	}
	for _, tc := range tests {
		if got := titleOrg(tc.before, pp, len(text)); got != tc.want {
			t.Errorf("titleOrg(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

func TestPlainActors(t *testing.T) {
	got := plainActors([]string{"Lumio Inc.", "Lumio", "Veridian Pharma AG", "Korea SE", "Samsung Electronics", "Iran (Masoud Pezeshkian)", "Gucci SA"})
	want := []string{"Lumio", "Veridian Pharma", "Korea SE", "Samsung Electronics", "Iran (Masoud Pezeshkian)", "Gucci"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plainActors: got %q, want %q", got, want)
	}
}
