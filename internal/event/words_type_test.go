package event

import (
	"testing"
)

// typeTests check only the event type that Analyze gives.
var typeTests = []struct {
	name, sentence, expr string
	others               []string
	want                 string
}{
	{"what came of an event after its date is no event", "The union reached a pay deal with the employers on Tuesday, ending a four-day strike.", "Tuesday", nil, "agreement"},
	{"a participle may name the event itself", "Armed men fired on a warehouse in Dilling last month, wounding two guards.", "last month", nil, "attack"},
	{"a primary school holds no election", "Pupils at a primary school in Villeurbanne fell ill on 9 January.", "9 January", nil, "other"},
	{"what did not happen leaves the saying dated", "Dr Claire Moreau told France Info on Tuesday that the outbreak had not yet peaked.", "Tuesday", nil, "statement"},
	{"what happened is the event said", "Dr Claire Moreau told France Info on Tuesday that the outbreak had peaked.", "Tuesday", nil, "disaster"},
	{"an excavation's results are findings", "Radiocarbon results are expected in the autumn.", "the autumn", nil, "report"},
	{"a quarter's results are a company's", "Norvik publishes its fourth-quarter results on 5 February.", "5 February", []string{"fourth-quarter"}, "economic"},
	{"a denied report is no report", "The ministry on Monday denied reports that lorries were turned back on 15 September.", "Monday", []string{"15 September"}, "statement"},
	{"an investor day is a meeting", "The company has pushed its first investor day to March 3.", "March 3", nil, "meeting"},
	{"a cancelled stage is no landslide", "Stage 4 on Wednesday was cancelled after a landslide near Florac.", "Wednesday", nil, "other"},
	{"published figures are a report", "Statistics Norway will publish growth figures for the first quarter on 15 May.", "15 May", []string{"the first quarter"}, "report"},
	{"a court upholds a fine", "France's Council of State on Wednesday upheld a €4.2 million fine.", "Wednesday", nil, "legal"},
	{"a fare rises", "The base bus fare rises from $1.50 to $2 on April 1.", "April 1", nil, "economic"},
	{"a cause after the date is not the event", "The government ordered 9,400 people to leave their villages on Monday after an eruption sent ash into the sky.", "Monday", nil, "other"},
	{"what happened when the date says", "The programme suffered its worst setback in August 2003, when a rocket exploded on the launch pad.", "August 2003", nil, "disaster"},
	{"a parliament's vote is its business", "The bill passed its second reading on 3 November by 81 votes to 70.", "3 November", nil, "other"},
	{"a vote on a bill", "The Dáil's final vote on the Finance Bill has been put back to 30 November.", "30 November", nil, "other"},
	{"a country votes in an election", "Voters in Liberia vote on 10 October in the first round.", "10 October", nil, "election"},
	{"a strike with no target is a stoppage", "Members would strike from 22 July unless the company reviewed every level of the mine.", "22 July", nil, "other"},
	{"a strike by arms stays an attack", "Jets will strike on Monday, the army said.", "Monday", nil, "attack"},
	{"the two sides meet for talks", "Mediators expect the two sides to meet again next month.", "next month", nil, "talks"},
	{"officials of two countries meet for talks", "Trade officials from the two countries are due to meet in Arusha on 5 October.", "5 October", nil, "talks"},
	{"officials from both sides meet", "Officials from both sides will meet in Hanoi next Tuesday to finalise five agreements.", "next Tuesday", nil, "meeting"},
	{"a clause that only times a noun dates the noun's clause", "Output fell to 5.1 million tonnes in the season that ended in August.", "August", nil, "economic"},
	{"members vote in a ballot that closed", "Members backed the extension by 612 votes to 201 in a ballot that closed on Tuesday 16 May.", "Tuesday 16 May", nil, "election"},
	{"a timed noun in a clause naming no event", "It came in a season that ended in August.", "August", nil, "other"},
	{"a hall sold out is no sale", "She sold out Carnegie Hall in New York on 12 November 1966.", "12 November 1966", nil, "other"},
	{"a product goes on sale", "The glasses go on sale in the US and Europe on March 8.", "March 8", nil, "other"},
	{"arms sold", "Russia sold 24 jets to Iran on 3 May.", "3 May", nil, "supply"},
	{"a participle with the date dates its noun", "A class action filed in federal court on Aug. 28 accuses the company of hiding the defect.", "Aug. 28", nil, "legal"},
	{"a verb after the date dates itself", "The company on Aug. 28 accused its rival of hiding the defect.", "Aug. 28", nil, "statement"},
	{"a budget presented is the government's business", "The government will present its revised budget on 12 May.", "12 May", nil, "other"},
	{"prices rise, far from the date", "Wholesale maize prices in the capital rose to 1,150 shillings ($0.46) a kilogram last week.", "last week", nil, "economic"},
	{"doses reach a city", "The first doses, bought by the government for 1.2 billion pesos, left Osaka on 1 August and reached Manila the day after.", "the day after", []string{"1 August"}, "supply"},
	{"nature strikes in a disaster", "A strong earthquake struck the coast early on Thursday, killing 38 people.", "Thursday", nil, "disaster"},
	{"people strike in an attack", "Rebels struck an army post on Thursday, killing two soldiers.", "Thursday", nil, "attack"},
	{"workers strike and stop work", "Bus drivers began a 48-hour strike over pay on Monday.", "Monday", nil, "other"},
	{"a union's strike is no attack", "The union last held a strike in March 2021.", "March 2021", nil, "other"},
	{"a drone strike is an attack", "A drone strike hit the depot on Monday, killing three soldiers.", "Monday", nil, "attack"},
	{"an accusation is a statement", "Ukraine accused Russia on Monday of shelling the plant.", "Monday", nil, "statement"},
	{"a threat is a statement", "Iran threatened on Monday to close the strait.", "Monday", nil, "statement"},
	{"a dated threat of sanctions is a statement", "The EU threatened on Monday to impose new sanctions on Belarus.", "Monday", nil, "statement"},
	{"what is announced gives the type", "Sweden's Riksbank will announce its own rate decision on Thursday.", "Thursday", nil, "economic"},
	{"an announcement of nothing typed is a statement", "The ministry will announce the names on Thursday.", "Thursday", nil, "statement"},
	{"a threatened sanction is a sanction", "The EU threatened to impose new sanctions on Belarus from 1 May.", "1 May", nil, "sanctions"},
	{"halting an offensive is a truce", "The two sides agreed on Saturday to halt offensive operations over Christmas and New Year, from 23 December to 7 January.",
		"23 December to 7 January", []string{"Saturday", "Christmas", "New Year"}, "agreement"},
	{"a public hearing is a meeting", "The board will hold public hearings on March 4-6 to review every contract.", "March 4-6", nil, "meeting"},
	{"a court hearing is legal", "A detention hearing is set for Tuesday.", "Tuesday", nil, "legal"},
	{"listings are sanctions", "The cabinet approved the listings last Friday.", "last Friday", nil, "sanctions"},
	{"flying between two cities is a route", "In May, the airline began flying between Lima and Madrid.", "May", nil, "economic"},
	{"an address to the nation is a statement", "The president will address the nation on Sunday evening.", "Sunday evening", nil, "statement"},
	{"taking kickbacks is the act, not the case", "He is accused of taking kickbacks from June 2019 through August 2023.", "June 2019 through August 2023", nil, "other"},
	{"declaring an outbreak over ends it", "The outbreak killed 1,700 people before the government declared it over earlier this month.", "earlier this month", nil, "other"},
	{"a declaration is a statement", "The government declared a state of emergency on Monday.", "Monday", nil, "statement"},
	{"deliveries on an order are economic", "The airline announced an order for eight Dreamliners, with deliveries starting in the second half of 2026.", "the second half of 2026", nil, "economic"},
	{"arms deliveries are supply", "Deliveries of the first six jets are scheduled for the second quarter of 2023.", "the second quarter of 2023", nil, "supply"},
	{"a team travelling plays away", "The team then travel to Portsdown on New Year's Day.", "New Year's Day", nil, "other"},
	{"a president travelling visits", "The president will travel to Portsdown on Monday.", "Monday", nil, "visit"},
	{"hosting a team is a match", "Harbridge host second-placed Whitcliffe United on Sunday.", "Sunday", nil, "other"},
	{"hosting a club by name is a match", "Harbridge host Whitcliffe United on Sunday.", "Sunday", nil, "other"},
	{"hosting a forum is a meeting", "Chile will host the forum in 2019.", "2019", nil, "meeting"},
	{"closing a mine is economic", "Prices collapsed, forcing Kestrel to close its Mount Hale mine last year.", "last year", nil, "economic"},
	{"closing a museum is not", "The museum closed in June 2019 after a fire damaged its roof.", "June 2019", nil, "other"},
	{"completing a takeover is economic", "Shareholders will vote on the deal in late July, with completion targeted for the third quarter.", "the third quarter", []string{"late July"}, "economic"},
	{"buying a commodity by weight is trade", "In August the utility agreed to buy 1,000 tonnes of uranium from Kazatomprom.", "August", nil, "economic"},
	{"agreeing to buy jets stays an agreement", "In August the ministry agreed to buy 24 fighter jets from the United States.", "August", nil, "agreement"},
	{"ambassadors discussing meet", "NATO ambassadors will discuss the incident in Brussels tomorrow.", "tomorrow", nil, "meeting"},
	{"ministers of two countries meeting hold talks", "Foreign ministers of the two countries met in New York on 23 September.", "23 September", nil, "talks"},
	{"ministers of a group meeting meet", "Defence ministers from the G5 Sahel group will meet in Nouakchott next week.", "next week", nil, "meeting"},
	{"a proposal is dated, not the summit proposed", "Seoul first proposed a Korea–Central Asia summit two years ago; it is due to be held in Seoul next year.", "two years ago", []string{"next year"}, "statement"},
	{"a pronoun subject points back to the event", "Seoul first proposed a Korea–Central Asia summit two years ago; it is due to be held in Seoul next year.", "next year", []string{"two years ago"}, "meeting"},
	{"a trip for a summit is a visit", "Diplomats said Tran was likely to return for the leaders' summit in November.", "November", nil, "visit"},
	{"a trip for talks is talks", "Abenov will then travel to Tokyo for talks on 6 November.", "6 November", nil, "talks"},
	{"a shelved plan dates the shelving", "Jakarta shelved a plan to buy 11 Russian Su-35 jets late last year.", "late last year", nil, "other"},
	{"a plan to buy dates the purchase", "Jakarta plans to buy 11 jets next year.", "next year", nil, "supply"},
	{"a committee vote is no election", "Parliament's defence committee is due to vote on the funding next week.", "next week", nil, "other"},
	{"a vote on independence is a referendum", "Scotland will vote on independence in 2014.", "2014", nil, "election"},
	{"a during phrase is the background", "The carrier emerged from bankruptcy in late 2021, after Peru grounded all flights for two months during the pandemic in 2020.",
		"2020", []string{"late 2021"}, "other"},
	{"a during phrase alone still types", "Two clinics were hit during the cyclone in March.", "March", nil, "disaster"},
}

// continuedTests are clauses without a trigger that carry on the clause
// before them.
var continuedTests = []struct {
	name, sentence, expr string
	others               []string
	want                 string
}{
	{"a verb phrase without a subject", "Typhoon Kujira made landfall near Kagoshima on Sunday, leaving two people dead, and was moving north-east across Honshu this morning, officials said.",
		"this morning", []string{"Sunday"}, "disaster"},
	{"the rest of a delivery", "Deliveries of the first six jets are scheduled for the second quarter of 2023, and the rest should follow by the end of 2025.",
		"the end of 2025", []string{"the second quarter of 2023"}, "supply"},
	{"a clause with its own subject", "Deliveries of the first six jets are scheduled for 2023, and officials should follow by the end of 2025.",
		"the end of 2025", []string{"2023"}, "other"},
}

func TestReadContinued(t *testing.T) {
	for _, tc := range continuedTests {
		t.Run(tc.name, func(t *testing.T) {
			got := readAt(t, tc.sentence, tc.expr, tc.others)
			if got.Type != tc.want {
				t.Errorf("Read(%q, %q)\ngot  %s (%q)\nwant %s", tc.sentence, tc.expr, got.Type, got.Trigger, tc.want)
			}
		})
	}
}

func TestReadType(t *testing.T) {
	for _, tc := range typeTests {
		t.Run(tc.name, func(t *testing.T) {
			got := readAt(t, tc.sentence, tc.expr, tc.others)
			if got.Type != tc.want {
				t.Errorf("Read(%q, %q)\ngot  %s (%q)\nwant %s", tc.sentence, tc.expr, got.Type, got.Trigger, tc.want)
			}
		})
	}
}

func TestReadPlannedWithoutTrigger(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Friends are planning a tribute concert in December.", true},
		{"Kujira is the 14th typhoon this year.", false},
	} {
		sp := spanOf(t, c.s, map[bool]string{true: "December", false: "this year"}[c.want])
		if got := Read(c.s, sp.Start, sp.End, nil).Event; got != c.want {
			t.Errorf("Read(%q).Event = %v, want %v", c.s, got, c.want)
		}
	}
}
