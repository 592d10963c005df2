package parse

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
	"registration": true, "reg": true, "plate": true, "serial": true, "lot": true, "batch": true,
	"ticket": true, "invoice": true, "account": true, "ref": true, "reference": true, "hb": true,
	"sb": true, "locomotive": true, "train": true, "tail": true,
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
		// "HH2-2022", "1-888-555-2023": the last group of a model
		// number or of a telephone number written with hyphens; "mid-2022"
		// and "2019-2020" stay years
		if r.glued(i) && r.punct(p, '-') && r.glued(p) && p > 0 && codeGroup(r.text(p-1), r.toks[p-1].Kind) {
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
		// "asteroid 2013 VR4", "1999 AN10": a minor planet's name
		// (not after a preposition: "in 2020 EU27 leaders agreed")
		if t.Kind == Word && r.ok(n+1) && r.toks[n+1].Kind == Number && r.glued(n+1) && minorPlanet(r.text(n), r.text(n+1)) &&
			!(r.fn(i-1, fIn) || r.fn(i-1, fSince) || r.fn(i-1, fBy) || r.fn(i-1, fUntil) || r.fn(i-1, fDuring)) {
			return false
		}
		if t.Kind == Word && (r.isWord(n, "per") || r.isWord(n, "percent")) {
			return false
		}
	}
	return !r.phoneGroup(i) && !r.houseNumber(i)
}

// minorPlanet reports whether letters and the digits glued to them,
// written after a year, complete the provisional name of an asteroid or
// a comet: two capitals and one to three digits ("VR4", "AN10", "MU69").
func minorPlanet(letters, digits []byte) bool {
	if len(letters) != 2 || len(digits) < 1 || len(digits) > 3 {
		return false
	}
	for _, c := range letters {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// codeGroup reports whether a token of kind k and text s, written right
// before a hyphen and a four-digit number, makes that number part of a
// code: a number of other than four digits ("555-2023") or a word with
// digits in it ("HH2-2022").
func codeGroup(s []byte, k Kind) bool {
	switch k {
	case Number:
		return len(s) != 4
	case Word:
		for _, c := range s {
			if '0' <= c && c <= '9' {
				return true
			}
		}
	}
	return false
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
