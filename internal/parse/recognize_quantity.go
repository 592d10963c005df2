package parse

import "strconv"

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
	} else if r.ok(next+1) && r.toks[next].Kind == Word && r.toks[next].Has(Upper) && r.isWord(next+1, "time") &&
		r.toks[next].Start == m.End+1 && r.src[m.End] == ' ' && r.toks[next+1].Start == r.toks[next].End+1 &&
		!r.cls(next, cWeekday) && !r.cls(next, cMonth) {
		// "13:13 Houston time", "7 p.m. Eastern time": a zone named by a
		// place stays in the span and, not being UTC, leaves no mark.
		m.End = r.toks[next+1].End
		next += 2
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
		// "every 3 October", "every October 3": a day of each year
		if d, dd, ok := r.num(j); ok && dd <= 2 && d >= 1 && r.cls(j+1, cMonth) && d <= daysIn(2024, r.val(j+1)) {
			return Mention{Start: t.Start, End: r.toks[j+1].End, Type: Set, Dur: "XXXX-" + pad2(r.val(j+1)) + "-" + pad2(d)}, j + 2, true
		}
		if d, dd, ok := r.num(j + 1); ok && dd <= 2 && d >= 1 && r.cls(j, cMonth) && d <= daysIn(2024, r.val(j)) && !r.toks[j+1].Has(Ordinal) {
			return Mention{Start: t.Start, End: r.toks[j+1].End, Type: Set, Dur: "XXXX-" + pad2(r.val(j)) + "-" + pad2(d)}, j + 2, true
		}
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
		case r.cls(j, cPartDay) && (r.fn(i-1, fIn) || r.isWord(i-1, "during")) && !r.fn(j+1, fOf) && !r.isPlural(j):
			// "in the morning": that part of the day a story is at
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Time, Part: r.val(j), Anaphoric: true, StoryOnly: true}, j + 1, true
		case r.isWord(j, "time") && r.fn(i-1, fAt) && !r.fn(j+1, fOf) && !r.isPlural(j):
			// "Poet Laureate at the time": the time a story is at
			return Mention{Start: t.Start, End: r.toks[j].End, Type: Date, AtTheTime: true, StoryOnly: true}, j + 1, true
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
		for k, w := range words {
			for r.punct(j, '\'') || string(r.textOr(j)) == "’" || k > 0 && words[k-1] == "st" && r.punct(j, '.') {
				j++ // "New Year's Day", "St. Patrick's Day"
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

// pad2 writes n, from 0 to 99, in two digits.
func pad2(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}
