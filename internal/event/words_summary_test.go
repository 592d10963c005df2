package event

import (
	"strings"
	"testing"
)

func TestSummaryCases(t *testing.T) {
	tests := []struct {
		name, sentence, expr string
		others               []string
		want                 string
	}{
		{"a relative clause after the date names where, not what",
			"Several thousand farmers drove about 900 tractors into the European quarter on Monday, blocking roads around the building where EU ministers were meeting.", "Monday", nil,
			"Several thousand farmers drove about 900 tractors into the European quarter"},
		{"a description set off after the name goes, and a possessor cut from what it owns",
			"Patrick Sterckx, the lawyer for one of the arrested men, threatened yesterday to sue the police for damage to his client's garage if the door was not repaired by Monday.", "yesterday", []string{"Monday"},
			"Patrick Sterckx threatened to sue the police for damage"},
		{"what was said before a long attribution",
			"The probe is healthy again and on course for its flyby, mission controllers at ESOC in Darmstadt said on Monday.", "Monday", nil,
			"The probe is healthy again and on course for its flyby"},
		{"two people named with their ages are one subject, and the verb after the second age stays",
			"Seán Twomey, 41, and Dariusz Nowak, 29, died on 14 August 2021.", "14 August 2021", nil,
			"Seán Twomey, 41, and Dariusz Nowak, 29, died"},
		{"two commas around a dropped date both go",
			"The volcano's last big eruption, in June 2011, killed 14 people and buried the village.", "June 2011", nil,
			"The volcano's last big eruption killed 14 people and buried the village"},
		{"a denial says what it denies",
			"Quayside Live denied on Monday that it had tried to sell the festival to a rival promoter in June.", "Monday", []string{"June"},
			"Quayside Live denied it had tried to sell the festival"},
		{"what was said before its verb",
			"Tanzania will ban exports of maize and maize flour, Agriculture Minister Neema Mushi said on Monday.", "Monday", nil,
			"Tanzania will ban exports of maize and maize flour"},
		{"currency signs stay with their amounts",
			"The board turned down Faro's third bid of £9.5m plus €2m on Tuesday.", "Tuesday", nil,
			"The board turned down Faro's third bid of £9.5m plus €2m"},
		{"a speaker whose name has a particle goes whole",
			"Pieter van Dalen said on Monday that the board would meet.", "Monday", nil,
			"The board would meet"},
		{"a long clause is never cut inside a name",
			"Crane operators returned to work on Wednesday after their union, FNV Havens, reached a pay deal with the employers' group on Tuesday.", "Tuesday", []string{"Wednesday"},
			"FNV Havens, reached a pay deal with the employers' group"},
		{"an attribution with a describing noun goes whole",
			"Ticket holders will be refunded by 31 October, promoter Kaji Arts said.", "31 October", nil,
			"Ticket holders will be refunded"},
		{"a relative clause with an adverb before its verb is about its antecedent",
			"The agreement, which still has to be approved by members in a ballot on 22 May, raises wages.", "22 May", nil,
			"The agreement still has to be approved by members in a ballot"},
		{"a promise, not its condition",
			"The commission said on Wednesday that it would order Orbis to refund customers if service was not restored by 15 January.", "15 January", []string{"Wednesday"},
			"It would order Orbis to refund customers"},
	}
	for _, tc := range tests {
		sp := spanOf(t, tc.sentence, tc.expr)
		var others []Span
		for _, o := range tc.others {
			others = append(others, spanOf(t, tc.sentence, o))
		}
		if got := Read(tc.sentence, sp.Start, sp.End, others).Summary; got != tc.want {
			t.Errorf("%s: summary = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSummaryNeverOneWord(t *testing.T) {
	for _, c := range [][2]string{
		{"Chronology March 2014: Service begins for the first 60,000 homes.", "March 2014"},
		{"Members backed the extension by 612 votes to 201 in a ballot that closed at noon on Tuesday 16 May.", "Tuesday 16 May"},
	} {
		sp := spanOf(t, c[0], c[1])
		if got := Read(c[0], sp.Start, sp.End, nil).Summary; len(strings.Fields(got)) < 2 {
			t.Errorf("summary of %q = %q, want two words or more", c[0], got)
		}
	}
}
