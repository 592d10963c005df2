package eval

import (
	"strings"
	"unicode"
)

// RougeL is the ROUGE-L F1 of a candidate summary against a reference:
// the longest common subsequence of their words over the harmonic mean of
// the two lengths. Words are runs of letters and digits, compared without
// case; punctuation does not count. Two empty summaries score 1.
func RougeL(reference, candidate string) float64 {
	ref, cand := rougeWords(reference), rougeWords(candidate)
	if len(ref) == 0 || len(cand) == 0 {
		if len(ref) == len(cand) {
			return 1
		}
		return 0
	}
	// One row of the LCS table at a time.
	prev := make([]int, len(cand)+1)
	cur := make([]int, len(cand)+1)
	for _, r := range ref {
		for j, c := range cand {
			switch {
			case r == c:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	lcs := float64(prev[len(cand)])
	if lcs == 0 {
		return 0
	}
	p, r := lcs/float64(len(cand)), lcs/float64(len(ref))
	return 2 * p * r / (p + r)
}

// rougeWords lower-cases s and splits it into runs of letters and digits.
func rougeWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
