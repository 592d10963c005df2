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
