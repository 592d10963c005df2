package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// edgeLines is how many lines at the top and the bottom of a page may be
// a running header or footer.
const edgeLines = 3

// Clean drops the running headers and footers of pages (lines among the
// first or last few of a page that recur, digits aside, on at least half
// of the pages, and on three pages or more) and rejoins words hyphenated
// at a line end (see [join]). It returns ErrNoText when no page holds any
// letter or digit.
func Clean(pages []string) ([]string, error) {
	lines := make([][]string, len(pages))
	for i, p := range pages {
		lines[i] = strings.Split(strings.TrimRight(p, "\n"), "\n")
	}
	count := map[string]int{}
	for _, ls := range lines {
		seen := map[string]bool{}
		for _, k := range edgeIndexes(len(ls)) {
			key := edgeKey(ls[k])
			if key != "" && !seen[key] {
				seen[key] = true
				count[key]++
			}
		}
	}
	repeated := func(l string) bool {
		k := edgeKey(l)
		return k != "" && len(pages) >= 3 && count[k]*2 >= len(pages)
	}
	out := make([]string, len(pages))
	text := false
	for i, ls := range lines {
		drop := map[int]bool{}
		for _, k := range edgeIndexes(len(ls)) {
			if repeated(ls[k]) {
				drop[k] = true
			}
		}
		var kept []string
		for k, l := range ls {
			if !drop[k] {
				kept = append(kept, l)
			}
		}
		page := join(kept)
		if strings.IndexFunc(page, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			text = true
		}
		out[i] = page
	}
	if !text {
		return nil, ErrNoText
	}
	return out, nil
}

// edgeIndexes returns the indexes of the first and last edgeLines lines
// of a page of n lines; of a short page, where these would be most of
// it, only its first and last line.
func edgeIndexes(n int) []int {
	e := edgeLines
	if n <= 4*edgeLines {
		e = 1
	}
	var idx []int
	for k := 0; k < n; k++ {
		if k < e || k >= n-e {
			idx = append(idx, k)
		}
	}
	return idx
}

// edgeKey is a line as compared across pages: trimmed, lower-cased, with
// every run of digits as one "#" ("Page 3 of 12" and "Page 4 of 12" are
// one footer). Blank lines have no key.
func edgeKey(l string) string {
	l = strings.TrimSpace(l)
	if l == "" {
		return ""
	}
	var b strings.Builder
	digits := false
	for _, r := range strings.ToLower(l) {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// join joins the lines of a page with "\n", except that a word broken by
// a hyphen at a line end is rejoined with the start of the next line
// when that starts with a lower-case letter: "inter-" + "national ..."
// is "international ...". The rest of the next line stays on its own. A
// compound split at its own hyphen ("well-" + "known") loses the hyphen
// too: a line end does not say which it was.
func join(lines []string) string {
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		for strings.HasSuffix(l, "-") && i+1 < len(lines) && broken(l, lines[i+1]) {
			next := strings.TrimLeft(lines[i+1], " \t")
			word, rest, _ := strings.Cut(next, " ")
			l = l[:len(l)-1] + word
			if rest != "" {
				lines[i+1] = rest
				break
			}
			i++
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// broken reports whether line l ends in a word broken by a hyphen that
// the next line finishes: a letter before the hyphen, no space, and a
// lower-case letter starting next.
func broken(l, next string) bool {
	if len(l) < 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(l[:len(l)-1])
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " \t"))
	return unicode.IsLetter(before) && unicode.IsLower(first)
}
