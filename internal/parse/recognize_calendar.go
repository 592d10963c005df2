package parse

import "strconv"

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
	// Coordinated days of one month: "on 2 and 3 May" are two dates
	if r.fn(j, fAnd) && !r.fn(i-1, fBetween) {
		if d2, dd, ok := r.num(j + 1); ok && dd <= 2 && d2 > day && r.cls(j+2, cMonth) {
			ms, nx := r.dayFirst(j+1, d2)
			if len(ms) == 1 {
				e := ms[0]
				m := Mention{Start: start, End: r.toks[i].End, Type: Date, Day: day, Month: e.Month, Year: e.Year,
					YearRel: e.YearRel, YearOffset: e.YearOffset}
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
