package parse

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"
	"unsafe"
)

// Classifying words: every word of a text is looked up once, in tables
// built when the package starts, and never through a string made for the
// purpose. The text is lower-cased once, as a whole, and a word's
// lower-case form is a substring of that copy.

// lowerText returns src with the ASCII capitals lower-cased and every
// other byte as it is, so that a word's lower-case form is the same span
// of it. It works eight bytes at a time.
func lowerText(src []byte) string {
	if len(src) == 0 {
		return ""
	}
	// The bytes are not changed after this, so the string may share them.
	return bytesString(lowerAppend(nil, src))
}

// bytesString returns b as a string without a copy: b must not change
// while the string is in use.
func bytesString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerAppend appends src, lower-cased as lowerText does, to dst.
func lowerAppend(dst, src []byte) []byte {
	n := len(dst)
	dst = slices.Grow(dst, len(src))[:n+len(src)]
	b := dst[n:]
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	i := 0
	for ; i+8 <= len(src); i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		// Per byte, with its high bit cleared: adding 0x80-'A' sets the high
		// bit from 'A' up, adding 0x80-'Z'-1 from past 'Z' up. A capital
		// is a byte in the first set, not the second, and below 0x80.
		low7 := x &^ high
		ge := low7 + (0x80-'A')*ones
		gt := low7 + (0x80-'Z'-1)*ones
		upper := ge &^ gt &^ x & high
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
	}
	for ; i < len(src); i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return dst
}

// lw returns the lower-case form of token i.
func (r *recognizer) lw(i int) string {
	t := r.toks[i]
	return r.low[t.Start:t.End]
}

// lexTable finds the lexicon entry of a lower-case word: open addressing
// over a power-of-two array, hashed on the word's length and a few of its
// bytes, which tells most words apart without reading them whole.
type lexTable struct {
	slots [1 << 11]lexSlot
	// lens has bit n set when some word of n bytes is in the table.
	lens uint32
}

type lexSlot struct {
	word string
	e    entry
	bits uint32 // for the word sets
}

const lexMask = len(lexTable{}.slots) - 1

func lexHash(w string) int {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n-1])*0xc2b2ae35 ^ uint32(w[n/2])*0x27d4eb2f
	if n > 3 {
		h ^= uint32(w[1]) * 0x165667b1
	}
	return int(h>>16^h) & lexMask
}

func (t *lexTable) add(w string, e entry) {
	if len(w) == 0 || len(w) >= 32 {
		panic("BUG: lexicon word of unusable length: " + w)
	}
	t.lens |= 1 << len(w)
	for h := lexHash(w); ; h = (h + 1) & lexMask {
		s := &t.slots[h]
		if s.word == "" || s.word == w {
			s.word, s.e = w, e
			return
		}
	}
}

// get returns the entry of w and whether there is one.
func (t *lexTable) get(w string) (entry, bool) {
	if len(w) == 0 || len(w) >= 32 || t.lens&(1<<len(w)) == 0 {
		return entry{}, false
	}
	for h := lexHash(w); ; h = (h + 1) & lexMask {
		s := &t.slots[h]
		if s.word == w {
			return s.e, true
		}
		if s.word == "" {
			return entry{}, false
		}
	}
}

// lexFast is the lexicon, as a lexTable; it is filled from lexicon when
// the package starts.
var lexFast = new(lexTable)

// lookupLower returns the lexicon entry of the word w, already lower-cased,
// as [lookup] does for the word's own bytes.
func lookupLower(w string) entry {
	if len(w) > 24 {
		return entry{}
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return lookupLowerSlow(w)
		}
	}
	return lookupASCII(w)
}

// lookupASCII is lookupLower for a word of ASCII bytes.
func lookupASCII(w string) entry {
	// A possessive 's does not change the word: "Monday's", "year's".
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		if e, ok := lexFast.get(w); ok {
			return e
		}
		w = w[:n-2]
	}
	e, _ := lexFast.get(w)
	return e
}

// lookupLowerSlow is lookupLower for a word with bytes outside ASCII: only
// the curly apostrophe, read as "'", leaves such a word in the lexicon
// ("o’clock").
func lookupLowerSlow(w string) entry {
	var buf [24]byte
	n := 0
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= utf8.RuneSelf {
			if b == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99 {
				buf[n] = '\''
				n++
				i += 2
				continue
			}
			return entry{}
		}
		buf[n] = b
		n++
	}
	return lookupASCII(string(buf[:n]))
}

// Word sets, as bits of one table: the cue words of the tense rules and
// the words that tell a number is no year. The sets themselves stay the
// maps they are written as; words reads them once.
const (
	wFuture        uint32 = 1 << iota // futureWords
	wIntent                           // intentWords
	wForecast                         // forecastWords
	wForward                          // forwardParticiples
	wBeIntent                         // beIntentWords
	wReport                           // reportWords
	wIrregularPast                    // irregularPast
	wEdException                      // edExceptions
	wMover                            // movers
	wNotYearBefore                    // notYearBefore
	wNotYearAfter                     // notYearAfter
	wPhoneBefore                      // phoneBefore
	wStreet                           // streetWords
	wUSZone                           // usZones
	wHolidayStart                     // the first word of a holiday
)

// words holds the word sets.
var words = func() *lexTable {
	t := new(lexTable)
	for _, s := range []struct {
		set map[string]bool
		bit uint32
	}{
		{futureWords, wFuture}, {intentWords, wIntent}, {forecastWords, wForecast},
		{forwardParticiples, wForward}, {beIntentWords, wBeIntent}, {reportWords, wReport},
		{irregularPast, wIrregularPast}, {edExceptions, wEdException}, {movers, wMover},
		{notYearBefore, wNotYearBefore}, {notYearAfter, wNotYearAfter}, {phoneBefore, wPhoneBefore},
		{streetWords, wStreet}, {usZones, wUSZone},
	} {
		for w, in := range s.set {
			if in {
				t.addBits(w, s.bit)
			}
		}
	}
	for _, h := range holidays {
		t.addBits(h.words[0], wHolidayStart)
	}
	return t
}()

// addBits adds bits to the word w.
func (t *lexTable) addBits(w string, bits uint32) {
	if _, ok := t.get(w); !ok {
		t.add(w, entry{})
	}
	for h := lexHash(w); ; h = (h + 1) & lexMask {
		if s := &t.slots[h]; s.word == w {
			s.bits |= bits
			return
		}
	}
}

// wordIs reports whether the lower-case word w is in the set of bit.
func wordIs(w string, bit uint32) bool {
	if len(w) == 0 || len(w) >= 32 || words.lens&(1<<len(w)) == 0 {
		return false
	}
	for h := lexHash(w); ; h = (h + 1) & lexMask {
		s := &words.slots[h]
		if s.word == w {
			return s.bits&bit != 0
		}
		if s.word == "" {
			return false
		}
	}
}
