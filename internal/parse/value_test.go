package parse

import (
	"testing"
	"time"
)

func TestInterval(t *testing.T) {
	tests := []struct {
		value      string
		begin, end string // YYYY-MM-DD or YYYY-MM-DDTHH:MM
		prec       Precision
	}{
		{"19", "1900-01-01", "2000-01-01", Century},
		{"199", "1990-01-01", "2000-01-01", Decade},
		{"2024", "2024-01-01", "2025-01-01", Year},
		{"2023-H1", "2023-01-01", "2023-07-01", Half},
		{"2023-H2", "2023-07-01", "2024-01-01", Half},
		{"2024-Q3", "2024-07-01", "2024-10-01", Quarter},
		{"2024-SU", "2024-06-01", "2024-09-01", Season},
		{"2024-WI", "2024-12-01", "2025-03-01", Season},
		{"2024-05", "2024-05-01", "2024-06-01", Month},
		{"2024-12", "2024-12-01", "2025-01-01", Month},
		{"2025-W02", "2025-01-06", "2025-01-13", Week},
		{"2020-W53", "2020-12-28", "2021-01-04", Week},
		{"2025-W02-WE", "2025-01-11", "2025-01-13", Week},
		{"2024-02-29", "2024-02-29", "2024-03-01", Day},
		{"2024-05-13TMO", "2024-05-13", "2024-05-14", PartOfDay},
		{"2024-05-13T14:30", "2024-05-13T14:30", "2024-05-13T14:31", Minute},
		{"2024-05-13T14:30Z", "2024-05-13T14:30", "2024-05-13T14:31", Minute},
		{"2024-05-13T09", "2024-05-13T09:00", "2024-05-13T10:00", Hour},
	}
	parse := func(s string) time.Time {
		layout := "2006-01-02"
		if len(s) > 10 {
			layout = "2006-01-02T15:04"
		}
		v, err := time.Parse(layout, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range tests {
		b, e, p, err := Interval(tc.value)
		if err != nil {
			t.Errorf("Interval(%q): %v", tc.value, err)
			continue
		}
		if !b.Equal(parse(tc.begin)) || !e.Equal(parse(tc.end)) || p != tc.prec {
			t.Errorf("Interval(%q) = %v, %v, %v; want %s, %s, %v", tc.value, b, e, p, tc.begin, tc.end, tc.prec)
		}
	}
	for _, bad := range []string{"", "2", "20X4", "2024-", "2024-13", "2023-02-29", "2024-Q5", "2024-H3", "2021-W53",
		"XXXX-05", "P3Y", "PAST_REF", "2024-05-13T25", "2024-05-13T10:60", "2024-05-13X", "2024-SX", "2024-05-1"} {
		if _, _, _, err := Interval(bad); err == nil {
			t.Errorf("Interval(%q) gave no error", bad)
		}
	}
}

// FuzzInterval checks that Interval never panics and that what it accepts
// is a non-empty period.
func FuzzInterval(f *testing.F) {
	for _, s := range []string{"2024", "2024-05-13T14:30", "2025-W02-WE", "199", "2024-SU", "2024-Q3", "XXXX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, e, _, err := Interval(s)
		if err == nil && !b.Before(e) {
			t.Fatalf("Interval(%q) = [%v, %v): empty", s, b, e)
		}
	})
}

// TestIntervalOfTag checks that every calendar value Tag gives reads back
// to the period it began.
func TestIntervalOfTag(t *testing.T) {
	text := []byte("Talks were held on 13 January 2025 at 14:30 and this morning. In the summer of 2024, in the third quarter, " +
		"in the first half of 2023, in the 1990s, last week, last weekend, in the 19th century, in May and on Friday evening.")
	res := Tag(text, Options{Ref: time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC)})
	n := 0
	for _, x := range res.Timexes {
		if !x.Dated() {
			continue
		}
		n++
		b, _, p, err := Interval(x.Value)
		if err != nil {
			t.Errorf("%q = %s: %v", x.Text, x.Value, err)
			continue
		}
		if !b.Equal(x.Begin) || p != x.Precision {
			t.Errorf("%q = %s: Interval begins %v (%v), Tag %v (%v)", x.Text, x.Value, b, p, x.Begin, x.Precision)
		}
	}
	if n < 10 {
		t.Errorf("only %d dated expressions", n)
	}
}
