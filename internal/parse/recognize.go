package parse

import (
	"slices"
	"strconv"
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

// ---- numbers first

func (r *recognizer) numberFirst(i int) ([]Mention, int) {
	v, digits, ok := r.num(i)
	if !ok {
		return nil, i
	}
	start := r.toks[i].Start
	ordinal := r.toks[i].Has(Ordinal)
	// A number glued to a letter or hyphen before it is part of a name:
	// "F-16", "Fath-360", "COVID-19", "G7", "Su-35".
	if i > 0 && r.glued(i) && (r.toks[i-1].Kind == Word || r.dash(i-1) && r.glued(i-1) && r.toks[i-2].Kind == Word) {
		// "mid-2024" is handled by the prefix; "FY2024" is a fiscal year.
		if !(r.dash(i-1) && r.cls(i-2, cMod)) && !(r.isWord(i-1, "fy") && digits == 4) {
			return nil, i
		}
	}
	if i > 0 && r.glued(i) && (r.punct(i-1, '$') || r.punct(i-1, '#') || string(r.text(i-1)) == "£" || string(r.text(i-1)) == "€") {
		return nil, i
	}
	// A number inside a larger number: "1,500", "3.5".
	if i > 0 && r.glued(i) && (r.punct(i-1, ',') || r.punct(i-1, '.')) && r.ok(i-2) && r.toks[i-2].Kind == Number && r.glued(i-1) {
		return nil, i
	}
	if !ordinal && r.glued(i+1) && (r.punct(i+1, ',') || r.punct(i+1, '.')) && r.ok(i+2) && r.toks[i+2].Kind == Number && r.glued(i+2) {
		// digit groups and decimals, unless it is a dotted date "09.01.2026"
		// or a clock time "6.30am"
		dotted := r.punct(i+1, '.') && r.punct(i+3, '.') && r.glued(i+3)
		clock := r.punct(i+1, '.') && digits <= 2 && (r.fn(i+3, fAM) || r.fn(i+3, fPM)) && r.glued(i+3)
		if !dotted && !clock {
			return nil, i
		}
	}
	// "the '50s", "the 40s": a decade of the twentieth century
	if digits == 2 && v%10 == 0 && r.isWord(i+1, "s") && r.glued(i+1) && (r.fn(i-1, fThe) || r.punct(i-1, '\'') || string(r.textOr(i-1)) == "’" || r.fn(i+2, fAnd)) {
		m := Mention{Start: start, End: r.toks[i+1].End, Type: Date, Decade: 190 + v/10}
		if r.punct(i-1, '\'') || string(r.textOr(i-1)) == "’" {
			m.Start = r.toks[i-1].Start
		}
		return r.one(m), i + 2
	}
	if digits == 4 && !ordinal {
		// Year first with dots or slashes: 2012.08.08, 2012/08/08
		if (r.punct(i+1, '.') || r.punct(i+1, '/')) && r.glued(i+1) && r.glued(i+2) && r.ok(i+3) && r.toks[i+3].Kind == Punct && r.src[r.toks[i+3].Start] == r.src[r.toks[i+1].Start] && r.glued(i+3) && r.glued(i+4) {
			mo, d2, ok1 := r.num(i + 2)
			d, d3, ok2 := r.num(i + 4)
			if ok1 && ok2 && d2 <= 2 && d3 <= 2 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(v, mo) && !(r.glued(i+5) && r.ok(i+5) && r.toks[i+5].Kind != Punct) {
				return r.one(Mention{Start: start, End: r.toks[i+4].End, Type: Date, Year: v, Month: mo, Day: d}), i + 5
			}
		}
		// A four-digit clock before a time zone: "1052 GMT", "(1852 HKT)"
		if v%100 < 60 && v/100 < 24 && r.cls(i+1, cZone) && r.toks[i+1].Has(Upper) && !r.toks[i].Has(Ordinal) {
			return r.one(Mention{Start: start, End: r.toks[i+1].End, Type: Time, Hour: v / 100, Minute: v % 100, HasClock: true, UTC: r.isUTC(i + 1)}), i + 2
		}
		// ISO date: 2025-01-17, 2024-05
		if r.dash(i+1) && r.glued(i+1) && r.glued(i+2) {
			if mo, d2, ok := r.num(i + 2); ok && d2 == 2 && mo >= 1 && mo <= 12 {
				m := Mention{Start: start, End: r.toks[i+2].End, Type: Date, Year: v, Month: mo}
				next := i + 3
				if r.dash(next) && r.glued(next) && r.glued(next+1) {
					if d, d3, ok := r.num(next + 1); ok && d3 == 2 && d >= 1 && d <= daysIn(v, mo) {
						m.Day = d
						m.End = r.toks[next+1].End
						next += 2
					}
				}
				if r.glued(next) && r.ok(next) && r.toks[next].Kind == Word && !r.isWord(next, "t") {
					return nil, i
				}
				return r.one(m), next
			}
		}
		// decade: "1990s", "the 1990s"
		if v%10 == 0 && r.isWord(i+1, "s") && r.glued(i+1) && v >= 1000 && v < 2100 {
			m := Mention{Start: start, End: r.toks[i+1].End, Type: Date, Decade: v / 10}
			if r.fn(i-1, fThe) {
				m.Start = r.toks[i-1].Start
			}
			return r.one(m), i + 2
		}
		if r.isWord(i+1, "s") && r.glued(i+1) {
			return nil, i
		}
		if v >= 1000 && v <= 2199 && r.yearContext(i) {
			m := Mention{Start: start, End: r.toks[i].End, Type: Date, Year: v}
			switch {
			case r.fn(i-1, fFiscal):
				m.Start = r.toks[i-1].Start // "fiscal 1989"
			case r.isWord(i-1, "year") && r.fn(i-2, fFiscal):
				m.Start = r.toks[i-2].Start // "fiscal year 2024"
			case r.isWord(i-1, "fy"):
				m.Start = r.toks[i-1].Start // "FY2024", "FY 2024"
			}
			// "the 1988 period", "the 1988 second quarter"
			if r.fn(i-1, fThe) && !r.fn(i-2, fOf) {
				if r.isWord(i+1, "period") {
					m.Start, m.End = r.toks[i-1].Start, r.toks[i+1].End
					return r.one(m), i + 2
				}
				if r.cls(i+1, cOrdWord) {
					if p, nx, ok := r.part(i+1, i+1); ok {
						p.Start, p.Year = r.toks[i-1].Start, v
						return r.one(p), nx
					}
				}
			}
			// Year ranges: "2015-2017", "between 2015 and 2017", "from 2014 to 2018".
			if r.dash(i+1) || r.fn(i+1, fTo) || r.fn(i+1, fAnd) || r.fn(i+1, fThrough) || r.fn(i+1, fUntil) {
				if v2, d2, ok := r.num(i + 2); ok && !r.toks[i+2].Has(Ordinal) && (d2 == 4 && v2 > v && v2 <= 2199 || d2 == 2 && r.dash(i+1) && r.glued(i+1) && r.glued(i+2)) {
					if d2 == 2 {
						v2 = v/100*100 + v2
					}
					if v2 > v && (r.dash(i+1) || r.rangeStart(i) || r.fn(i+1, fTo) || r.fn(i+1, fThrough)) && r.yearContext(i+2) {
						e := Mention{Start: r.toks[i+2].Start, End: r.toks[i+2].End, Type: Date, Year: v2}
						m.RangeEnd = true
						return r.two(m, e), i + 3
					}
				}
			}
			return r.one(m), i + 1
		}
		return nil, i
	}
	// Numeric dates: 5/6/2025, 09.01.2026, 12/25/98
	if !ordinal && digits <= 2 && (r.punct(i+1, '/') || r.punct(i+1, '.') || r.dash(i+1)) && r.glued(i+1) && r.glued(i+2) {
		sep := r.src[r.toks[i+1].Start]
		b, db, ok1 := r.num(i + 2)
		if ok1 && db <= 2 && r.ok(i+3) && r.glued(i+3) && r.toks[i+3].Kind == Punct && r.src[r.toks[i+3].Start] == sep && r.glued(i+4) {
			y, dy, ok2 := r.num(i + 4)
			trailing := r.glued(i+5) && (r.toks[i+5].Kind == Number || r.toks[i+5].Kind == Word || r.punct(i+5, sep) && r.ok(i+6) && r.glued(i+6))
			if ok2 && (dy == 4 || dy == 2) && !r.toks[i+4].Has(Ordinal) && !trailing {
				if dy == 2 {
					y = twoDigitYear(y)
				}
				m := Mention{Start: start, End: r.toks[i+4].End, Type: Date, Year: y, Numeric: true}
				switch {
				case v > 12 && v <= 31 && b >= 1 && b <= 12:
					m.Day, m.Month, m.NumOrder = v, b, OrderDMY
				case b > 12 && b <= 31 && v >= 1 && v <= 12:
					m.Month, m.Day, m.NumOrder = v, b, OrderMDY
				case v >= 1 && v <= 12 && b >= 1 && b <= 12:
					m.Ambiguous, m.NumA, m.NumB = true, v, b
					if v == b {
						m.Ambiguous = false
						m.Month, m.Day = v, b
					}
				default:
					return nil, i
				}
				if r.toks[i].Has(Ordinal) || r.toks[i+2].Has(Ordinal) || m.Day > 0 && m.Day > daysIn(m.Year, m.Month) {
					return nil, i
				}
				return r.one(m), i + 5
			}
		}
	}
	// Clock times: 14:30, 3:30 p.m., 9 a.m., 6 o'clock
	if !ordinal && digits <= 2 && v <= 24 {
		if m, next, ok := r.clock(i, v); ok {
			return r.one(m), next
		}
	}
	// "the 20th century"
	if ordinal && r.cls(i+1, cUnit) && r.val(i+1) == uCentury && v >= 1 && v <= 21 {
		m := Mention{Start: start, End: r.toks[i+1].End, Type: Date, Century: v - 1}
		if r.fn(i-1, fThe) {
			m.Start = r.toks[i-1].Start
		}
		return r.one(m), i + 2
	}
	// "on the 17th": a day of a month the tense picks
	if ordinal && v >= 1 && v <= 31 && r.fn(i-1, fThe) && !r.cls(i+1, cMonth) && !r.fn(i+1, fOf) &&
		(!r.ok(i+1) || r.toks[i+1].Kind == Punct || r.cls(i+1, cFunc) && !r.fn(i+1, fA) && !r.fn(i+1, fThe)) {
		return r.one(Mention{Start: r.toks[i-1].Start, End: r.toks[i].End, Type: Date, Day: v}), i + 1
	}
	// Day first: 17 January [2025], 17th of January, 13-15 January, 30 May to 2 June
	if digits <= 2 && v >= 1 && v <= 31 {
		if ms, next := r.dayFirst(i, v); next > i {
			return ms, next
		}
	}
	// Quantities: 48 hours, 3 years ago, 24-hour
	if !ordinal {
		if m, next, ok := r.quantity(i); ok {
			return r.one(m), next
		}
	}
	return nil, i
}

func twoDigitYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

// rangeStart reports whether the token before i opens a range: "from",
// "between".
func (r *recognizer) rangeStart(i int) bool {
	return r.fn(i-1, fFrom) || r.fn(i-1, fBetween)
}

// notYearBefore lists words after which a four-digit number is a name or a
// count, not a year.
var notYearBefore = map[string]bool{
	"resolution": true, "resolutions": true, "article": true, "articles": true, "no": true, "number": true,
	"flight": true, "route": true, "model": true, "version": true, "room": true, "page": true, "pages": true,
	"chapter": true, "section": true, "paragraph": true, "code": true, "line": true, "highway": true,
	"interstate": true, "unit": true, "bus": true, "item": true, "vol": true, "volume": true, "issue": true,
	"rule": true, "boeing": true, "airbus": true, "dow": true, "index": true, "nasdaq": true, "s&p": true,
	"at": false, "to": false, "bill": true, "hr": true, "h": true, "case": true, "file": true, "tel": true,
	"phone": true, "fax": true, "box": true, "suite": true, "apartment": true, "apt": true, "street": true,
	"avenue": true, "road": true, "gate": true, "terminal": true, "platform": true, "pier": true,
	"population": true, "score": true, "rank": true, "ranked": true, "level": true, "mark": true, "points": true,
	"flt": true, "flights": true, "call": true, "dial": true, "telephone": true, "mobile": true, "hotline": true,
	"st": true, "rd": true, "ave": true, "blvd": true, "lane": true, "boulevard": true,
}

// phoneBefore lists words that open a telephone number written in digit
// groups: "call 0300 555 2019".
var phoneBefore = map[string]bool{
	"call": true, "phone": true, "tel": true, "telephone": true, "dial": true, "fax": true, "mobile": true,
	"hotline": true, "number": true, "on": true, "at": true,
}

// streetWords lists the words that end a street name after a house number:
// "1800 K Street", "1600 Pennsylvania Avenue".
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true,
	"blvd": true, "lane": true, "ln": true, "way": true, "drive": true, "place": true, "square": true,
}

// notYearAfter lists nouns after which a four-digit number is a count.
var notYearAfter = map[string]bool{
	"troops": true, "soldiers": true, "people": true, "persons": true, "km": true, "kilometres": true,
	"kilometers": true, "miles": true, "metres": true, "meters": true, "m": true, "ft": true, "feet": true,
	"tonnes": true, "tons": true, "barrels": true, "dollars": true, "euros": true, "pounds": true, "yen": true,
	"workers": true, "employees": true, "jobs": true, "homes": true, "houses": true, "families": true,
	"children": true, "men": true, "women": true, "students": true, "members": true, "votes": true,
	"points": true, "shares": true, "units": true, "cars": true, "vehicles": true, "aircraft": true,
	"planes": true, "ships": true, "missiles": true, "drones": true, "rockets": true, "tanks": true,
	"refugees": true, "migrants": true, "civilians": true, "deaths": true, "dead": true, "cases": true,
	"victims": true, "kg": true, "kilograms": true, "mw": true, "gw": true, "kw": true, "acres": true,
	"hectares": true, "rounds": true, "residents": true, "passengers": true, "fans": true, "spectators": true,
	"copies": true, "words": true, "pages": true, "seats": true, "beds": true, "police": true, "officers": true,
	"staff": true, "protesters": true, "demonstrators": true, "delegates": true, "participants": true,
	"years": true, "hours": true, "days": true, "weeks": true, "months": true, "times": true, "mph": true,
	"kph": true, "degrees": true, "percent": true, "per": true, "pct": true, "calories": true, "bn": true,
	"million": true, "billion": true, "trillion": true, "thousand": true, "hundred": true,
}

// yearContext reports whether the four-digit number at token i reads as a
// year in its surroundings.
func (r *recognizer) yearContext(i int) bool {
	if i > 0 {
		p := i - 1
		if r.toks[p].Kind == Word {
			if r.has(p, wNotYearBefore) {
				return false
			}
		}
		if r.toks[p].Kind == Number && r.glued(i) {
			return false
		}
		// the tail of a numeric date that was refused: "2/30/2024"
		if r.glued(i) && (r.punct(p, '/') || r.punct(p, '.')) && p > 0 && r.toks[p-1].Kind == Number && r.glued(p) {
			return false
		}
		// "flight KQ 1432": an airline code after the word flight
		if r.flightCode(p) && (r.isWord(p-1, "flight") || r.isWord(p-1, "flt") || r.isWord(p-1, "flights")) {
			return false
		}
		// "No. 1432", "#1432"
		if r.punct(p, '#') || r.punct(p, '.') && r.isWord(p-1, "no") {
			return false
		}
		// "some 1500 soldiers", "about 2000 people"
		if r.cls(p, cApprox) || r.fn(p, fOver) || r.fn(p, fThan) || r.isWord(p, "nearly") {
			if r.ok(i+1) && r.toks[i+1].Kind == Word && !r.toks[i+1].Has(Upper) && r.ents[i+1].cls == cNone {
				return false
			}
		}
	}
	if n := i + 1; r.ok(n) {
		t := r.toks[n]
		if r.glued(n) {
			if t.Kind == Word || t.Kind == Number {
				return false
			}
			c := r.src[t.Start]
			if c == '%' || c == '-' && r.ok(n+1) && r.toks[n+1].Kind == Word && r.glued(n+1) && !r.cls(n+1, cUnit) && !r.cls(n+1, cMonth) {
				return false
			}
		}
		if t.Kind == Word && r.has(n, wNotYearAfter) {
			return false
		}
		if t.Kind == Word && (r.isWord(n, "per") || r.isWord(n, "percent")) {
			return false
		}
	}
	return !r.phoneGroup(i) && !r.houseNumber(i)
}

// flightCode reports whether token i is a two-character airline code such
// as "KQ", "BA" or "U2": capitals and at most one digit.
func (r *recognizer) flightCode(i int) bool {
	if !r.ok(i) || r.toks[i].Kind != Word {
		return false
	}
	s := r.text(i)
	if len(s) != 2 {
		return false
	}
	letters := 0
	for _, c := range s {
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return letters >= 1
}

// phoneGroup reports whether the number at token i is one group of a
// telephone number: "0300 555 2019", "+44 20 7946 0958", "call 555 2019".
// The groups are numbers separated only by spaces; three or more of them,
// or two after a phone word or a plus sign, make a telephone number.
func (r *recognizer) phoneGroup(i int) bool {
	group := func(k int) bool {
		return r.ok(k) && r.toks[k].Kind == Number && !r.toks[k].Has(Ordinal) && !r.glued(k) &&
			r.toks[k].End-r.toks[k].Start >= 2
	}
	first, last := i, i
	for first > 0 && group(first-1) && group(first) {
		first--
	}
	for group(last + 1) {
		last++
	}
	if last == first {
		return false
	}
	if last-first >= 2 || r.punct(first-1, '+') {
		return true
	}
	return r.ok(first-1) && r.toks[first-1].Kind == Word && r.has(first-1, wPhoneBefore) &&
		!r.cls(first-1, cMonth)
}

// houseNumber reports whether the number at token i is a street number:
// "1800 K Street", "1600 Pennsylvania Avenue". Up to three capitalised
// words and then a street word follow it.
func (r *recognizer) houseNumber(i int) bool {
	for k := i + 1; k <= i+4 && r.ok(k) && r.toks[k].Kind == Word && r.toks[k].Has(Upper); k++ {
		if k > i+1 && r.has(k, wStreet) {
			return true
		}
		if r.cls(k, cMonth) || r.cls(k, cWeekday) {
			return false
		}
	}
	return false
}

// yearAfter reads an optional ", 2025" or " 2025" or "of 2025" after token
// i-1, returning the year and the next index.
func (r *recognizer) yearAfter(i int) (int, int) {
	j := i
	of := r.fn(j, fOf)
	if r.punct(j, ',') || of {
		j++
	}
	// After "of" ("the spring of 1944 troops") the number is a year
	// whatever noun follows it.
	if y, d, ok := r.num(j); ok && d == 4 && !r.toks[j].Has(Ordinal) && y >= 1000 && y <= 2199 && (of || r.yearContext(j)) {
		return y, j + 1
	}
	// "'98"
	if (r.punct(j, '\'') || string(r.textOr(j)) == "’") && r.glued(j+1) {
		if y, d, ok := r.num(j + 1); ok && d == 2 {
			return twoDigitYear(y), j + 2
		}
	}
	return 0, i
}

func (r *recognizer) textOr(i int) []byte {
	if !r.ok(i) {
		return nil
	}
	return r.text(i)
}

// thatYear is what relYearAfter returns for "of that year" and "the same
// year": a year taken from an earlier date, not counted from the reference.
const thatYear = 1 << 10

// relYearAfter reads "last year", "this year", "next year", "of last year"
// after a month or day-month: "in October last year".
func (r *recognizer) relYearAfter(i int) (int, int, bool) {
	j := i
	if r.fn(j, fOf) || r.punct(j, ',') {
		j++
	}
	if r.cls(j, cShift) && r.cls(j+1, cUnit) && r.val(j+1) == uYear && !r.isPlural(j+1) {
		switch r.val(j) {
		case sLast, sPast, sPrevious:
			return -1, j + 2, true
		case sThis, sCurrent:
			return 0, j + 2, true
		case sNext, sComing:
			return 1, j + 2, true
		case sThat, sSame:
			return thatYear, j + 2, true
		}
	}
	return 0, i, false
}

// yearBack reads "last year", "of last year", "a year ago", "a year
// earlier" or "one year before" at token i, the words that move a period
// one year back, and returns the index of the token after them.
func (r *recognizer) yearBack(i int) (int, bool) {
	if off, nx, ok := r.relYearAfter(i); ok && off == -1 {
		return nx, true
	}
	if (r.fn(i, fA) || r.isWord(i, "one")) && r.cls(i+1, cUnit) && r.val(i+1) == uYear && !r.isPlural(i+1) &&
		(r.fn(i+2, fAgo) || r.isWord(i+2, "earlier") || r.fn(i+2, fBefore)) {
		return i + 3, true
	}
	return i, false
}

// isPlural reports whether word token i ends in a plural "s"; a possessive
// "'s" is not one.
func (r *recognizer) isPlural(i int) bool {
	s := r.text(i)
	if len(s) < 2 || (s[len(s)-1]|0x20) != 's' {
		return false
	}
	p := s[len(s)-2]
	return p != '\'' && p != 0x99 // 0x99 ends "’"
}

// dayFirst reads "17 January", "17th of January 2025", "13-15 January",
// "30 May to 2 June", "13 and 14 January".
func (r *recognizer) dayFirst(i int, day int) ([]Mention, int) {
	j := i + 1
	if r.fn(j, fOf) {
		j++
	}
	start := r.toks[i].Start
	if r.toks[i].Has(Ordinal) && r.fn(i-1, fThe) {
		start = r.toks[i-1].Start
	}
	if r.cls(j, cMonth) && r.monthWordOK(j, true) {
		mo := r.val(j)
		end := r.toks[j].End
		next := j + 1
		if r.punct(next, '.') && r.glued(next) && isMonthAbbrev(r.lw(j)) {
			end = r.toks[next].End
			next++
		}
		m := Mention{Start: start, End: end, Type: Date, Month: mo, Day: day, Style: OrderDMY}
		if y, nx := r.yearAfter(next); nx > next {
			m.Year, m.End, next = y, r.toks[nx-1].End, nx
		} else if off, nx, ok := r.relYearAfter(next); ok {
			m.YearRel, m.YearOffset, m.End, next = true, off, r.toks[nx-1].End, nx
			if off == thatYear {
				m.YearRel, m.Anaphoric = false, true
			}
		}
		if day > daysIn(2024, mo) {
			return nil, i
		}
		// Range "30 May to 2 June", "23 December to 7 January"
		if r.fn(next, fTo) || r.dash(next) || r.fn(next, fUntil) || r.fn(next, fThrough) {
			if d2, dd, ok := r.num(next + 1); ok && dd <= 2 && r.cls(next+2, cMonth) {
				ms, nx := r.dayFirst(next+1, d2)
				if len(ms) == 1 {
					e := ms[0]
					if m.Year == 0 && e.Year != 0 {
						m.Year = e.Year
						if e.Month < m.Month {
							m.Year--
						}
					}
					m.RangeEnd = true
					return r.two(m, e), nx
				}
			}
		}
		return r.one(m), next
	}
	// Range with a shared month: "13-15 January", "from 13 to 15 January", "between 14 and 17 January"
	if r.dash(j) || r.fn(j, fTo) || r.fn(j, fAnd) && r.fn(i-1, fBetween) || r.fn(j, fThrough) {
		if d2, dd, ok := r.num(j + 1); ok && dd <= 2 && d2 > day && r.cls(j+2, cMonth) {
			ms, nx := r.dayFirst(j+1, d2)
			if len(ms) == 1 {
				e := ms[0]
				m := Mention{Start: start, End: r.toks[i].End, Type: Date, Day: day, Month: e.Month, Year: e.Year,
					YearRel: e.YearRel, YearOffset: e.YearOffset, RangeEnd: true}
				return r.two(m, e), nx
			}
		}
	}
	return nil, i
}

// monthWordOK decides whether the month name at token i is a month here,
// keeping out "may" the verb, "March" the protest and "April" the name.
func (r *recognizer) monthWordOK(i int, withDay bool) bool {
	t := r.toks[i]
	v := r.val(i)
	s := r.text(i)
	if !t.Has(Upper) {
		// Lower-case month names appear in careless text, but "may" and
		// "march" are far more often a verb.
		if v == 5 || v == 3 {
			return false
		}
		if !withDay {
			return false
		}
	}
	// Short forms must be followed by a period or a day: "Jan. 17", "Jan 17".
	if len(s) <= 4 && v != 5 && v != 6 && v != 7 && !(len(s) == 4 && v == 9) {
		if !withDay && !r.punct(i+1, '.') {
			return false
		}
	}
	if withDay {
		return true
	}
	// A capitalised word right after a bare month makes it a name: "April
	// Smith"; not after a preposition: "in August Korea Hydro agreed".
	governed := r.fn(i-1, fIn) || r.fn(i-1, fSince) || r.fn(i-1, fUntil) || r.fn(i-1, fBy) || r.fn(i-1, fDuring) || r.fn(i-1, fBefore) || r.fn(i-1, fAfter) || r.fn(i-1, fThrough) || r.cls(i-1, cShift) || r.cls(i-1, cMod)
	if n := i + 1; !governed && r.ok(n) && r.toks[n].Kind == Word && r.toks[n].Has(Upper) && !r.toks[n].Has(NewlineBefore) {
		c := r.ents[n].cls
		if c != cMonth && c != cWeekday && c != cHoliday && c != cZone && !r.sentenceStart(n) {
			return false
		}
	}
	// A capitalised word before it makes it part of a name: "the Dignity March".
	if p := i - 1; p >= 0 && r.toks[p].Kind == Word && r.toks[p].Has(Upper) && !r.sentenceStart(p) && !t.Has(NewlineBefore) {
		c := r.ents[p].cls
		if c == cNone {
			return false
		}
	}
	if v == 5 {
		// "May" at the start of a sentence followed by a pronoun or a base
		// verb is the modal: "May God bless". Keep only "May" that a
		// preposition or determiner governs, or that stands before a comma,
		// a year, or a period.
		p := i - 1
		if p >= 0 && (r.cls(p, cFunc) || r.cls(p, cShift) || r.cls(p, cMod) || r.cls(p, cApprox) || r.isWord(p, "mid")) {
			return true
		}
		if r.punct(i+1, ',') || r.punct(i+1, '.') || r.ok(i+1) && r.toks[i+1].Kind == Number {
			return true
		}
		return false
	}
	if v == 3 {
		// "March" the walk: "a March on", "the March to".
		if r.fn(i+1, fOn) || r.fn(i+1, fTo) || r.isWord(i+1, "against") || r.fn(i+1, fFrom) || r.isWord(i+1, "for") {
			if !r.fn(i-1, fIn) && !r.fn(i-1, fSince) && !r.fn(i-1, fUntil) && !r.fn(i-1, fBy) {
				return false
			}
		}
		if r.fn(i-1, fA) {
			return false
		}
	}
	return true
}

// possessive reports whether a word ends in "'s" or "’s".
func possessive(b []byte) bool {
	return hasSuffix(b, "'s") || hasSuffix(b, "’s")
}

// isMonthAbbrev reports whether a month word, lower-cased, is a short
// form that takes a period ("Jan.", "Sept."), unlike "May", "June" and
// "July".
func isMonthAbbrev(s string) bool {
	if len(s) > 4 {
		return false
	}
	switch s {
	case "may", "june", "july":
		return false
	}
	return true
}

// sentenceStart reports whether token i begins a sentence or line.
func (r *recognizer) sentenceStart(i int) bool {
	if i == 0 || r.toks[i].Has(NewlineBefore) {
		return true
	}
	p := i - 1
	if r.toks[p].Kind == Punct {
		c := r.src[r.toks[p].Start]
		if c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || c == '*' {
			return true
		}
		s := r.text(p)
		if string(s) == "‘" || string(s) == "“" || string(s) == "•" || string(s) == "—" {
			return true
		}
	}
	return false
}

// monthFirst reads "January 17, 2025", "Jan. 17", "May 2024", "March 4-6",
// "October last year", and a month alone.
func (r *recognizer) monthFirst(i int) ([]Mention, int) {
	mo := r.val(i)
	start := r.toks[i].Start
	j := i + 1
	abbrev := false
	if r.punct(j, '.') && r.glued(j) && isMonthAbbrev(r.lw(i)) {
		j++
		abbrev = true
	}
	_ = abbrev
	if d, dd, ok := r.num(j); ok && dd <= 2 && d >= 1 && d <= daysIn(2024, mo) && r.monthWordOK(i, true) && !(r.glued(j+1) && r.punct(j+1, ':') && r.glued(j+2) && r.ok(j+2) && r.toks[j+2].Kind == Number) {
		// "May 12", "Oct 21st, 2024"
		m := Mention{Start: start, End: r.toks[j].End, Type: Date, Month: mo, Day: d, Style: OrderMDY}
		next := j + 1
		// Range "March 4-6", "June 3 to 5"
		if (r.dash(next) || r.fn(next, fTo) || r.fn(next, fThrough) || r.fn(next, fAnd)) && !r.cls(next+2, cMonth) && !r.cls(next+2, cUnit) {
			if d2, dd2, ok := r.num(next + 1); ok && dd2 <= 2 && d2 > d && d2 <= daysIn(2024, mo) {
				e := Mention{Start: r.toks[next+1].Start, End: r.toks[next+1].End, Type: Date, Month: mo, Day: d2}
				nx := next + 2
				if y, n2 := r.yearAfter(nx); n2 > nx {
					e.Year, e.End, nx = y, r.toks[n2-1].End, n2
					m.Year = y
				}
				m.RangeEnd = true
				return r.two(m, e), nx
			}
		}
		if y, nx := r.yearAfter(next); nx > next {
			m.Year, m.End, next = y, r.toks[nx-1].End, nx
		} else if off, nx, ok := r.relYearAfter(next); ok {
			m.YearRel, m.YearOffset, m.End, next = true, off, r.toks[nx-1].End, nx
			if off == thatYear {
				m.YearRel, m.Anaphoric = false, true
			}
		}
		// "Jan. 30 to Feb. 6"
		if r.fn(next, fTo) || r.dash(next) || r.fn(next, fThrough) || r.fn(next, fUntil) {
			if r.cls(next+1, cMonth) {
				ms, nx := r.monthFirst(next + 1)
				if len(ms) == 1 && ms[0].Day > 0 {
					m.RangeEnd = true
					if m.Year == 0 {
						m.Year = ms[0].Year
					}
					return r.two(m, ms[0]), nx
				}
			}
		}
		return r.one(m), next
	}
	// "May 2024", "October of 2022"
	if y, nx := r.yearAfter(j); nx > j && (r.toks[i].Has(Upper) || mo != 5 && mo != 3) {
		m := Mention{Start: start, End: r.toks[nx-1].End, Type: Date, Month: mo, Year: y}
		// "June 2019 through August 2023"
		if r.fn(nx, fTo) || r.dash(nx) || r.fn(nx, fThrough) || r.fn(nx, fUntil) || r.fn(nx, fAnd) && r.fn(i-1, fBetween) {
			if r.cls(nx+1, cMonth) {
				ms, n2 := r.monthFirst(nx + 1)
				if len(ms) == 1 && ms[0].Year != 0 && ms[0].Day == 0 {
					m.RangeEnd = true
					return r.two(m, ms[0]), n2
				}
			}
		}
		return r.one(m), nx
	}
	if !r.monthWordOK(i, false) {
		return nil, i
	}
	m := Mention{Start: start, End: r.toks[i].End, Type: Date, Month: mo}
	next := i + 1
	if abbrev {
		next = j
		m.End = r.toks[j-1].End
	}
	if off, nx, ok := r.relYearAfter(next); ok {
		m.YearRel, m.YearOffset, m.End, next = true, off, r.toks[nx-1].End, nx
		if off == thatYear {
			m.YearRel, m.Anaphoric = false, true
		}
	}
	// "March to May", "between June and August"
	if (r.fn(next, fTo) || r.dash(next) || r.fn(next, fThrough) || r.fn(next, fUntil) || r.fn(next, fAnd) && r.fn(i-1, fBetween)) && r.cls(next+1, cMonth) && r.monthWordOK(next+1, false) {
		ms, nx := r.monthFirst(next + 1)
		if len(ms) == 1 && ms[0].Day == 0 {
			m.RangeEnd = true
			if m.Year == 0 && ms[0].Year != 0 {
				m.Year = ms[0].Year
				if ms[0].Month < m.Month {
					m.Year--
				}
			}
			return r.two(m, ms[0]), nx
		}
	}
	return r.one(m), next
}

// weekday reads "Monday", "Monday night", "Saturday 19 April 2025",
// "Monday, Jan. 6".
func (r *recognizer) weekday(i int) (Mention, int, bool) {
	t := r.toks[i]
	if !t.Has(Upper) {
		return Mention{}, i, false
	}
	s := r.text(i)
	plural := (s[len(s)-1]|0x20) == 's' && !(len(s) > 2 && (s[len(s)-2] == '\'' || s[len(s)-3] == 0xe2))
	m := Mention{Start: t.Start, End: t.End, Type: Date, Weekday: r.val(i)}
	if plural && !r.isWord(i, "tuesdays") || plural {
		// "on Mondays": a set
		if lw := r.lw(i); lw[len(lw)-1] == 's' && lw[len(lw)-2] == 'y' {
			m.Type = Set
			m.Dur = "XXXX-WXX-" + strconv.Itoa(m.Weekday)
			return m, i + 1, true
		}
	}
	next := i + 1
	// A following date: "Saturday 19 April 2025", "Monday, Jan. 6"
	j := next
	if r.punct(j, ',') {
		j++
	}
	if r.ok(j) && (r.toks[j].Kind == Number || r.cls(j, cMonth)) {
		ms, nx := r.core(j)
		if len(ms) == 1 && ms[0].Type == Date && ms[0].Day > 0 {
			d := ms[0]
			d.Start = t.Start
			d.Weekday = m.Weekday
			return d, nx, true
		}
	}
	if r.cls(next, cPartDay) {
		m.Part = r.val(next)
		m.Type = Time
		m.End = r.toks[next].End
		next++
	}
	return m, next, true
}

// deictic reads "today", "yesterday afternoon", "tonight", "now",
// "recently", "soon".
func (r *recognizer) deictic(i int) (Mention, int, bool) {
	t := r.toks[i]
	m := Mention{Start: t.Start, End: t.End, Type: Date}
	next := i + 1
	switch r.val(i) {
	case dToday:
		m.Rel, m.Unit, m.Offset = relDeictic, uDay, 0
	case dYesterday:
		m.Rel, m.Unit, m.Offset = relDeictic, uDay, -1
	case dTomorrow:
		m.Rel, m.Unit, m.Offset = relDeictic, uDay, 1
	case dTonight:
		m.Rel, m.Unit, m.Offset = relDeictic, uDay, 0
		m.Part, m.Type = partNI, Time
		return m, next, true
	case dNow, dCurrently, dNowadays:
		// "now" as a discourse word ("Now, ...") is still the present.
		m.Vague = "PRESENT_REF"
		return m, next, true
	case dRecently, dLately:
		m.Vague = "PAST_REF"
		return m, next, true
	case dSoon:
		m.Vague = "FUTURE_REF"
		return m, next, true
	default:
		return Mention{}, i, false
	}
	if r.cls(next, cPartDay) {
		m.Part, m.Type = r.val(next), Time
		m.End = r.toks[next].End
		next++
	}
	return m, next, true
}

// shifted reads last/next/this/coming/past/previous/following + a period:
// "last July", "next Tuesday", "this week", "the past year", "the
// following day", "the same month", "that year", "recent years".
func (r *recognizer) shifted(i int) (Mention, int, bool) {
	sv := r.val(i)
	start := r.toks[i].Start
	if r.fn(i-1, fThe) {
		start = r.toks[i-1].Start
	}
	j := i + 1
	m := Mention{Start: start, Type: Date}
	switch {
	case r.cls(j, cMonth) && (r.toks[j].Has(Upper) || r.val(j) != 5 && r.val(j) != 3):
		switch sv {
		case sLast, sPast, sPrevious:
			m.Shift = -1
		case sThis, sCurrent:
			m.Shift = 0
		case sNext, sComing, sFollowing:
			m.Shift = 1
		case sThat, sSame:
			m.Anaphoric = true
		default:
			return Mention{}, i, false
		}
		m.Rel, m.Month, m.End = relShift, r.val(j), r.toks[j].End
		if m.Anaphoric {
			m.Rel = relNone
		}
		// "last Oct. 23": a day in the shifted month
		k := j + 1
		if r.punct(k, '.') && r.glued(k) && isMonthAbbrev(r.lw(j)) {
			k++
		}
		if d, dd, ok := r.num(k); ok && dd <= 2 && d >= 1 && d <= daysIn(2024, m.Month) && !r.cls(k+1, cUnit) {
			m.Day, m.End = d, r.toks[k].End
			return m, k + 1, true
		}
		return m, j + 1, true
	case r.cls(j, cWeekday) && r.toks[j].Has(Upper):
		switch sv {
		case sLast, sPast, sPrevious:
			m.Shift = -1
		case sThis:
			m.Shift = 0
		case sNext, sComing:
			m.Shift = 1
		default:
			return Mention{}, i, false
		}
		m.Rel, m.Weekday, m.End = relShift, r.val(j), r.toks[j].End
		next := j + 1
		if r.cls(next, cPartDay) {
			m.Part, m.Type, m.End = r.val(next), Time, r.toks[next].End
			next++
		}
		return m, next, true
	case r.cls(j, cSeason):
		mm, next, ok := r.season(j, i)
		if !ok {
			return Mention{}, i, false
		}
		switch sv {
		case sLast, sPast, sPrevious:
			mm.Shift = -1
		case sThis, sCurrent:
			mm.Shift = 0
		case sNext, sComing:
			mm.Shift = 1
		case sThat, sSame:
			mm.Anaphoric = true
			return mm, next, true
		default:
			return Mention{}, i, false
		}
		mm.Rel = relShift
		mm.Start = start
		return mm, next, true
	case r.cls(j, cPartDay):
		m.Part, m.Type, m.End = r.val(j), Time, r.toks[j].End
		switch sv {
		case sThis:
			m.Rel, m.Unit = relDeictic, uDay
		case sLast:
			if r.val(j) != partNI {
				return Mention{}, i, false
			}
			m.Rel, m.Unit, m.Offset = relDeictic, uDay, -1
		case sThat, sSame:
			m.Anaphoric = true
		case sNext, sFollowing:
			if !r.fn(i-1, fThe) {
				return Mention{}, i, false
			}
			m.Rel, m.Unit, m.Offset = relAnaphor, uDay, 1
		case sPrevious:
			m.Rel, m.Unit, m.Offset = relAnaphor, uDay, -1
		default:
			return Mention{}, i, false
		}
		return m, j + 1, true
	case r.cls(j, cUnit) && r.val(j) == uYear && possessive(r.text(j)) && (r.cls(j+1, cOrdWord) || r.cls(j+1, cUnit) && r.val(j+1) == uQuarter):
		// "this year's third quarter", "next year's first quarter", "last
		// year's quarter"
		off := 0
		switch sv {
		case sLast, sPast, sPrevious:
			off = -1
		case sNext, sComing:
			off = 1
		case sThis, sCurrent:
		default:
			return Mention{}, i, false
		}
		if r.cls(j+1, cOrdWord) {
			p, next, ok := r.part(j+1, j+1)
			if !ok {
				return Mention{}, i, false
			}
			p.Start, p.YearRel, p.YearOffset = start, true, off
			return p, next, true
		}
		return Mention{Start: start, End: r.toks[j+1].End, Type: Date, Rel: relAnaphor, Unit: uYear, Offset: off, KeepGrain: true, Anaphoric: true}, j + 2, true
	case sv == sLast && r.cls(j, cUnit) && (r.val(j) == uHalf || r.val(j) == uQuarter) && r.fn(j+1, fOf):
		// "the last half of 1989": the second half
		m := Mention{Start: start, End: r.toks[j].End, Type: Date}
		if r.val(j) == uHalf {
			m.Half = 2
		} else {
			m.Quarter = 4
		}
		next := j + 1
		if y, nx := r.yearAfter(next); nx > next {
			m.Year, m.End, next = y, r.toks[nx-1].End, nx
		}
		return m, next, true
	case sv == sSame && r.isWord(j, "period"):
		// "the same period last year": the period the text reports on, a
		// year back, in its own grain.
		nx, ok := r.yearBack(j + 1)
		if !ok {
			return Mention{}, i, false
		}
		return Mention{Start: start, End: r.toks[nx-1].End, Type: Date, Rel: relAnaphor, Unit: uYear, Offset: -1, KeepGrain: true, Anaphoric: true}, nx, true
	case r.cls(j, cUnit):
		u := r.val(j)
		plural := r.isPlural(j)
		// "This Week" with capitals inside a sentence is a title.
		if r.toks[j].Has(Upper) && r.toks[i].Has(Upper) && !r.sentenceStart(i) {
			return Mention{}, i, false
		}
		m.End = r.toks[j].End
		next := j + 1
		if plural {
			// "recent years", "the coming weeks", "the past months": with
			// no count they are vague. The span leaves out a preposition.
			switch sv {
			case sRecent, sPast, sLast:
				m.Vague = "PAST_REF"
			case sComing, sNext, sUpcoming, sFollowing:
				m.Vague = "FUTURE_REF"
			default:
				return Mention{}, i, false
			}
			return m, next, true
		}
		switch sv {
		case sLast, sPast, sPrevious:
			m.Offset = -1
		case sThis, sCurrent:
			m.Offset = 0
		case sNext, sComing, sFollowing, sUpcoming:
			m.Offset = 1
		case sThat, sSame, sLatest:
			m.Anaphoric = true
		default:
			return Mention{}, i, false
		}
		m.Unit = u
		switch {
		case m.Anaphoric:
			m.Offset = 0
			m.Rel = relAnaphor
		case sv == sPrevious || sv == sFollowing:
			m.Rel = relAnaphor
		default:
			m.Rel = relDeictic
		}
		// "the past year" reads as a duration in most news copy.
		if sv == sPast && r.fn(i-1, fThe) {
			m.Rel, m.Type, m.Dur = relNone, Duration, durValue(1, u)
			if u == uWeekend {
				return Mention{}, i, false
			}
			return m, next, true
		}
		if u == uWeekend {
			m.Weekend = true
		}
		if u == uWeek || u == uWeekend || u == uFortnight {
			m.Week = true
		}
		// "the same month last year", "the same quarter a year ago": the
		// period in focus, one year back.
		if sv == sSame && u != uYear {
			if nx, ok := r.yearBack(next); ok {
				if u == uMonth {
					m.Offset = -12
				} else {
					m.Unit, m.Offset, m.KeepGrain = uYear, -1, true
				}
				m.End = r.toks[nx-1].End
				return m, nx, true
			}
		}
		// "the same month" ... "of that year"
		if off, nx, ok := r.relYearAfter(next); ok && u != uYear {
			if off == thatYear {
				m.Anaphoric = true
			}
			m.End, next = r.toks[nx-1].End, nx
		}
		// "this year's", "last week's" stay as they are; the scanner keeps 's in the word.
		if r.cls(next, cPartDay) && u == uDay {
			m.Part, m.Type, m.End = r.val(next), Time, r.toks[next].End
			next++
		}
		return m, next, true
	case (sv == sPast || sv == sLast || sv == sNext || sv == sComing || sv == sFollowing || sv == sPrevious) && r.startsQuantity(j) && r.fn(i-1, fThe):
		// "the past three years", "the next two weeks", "the last 10 days"
		q, next, ok := r.quantity(j)
		if !ok || q.Type != Duration || q.Rel != relNone {
			return Mention{}, i, false
		}
		q.Start = start
		// "the last few months", "the past several quarters": a vague
		// past; "the next few days" stays a length.
		if (sv == sLast || sv == sPast) && len(q.Dur) > 1 && (q.Dur[1] == 'X' || strings.HasPrefix(q.Dur, "PTX")) {
			q.Type, q.Dur, q.Vague = Date, "", "PAST_REF"
		}
		return q, next, true
	}
	// "recent years" handled above; "recent months", "the past": vague.
	if sv == sPast && r.fn(i-1, fThe) && r.fn(i-2, fIn) {
		m.End, m.Vague = r.toks[i].End, "PAST_REF"
		return m, j, true
	}
	return Mention{}, i, false
}

// season reads "summer", "the summer of 2022", "summer 2024"; k is the
// first token of the whole expression (a determiner or shift word).
func (r *recognizer) season(j, k int) (Mention, int, bool) {
	if !r.ok(j) {
		return Mention{}, j, false
	}
	start := r.toks[k].Start
	if k == j && r.fn(j-1, fThe) {
		start = r.toks[j-1].Start
	}
	if r.isPlural(j) && !r.isWord(j, "fall") {
		return Mention{}, k, false
	}
	// "fall" is a verb far more often than a season: keep it only after a
	// determiner or shift word, or before "of"/a year.
	if r.isWord(j, "fall") && k == j && !r.fn(j-1, fThe) {
		return Mention{}, k, false
	}
	m := Mention{Start: start, End: r.toks[j].End, Type: Date, Season: r.val(j)}
	next := j + 1
	if y, nx := r.yearAfter(next); nx > next {
		m.Year, m.End, next = y, r.toks[nx-1].End, nx
	} else if off, nx, ok := r.relYearAfter(next); ok {
		m.YearRel, m.YearOffset, m.End, next = true, off, r.toks[nx-1].End, nx
		if off == thatYear {
			m.YearRel, m.Anaphoric = false, true
		}
	}
	// "summer" before a noun is a modifier: "summer holidays" still dates; keep.
	return m, next, true
}

// part reads "the third quarter [of 2024]", "the first half of 2023",
// "third-quarter"; k is the first token (the ordinal).
func (r *recognizer) part(j, k int) (Mention, int, bool) {
	ord := r.val(j)
	start := r.toks[k].Start
	if r.fn(k-1, fThe) {
		start = r.toks[k-1].Start
	}
	n := j + 1
	if r.dash(n) && r.glued(n) {
		n++
	}
	if !r.cls(n, cUnit) {
		// "the 20th century" is handled by the number path; "first" alone is not a date.
		return Mention{}, k, false
	}
	u := r.val(n)
	m := Mention{Start: start, End: r.toks[n].End, Type: Date}
	switch {
	case u == uQuarter && ord >= 1 && ord <= 4:
		m.Quarter = ord
	case u == uHalf && ord >= 1 && ord <= 2:
		m.Half = ord
	case u == uCentury && ord >= 1 && ord <= 21:
		m.Century = ord - 1
	default:
		return Mention{}, k, false
	}
	next := n + 1
	if y, nx := r.yearAfter(next); nx > next {
		m.Year, m.End, next = y, r.toks[nx-1].End, nx
	} else if off, nx, ok := r.relYearAfter(next); ok {
		m.YearRel, m.YearOffset, m.End, next = true, off, r.toks[nx-1].End, nx
		if off == thatYear {
			m.YearRel, m.Anaphoric = false, true
		}
	} else if r.fn(next, fOf) && r.fn(next+1, fThe) && r.cls(next+2, cUnit) && r.val(next+2) == uYear {
		m.End, next = r.toks[next+2].End, next+3
	}
	return m, next, true
}

// finalPart reads "the final quarter of 2009" (the fourth quarter) and
// "the final half of 1989" (the second half). Without "of" the phrase may
// name the end of a match or a race, so it is left alone.
func (r *recognizer) finalPart(i int) (Mention, int, bool) {
	j := i + 1
	if !r.fn(i-1, fThe) || !r.cls(j, cUnit) || r.isPlural(j) || !r.fn(j+1, fOf) {
		return Mention{}, i, false
	}
	m := Mention{Start: r.toks[i-1].Start, End: r.toks[j].End, Type: Date}
	switch r.val(j) {
	case uQuarter:
		m.Quarter = 4
	case uHalf:
		m.Half = 2
	default:
		return Mention{}, i, false
	}
	next := j + 1
	if y, nx := r.yearAfter(next); nx > next {
		m.Year, m.End, next = y, r.toks[nx-1].End, nx
	} else if r.fn(next+1, fThe) && r.cls(next+2, cUnit) && r.val(next+2) == uYear && !r.isPlural(next+2) {
		// "the final quarter of the year"
		m.End, next = r.toks[next+2].End, next+3
	} else {
		return Mention{}, i, false
	}
	return m, next, true
}

// qQuarter reads "Q3", "Q3 2024", "Q4 2019".
func (r *recognizer) qQuarter(i int) (Mention, int, bool) {
	q, d, ok := r.num(i + 1)
	if !ok || d != 1 || q < 1 || q > 4 || r.glued(i+2) && r.ok(i+2) && r.toks[i+2].Kind != Punct {
		return Mention{}, i, false
	}
	m := Mention{Start: r.toks[i].Start, End: r.toks[i+1].End, Type: Date, Quarter: q}
	next := i + 2
	if y, nx := r.yearAfter(next); nx > next {
		m.Year, m.End, next = y, r.toks[nx-1].End, nx
	}
	return m, next, true
}

// clock reads "14:30", "3:30 p.m.", "9 a.m.", "6 o'clock", "20:00 GMT".
func (r *recognizer) clock(i, h int) (Mention, int, bool) {
	t := r.toks[i]
	m := Mention{Start: t.Start, Type: Time, Hour: h, HasClock: true}
	next := i + 1
	colon := false
	if (r.punct(next, ':') || r.punct(next, '.')) && r.glued(next) && r.glued(next+1) {
		if mi, d, ok := r.num(next + 1); ok && d == 2 && mi < 60 {
			m.Minute = mi
			colon = r.punct(next, ':')
			next += 2
			if r.punct(next, ':') && r.glued(next) && r.glued(next+1) {
				if _, d2, ok := r.num(next + 1); ok && d2 == 2 {
					next += 2
				}
			}
		}
	}
	m.End = r.toks[next-1].End
	ampm := 0
	switch {
	case r.fn(next, fAM) || r.fn(next, fPM):
		ampm = 1
		if r.fn(next, fPM) {
			ampm = 2
		}
		m.End = r.toks[next].End
		next++
	case (r.isWord(next, "a") || r.isWord(next, "p")) && r.punct(next+1, '.') && r.glued(next+1) && r.isWord(next+2, "m") && len(r.text(next+2)) == 1:
		ampm = 1
		if r.isWord(next, "p") {
			ampm = 2
		}
		next += 3
		m.End = r.toks[next-1].End
		if r.punct(next, '.') && r.glued(next) {
			// The final period of "p.m." is part of the expression unless it
			// also ends the sentence; either way the span may include it.
			m.End = r.toks[next].End
			next++
		}
	case r.fn(next, fOclock):
		m.End = r.toks[next].End
		next++
	case !colon && h >= 1 && h <= 12 && r.fn(next, fIn) && r.fn(next+1, fThe) && r.cls(next+2, cPartDay) && !r.isPlural(next+2):
		// "4 in the morning", "9 in the evening"
		if r.val(next+2) != partMO && h < 12 {
			m.Hour += 12
		}
		m.End = r.toks[next+2].End
		next += 3
	case r.isWord(next, "o") && (r.punct(next+1, '\'') || string(r.textOr(next+1)) == "’") && r.isWord(next+2, "clock"):
		m.End = r.toks[next+2].End
		next += 3
	default:
		if !colon || m.Hour > 23 {
			return Mention{}, i, false
		}
		// "3:1" in a score or a Bible verse: a clock time needs two minute digits (checked above).
	}
	if ampm > 0 {
		if h < 1 || h > 12 {
			return Mention{}, i, false
		}
		if ampm == 2 && h < 12 {
			m.Hour += 12
		}
		if ampm == 1 && h == 12 {
			m.Hour = 0
		}
	}
	if r.cls(next, cZone) && r.toks[next].Has(Upper) {
		m.UTC = r.isUTC(next)
		m.End = r.toks[next].End
		next++
		// "GMT+02:00", "UTC-5"
		if (r.punct(next, '+') || r.dash(next)) && r.glued(next) && r.glued(next+1) && r.ok(next+1) && r.toks[next+1].Kind == Number {
			next += 2
			if r.punct(next, ':') && r.glued(next) && r.glued(next+1) && r.ok(next+1) && r.toks[next+1].Kind == Number {
				next += 2
			}
			m.End = r.toks[next-1].End
			// "GMT+02:00" is another zone, which the value does not mark.
			m.UTC = false
		}
		// "(0900 GMT)" and "GMT+3" are left as they are.
	}
	return m, next, true
}

// isUTC reports whether token i is the zone name UTC or GMT, which TIMEX3
// values keep as a final Z; other zones leave no mark in the value.
func (r *recognizer) isUTC(i int) bool {
	return r.isWord(i, "gmt") || r.isWord(i, "utc")
}

// quantity reads "three years", "48 hours", "a year", "24-hour", "two weeks
// ago", "five days later", "a few weeks".
func (r *recognizer) quantity(i int) (Mention, int, bool) {
	start := r.toks[i].Start
	j := i
	n := 0
	known := true
	switch {
	case r.ok(j) && r.toks[j].Kind == Number:
		v, _, ok := r.num(j)
		if !ok || r.toks[j].Has(Ordinal) {
			return Mention{}, i, false
		}
		n = v
		j++
		// "2.5 years"
		if r.punct(j, '.') && r.glued(j) && r.glued(j+1) && r.ok(j+1) && r.toks[j+1].Kind == Number {
			return Mention{}, i, false
		}
	case r.cls(j, cNumWord):
		n = r.val(j)
		j++
		// "twenty-four", "twenty four"
		if n >= 20 && n%10 == 0 {
			k := j
			if r.dash(k) && r.glued(k) {
				k++
			}
			if r.cls(k, cNumWord) && r.val(k) < 10 {
				n += r.val(k)
				j = k + 1
			}
		}
	case r.fn(j, fA) || r.fn(j, fAn):
		n = 1
		j++
		if r.fn(j, fFew) || r.fn(j, fCouple) {
			known = false
			j++
			if r.fn(j, fOf) {
				j++
			}
		}
	case r.fn(j, fSeveral) || r.fn(j, fFew) || r.fn(j, fMany) || r.isWord(j, "some"):
		known = false
		j++
	default:
		return Mention{}, i, false
	}
	adjectival := false
	if r.dash(j) && r.glued(j) && r.glued(j+1) {
		adjectival = true
		j++
	}
	if !r.cls(j, cUnit) {
		return Mention{}, i, false
	}
	u := r.val(j)
	// "a year-earlier loss": the unit belongs to "year-earlier"
	if r.dash(j+1) && r.glued(j+1) && (r.isWord(j+2, "earlier") || r.isWord(j+2, "ago")) {
		return Mention{}, i, false
	}
	if u == uHalf || u == uQuarter && !r.isPlural(j) && !adjectival {
		// "a quarter" / "a half" are fractions more often than periods.
		if !(r.fn(i, fA) && r.cls(j+1, cFunc) && (r.val(j+1) == fAgo || r.val(j+1) == fEarlier || r.val(j+1) == fLater)) {
			return Mention{}, i, false
		}
	}
	end := r.toks[j].End
	next := j + 1
	if adjectival {
		// "a 24-hour ceasefire", "the four-year term": the article stays
		// outside, as annotators mark "24-hour" alone; "two-year-old" is
		// an age.
		if r.dash(next) && r.glued(next) && r.isWord(next+1, "old") {
			return Mention{}, i, false
		}
		return Mention{Start: start, End: end, Type: Duration, Dur: durCount(n, known, u)}, next, true
	}
	// "years-old" and "year-old" ages
	if r.dash(next) && r.glued(next) && r.isWord(next+1, "old") {
		return Mention{}, i, false
	}
	if r.isWord(next, "old") || r.isWord(next, "of") && r.isWord(next+1, "age") {
		return Mention{}, i, false
	}
	switch {
	case r.fn(next, fAgo):
		m := Mention{Start: start, End: r.toks[next].End, Type: Date, Rel: relDeictic, Unit: u, Offset: -n}
		if !known {
			m.Vague = "PAST_REF"
		}
		return m, next + 1, true
	case !known && r.fn(i-1, fIn) && u >= uDay && u <= uYear:
		// "in a few weeks", "in several months": some time ahead.
		return Mention{Start: start, End: end, Type: Date, Vague: "FUTURE_REF"}, next, true
	case (r.fn(next, fLater) || r.fn(next, fEarlier) || r.isWord(next, "later") || r.isWord(next, "earlier")) && !r.fn(next+1, fThan):
		off := n
		if r.isWord(next, "earlier") {
			off = -n
		}
		m := Mention{Start: start, End: r.toks[next].End, Type: Date, Rel: relAnaphor, Unit: u, Offset: off, KeepGrain: true}
		if !known {
			return Mention{}, i, false
		}
		return m, next + 1, true
	}
	// "a year", "per week" after a quantity is a rate: "500,000 barrels a year".
	if (r.fn(i, fA) || r.fn(i, fAn)) && known && i > 0 && r.rateBefore(i-1) {
		return Mention{Start: start, End: end, Type: Set, Dur: durValue(1, u)}, next, true
	}
	if r.isPlural(j) && n == 1 && known && (r.fn(i, fA) || r.fn(i, fAn)) {
		return Mention{}, i, false
	}
	return Mention{Start: start, End: end, Type: Duration, Dur: durCount(n, known, u)}, next, true
}

// rateBefore reports whether token p ends a quantity that a following "a
// year" turns into a rate: "barrels", "times", "twice".
func (r *recognizer) rateBefore(p int) bool {
	t := r.toks[p]
	if t.Kind == Number {
		return true
	}
	if t.Kind != Word || r.ents[p].cls != cNone {
		return r.isWord(p, "once")
	}
	if r.isWord(p, "once") || r.isWord(p, "twice") || r.isWord(p, "times") {
		return true
	}
	s := r.text(p)
	// a plural noun right before: "barrels a day", "tonnes a year"
	return len(s) > 3 && s[len(s)-1] == 's' && s[len(s)-2] != 's' && !t.Has(Upper)
}

// bareUnit reads unit words alone: "years" (a vague duration), and "every
// week"-style sets handled by function.
func (r *recognizer) bareUnit(i int) (Mention, int, bool) {
	if !r.isPlural(i) {
		return Mention{}, i, false
	}
	u := r.val(i)
	if u == uHalf || u == uQuarter || u == uWeekend || u == uSecond {
		return Mention{}, i, false
	}
	// Only where a preposition or "for" governs it: "for years", "within hours".
	if !(r.fn(i-1, fFor) || r.fn(i-1, fWithin) || r.fn(i-1, fOver) || r.fn(i-1, fAfter) || r.fn(i-1, fIn) && !r.fn(i+1, fOf)) {
		return Mention{}, i, false
	}
	if r.fn(i+1, fAgo) || r.fn(i+1, fOf) || r.fn(i+1, fLater) {
		return Mention{}, i, false
	}
	t := r.toks[i]
	return Mention{Start: t.Start, End: t.End, Type: Duration, Dur: durCount(0, false, u)}, i + 1, true
}

// function reads expressions that begin with a function word: "every
// week", "the day before", "the previous day", "that year", "the 1990s",
// "a week later", "in the past", "noon".
func (r *recognizer) function(i int) (Mention, int, bool) {
	t := r.toks[i]
	switch r.val(i) {
	case fEvery, fEach:
		j := i + 1
		n := 1
		if v, _, ok := r.num(j); ok && !r.toks[j].Has(Ordinal) {
			n, j = v, j+1
		} else if r.cls(j, cNumWord) {
			n, j = r.val(j), j+1
		} else if r.cls(j, cOrdWord) && r.val(j) == 2 { // every second year
			n, j = 2, j+1
		}
		switch {
		case r.cls(j, cUnit):
			u := r.val(j)
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Set, Dur: durValue(n, u)}, j + 1, true
		case r.cls(j, cWeekday) && n == 1:
			m := Mention{Start: t.Start, End: r.toks[j].End, Type: Set, Dur: "XXXX-WXX-" + strconv.Itoa(r.val(j))}
			if r.cls(j+1, cPartDay) {
				m.Dur += "T" + partCodes[r.val(j+1)]
				m.End = r.toks[j+1].End
				return m, j + 2, true
			}
			return m, j + 1, true
		case r.cls(j, cPartDay) && n == 1:
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Set, Dur: "XXXX-XX-XXT" + partCodes[r.val(j)]}, j + 1, true
		}
	case fThe:
		j := i + 1
		switch {
		case r.cls(j, cUnit) && r.val(j) == uDay && !r.isPlural(j) && (r.fn(j+1, fBefore) || r.fn(j+1, fAfter)):
			off := -1
			if r.fn(j+1, fAfter) {
				off = 1
			}
			// "the day before yesterday" counts from the reference date.
			if r.cls(j+2, cDeictic) && (r.val(j+2) == dYesterday || r.val(j+2) == dTomorrow) {
				o := -2
				if r.val(j+2) == dTomorrow {
					o = 2
				}
				return Mention{Start: t.Start, End: r.toks[j+2].End, Type: Date, Rel: relDeictic, Unit: uDay, Offset: o}, j + 3, true
			}
			// "the day after Christmas", "the day before 12 March": counted
			// from the date that follows.
			if ms, next := r.core(j + 2); next > j+2 && len(ms) == 1 && ms[0].Type == Date && ms[0].Rel == relNone && !ms[0].Anaphoric &&
				(ms[0].Day > 0 || ms[0].Holiday > 0 || ms[0].Weekday > 0) && ms[0].Start == r.toks[j+2].Start {
				m := ms[0]
				m.Start, m.DayShift = t.Start, off
				return m, next, true
			}
			return Mention{Start: t.Start, End: r.toks[j+1].End, Type: Date, Rel: relAnaphor, Unit: uDay, Offset: off}, j + 2, true
		case r.cls(j, cUnit) && (r.val(j) == uWeekend) && !r.isPlural(j):
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Date, Weekend: true, Week: true, Rel: relShift}, j + 1, true
		case r.cls(j, cShift) || r.cls(j, cOrdWord) || r.cls(j, cSeason) || r.cls(j, cMonth):
			// handled when the scan reaches the next word; the determiner is added there
			return Mention{}, i, false
		case r.isWord(j, "future"):
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Date, Vague: "FUTURE_REF"}, j + 1, true
		case r.isWord(j, "near") && r.isWord(j+1, "future"):
			return Mention{Start: t.Start, End: r.toks[j+1].End, Type: Date, Vague: "FUTURE_REF"}, j + 2, true
		case r.isWord(j, "year") && r.dash(j+1) && r.glued(j+1) && (r.isWord(j+2, "ago") || r.isWord(j+2, "earlier")):
			return r.yearAgo(i, j)
		case r.cls(j, cUnit) && r.val(j) == uYear && !r.isPlural(j):
			// "the year two thousand", "the year 2000"
			if y, d, ok := r.num(j + 1); ok && d == 4 && !r.toks[j+1].Has(Ordinal) {
				return Mention{Start: t.Start, End: r.toks[j+1].End, Type: Date, Year: y}, j + 2, true
			}
			if r.isWord(j+1, "two") && r.isWord(j+2, "thousand") {
				return Mention{Start: t.Start, End: r.toks[j+2].End, Type: Date, Year: 2000}, j + 3, true
			}
		case r.cls(j, cMod) && r.val(j) == mEarly && r.isWord(j+1, "hours"):
			// "the early hours", "the early hours of the morning", "the
			// early hours of Sunday"
			m := Mention{Start: t.Start, End: r.toks[j+1].End, Type: Time, Part: partMO, Rel: relDeictic, Unit: uDay}
			next := j + 2
			if r.fn(next, fOf) && r.fn(next+1, fThe) && r.cls(next+2, cPartDay) {
				m.End, next = r.toks[next+2].End, next+3
			} else if r.fn(next, fOf) && r.cls(next+1, cWeekday) && r.toks[next+1].Has(Upper) {
				m.Rel, m.Weekday, m.End, next = relNone, r.val(next+1), r.toks[next+1].End, next+2
			}
			return m, next, true
		case r.isWord(j, "latest") && r.isWord(j+1, "period"):
			return Mention{Start: t.Start, End: r.toks[j+1].End, Type: Date, Rel: relAnaphor, Unit: uQuarter, Anaphoric: true}, j + 2, true
		case (r.isWord(j, "full") || r.isWord(j, "fiscal") || r.isWord(j, "current") && r.isWord(j+1, "fiscal")) && (r.isWord(j+1, "year") || r.isWord(j+2, "year")):
			// "the full year", "the fiscal year", "the current fiscal year"
			k := j + 1
			if !r.isWord(k, "year") {
				k++
			}
			return Mention{Start: t.Start, End: r.toks[k].End, Type: Date, Rel: relDeictic, Unit: uYear}, k + 1, true
		case r.cls(j, cUnit) && r.val(j) == uQuarter && !r.isPlural(j):
			// "the quarter": the quarter the text is about
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Date, Rel: relAnaphor, Unit: uQuarter, Anaphoric: true}, j + 1, true
		case r.cls(j, cDeictic) && r.val(j) == dPast && r.fn(i-1, fIn) && !r.startsQuantity(j+1) && !r.cls(j+1, cUnit):
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Date, Vague: "PAST_REF"}, j + 1, true
		case r.cls(j, cDeictic) && r.val(j) == dPast && (r.startsQuantity(j+1) || r.cls(j+1, cUnit)):
			// "the past three years", "the past year"
			m, next, ok := r.pastSpan(j)
			if ok {
				m.Start = t.Start
				return m, next, true
			}
		case r.cls(j, cDeictic) && r.val(j) == dPresent && (r.fn(i-1, fAt) || r.fn(i-1, fUntil)):
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Date, Vague: "PRESENT_REF"}, j + 1, true
		}
	case fNoon, fMidnight:
		h := 12
		if r.val(i) == fMidnight {
			h = 0
		}
		return Mention{Start: t.Start, End: t.End, Type: Time, Hour: h, HasClock: true}, i + 1, true
	case fA, fAn, fSeveral, fFew, fMany:
		return r.quantity(i)
	case fAt:
		if r.cls(i+1, cDeictic) && r.val(i+1) == dPresent {
			return Mention{Start: r.toks[i+1].Start, End: r.toks[i+1].End, Type: Date, Vague: "PRESENT_REF"}, i + 2, true
		}
	}
	return Mention{}, i, false
}

// spokenYear reads a year in words, as broadcast transcripts write it:
// "nineteen ninety-six", "nineteen seventy-nine".
func (r *recognizer) spokenYear(i int) (Mention, int, bool) {
	c := r.val(i)
	if c < 11 || c > 20 || !r.cls(i+1, cNumWord) {
		return Mention{}, i, false
	}
	tens := r.val(i + 1)
	if tens < 20 || tens%10 != 0 {
		return Mention{}, i, false
	}
	y, next := c*100+tens, i+2
	if r.dash(next) && r.glued(next) && r.cls(next+1, cNumWord) && r.val(next+1) < 10 {
		y += r.val(next + 1)
		next += 2
	} else if r.cls(next, cNumWord) && r.val(next) < 10 && r.val(next) > 0 {
		y += r.val(next)
		next++
	}
	if r.cls(next, cUnit) || r.ok(next) && r.toks[next].Kind == Word && r.has(next, wNotYearAfter) {
		return Mention{}, i, false
	}
	return Mention{Start: r.toks[i].Start, End: r.toks[next-1].End, Type: Date, Year: y}, next, true
}

// yearAgo reads "the year-ago quarter", "year-earlier", "the year-earlier
// period": the same period a year before the one the text reports on. i is
// the first token, j the word "year".
func (r *recognizer) yearAgo(i, j int) (Mention, int, bool) {
	end := r.toks[j+2].End
	next := j + 3
	if r.cls(next, cOrdWord) && r.cls(next+1, cUnit) {
		next++
	}
	if r.cls(next, cUnit) && (r.val(next) == uQuarter || r.val(next) == uHalf) || r.isWord(next, "period") {
		end = r.toks[next].End
		next++
	}
	return Mention{Start: r.toks[i].Start, End: end, Type: Date, Rel: relAnaphor, Unit: uYear, Offset: -1, KeepGrain: true, Anaphoric: true}, next, true
}

// pastSpan reads "past three years" or "past year" at j ("past"), a
// duration.
func (r *recognizer) pastSpan(j int) (Mention, int, bool) {
	if r.cls(j+1, cUnit) {
		u := r.val(j + 1)
		if r.isPlural(j + 1) {
			return Mention{End: r.toks[j+1].End, Type: Date, Vague: "PAST_REF"}, j + 2, true
		}
		return Mention{End: r.toks[j+1].End, Type: Duration, Dur: durValue(1, u)}, j + 2, true
	}
	q, next, ok := r.quantity(j + 1)
	if !ok || q.Type != Duration {
		return Mention{}, j, false
	}
	return q, next, true
}

// holiday reads a named day: "Christmas Day", "New Year's Day", "Easter
// Monday", "the Day of the Dead".
func (r *recognizer) holiday(i int) (Mention, int, bool) {
	idx, ok := holidayFirst[holidayWord(r.lw(i))]
	if !ok {
		return Mention{}, i, false
	}
	for _, h := range idx {
		words := holidays[h].words
		j := i
		matched := true
		for _, w := range words {
			for r.punct(j, '\'') || string(r.textOr(j)) == "’" {
				j++
			}
			if !r.ok(j) || r.toks[j].Kind != Word || holidayWord(r.lw(j)) != w {
				matched = false
				break
			}
			j++
		}
		if !matched {
			continue
		}
		start := r.toks[i].Start
		if r.fn(i-1, fThe) && words[0] == "day" {
			start = r.toks[i-1].Start // "the Day of the Dead"
		}
		m := Mention{Start: start, End: r.toks[j-1].End, Type: Date, Holiday: h + 1}
		if y, nx := r.yearAfter(j); nx > j {
			m.Year, m.End, j = y, r.toks[nx-1].End, nx
		}
		return m, j, true
	}
	return Mention{}, i, false
}

// holidayWord drops the possessive of a lower-cased word: "year's" → "year".
func holidayWord(s string) string {
	switch {
	case len(s) > 2 && s[len(s)-2:] == "'s":
		s = s[:len(s)-2]
	case len(s) > 4 && s[len(s)-4:] == "’s":
		s = s[:len(s)-4]
	case len(s) > 1 && s[len(s)-1] == '\'':
		s = s[:len(s)-1]
	}
	return s
}

// theUnit reads "the year", "the month", "the week" after "the end of".
func (r *recognizer) theUnit(i int) (Mention, int, bool) {
	if !r.fn(i, fThe) || !r.cls(i+1, cUnit) {
		return Mention{}, i, false
	}
	u := r.val(i + 1)
	if u != uYear && u != uMonth && u != uWeek && u != uDecade && u != uCentury && u != uQuarter {
		return Mention{}, i, false
	}
	m := Mention{Start: r.toks[i].Start, End: r.toks[i+1].End, Type: Date, Rel: relDeictic, Unit: u}
	if u == uWeek {
		m.Week = true
	}
	return m, i + 2, true
}

// durCount formats a duration of n units; unknown counts are written X.
func durCount(n int, known bool, u int) string {
	if !known {
		return durValueX(u)
	}
	return durValue(n, u)
}

func durValue(n, u int) string {
	c := strconv.Itoa(n)
	switch u {
	case uSecond:
		return "PT" + c + "S"
	case uMinute:
		return "PT" + c + "M"
	case uHour:
		return "PT" + c + "H"
	case uDay:
		return "P" + c + "D"
	case uWeek:
		return "P" + c + "W"
	case uWeekend:
		return "P" + c + "WE"
	case uFortnight:
		return "P" + strconv.Itoa(2*n) + "W"
	case uMonth:
		return "P" + c + "M"
	case uQuarter:
		return "P" + c + "Q"
	case uHalf:
		return "P" + strconv.Itoa(6*n) + "M"
	case uYear:
		return "P" + c + "Y"
	case uDecade:
		return "P" + c + "DE"
	case uCentury:
		return "P" + c + "CE"
	}
	return "P" + c
}

func durValueX(u int) string {
	switch u {
	case uSecond:
		return "PTXS"
	case uMinute:
		return "PTXM"
	case uHour:
		return "PTXH"
	case uDay:
		return "PXD"
	case uWeek, uFortnight:
		return "PXW"
	case uWeekend:
		return "PXWE"
	case uMonth:
		return "PXM"
	case uQuarter:
		return "PXQ"
	case uYear:
		return "PXY"
	case uDecade:
		return "PXDE"
	case uCentury:
		return "PXCE"
	}
	return "PX"
}

// daysIn returns the number of days of month mo in year y.
func daysIn(y, mo int) int {
	switch mo {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}
