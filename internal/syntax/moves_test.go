package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMoveFeatureSplit checks that otherTemplates and roleFeatures
// together give the features of moveTemplates, in states reached by
// random moves.
func TestMoveFeatureSplit(t *testing.T) {
	words := []string{"The", "talks", "in", "Geneva", "ended", "on", "Friday", "without", "a", "deal", "."}
	rng := rand.New(rand.NewPCG(1, 2))
	coarse := []int{0, 1, 2, 0, 1, 2, 3}
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(len(words))
		ws := make([]wordInfo, n+2)
		for i := 1; i <= n; i++ {
			ws[i].describe(words[i-1])
			ws[i].wn = wnClass(words[i-1])
			ws[i].tag, ws[i].tag2 = rng.IntN(len(coarse)), rng.IntN(len(coarse))
		}
		var st state
		st.reset(n)
		c := pctx{st: &st, ws: ws, coarse: coarse}
		for steps := 0; !st.done() && steps < 4*n+4; steps++ {
			want := moveTemplates(nil, &c)
			got := otherTemplates(nil, &c)
			for r, i := range rolePositions(&c) {
				got = roleFeatures(got, &c, r, i)
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("trial %d step %d: the split features differ from moveTemplates", trial, steps)
			}
			var valid []int
			for m := 0; m < nMoves; m++ {
				if st.valid(m) {
					valid = append(valid, m)
				}
			}
			st.apply(valid[rng.IntN(len(valid))], rng.IntN(40))
		}
	}
}

// TestLabelFeatureSplit checks that labelTags and labelOthers together
// give the features of labelFeatures, for arcs in states reached by
// random moves.
func TestLabelFeatureSplit(t *testing.T) {
	words := []string{"The", "talks", "in", "Geneva", "ended", "on", "Friday", "without", "a", "deal", "."}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(len(words))
		ws := make([]wordInfo, n+2)
		for i := 1; i <= n; i++ {
			ws[i].describe(words[i-1])
			ws[i].tag, ws[i].tag2 = rng.IntN(9), rng.IntN(9)
		}
		var st state
		st.reset(n)
		c := pctx{st: &st, ws: ws, coarse: make([]int, 9)}
		for steps := 0; !st.done() && steps < 4*n+4; steps++ {
			h, d := 1+rng.IntN(n), 1+rng.IntN(n)
			if h != d {
				want := labelFeatures(nil, &c, h, d)
				dir := uint64(1)
				if d < h {
					dir = 2
				}
				got := labelOthers(labelTags(nil, dir, c.t(h), c.t(d)), &c, h, d)
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("trial %d step %d: the split features differ from labelFeatures", trial, steps)
				}
			}
			var valid []int
			for m := 0; m < nMoves; m++ {
				if st.valid(m) {
					valid = append(valid, m)
				}
			}
			st.apply(valid[rng.IntN(len(valid))], rng.IntN(40))
		}
	}
}
