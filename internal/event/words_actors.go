package event

import (
	"slices"
	"strings"
)

// actors lists the participants named in the tokens [cs, ce), leaving
// out the tokens skip marks (a speaker, a source, a relative clause).
func (a *analyzer) actors(cs, ce int, typ string, skip []bool) []string {
	var out []string
	cur, official := cs, false // the token add reads at, and whether a title there speaks for a state
	add := func(country, person string) {
		if person != "" && a.seen != nil {
			*a.seen = append(*a.seen, personMention{name: person, country: country, official: official, at: a.at + int(a.toks[cur].s)})
		}
		if p, ok := a.people.lookup(person); ok {
			person = p.name
			if country == "" {
				country = p.country
			}
		}
		name := country
		switch {
		case country == "":
			name = person
		case person != "":
			name = country + " (" + person + ")"
		}
		if name == "" {
			return
		}
		for i, o := range out {
			if o == name || (person == "" && ActorKey(o) == name) {
				return
			}
			if person != "" && country != "" && o == country {
				out[i] = name // the person joins the country's entry
				return
			}
			if person != "" && o == person {
				out[i] = name
				return
			}
		}
		out = append(out, name)
	}
	last := cs // tokens before last were read as part of a name
	for i := cs; i < ce; {
		t := a.toks[i]
		cur, official = i, false
		if skip[i] || t.date != 0 || t.kind == anPunct || t.kind == anPoss || t.kind == anNum {
			i++
			continue
		}
		if n, country, person := a.reference(i, ce); n > 0 {
			if !slices.Contains(skip[i:i+n], true) {
				add(country, person)
			}
			i += n
			last = i
			continue
		}
		if n, names := a.pair(i, ce); n > 0 {
			if !slices.Contains(skip[i:i+n], true) {
				for _, x := range names {
					add(x, "")
				}
			}
			i += n
			last = i
			continue
		}
		if (anOrgDesc[t.low] || anBodyDesc[t.low]) && i+1 < ce && !skip[i+1] {
			if n, name := a.describedOrg(i+1, ce); n > 0 {
				if a.seen != nil {
					*a.seen = append(*a.seen, personMention{name: name, org: true, desc: t.low, at: a.at + int(a.toks[i+1].s)})
				}
				add(name, "")
				i += 1 + n
				last = i
				continue
			}
		}
		if anTitle[t.low] || anTitleMod[t.low] {
			if n, country, person := a.person(i, ce); n > 0 {
				// a former minister no longer speaks for the state
				// nor does an organisation's: "Its president, Héctor
				// Villalobos"
				official = anOfficial[a.titleOf(i, n)] && !slices.ContainsFunc(a.toks[i:i+n], func(t Token) bool { return t.low == "former" }) &&
					!(i > 0 && (a.toks[i-1].low == "its" || a.toks[i-1].low == "their")) && !a.bodyPossessive(i)
				add(country, person)
				i += n
				last = i
				continue
			}
		}
		if !t.cap && t.low != "the" {
			i++
			continue
		}
		if n, name := a.orgRun(i, ce); n > 0 {
			if name != "" && a.seen != nil {
				*a.seen = append(*a.seen, personMention{name: name, org: true, at: a.at + int(t.s)})
			}
			add(name, "")
			i += n
			last = i
			continue
		}
		n, e := a.gaz(i, ce)
		if n == 0 {
			if m, p := a.people.match(a, i, ce); m > 0 {
				// a short name after "in" or "of" is a place more often
				// than the company it shares a word with: "the island of
				// Kyushu" is not Kyushu Electric
				org := slices.ContainsFunc(a.people.orgs, func(o docPerson) bool { return o.name == p.name })
				if !a.kinOf(i+m) && !(org && len(nameWords(p.name)) > m && a.venue(i, "")) {
					add(p.country, p.name)
				}
				i += m
				last = i
				continue
			}
			if m, name := a.aged(i, ce); m > 0 {
				add("", name)
				i += m
				last = i
				continue
			}
			i++
			continue
		}
		// "the East China Sea", "South America": part of a longer name
		if p := i - 1; p >= last && p >= 0 && a.toks[p].cap && a.toks[p].kind == anWord && a.toks[p].date == 0 && !sentStarter[a.toks[p].low] {
			i += n
			continue
		}
		next := i + n
		poss := next < ce && a.toks[next].kind == anPoss
		if poss {
			next++
		}
		switch e.kind {
		case anCountry, anMetonym:
			if m, _, person := a.person(next, ce); m > 0 {
				add(e.name, person)
				i = next + m
				last = i
				continue
			}
			if poss {
				if m, _ := a.orgRun(next, ce); m > 0 {
					break // "Canada's Northfield Resources": the company's home
				}
				if m, name := a.ownedBody(next, ce); m > 0 {
					// "Sweden's Riksbank", "Norway's central bank" when
					// the document names it: the body acts, not the state
					add(name, "")
					i = next + m
					last = i
					continue
				}
			}
			if e.kind == anMetonym && (i == 0 || a.toks[i-1].low == "the" || a.toks[i-1].low == "a") &&
				!strings.HasPrefix(a.keyAt(i, n), "the ") && next < ce && !a.toks[next].cap && a.toks[next].kind == anWord &&
				!poss && a.toks[next].date == 0 && anNounLike(a.toks[next].low) {
				break // "the Rome round": a modifier
			}
			if poss && a.regionAt(next, ce) {
				break // "Sudan's South Kordofan state": a place in it
			}
			if e.kind == anCountry && !a.venueCountry(i) && !a.venue(i, "country") && !a.countryPlace(i, typ) || e.kind == anMetonym && !a.venue(i, typ) {
				add(e.name, "")
			}
		case anDemonym:
			if m, _, person := a.person(next, ce); m > 0 {
				if anOfficial[a.titleOf(next, m)] {
					add(e.name, person)
				} else {
					add("", person)
				}
				i = next + m
				last = i
				continue
			}
			if e.plural || a.stateNounAt(next, ce) || (next < ce && anOfficial[a.toks[next].low]) {
				add(e.name, "")
			}
		case anOrg:
			// "the G20 summit": the organisation holds the event named next
			if !a.venue(i, "org") || a.best >= 0 && next == a.best {
				add(e.name, "")
			}
		}
		i += n
		last = i
	}
	return out
}

// bodyPossessive reports whether the title at token i follows the
// possessive of a name that is no country: "The Green List's leader,
// Maja Kranjc" leads a party, not the state.
func (a *analyzer) bodyPossessive(i int) bool {
	p := i - 1
	if p < 1 || a.toks[p].kind != anPoss || !a.toks[p-1].cap {
		return false
	}
	s := p - 1
	for s > 0 && a.toks[s-1].cap && a.toks[s-1].kind == anWord {
		s--
	}
	if n, e := a.gaz(s, p); n == p-s && (e.kind == anCountry || e.kind == anMetonym || e.kind == anDemonym) {
		return false // "Russia's foreign minister"
	}
	return true
}

// stateNounAt reports whether a noun that makes a demonym a state actor
// stands at token i, perhaps after one modifier: "Vietnamese diplomats",
// "a Vietnamese trade delegation".
func (a *analyzer) stateNounAt(i, ce int) bool {
	if i < ce && anStateNoun[a.toks[i].low] {
		return true
	}
	return i+1 < ce && a.toks[i].kind == anWord && !a.toks[i].cap && a.toks[i].date == 0 &&
		!anVerbLike(a.toks[i]) && anStateNoun[a.toks[i+1].low] && !anStateNoun[a.toks[i].low]
}

// citedSource reports whether candidate c is the verb of saying of a
// clause that cites a source after the analysed expression: ", as the
// union has claimed", ", as several posts had reported".
func (a *analyzer) citedSource(c anCandidate) bool {
	if !c.speech && c.trig.typ != "statement" || c.i <= a.de {
		return false
	}
	for k := c.i - 1; k > a.de && k >= c.i-8; k-- {
		if a.toks[k].low == "as" && a.toks[k-1].low == "," {
			return true
		}
		if a.toks[k].kind == anPunct {
			return false
		}
	}
	return false
}

// aside reports whether candidate c lies in a relative clause between
// commas (", who ... ," or ", which ... ,") that does not hold the
// analysed expression.
func (a *analyzer) aside(c anCandidate) bool {
	for k := c.i - 1; k >= 1 && k >= c.i-12; k-- {
		w := a.toks[k].low
		if w == "," || a.toks[k].date == 1 {
			return false
		}
		if (w == "who" || w == "which") && a.toks[k-1].low == "," {
			for e := c.j + 1; e < len(a.toks) && e <= c.j+12; e++ {
				if a.toks[e].date == 1 {
					return false
				}
				if a.toks[e].low == "," {
					return a.ds < k || a.ds > e
				}
			}
			return false
		}
	}
	return false
}

// hardBetween reports a clause boundary between tokens i and j.
func (a *analyzer) hardBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if a.hard(k) {
			return true
		}
	}
	return false
}

// quotes reports whether the speech verb c reports the analysed
// expression: it comes before it ("X said teams had started training last
// week") or closes the sentence after a comma (", officials said"), not
// in a clause of its own ("..., and Okafor said the club would not sell").
func (a *analyzer) quotes(c anCandidate) bool {
	if c.i < a.ds {
		return true
	}
	for k := a.de; k < c.i && k < len(a.toks); k++ {
		if w := a.toks[k].low; w == "and" || w == "but" || w == ";" {
			return false
		}
	}
	return true
}

// subjectless reports whether the clause starting at token cs opens with
// its verb, after a conjunction: "and to resume", "and pleaded".
func (a *analyzer) subjectless(cs int) bool {
	i := cs
	for i < len(a.toks) && (a.toks[i].low == "and" || a.toks[i].low == "," || a.toks[i].low == "then") {
		i++
	}
	if cs == 0 || i >= len(a.toks) {
		return false
	}
	if w := a.toks[i].low; strings.HasSuffix(w, "ing") && len(w) > 5 && a.toks[i].kind == anWord && !a.toks[i].cap {
		return true // "before winning promotion in 2019"
	}
	if a.toks[i].low == "to" {
		// an infinitive: "to resume"
		i++
		return i < len(a.toks) && a.toks[i].kind == anWord && !a.toks[i].cap && a.toks[i].date == 0 && !anNPStart(a.toks[i].low)
	}
	return anVerbLike(a.toks[i]) && !anBe[a.toks[i].low]
}

// subject returns the tokens [s, e) before the sentence's first verb,
// after any dateline: its subject.
func (a *analyzer) subject() (int, int) {
	s := a.datelineEnd()
	for e := s; e < len(a.toks); e++ {
		t := a.toks[e]
		if t.kind == anPunct && t.low != "(" && t.low != ")" || t.date != 0 {
			return s, s
		}
		if anVerbLike(t) {
			return s, e
		}
		// a present verb after a name: "Litgrid expects"
		if e > s && t.kind == anWord && !t.cap && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") &&
			a.toks[e-1].cap && a.toks[e-1].kind == anWord {
			return s, e
		}
	}
	return s, s
}

// appositiveSubject reports whether the clause at cs has for subject the
// words before the sentence's first comma, an appositive between them:
// "Her first record, a 78 rpm disc of “Rosa Branca”, came out in 1951".
// It sets [*s, *e) to the subject.
func (a *analyzer) appositiveSubject(cs int, s, e *int) bool {
	for cs < len(a.toks) && a.toks[cs].low == "," {
		cs++ // the clause read from the comma that closes the appositive
	}
	if cs < 2 || a.toks[cs-1].low != "," {
		return false
	}
	first := -1
	for k := a.datelineEnd(); k < cs-1; k++ {
		t := a.toks[k]
		if anVerbLike(t) || t.date != 0 || t.kind == anPunct && t.low != "," && t.low != "“" && t.low != "”" && t.low != "\"" {
			return false
		}
		if t.low == "," && first < 0 {
			first = k
		}
	}
	if first <= a.datelineEnd() || first == cs-1 {
		return false
	}
	*s, *e = a.datelineEnd(), first
	return true
}

// anPeopleOnly drops the countries from an actor list, keeping persons
// and organisations.
func anPeopleOnly(actors []string) []string {
	var out []string
	for _, x := range actors {
		if e, ok := anGazetteer()[strings.ToLower(x)]; ok && e.kind == anCountry {
			continue
		}
		if i := strings.Index(x, " ("); i > 0 {
			x = x[i+2 : len(x)-1]
		}
		out = append(out, x)
	}
	return out
}

// anNounLike reports a lower-case word that may head a noun phrase after
// a place name used as a modifier ("the Rome round"), as opposed to a
// verb or function word after a subject ("the Kremlin said").
func anNounLike(w string) bool {
	if anSpeech[w] || anBe[w] || sentStarter[w] {
		return false
	}
	switch w {
	case "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "also", "did", "does":
		return false
	}
	return !strings.HasSuffix(w, "ed")
}

// keyAt returns the gazetteer key of the tokens [i, i+n).
func (a *analyzer) keyAt(i, n int) string {
	parts := make([]string, 0, n)
	for _, t := range a.toks[i : i+n] {
		parts = append(parts, t.low)
	}
	return strings.Join(parts, " ")
}

// isTrigger reports whether token k is a trigger word.
func (a *analyzer) isTrigger(k int) bool {
	if a.toks[k].kind != anWord {
		return false
	}
	_, ok := anLexicon[anStem(a.toks[k].low)]
	_, ok2 := anSurface[a.toks[k].low]
	return ok || ok2
}

// skipMask marks the tokens of [cs, ce) that name no participant of the
// event: the speaker of a verb of saying (unless the event is the
// statement), a source ("according to documents lodged with ..."), and a
// relative clause that describes someone ("Northfield, which owns
// projects in Argentina, will ...").
func (a *analyzer) skipMask(cs, ce int, cands []anCandidate, best int, typ string) []bool {
	skip := make([]bool, len(a.toks))
	for k := cs; k < ce; k++ {
		t := a.toks[k]
		switch {
		case t.low == "as" && (k == 0 || a.hard(k-1) || a.toks[k-1].low == ","):
			// "As previously reported by Reuters, ..."
			for j := k + 1; j < ce && j < k+8; j++ {
				if a.toks[j].low == "," {
					for m := k; m <= j && anSpeechBefore(a.toks[k:j]); m++ {
						skip[m] = true
					}
					break
				}
			}
		case t.low == "according" && k+1 < ce && a.toks[k+1].low == "to":
			for j := k; j < ce && a.toks[j].low != "," && j < k+12; j++ {
				skip[j] = true
			}
		case (t.low == "which" || t.low == "who") && k > cs && a.toks[k-1].low == ",":
			// a relative clause closed by a comma before the event
			for j := k + 1; j < ce && j < k+16; j++ {
				if a.toks[j].low == "," {
					if j < a.ds && (best < 0 || j < cands[best].i) {
						for m := k - 1; m <= j; m++ {
							skip[m] = true
						}
					}
					break
				}
			}
		}
	}
	if best >= 0 && cands[best].speech {
		return skip
	}
	for _, c := range cands {
		if !c.speech || c.i < cs || c.i >= ce || a.transitive(c) {
			continue
		}
		sk, end := a.speaker(c), c.i
		if best >= 0 && cands[best].i > c.j && a.opens(cs, sk) {
			// "Litgrid said the cable stopped ...": what was said
			// begins after the verb and its "that"
			e := c.j + 1
			for e < ce && (a.toks[e].date != 0 || a.toks[e].low == "that" || anGoverning[a.toks[e].low] && a.dateAfter(e)) {
				e++
			}
			w := a.toks[c.i].low
			if e < ce && cands[best].i >= e && !anLeadTrim[a.toks[e].low] && a.toks[e].kind == anWord &&
				(w == "said" || w == "says" || w == "say" || a.toks[e-1].low == "that") {
				end = e
				switch a.toks[e].low {
				case "it", "they", "he", "she", "we":
					// the speaker is the subject: "Kyushu Electric said it
					// had restored power"
					end = cs
				}
			}
		}
		if end == c.i && sk > cs && sk < c.i && a.toks[sk-1].low != "," {
			// "..., mission controllers at ESOC in Darmstadt said": the
			// speaker's phrase runs back over its places to the comma
			if cm := a.attributionComma(cs, c.i); cm > 0 && cm < sk {
				sk = cm + 1
			}
		}
		if end == c.i && sk > cs && sk < c.i && a.toks[sk-1].low == "," && (best < 0 || cands[best].j < sk) {
			// an attribution after what was said goes whole, with its
			// comma, its verb and what follows the verb up to the next
			// comma: ", operator Fraport said in a statement"
			sk, end = sk-1, c.j+1
			for end < ce && a.toks[end].low != "," {
				end++
			}
		}
		for k := max(cs, sk); k < end; k++ {
			skip[k] = true
		}
	}
	return skip
}

// attributionComma returns the comma before the verb of saying at token
// v that sets off an attribution of at most eight words after what was
// said, with no verb between ("..., mission controllers at ESOC in
// Darmstadt said"), or -1.
func (a *analyzer) attributionComma(cs, v int) int {
	for k := v - 1; k > cs && k >= v-9; k-- {
		t := a.toks[k]
		if t.low == "," {
			return k
		}
		if t.date != 0 || t.kind == anPunct || anVerbLike(t) || t.low == "that" || t.low == "who" || t.low == "which" {
			return -1
		}
	}
	return -1
}

// opens reports whether token k opens the clause that starts at cs: it is
// cs, or only a fronted date, its preposition, a comma or a stamp's dash
// come before it ("On Monday, the airline said", "4:40 p.m. — Cal Fire
// says").
func (a *analyzer) opens(cs, k int) bool {
	for i := cs; i < k; i++ {
		t := a.toks[i]
		if t.date == 0 && t.low != "," && !isDash(t.low) && !(anGoverning[t.low] && a.dateAfter(i)) {
			return false
		}
	}
	return true
}

// anSpeechBefore reports whether toks hold a verb of saying.
func anSpeechBefore(toks []Token) bool {
	for _, t := range toks {
		if anSpeech[t.low] {
			return true
		}
	}
	return false
}

// speaker returns the first token of the phrase naming who speaks with
// the verb of saying c: "Deputy Foreign Minister Lê Hoài Nam told", "Its
// director, Ximena Carrasco, said", "Norway's special envoy ... said".
func (a *analyzer) speaker(c anCandidate) int {
	k := c.i
	good := k      // start of the phrase read so far
	title := false // the part after the last comma crossed has a title
	for k > 0 {
		t := a.toks[k-1]
		if t.date != 0 {
			break
		}
		if t.low == "," {
			if k < c.i && !title && good < c.i {
				break // "... from the United States, Defence Minister X said"
			}
			good, title = k, false
			k--
			continue
		}
		if t.cap || t.kind == anPoss || anTitle[t.low] || anTitleMod[t.low] {
			title = title || anTitle[t.low]
			k--
			continue
		}
		if anParticle[t.low] && k < c.i && a.toks[k].cap && k >= 2 && a.toks[k-2].cap {
			k-- // "Pieter van Dalen", "Anna de Vries"
			continue
		}
		if anOrgDesc[t.low] || describable[t.low] || anStateBody[t.low] || anOfficeAt(a.toks, k-1, c.i) > 0 || t.low == "service" {
			// "the trade ministry said", "the agency said", "grid operator
			// Litgrid said", "his press service said"
			title = true
			k--
			continue
		}
		switch t.low {
		case "its", "his", "her", "their", "the", "a":
			k--
			continue
		}
		if title && k < c.i {
			// the modifiers of the speaker's noun belong to it: "the
			// civil defence agency said"
			j := k - 1
			for j >= 0 && j >= k-3 && a.plainModifier(j) {
				j--
			}
			if j >= 0 && j < k-1 && (a.toks[j].kind == anPoss || anNPStart(a.toks[j].low) && a.toks[j].low != "that" && a.toks[j].low != "this") {
				k = j + 1
				continue
			}
		}
		break
	}
	if k < good && !title && good < c.i {
		k = good // the part before the last comma named no speaker
	}
	for k < c.i && a.toks[k].low == "," {
		k++
	}
	return k
}

// plainModifier reports whether token k is a lower-case word that can
// modify a noun: no verb, preposition, connective or date.
func (a *analyzer) plainModifier(k int) bool {
	t := a.toks[k]
	return t.kind == anWord && !t.cap && t.date == 0 && !anLeadTrim[t.low] && !anTailTrim[t.low] &&
		!anNPStart(t.low) && !anVerbLike(t) && !anSpeech[t.low] && !strings.HasSuffix(t.low, "ing") && !anAux[t.low]
}

// titleOf returns the last title word of the person phrase [k, k+n).
func (a *analyzer) titleOf(k, n int) string {
	last := ""
	for i := k; i < k+n && i < len(a.toks); i++ {
		if anTitle[a.toks[i].low] {
			last = a.toks[i].low
		}
	}
	return last
}

// person reads a title and a name at token k: "President Vladimir Putin",
// "Deputy Foreign Minister Lê Hoài Nam", "special envoy, Tor Henriksen",
// "President of the Islamic Republic of Iran Masoud Pezeshkian". It returns
// the number of tokens read (0 when there is no named person), the
// country an "of" phrase names, and the person's name.
func (a *analyzer) person(k, ce int) (int, string, string) {
	i := k
	title := false
	country := ""
	for i < ce {
		t := a.toks[i]
		if t.date != 0 {
			break
		}
		if anTitle[t.low] {
			title = true
			i++
			continue
		}
		if anTitleMod[t.low] && !title || anTitleMod[t.low] && i+1 < ce && anTitle[a.toks[i+1].low] {
			i++
			continue
		}
		if t.low == "of" && title && i+1 < ce {
			if n, e := a.gaz(i+1, ce); n > 0 && (e.kind == anCountry || e.kind == anMetonym) {
				country = e.name
				i += 1 + n
				continue
			}
			if anTitleMod[a.toks[i+1].low] || anTitle[a.toks[i+1].low] {
				i += 2 // "Secretary of State"
				continue
			}
		}
		break
	}
	if !title {
		return 0, "", ""
	}
	if i < ce && a.toks[i].low == "," {
		i++
	}
	ns := i
	// up to four capitalised words; the particles between them do not
	// count: "Luiz Inácio Lula da Silva"
	for words := 0; i < ce && words < 4; {
		t := a.toks[i]
		if t.date != 0 || t.kind != anWord {
			break
		}
		if !t.cap {
			j := i
			for j < ce && j < i+3 && a.toks[j].kind == anWord && !a.toks[j].cap && anParticle[a.toks[j].low] {
				j++ // "de la Cruz"
			}
			if j > i && i > ns && j < ce && a.toks[j].cap && a.toks[j].kind == anWord && a.toks[j].date == 0 {
				i = j
				continue
			}
			break
		}
		if anTitle[t.low] || sentStarter[t.low] || anMonthDay[t.low] || anOrgHead[t.low] || anNotName[t.low] {
			break
		}
		if n, _ := a.gaz(i, ce); n > 0 {
			break
		}
		i++
		words++
	}
	for i > ns && !a.toks[i-1].cap {
		i-- // a particle does not end a name
	}
	if i == ns {
		return 0, "", ""
	}
	return i - k, country, a.s[a.toks[ns].s:a.toks[i-1].e]
}

// regionAt reports whether the tokens from i name a part of a country:
// capitalised words and then a noun of a place, "South Kordofan state",
// "Bushehr province", "its northern region".
func (a *analyzer) regionAt(i, ce int) bool {
	k := i
	for k < ce && k < i+4 && a.toks[k].kind == anWord && a.toks[k].cap && a.toks[k].date == 0 {
		k++
	}
	if k == i || k >= ce {
		return false
	}
	return anRegion[a.toks[k].low]
}

// anParticle lists the lower-case particles inside names of people: "da"
// in "Luiz Inácio Lula da Silva", "bin" in "Mohammed bin Salman". They
// belong to a name only between two capitalised words.
var anParticle = map[string]bool{
	"da": true, "de": true, "do": true, "dos": true, "das": true, "di": true, "del": true, "della": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true,
	"la": true, "le": true, "du": true, "ter": true,
}

// anNotName lists capitalised common nouns that follow titles in names
// of bodies and places, never in names of people: "General Assembly".
var anNotName = map[string]bool{
	"assembly": true, "house": true, "day": true, "square": true, "street": true, "palace": true, "hall": true,
	"centre": true, "center": true, "staff": true, "office": true, "department": true, "ministry": true,
	"court": true, "command": true, "headquarters": true, "force": true, "forces": true, "army": true,
	"data": true, "regulation": true, "directive": true, "treaty": true, "convention": true,
}

// anMonthDay lists month and weekday names, which are never names of
// people or places.
var anMonthDay = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// ownedBody reads what a country's possessive at token i names when it
// is a body of that country rather than the state itself: a single
// capitalised name no other rule knows ("Sweden's Riksbank"), or a
// description that fits an organisation the document names ("Norway's
// central bank" in a story about Norges Bank). It returns the number of
// tokens read and the body's name, or 0.
func (a *analyzer) ownedBody(i, ce int) (int, string) {
	if i >= ce {
		return 0, ""
	}
	t := a.toks[i]
	if t.kind == anWord && t.cap && t.date == 0 && !anTitle[t.low] && !anTitleMod[t.low] && !sentStarter[t.low] &&
		!monthOrDay[t.low] && (i+1 >= ce || !(a.toks[i+1].kind == anWord && a.toks[i+1].cap)) {
		if n, _ := a.gaz(i, i+1); n > 0 {
			return 0, ""
		}
		if a.people != nil {
			if _, ok := a.people.find([]string{t.low}); ok {
				return 0, ""
			}
		}
		return 1, a.s[t.s:t.e]
	}
	j := i
	for j < ce && j-i < 2 && a.toks[j].kind == anWord && !a.toks[j].cap && !describable[a.toks[j].low] && a.toks[j].date == 0 {
		j++ // "central", "national"
	}
	if j < ce && describable[a.toks[j].low] && a.people != nil {
		if o, ok := a.people.describe(a.toks[j].low, a.at+int(a.toks[i].s)); ok && o.desc != "" || ok && slices.Contains(o.words, a.toks[j].low) {
			return j + 1 - i, o.name
		}
	}
	return 0, ""
}
