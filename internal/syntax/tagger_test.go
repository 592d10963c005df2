package syntax

import (
	"slices"
	"testing"
)

// TestTagFeatureSplit checks that tagLocal, tagPairs, tagTags and the
// neighbours' features in their roles together give the features of
// tagFeatures, at every position of a sentence.
func TestTagFeatureSplit(t *testing.T) {
	words := []string{"Moscow", "said", "on", "Tuesday", "that", "U.S.", "talks", "resumed", "."}
	for n := 1; n <= len(words); n++ {
		ws := make([]wordInfo, n)
		for i := range ws {
			ws[i].describe(words[i])
			ws[i].wn = wnClass(words[i])
		}
		for i := range ws {
			first := uint64(0)
			if i == 0 {
				first = 1
			}
			for _, p := range [][2]int{{noTag, noTag}, {3, noTag}, {7, 11}} {
				want := tagFeatures(nil, ws, i, p[0], p[1])
				got := tagTags(tagPairs(tagLocal(nil, &ws[i], first), ws, i, p[0], p[1]), p[0], p[1])
				for r, j := range [nTagRoles]int{tagPrev: i - 1, tagPrev2: i - 2, tagNext: i + 1, tagNext2: i + 2} {
					if r == tagSelf {
						continue
					}
					nb := edgeInfo(r)
					if j >= 0 && j < n {
						nb = ws[j]
					}
					got = roleFeats(got, r, &nb)
				}
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("n=%d i=%d tags %v: the split features differ from tagFeatures", n, i, p)
				}
			}
		}
	}
}
