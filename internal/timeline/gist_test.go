package timeline

import "testing"

func TestNameSubjects(t *testing.T) {
	tests := []struct {
		summary string
		actors  []string
		want    string
	}{
		{"It lays off half its engineers", []string{"Orbis Connect"}, "Orbis Connect lays off half its engineers"},
		{"She buys the drug from a website", []string{"Portugal (Inês Valadares)"}, "Valadares buys the drug from a website"},
		{"He briefs the president", []string{"Honduras (Marco Delgado)", "Cuba"}, "Delgado briefs the president"},
		{"It was last called off", []string{"Quayside Live"}, "It was last called off"},
		{"It will be carried out", []string{"European Space Agency"}, "It will be carried out"},
		{"It pauses dosing in Japan", []string{"Japan"}, "It pauses dosing in Japan"},
		{"She resigns", []string{"Harbury University"}, "She resigns"},
		{"It resumes talks", nil, "It resumes talks"},
		{"Iran signs the deal", []string{"Iran"}, "Iran signs the deal"},
	}
	for _, tc := range tests {
		ev := []Event{{Summary: tc.summary, Actors: tc.actors}}
		nameSubjects(ev)
		if ev[0].Summary != tc.want {
			t.Errorf("nameSubjects(%q, %q) = %q, want %q", tc.summary, tc.actors, ev[0].Summary, tc.want)
		}
	}
}

func TestNamePronoun(t *testing.T) {
	tests := []struct{ summary, person, want string }{
		{"She gives her last concert in Coimbra", "Marta Quintela", "Quintela gives her last concert in Coimbra"},
		{"Her first album comes out", "Marta Quintela", "Quintela's first album comes out"},
		{"He resigns", "Tom Hale", "Hale resigns"},
		{"She thanks Quintela", "Marta Quintela", "She thanks Quintela"}, // named already
		{"It opens", "Marta Quintela", "It opens"},
		{"Shelter opens", "Marta Quintela", "Shelter opens"},
	}
	for _, tc := range tests {
		if got := namePronoun(tc.summary, tc.person); got != tc.want {
			t.Errorf("namePronoun(%q, %q) = %q, want %q", tc.summary, tc.person, got, tc.want)
		}
	}
}

func TestDropCondition(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"If all goes well, ESA plans to send Corvus", "ESA plans to send Corvus"},
		{"Unless pay rises, staff strike on Friday", "Staff strike on Friday"},
		{"If approved, it opens", "If approved, it opens"}, // too short alone
		{"When the storm hit, roofs fell", "When the storm hit, roofs fell"},
		{"If cleared", "If cleared"},
	} {
		if got := dropCondition(tc.in); got != tc.want {
			t.Errorf("dropCondition(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDropBareAside(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tender, set, postponed indefinitely", "Tender postponed indefinitely"},
		{"Judgment, delivered, awarded the islands", "Judgment awarded the islands"},
		{"Upload, first planned, put back", "Upload put back"},
		// an aside with its own content stays
		{"Shipments, originally due to start, begin", "Shipments, originally due to start, begin"},
		{"Moreno, 27, signs with Northstar", "Moreno, 27, signs with Northstar"},
		{"The operator, Cordillera Sur Minerals, halts work", "The operator, Cordillera Sur Minerals, halts work"},
		{"No aside here", "No aside here"},
	} {
		if got := dropBareAside(tc.in); got != tc.want {
			t.Errorf("dropBareAside(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDropAges(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Gregory Hale, 58, arrested", "Gregory Hale arrested"},
		{"Seán Twomey, 41, and Dariusz Nowak, 29, die", "Seán Twomey and Dariusz Nowak die"},
		{"Moreno, 27, signs with Northstar", "Moreno signs with Northstar"},
		// a number after a lower-case word, or one too long for an age, stays
		{"Sales rise 5%, 12, in May", "Sales rise 5%, 12, in May"},
		{"Orbis, 2024, fails", "Orbis, 2024, fails"},
		{"Exports fall, 12, to 40", "Exports fall, 12, to 40"},
		{"No age", "No age"},
		{"Hale, 58", "Hale, 58"},
	} {
		if got := dropAges(tc.in); got != tc.want {
			t.Errorf("dropAges(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDropBareTail(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Cordillera Sur postpones its shareholders' meeting, which had been set", "Cordillera Sur postpones its shareholders' meeting"},
		{"Hollins postpones its capital markets day, which was originally planned", "Hollins postpones its capital markets day"},
		// a relative clause with its own content stays
		{"The union calls a strike, which closes the port", "The union calls a strike, which closes the port"},
		{"Boateng signs, which had been expected by fans", "Boateng signs, which had been expected by fans"},
		{"No tail here", "No tail here"},
	} {
		if got := dropBareTail(tc.in); got != tc.want {
			t.Errorf("dropBareTail(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutCondition(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Officers would remove residents of El Rodeo by force if they had", "Officers would remove residents of El Rodeo by force"},
		{"Members would strike, unless an engineer reviewed every level", "Members would strike"},
		// too little before it to stand alone
		{"Strike if talks fail", "Strike if talks fail"},
		{"No condition here", "No condition here"},
	} {
		if got := cutCondition(tc.in); got != tc.want {
			t.Errorf("cutCondition(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTrimDangling(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Upload put back so", "Upload put back"},
		{"Coroner adjourns the hearing set to", "Coroner adjourns the hearing set"},
		{"France begins vaccinating ducks, the first EU country to do so", "France begins vaccinating ducks, the first EU country to do so"},
		{"Talks resume", "Talks resume"},
		{"In on", "In on"}, // too short to trim
	} {
		if got := trimDangling(tc.in); got != tc.want {
			t.Errorf("trimDangling(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
