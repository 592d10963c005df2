package parse

import (
	"slices"
	"strings"
	"sync"
)

// Recognize finds the temporal expressions of src, given its tokens from
// [Scan], and returns what each says, in text order. It never fails: text
// that does not form a date is skipped.
func Recognize(src []byte, toks []Token) []Mention {
	return newRecognizer(src, toks).recognize()
}

// newRecognizer looks every word of toks up in the lexicon once.
func newRecognizer(src []byte, toks []Token) *recognizer {
	r := &recognizer{src: src, toks: toks, ents: make([]entry, len(toks)), bits: make([]uint32, len(toks))}
	r.lowBuf = append(lowerAppend(nil, src), keyPad[:]...)
	r.low = bytesString(r.lowBuf[:len(src)])
	r.classify()
	return r
}

// recognizers keeps the recognizers that Tag used, so that the next
// documents reuse their slices instead of allocating their own.
var recognizers = sync.Pool{New: func() any { return new(recognizer) }}

// reuse readies r, taken from recognizers, for src: it scans and
// classifies src into r's own slices, and forgets the document before.
func (r *recognizer) reuse(src []byte) {
	r.src = src
	r.toks = scanAppend(r.toks[:0], src)
	r.ents = slices.Grow(r.ents[:0], len(r.toks))[:len(r.toks)]
	r.bits = slices.Grow(r.bits[:0], len(r.toks))[:len(r.toks)]
	r.lowBuf = append(lowerAppend(r.lowBuf[:0], src), keyPad[:]...)
	r.low = bytesString(r.lowBuf[:len(src)])
	r.sents = r.sents[:0]
	r.cues = r.cues[:0]
	r.out = r.out[:0]
	r.classify()
}

// release drops what r holds of the document and puts it back in
// recognizers.
func (r *recognizer) release() {
	r.src, r.low = nil, ""
	recognizers.Put(r)
}

func (r *recognizer) recognize() []Mention {
	src, toks := r.src, r.toks
	out := r.out[:0]
	bits := r.bits
	for i := 0; i < len(toks); {
		if bits[i]&tInert != 0 {
			i++
			continue
		}
		ms, next := r.at(i)
		if next > i {
			for _, m := range ms {
				m.End = trimPossessive(src, m.Start, m.End)
				if n := len(out); n > 0 && stamp(src, out[n-1], m) {
					out[n-1] = mergeStamp(out[n-1], m)
					continue
				}
				if n := len(out); n > 0 && conversion(src, out[n-1], m) {
					continue
				}
				out = append(out, m)
			}
			i = next
			continue
		}
		i++
	}
	r.out = out
	return out
}

// trimPossessive moves end back over a possessive "'s" or "’s": the
// annotation conventions leave it outside ("Sunday"'s).
func trimPossessive(src []byte, start, end int) int {
	switch {
	case end-start > 2 && src[end-2] == '\'' && (src[end-1]|0x20) == 's':
		return end - 2
	case end-start > 4 && src[end-4] == 0xe2 && src[end-3] == 0x80 && src[end-2] == 0x99 && (src[end-1]|0x20) == 's':
		return end - 4
	}
	return end
}

// stamp reports whether a and b, adjacent in the text, form one date-time
// stamp such as "November 11, 2011 20:09 IST" or "02:31 GMT, 12 March
// 2013": a full date and a clock time with nothing but a comma or "at"
// between.
func stamp(src []byte, a, b Mention) bool {
	full := func(m Mention) bool {
		return m.Type == Date && m.Year != 0 && (m.Month != 0 && m.Day != 0 || m.Ambiguous)
	}
	day := func(m Mention) bool {
		return m.Type == Date && m.Rel == relNone && (m.Day != 0 && m.Month != 0 || m.Weekday != 0 && m.Month == 0)
	}
	clock := func(m Mention) bool {
		return m.Type == Time && m.HasClock && m.Month == 0 && m.Weekday == 0 && m.Rel == relNone
	}
	if b.Start < a.End {
		return false
	}
	gap := src[a.End:b.Start]
	skip := func(set string) {
		for len(gap) > 0 && strings.IndexByte(set, gap[0]) >= 0 {
			gap = gap[1:]
		}
	}
	switch {
	case full(a) && clock(b):
		// "November 11, 2011 20:09 IST", "Fri, 11 Nov 2011 at 09:56 IST"
		skip(" ,")
		if len(gap) >= 3 && (gap[0]|0x20) == 'a' && (gap[1]|0x20) == 't' && gap[2] == ' ' {
			gap = gap[2:]
			skip(" ")
		}
	case clock(a) && full(b):
		// "02:31 GMT, 12 March 2013"
		skip(" ,")
	case clock(a) && day(b):
		// "9 a.m. Tuesday", "5 p.m. EST Nov. 9"; "3 p.m. on Sunday" stays two
		skip(" ")
	default:
		return false
	}
	return len(gap) == 0
}

// conversion reports whether clock time b, in brackets right after time a,
// restates it in another zone: "10:35 a.m. (0735 GMT)", "1052 GMT (1852
// HKT)". The restatement is not a second expression.
func conversion(src []byte, a, b Mention) bool {
	if !a.HasClock || !b.HasClock || b.Month != 0 || b.Weekday != 0 || b.Start < a.End {
		return false
	}
	gap := strings.TrimSpace(string(src[a.End:b.Start]))
	return gap == "(" || gap == "["
}

// mergeStamp joins a date and a clock time into one TIME mention.
func mergeStamp(a, b Mention) Mention {
	d, c := a, b
	if a.HasClock {
		d, c = b, a
	}
	d.Type, d.HasClock, d.Hour, d.Minute = Time, true, c.Hour, c.Minute
	d.Start, d.End = a.Start, b.End
	if c.Mod != "" {
		d.Mod = c.Mod
	}
	return d
}

type recognizer struct {
	src  []byte
	toks []Token
	ents []entry
	// low is src lower-cased, as lowerText makes it; in a recognizer from
	// recognizers it shares the bytes of lowBuf, which the next document
	// overwrites, so the strings cut from it are compared and dropped,
	// never kept.
	low    string
	lowBuf []byte   // low, and keyPad after it for loadKey
	bits   []uint32 // the word sets each token is in (see vocab)
	// usZones counts the words of at most four letters, written with a
	// capital, that name an American time zone ("EST", "PT").
	usZones int
	// out holds the mentions found, and ctx what Tag learns of each, in a
	// recognizer from recognizers.
	out     []Mention
	ctx     []mentionContext
	history []Timex // the resolver's history, kept for the next document
	// mainLine is the resolver's main line, kept as history is.
	mainLine []Timex
	// scratch is where the resolver writes a value or a note before it
	// keeps it.
	scratch []byte
	buf     [2]Mention
	// sents holds the index of the first token of each sentence, in
	// order; it is filled on first use by sentenceBounds.
	sents []int
	// cues caches the tense cue of each token (cueUnset until known); the
	// tense search of every date reads the words around it, and long
	// sentences full of dates would read the same words again and again.
	cues []Tense
}

// ---- token predicates

func (r *recognizer) ok(i int) bool { return i >= 0 && i < len(r.toks) }

func (r *recognizer) cls(i int, c class) bool { return r.ok(i) && r.ents[i].cls == c }

func (r *recognizer) fn(i int, v int) bool {
	return r.ok(i) && r.ents[i].cls == cFunc && int(r.ents[i].val) == v
}

func (r *recognizer) val(i int) int { return int(r.ents[i].val) }

func (r *recognizer) text(i int) []byte { t := r.toks[i]; return r.src[t.Start:t.End] }

// punct reports whether token i is the single character c.
func (r *recognizer) punct(i int, c byte) bool {
	if !r.ok(i) {
		return false
	}
	t := r.toks[i]
	return t.Kind == Punct && t.End-t.Start == 1 && r.src[t.Start] == c
}

// punctWithin reports whether a comma, a semicolon, a colon or a dash
// lies among tokens [from, to), from no earlier than lo.
func (r *recognizer) punctWithin(from, to, lo int) bool {
	for k := max(from, lo); k < to; k++ {
		if r.punct(k, ',') || r.punct(k, ';') || r.punct(k, ':') || r.dash(k) {
			return true
		}
	}
	return false
}

// fnWithin reports whether a token of function word f lies among tokens
// [from, to), from no earlier than lo.
func (r *recognizer) fnWithin(f, from, to, lo int) bool {
	for k := max(from, lo); k < to; k++ {
		if r.fn(k, f) {
			return true
		}
	}
	return false
}

// dash reports whether token i is a hyphen, an en dash or an em dash.
func (r *recognizer) dash(i int) bool {
	if !r.ok(i) || r.toks[i].Kind != Punct {
		return false
	}
	s := r.text(i)
	return string(s) == "-" || string(s) == "–" || string(s) == "—"
}

// glued reports whether token i follows token i-1 with no space between.
func (r *recognizer) glued(i int) bool {
	return r.ok(i) && i > 0 && !r.toks[i].Has(SpaceBefore)
}

// num returns the value and digit count of number token i, or ok false.
func (r *recognizer) num(i int) (v, digits int, ok bool) {
	if !r.ok(i) || r.toks[i].Kind != Number {
		return 0, 0, false
	}
	t := r.toks[i]
	end := t.End
	if t.Has(Ordinal) {
		end -= 2
	}
	digits = end - t.Start
	if digits > 9 {
		return 0, digits, false
	}
	for _, b := range r.src[t.Start:end] {
		v = v*10 + int(b-'0')
	}
	return v, digits, true
}

// isWord reports whether token i is the word w, written in lower-case
// letters and apostrophes, in any case.
func (r *recognizer) isWord(i int, w string) bool {
	if !r.ok(i) || r.toks[i].Kind != Word {
		return false
	}
	// w is lower case, of letters and apostrophes: the token's lower-case
	// form is w exactly when the token is w in any case.
	t := r.toks[i]
	return t.End-t.Start == len(w) && r.low[t.Start:t.End] == w
}

// ---- the main dispatch

// at tries to recognise an expression that starts at token i. It returns
// the mentions found (one, or two for a range) and the index of the token
// after them; next == i when nothing starts here.
func (r *recognizer) at(i int) ([]Mention, int) {
	if r.bits[i]&tInert != 0 {
		return nil, i
	}
	// Modifiers and approximators before the core.
	if m, next, ok := r.prefixed(i); ok {
		return r.one(m), next
	}
	return r.core(i)
}

// funcStarts are the function words that may begin an expression: the
// ones that prefixed reads ("more than", "over", "less than", "at least",
// "up to", "the end of") and those that function reads.
var funcStarts = func() (s [fYearOld + 1]bool) {
	for _, v := range []int{fMore, fOver, fLess, fAt, fUp, fThe, fEvery, fEach, fNoon, fMidnight, fA, fAn, fSeveral, fFew, fMany} {
		s[v] = true
	}
	return s
}()

func (r *recognizer) one(m Mention) []Mention {
	r.buf[0] = m
	return r.buf[:1]
}

func (r *recognizer) two(a, b Mention) []Mention {
	r.buf[0], r.buf[1] = a, b
	return r.buf[:2]
}

// core recognises an expression without leading modifiers.
func (r *recognizer) core(i int) ([]Mention, int) {
	if !r.ok(i) {
		return nil, i
	}
	t := r.toks[i]
	if t.Kind == Number {
		return r.numberFirst(i)
	}
	e := r.ents[i]
	if e.cls == cNone && r.isWord(i, "final") {
		if m, next, ok := r.finalPart(i); ok {
			return r.one(m), next
		}
	}
	switch e.cls {
	case cMonth:
		return r.monthFirst(i)
	case cWeekday:
		if m, next, ok := r.weekday(i); ok {
			return r.one(m), next
		}
	case cDeictic:
		if m, next, ok := r.deictic(i); ok {
			return r.one(m), next
		}
	case cShift:
		if m, next, ok := r.shifted(i); ok {
			return r.one(m), next
		}
		// "current market conditions": the present, as an adjective
		if r.val(i) == sCurrent && !r.toks[i].Has(Upper) && r.ok(i+1) && r.toks[i+1].Kind == Word && r.ents[i+1].cls == cNone && !r.isWord(i+1, "account") {
			t := r.toks[i]
			return r.one(Mention{Start: t.Start, End: t.End, Type: Date, Vague: "PRESENT_REF"}), i + 1
		}
	case cSeason:
		if m, next, ok := r.season(i, i); ok {
			return r.one(m), next
		}
	case cOrdWord:
		if m, next, ok := r.part(i, i); ok {
			return r.one(m), next
		}
	case cNumWord:
		if m, next, ok := r.spokenYear(i); ok {
			return r.one(m), next
		}
		if m, next, ok := r.quantity(i); ok {
			return r.one(m), next
		}
	case cDecadeWord:
		// "the nineties", "the 'eighties"
		if r.fn(i-1, fThe) {
			t := r.toks[i]
			return r.one(Mention{Start: r.toks[i-1].Start, End: t.End, Type: Date, Decade: 190 + r.val(i)}), i + 1
		}
	case cUnit:
		if m, next, ok := r.bareUnit(i); ok {
			return r.one(m), next
		}
	case cFunc:
		if m, next, ok := r.function(i); ok {
			return r.one(m), next
		}
	}
	if t.Has(Upper) {
		if m, next, ok := r.holiday(i); ok {
			return r.one(m), next
		}
	}
	// "year-end", "year end", "year's end": 31 December
	if r.isWord(i, "year") && (r.dash(i+1) && r.glued(i+1) && r.isWord(i+2, "end") || r.isWord(i+1, "end")) || r.isWord(i, "year's") && r.isWord(i+1, "end") {
		end := i + 1
		if r.dash(end) {
			end++
		}
		return r.one(Mention{Start: r.toks[i].Start, End: r.toks[end].End, Type: Date, Month: 12, Day: 31}), end + 1
	}
	if r.isWord(i, "year") && r.dash(i+1) && r.glued(i+1) && (r.isWord(i+2, "ago") || r.isWord(i+2, "earlier")) && r.glued(i+2) {
		if m, next, ok := r.yearAgo(i, i); ok {
			return r.one(m), next
		}
	}
	if r.isWord(i, "q") && r.glued(i+1) {
		if m, next, ok := r.qQuarter(i); ok {
			return r.one(m), next
		}
	}
	return nil, i
}

// ---- prefixes: early/mid/late, the end of, about, more than, at least

func (r *recognizer) prefixed(i int) (Mention, int, bool) {
	j := i
	mod := ""
	durMod := ""
	switch {
	case r.cls(j, cApprox):
		mod, durMod = "APPROX", "APPROX"
		j++
	case r.fn(j, fMore) && r.fn(j+1, fThan), r.fn(j, fOver) && r.startsQuantity(j+1):
		durMod = "MORE_THAN"
		j += 2
		if r.fn(i, fOver) {
			j = i + 1
		}
	case r.fn(j, fLess) && r.fn(j+1, fThan):
		durMod = "LESS_THAN"
		j += 2
	case r.fn(j, fAt) && r.isWord(j+1, "least"):
		durMod = "EQUAL_OR_MORE"
		j += 2
	case r.fn(j, fUp) && r.fn(j+1, fTo):
		durMod = "EQUAL_OR_LESS"
		j += 2
	case r.isWord(j, "nearly") || r.isWord(j, "almost"):
		durMod = "LESS_THAN"
		j++
	}
	if durMod != "" {
		ms, next := r.core(j)
		if next == j || len(ms) != 1 {
			return Mention{}, i, false
		}
		m := ms[0]
		switch {
		case m.Type == Duration:
			m.Mod = durMod
		case mod != "" && r.approxable(j, m):
			m.Mod = mod
		default:
			return Mention{}, i, false
		}
		m.Start = r.toks[i].Start
		return m, next, true
	}
	// "the end of", "the beginning of", "the start of", "the middle of"
	k := j
	if r.fn(k, fThe) {
		k++
	}
	if r.cls(k, cMod) && r.fn(k+1, fOf) {
		switch r.val(k) {
		case mEnd, mBeginning, mStart, mMiddle:
			ms, next := r.core(k + 2)
			if next == k+2 || len(ms) != 1 || ms[0].Type != Date {
				if !r.fn(k+2, fThe) {
					return Mention{}, i, false
				}
				// "the end of the year", "the start of the month"
				m, nx, ok := r.theUnit(k + 2)
				if !ok {
					return Mention{}, i, false
				}
				ms, next = r.one(m), nx
			}
			m := ms[0]
			m.Mod = modOf(r.val(k))
			m.Start = r.toks[i].Start
			return m, next, true
		}
	}
	// "the week of 17 October": the week that holds a day
	if r.isWord(k, "week") && r.fn(k+1, fOf) && k > j {
		ms, next := r.core(k + 2)
		if next > k+2 && len(ms) == 1 && ms[0].Type == Date && ms[0].Day > 0 && ms[0].Month > 0 && !ms[0].HasClock {
			m := ms[0]
			m.WeekOf = true
			m.Start = r.toks[i].Start
			return m, next, true
		}
	}
	// early/mid/late + date, "mid-March", "late last year"
	if r.cls(j, cMod) {
		v := r.val(j)
		switch v {
		case mEarly, mMid, mLate:
			k := j + 1
			if r.dash(k) && r.glued(k) {
				k++
			}
			// "mid-afternoon", "early morning", "late evening yesterday"
			if r.cls(k, cPartDay) && !r.isPlural(k) {
				m := Mention{Start: r.toks[i].Start, End: r.toks[k].End, Type: Time, Part: r.val(k), Rel: relDeictic, Unit: uDay}
				next := k + 1
				switch {
				case r.cls(next, cDeictic) && (r.val(next) == dYesterday || r.val(next) == dToday || r.val(next) == dTomorrow):
					d, nx, _ := r.deictic(next)
					m.Offset, m.End, next = d.Offset, d.End, nx
				case r.cls(next, cWeekday) && r.toks[next].Has(Upper):
					m.Rel, m.Weekday, m.End = relNone, r.val(next), r.toks[next].End
					next++
				}
				return m, next, true
			}
			if r.fn(k, fIn) { // "early in 2024" is rare; keep it simple
				return Mention{}, i, false
			}
			ms, next := r.core(k)
			if next == k || len(ms) != 1 || ms[0].Type != Date || ms[0].Vague != "" {
				return Mention{}, i, false
			}
			m := ms[0]
			m.Mod = modOf(v)
			m.Start = r.toks[i].Start
			if r.fn(i-1, fThe) && !r.fn(i-2, fOf) {
				m.Start = r.toks[i-1].Start // "the late 1970s"
			}
			return m, next, true
		case mEarlier, mLater:
			// "earlier this year", "later this month", "earlier Sunday",
			// "later that year": the period itself, with no mod.
			ms, next := r.core(j + 1)
			if next == j+1 || len(ms) != 1 || (ms[0].Type != Date && ms[0].Type != Time) || ms[0].Vague != "" {
				return Mention{}, i, false
			}
			m := ms[0]
			if m.Start > r.toks[j+1].Start && !r.fn(j+1, fThe) {
				return Mention{}, i, false
			}
			m.Start = r.toks[i].Start
			m.Earlier, m.Later = v == mEarlier, v == mLater
			return m, next, true
		}
	}
	if mod != "" {
		ms, next := r.core(j)
		if next == j || len(ms) != 1 || (ms[0].Type != Time && ms[0].Type != Date && ms[0].Type != Duration) {
			return Mention{}, i, false
		}
		m := ms[0]
		if m.Type == Duration {
			m.Mod = durMod
		} else {
			m.Mod = mod
		}
		m.Start = r.toks[i].Start
		return m, next, true
	}
	return Mention{}, i, false
}

// approxable reports whether "about" may qualify mention m, which starts at
// token j: a clock time, a number-led date ("about 1990") or a deictic
// offset ("about two weeks ago"), not "around Wednesday's ruling".
func (r *recognizer) approxable(j int, m Mention) bool {
	return m.HasClock || r.ok(j) && r.toks[j].Kind == Number || m.Rel == relDeictic && m.Offset != 0 && m.Unit != uDay
}

func modOf(v int) string {
	switch v {
	case mEarly, mBeginning, mStart:
		return "START"
	case mMid, mMiddle:
		return "MID"
	case mLate, mEnd:
		return "END"
	}
	return ""
}

func (r *recognizer) startsQuantity(i int) bool {
	if !r.ok(i) {
		return false
	}
	if r.toks[i].Kind == Number || r.cls(i, cNumWord) || r.fn(i, fA) || r.fn(i, fAn) || r.fn(i, fFew) || r.fn(i, fSeveral) {
		return true
	}
	return false
}
