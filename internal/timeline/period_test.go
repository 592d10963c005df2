package timeline

import (
	"fmt"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in          string
		first, last string // "" when the value is not read
		display     string
	}{
		{"2025-01-17", "2025-01-17", "2025-01-17", "17 January 2025"},
		{"2025-01-17T14:30", "2025-01-17", "2025-01-17", "17 January 2025, 14:30"},
		{"2025-01-17TMO", "2025-01-17", "2025-01-17", "17 January 2025, morning"},
		{"2024-02", "2024-02-01", "2024-02-29", "February 2024"},
		{"2024", "2024-01-01", "2024-12-31", "2024"},
		{"2024-Q3", "2024-07-01", "2024-09-30", "Q3 2024"},
		{"2024-H2", "2024-07-01", "2024-12-31", "second half of 2024"},
		{"2024-H1", "2024-01-01", "2024-06-30", "first half of 2024"},
		{"2024-SU", "2024-06-01", "2024-08-31", "summer 2024"},
		{"2024-WI", "2024-12-01", "2025-02-28", "winter 2024"},
		{"2025-W02", "2025-01-06", "2025-01-12", "week 2 of 2025"},
		{"2025-W02-WE", "2025-01-11", "2025-01-12", "weekend of week 2 of 2025"},
		{"2020-W53", "2020-12-28", "2021-01-03", "week 53 of 2020"},
		{"2021-W53", "", "", "2021-W53"}, // 2021 has 52 ISO weeks
		{"202", "2020-01-01", "2029-12-31", "the 2020s"},
		{"20", "2000-01-01", "2099-12-31", "the 21st century"},
		{"2025-02-29", "", "", "2025-02-29"},
		{"2024-13", "", "", "2024-13"},
		{"2024-Q5", "", "", "2024-Q5"},
		{"2024-XX", "", "", "2024-XX"},
		{"P3Y", "", "", "P3Y"},
		{"PAST_REF", "", "", "PAST_REF"},
		{"", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			p, ok := ParsePeriod(tc.in)
			if tc.first == "" {
				if ok {
					t.Errorf("ParsePeriod(%q) = %v, want not ok", tc.in, p)
				}
			} else {
				got := fmt.Sprintf("%s..%s", p.First.Format("2006-01-02"), p.Last().Format("2006-01-02"))
				if want := tc.first + ".." + tc.last; !ok || got != want {
					t.Errorf("ParsePeriod(%q)\ngot  %s %v\nwant %s", tc.in, got, ok, want)
				}
			}
			if got := DisplayDate(tc.in); got != tc.display {
				t.Errorf("DisplayDate(%q)\ngot  %q\nwant %q", tc.in, got, tc.display)
			}
		})
	}
}

func TestEventPeriod(t *testing.T) {
	tests := []struct {
		date, end   string
		first, last string
		display     string
	}{
		{"2025-03-03", "2025-03-07", "2025-03-03", "2025-03-07", "3 March 2025 – 7 March 2025"},
		{"2024-05", "2024-07", "2024-05-01", "2024-07-31", "May 2024 – July 2024"},
		{"2024", "2025-Q1", "2024-01-01", "2025-03-31", "2024 – Q1 2025"},
		{"2025-03-07", "2025-03-03", "2025-03-07", "2025-03-07", "7 March 2025 – 3 March 2025"}, // an end before the start is ignored
		{"2025-03-07", "FUTURE_REF", "2025-03-07", "2025-03-07", "7 March 2025 – FUTURE_REF"},
	}
	for _, tc := range tests {
		e := Event{Date: tc.date, EndDate: tc.end}
		p, ok := e.Period()
		got := fmt.Sprintf("%s..%s", p.First.Format("2006-01-02"), p.Last().Format("2006-01-02"))
		if want := tc.first + ".." + tc.last; !ok || got != want {
			t.Errorf("%s/%s: got %s %v, want %s", tc.date, tc.end, got, ok, want)
		}
		if got := DisplayRange(e); got != tc.display {
			t.Errorf("DisplayRange(%s/%s)\ngot  %q\nwant %q", tc.date, tc.end, got, tc.display)
		}
	}
	if _, ok := (Event{Date: "PRESENT_REF"}).Period(); ok {
		t.Error("PRESENT_REF has a period")
	}
}

func ExampleParsePeriod() {
	p, _ := ParsePeriod("2024-Q3")
	fmt.Println(p.First.Format("2006-01-02"), p.Last().Format("2006-01-02"))
	// Output: 2024-07-01 2024-09-30
}
