package event

import "testing"

func TestSportText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The club signed a striker. The league fined the club.", true},
		{"The Olympic champion won two medals; athletes protested.", true},
		{"The company's board rejected the bid. Shares rose.", false},
		// two words of sport are not enough
		{"The club will vote on the bid next season.", false},
	} {
		if got := SportText(tc.text); got != tc.want {
			t.Errorf("SportText(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
