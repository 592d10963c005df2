package parse_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/parse"
)

// articlePath is the example article, relative to the package directory.
const articlePath = "../../testdata/articles/iran-russia.txt"

// resolveCases are texts whose values depend on the reference date, the
// tense of the clause, or an earlier date of the text. The expected values
// follow the conventions of shared/data/events/README.md; the reference
// dates are those of the development articles that show each phenomenon.
var resolveCases = []tagCase{
	// Rules learnt from the corpora.
	{name: "weekday picks the year", in: "The run, which had been set for Saturday 11 February, has been postponed.", ref: "2017-02-05",
		want: []string{"Saturday 11 February|2017-02-11"}},
	{name: "moved from one date to another is no range", in: "The company has pushed its investor day from January 20 to March 3.", ref: "2026-01-04",
		want: []string{"January 20|2026-01-20", "March 3|2026-03-03"}},
	{name: "this season told in the future lies ahead", in: "The club wants to break ground this fall.", ref: "2024-03-12",
		want: []string{"this fall|2024-FA"}},
	{name: "this season just ended is still this season", in: "It was the latest in a series of thefts this summer.", ref: "2013-09-09",
		want: []string{"this summer|2013-SU"}},
	{name: "saint's day with an abbreviated St", in: "They play their home opener on St. Patrick’s Day.", ref: "2024-03-12",
		want: []string{"St. Patrick’s Day|2024-03-17"}},
	{name: "a movable feast counts from Easter", in: "The march is planned for Whit Monday.", ref: "2024-03-12",
		want: []string{"Whit Monday|2024-05-20"}},
	{name: "an intention looks ahead from itself", in: "The fund wrote to the board on Dec. 29 threatening to seek two seats at the meeting in May.", ref: "2026-01-04",
		want: []string{"Dec. 29|2025-12-29", "May|2026-05"}},
	{name: "moved past an aside that gives the old date", in: "It has postponed its capital markets day, which was set for next Wednesday, to September 10.", ref: "2019-06-12",
		want: []string{"next Wednesday|2019-06-19", "September 10|2019-09-10"}},
	{name: "a plan told in the past with first", in: "It was first set for 15 December but was postponed.", ref: "2017-01-14",
		want: []string{"15 December|2016-12-15"}},
	{name: "the day of a deadline's clock time", in: "Officers would remove residents if they had not left by 6 p.m. on Tuesday.", ref: "2019-02-04",
		want: []string{"6 p.m.|2019-02-05T18:00|type=TIME", "Tuesday|2019-02-05"}},
	{name: "a sentence ends after a clock time", in: "It closed the airport at 7 a.m. It is due to reopen at noon tomorrow.", ref: "2019-02-04",
		want: []string{"7 a.m.|2019-02-04T07:00|type=TIME", "noon|2019-02-05T12:00|type=TIME", "tomorrow|2019-02-05"}},
	{name: "weekday that fits no near year leaves the tense", in: "The run had been set for Friday 11 February.", ref: "2017-02-05",
		want: []string{"Friday 11 February|2016-02-11"}},
	{name: "day after a holiday", in: "The deal was signed the day after Christmas.", ref: "2025-03-13",
		want: []string{"the day after Christmas|2024-12-26"}},
	{name: "weekend without tense late in the week", in: "Talks resume at the weekend.", ref: "2025-03-13",
		want: []string{"the weekend|2025-W11-WE"}},
	{name: "days after a month stay in the month", in: "He was arrested in March 2022 and resigned two days later.", ref: "2024-11-19",
		want: []string{"March 2022|2022-03", "two days later|2022-03"}},
	{name: "deadline after a far past verb", in: "The judge ordered Reyes to report to prison by Jan. 15.", ref: "2024-11-19",
		want: []string{"Jan. 15|2025-01-15"}},
	{name: "coordinated predicate keeps its own tense", in: "The IMF approved a $976 million loan to Kenya in January and is due to review the programme.", ref: "2024-06-20",
		want: []string{"January|2024-01"}},
	{name: "coordinated nouns do not end the clause", in: "In April 2024, the United States and Britain imposed sanctions on Iran.", ref: "2025-01-10",
		want: []string{"April 2024|2024-04"}},
	{name: "modal may looks ahead", in: "He said he may travel to Kyiv in May or June.", ref: "2024-03-14",
		want: []string{"May|2024-05", "June|2024-06"}},
	{name: "fiscal years", in: "Revenue for fiscal year 2024 and FY2023 rose, unlike the F-16 order.",
		want: []string{"fiscal year 2024|2024", "FY2023|2023"}},
	{name: "year-less range read as one", in: "The summit, held on 3-4 March, ended without a deal.",
		want: []string{"3|2024-03-03|end=2024-03-04", "4 March|2024-03-04"}},
	{name: "ordinal day past", in: "The talks were held on the 31st.", ref: "2025-04-10",
		want: []string{"the 31st|2025-03-31"}},
	{name: "ordinal noun is no date", in: "It was the 14th typhoon of the year.", want: nil},
	{name: "dividend payable", in: "The board declared a dividend of five cents, payable Dec. 15 to holders of record.", ref: "1989-10-26",
		want: []string{"Dec. 15|1989-12-15"}},
	{name: "a past verb times its date across its object", in: "Police arrested three men at the port on 12 April.", ref: "2024-03-01",
		want: []string{"12 April|2023-04-12"}},
	{name: "a past verb times its month across its object", in: "The company reported a record quarterly loss in April.", ref: "2024-03-01",
		want: []string{"April|2023-04"}},
	{name: "a past plan for a date ahead", in: "The authority had set the increase to take effect on April 1.", ref: "2024-03-01",
		want: []string{"April 1|2024-04-01"}},
	{name: "date moved to", in: "The company extended its offer to Nov. 20.", ref: "1989-11-02",
		want: []string{"Nov. 20|1989-11-20"}},
	{name: "effective date", in: "The board created the office, effective Feb. 1.", ref: "1989-10-26",
		want: []string{"Feb. 1|1990-02-01"}},
	{name: "since year-end", in: "The index has risen 8% since year-end.", ref: "1989-10-30",
		want: []string{"year-end|1988-12-31"}},
	{name: "compound is no verb", in: "Harbridge host second-placed Whitcliffe at 3 p.m. on Sunday.", ref: "2024-12-27",
		want: []string{"3 p.m.|2024-12-29T15:00|type=TIME", "Sunday|2024-12-29"}},
	{name: "relative clause skipped", in: "Litgrid expects the cable, which entered service in 2016, to take until the end of April.", ref: "2026-03-02",
		want: []string{"2016|2016", "the end of April|2026-04|mod=END"}},
	{name: "adjectival participle", in: "It said it will redeem Series H preferred shares on Oct. 31.", ref: "1989-10-27",
		want: []string{"Oct. 31|1989-10-31"}},
	{name: "year-ago quarter", in: "Profit rose in the third quarter. In the year-ago quarter, it lost money.", ref: "1989-10-30",
		want: []string{"the third quarter|1989-Q3", "the year-ago quarter|1988-Q3"}},
	{name: "a year earlier compares periods", in: "Profit for the first half of 2023 rose on Wednesday to $148 million from $61 million a year earlier.", ref: "2023-08-02",
		want: []string{"the first half of 2023|2023-H1", "Wednesday|2023-08-02", "a year earlier|2022-H1"}},
	{name: "this year's quarter", in: "Net sales for this year's third quarter fell.", ref: "1989-11-01",
		want: []string{"this year's third quarter|1989-Q3"}},
	{name: "final quarter of year", in: "Sales fell sharply in the final quarter of 2009.", ref: "2011-05-01",
		want: []string{"the final quarter of 2009|2009-Q4"}},
	{name: "last quarter of year", in: "Profit rose in the last quarter of 2009.", ref: "2011-05-01",
		want: []string{"the last quarter of 2009|2009-Q4"}},
	{name: "first half of next year", in: "The plant will open in the first half of 2010.", ref: "2009-05-01",
		want: []string{"the first half of 2010|2010-H1"}},
	{name: "final half of year", in: "Costs climbed in the final half of 1989.", ref: "1990-03-01",
		want: []string{"the final half of 1989|1989-H2"}},
	{name: "final quarter of a match", in: "He scored twice in the final quarter of the game.", ref: "2011-05-01",
		want: nil},
	{name: "same month a year ago", in: "Exports rose 5% in March from the same month a year ago.", ref: "2011-05-01",
		want: []string{"March|2011-03", "the same month a year ago|2010-03"}},
	{name: "same month last year", in: "Car sales fell in April compared with the same month last year.", ref: "2011-05-01",
		want: []string{"April|2011-04", "the same month last year|2010-04"}},
	{name: "same period last year", in: "Sales in the third quarter rose 8% from the same period last year.", ref: "2011-05-01",
		want: []string{"the third quarter|2010-Q3", "the same period last year|2009-Q3"}},
	{name: "same quarter a year earlier", in: "Profit in the first half of 2023 beat the same half a year earlier.", ref: "2023-08-02",
		want: []string{"the first half of 2023|2023-H1", "the same half a year earlier|2022-H1"}},
	{name: "closed until weekday", in: "Schools are closed until Friday.", ref: "2024-05-08",
		want: []string{"Friday|2024-05-10"}},
	{name: "closed through weekday", in: "Officials said schools are closed through Sunday.", ref: "2024-05-08",
		want: []string{"Sunday|2024-05-12"}},
	{name: "participle until weekday", in: "The airport, closed until Friday, said flights would resume.", ref: "2024-05-08",
		want: []string{"Friday|2024-05-10"}},
	{name: "decide by weekday", in: "Ministers must decide by Monday.", ref: "2024-05-08",
		want: []string{"Monday|2024-05-13"}},
	{name: "past auxiliary until weekday", in: "Authorities said the border was closed until Friday.", ref: "2024-05-08",
		want: []string{"Friday|2024-05-03"}},
	{name: "weekday after an earlier year", in: "Shares fell to their lowest since 1998 on Tuesday.", ref: "2024-05-08",
		want: []string{"1998|1998", "Tuesday|2024-05-07"}},
	{name: "weekday in narrative text after years", in: "The peso was devalued in 1994 and again in 1998. Growth resumed in 2001 and 2003.\nThe currency fell to its lowest since 1998 on Tuesday, traders said.", ref: "2024-05-08",
		want: []string{"1994|1994", "1998|1998", "2001|2001", "2003|2003", "1998|1998", "Tuesday|2024-05-07"}},
	{name: "last half of", in: "Earnings will be lower for the last half of 1989.", ref: "1989-10-26",
		want: []string{"the last half of 1989|1989-H2"}},
	{name: "part of day with mod", in: "By mid-afternoon yesterday, shares were up.", ref: "1989-11-02",
		want: []string{"mid-afternoon yesterday|1989-11-01TAF|type=TIME"}},
	{name: "hour in the morning", in: "He will leave at 4 in the morning.", ref: "2000-04-05",
		want: []string{"4 in the morning|2000-04-05T04:00|type=TIME"}},
	{name: "last few months vague", in: "Rates have fallen in the last few months.", ref: "1998-02-06",
		want: []string{"the last few months|PAST_REF"}},
	{name: "zone restatement", in: "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", ref: "1998-08-08",
		want: []string{"about 10:35 a.m.|1998-08-07T10:35|type=TIME|mod=APPROX", "Friday|1998-08-07"}},
	{name: "that year after a month", in: "Chile will host the forum in 2019, and he was likely to return in November of that year.", ref: "2018-05-09",
		want: []string{"2019|2019", "November of that year|2019-11"}},
	// Year-less day and month: the tense picks the year.
	{name: "day month future", in: "Pezeshkian will visit Moscow on 17 January.",
		want: []string{"17 January|2025-01-17"}},
	{name: "day month reported future", in: "The Kremlin said that the visit would take place on 17 January.",
		want: []string{"17 January|2025-01-17"}},
	{name: "day month past", in: "The talks were held on 17 September.",
		want: []string{"17 September|2024-09-17"}},
	{name: "day month past just ahead", in: "The talks were held on 17 January.",
		want: []string{"17 January|2024-01-17"}},
	{name: "day month past later in year", in: "The first case was recorded on 1 November.", ref: "2020-02-17",
		want: []string{"1 November|2019-11-01"}},
	{name: "day month future soon", in: "The vote will take place on 6 April.", ref: "2021-03-26",
		want: []string{"6 April|2021-04-06"}},
	{name: "leap day past", in: "The vote was held on 29 February.", ref: "2025-06-10",
		want: []string{"29 February|2024-02-29"}},
	{name: "leap day future", in: "The vote will be held on 29 February.",
		want: []string{"29 February|2028-02-29"}},
	{name: "abbrev month day past", in: "Orr pleaded guilty to wire fraud on Jan. 17.", ref: "2025-02-13",
		want: []string{"Jan. 17|2025-01-17"}},
	{name: "abbrev month day past feb", in: "A grand jury returned the indictment on Feb. 6.", ref: "2025-02-13",
		want: []string{"Feb. 6|2025-02-06"}},
	{name: "month day future", in: "The judge set the trial for May 12.", ref: "2025-02-13",
		want: []string{"May 12|2025-05-12"}},
	{name: "the ordinal day", in: "The vote will be held on the 17th.",
		want: []string{"the 17th|2025-01-17"}},

	// A month alone.
	{name: "month alone past", in: "In May, the media reported that Tehran had begun supplying the Kremlin.",
		want: []string{"May|2024-05"}},
	{name: "month alone future", in: "The airline plans to add routes in May.", ref: "2023-08-02",
		want: []string{"May|2024-05"}},
	{name: "month alone future mid sentence", in: "The airline plans to add routes in May, the company said.", ref: "2023-08-02",
		want: []string{"May|2024-05"}},
	{name: "month alone past same year", in: "In May, the airline began flights to Lisbon.", ref: "2023-08-02",
		want: []string{"May|2023-05"}},
	{name: "month alone past later in year", in: "The deal was signed in November.", ref: "2021-03-26",
		want: []string{"November|2020-11"}},
	{name: "month alone future later in year", in: "The rocket will fly in December.", ref: "2025-09-12",
		want: []string{"December|2025-12"}},
	{name: "month as modifier", in: "The January transfer window opens next Wednesday.", ref: "2024-12-27",
		want: []string{"January|2025-01", "next Wednesday|2025-01-01"}},
	{name: "month as modifier mid sentence", in: "Okafor will use the January transfer window, he said.", ref: "2024-12-27",
		want: []string{"January|2025-01"}},
	{name: "month with relative year", in: "Russia and Iran were planning to sign the agreement in October last year.",
		want: []string{"October last year|2024-10"}},
	{name: "month with relative year after also", in: "Also in May last year, the EU Council decided to extend the measures.",
		want: []string{"May last year|2024-05"}},

	// last / this / next.
	{name: "last month name in that month", in: "The two sides met last October.", ref: "2025-10-27",
		want: []string{"last October|2024-10"}},
	{name: "last month name across year", in: "Hanoi hosted the forum last November.", ref: "2018-05-09",
		want: []string{"last November|2017-11"}},
	{name: "last month name capitalised", in: "Last July, Pezeshkian published an article.",
		want: []string{"Last July|2024-07"}},
	{name: "next month name", in: "Elections will be held next March.",
		want: []string{"next March|2025-03"}},
	{name: "next weekday on wednesday", in: "The president will arrive next Tuesday.", ref: "2018-05-09",
		want: []string{"next Tuesday|2018-05-15"}},
	{name: "next weekday same weekday", in: "The board will meet next Thursday.", ref: "2025-02-13",
		want: []string{"next Thursday|2025-02-20"}},
	{name: "next weekday across year", in: "The window opens next Wednesday.", ref: "2024-12-27",
		want: []string{"next Wednesday|2025-01-01"}},
	{name: "this weekday", in: "The government will present a plan this Friday.", ref: "2026-03-02",
		want: []string{"this Friday|2026-03-06"}},
	{name: "last weekday same weekday", in: "The envoy arrived last Wednesday.", ref: "2018-05-09",
		want: []string{"last Wednesday|2018-05-02"}},
	{name: "last weekday day before", in: "Fighting resumed last Sunday.", ref: "2022-09-19",
		want: []string{"last Sunday|2022-09-18"}},
	{name: "next weekday on saturday", in: "Voters will go to the polls next Sunday.", ref: "2019-12-21",
		want: []string{"next Sunday|2019-12-29"}},
	{name: "this weekday same day", in: "The court will rule this Wednesday.", ref: "2018-05-09",
		want: []string{"this Wednesday|2018-05-09"}},
	{name: "last weekday", in: "The cabinet approved the listings last Friday.", ref: "2018-11-06",
		want: []string{"last Friday|2018-11-02"}},
	{name: "last week", in: "The commission said last week it would fund ships.",
		want: []string{"last week|2025-W01"}},
	{name: "this week", in: "Talks resume this week.",
		want: []string{"this week|2025-W02"}},
	{name: "next week", in: "The minister will visit next week.",
		want: []string{"next week|2025-W03"}},
	{name: "next week across year", in: "Ministers will meet next week.", ref: "2024-12-27",
		want: []string{"next week|2025-W01"}},
	{name: "last month", in: "Prices rose last month.",
		want: []string{"last month|2024-12"}},
	{name: "this month", in: "Prices rose this month.",
		want: []string{"this month|2025-01"}},
	{name: "next month", in: "Prices will rise next month.",
		want: []string{"next month|2025-02"}},
	{name: "last year", in: "Prices rose last year.",
		want: []string{"last year|2024"}},
	{name: "this year", in: "Shares have gained 58% this year.",
		want: []string{"this year|2025"}},
	{name: "next year", in: "The law takes effect next year.",
		want: []string{"next year|2026"}},
	{name: "this weekend", in: "The team plays in the cup this weekend.", ref: "2024-12-27",
		want: []string{"this weekend|2024-W52-WE"}},
	{name: "this weekend on sunday", in: "The museum is open this weekend.", ref: "2021-06-13",
		want: []string{"this weekend|2021-W23-WE"}},
	{name: "the weekend on monday", in: "The typhoon struck over the weekend.", ref: "2022-09-19",
		want: []string{"the weekend|2022-W37-WE"}},
	{name: "last summer", in: "The talks collapsed last summer.",
		want: []string{"last summer|2024-SU"}},
	{name: "last summer in autumn", in: "The talks collapsed last summer.", ref: "2025-10-27",
		want: []string{"last summer|2025-SU"}},
	{name: "next spring", in: "The leaders will meet again next spring.", ref: "2025-10-27",
		want: []string{"next spring|2026-SP"}},
	{name: "the summer future", in: "The first jets will arrive in the summer.", ref: "2021-03-26",
		want: []string{"the summer|2021-SU"}},
	{name: "the summer past", in: "Mensah joined from Lierse in the summer.", ref: "2024-12-27",
		want: []string{"the summer|2024-SU"}},
	{name: "the fall past", in: "The office opened an investigation in the fall.", ref: "2025-02-13",
		want: []string{"the fall|2024-FA"}},

	// Deictic words.
	{name: "yesterday", in: "Agents arrested him yesterday.",
		want: []string{"yesterday|2025-01-09"}},
	{name: "today", in: "The court rules today.",
		want: []string{"today|2025-01-10"}},
	{name: "tomorrow", in: "Ambassadors will discuss the incident tomorrow.",
		want: []string{"tomorrow|2025-01-11"}},
	{name: "day before yesterday", in: "It rained the day before yesterday.",
		want: []string{"the day before yesterday|2025-01-08"}},
	{name: "tonight", in: "A curfew starts tonight.",
		want: []string{"tonight|2025-01-10TNI|type=TIME"}},
	{name: "this morning", in: "The minister arrived this morning.", ref: "2018-11-06",
		want: []string{"this morning|2018-11-06TMO|type=TIME"}},
	{name: "this evening", in: "The rebels will answer this evening.", ref: "2019-12-21",
		want: []string{"this evening|2019-12-21TEV|type=TIME"}},
	{name: "weekday part of day past", in: "The bid was made on Thursday evening.", ref: "2025-04-19",
		want: []string{"Thursday evening|2025-04-17TEV|type=TIME"}},

	// Periods around the reference: no mod.
	{name: "earlier this year", in: "Sweden's navy stepped up patrols earlier this year.", ref: "2026-03-02",
		want: []string{"earlier this year|2026"}},
	{name: "earlier this month", in: "Officials froze the assets earlier this month.", ref: "2018-11-06",
		want: []string{"earlier this month|2018-11"}},
	{name: "later this year", in: "The pact will be signed later this year.", ref: "2018-05-09",
		want: []string{"later this year|2018"}},

	// Offsets from the reference.
	{name: "weeks ago", in: "The ship sank two weeks ago.",
		want: []string{"two weeks ago|2024-W52"}},
	{name: "years ago", in: "The building closed two years ago.", ref: "2025-10-27",
		want: []string{"two years ago|2023"}},
	{name: "a year ago", in: "The plant closed a year ago.",
		want: []string{"a year ago|2024"}},
	{name: "months ago", in: "The plant closed three months ago.",
		want: []string{"three months ago|2024-10"}},
	{name: "days ago", in: "The ship sank three days ago.",
		want: []string{"three days ago|2025-01-07"}},

	// A weekday alone: the tense picks the week.
	{name: "weekday past", in: "The ministers met on Tuesday.", ref: "2021-03-26",
		want: []string{"Tuesday|2021-03-23"}},
	{name: "weekday future", in: "The results will be announced on Monday.", ref: "2022-02-10",
		want: []string{"Monday|2022-02-14"}},
	{name: "weekday said on the reference day", in: "The ministry said on Wednesday that the visit is confirmed.", ref: "2018-05-09",
		want: []string{"Wednesday|2018-05-09"}},
	{name: "weekday is the reference", in: "A court on Monday ordered him held.", ref: "2026-03-02",
		want: []string{"Monday|2026-03-02"}},
	{name: "weekday possessive", in: "Sunday's election was peaceful.", ref: "2022-02-10",
		want: []string{"Sunday|2022-02-06"}},

	// Parts of a year without a year.
	{name: "quarter future", in: "The takeover is expected to close in the third quarter.", ref: "2025-04-19",
		want: []string{"the third quarter|2025-Q3"}},
	{name: "quarter past", in: "Revenue climbed 34% in the first quarter.", ref: "2023-08-02",
		want: []string{"the first quarter|2023-Q1"}},
	{name: "second quarter past", in: "Revenue climbed 34% in the second quarter.", ref: "2023-08-02",
		want: []string{"the second quarter|2023-Q2"}},
	{name: "quarter future next year", in: "The next launch will take place in the first quarter.", ref: "2025-09-12",
		want: []string{"the first quarter|2026-Q1"}},

	// Fuzzy parts.
	{name: "mid month", in: "Cases peaked in mid-March.", ref: "2023-10-24",
		want: []string{"mid-March|2023-03|mod=MID"}},
	{name: "late month", in: "The deal should close in late July, the company said.", ref: "2025-04-19",
		want: []string{"late July|2025-07|mod=END"}},
	{name: "late month before sentence end", in: "The deal should close in late July.", ref: "2025-04-19",
		want: []string{"late July|2025-07|mod=END"}},
	{name: "end of month", in: "Repairs will take until the end of April.", ref: "2026-03-02",
		want: []string{"the end of April|2026-04|mod=END"}},
	{name: "end of the year", in: "Japan plans to list the firms by the end of the year.", ref: "2018-11-06",
		want: []string{"the end of the year|2018|mod=END"}},
	{name: "late last year", in: "The talks began late last year.", ref: "2021-03-26",
		want: []string{"late last year|2020|mod=END"}},

	// Holidays.
	{name: "christmas day past", in: "The church was damaged on Christmas Day.",
		want: []string{"Christmas Day|2024-12-25"}},
	{name: "christmas day in a sentence with a year", in: "In December 2024, the Eagle S damaged a cable on Christmas Day.", ref: "2026-03-02",
		want: []string{"December 2024|2024-12", "Christmas Day|2024-12-25"}},
	{name: "a past year before a noun does not date a present clause", in: "Sanctions lifted under the 2015 nuclear deal can be reimposed in October.", ref: "2025-01-14",
		want: []string{"2015|2015", "October|2025-10"}},
	{name: "a participle after a linking verb takes its auxiliary", in: "Schools will stay closed until 23 February, the ministry said.", ref: "2026-02-12",
		want: []string{"23 February|2026-02-23"}},
	{name: "an adverb inside the verb group keeps its future", in: "The service was postponed and will now be held on 5 June.", ref: "2021-03-17",
		want: []string{"now|PRESENT_REF", "5 June|2021-06-05"}},
	{name: "a -ly adverb inside the verb group keeps its future", in: "The vote will finally be held in May.", ref: "2021-03-17",
		want: []string{"May|2021-05"}},
	{name: "would before a report after a comma looks forward", in: "The bill would take effect on 1 January, the minister said.", ref: "2025-03-05",
		want: []string{"1 January|2026-01-01"}},
	{name: "a live blog's stamp keeps its own day", in: "15:20 — The stage will start tomorrow at 13:00.", ref: "2019-07-13",
		want: []string{"15:20|2019-07-13T15:20|type=TIME", "tomorrow|2019-07-14", "13:00|2019-07-14T13:00|type=TIME"}},
	{name: "since points back whatever follows", in: "The convoy, the first to arrive since May, will feed 75,000 people.", ref: "2022-10-06",
		want: []string{"May|2022-05"}},
	{name: "the week of a day is that week", in: "A second convoy will leave during the week of 17 October.", ref: "2022-10-06",
		want: []string{"the week of 17 October|2022-W42"}},
	{name: "a week of days is a length", in: "It rained for a week of 17 days.", ref: "2022-10-06",
		want: []string{"a week|P1W|type=DURATION", "17 days|P17D|type=DURATION"}},
	{name: "a clock time takes the day right after it over a date further back", in: "SANTOS, 14 March 2023 (Wire) – Dockworkers walked off the job at 06:00 local time Monday.", ref: "2023-03-14",
		want: []string{"14 March 2023|2023-03-14", "06:00|2023-03-13T06:00|type=TIME", "Monday|2023-03-13"}},
	{name: "a year that names a thing sets no year", in: "Congress will begin debating the 2020 budget in September.", ref: "2019-08-08",
		want: []string{"2020|2020", "September|2019-09"}},
	{name: "the following weekday counts from the date before", in: "The train crashed on Friday 12 February. The line reopened the following Monday.", ref: "2021-03-17",
		want: []string{"Friday 12 February|2021-02-12", "the following Monday|2021-02-15"}},
	{name: "the previous weekday counts back from the date before", in: "The talks began on Wednesday 3 March. The previous Friday, the envoy arrived.", ref: "2021-03-17",
		want: []string{"Wednesday 3 March|2021-03-03", "The previous Friday|2021-02-26"}},
	{name: "a condition's deadline is ahead", in: "The union will strike if the ban was not lifted by mid-November.", ref: "2023-10-10",
		want: []string{"mid-November|2023-11|mod=MID"}},
	{name: "an -ed word after to and a verb describes a noun", in: "Pharmacies are asked to return affected stock by 30 June.", ref: "2025-06-02",
		want: []string{"30 June|2025-06-30"}},
	{name: "a name before a past verb keeps it past", in: "The ambassador to Venezuela said on Tuesday that Iraq would retaliate.", ref: "1990-08-15",
		want: []string{"Tuesday|1990-08-14"}},
	{name: "a weekday that owns something has passed", in: "The offer is a 24% premium over Thursday's closing price.", ref: "1989-11-01",
		want: []string{"Thursday|1989-10-26"}},
	{name: "a sentence's year without 29 February does not hold it", in: "In 2023 the office opened on 29 February.", ref: "2025-01-14",
		want: []string{"2023|2023", "29 February|2024-02-29"}},
	{name: "a written day that does not exist keeps its month", in: "The deal was signed on 29 February 2023.", ref: "2025-01-14",
		want: []string{"29 February 2023|2023-02"}},
	{name: "a year-less range ends on the first 29 February after its start", in: "The fair runs from 1-29 February.", ref: "2026-11-27",
		want: []string{"1|2027-02-01|end=2028-02-29", "29 February|2028-02-29"}},
	{name: "a past year dates a past clause", in: "The 2015 nuclear deal was signed in July.", ref: "2025-01-14",
		want: []string{"2015|2015", "July|2015-07"}},
	{name: "christmas future", in: "The truce will hold over Christmas.", ref: "2019-12-21",
		want: []string{"Christmas|2019-12-25"}},
	{name: "christmas eve future", in: "Prisoners will be freed on Christmas Eve.", ref: "2019-12-21",
		want: []string{"Christmas Eve|2019-12-24"}},
	{name: "christmas and new year", in: "The rebels will halt operations over Christmas and New Year, from 23 December to 7 January.", ref: "2019-12-21",
		want: []string{"Christmas|2019-12-25", "New Year|2020-01-01", "23 December|2019-12-23|end=2020-01-07", "7 January|2020-01-07"}},
	{name: "boxing day past", in: "Harbridge won on Boxing Day.", ref: "2024-12-27",
		want: []string{"Boxing Day|2024-12-26"}},
	{name: "new year's day future", in: "The team will travel on New Year's Day.", ref: "2024-12-27",
		want: []string{"New Year's Day|2025-01-01"}},
	{name: "easter monday", in: "Shareholders will vote after Easter Monday.", ref: "2025-04-19",
		want: []string{"Easter Monday|2025-04-21"}},
	{name: "presidents day", in: "The court is closed on Presidents Day, a clerk said.", ref: "2025-02-13",
		want: []string{"Presidents Day|2025-02-17"}},
	{name: "presidents day as modifier", in: "The hearing is set for after the Presidents Day holiday.", ref: "2025-02-13",
		want: []string{"Presidents Day|2025-02-17"}},
	{name: "day of the dead", in: "The museum will reopen for the Day of the Dead.", ref: "2021-06-13",
		want: []string{"the Day of the Dead|2021-11-02"}},

	// Ranges.
	{name: "range shared month", in: "The summit will run from 13 to 15 January.",
		want: []string{"13|2025-01-13|end=2025-01-15", "15 January|2025-01-15"}},
	{name: "range hyphen after month", in: "The board will hold hearings on March 4-6.", ref: "2025-02-13",
		want: []string{"March 4|2025-03-04|end=2025-03-06", "6|2025-03-06"}},
	{name: "range across months", in: "The president will visit from 30 May to 2 June, officials said.", ref: "2018-05-09",
		want: []string{"30 May|2018-05-30|end=2018-06-02", "2 June|2018-06-02"}},
	{name: "day month before sentence end", in: "The president will visit from 30 May to 2 June.", ref: "2018-05-09",
		want: []string{"30 May|2018-05-30|end=2018-06-02", "2 June|2018-06-02"}},
	{name: "coordinated days of a month", in: "The ministers will meet in Oslo on 6 and 7 May.", ref: "2026-03-02",
		want: []string{"6|2026-05-06", "7 May|2026-05-07"}},
	{name: "range across year", in: "A truce will hold from 23 December to 7 January.", ref: "2019-12-21",
		want: []string{"23 December|2019-12-23|end=2020-01-07", "7 January|2020-01-07"}},
	{name: "range between and", in: "Talks will resume in Rome between 14 and 17 January.", ref: "2019-12-21",
		want: []string{"14|2020-01-14|end=2020-01-17", "17 January|2020-01-17"}},
	{name: "range future november", in: "The campaign will run from 6 to 11 November.", ref: "2023-10-24",
		want: []string{"6|2023-11-06|end=2023-11-11", "11 November|2023-11-11"}},

	// Anaphora: counted from an earlier date of the text.
	{name: "a week later", in: "Gunmen attacked the town on 17 March 2019. A week later, the army withdrew.", ref: "2020-02-17",
		want: []string{"17 March 2019|2019-03-17", "A week later|2019-03-24"}},
	{name: "days later", in: "The satellite was launched on 18 June, and it reached orbit five days later.", ref: "2025-09-12",
		want: []string{"18 June|2025-06-18", "five days later|2025-06-23"}},
	{name: "the following day", in: "The president will arrive on 31 May and will meet the premier the following day.", ref: "2018-05-09",
		want: []string{"31 May|2018-05-31", "the following day|2018-06-01"}},
	{name: "the previous day", in: "The tanker was seized on 3 November. A patrol had spotted it the previous day.", ref: "2018-11-06",
		want: []string{"3 November|2018-11-03", "the previous day|2018-11-02"}},
	{name: "the day before", in: "Police arrested him on 3 November. The day before, he had fled.", ref: "2018-11-06",
		want: []string{"3 November|2018-11-03", "The day before|2018-11-02"}},
	{name: "that year", in: "The museum opened in 1931. The artist died that year.", ref: "2021-06-13",
		want: []string{"1931|1931", "that year|1931"}},
	{name: "month of that year", in: "The pact was drafted in 2019 and ratified in November of that year.", ref: "2021-06-13",
		want: []string{"2019|2019", "November of that year|2019-11"}},
	{name: "the same month", in: "The mayor resigned in January. The council collapsed the same month.", ref: "2020-02-17",
		want: []string{"January|2020-01", "the same month|2020-01"}},
	{name: "a year earlier keeps grain", in: "Revenue rose 34% in the first half of 2023 from a year earlier.", ref: "2023-08-02",
		want: []string{"the first half of 2023|2023-H1", "a year earlier|2022-H1"}},

	// Clock times.
	{name: "clock pm", in: "The meeting will start at 3 p.m. in Geneva.",
		want: []string{"3 p.m.|2025-01-10T15:00|type=TIME"}},
	{name: "clock before its day", in: "Harbridge host Whitcliffe at 3 p.m. on Sunday.", ref: "2024-12-27",
		want: []string{"3 p.m.|2024-12-29T15:00|type=TIME", "Sunday|2024-12-29"}},
	{name: "clock after its day", in: "A hearing is set for Tuesday at 9:30 a.m. in Phoenix.", ref: "2025-02-13",
		want: []string{"Tuesday|2025-02-18", "9:30 a.m.|2025-02-18T09:30|type=TIME"}},
	{name: "clock with zone", in: "The rocket lifted off on Thursday at 14:30 GMT.", ref: "2025-09-12",
		want: []string{"Thursday|2025-09-11", "14:30 GMT|2025-09-11T14:30Z|type=TIME"}},
	{name: "a half of a match is no half of a year", in: "Okafor scored twice in the second half on Saturday. Profits rose in the second half.", ref: "2025-02-23",
		want: []string{"Saturday|2025-02-22", "the second half|2024-H2"}},
	{name: "an asteroid's name holds no year", in: "The asteroid 2013 VR4 will pass on Monday; in 2020 EU27 leaders met.", ref: "2024-04-10",
		want: []string{"Monday|2024-04-15", "2020|2020"}},
	{name: "clock in a North American zone named alone", in: "The trouble began at 5:12 a.m. ET, and Smith et al. wrote at 9 a.m.", ref: "2024-11-23",
		want: []string{"5:12 a.m. ET|2024-11-23T05:12|type=TIME", "9 a.m.|2024-11-23T09:00|type=TIME"}},
	{name: "clock in UTC", in: "Polls close at 14:00 GMT on 3 May 2024.", ref: "2024-05-01",
		want: []string{"14:00 GMT|2024-05-03T14:00Z|type=TIME", "3 May 2024|2024-05-03"}},
	{name: "four-digit clock in UTC", in: "The quake struck at 0737 UTC on Tuesday.", ref: "2013-07-03",
		want: []string{"0737 UTC|2013-07-02T07:37Z|type=TIME", "Tuesday|2013-07-02"}},
	{name: "clock in another zone", in: "The plane landed at 20:09 IST on Friday.", ref: "2011-11-12",
		want: []string{"20:09 IST|2011-11-11T20:09|type=TIME", "Friday|2011-11-11"}},
	{name: "clock in a zone named by a place", in: "The ferry left at 6:40 p.m. Lisbon time on Friday.", ref: "2011-11-12",
		want: []string{"6:40 p.m. Lisbon time|2011-11-11T18:40|type=TIME", "Friday|2011-11-11"}},
	{name: "clock before its day after another day", in: "The pump failed at 22:10 on 8 May, and the tank exploded at 01:15 on 9 May.", ref: "2011-11-12",
		want: []string{"22:10|2011-05-08T22:10|type=TIME", "8 May|2011-05-08", "01:15|2011-05-09T01:15|type=TIME", "9 May|2011-05-09"}},
	{name: "clock then a capitalised word on the next line", in: "Published: March 12, 2013 02:03\nEdited time: March 13, 2013 02:15", ref: "2013-03-13",
		want: []string{"March 12, 2013 02:03|2013-03-12T02:03|type=TIME", "March 13, 2013 02:15|2013-03-13T02:15|type=TIME"}},
	{name: "an hour after a clock time", in: "The polls closed at 20:00 GMT on 3 May 2024. An hour later, the first results came in, and 30 minutes later the count stopped.", ref: "2024-05-04",
		want: []string{"20:00 GMT|2024-05-03T20:00Z|type=TIME", "3 May 2024|2024-05-03", "An hour later|2024-05-03T21:00Z|type=TIME", "30 minutes later|2024-05-03T21:30Z|type=TIME"}},
	{name: "clock approx", in: "Gunmen attacked the camp on Sunday at about 5 a.m. local time.", ref: "2020-02-17",
		want: []string{"Sunday|2020-02-16", "about 5 a.m.|2020-02-16T05:00|type=TIME|mod=APPROX"}},
	{name: "tonight and clock", in: "A curfew will start tonight at 20:00 GMT.", ref: "2020-02-17",
		want: []string{"tonight|2020-02-17TNI|type=TIME", "20:00 GMT|2020-02-17T20:00Z|type=TIME"}},
	{name: "next weekday with clock and range", in: "The board will hold a special meeting next Thursday at 6 p.m. and public hearings on March 4-6 to review every contract.", ref: "2025-02-13",
		want: []string{"next Thursday|2025-02-20", "6 p.m.|2025-02-20T18:00|type=TIME", "March 4|2025-03-04|end=2025-03-06", "6|2025-03-06"}},
	{name: "weekday with approx clock", in: "The typhoon made landfall on Sunday at about 7 p.m., leaving two people dead.", ref: "2022-09-19",
		want: []string{"Sunday|2022-09-18", "about 7 p.m.|2022-09-18T19:00|type=TIME|mod=APPROX"}},
	{name: "clock noon", in: "The talks will resume at noon.",
		want: []string{"noon|2025-01-10T12:00|type=TIME"}},
	{name: "clock before day month", in: "The cable stopped at 03:17 local time on 26 February.", ref: "2026-03-02",
		want: []string{"03:17|2026-02-26T03:17|type=TIME", "26 February|2026-02-26"}},
}

func TestTagResolve(t *testing.T) {
	runTagCases(t, resolveCases)
}

// articleWant lists every expression of the example article, in text
// order, with the values of shared/seed/iran-russia.expected.md for the
// reference 2025-01-10. "Fath-360", "a range of 120 km" and "four
// companies" give nothing.
var articleWant = []string{
	"17 January|2025-01-17",     // "the visit would take place on 17 January"
	"17 January|2025-01-17",     // "On 17 January, ... will visit Moscow"
	"17 January|2025-01-17",     // "‘On 17 January, Vladimir Putin will hold talks"
	"October last year|2024-10", // "were planning to sign ... in October last year"
	"13 January|2025-01-13",     // "is due to take place in Geneva on 13 January"
	"recent years|PAST_REF",     // "in recent years"
	"Last July|2024-07",         // "Last July, ... published an article"
	"May last year|2024-05",     // "Also in May last year, the EU Council decided"
	"13 April|2024-04-13",       // "after Iran's attacks on Israel on 13 April"
	"April 2024|2024-04",        // "In April 2024, the United States and Britain imposed"
	"May|2024-05",               // "In May, the media reported"
	"a few weeks|FUTURE_REF",    // "in a few weeks"
}

func readArticle(tb testing.TB) []byte {
	tb.Helper()
	src, err := os.ReadFile(articlePath)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

func TestTagArticle(t *testing.T) {
	src := readArticle(t)
	res := parse.Tag(src, parse.Options{Ref: mustDate(t, "2025-01-10"), Now: fixedNow})
	got := describeAll(res)
	if !slices.Equal(got, articleWant) {
		t.Errorf("Tag(iran-russia.txt) with ref 2025-01-10\ngot:  %q\nwant: %q", got, articleWant)
	}
	for _, x := range res.Timexes {
		if x.Text != string(src[x.Start:x.End]) {
			t.Errorf("timex %q: Text differs from src[%d:%d] = %q", x.Text, x.Start, x.End, src[x.Start:x.End])
		}
	}
	if len(res.Warnings) != 0 {
		t.Errorf("unexpected warnings:\n%v", res.Warnings)
	}
}

// TestTagArticleInferredRef checks the article without a reference date:
// expected.md says the inferred reference lies after "April 2024" and
// before "13 January" 2025, and every value comes out as with 2025-01-10.
func TestTagArticleInferredRef(t *testing.T) {
	src := readArticle(t)
	res := parse.Tag(src, parse.Options{Now: fixedNow})
	if res.RefSource != "inferred" {
		t.Errorf("RefSource = %q (%s), want %q", res.RefSource, res.RefReason, "inferred")
	}
	lo, hi := mustDate(t, "2024-04-30"), mustDate(t, "2025-01-13")
	if !res.Ref.After(lo) || !res.Ref.Before(hi) {
		t.Errorf("Ref = %s, want after %s and before %s", res.Ref.Format(time.DateOnly), lo.Format(time.DateOnly), hi.Format(time.DateOnly))
	}
	got := describeAll(res)
	if !slices.Equal(got, articleWant) {
		t.Errorf("Tag(iran-russia.txt) with inferred ref %s\ngot:  %q\nwant: %q", res.Ref.Format(time.DateOnly), got, articleWant)
	}
}

// TestTagArticleTense checks the tense that decides each year-less value
// of the article, as expected.md states it.
func TestTagArticleTense(t *testing.T) {
	src := readArticle(t)
	res := parse.Tag(src, parse.Options{Ref: mustDate(t, "2025-01-10"), Now: fixedNow})
	cases := []struct {
		text string
		want parse.Tense
		skip string
	}{
		{text: "17 January", want: parse.Future},
		{text: "13 January", want: parse.Future},
		{text: "13 April", want: parse.Past,
			skip: "known: \"13 April\" (\"the EU Council decided ... after Iran's attacks on Israel on 13 April\") gets tense unknown; its value comes from the sentence year"},
		{text: "May", want: parse.Past},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			if tc.skip != "" && !*runKnown {
				t.Skip(tc.skip)
			}
			n := 0
			for _, x := range res.Timexes {
				if x.Text != tc.text {
					continue
				}
				n++
				if x.Tense != tc.want {
					t.Errorf("%q at %d: Tense = %v, want %v", x.Text, x.Start, x.Tense, tc.want)
				}
			}
			if n == 0 {
				t.Errorf("no timex %q in the article", tc.text)
			}
		})
	}
}

// TestTagReference checks the reference bookkeeping of Result.
func TestTagReference(t *testing.T) {
	ref := time.Date(2025, 1, 10, 15, 4, 5, 0, time.UTC)
	res := parse.Tag([]byte("It rained yesterday."), parse.Options{Ref: ref, RefSource: "flag", Now: fixedNow})
	if got, want := res.Ref.Format(time.DateOnly), "2025-01-10"; got != want {
		t.Errorf("Ref = %s, want %s", got, want)
	}
	if res.RefSource != "flag" {
		t.Errorf("RefSource = %q, want %q", res.RefSource, "flag")
	}

	// Nothing bounds the date: the fallback is Now, marked by RefSource
	// alone; the caller reports it, so a warning would say it twice.
	res = parse.Tag([]byte("Nothing here."), parse.Options{Now: fixedNow, File: "x.txt"})
	if got, want := res.Ref.Format(time.DateOnly), fixedNow.Format(time.DateOnly); got != want {
		t.Errorf("fallback Ref = %s, want %s", got, want)
	}
	if res.RefSource != "default" || len(res.Warnings) != 0 {
		t.Errorf("fallback: RefSource = %q, warnings %v; want %q and none", res.RefSource, res.Warnings, "default")
	}

	// A dateline fixes the reference.
	res = parse.Tag([]byte("LILONGWE, 24 October 2023 (Meridian Wire) – Health officials said on Tuesday..."), parse.Options{Now: fixedNow})
	if got, want := res.Ref.Format(time.DateOnly), "2023-10-24"; got != want || res.RefSource != "dateline" {
		t.Errorf("dateline: Ref = %s from %q, want %s from %q", got, res.RefSource, want, "dateline")
	}
}

// TestTagYearlessDateline checks a dateline without a year: when nothing
// else dates the text, it keeps its month and day and takes the year of
// the fallback reference or of the one inferred from the text (the one
// of that year and its neighbours closest to it), or else the last year
// by today's date. It checks the fallback reference too.
func TestTagYearlessDateline(t *testing.T) {
	tests := []struct {
		name, in   string
		ref        time.Time // given reference, if any
		fallback   time.Time // weaker reference, if any
		want       string
		wantSource string
		wantWarn   bool
	}{
		{name: "agency dateline, year inferred",
			in:   "WASHINGTON, Feb 14 (Reuters) - The U.S. Senate on Tuesday passed a $95 billion aid bill. The House voted on Jan. 30, 2024 to advance a related bill. A final vote is expected on Feb. 28.",
			want: "2024-02-14", wantSource: "dateline"},
		{name: "day first",
			in:   "NAIROBI, 3 March (Wire) – Kenya's central bank said on Monday it had cut its main rate, after inflation fell to 4.4 percent in January 2025. Its next meeting is on April 8.",
			want: "2025-03-03", wantSource: "dateline"},
		{name: "the year before the inferred one",
			in:   "BERLIN, Dec 30 (Wire) - The government said it would present the budget on Jan. 8, 2025.",
			want: "2024-12-30", wantSource: "dateline"},
		{name: "29 February in the nearest leap year",
			in:   "LONDON, Feb 29 - Britain said it would publish the report on March 20, 2025.",
			want: "2024-02-29", wantSource: "dateline"},
		{name: "nothing else: the last such day by today",
			in:   "LONDON, March 3 - British inflation fell in January, data showed on Wednesday.",
			want: "2030-03-03", wantSource: "dateline", wantWarn: true},
		{name: "a day not yet come this year is last year's",
			in:   "LONDON, Dec 3 - British inflation fell in October, data showed on Wednesday.",
			want: "2029-12-03", wantSource: "dateline", wantWarn: true},
		{name: "a full dateline wins",
			in:   "MOSCOW, 17 January 2025 — Putin and Pezeshkian signed a treaty on Friday.",
			want: "2025-01-17", wantSource: "dateline"},
		{name: "a given reference wins",
			in:  "WASHINGTON, Feb 14 (Reuters) - The Senate passed the bill on Tuesday.",
			ref: time.Date(2023, 2, 14, 0, 0, 0, 0, time.UTC), want: "2023-02-14", wantSource: "flag"},
		{name: "the fallback's year",
			in:       "WASHINGTON, Dec 30 (Reuters) - The Senate passed the bill on Tuesday.",
			fallback: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), want: "2024-12-30", wantSource: "dateline"},
		{name: "a full dateline beats the fallback",
			in:       "MOSCOW, 17 January 2025 — Putin and Pezeshkian signed a treaty on Friday.",
			fallback: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), want: "2025-01-17", wantSource: "dateline"},
		{name: "the fallback beats inference",
			in:       "The Senate passed the bill on Feb 14. The House voted on Jan. 30, 2024 to advance it.",
			fallback: time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC), want: "2024-02-20", wantSource: "page"},
		{name: "a line that begins with a day is not a dateline",
			in:   "March 3 - British inflation fell in January, data showed on Wednesday.",
			want: "2030-06-15", wantSource: "default"},
		{name: "a year-less day in running text is not a dateline",
			in:   "The Senate passed the bill on Feb 14. The House voted on Jan. 30, 2024 to advance it.",
			want: "2024-02-22", wantSource: "inferred"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := parse.Options{Now: fixedNow, File: "x.txt", Ref: tc.ref, Fallback: tc.fallback}
			if !tc.ref.IsZero() {
				opts.RefSource = "flag"
			}
			if !tc.fallback.IsZero() {
				opts.FallbackSource, opts.FallbackReason = "page", "the page's article:modified_time meta tag"
			}
			res := parse.Tag([]byte(tc.in), opts)
			if got := res.Ref.Format(time.DateOnly); got != tc.want || res.RefSource != tc.wantSource {
				t.Errorf("got  %s from %s (%s)\nwant %s from %s", got, res.RefSource, res.RefReason, tc.want, tc.wantSource)
			}
			if (len(res.Warnings) > 0) != tc.wantWarn {
				t.Errorf("warnings %v, want some: %v", res.Warnings, tc.wantWarn)
			}
			if tc.wantSource == "dateline" && (res.Dateline < 0 || res.Timexes[res.Dateline].Value != tc.want) {
				t.Errorf("the dateline's timex is not marked, or not read as the reference: %d", res.Dateline)
			}
		})
	}
}

// TestTagNumericOrder checks how the day/month order of numeric dates is
// chosen: from the document's unambiguous dates, from the option, or day
// first with a warning.
func TestTagNumericOrder(t *testing.T) {
	cases := []struct {
		name, in     string
		order        parse.DateOrder
		want         []string
		wantWarnings int
	}{
		{name: "ambiguous alone reads day first with a warning", in: "The audit is dated 9/12/2024 in the file.",
			want: []string{"9/12/2024|2024-12-09"}, wantWarnings: 1},
		{name: "option month first", in: "The audit is dated 9/12/2024 in the file.", order: parse.OrderMDY,
			want: []string{"9/12/2024|2024-09-12"}},
		{name: "option day first", in: "The audit is dated 9/12/2024 in the file.", order: parse.OrderDMY,
			want: []string{"9/12/2024|2024-12-09"}},
		{name: "settled by a us date", in: "It is dated 9/12/2024 and 9/30/2024 in the file.",
			want: []string{"9/12/2024|2024-09-12", "9/30/2024|2024-09-30"}},
		{name: "settled by a european date", in: "It is dated 9/12/2024 and 30/9/2024 in the file.",
			want: []string{"9/12/2024|2024-12-09", "30/9/2024|2024-09-30"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := parse.Tag([]byte(tc.in), parse.Options{Ref: mustDate(t, "2025-02-13"), Now: fixedNow, Order: tc.order})
			if got := describeAll(res); !slices.Equal(got, tc.want) {
				t.Errorf("Tag(%q)\ngot:  %q\nwant: %q", tc.in, got, tc.want)
			}
			if len(res.Warnings) != tc.wantWarnings {
				t.Errorf("Tag(%q): %d warnings, want %d:\n%v", tc.in, len(res.Warnings), tc.wantWarnings, res.Warnings)
			}
		})
	}
}

// TestTagNarrative checks narrative anchoring (DESIGN.md section 3): when
// most explicit years lie far from the reference, a year-less month takes
// the year of the last fully specified date before it.
func TestTagNarrative(t *testing.T) {
	const in = "The war began in 1939. France fell in 1940. In 1941 the army crossed the border. In March it reached the river."
	cases := []struct {
		name       string
		anchor     parse.AnchorMode
		wantAnchor parse.AnchorMode
		want       []string
		skip       string
	}{
		{name: "auto chooses narrative", anchor: parse.AnchorAuto, wantAnchor: parse.AnchorNarrative,
			want: []string{"1939|1939", "1940|1940", "1941|1941", "March|1941-03"}},
		{name: "option forces narrative", anchor: parse.AnchorNarrative, wantAnchor: parse.AnchorNarrative,
			want: []string{"1939|1939", "1940|1940", "1941|1941", "March|1941-03"}},
		{name: "option forces news", anchor: parse.AnchorNews, wantAnchor: parse.AnchorNews,
			want: []string{"1939|1939", "1940|1940", "1941|1941", "March|2024-03"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.skip != "" && !*runKnown {
				t.Skip(tc.skip)
			}
			res := parse.Tag([]byte(in), parse.Options{Ref: mustDate(t, "2025-01-10"), Now: fixedNow, Anchor: tc.anchor})
			if res.Anchor != tc.wantAnchor {
				t.Errorf("Anchor = %v (%s), want %v", res.Anchor, res.AnchorReason, tc.wantAnchor)
			}
			if got := describeAll(res); !slices.Equal(got, tc.want) {
				t.Errorf("Tag(%q)\ngot:  %q\nwant: %q", in, got, tc.want)
			}
		})
	}
}

// TestNarrativeWithoutReference checks that a history text with no
// publication date is read against its own dates.
func TestNarrativeWithoutReference(t *testing.T) {
	src := []byte("In 1943 the army planned an offensive. On 5 July it began, and by 23 August the city was retaken. In the spring of 1944 troops reached the border. In June the Allies landed. The war ended on 8 May 1945.")
	res := parse.Tag(src, parse.Options{})
	if res.Anchor != parse.AnchorNarrative {
		t.Fatalf("Anchor = %v (%s), want narrative", res.Anchor, res.AnchorReason)
	}
	var got []string
	for _, x := range res.Timexes {
		got = append(got, x.Text+"|"+x.Value)
	}
	want := []string{"1943|1943", "5 July|1943-07-05", "23 August|1943-08-23", "the spring of 1944|1944-SP", "June|1944-06", "8 May 1945|1945-05-08"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
