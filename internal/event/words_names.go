package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gaz returns the longest gazetteer entry at token i, or 0.
func (a *analyzer) gaz(i, ce int) (int, anEntry) {
	if i >= ce || (!a.toks[i].cap && a.toks[i].low != "the") {
		return 0, anEntry{}
	}
	longest, ok := anGazFirst()[a.toks[i].low]
	if !ok {
		return 0, anEntry{}
	}
	var buf [96]byte
	for n := min(longest, ce-i); n >= 1; n-- {
		// Build the key in a stack buffer: a map index by string(bytes)
		// does not allocate.
		b := buf[:0]
		ok := true
		for k, t := range a.toks[i : i+n] {
			if t.date != 0 {
				ok = false
				break
			}
			if k > 0 {
				b = append(b, ' ')
			}
			b = append(b, t.low...)
		}
		if !ok {
			continue
		}
		e, found := anGazetteer()[string(b)]
		if !found {
			continue
		}
		key := string(b)
		first := a.toks[i].low
		if n == 1 || first == "the" {
			// "the" alone or a lower-case common word is no name: "us",
			// "the Chad" is fine but "the" + lower case is not
			last := a.toks[i+n-1]
			if !last.cap {
				continue
			}
		}
		switch key {
		case "us", "un", "car", "au", "is", "it", "ec", "ap", "rt", "dw", "abc", "ecb", "fed", "sco":
			if !anAllCaps(a.s[a.toks[i].s:a.toks[i].e]) {
				continue
			}
		}
		return n, e
	}
	return 0, anEntry{}
}

// venue reports whether the place name at token i is where something
// happens rather than who takes part: "in Geneva", "at the UN General
// Assembly", "flying between Lima and Madrid". For a visit the place
// named after "in" or "for" is the host, and counts. typ "country" asks
// about a country, which takes part almost anywhere except at the ends of
// "a cable between Finland and Estonia".
func (a *analyzer) venue(i int, typ string) bool {
	k := a.governor(i)
	if k < 0 {
		return false
	}
	p := a.toks[k].low
	if typ == "country" {
		return p == "between" && !(k > 0 && a.isTrigger(k-1))
	}
	switch p {
	case "in", "at", "from", "between", "near", "of", "for", "via", "into", "through", "across", "outside",
		"around", "inside", "within", "toward", "towards", "over":
		// "ministers from the G5 Sahel group" are its members
		return !(typ == "visit" && (p == "in" || p == "for")) && !(typ == "org" && p == "from")
	}
	return false
}

// governor returns the index of the token that governs the name at token
// i, past "the" and back over a coordination ("between Mali, Niger and
// Burkina Faso", "in Switzerland, Germany and Austria"); -1 when the name
// opens the sentence.
func (a *analyzer) governor(i int) int {
	k := i - 1
	if k >= 0 && a.toks[k].low == "the" {
		k--
	}
	for k >= 1 && (a.toks[k].low == "and" || a.toks[k].low == "or" || a.toks[k].low == ",") {
		k--
		for k >= 0 && (a.toks[k].cap || a.toks[k].low == "the") && a.toks[k].date == 0 {
			k--
		}
	}
	return k
}

// countryPlace reports whether the country at token i is named as the
// place where something happens ("tablets shipped to customers in
// Switzerland, Germany and Austria", "ran a national record in Monaco"),
// which makes it no participant, unless the event is a visit, whose
// destination takes part.
func (a *analyzer) countryPlace(i int, typ string) bool {
	if typ == "visit" {
		return false
	}
	k := a.governor(i)
	if k < 0 {
		return false
	}
	switch a.toks[k].low {
	case "in", "at", "across", "throughout", "inside", "within":
		return true
	}
	return false
}

// venueCountry reports a country named only to place a city: "in Pau,
// France", "in Utrecht, the Netherlands".
func (a *analyzer) venueCountry(i int) bool {
	k := i - 1
	if k >= 0 && a.toks[k].low == "the" {
		k--
	}
	if k < 2 || a.toks[k].low != "," || !a.toks[k-1].cap {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch a.toks[j].low {
		case "in", "at", "near", "from":
			return true
		}
		if !a.toks[j].cap {
			return false
		}
	}
	return false
}

// orgRun reads a capitalised name of an organisation at token i ("Japan
// Meteorological Agency", "University of Costa Rica") or of a news outlet.
// It returns the number of tokens read and the name, "" for an outlet, or
// 0 when the tokens name no organisation. A name counts as an
// organisation's when it ends in a word such as "Agency" or "Party", or
// when such a word is followed by "of" ("University of ...").
func (a *analyzer) orgRun(i, ce int) (int, string) {
	s := i
	for s < ce && sentStarter[a.toks[s].low] && s+1 < ce && a.toks[s+1].cap {
		s++ // "The", "A"
	}
	if s+1 < ce && memberNoun[a.toks[s].low] && a.toks[s+1].low == "of" {
		return 0, "" // "Members of the University and College Union": the union, read from "of" on
	}
	j := s
	var heads []int // tokens that may end an organisation's name
	for j < ce {
		t := a.toks[j]
		if t.date != 0 {
			break
		}
		if t.cap && (t.kind == anWord || t.kind == anNum) {
			if k := strings.LastIndexAny(t.low, "-‑"); k >= 0 && k+1 < len(t.low) && !a.capAfterHyphen(t) {
				// "Hong Kong-based", "British-built": a modifier, not a name
				return j + 1 - i, ""
			}
			j++
			continue
		}
		if j > s && t.low == "and" && j+1 < ce && a.toks[j+1].cap && a.toks[j+1].kind == anWord && a.toks[j+1].date == 0 {
			// "University and College Union": kept only when the name
			// goes on to a word that ends an organisation's name
			k := j + 1
			for k < ce && a.toks[k].cap && a.toks[k].kind == anWord && a.toks[k].date == 0 {
				k++
			}
			if anOrgHead[a.toks[k-1].low] {
				j = k
				continue
			}
		}
		if j > s && (t.low == "&" || t.low == "'" && j+1 < ce && a.toks[j+1].cap) {
			j++ // "Korea Hydro & Nuclear Power", "Catholic Bishops' Conference"
			continue
		}
		if (t.low == "of" || t.low == "for" || t.low == "del" || t.low == "de" || t.low == "la") && j > s && j+1 < ce {
			n := j + 1
			if a.toks[n].low == "the" {
				n++
			}
			if n < ce && a.toks[n].cap && a.toks[n].date == 0 {
				if anOrgHead[a.toks[j-1].low] {
					heads = append(heads, j-1)
				}
				j = n
				continue
			}
		}
		break
	}
	if j-s < 1 {
		return 0, ""
	}
	if anOrgHead[a.toks[j-1].low] {
		heads = append(heads, j-1)
	}
	first, last := a.toks[s].low, a.toks[j-1].low
	if anMediaHead[last] || (first == "radio" && j-s > 1) {
		return j - i, ""
	}
	if n, e := a.gaz(s, j); n > 0 {
		if e.kind == anMedia {
			return n + s - i, ""
		}
		rest := false // an organisation's word after the gazetteer name
		for _, h := range heads {
			rest = rest || h >= s+n
		}
		if n == j-s || !rest {
			return 0, ""
		}
	}
	if len(heads) == 0 || j-s < 2 {
		return 0, ""
	}
	return j - i, a.s[a.toks[s].s:a.toks[j-1].e]
}

// capAfterHyphen reports whether every part of a hyphenated word is
// capitalised ("Asia-Pacific", "Chia-hao" is not).
func (a *analyzer) capAfterHyphen(t Token) bool {
	w := a.s[t.s:t.e]
	k := strings.LastIndexAny(w, "-‑")
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeRuneInString(w[k+3:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// location returns where the clause [cs, ce) places the event.
func (a *analyzer) location(cs, ce, best int, cands []anCandidate, typ string) string {
	if best >= 0 && typ == "visit" {
		c := cands[best]
		for k := c.j + 1; k < ce && k <= c.j+4; k++ {
			t := a.toks[k]
			if t.date != 0 || t.kind == anPunct {
				break
			}
			if t.cap {
				if n, e := a.gaz(k, ce); n > 0 && (e.kind == anCountry || e.kind == anMetonym) {
					return a.s[a.toks[k].s:a.toks[k+n-1].e]
				}
				if p := a.toks[k-1].low; p == "to" || p == "in" {
					if n := a.place(k, ce); n > 0 {
						return a.s[a.toks[k].s:a.toks[k+n-1].e]
					}
				}
				break
			}
			switch t.low {
			case "to", "in", "the", "a":
				continue
			}
		}
	}
	bestLoc, bestDist := "", 1<<30
	for k := cs; k < ce; k++ {
		if p := a.toks[k].low; p != "in" && p != "at" || a.toks[k].date != 0 {
			continue
		}
		m := k + 1
		for m < ce && anPlaceMod[a.toks[m].low] && !a.toks[m].cap {
			m++
		}
		if m >= ce || !a.toks[m].cap || a.toks[m].date != 0 {
			continue
		}
		if a.toks[m-1].low == "the" {
			if n, e := a.gaz(m-1, ce); n == 0 || e.kind != anCountry {
				continue
			}
		}
		n := a.place(m, ce)
		if n == 0 {
			continue
		}
		d := min(anAbs(m-a.ds), anAbs(m+n-1-a.ds))
		if d < bestDist {
			bestLoc, bestDist = a.s[a.toks[m].s:a.toks[m+n-1].e], d
		}
	}
	return bestLoc
}

func anAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// place returns the length of the place name at token k, or 0 when the
// capitalised words there name an organisation, an outlet or a person.
func (a *analyzer) place(k, ce int) int {
	if n, e := a.gaz(k, ce); n > 0 {
		switch e.kind {
		case anCountry, anMetonym:
			return n
		}
		return 0
	}
	if n, _ := a.orgRun(k, ce); n > 0 {
		return 0
	}
	j := k
	for j < ce && a.toks[j].cap && a.toks[j].kind == anWord && a.toks[j].date == 0 && j-k < 4 {
		if anMonthDay[a.toks[j].low] || anTitle[a.toks[j].low] || anMediaHead[a.toks[j].low] {
			return 0
		}
		j++
	}
	return j - k
}

// anGoverning lists prepositions that govern a date expression and leave
// with it from a summary.
var anGoverning = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "from": true, "until": true, "since": true,
	"during": true, "over": true, "between": true, "for": true, "through": true, "till": true,
	"before": true, "after": true, "around": true, "of": true,
}

// memberNoun holds nouns for the people of a body, which open a sentence
// capitalised before "of" and the body's name: "Members of the ...".
var memberNoun = map[string]bool{"members": true, "officials": true, "staff": true, "employees": true,
	"workers": true, "supporters": true, "leaders": true, "representatives": true, "delegates": true}
