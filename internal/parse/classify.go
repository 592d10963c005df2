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

// vocab holds every word that a rule reads by its letters: the lexicon
// with its entries, and the word sets as bits. A word of up to 24 ASCII
// bytes is its key, packed little-endian into three words, so that a
// look-up compares integers, and the key of a word of the text is loaded
// from the lower-cased text eight bytes at a time.
var vocab = new(vocabTable)

type vocabTable struct {
	slots  [1 << vocabBits]vocabSlot
	filter [1 << 16 / 64]uint64
}

const (
	vocabBits   = 11
	maxVocabLen = 24
)

// wordKey is a word of up to 24 bytes, packed little-endian. It is a
// struct, not an array, so that it travels in registers.
type wordKey struct{ a, b, c uint64 }

// byteAt returns byte i of the word.
func (k wordKey) byteAt(i int) byte {
	switch i / 8 {
	case 0:
		return byte(k.a >> (8 * (i % 8)))
	case 1:
		return byte(k.b >> (8 * (i % 8)))
	}
	return byte(k.c >> (8 * (i % 8)))
}

// orByte sets byte i of the word to c, which was 0.
func (k *wordKey) orByte(i int, c byte) {
	switch i / 8 {
	case 0:
		k.a |= uint64(c) << (8 * (i % 8))
	case 1:
		k.b |= uint64(c) << (8 * (i % 8))
	default:
		k.c |= uint64(c) << (8 * (i % 8))
	}
}

// vocabSlot is 32 bytes, two to a cache line.
type vocabSlot struct {
	key  wordKey
	bits uint32 // the word sets the word is in
	val  int16  // the lexicon entry's value
	cls  class  // the lexicon entry's class; cNone when the word is not in the lexicon
	n    uint8  // the word's length; 0 for an empty slot
}

// hasE reports whether the word is in the lexicon; every entry there has a
// class.
func (s *vocabSlot) hasE() bool { return s.cls != cNone }

// e returns the word's lexicon entry.
func (s *vocabSlot) e() entry { return entry{s.cls, s.val} }

const highBits = 0x8080808080808080

// keyPad follows the lower-cased text, so that loadKey may read
// maxVocabLen bytes from the start of any word.
var keyPad [maxVocabLen]byte

// packWord returns the key of w, and false when w is empty, longer than
// maxVocabLen or not ASCII.
func packWord(w string) (wordKey, bool) {
	var k wordKey
	if len(w) == 0 || len(w) > maxVocabLen {
		return k, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return k, false
		}
		k.orByte(i, w[i])
	}
	return k, true
}

// loadKey returns the key of the n bytes at the start of b, which holds
// at least maxVocabLen bytes, and whether they are ASCII.
func loadKey(b []byte, n int) (wordKey, bool) {
	_ = b[maxVocabLen-1]
	k := wordKey{binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:]), binary.LittleEndian.Uint64(b[16:])}
	k = prefixKey(k, n)
	return k, (k.a|k.b|k.c)&highBits == 0
}

// prefixKey returns the key of the first n bytes, at most maxVocabLen, of
// the word of key k. It masks without a branch: the lengths of the words
// of a text fall on both sides of eight bytes, and a branch on them would
// often be mispredicted.
func prefixKey(k wordKey, n int) wordKey {
	m := &prefixMasks[n]
	return wordKey{k.a & m.a, k.b & m.b, k.c & m.c}
}

// prefixMasks holds, for each length n, the mask of a key's first n bytes.
var prefixMasks = func() (t [maxVocabLen + 1]wordKey) {
	for n := range t {
		for i := 0; i < n; i++ {
			t[n].orByte(i, 0xff)
		}
	}
	return t
}()

// vocabHash returns a hash of the word of key k and length n: its top
// vocabBits bits place the word in the table, and the 16 below them in
// the filter.
func vocabHash(k wordKey, n int) uint64 {
	h := k.a*0x9e3779b97f4a7c15 ^ k.b*0xc2b2ae3d27d4eb4f ^ k.c*0x165667b19e3779f9 ^ uint64(n)
	h ^= h >> 29
	return h * 0xbf58476d1ce4e5b9
}

func slotOf(h uint64) int   { return int(h >> (64 - vocabBits)) }
func filterOf(h uint64) int { return int(h >> (64 - vocabBits - 16) & 0xffff) }

// find returns the slot of the word of key k and length n, or nil. Most
// words of a text are not in vocab, and the filter, a bit for each of
// 65,536 hashes that is set for those of vocab's words, turns most of
// them away without reading the table.
func (t *vocabTable) find(k wordKey, n int) *vocabSlot {
	h := vocabHash(k, n)
	if !t.maybe(h) {
		return nil
	}
	return t.findHashed(k, n, h)
}

// maybe reports whether the filter lets the word of hash h through.
func (t *vocabTable) maybe(h uint64) bool {
	f := filterOf(h)
	return t.filter[f/64]&(1<<(f%64)) != 0
}

// findHashed is find for a word that the filter let through.
func (t *vocabTable) findHashed(k wordKey, n int, h uint64) *vocabSlot {
	for i := slotOf(h); ; i = (i + 1) & (len(t.slots) - 1) {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if int(s.n) == n && s.key == k {
			return s
		}
	}
}

// slot returns the slot of w, adding it when it is new.
func (t *vocabTable) slot(w string) *vocabSlot {
	k, ok := packWord(w)
	if !ok {
		panic("BUG: a word that vocab cannot hold: " + w)
	}
	h := vocabHash(k, len(w))
	f := filterOf(h)
	t.filter[f/64] |= 1 << (f % 64)
	for i := slotOf(h); ; i = (i + 1) & (len(t.slots) - 1) {
		s := &t.slots[i]
		if s.n == 0 {
			s.key, s.n = k, uint8(len(w))
			return s
		}
		if int(s.n) == len(w) && s.key == k {
			return s
		}
	}
}

// setBits returns the bits of the word sets that w is in.
func setBits(w string) uint32 {
	if k, ok := packWord(w); ok {
		if s := vocab.find(k, len(w)); s != nil {
			return s.bits
		}
	}
	return 0
}

// lookupLower returns the lexicon entry of the word w, already
// lower-cased: a curly apostrophe reads as "'" ("o’clock"), any other byte
// outside ASCII keeps a word out, and a possessive "'s" is dropped when
// the word with it is not in the lexicon ("Monday's", "year's").
func lookupLower(w string) entry {
	if len(w) > maxVocabLen {
		return entry{}
	}
	var buf [maxVocabLen]byte
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
	var k wordKey
	for i, b := range buf[:n] {
		k.orByte(i, b)
	}
	return lexEntry(k, n)
}

// lexEntry is lookupLower for the ASCII word of key k and length n.
func lexEntry(k wordKey, n int) entry {
	if n == 0 {
		return entry{}
	}
	s := vocab.find(k, n)
	if n > 2 && k.byteAt(n-2) == '\'' && k.byteAt(n-1) == 's' {
		if s != nil && s.hasE() {
			return s.e()
		}
		s = vocab.find(prefixKey(k, n-2), n-2)
	}
	if s != nil && s.hasE() {
		return s.e()
	}
	return entry{}
}

// wordBits returns the word-set bits of the lower-case word w: those of w
// itself, but for the first words of holidays those of w without its
// possessive, as holidayWord drops it.
func wordBits(w string) uint32 {
	b := setBits(w) &^ wHolidayStart
	if hw := holidayWord(w); hw == w {
		b |= setBits(w) & wHolidayStart
	} else {
		b |= setBits(hw) & wHolidayStart
	}
	return b
}

// classify sets the lexicon entry and the word-set bits of every token.
// Words of ASCII letters, nearly all, are looked up by keys loaded from
// the lower-cased text; the others go through lookupLower and wordBits,
// which give the same answers for any word.
func (r *recognizer) classify() {
	// The slices and the count live in locals: stores into the slices
	// would otherwise make the compiler load them from r again for every
	// token.
	toks := r.toks
	ents, bits, low := r.ents[:len(toks)], r.bits[:len(toks)], r.lowBuf
	usZones := 0
	for i, t := range toks {
		ents[i], bits[i] = entry{}, 0
		switch t.Kind {
		case Punct:
			bits[i] = tInert
			continue
		case Number:
			continue
		}
		n := t.End - t.Start
		if n > maxVocabLen {
			r.setInert(i, t)
			continue
		}
		k, ascii := loadKey(low[t.Start:], n)
		if !ascii {
			w := r.low[t.Start:t.End]
			ents[i], bits[i] = lookupLower(w), wordBits(w)
			r.setInert(i, t)
			if bits[i]&wUSZone != 0 && t.Has(Upper) && n <= 4 {
				usZones++
			}
			continue
		}
		var e entry
		var wb uint32
		var s *vocabSlot
		if h := vocabHash(k, n); vocab.maybe(h) {
			s = vocab.findHashed(k, n, h)
		}
		if s != nil {
			wb = s.bits
			if s.hasE() {
				e = s.e()
			}
		}
		// A possessive "'s" does not change the word, for the lexicon
		// when the word with it is not there, and for the holidays always
		// (see lexEntry and holidayWord); nor does a final "'". The key's
		// last bytes are those of the lower-cased text.
		last := low[t.End-1]
		switch {
		case n > 2 && last == 's' && low[t.End-2] == '\'':
			p := vocab.find(prefixKey(k, n-2), n-2)
			if (s == nil || !s.hasE()) && p != nil && p.hasE() {
				e = p.e()
			}
			wb &^= wHolidayStart
			if p != nil {
				wb |= p.bits & wHolidayStart
			}
		case n > 1 && last == '\'':
			wb &^= wHolidayStart
			if p := vocab.find(prefixKey(k, n-1), n-1); p != nil {
				wb |= p.bits & wHolidayStart
			}
		}
		// inert, for a word of ASCII letters and the two classes that
		// can make one inert
		switch e.cls {
		case cNone:
			// "q" ("Q3") and "final" start expressions of their own
			if !(n == 1 && last == 'q' || n == 5 && k == finalKey) && (!t.Has(Upper) || wb&wHolidayStart == 0) {
				wb |= tInert
			}
		case cFunc:
			if !t.Has(Upper) && !funcStarts[e.val] {
				wb |= tInert
			}
		}
		ents[i], bits[i] = e, wb
		if wb&wUSZone != 0 && t.Has(Upper) && n <= 4 {
			usZones++
		}
	}
	r.usZones = usZones
}

// finalKey is the key of "final", which inert lets start an expression.
var finalKey, _ = packWord("final")

// setInert marks word token i, t, classed already, when it is inert.
func (r *recognizer) setInert(i int, t Token) {
	if r.inert(i, t) {
		r.bits[i] |= tInert
	}
}

// tInert marks, among a token's bits, a token that starts no expression
// (see inert).
const tInert uint32 = 1 << 31

// inert reports whether token i, t, starts no expression whatever follows
// it: punctuation; a word outside the lexicon other than "final", "Q"
// ("Q3") and a holiday's first word written with a capital; a lower-case
// function word other than funcStarts. prefixed and core try nothing else
// for them. Most tokens of a text are such, and recognize passes over them
// without trying a rule.
func (r *recognizer) inert(i int, t Token) bool {
	switch t.Kind {
	case Punct:
		return true
	case Word:
		switch e := r.ents[i]; e.cls {
		case cNone:
			if n := t.End - t.Start; (n == 1 || n == 5) && (r.isWord(i, "q") || r.isWord(i, "final")) {
				return false
			}
			return !t.Has(Upper) || !r.has(i, wHolidayStart)
		case cFunc:
			return !t.Has(Upper) && !funcStarts[e.val]
		}
	}
	return false
}

// has reports whether token i is in the word set of bit.
func (r *recognizer) has(i int, bit uint32) bool { return r.bits[i]&bit != 0 }

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

// fillVocab puts the lexicon and the word sets into vocab.
func fillVocab() {
	for w, e := range lexicon {
		if _, ok := packWord(w); !ok {
			continue // "o’clock": looked up as "o'clock"
		}
		s := vocab.slot(w)
		if e.cls == cNone {
			panic("BUG: a lexicon entry without a class: " + w)
		}
		s.cls, s.val = e.cls, e.val
	}
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
		for w, in := range set.words {
			if in {
				vocab.slot(w).bits |= set.bit
			}
		}
	}
	for _, h := range holidays {
		vocab.slot(h.words[0]).bits |= wHolidayStart
	}
}
