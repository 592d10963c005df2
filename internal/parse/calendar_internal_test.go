package parse

import "testing"

func TestShiftPart(t *testing.T) {
	tests := []struct{ y, i, n, off, wantY, wantI int }{
		{2024, 2, 4, 0, 2024, 2},
		{2024, 2, 4, 2, 2025, 0},  // Q3 + 2 is Q1 of the next year
		{2024, 0, 4, -1, 2023, 3}, // Q1 - 1 is Q4 of the year before
		{2024, 1, 4, -9, 2022, 0}, // Q2 - 9 quarters is Q1 two years and a quarter back
		{2024, 0, 2, -1, 2023, 1}, // H1 - 1 is H2 of the year before
		{2024, 1, 2, 3, 2026, 0},
	}
	for _, tc := range tests {
		if y, i := shiftPart(tc.y, tc.i, tc.n, tc.off); y != tc.wantY || i != tc.wantI {
			t.Errorf("shiftPart(%d, %d, %d, %d) = %d, %d; want %d, %d", tc.y, tc.i, tc.n, tc.off, y, i, tc.wantY, tc.wantI)
		}
	}
}
