package parse_test

import (
	"os"
	"path/filepath"
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
		{name: "a transcript's broadcast line",
			in:   "Drought tightens grip\nBroadcast: Friday 17 August 2018, 18:00\nThe water company said on Thursday that the ban would start on Monday.",
			want: "2018-08-17"},
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

// TestInferRefArticles checks the reference inferred for short articles
// that carry no date line, with the range the text allows.
func TestInferRefArticles(t *testing.T) {
	tests := []struct {
		file                   string
		want                   string // the reference
		wantEarliest, wantLast string // the range
	}{
		// A weekday beside a day and month picks the year.
		{file: "harvest.txt", want: "2025-09-09", wantEarliest: "2025-09-08", wantLast: "2025-09-26"},
		// "Last year, in 2022" names the year; a plan a week ahead.
		{file: "chess.txt", want: "2023-03-07", wantEarliest: "2023-01-01", wantLast: "2023-03-13"},
		// "in February this year", after a launch in October 2021; a
		// plan for 2031 only bounds it from above.
		{file: "probe.txt", want: "2022-10-31", wantEarliest: "2022-02-01", wantLast: "2022-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "ref", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			res := parse.Tag(src, parse.Options{Now: readNow})
			got := [4]string{res.RefSource, res.Ref.Format(time.DateOnly), dayOrEmpty(res.RefEarliest), dayOrEmpty(res.RefLatest)}
			want := [4]string{"inferred", tc.want, tc.wantEarliest, tc.wantLast}
			if got != want {
				t.Errorf("source, ref, earliest, latest\ngot:  %q\nwant: %q\n(%s)", got, want, res.RefReason)
			}
		})
	}
}

// TestInferRefCues checks each kind of cue on its own.
func TestInferRefCues(t *testing.T) {
	tests := []struct {
		name, in   string
		want       string // the reference
		wantReason string
	}{
		{name: "a past year: the day after it",
			in:   "The bridge was opened in 2019.",
			want: "2020-01-01", wantReason: `after "2019", the latest past date`},
		{name: "a future date: a week before it",
			in:   "The summit will be held on 20 March 2025.",
			want: "2025-03-13", wantReason: `before "20 March 2025"`},
		{name: "past and future: between them",
			in:   "The plant closed in April 2024. Talks will resume on 13 January.",
			want: "2025-01-06", wantReason: `after "April 2024", before "13 January"`},
		{name: "a year-less past day after the dated past: a week after it, as a nearer day would go by its weekday",
			in:   "He was arrested in March 2022. He was convicted on Oct. 3.",
			want: "2022-10-11", wantReason: `after "Oct. 3", the latest past date`},
		{name: "a weekday beside a day and month",
			in:   "The company was founded in 2012. Its shares fell on Tuesday, 12 March.",
			want: "2013-03-13", wantReason: `after "Tuesday, 12 March", the latest past date, "Tuesday, 12 March" falls on a Tuesday in 2013`},
		{name: "a weekday that fits only years later: the first of them",
			in:   "The company was founded in 2010. Its shares fell on Thursday, May 2.",
			want: "2013-05-03", wantReason: `after "Thursday, May 2", the latest past date, "Thursday, May 2" falls on a Thursday in 2013`},
		{name: "a quarter without a year: reported within a season of its end",
			in:   "Net income fell 12% in the third quarter, the company said. Sales peaked in 1987.",
			want: "1988-12-31", wantReason: `after "1987", the latest past date`},
		{name: "last year beside a year",
			in:   "Sales fell last year, in 2019, the company said. The plant opened in 2010.",
			want: "2020-01-01", wantReason: `within "last year, in 2019", "last year" beside "2019"`},
		{name: "years ago beside a year",
			in:   "The museum closed in 2018, three years ago. It was founded in 1931.",
			want: "2021-12-31", wantReason: `within "2018, three years ago", "three years ago" beside "2018"`},
		{name: "this year with a month",
			in:   "The plant was built in 2020. In March this year it stopped work.",
			want: "2021-12-31", wantReason: `within "March this year"`},
		{name: "a weekday told in the past: the day after that weekday, after the dated past",
			in:   "Rebels seized the town on 4 March 2024. The army struck back on Sunday.",
			want: "2024-03-11", wantReason: `after "4 March 2024", the latest past date, "Sunday" after "4 March 2024"`},
		{name: "a weekday after a year-less day",
			in:   "The plant closed in 2023. Unions met the owners on 12 February. Workers blocked the gates on Friday.",
			want: "2024-02-17", wantReason: `after "12 February", the latest past date, "Friday" after "12 February"`},
		{name: "a weekday that a dated day falls on is that day",
			in:   "Voters chose a new mayor on Thursday, 2 May 2024. The count ended Thursday.",
			want: "2024-05-03", wantReason: `after "Thursday, 2 May 2024", the latest past date, "Thursday" after "Thursday, 2 May 2024"`},
		{name: "a debt due on a day: after the reference, however the sentence is told",
			in:   "The company sold $150 million of notes due March 1, 2031. Its shares fell on 3 May 2024.",
			want: "2024-05-03", wantReason: `after "3 May 2024", before "March 1, 2031"`},
		{name: "a past day with its year: that day",
			in:   "Floods cut the main road on Tuesday 16 August 2011, the council said.",
			want: "2011-08-16", wantReason: `after "Tuesday 16 August 2011", the latest past date`},
		{name: "last month beside a month without a year: the month after it",
			in:   "The plant opened in 2015. Factories cut 20,000 jobs in January, the ministry said, and exports fell last month as well.",
			want: "2016-02-29", wantReason: `within "last month", "last month" is "January"`},
		{name: "next month beside a month without a year: the month before it",
			in:   "The fair opened in 2019. Organisers expect record crowds in March, and tickets go on sale next month.",
			want: "2020-02-29", wantReason: `within "next month", "next month" is "March"`},
		{name: "this month beside a month without a year says nothing",
			in:   "The fair opened in 2019. Organisers expect record crowds in March, and tickets went on sale this month.",
			want: "2020-01-01", wantReason: `after "2019", the latest past date`},
		{name: "a weekday that fits only two years after the latest year named",
			in:   "The plant closed in 2021. Its shares fell on Monday 5 June.",
			want: "2023-06-06", wantReason: `after "Monday 5 June", the latest past date, "Monday 5 June" falls on a Monday in 2023`},
		{name: "a weekday beside a day and month when the only year bounds a period: the latest year it fits",
			in:   "It is the first strike since 1998. Members backed it in a ballot that closed on Monday 5 June.",
			want: "2028-06-06", wantReason: `after "Monday 5 June", the latest past date, "Monday 5 June" falls on a Monday in 2028`},
		{name: "a bound the best day breaks",
			in:   "The law passed in 2020. Parliament debated it in 2021. The next vote will be in 2019.",
			want: "2022-01-01", wantReason: `after "2021", the latest past date, against "2019"`},
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

// TestInferRefYearlessDateline checks that a dateline without a year
// takes the year the text's other dates weigh best.
func TestInferRefYearlessDateline(t *testing.T) {
	in := "BRUSSELS, February 10 (Wire) - EU ministers agreed on Tuesday to extend the sanctions adopted in July 2023. They will meet again on April 24."
	res := parse.Tag([]byte(in), parse.Options{Now: fixedNow})
	if got, want := res.Ref.Format(time.DateOnly), "2024-02-10"; got != want || res.RefSource != "dateline" {
		t.Errorf("got  %s from %s (%s)\nwant %s from dateline", got, res.RefSource, res.RefReason, want)
	}
}

// readNow is a day on which the articles of testdata/ref are read. A
// later one lets the probe's plan for 2031 pull its reference years ahead.
var readNow = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

func dayOrEmpty(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// TestInferRefFromYearlessPast checks that past year-less days raise the
// lower bound of an inferred reference date.
func TestInferRefFromYearlessPast(t *testing.T) {
	src := []byte("He was arrested in March 2022. He was convicted on Oct. 3. The judge ordered him to report to prison by Jan. 15.")
	res := parse.Tag(src, parse.Options{})
	if res.RefSource != "inferred" {
		t.Fatalf("RefSource = %q (%s), want inferred", res.RefSource, res.RefReason)
	}
	lo, hi := mustDate(t, "2022-10-03"), mustDate(t, "2023-01-15")
	if !res.Ref.After(lo) || !res.Ref.Before(hi) {
		t.Errorf("Ref = %s, want after %s and before %s (%s)", res.Ref.Format("2006-01-02"), lo.Format("2006-01-02"), hi.Format("2006-01-02"), res.RefReason)
	}
}

// TestRefRange checks the days an inferred reference may fall on: from
// the latest past date to the day before the first upcoming one, else to
// today's date, with an open end where nothing bounds it, and no range at
// all for a reference that was not inferred.
func TestRefRange(t *testing.T) {
	now := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in               string
		wantSource             string
		wantEarliest, wantLast string // YYYY-MM-DD, "" for an open end
	}{
		{name: "past month and upcoming year-less day",
			in:         "Sanctions were imposed in April 2024. Talks will be held on 13 January.",
			wantSource: "inferred", wantEarliest: "2024-04-01", wantLast: "2025-01-12"},
		{name: "past and future days a month apart",
			in:         "The rebels took the town on 3 May 2024. Talks will open in June 2024.",
			wantSource: "inferred", wantEarliest: "2024-05-03", wantLast: "2024-05-31"},
		{name: "past only: up to today",
			in:         "The company was founded in 1998.",
			wantSource: "inferred", wantEarliest: "1998-01-01", wantLast: "2026-12-07"},
		{name: "a year-less past day moves the lower bound",
			in:         "The Senate passed the bill on Feb 14. The House voted on Jan. 30, 2024 to advance it.",
			wantSource: "inferred", wantEarliest: "2024-02-14", wantLast: "2026-12-07"},
		{name: "future only: open below",
			in:         "The summit will be held on March 20, 2025.",
			wantSource: "inferred", wantEarliest: "", wantLast: "2025-03-19"},
		{name: "a future date before the past one bounds nothing",
			in:         "The law passed in 2020. The next election will be in 2019.",
			wantSource: "inferred", wantEarliest: "2020-01-01", wantLast: "2026-12-07"},
		{name: "defaulted: no range",
			in:         "The minister spoke.",
			wantSource: "default"},
		{name: "year-less dateline: no range",
			in:         "WASHINGTON, Feb 14 (Reuters) - The House voted on Jan. 30, 2024. A final vote is expected on Feb. 28.",
			wantSource: "dateline"},
	}
	day := func(d time.Time) string {
		if d.IsZero() {
			return ""
		}
		return d.Format(time.DateOnly)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := parse.Tag([]byte(tc.in), parse.Options{Now: now})
			if res.RefSource != tc.wantSource {
				t.Fatalf("RefSource: got %q, want %q (%s)", res.RefSource, tc.wantSource, res.RefReason)
			}
			got := [2]string{day(res.RefEarliest), day(res.RefLatest)}
			want := [2]string{tc.wantEarliest, tc.wantLast}
			if got != want {
				t.Errorf("range\ngot:  %q\nwant: %q", got, want)
			}
		})
	}
}
