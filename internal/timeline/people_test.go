package timeline

import (
	"slices"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
)

// TestDocumentPeople checks that a person named once with a title is
// recognised by a bare or shortened name in other sentences.
func TestDocumentPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // actors of each event, in document order
	}{
		{
			name: "surname and full name",
			text: "Russian President Vladimir Putin arrived in Tehran on Sunday. " +
				"Iran's foreign minister, Abbas Araghchi, said talks went well. " +
				"Araghchi will meet Putin on 5 March. Vladimir Putin will leave on 7 March.",
			want: [][]string{
				{"Russia (Vladimir Putin)", "Iran"},
				{"Iran (Abbas Araghchi)", "Russia (Vladimir Putin)"},
				{"Russia (Vladimir Putin)"},
			},
		},
		{
			name: "a shortened titled name takes the full one",
			text: "Iranian President Masoud Pezeshkian spoke on Monday. Iranian President Pezeshkian published an article on 5 March.",
			want: [][]string{{"Iran (Masoud Pezeshkian)"}, {"Iran (Masoud Pezeshkian)"}},
		},
		{
			name: "family name first",
			text: "Vietnamese President Trần Đức Minh will visit Chile on 30 May. Trần will hold talks in Santiago on 31 May.",
			want: [][]string{{"Vietnam (Trần Đức Minh)", "Chile"}, {"Vietnam (Trần Đức Minh)"}},
		},
		{
			name: "two persons share the surname",
			text: "North Korean leader Kim Jong Un met envoy Kim Yo Jong on Monday. Kim will travel to Beijing on 5 March.",
			want: [][]string{{"North Korea (Kim Jong Un)", "Kim Yo Jong"}, {"China"}},
		},
		{
			name: "a name inside a longer name is someone else's",
			text: "Mining minister Tom Hale resigned on Monday. The firm closed its Mount Hale mine on 5 March.",
			want: [][]string{{"Tom Hale"}, {}},
		},
		{
			name: "a company by the words before what it is",
			text: "Northfield Resources agreed to buy Kestrel Minerals on Monday. Kestrel shares will resume trading on 5 March.",
			want: [][]string{{"Northfield Resources", "Kestrel Minerals"}, {"Kestrel Minerals"}},
		},
		{
			name: "an acronym given in brackets names the body later",
			text: "The government signed a truce with the National Democratic Front (NDF) on Monday. The NDF took up arms on 5 March 1970.",
			want: [][]string{{"National Democratic Front"}, {"National Democratic Front"}},
		},
		{
			name: "his office speaks for the person's state",
			text: "Brazilian President Ana Souza will visit Peru on 9 March, her office said on Monday.",
			want: [][]string{{"Brazil (Ana Souza)", "Peru"}, {"Brazil"}},
		},
		{
			name: "she and her opening sentences point back through each other to the person named",
			text: "Marta Quintela, the fado singer, has died, her family said on Sunday. Quintela was born in Porto in 1932. " +
				"Her first album came out in 1955. She toured Brazil in 1961. She gave her last concert on 2 May 2018.",
			want: [][]string{{"Marta Quintela"}, {"Marta Quintela"}, {"Marta Quintela"}, {"Marta Quintela", "Brazil"}, {"Marta Quintela"}},
		},
		{
			name: "she after a phrase set before the clause",
			text: "Marta Quintela was born in Porto in 1932. In an interview in 2004, she denied singing for the regime.",
			want: [][]string{{"Marta Quintela"}, {"Marta Quintela"}},
		},
		{
			name: "its official, named after a comma, speaks for the organisation named last",
			text: "The Quebrada Roja Miners' Union called a strike on Monday. Its president, Héctor Villalobos, said on Tuesday that talks had failed. " +
				"Its members voted on 3 May.",
			want: [][]string{{"Quebrada Roja Miners' Union"}, {"Quebrada Roja Miners' Union", "Héctor Villalobos"}, {"Quebrada Roja Miners' Union"}},
		},
		{
			name: "its before a thing points to the organisation named last when the document is about it",
			text: "The European Space Agency launched Corvus on 5 December 2024. Its cameras will observe the rock on 19 April.",
			want: [][]string{{"European Space Agency"}, {"European Space Agency"}},
		},
		{
			name: "its before a thing points to no one when the organisation named last is not the one the document is about",
			text: "Harbour Holdings agreed to buy Kestrel Minerals on 3 May. Harbour Holdings said on 4 May that the deal would close in June. " +
				"Analysts praised Kestrel Minerals on 5 May. Its shares rose on 6 May.",
			want: [][]string{{"Harbour Holdings", "Kestrel Minerals"}, {"Harbour Holdings"}, {"Harbour Holdings"}, {"Kestrel Minerals"}, {}},
		},
		{
			name: "a country named as the place where is no participant, unless visited",
			text: "Veridian Pharma recalled 14 batches in Switzerland, Germany and Austria on Monday. " +
				"Valadares ran a national record in Monaco on 3 May. President Ana Souza arrived in Chile on 5 May.",
			want: [][]string{{"Veridian Pharma"}, {"Valadares"}, {"Ana Souza", "Chile"}},
		},
		{
			name: "her before a word that is no office, inside a sentence, is no one",
			text: "Marta Quintela was born in Porto in 1932. The label released her first album in 1955.",
			want: [][]string{{"Marta Quintela"}, {}},
		},
		{
			name: "a clause without a subject shares the sentence's",
			text: "Chile and Peru agreed on Monday to lift tariffs and to resume talks in Lima next month.",
			want: [][]string{{"Chile", "Peru"}, {"Chile", "Peru"}},
		},
		{
			name: "a preposition before a noun phrase does not end the clause",
			text: "Defence Minister Ana Souza resigned on Monday. Souza made an appearance before a parliamentary committee on 5 March.",
			want: [][]string{{"Ana Souza"}, {"Ana Souza"}},
		},
		{
			name: "a demonym before a modified state noun",
			text: "A Vietnamese trade delegation toured the mines on 5 March.",
			want: [][]string{{"Vietnam"}},
		},
		{
			name: "it and the board point back to the company",
			text: "Meridian Shipping reported a loss on Monday. It plans to sell two ships in May. The board will meet on 10 March.",
			want: [][]string{{"Meridian Shipping"}, {"Meridian Shipping"}, {"Meridian Shipping"}},
		},
		{
			name: "a speaker stands for a clause that names nobody",
			text: "Meridian Shipping said in a statement on Monday that it had never traded with the firm.",
			want: [][]string{{"Meridian Shipping"}},
		},
		{
			name: "a speaker in a clause of its own does not",
			text: "The transfer window opens on 5 March, and Okafor said the club would not sell.",
			want: [][]string{{}},
		},
		{
			name: "a subject with a present verb",
			text: "Grid operator Litgrid said on Monday the cable broke. Litgrid expects to finish the repairs, and to reopen the link on 20 March.",
			want: [][]string{{"Litgrid"}, {"Litgrid"}},
		},
		{
			name: "a dateline's capital from the ISO list gives officials their country",
			text: "SANTIAGO, March 3, 2025 (Reuters) - Finance Minister Mario Marcel will present a pension reform on 10 March.",
			want: [][]string{{"Chile (Mario Marcel)"}},
		},
		{
			name: "members of an organisation are not at a venue",
			text: "Defence ministers from the G5 Sahel group will meet in Niamey on 10 March.",
			want: [][]string{{"G5 Sahel"}},
		},
		{
			name: "a club named by its usual last word",
			text: "Harbridge Town beat Caldmoor Rovers 3-1 on Saturday.",
			want: [][]string{{"Harbridge Town", "Caldmoor Rovers"}},
		},
	}
	ref := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := AnalyzeDocument(input.Document{File: "t", ID: "t", Text: []byte(tc.text), Ref: ref}, 0, Config{})
			var got [][]string
			for _, e := range res.Events {
				got = append(got, e.Actors)
			}
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
