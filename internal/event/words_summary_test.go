package event

import (
	"strings"
	"testing"
)

func TestSummaryDropsEnclosingCommas(t *testing.T) {
	s := "The volcano's last big eruption, in June 2011, killed 14 people and buried the village."
	sp := spanOf(t, s, "June 2011")
	got := Read(s, sp.Start, sp.End, nil).Summary
	if want := "The volcano's last big eruption killed 14 people and buried the village"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
}

func TestSummaryOfDenial(t *testing.T) {
	s := "Quayside Live denied on Monday that it had tried to sell the festival to a rival promoter in June."
	sp := spanOf(t, s, "Monday")
	got := Read(s, sp.Start, sp.End, []Span{spanOf(t, s, "June")}).Summary
	if want := "Quayside Live denied it had tried to sell the festival"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
}

func TestSummaryOfWhatWasSaidBefore(t *testing.T) {
	s := "Tanzania will ban exports of maize and maize flour, Agriculture Minister Neema Mushi said on Monday."
	sp := spanOf(t, s, "Monday")
	got := Read(s, sp.Start, sp.End, nil).Summary
	if want := "Tanzania will ban exports of maize and maize flour"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
}

func TestSummaryOfAPromiseNotItsCondition(t *testing.T) {
	s := "The commission said on Wednesday that it would order Orbis to refund customers if service was not restored by 15 January."
	sp := spanOf(t, s, "15 January")
	got := Read(s, sp.Start, sp.End, []Span{spanOf(t, s, "Wednesday")}).Summary
	if want := "It would order Orbis to refund customers"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
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
