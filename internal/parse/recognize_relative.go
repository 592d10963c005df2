package parse

import "strings"

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
		m.Rel = relShift
		switch {
		case (sv == sFollowing || sv == sPrevious) && r.fn(i-1, fThe):
			// "the following Monday", "the previous Friday": counted from
			// the date before, not from the day of writing
			m.Rel, m.Offset = relAnaphor, 1
			if sv == sPrevious {
				m.Offset = -1
			}
		case sv == sLast || sv == sPast || sv == sPrevious:
			m.Shift = -1
		case sv == sThis:
			m.Shift = 0
		case sv == sNext || sv == sComing:
			m.Shift = 1
		default:
			return Mention{}, i, false
		}
		m.Weekday, m.End = r.val(j), r.toks[j].End
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
		case sNext, sComing, sFollowing:
			// "the following spring" counts from the text's date; the
			// resolver tells it from "next spring" by its words
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
	// "the fall of Rome" is an event: a fall of somewhere, not a season.
	if r.isWord(j, "fall") && r.fn(j+1, fOf) && r.ok(j+2) && r.toks[j+2].Kind == Word && r.toks[j+2].Has(Upper) && !r.cls(j+2, cMonth) {
		return Mention{}, k, false
	}
	// "the Winter War", "the Summer Olympics": a capitalised season
	// before a capitalised word is part of a name.
	if k == j && r.toks[j].Has(Upper) && r.ok(j+1) && r.toks[j+1].Kind == Word && r.toks[j+1].Has(Upper) &&
		!r.cls(j+1, cMonth) && !r.cls(j+1, cWeekday) && r.toks[j+1].Start == r.toks[j].End+1 {
		return Mention{}, k, false
	}
	// "Silver Spring, Maryland", "the Arab Spring": a capitalised season
	// after a capitalised word that is no date is part of a name too.
	if k == j && r.toks[j].Has(Upper) && j > 0 && r.toks[j-1].Kind == Word && r.toks[j-1].Has(Upper) &&
		r.toks[j-1].End+1 == r.toks[j].Start && !r.cls(j-1, cMonth) && !r.cls(j-1, cWeekday) && !r.cls(j-1, cShift) &&
		!r.fn(j-1, fThe) && !r.fn(j-1, fIn) {
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
	} else if (m.Half != 0 || m.Quarter != 0) && r.sportAround(k) {
		// "scored twice in the second half": a match's, not a year's
		return Mention{}, k, false
	}
	return m, next, true
}

// sportWords are the words that make a bare half or quarter in their
// sentence a part of a match.
var sportWords = []string{
	"scored", "score", "scores", "scoring", "goal", "goals", "penalty", "minute", "match", "game",
	"kick-off", "half-time", "halftime", "innings", "touchdown", "striker", "referee", "equaliser", "equalizer",
}

// sportAround reports whether the sentence holding token i speaks of a
// match: a word of sportWords.
func (r *recognizer) sportAround(i int) bool {
	lo, hi := r.sentenceBounds(i)
	for k := lo; k < hi; k++ {
		if r.toks[k].Kind != Word {
			continue
		}
		for _, w := range sportWords {
			if r.isWord(k, w) {
				return true
			}
		}
	}
	return false
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
