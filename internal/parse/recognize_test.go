package parse_test

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// runKnown runs the table cases marked as known failures instead of
// skipping them: go test ./internal/parse -run TestTag -known.
var runKnown = flag.Bool("known", false, "run the cases marked as known failures instead of skipping them")

// defaultRef is the reference date of table cases that leave ref empty.
const defaultRef = "2025-01-10" // a Friday

// fixedNow is passed as Options.Now so that no test depends on the clock.
var fixedNow = time.Date(2030, 6, 15, 0, 0, 0, 0, time.UTC)

// tagCase is one row of a table of texts run through [parse.Tag].
//
// Each want entry describes one timex, in text order, as
// "text|value" followed by "|type=TYPE" when the type is not DATE,
// "|mod=MOD" when there is a mod, and "|end=VALUE" for the first endpoint
// of a range. A nil want means the text holds no timex at all.
type tagCase struct {
	name, in, ref string
	want          []string
	// skip, when set, names a known defect of the package ("known: ...");
	// the case stays in the table, ready to enable once it is fixed.
	skip string
}

// mustDate parses a YYYY-MM-DD reference date, or fails the test.
func mustDate(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatalf("bad reference date %q: %v", s, err)
	}
	return d
}

// describe formats a timex the way tagCase.want spells it.
func describe(x parse.Timex) string {
	var b strings.Builder
	b.WriteString(x.Text)
	b.WriteByte('|')
	b.WriteString(x.Value)
	if x.Type != parse.Date {
		fmt.Fprintf(&b, "|type=%s", x.Type)
	}
	if x.Mod != "" {
		fmt.Fprintf(&b, "|mod=%s", x.Mod)
	}
	if x.EndValue != "" {
		fmt.Fprintf(&b, "|end=%s", x.EndValue)
	}
	return b.String()
}

// describeAll formats every timex of a result.
func describeAll(res parse.Result) []string {
	var out []string
	for _, x := range res.Timexes {
		out = append(out, describe(x))
	}
	return out
}

// tagWithRef runs Tag on in with the given reference date (defaultRef when
// empty).
func tagWithRef(tb testing.TB, in, ref string) parse.Result {
	tb.Helper()
	if ref == "" {
		ref = defaultRef
	}
	return parse.Tag([]byte(in), parse.Options{Ref: mustDate(tb, ref), Now: fixedNow})
}

// runTagCases runs each case as a subtest and compares every timex found.
func runTagCases(t *testing.T, cases []tagCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, tc := range cases {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			if tc.skip != "" && !*runKnown {
				t.Skip(tc.skip)
			}
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Tag(%q) panics: %v", tc.in, r)
				}
			}()
			res := tagWithRef(t, tc.in, tc.ref)
			got := describeAll(res)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Tag(%q) with ref %s\ngot:  %q\nwant: %q", tc.in, res.Ref.Format(time.DateOnly), got, tc.want)
			}
			for _, x := range res.Timexes {
				if x.Text != tc.in[x.Start:x.End] {
					t.Errorf("timex %q: Text differs from src[%d:%d] = %q", x.Text, x.Start, x.End, tc.in[x.Start:x.End])
				}
			}
		})
	}
}

// recognizeCases are texts whose timexes the text states in full, or whose
// value needs no reference date: explicit dates, numeric forms, years,
// decades, parts of years, durations, sets, vague references, and
// distractors that must give nothing.
var recognizeCases = []tagCase{
	// Day, month and year written out.
	{name: "month day comma year", in: "The deal was signed on January 17, 2025, in Moscow.",
		want: []string{"January 17, 2025|2025-01-17"}},
	{name: "day month year", in: "The deal was signed on 17 January 2025 in Moscow.",
		want: []string{"17 January 2025|2025-01-17"}},
	{name: "ordinal of month year", in: "Voting ends on the 17th of January 2025.",
		want: []string{"the 17th of January 2025|2025-01-17"}},
	{name: "ordinal month year", in: "Voting ends on 17th January 2025.",
		want: []string{"17th January 2025|2025-01-17"}},
	{name: "abbrev month ordinal comma year", in: "Hale resigned on Oct 21st, 2024, citing health reasons.", ref: "2025-02-13",
		want: []string{"Oct 21st, 2024|2024-10-21"}},
	{name: "weekday day month year and clock", in: "Posted: Saturday 19 April 2025 · 10:42\n\nPERTH — Shares rose.", ref: "2025-04-19",
		want: []string{"Saturday 19 April 2025|2025-04-19", "10:42|2025-04-19T10:42|type=TIME"}},
	{name: "weekday comma abbrev month day year", in: "The court sat on Monday, Jan. 6, 2025.",
		want: []string{"Monday, Jan. 6, 2025|2025-01-06"}},
	{name: "abbrev sept", in: "The towers fell on Sept. 11, 2001.",
		want: []string{"Sept. 11, 2001|2001-09-11"}},
	{name: "holiday with year", in: "The truce collapsed on Christmas Day 2016.", ref: "2019-12-21",
		want: []string{"Christmas Day 2016|2016-12-25"}},

	// Month and year.
	{name: "month year", in: "The law was passed in May 2024.",
		want: []string{"May 2024|2024-05"}},
	{name: "month of year", in: "Talks stalled in October of 2022.",
		want: []string{"October of 2022|2022-10"}},
	{name: "month year range through", in: "He took kickbacks from June 2019 through August 2023.", ref: "2025-02-13",
		want: []string{"June 2019|2019-06|end=2023-08", "August 2023|2023-08"}},

	// ISO and numeric dates.
	{name: "iso date", in: "The board received the offer on 2025-02-03.", ref: "2025-04-19",
		want: []string{"2025-02-03|2025-02-03"}},
	{name: "iso month", in: "Figures for 2024-05 were revised.",
		want: []string{"2024-05|2024-05"}},
	{name: "us numeric with unambiguous us date", in: "An audit dated 9/12/2024 flagged invoices, and another dated 9/30/2024 confirmed them.", ref: "2025-02-13",
		want: []string{"9/12/2024|2024-09-12", "9/30/2024|2024-09-30"}},
	{name: "us numeric two-digit year", in: "The firm was founded on 12/25/98.", ref: "2025-02-13",
		want: []string{"12/25/98|1998-12-25"}},
	{name: "european dotted", in: "The Aurelia was last inspected on 09.01.2026, the court said.", ref: "2026-03-02",
		want: []string{"09.01.2026|2026-01-09"}},
	{name: "european dotted before sentence end", in: "The Aurelia was last inspected in Klaipėda on 09.01.2026.", ref: "2026-03-02",
		want: []string{"09.01.2026|2026-01-09"}},
	{name: "european dotted with unambiguous dmy date", in: "It was inspected on 25.12.2025 and again on 09.01.2026 in port.", ref: "2026-03-02",
		want: []string{"25.12.2025|2025-12-25", "09.01.2026|2026-01-09"}},

	{name: "numeric us day past month end", in: "The letter is dated 2/30/2024 in the file.", want: nil},
	{name: "numeric european day past month end", in: "The letter is dated 31.04.2024 in the file.", want: nil},

	// Years, decades, centuries.
	{name: "year", in: "The museum opened in 1931.",
		want: []string{"1931|1931"}},
	{name: "year after since", in: "Violence has surged since 2016.",
		want: []string{"2016|2016"}},
	{name: "year as modifier", in: "Costa Rica's 1949 constitution sets the 40% threshold.", ref: "2022-02-10",
		want: []string{"1949|1949"}},
	{name: "year as modifier after the", in: "The 1949 constitution abolished the army.", ref: "2022-02-10",
		want: []string{"1949|1949"}},
	{name: "year range between", in: "The firms shipped oil between 2015 and 2017.", ref: "2018-11-06",
		want: []string{"2015|2015|end=2017", "2017|2017"}},
	{name: "year range from to", in: "Imports doubled from 2014 to 2018.", ref: "2021-03-26",
		want: []string{"2014|2014|end=2018", "2018|2018"}},
	{name: "year range hyphen", in: "He served as mayor in 2015-2017.",
		want: []string{"2015|2015|end=2017", "2017|2017"}},
	{name: "decade", in: "Prices were lower in the 1990s.",
		want: []string{"the 1990s|199"}},
	{name: "decade 1980s", in: "The club last played in the second tier in the 1980s.", ref: "2024-12-27",
		want: []string{"the 1980s|198"}},
	{name: "decade 2000s", in: "Growth was fastest in the 2000s.",
		want: []string{"the 2000s|200"}},
	{name: "century", in: "The bridge was built in the 20th century.",
		want: []string{"the 20th century|19"}},

	// Parts of a year with a year.
	{name: "first half of year", in: "Revenue rose 34% in the first half of 2023.", ref: "2023-08-02",
		want: []string{"the first half of 2023|2023-H1"}},
	{name: "second half of year", in: "The jets will arrive in the second half of 2026.", ref: "2023-08-02",
		want: []string{"the second half of 2026|2026-H2"}},
	{name: "quarter of year", in: "Deliveries will begin in the third quarter of 2023.", ref: "2021-03-26",
		want: []string{"the third quarter of 2023|2023-Q3"}},
	{name: "second quarter of year", in: "Deliveries will begin in the second quarter of 2023.", ref: "2021-03-26",
		want: []string{"the second quarter of 2023|2023-Q2"}},
	{name: "q quarter year", in: "Sales fell in Q3 2024.",
		want: []string{"Q3 2024|2024-Q3"}},
	{name: "q4 year", in: "Traffic is back to Q4 2019 levels.", ref: "2023-08-02",
		want: []string{"Q4 2019|2019-Q4"}},
	{name: "autumn of year", in: "The new wing will open in the autumn of 2022.", ref: "2021-06-13",
		want: []string{"the autumn of 2022|2022-FA"}},

	// Fuzzy parts of an explicit year.
	{name: "early year", in: "The vaccine should arrive in early 2024.", ref: "2023-10-24",
		want: []string{"early 2024|2024|mod=START"}},
	{name: "late year", in: "Travel collapsed in late 2021.", ref: "2023-08-02",
		want: []string{"late 2021|2021|mod=END"}},
	{name: "mid year", in: "The plant will close by mid-2026.",
		want: []string{"mid-2026|2026|mod=MID"}},
	{name: "end of year", in: "The fleet will be retired by the end of 2025.", ref: "2021-03-26",
		want: []string{"the end of 2025|2025|mod=END"}},

	// Durations.
	{name: "duration three years", in: "He was sentenced to three years in prison.",
		want: []string{"three years|P3Y|type=DURATION"}},
	{name: "duration 48 hours", in: "The ceasefire will hold for 48 hours.",
		want: []string{"48 hours|PT48H|type=DURATION"}},
	{name: "duration after the verb last", in: "The ceasefire will last 48 hours.",
		want: []string{"48 hours|PT48H|type=DURATION"}},
	{name: "duration 12 minutes", in: "The engines burned for 12 minutes.",
		want: []string{"12 minutes|PT12M|type=DURATION"}},
	{name: "duration adjectival hours", in: "Both sides agreed to a 24-hour ceasefire.",
		want: []string{"24-hour|PT24H|type=DURATION"}},
	{name: "duration adjectival years", in: "She won a four-year term.",
		want: []string{"four-year|P4Y|type=DURATION"}},
	{name: "duration decades", in: "The party has ruled for six decades.",
		want: []string{"six decades|P6DE|type=DURATION"}},
	{name: "duration more than a decade", in: "The two countries have traded for more than a decade.",
		want: []string{"more than a decade|P1DE|type=DURATION|mod=MORE_THAN"}},
	{name: "duration more than hours", in: "The gunfight lasted more than three hours.",
		want: []string{"more than three hours|PT3H|type=DURATION|mod=MORE_THAN"}},
	{name: "duration up to", in: "Exporters face up to five years in prison.",
		want: []string{"up to five years|P5Y|type=DURATION|mod=EQUAL_OR_LESS"}},
	{name: "duration at least", in: "The program will run for at least five years.",
		want: []string{"at least five years|P5Y|type=DURATION|mod=EQUAL_OR_MORE"}},
	{name: "duration bare plural years", in: "The rebels have fought for years.",
		want: []string{"years|PXY|type=DURATION"}},
	{name: "duration bare plural hours", in: "Rescuers arrived within hours.",
		want: []string{"hours|PTXH|type=DURATION"}},
	{name: "duration days", in: "The companies may appeal within 30 days.",
		want: []string{"30 days|P30D|type=DURATION"}},

	// Sets.
	{name: "set every weekday", in: "The museum opens late every Friday.",
		want: []string{"every Friday|XXXX-WXX-5|type=SET"}},
	{name: "set every day of a month", in: "The town lights a bonfire every 5 November and a lantern every May 1.",
		want: []string{"every 5 November|XXXX-11-05|type=SET", "every May 1|XXXX-05-01|type=SET"}},
	{name: "set every two years", in: "Japan has renewed the embargo every two years.",
		want: []string{"every two years|P2Y|type=SET"}},
	{name: "set rate a year", in: "The cap is 500,000 barrels a year.",
		want: []string{"a year|P1Y|type=SET"}},
	{name: "set every weekday through the summer", in: "It will open late every Friday through the summer, Carrasco said.", ref: "2021-06-13",
		want: []string{"every Friday|XXXX-WXX-5|type=SET", "the summer|2021-SU"}},
	{name: "set plural weekday", in: "The market is closed on Mondays.",
		want: []string{"Mondays|XXXX-WXX-1|type=SET"}},

	// Vague references.
	{name: "vague now", in: "The company is now the largest lender in the region.",
		want: []string{"now|PRESENT_REF"}},
	{name: "vague in recent years", in: "Ties have deepened in recent years.",
		want: []string{"recent years|PAST_REF"}},
	{name: "vague in a few weeks", in: "Tehran would probably use them in a few weeks.",
		want: []string{"a few weeks|FUTURE_REF"}},
	{name: "vague the coming months", in: "More cases are expected in the coming months.",
		want: []string{"the coming months|FUTURE_REF"}},
	{name: "vague in the future", in: "The plant may reopen in the future.",
		want: []string{"the future|FUTURE_REF"}},

	// Distractors: none of these is a timex.
	{name: "distractor may the verb", in: "It may rain.", want: nil},
	{name: "distractor may appeal", in: "The companies may appeal the ruling.", want: nil},
	{name: "distractor may sentence start", in: "May God bless the crew.", want: nil},
	{name: "distractor march lower case verb", in: "Thousands will march to parliament.", want: nil},
	{name: "distractor dignity march", in: "Organisers of the Dignity March said turnout was high.", want: nil},
	{name: "distractor a march on", in: "Veterans led a March on the capital.", want: nil},
	{name: "distractor april name", in: "April Smith said the plan worked.", want: nil},
	{name: "distractor april name mid sentence", in: "The poll puts April Rojas ahead.", want: nil},
	{name: "distractor fath-360", in: "Tehran had handed over Fath-360 short-range ballistic missiles.", want: nil},
	{name: "distractor range in km", in: "The missiles have a range of 120 km.", want: nil},
	{name: "distractor boeing 737", in: "The airline ordered ten Boeing 737 jets.", want: nil},
	{name: "distractor boeing 787-9", in: "The airline flies a Boeing 787-9 to Lisbon.", want: nil},
	{name: "distractor f-16", in: "Jakarta wants F-16 Block 72 fighters.", want: nil},
	{name: "distractor su-35", in: "The Su-35 deal is stalled.", want: nil},
	{name: "distractor pac-3", in: "It bought Patriot PAC-3 batteries.", want: nil},
	{name: "distractor hawk 200", in: "The British-built Hawk 200 jets are old.", want: nil},
	{name: "distractor vls-1", in: "The VLS-1 rocket exploded on the pad.", want: nil},
	{name: "distractor covid-19", in: "COVID-19 cases rose sharply.", want: nil},
	{name: "distractor g7", in: "G7 leaders discussed trade.", want: nil},
	{name: "distractor g20", in: "Both leaders attend the G20 summit.", want: nil},
	{name: "distractor g5 sahel", in: "The G5 Sahel force is short of money.", want: nil},
	{name: "distractor troops with comma", in: "The army deployed 1,500 troops.", want: nil},
	{name: "distractor four-digit count", in: "The army deployed 2000 soldiers.", want: nil},
	{name: "distractor about four-digit count", in: "About 1500 people fled.", want: nil},
	{name: "distractor crowd", in: "A record crowd of 14,212 cheered.", want: nil},
	{name: "distractor score", in: "Harbridge sealed a 3-1 win.", want: nil},
	{name: "distractor season in a name", in: "Veterans of the Winter War met at the Summer Olympics.", want: nil},
	{name: "distractor season after a name", in: "He lives in Silver Spring, Maryland.", want: nil},
	{name: "capitalised season at the start", in: "In Spring 2020 the plant closed.", ref: "2024-05-01",
		want: []string{"Spring 2020|2020-SP"}},
	{name: "distractor fall of a city", in: "Historians still argue about the fall of Constantinople.", want: nil},
	{name: "fall of a year", in: "The plant closed in the fall of 2019.",
		want: []string{"the fall of 2019|2019-FA"}},
	{name: "distractor flight with airline code", in: "He boarded flight KQ 1432 from Nairobi.", want: nil},
	{name: "distractor registration and bill numbers", in: "The car, registration 1998 XYZ, was found. The bill, HB 2017, passed. Train 2019 was late.", want: nil},
	{name: "distractor flight number", in: "Flight 1370 vanished over the sea.", want: nil},
	{name: "distractor phone groups", in: "Readers can call 0300 555 2019 for details.", want: nil},
	{name: "distractor phone with country code", in: "Dial +44 20 7946 0958 or +1 202 555 1999.", want: nil},
	{name: "distractor phone after call", in: "Call 555 2019 for help.", want: nil},
	{name: "distractor phone with hyphens", in: "Owners should call 1-800-555-2023 for a refund.", want: nil},
	{name: "distractor model number", in: "The recall covers models XR4-2021 and XR4-2022.", want: nil},
	{name: "year after a prefix", in: "Prices peaked in mid-2022.", ref: "2024-05-01",
		want: []string{"mid-2022|2022|mod=MID"}},
	{name: "range of years", in: "He served from 2019-2021.", ref: "2024-05-01",
		want: []string{"2019|2019|end=2021", "2021|2021"}},
	{name: "distractor street number letter", in: "The group has offices at 1800 K Street in Washington.", want: nil},
	{name: "distractor street number avenue", in: "Protesters gathered outside 1600 Pennsylvania Avenue.", want: nil},
	{name: "year after flight word", in: "The route was cut after a flight in 2019 crashed.", ref: "2024-05-01",
		want: []string{"2019|2019"}},
	{name: "year before capitalised words", in: "In 2019 Pennsylvania voters backed him.", ref: "2024-05-01",
		want: []string{"2019|2019"}},
	{name: "distractor number sign", in: "The ship, hull No. 2012, sank.", want: nil},
	{name: "distractor resolution", in: "Resolution 2397 caps imports of refined oil.", want: nil},
	{name: "distractor article", in: "Article 5 of the treaty applies.", want: nil},
	{name: "distractor estlink", in: "The Estlink 2 cable was damaged.", want: nil},
	{name: "distractor distance adjective", in: "Repairs to the 453-km cable are costly.", want: nil},
	{name: "distractor age", in: "Ron Ashby, aged 81, was a captain.", want: nil},
	{name: "distractor money and percent", in: "Shares rose 15% to $8.6 billion.", want: nil},
	{name: "distractor ordinal position", in: "Caldmoor are 19th in the table.", want: nil},
	{name: "distractor a second one", in: "A second one was found in the port.",
		want: nil},
	{name: "distractor ordinal with this year", in: "Kujira is the 14th typhoon this year.", ref: "2022-09-19",
		want: []string{"this year|2022"}},
	{name: "text ends in late", in: "He arrived late", want: nil},
	{name: "text ends in about", in: "It is not clear what the talks were about", want: nil},
	{name: "text ends in more than", in: "Prices rose by more than", want: nil},
	{name: "text ends in the end of", in: "This is the end of", want: nil},
	{name: "distractor counts", in: "The US added four companies from Iran.", want: nil},
	{name: "distractor count indictment", in: "A grand jury returned a 14-count indictment.", want: nil},
	{name: "distractor year-old", in: "A two-year-old boy was rescued.", want: nil},
}

func TestTagRecognize(t *testing.T) {
	runTagCases(t, recognizeCases)
}

// TestRecognizeSpans checks the byte spans that Recognize gives, before
// any resolution, including text with multi-byte letters before the date.
func TestRecognizeSpans(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{name: "empty", in: "", want: nil},
		{name: "no date", in: "Nothing to see here.", want: nil},
		{name: "multi-byte before", in: "Pezeshkián, of Iran’s government, arrives on 17 January.", want: []string{"17 January"}},
		{name: "curly quotes around", in: "‘On 17 January, he will arrive,’ the statement said.", want: []string{"17 January"}},
		{name: "nbsp inside", in: "He arrives on 17\u00a0January.", want: []string{"17\u00a0January"}},
		{name: "preposition left out", in: "In May last year the council decided.", want: []string{"May last year"}},
		{name: "possessive left out", in: "Sunday's election was calm.", want: []string{"Sunday"}},
		{name: "curly possessive left out", in: "Sunday’s election was calm.", want: []string{"Sunday"}},
		{name: "range gives two", in: "The summit runs from 13 to 15 January.", want: []string{"13", "15 January"}},
		{name: "two dates", in: "It began on 3 May 2024 and ended on 9 June 2024.", want: []string{"3 May 2024", "9 June 2024"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.in)
			ms := parse.Recognize(src, parse.Scan(src))
			var got []string
			for _, m := range ms {
				if m.Start < 0 || m.Start > m.End || m.End > len(src) {
					t.Fatalf("mention [%d,%d) out of bounds for %d bytes", m.Start, m.End, len(src))
				}
				got = append(got, string(src[m.Start:m.End]))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Recognize(%q)\ngot:  %q\nwant: %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestRecognizeFields checks that a mention records only what the text
// writes, leaving the rest for the resolver.
func TestRecognizeFields(t *testing.T) {
	cases := []struct {
		name, in string
		want     parse.Mention // only the fields compared below
	}{
		{name: "day month", in: "on 13 April", want: parse.Mention{Day: 13, Month: 4}},
		{name: "month alone", in: "In May, it rained.", want: parse.Mention{Month: 5}},
		{name: "full date", in: "on 17 January 2025", want: parse.Mention{Day: 17, Month: 1, Year: 2025}},
		{name: "month last year", in: "in October last year", want: parse.Mention{Month: 10, YearRel: true, YearOffset: -1}},
		{name: "last month name", in: "Last July it rained.", want: parse.Mention{Month: 7, Shift: -1}},
		{name: "decade", in: "in the 1990s", want: parse.Mention{Decade: 199}},
		{name: "early year", in: "in early 2024", want: parse.Mention{Year: 2024, Mod: "START"}},
		{name: "quarter", in: "in Q3 2024", want: parse.Mention{Year: 2024, Quarter: 3}},
		{name: "weekday", in: "on Tuesday", want: parse.Mention{Weekday: 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.in)
			ms := parse.Recognize(src, parse.Scan(src))
			if len(ms) != 1 {
				t.Fatalf("Recognize(%q) gave %d mentions, want 1", tc.in, len(ms))
			}
			m := ms[0]
			type fields struct {
				Year, Month, Day, Weekday, Decade, Quarter, Shift, YearOffset int
				YearRel                                                       bool
				Mod                                                           string
			}
			got := fields{m.Year, m.Month, m.Day, m.Weekday, m.Decade, m.Quarter, m.Shift, m.YearOffset, m.YearRel, m.Mod}
			w := tc.want
			want := fields{w.Year, w.Month, w.Day, w.Weekday, w.Decade, w.Quarter, w.Shift, w.YearOffset, w.YearRel, w.Mod}
			if got != want {
				t.Errorf("Recognize(%q)\ngot:  %+v\nwant: %+v", tc.in, got, want)
			}
		})
	}
}
