package timeline

import (
	"testing"
)

func TestRefTally(t *testing.T) {
	var got RefTally
	for i := 0; i < 2690; i++ {
		got.Add("record")
	}
	for _, s := range []string{"flag", "url", "page", "dateline", "inferred", "inferred", "default"} {
		got.Add(s)
	}
	want := RefTally{Given: 2691, Found: 3, Inferred: 2, Default: 1}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if got, want := got.String(), "references: 2,691 given, 3 found, 2 inferred, 1 defaulted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {1234567, "1,234,567"}, {-12345, "-12,345"}} {
		if got := thousands(tc.n); got != tc.want {
			t.Errorf("thousands(%d): got %q, want %q", tc.n, got, tc.want)
		}
	}
}

// TestRefRangeWide checks when an inferred reference leaves more than a
// year of room.
func TestRefRangeWide(t *testing.T) {
	tests := []struct {
		name string
		in   RefRange
		want bool
	}{
		{"months", RefRange{Earliest: "2024-04-01", Latest: "2025-01-12"}, false},
		{"exactly a year", RefRange{Earliest: "2024-02-29", Latest: "2025-03-01"}, false},
		{"a year and a day", RefRange{Earliest: "2024-01-01", Latest: "2025-01-02"}, true},
		{"decades", RefRange{Earliest: "1998-01-01", Latest: "2026-12-07"}, true},
		{"open below", RefRange{Latest: "2025-03-19"}, true},
		{"open above", RefRange{Earliest: "2025-03-19"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in.Wide(); got != tc.want {
				t.Errorf("%+v.Wide()\ngot:  %v\nwant: %v", tc.in, got, tc.want)
			}
		})
	}
}
