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

// refBits are the word-set bits of w, read from the maps themselves.
func refBits(w string) uint32 {
	var b uint32
	for _, set := range []struct {
		words map[string]bool
		bit   uint32
	}{
		{futureWords, wFuture}, {intentWords, wIntent}, {forecastWords, wForecast},
		{forwardParticiples, wForward}, {beIntentWords, wBeIntent}, {reportWords, wReport},
		{irregularPast, wIrregularPast}, {edExceptions, wEdException}, {movers, wMover},
		{notYearBefore, wNotYearBefore}, {notYearAfter, wNotYearAfter}, {phoneBefore, wPhoneBefore},
		{streetWords, wStreet}, {usZones, wUSZone},
	} {
		if set.words[w] {
			b |= set.bit
		}
	}
	if _, ok := holidayFirst[holidayWord(w)]; ok {
		b |= wHolidayStart
	}
	return b
}

// TestClassify checks the look-ups by packed keys against the maps, for
// every word that a table holds and for variants of it.
func TestClassify(t *testing.T) {
	words := []string{"a", "A", "May", "o'clock", "O’Clock", "Monday's", "Monday’s", "year's", "Christmas'",
		"Christmas's", "christmas’s", "New", "day's", "'s", "s's", "x'", "Zürich", "approximately",
		"abcdefghijklmnopqrstuvw", "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "EST", "Est's",
		"q", "Q", "final", "Final", "finals", "the", "The"}
	add := func(w string) {
		words = append(words, w, strings.ToUpper(w), w+"'s", w+"’s", w+"'", w+"s", w[:len(w)-1], "x"+w)
	}
	for w := range lexicon {
		add(w)
	}
	for _, set := range []map[string]bool{futureWords, intentWords, forecastWords, forwardParticiples, beIntentWords,
		reportWords, irregularPast, edExceptions, movers, notYearBefore, notYearAfter, phoneBefore, streetWords, usZones} {
		for w := range set {
			add(w)
		}
	}
	for w := range holidayFirst {
		add(w)
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		src := []byte(w)
		r := newRecognizer(src, []Token{{Kind: Word, Start: 0, End: len(src)}})
		low := lowerText(src)
		if want := lookupMap(src); r.ents[0] != want {
			t.Errorf("classify(%q) entry = %v, want %v", w, r.ents[0], want)
		}
		if want := refBits(low); r.bits[0]&^tInert != want {
			t.Errorf("classify(%q) bits = %b, want %b", w, r.bits[0], want)
		}
		if got, want := wordBits(low), refBits(low); got != want {
			t.Errorf("wordBits(%q) = %b, want %b", w, got, want)
		}
		// classify decides inert itself for words of ASCII letters
		for _, f := range []Flag{0, Upper} {
			tok := Token{Kind: Word, Flags: f, Start: 0, End: len(src)}
			r := newRecognizer(src, []Token{tok})
			if got, want := r.bits[0]&tInert != 0, r.inert(0, tok); got != want {
				t.Errorf("classify(%q, flags %b) inert = %v, want %v", w, f, got, want)
			}
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
