package event

import (
	"slices"
	"testing"
)

func TestFoundNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"subject of a speech verb", "Amoria said on Thursday that it would pay.", []string{"Amoria"}},
		{"adverb before the verb", "Wessex Downs Water today denied the report.", []string{"Wessex Downs Water"}},
		{"present tense", "Quillfin reports its results on Feb. 12.", []string{"Quillfin"}},
		{"after The", "The IAAF suspended her three weeks later.", []string{"IAAF"}},
		{"after a dash", "17:40 — Team Solvane have denied a report.", []string{"Team Solvane"}},
		{"longest form", "Yaw Boateng joined in May. Later, Boateng left.", []string{"Yaw Boateng"}},
		{"set off after its description", "Members would stay out if the operator, Santos Portuária, did not improve its offer.", []string{"Santos Portuária"}},
		{"not after a verb", "He said, Santos Portuária, that it would.", nil},
		{"common word", "History is not kind. Police arrested 14 people.", nil},
		{"a storm's name", "In October 2019, Typhoon Hagibis killed more than 100 people.", nil},
		{"country in the name", "Statistics Norway said inflation eased.", nil},
		{"after a preposition", "Trains run between Graz and Spielfeld ran late.", nil},
		{"no verb after", "Amoria, a dating app, is French.", nil},
		{"a product code", "Orbis-4 failed in August.", nil},
		{"titled person", "Chief executive Priya Natarajan denied it. Natarajan said so.", nil},
	}
	for _, tc := range tests {
		pp := ReadNames([]byte(tc.text), sentencesOf(tc.text))
		var got []string
		for _, o := range pp.orgs {
			got = append(got, o.name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: organisations of %q = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestCompanyPointsBack(t *testing.T) {
	text := "Wessex Downs Water announced the ban on Monday. The Environment Agency met. The company applied for a permit on 30 July."
	pp := ReadNames([]byte(text), sentencesOf(text))
	o, ok := pp.describe("company", len(text)-10)
	if !ok || o.name != "Wessex Downs Water" {
		t.Errorf("describe(company) = %q, %v; want Wessex Downs Water", o.name, ok)
	}
}

func TestDescribedBody(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"The disaster agency CONRED ordered an evacuation on Monday.", "CONRED"},
		{"The activist investor Corrigan Partners wrote to the board on Monday.", "Corrigan Partners"},
		{"The broadcasting regulator Ofcom opened an inquiry on Monday.", "Ofcom"},
	} {
		sp := spanOf(t, tc.sentence, "Monday")
		if got := Read(tc.sentence, sp.Start, sp.End, nil).Actors; !slices.Contains(got, tc.want) {
			t.Errorf("actors of %q = %q, want %q among them", tc.sentence, got, tc.want)
		}
	}
}

func TestItsSharesAreACompanys(t *testing.T) {
	text := "Fairway Group plc made an offer for Hollins Stores Ltd. Fairway Group plc raised it. The Competition and Markets Authority opened an inquiry. The Competition and Markets Authority met twice. The Competition and Markets Authority wrote to Fairway."
	for _, tc := range []struct{ sentence, want string }{
		// a company's shares are not the regulator's, named last
		{"Its shares fell 7% on Thursday.", "Fairway Group"},
		// what any body has goes to the body named most
		{"Its decision came on Thursday.", "Competition and Markets Authority"},
	} {
		if got := actorsAfter(t, text, tc.sentence, "Thursday"); !slices.Contains(got, tc.want) {
			t.Errorf("actors of %q = %q, want %q among them", tc.sentence, got, tc.want)
		}
	}
}

func TestTheCarrierIsAnAir(t *testing.T) {
	text := "Nordlys Air Ltd grounded its fleet. Rival Aerocap Leasing Ltd offered help. The carrier had warned in November."
	pp := ReadNames([]byte(text), sentencesOf(text))
	if o, ok := pp.describe("carrier", len(text)-5); !ok || o.name != "Nordlys Air Ltd" {
		t.Errorf("describe(carrier) = %q, %v; want Nordlys Air Ltd", o.name, ok)
	}
}

func TestTickerMakesACompany(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The lock-up at Quillfin (QFN) ends on Tuesday.", true},
		{"Shares of Lumio (LMIO) fell.", true},
		// letters that do not start the name, or a word that is no name
		{"The lock-up at Quillfin (NYSE) ends.", false},
		{"It rose 5% (QFN) on Tuesday.", false},
	} {
		pp := ReadNames([]byte(tc.text), sentencesOf(tc.text))
		got := false
		for _, o := range pp.orgs {
			got = got || o.name == "Quillfin" || o.name == "Lumio"
		}
		if got != tc.want {
			t.Errorf("%q: a company before its ticker: %v, want %v (%v)", tc.text, got, tc.want, pp.orgs)
		}
	}
}

func TestTheCompanyIsTheStorysCompany(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// the company the story names most, not an investor named since
		{"Quillfin Software Ltd listed in July. Quillfin Software Ltd sells software. Corrigan Partners LLC wrote to the board on 29 December. The company delayed its investor day.", "Quillfin Software Ltd"},
		// a union named more often is no company
		{"Santos Portuária SA runs the port. The Santos Dockers' Union called a strike. The Santos Dockers' Union met. The company went to court.", "Santos Portuária SA"},
	} {
		pp := ReadNames([]byte(tc.text), sentencesOf(tc.text))
		o, ok := pp.describe("company", len(tc.text)-5)
		if !ok || o.name != tc.want {
			t.Errorf("the company in %q = %q, %v; want %q", tc.text, o.name, ok, tc.want)
		}
	}
}

func TestOwnedBody(t *testing.T) {
	tests := []struct{ text, sentence, expr, want string }{
		{"Norges Bank cut rates.", "Norway's central bank cut its rate on Thursday.", "Thursday", "Norges Bank"},
		{"", "Sweden's Riksbank will announce its decision next Thursday.", "next Thursday", "Riksbank"},
		{"", "Norway's government cut taxes on Thursday.", "Thursday", "Norway"},
	}
	for _, tc := range tests {
		text := tc.text + " " + tc.sentence
		sents := sentencesOf(text)
		pp := ReadNames([]byte(text), sents)
		at := len(text) - len(tc.sentence)
		sp := spanOf(t, tc.sentence, tc.expr)
		got := ReadTokens(tc.sentence, Tokenize(tc.sentence), sp.Start, sp.End, nil, pp, at)
		if len(got.Actors) == 0 || got.Actors[0] != tc.want {
			t.Errorf("actors of %q = %q, want %q first", tc.sentence, got.Actors, tc.want)
		}
	}
}

func TestSpeakerIt(t *testing.T) {
	tests := []struct{ text, sentence, want string }{
		{"Orbis Connect serves farms.", "On Boxing Day, Orbis denied reports that it had laid off half its engineers.", "Orbis Connect"},
		{"", "The National Farmers' Union said yesterday that it would lodge a challenge.", "National Farmers' Union"},
		{"", "Ecuador said on Monday that it would suspend tariff preferences.", "Ecuador"},
		{"", "Minister Ana Silva said that it would rain.", ""},
		{"", "The union said that it was a fair offer.", ""},
	}
	for _, tc := range tests {
		text := tc.text + " " + tc.sentence
		pp := ReadNames([]byte(text), sentencesOf(text))
		toks := Tokenize(tc.sentence)
		a := &analyzer{s: tc.sentence, toks: toks, people: pp, at: len(text) - len(tc.sentence), ds: -1, de: -1, best: -1}
		i := slices.IndexFunc(toks, func(t Token) bool { return t.low == "it" })
		if got := a.speakerIt(i, len(toks)); got != tc.want {
			t.Errorf("speakerIt in %q = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

func TestMembersOfABody(t *testing.T) {
	text := "Members of the University and College Union (UCU) backed the extension on Tuesday."
	pp := ReadNames([]byte(text), sentencesOf(text))
	var got []string
	for _, o := range pp.orgs {
		got = append(got, o.name)
	}
	if !slices.Contains(got, "University and College Union") || slices.Contains(got, "Members of the University") {
		t.Errorf("organisations of %q = %q, want the union and not its members", text, got)
	}
}

func TestShortNameAfterPlace(t *testing.T) {
	text := "Ridgefield Rapids said the stadium will open in 2027. The Rapids want to break ground this fall. The Union met on Monday."
	pp := ReadNames([]byte(text), sentencesOf(text))
	if o, ok := pp.shortOrg([]string{"rapids"}); !ok || o.name != "Ridgefield Rapids" {
		t.Errorf("shortOrg(rapids) = %q, %v; want Ridgefield Rapids", o.name, ok)
	}
	if _, ok := pp.shortOrg([]string{"union"}); ok {
		t.Errorf("shortOrg(union) found a body: a word that says what a body is names none")
	}
}

func TestPronounChain(t *testing.T) {
	tests := []struct{ name, text, sentence, expr, want string }{
		{"a family name after the full name",
			"Celeste Varela, the singer, died on Thursday. Her nephew, Rui Varela, said she had been ill. Born in Lisbon, Varela was singing by 14.",
			"Her first record came out in 1951.", "1951", "Celeste Varela"},
		{"a sentence naming nobody but speaking of her carries the chain on",
			"Celeste Varela, the singer, died on Thursday. Her nephew, Rui Varela, said she had been ill. Born in Lisbon, Varela was singing by 14. Under the dictatorship she was often accused of being close to the regime.",
			"In an interview in 2004, she denied it.", "2004", "Celeste Varela"},
		{"the subject before an appositive",
			"Celeste Varela, the singer, died on Thursday. Her nephew, Rui Varela, said she had been ill. Born in Lisbon, Varela was singing by 14.",
			"Her first record, a 78 rpm disc of “Rosa Branca”, came out in 1951.", "1951", "Celeste Varela"},
	}
	for _, tc := range tests {
		if got := actorsAfter(t, tc.text, tc.sentence, tc.expr); !slices.Contains(got, tc.want) {
			t.Errorf("%s: actors of %q = %q, want %q among them", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// actorsAfter returns the actors of the event that expr dates in
// sentence, read after the text before it.
func actorsAfter(t *testing.T, before, sentence, expr string) []string {
	t.Helper()
	text := before + " " + sentence
	pp := ReadNames([]byte(text), sentencesOf(text))
	sp := spanOf(t, sentence, expr)
	return ReadTokens(sentence, Tokenize(sentence), sp.Start, sp.End, nil, pp, len(text)-len(sentence)).Actors
}

func TestRegionOfCountry(t *testing.T) {
	for _, tc := range []struct {
		sentence, expr string
		country        bool
	}{
		{"The convoy reached Kadugli, the capital of Sudan's South Kordofan state, on Tuesday.", "Tuesday", false},
		{"Sudan's army shelled Kadugli on Tuesday.", "Tuesday", true},
	} {
		sp := spanOf(t, tc.sentence, tc.expr)
		got := Read(tc.sentence, sp.Start, sp.End, nil)
		if slices.Contains(got.Actors, "Sudan") != tc.country {
			t.Errorf("actors of %q = %q; Sudan among them: %v", tc.sentence, got.Actors, tc.country)
		}
	}
}

func TestOfficialOfTheOnlyCountry(t *testing.T) {
	for _, tc := range []struct {
		text, sentence, expr, want string
	}{
		// a story without a dateline that names one country
		{"Brazil's government said dockworkers had walked off the job.", "Ports Minister Renata Faria called off a visit planned for Thursday.", "Thursday", "Brazil (Renata Faria)"},
		// an organisation's president speaks for no state
		{"Miners at Chile's Quebrada Roja mine were trapped. The miners' union called a strike.", "Its president, Héctor Villalobos, said the strike would start on Monday.", "Monday", "Héctor Villalobos"},
	} {
		if got := actorsAfter(t, tc.text, tc.sentence, tc.expr); !slices.Contains(got, tc.want) {
			t.Errorf("actors of %q = %q, want %q among them", tc.sentence, got, tc.want)
		}
	}
}

// A capitalised word inside a name that could begin a listed phrase
// ("Court" of "court challenge") may end the text: reading on past it
// must not run off the tokens.
func TestNameWordEndsText(t *testing.T) {
	for _, tc := range []struct{ text, expr string }{
		{"On 3 May the appeal went to the High Court", "3 May"},
		{"Woman Convicted of Double Murder In 2010 Kraft Foods Rampage In NE Philadelphia", "2010"},
	} {
		sp := spanOf(t, tc.text, tc.expr)
		if got := Read(tc.text, sp.Start, sp.End, nil); got.Summary == "" {
			t.Errorf("Read(%q): empty summary", tc.text)
		}
	}
}
