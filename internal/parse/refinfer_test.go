package parse_test

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// TestDatelineLines checks the publication lines of pasted web pages: a
// label with a clock time before the date, a label after another word, a
// byline's bare "on", and a numeric date read in the text's order.
func TestDatelineLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the reference, YYYY-MM-DD
	}{
		{name: "clock time first",
			in:   "Fire guts supermarket\nLast updated at 11:24, Tuesday, 18 June 2013\nA fire badly damaged the store on Sunday.",
			want: "2013-06-18"},
		{name: "time zone after the date",
			in:   "Jewel heist in Paris\nPublished: 09 Sep 2013 11:25 GMT+02:00\nThieves rammed a car into the shop on Monday.",
			want: "2013-09-09"},
		{name: "a word before the label",
			in:   "Klitschko keeps his belts\nArticle posted on 8 July 2012\nKlitschko stopped Thompson on Saturday.",
			want: "2012-07-08"},
		{name: "byline date",
			in:   "Quake strikes Aceh\non July 02 2013 7:41 AM\nA strong earthquake struck the province on Tuesday.",
			want: "2013-07-02"},
		{name: "numeric, month first by the time zone",
			in:   "Death for Orozco\nPOSTED: 04/02/07, 9:00 PM PDT |\nThe convicted man laughed on Tuesday.",
			want: "2007-04-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := parse.Tag([]byte(tc.in), parse.Options{Now: fixedNow})
			if got := res.Ref.Format(time.DateOnly); got != tc.want || res.RefSource != "dateline" {
				t.Errorf("got  %s from %s (%s)\nwant %s from dateline", got, res.RefSource, res.RefReason, tc.want)
			}
		})
	}
}

// TestDatelineNotInText checks that a sentence that happens to begin
// with a label word and a date is not a publication line.
func TestDatelineNotInText(t *testing.T) {
	in := "The board met on 3 March 2024 and will vote on 20 March 2024.\nPosted prices rose 3% in February 2024, the ministry said."
	res := parse.Tag([]byte(in), parse.Options{Now: fixedNow})
	if res.RefSource == "dateline" {
		t.Errorf("got a dateline: %s (%s)", res.Ref.Format(time.DateOnly), res.RefReason)
	}
}
