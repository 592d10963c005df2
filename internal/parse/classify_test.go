package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lookupMap is the lexicon look-up by a map and a lower-case copy, which
// the lexTable must agree with.
func lookupMap(src []byte) entry {
	var buf [24]byte
	if len(src) > len(buf) {
		return entry{}
	}
	n := 0
	for i := 0; i < len(src); i++ {
		b := src[i]
		if b >= utf8.RuneSelf {
			if b == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2] == 0x99 {
				buf[n] = '\''
				n++
				i += 2
				continue
			}
			return entry{}
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[n] = b
		n++
	}
	if n > 2 && buf[n-2] == '\'' && buf[n-1] == 's' {
		if e, ok := lexicon[string(buf[:n])]; ok {
			return e
		}
		n -= 2
	}
	return lexicon[string(buf[:n])]
}

func TestLookupLower(t *testing.T) {
	words := []string{"", "a", "A", "May", "MAY", "o'clock", "O’Clock", "o’clock", "Monday's", "Monday’s", "year's",
		"Years'", "the", "thE", "Zürich", "naïve", "x", "'s", "s's", "approximately", "approximatelyy",
		"abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "\xff", "GMT", "gmt's"}
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), w+"'s", w+"’s", w+"s", w[:len(w)-1], "x"+w)
	}
	for _, w := range words {
		want := lookupMap([]byte(w))
		if got := lookupLower(lowerText([]byte(w))); got != want {
			t.Errorf("lookupLower(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLowerText(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{"", "A", "Hello, World! ABCXYZ@[`{ abcxyz", string(all), string(all[5:]), "ÀÉ Zürich Ωmega"} {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := lowerText([]byte(s)); got != string(want) {
			t.Errorf("lowerText(%q)\ngot:  %q\nwant: %q", s, got, want)
		}
	}
}
