package parse_test

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// TestInferRefSpans checks that a span of years or months that runs to
// the day of writing, counted from a date the text names, places the
// reference, and that durations that do not run to it leave it alone.
func TestInferRefSpans(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the reference
	}{
		{name: "years since a named year, told loosely",
			in:   "The club won the shield for the first time since 1997. \"I've waited twenty years for this,\" the president said on Sunday.",
			want: "2018-12-31"},
		{name: "months from a month with its year",
			in:   "The company lodged its appeal in January 2017 and waited 17 months for the ruling. The court ruled on 30 May.",
			want: "2018-06-07"},
		{name: "years from a day with its year in another sentence",
			in:   "The presidents signed a peace agreement on 26 October 1998. The two neighbours have spent 17 years building it. Talks broke down on 14 November.",
			want: "2015-11-22"},
		{name: "no span: a limit",
			in:   "The board approved the plan in 2010. Managers who break the rules face up to five years in prison.",
			want: "2011-01-01"},
		{name: "no span: a period the text names",
			in:   "The board approved the plan in 2010. Over the past 20 years, the firm has grown.",
			want: "2011-01-01"},
		{name: "no span: an age",
			in:   "The board approved the plan in 2000, said Bensu, a 22 year - old resident.",
			want: "2001-01-01"},
		{name: "no span: a plan",
			in:   "The board approved the plan in 2010. The firm will invest for five years.",
			want: "2011-01-01"},
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
