package parse_test

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// TestInferRefMoreCues checks the cues that refine the inferred
// reference beyond those of TestInferRefCues, each on its own.
func TestInferRefMoreCues(t *testing.T) {
	tests := []struct {
		name, in   string
		want       string // the reference
		wantReason string
	}{
		{name: "several past weekdays: the day after the one that ends the week",
			in:   "The plant closed in 2023. Unions met the owners on Monday 12 February. Workers struck on Tuesday and marched on Wednesday.",
			want: "2024-02-15", wantReason: `after "Monday 12 February", the latest past date, "Wednesday" after "Monday 12 February", "Monday 12 February" falls on a Monday in 2024`},
		{name: "a past weekday before the dated day is of the same week",
			in:   "The plant closed in 2019. The board lowered the rate on Thursday 19 March. The governor had cancelled a speech on Wednesday. Shares rose on Friday.",
			want: "2020-03-21", wantReason: `after "Thursday 19 March", the latest past date, "Friday" after "Thursday 19 March", "Thursday 19 March" falls on a Thursday in 2020`},
		{name: "a past day named by its date alone: a week after it",
			in:   "The plant closed in 2023. The board approved the sale on 6 February.",
			want: "2024-02-14", wantReason: `after "6 February", the latest past date`},
		{name: "a past day named by its date, with a weekday told: the weekday's day after it",
			in:   "The plant closed in 2023. The board approved the sale on 6 February, and workers marched on Friday.",
			want: "2024-02-10", wantReason: `after "6 February", the latest past date, "Friday" after "6 February"`},
		{name: "a holiday told in the future: up to the day before it",
			in:   "The company was founded in 2020. Its board will meet on Christmas Eve.",
			want: "2021-12-23", wantReason: `after "2020", before "Christmas Eve"`},
		{name: "a day told in the future: a week or more before it",
			in:   "The company was founded in 2020. Its board will meet on 24 December.",
			want: "2021-12-17", wantReason: `after "2020", before "24 December"`},
		{name: "a day with its year that no tense places lies before the reference",
			in:   "The plant closed in 2013. Chronology: 24 December 2016: a solar wing stops turning.",
			want: "2016-12-24", wantReason: `after "24 December 2016", the latest past date`},
		{name: "a day with its year that starts a period does not bound the reference",
			in:   "The plant closed in 2013. The option runs from 24 December 2016.",
			want: "2014-01-01", wantReason: `after "2013", the latest past date`},
		{name: "a year told in the past is over",
			in:   "Exports grew in 2017. The ministry said on 3 November that a tanker had loaded fuel.",
			want: "2018-11-11", wantReason: `after "3 November", the latest past date`},
		{name: "a year that is a target is not over",
			in:   "Exports met expectations for 2017. The ministry said on 3 November that a tanker had loaded fuel.",
			want: "2017-11-11", wantReason: `after "3 November", the latest past date`},
		{name: "a year the text looks beyond is not over",
			in:   "Profits were squeezed in 2017, but the board is confident about 2018. The ministry said on 3 November that a tanker had loaded fuel.",
			want: "2017-11-11", wantReason: `after "3 November", the latest past date`},
		{name: "a year that names a period is not over",
			in:   "In the 2017 period, costs rose. The ministry said on 3 November that a tanker had loaded fuel.",
			want: "2017-11-11", wantReason: `after "3 November", the latest past date`},
		{name: "a weekday that fits only years before the latest past year: the first later year it fits",
			in:   "Staff last went on strike in 2018. Members backed the boycott in a ballot that closed on Tuesday 16 May.",
			want: "2023-05-17", wantReason: `after "Tuesday 16 May", the latest past date, "Tuesday 16 May" falls on a Tuesday in 2023`},
		{name: "a weekday that fits a year after the latest past year keeps it",
			in:   "Staff last went on strike in 2016. Members backed the boycott in a ballot that closed on Tuesday 16 May.",
			want: "2017-05-17", wantReason: `after "Tuesday 16 May", the latest past date, "Tuesday 16 May" falls on a Tuesday in 2017`},
		{name: "a year after a possessive is not over",
			in:   "The group's 2017 profit rose. The ministry said on 3 November that a tanker had loaded fuel.",
			want: "2017-11-11", wantReason: `after "3 November", the latest past date`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := parse.Tag([]byte(tc.in), parse.Options{Now: fixedNow})
			got := [3]string{res.RefSource, res.Ref.Format(time.DateOnly), res.RefReason}
			want := [3]string{"inferred", tc.want, tc.wantReason}
			if got != want {
				t.Errorf("source, ref, reason\ngot:  %q\nwant: %q", got, want)
			}
		})
	}
}

// TestInferRefNominalPlans checks that a plan carried by a noun phrase
// after "with" bounds the reference from above, whatever the tense of
// the clause that reports it, and that a participle of a past clause
// without "with" does not.
func TestInferRefNominalPlans(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the reference
	}{
		{name: "with deliveries starting in",
			in:   "The airline reported a profit for 2023 and ordered eight jets, with deliveries starting in the second half of 2026.",
			want: "2026-06-30"},
		{name: "with the first flight planned for",
			in:   "The agency reported a loss for 2023 and picked a rocket, with the first flight planned for May 2027.",
			want: "2027-04-30"},
		{name: "a past participle phrase without with",
			in:   "The agency reported a loss for 2023. The cable experienced downtime beginning on 8 October 2024.",
			want: "2024-10-08"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := parse.Tag([]byte(tc.in), parse.Options{Now: fixedNow})
			if got := res.Ref.Format(time.DateOnly); got != tc.want || res.RefSource != "inferred" {
				t.Errorf("got  %s from %s (%s)\nwant %s inferred", got, res.RefSource, res.RefReason, tc.want)
			}
		})
	}
}

// TestInferRefBracketDate checks a date written in brackets after the
// word that names a day from the day of writing.
func TestInferRefBracketDate(t *testing.T) {
	tests := []struct {
		name, in   string
		want       string // the reference
		wantReason string
	}{
		{name: "today with its date in brackets is the reference",
			in:   "The operator said today (20 October 2011) that service was back. Work will end in late October. Trouble began on Saturday, 8 October 2011.",
			want: "2011-10-20", wantReason: `within "today (20 October 2011)"`},
		{name: "yesterday with its date in brackets: the day after it",
			in:   "The operator said yesterday (19 October 2011) that service was back. Trouble began in 2010.",
			want: "2011-10-20", wantReason: `within "yesterday (19 October 2011)"`},
		{name: "a weekday dated in brackets is no more day of the week told",
			in:   "Trouble began on 8 October 2011. On Friday (14 October 2011), the operator restored most links. Crews went home on Wednesday.",
			want: "2011-10-20", wantReason: `after "14 October 2011", the latest past date, "Wednesday" after "8 October 2011", "Wednesday" after "14 October 2011"`},
		{name: "a date in brackets after a word that is no day does not count",
			in:   "The operator said in its report (20 October 2011) that service was back. Trouble began in 2010.",
			want: "2011-10-20", wantReason: `after "20 October 2011", the latest past date`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := parse.Tag([]byte(tc.in), parse.Options{Now: fixedNow})
			got := [3]string{res.RefSource, res.Ref.Format(time.DateOnly), res.RefReason}
			want := [3]string{"inferred", tc.want, tc.wantReason}
			if got != want {
				t.Errorf("source, ref, reason\ngot:  %q\nwant: %q", got, want)
			}
		})
	}
}
