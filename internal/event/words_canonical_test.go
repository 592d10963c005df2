package event

import (
	"reflect"
	"testing"
)

func TestCanonicalActor(t *testing.T) {
	text := "Pharmaceutical company Veridian Pharma said on Monday it would appeal. Health Minister Anna Keller of Switzerland visited Visp on Friday. The Federal Safety Investigation Authority opened an inquiry. The company confirmed the plan."
	sents := sentencesOf(text)
	pp := ReadNames([]byte(text), sents)
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
		{"Coroner Aoife Hanlon", false, "Aoife Hanlon"},
		{"registrar Paul Munro", false, "Paul Munro"},
		{"the tanker Liv Andersen", false, "Liv Andersen"},
	}
	for _, tc := range tests {
		if got := pp.Canonical(tc.phrase, tc.anaphor, len(text)-10); got != tc.want {
			t.Errorf("Canonical(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}

func TestWithTreeActors(t *testing.T) {
	got := AddActors([]string{"Liberia (Emmanuel Kpoto)", "World Health Organization"},
		[]string{"Emmanuel Kpoto", "Health Organization", "Liberia (Emmanuel Kpoto)", "Lumio", "Lumio"})
	want := []string{"Liberia (Emmanuel Kpoto)", "World Health Organization", "Lumio"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("withTreeActors: got %q, want %q", got, want)
	}
}

func TestTitleOrg(t *testing.T) {
	text := "The Data Privacy Commission (DPC) set a fine. Members of the University and College Union (UCU) voted. " +
		"The Santos Dockers' Union called a strike on Monday. Petone Riverside Cricket Club won on Sunday. Union president Ana Silva spoke. " +
		"Estrela Orbital Ltd launched a rocket."
	pp := ReadNames([]byte(text), sentencesOf(text))
	tests := []struct{ before, want string }{
		{"Union president ", "Santos Dockers' Union"},
		{"said club president ", "Petone Riverside Cricket Club"},
		{"Board chair ", ""},   // no board named
		{"union members ", ""}, // no title
		{"President ", ""},     // a title alone
		{"the company's ", ""}, // no title
		{"DPC's president, ", "Data Privacy Commission"},
		{"UCU branch president ", "University and College Union"},
		{"France's president ", ""}, // a state, not a body
		{"Chief executive ", "Estrela Orbital Ltd"},
		{"Chief Executive ", "Estrela Orbital Ltd"},
		{"Chief of staff ", ""},
	}
	for _, tc := range tests {
		if got := pp.TitleOrg(tc.before, len(text)); got != tc.want {
			t.Errorf("TitleOrg(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

func TestPlainActors(t *testing.T) {
	got := PlainActors([]string{"Lumio Inc.", "Lumio", "Veridian Pharma AG", "Korea SE", "Samsung Electronics", "VRB-207", "Iran (Masoud Pezeshkian)", "Gucci SA", "G20", "Pickwise ApS", "Volvo AB", "Capital Markets Day", "Santos Dockers’ Union", "VERBEKE WINS", "NATO", "Typhoon Kujira"})
	want := []string{"Lumio", "Veridian Pharma", "Korea SE", "Samsung Electronics", "Iran (Masoud Pezeshkian)", "Gucci", "G20", "Pickwise", "Volvo", "Santos Dockers' Union", "NATO"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plainActors: got %q, want %q", got, want)
	}
}

// sentencesOf splits a test text of plain sentences at each ". ".
func sentencesOf(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' {
			out = append(out, Span{start, i + 1})
			start = i + 2
		}
	}
	return append(out, Span{start, len(text)})
}
