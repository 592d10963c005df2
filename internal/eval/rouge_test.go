package eval

import (
	"math"
	"testing"
)

func TestRougeL(t *testing.T) {
	tests := []struct {
		ref, cand string
		want      float64
	}{
		{"Putin visits Tehran", "Putin visits Tehran", 1},
		{"Putin visits Tehran", "putin VISITS tehran.", 1},
		{"", "", 1},
		{"Putin visits Tehran", "", 0},
		{"Putin visits Tehran", "Macron flies home", 0},
		// LCS "putin tehran" = 2 of 3 and 2 of 4: P 0.5, R 0.667.
		{"Putin visits Tehran", "Putin arrives in Tehran", 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3)},
		// Order matters: reversed words share one word in order.
		{"a b c", "c b a", 1.0 / 3},
		{"a b c", "c b a b c", 2 * 0.6 * 1 / (0.6 + 1)},
	}
	for _, tc := range tests {
		if got := RougeL(tc.ref, tc.cand); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("RougeL(%q, %q) = %v, want %v", tc.ref, tc.cand, got, tc.want)
		}
	}
}
