package timeline

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Analysis is what a sentence says about the event dated by one of its
// date expressions.
type Analysis struct {
	// Event reports whether the sentence reports something dated by the
	// expression: a trigger word governs it, or at least a clause does. It
	// is false for a state ("has surged since 2019"), a forecast ("expects
	// revenue of $700 million in the fourth quarter"), a comparison ("from
	// $61 million a year earlier"), a dateline or "Posted:" line, and a
	// clock time that only refines a date next to it ("on Sunday at about 7
	// p.m."); the date, not the time, carries that event.
	Event bool
	// Type is one of visit, meeting, talks, agreement, sanctions, supply,
	// attack, statement, report, election, legal, economic, disaster or
	// other.
	Type string
	// Status is reported (past), scheduled, planned, expected, cancelled,
	// negated or threatened.
	Status string
	// Summary is a gist of the clause in at most 12 words, without the date
	// expression and quotation marks.
	Summary string
	// Location is the city or venue the clause places the event in, or "".
	Location string
	// Actors are the participants in order of first appearance in the
	// clause: canonical country names ("United Kingdom" for "Britain",
	// "Russia" for "the Kremlin"), organisations ("European Union",
	// "NATO") and named officials, given with their country when the text
	// says it ("Iran (Masoud Pezeshkian)").
	Actors []string
	// Trigger is the word or phrase that gave Type, as written; it is ""
	// when none did and Type is "other". TriggerStart and TriggerEnd are
	// its byte offsets in the sentence.
	Trigger                  string
	TriggerStart, TriggerEnd int
}

// Analyze inspects sentence around the date expression at byte offsets
// [start, end) within it. others are the byte spans of the other date
// expressions in the same sentence, so that each date gets the clause
// nearest to it: a trigger word closer to another date belongs to that
// date. Offsets out of range are clipped; Analyze never panics.
//
// The type comes from the trigger word nearest to the expression, where
// distance counts words and adds a cost for each clause boundary crossed
// (commas, semicolons, dashes, quotes, "which", "after", ...). Verbs of
// saying ("said", "reported", "told") count only when the date is
// attached to them ("his office said on Wednesday") and the reported
// content carries no date of its own; otherwise the reported content
// gives the type ("the media reported that Tehran had begun supplying").
func Analyze(sentence string, start, end int, others []Span) Analysis {
	return analyze(sentence, start, end, others, nil, -1)
}

// analyze is [Analyze] with the persons the document names, which resolve
// bare and shortened names of people in the sentence.
func analyze(sentence string, start, end int, others []Span, pp *people, at int) Analysis {
	if cached, ok := pp.tokensAt(at, len(sentence)); ok {
		return analyzeTokens(sentence, slices.Clone(cached), start, end, others, pp, at)
	}
	return analyzeTokens(sentence, anTokens(sentence), start, end, others, pp, at)
}

// analyzeTokens is analyze with the tokens of the sentence, as anTokens
// returns them, so that the dates of one sentence share one tokenization.
// It marks the dates in toks; pass a copy.
func analyzeTokens(sentence string, toks []anTok, start, end int, others []Span, pp *people, at int) Analysis {
	start = max(0, min(start, len(sentence)))
	end = max(start, min(end, len(sentence)))
	if len(toks) == 0 {
		return Analysis{Type: "other", Status: "reported"}
	}
	a := &analyzer{s: sentence, toks: toks, ds: -1, de: -1, best: -1, people: pp, at: at}
	for i := range toks {
		t := &toks[i]
		if int(t.e) > start && int(t.s) < end {
			t.date = 1
			if a.ds < 0 {
				a.ds = i
			}
			a.de = i + 1
		}
	}
	for _, o := range others {
		if o.Start < 0 || o.End > len(sentence) || o.Start >= o.End {
			continue
		}
		if o.End > start && o.Start < end {
			continue // overlaps the analysed expression: a range's far end
		}
		os, oe := -1, -1
		// Tokens are in order: start at the first that ends after o starts.
		from := sort.Search(len(toks), func(i int) bool { return int(toks[i].e) > o.Start })
		for i := from; i < len(toks) && int(toks[i].s) < o.End; i++ {
			t := &toks[i]
			if t.date == 0 {
				t.date = 2
				if os < 0 {
					os = i
				}
				oe = i + 1
			}
		}
		if os >= 0 {
			if !anIsDuration(toks, os, oe) {
				a.others = append(a.others, [2]int{os, oe})
			} else if toks[os].low == "every" || toks[os].low == "each" {
				a.sets = append(a.sets, os)
			}
		}
	}
	if a.ds < 0 {
		// The expression holds no word: analyse as if it sat at the
		// nearest token.
		a.ds = len(toks)
		for i, t := range toks {
			if int(t.s) >= start {
				a.ds = i
				break
			}
		}
		a.de = a.ds
	}
	return a.run(start, end)
}

type anKind uint8

const (
	anWord  anKind = iota // a word or abbreviation
	anNum                 // a number: "17", "1,200", "9:30"
	anPunct               // one punctuation mark
	anPoss                // a possessive "'s" or "'"
)

// anTok is one token of a sentence.
type anTok struct {
	low  string // lower-cased text
	s, e int32
	kind anKind
	cap  bool  // begins with an upper-case letter
	date uint8 // 0: no date; 1: the analysed expression; 2: another one
}

func anIsLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func anIsAlnum(r rune) bool { return anIsLetter(r) || unicode.IsDigit(r) }

// anTokens splits a sentence into words, numbers, possessives and
// punctuation marks. Hyphens and apostrophes inside a word stay in it
// ("ship-to-ship", "didn't", "d'Ivoire"), a possessive "'s" becomes a
// token of its own, and initials keep their full stops ("U.S.", "a.m.").
func anTokens(s string) []anTok {
	toks := make([]anTok, 0, len(s)/5)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case anIsAlnum(r):
			e, kind := anWordEnd(s, i)
			toks = append(toks, anTok{s: int32(i), e: int32(e), low: strings.ToLower(s[i:e]), kind: kind, cap: unicode.IsUpper(r)})
			i = e
			continue
		case r == '\'' || r == '’':
			if len(toks) > 0 && int(toks[len(toks)-1].e) == i && toks[len(toks)-1].kind == anWord {
				// "Iran's", "leaders'"
				next, m := utf8.DecodeRuneInString(s[i+n:])
				if (next == 's' || next == 'S') && !anIsAlnum(anRuneAt(s, i+n+m)) {
					toks = append(toks, anTok{s: int32(i), e: int32(i + n + m), low: "'s", kind: anPoss})
					i += n + m
					continue
				}
				if strings.HasSuffix(toks[len(toks)-1].low, "s") && !anIsAlnum(next) {
					toks = append(toks, anTok{s: int32(i), e: int32(i + n), low: "'", kind: anPoss})
					i += n
					continue
				}
			}
		}
		toks = append(toks, anTok{s: int32(i), e: int32(i + n), low: s[i : i+n], kind: anPunct})
		i += n
	}
	return toks
}

// anRuneAt returns the rune at s[i], or 0 past the end.
func anRuneAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// anWordEnd returns the end of the word or number that starts at i.
func anWordEnd(s string, i int) (int, anKind) {
	kind := anNum
	e := i
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		switch {
		case anIsLetter(r):
			kind = anWord
			e += n
			continue
		case unicode.IsDigit(r):
			e += n
			continue
		case r == '-' || r == '‑':
			if anIsAlnum(anRuneAt(s, e+n)) {
				e += n
				continue
			}
		case r == '.' || r == ',' || r == ':' || r == '/':
			// "1,200", "3.5", "9:30", "9/12/2024"
			prev, _ := utf8.DecodeLastRuneInString(s[:e])
			if unicode.IsDigit(prev) && unicode.IsDigit(anRuneAt(s, e+n)) {
				e += n
				continue
			}
		case r == '\'' || r == '’':
			next := anRuneAt(s, e+n)
			if anIsLetter(next) {
				after := anRuneAt(s, e+n+utf8.RuneLen(next))
				if (next == 's' || next == 'S') && !anIsAlnum(after) {
					break // a possessive
				}
				e += n
				continue
			}
		}
		break
	}
	// initials: "U.S.", "a.m.", "e.g."
	if utf8.RuneCountInString(s[i:e]) == 1 && kind == anWord {
		j := e
		for j+1 < len(s) && s[j] == '.' && anIsLetter(anRuneAt(s, j+1)) {
			r := anRuneAt(s, j+1)
			k := j + 1 + utf8.RuneLen(r)
			if k < len(s) && anIsAlnum(anRuneAt(s, k)) {
				break
			}
			j = k
		}
		if j > e {
			if j < len(s) && s[j] == '.' {
				j++
			}
			e = j
		}
	}
	return e, kind
}

// anIsDuration reports whether the tokens [s, e) read as a duration or a
// set ("more than three hours", "24-hour", "every two years", "a year")
// rather than a point in time, so that it does not compete for triggers.
func anIsDuration(toks []anTok, s, e int) bool {
	last := toks[e-1].low
	for _, u := range []string{"-hour", "-day", "-week", "-month", "-year", "-minute", "-decade"} {
		if strings.HasSuffix(last, u) {
			return true
		}
	}
	if toks[s].low == "every" || toks[s].low == "each" {
		return true
	}
	switch last {
	case "hours", "minutes", "days", "weeks", "months", "years", "decades", "seconds", "centuries", "decade":
		return true
	case "hour", "minute", "day", "week", "month", "year":
		if e-s == 2 && (toks[s].low == "a" || toks[s].low == "an" || toks[s].low == "one" || toks[s].kind == anNum) {
			return true
		}
	}
	return s > 0 && toks[s-1].low == "within"
}

// Trigger weights: the cost added to a trigger's distance.
const (
	anStrong = 0 // an event word: "sanctions", "visit", "attacked"
	anLight  = 3 // a word that usually leans on a nearer noun: "publish", "hold"
	anWeak   = 8 // a verb of saying: "said", "reported"
)

// anTrig is an entry of the trigger lexicon.
type anTrig struct {
	typ    string
	weight int
}

var (
	anLexicon = map[string]anTrig{} // stems, and "stem stem" pairs
	// anLexMulti maps the first stem of each entry of several words to
	// the most words such an entry has.
	anLexMulti  = map[string]int{}
	anSurface   = map[string]anTrig{} // exact lower-case forms, looked up first
	anIrregular = map[string]string{} // irregular forms to base forms
	anSpeech    = map[string]bool{}   // verbs of saying, by exact form
)

func init() {
	add := func(typ string, weight int, words string) {
		for _, w := range strings.Split(words, ",") {
			w = strings.TrimSpace(w)
			if w == "" {
				continue
			}
			if strings.HasPrefix(w, "=") { // an exact form
				anSurface[w[1:]] = anTrig{typ, weight}
				continue
			}
			parts := strings.Fields(w)
			for i, p := range parts {
				parts[i] = anStem(p)
			}
			anLexicon[strings.Join(parts, " ")] = anTrig{typ, weight}
			if len(parts) > 1 {
				anLexMulti[parts[0]] = max(anLexMulti[parts[0]], len(parts))
			}
		}
	}
	for _, p := range strings.Fields(`said:say says:say saying:say told:tell met:meet held:hold struck:strike
		sold:sell bought:buy fought:fight spoke:speak won:win began:begin begun:begin took:take taken:take
		made:make making:make taking:take left:leave shot:shoot ran:run rose:rise fell:fall froze:freeze frozen:freeze sent:send
		gave:give given:give drew:draw wrote:write written:write led:lead paid:pay flew:fly died:die
		overran:overrun overrun:overrun stole:steal sank:sink brought:bring chose:choose withdrew:withdraw
		undertook:undertake upheld:uphold forbade:forbid hung:hang sought:seek swore:swear shut:shut
		lost:lose beat:beat beaten:beat broke:break broken:break`) {
		k, v, _ := strings.Cut(p, ":")
		anIrregular[k] = v
	}
	for _, w := range strings.Fields(`said says say saying told tell tells reported reporting according
		added adding noted wrote stated quoted cited explained`) {
		anSpeech[w] = true
	}

	add("visit", anStrong, `visit, trip, tour, arrive, arrival, travel, departure, depart, state visit,
		official visit, leave for, return for, fly to, stopover, state visit`)
	add("meeting", anStrong, `meet, meeting, summit, forum, conference, session, convene, gathering, brief,
		congress, plenary, audience with`)
	add("meeting", anLight, `host, gather`)
	add("talks", anStrong, `=talks, negotiation, negotiate, dialogue, discuss, discussion, consultation,
		mediation, peace process, talk`)
	add("agreement", anStrong, `agreement, agree, sign, pact, treaty, accord, ceasefire, cease-fire, truce,
		memorandum, contract, ratify, ratification, partnership, armistice, protocol, diplomatic relations,
		settlement, normalise, normalize`)
	add("agreement", anLight, `deal`)
	add("sanctions", anStrong, `sanction, blacklist, embargo, restrictive measures, export controls,
		asset freeze, freeze, travel ban, blacklisting, designation`)
	add("supply", anStrong, `supply, deliver, delivery, sell, sale, buy, purchase, =shipped, transfer,
		provide, receive, take delivery, donate, donation, military aid, procure, procurement,
		acquire`)
	add("supply", anLight, `send, fund, funding, equip, arms, pledge`)
	add("attack", anStrong, `attack, strike, airstrike, air strike, bomb, bombing, shell, shelling, raid,
		ambush, assault, offensive, invade, invasion, =stormed, =storming, overrun, clash, fighting, fight,
		shoot, shooting, massacre, open fire, missile strike, drone strike, incursion`)
	add("attack", anLight, `wound, war, =injuring`)
	add("attack", 5, `kill, killing`)
	add("statement", anStrong, `statement, announce, announcement, declare, declaration, warn, warning,
		article, speech, interview, confirm, deny, denial, claim, comment, remark, propose, proposal, urge,
		praise, condemn, criticise, criticize, toll, press conference, letter, insist, tweet,
		appeal for, call for, message`)
	add("statement", anLight, `address, issue`)
	add("accusation", anStrong, `accuse, accusation, allege, allegation, blame`)
	add("threat", anStrong, `threaten, threat, ultimatum`)
	add("statement", anWeak, `publish`)
	add("report", anStrong, `=report, =reports, poll, survey, audit, study, findings, census, assessment,
		index, ranking, opinion poll`)
	add("election", anStrong, `election, elect, referendum, runoff, run-off, ballot, plebiscite, first round,
		primary, presidential vote, by-election, electoral`)
	add("election", anLight, `vote, voter`)
	add("election", anStrong, `vote on`)
	add("legal", anStrong, `arrest, detain, detention, indict, indictment, charge, plead, plea, hearing,
		trial, =sentenced, sentencing, convict, conviction, acquit, acquittal, remand, investigate,
		investigation, probe, prosecute, prosecution, lawsuit, sue, verdict, ruling, seize, seizure,
		extradite, extradition, jail, imprison, custody, testify, unseal, warrant, magistrate,
		grand jury, court order, subpoena, guilty, prosecutor, fraud, bribery, kickback, embezzlement`)
	add("legal", anLight, `court, judge`)
	add("economic", anStrong, `=order, =orders, revenue, profit, earnings, =shares, share price, price,
		auction, route, dividend, takeover, acquisition, merger, bid, offer, invest, investment, budget, gdp,
		inflation, economy, tariff, bankruptcy, ipo, trading, share sale, interest rate, export,
		import, net profit, loan, debt, production, output, result, valuation, stake, float,
		flotation, recession, growth, exports, imports, investor, raise money`)
	add("economic", anLight, `raise, market, rate, buyback, trade`)
	add("disaster", anStrong, `typhoon, hurricane, cyclone, storm, earthquake, quake, flood, flooding,
		drought, wildfire, outbreak, epidemic, pandemic, explosion, explode, blast, eruption, erupt,
		landslide, tsunami, landfall, crash, accident, derail, derailment, collapse, heatwave, famine,
		blaze, spill, disaster, tornado, avalanche, mudslide, infect, infection, death toll, peak`)
	add("disaster", anLight, `fire, case`)
	add("other", anStrong, `launch, liftoff, lift off, orbit, match, game, play, defeat, join, appoint,
		appointment, open, opening, reopen, close, closure, protest, rally, =march, demonstration, campaign,
		vaccinate, vaccination, immunisation, immunization, inaugurate, inauguration, take office, =founded,
		found, establish, die, death, funeral, resign, resignation, retire, retirement, promote, promotion,
		relegate, relegation, exhibit, exhibition, ceremony, festival, celebrate, celebration, ground,
		restore, fail, failure, trace, evacuate, evacuation, training, recount, sack, dismiss, up arms,
		unveil, premiere, release, strike called, walkout, cancel, postpone, win, shelve,
		draw, transfer window, take effect, enter service, lockdown, expand`)
	add("other", anLight, `begin, start, end, finish, complete, resume, show, suspend, suspension, completion`)
	// Multi-word triggers name an event their head word would mistype: to
	// halt an offensive is a truce, a public hearing is a meeting, not a
	// court's, and an airline flying between two cities opens a route.
	add("agreement", anStrong, `halt offensive, halt attack, halt fighting, stop fighting, cease fighting,
		end fighting, halt hostilities, cease hostilities, end hostilities, cessation of hostilities`)
	add("meeting", anStrong, `public hearing, town hall meeting`)
	add("sanctions", anStrong, `=listings, sanctions list`)
	add("economic", anStrong, `fly between, flight between, service between, new route`)
	add("statement", anStrong, `address the nation, televised address, national address`)
	add("other", anStrong, `take kickback, take bribe, accept bribe, accept kickback`)
	// "transfer" reads as an arms transfer unless a nearer word says otherwise
	anLexicon[anStem("ship-to-ship")] = anTrig{"other", anStrong}
	anLexicon[anStem("transfer")+" "+anStem("window")] = anTrig{"other", anStrong}
}

// anStem reduces an English word to a crude stem so that inflections meet:
// visit, visits, visited and visiting all give "visit"; plan, planned and
// planning give "plan"; supply, supplies and supplied give "supply".
func anStem(w string) string {
	if b, ok := anIrregular[w]; ok {
		w = b
	}
	n := len(w)
	// plural and third person
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w[:n-2], "ss") || strings.HasSuffix(w[:n-2], "x") ||
		strings.HasSuffix(w[:n-2], "ch") || strings.HasSuffix(w[:n-2], "sh") || strings.HasSuffix(w[:n-2], "z")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	// past and progressive
	cut := true
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "eed"):
		w = w[:n-1]
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	default:
		cut = false
	}
	// "plann" → "plan", "shipp" → "ship", but "kill", "pass" stay
	if n := len(w); cut && n >= 4 && w[n-1] == w[n-2] && anConsonant(w[n-1]) && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		w = w[:n-1]
	}
	// "arrive", "arriving", "arrived" → "arriv"
	if n := len(w); n > 4 && w[n-1] == 'e' && w[n-2] != 'e' {
		w = w[:n-1]
	}
	return w
}

func anConsonant(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return false
	}
	return c >= 'a' && c <= 'z'
}

// anCandidate is a trigger found in a sentence: tokens [i, j].
type anCandidate struct {
	i, j   int
	trig   anTrig
	speech bool
}

// analyzer holds the state of one call to Analyze.
type analyzer struct {
	s      string
	toks   []anTok
	ds, de int      // tokens of the analysed expression: [ds, de)
	others [][2]int // token spans of the other dated expressions
	sets   []int    // first tokens of repeating expressions: "every Friday"
	best   int      // first token of the chosen trigger, or -1
	// people are the persons the whole document names with a title, so
	// that a bare "Putin" in this sentence reads as the "Russian President
	// Vladimir Putin" of another; nil when unknown.
	people *people
	// seen collects every titled person actors reads, when not nil.
	seen *[]personMention
	// at is the byte offset of the sentence in the document, which places
	// it among the document's mentions; -1 when unknown.
	at int
}

// anBoundary is the cost of passing over token i on the way between a
// trigger and a date: 1 for a word, more for clause boundaries.
func (a *analyzer) anBoundary(i int) int {
	t := a.toks[i]
	if t.kind == anPunct {
		switch t.low {
		case ",":
			return 2
		case ";", ":", ".", "!", "?":
			return 12
		case "(", ")", "[", "]":
			return 4
		case "—", "–", "-", "―":
			return 8
		case "‘", "’", "“", "”", "\"", "'", "«", "»":
			if i > 0 && a.toks[i-1].low == "," || i+1 < len(a.toks) && a.toks[i+1].low == "," {
				return 3 // the end of a quotation: "... visit,' the statement said"
			}
			return 1
		}
		return 1
	}
	if t.date != 0 {
		return 1
	}
	if t.cap && i > 0 && a.toks[i-1].cap && a.toks[i-1].kind == anWord {
		return 0 // a name counts as one word: "Chilean President Isabel Fuentes"
	}
	switch t.low {
	case "after", "before", "until", "since":
		if a.dateAfter(i) {
			return 1 // a preposition: "shut until at least the end of the month"
		}
		return 4
	case "which", "who", "whom", "whose", "where", "while", "whereas", "although", "though", "because",
		"unless", "whether", "that", "when", "despite":
		return 4
	case "and", "but":
		if i > 0 && a.toks[i-1].low == "," {
			return 5
		}
		return 3
	}
	return 1
}

// dateAfter reports whether a date expression follows token i, perhaps
// after "at least" or "at most": "until at least the end of the month".
func (a *analyzer) dateAfter(i int) bool {
	if i+3 < len(a.toks) && a.toks[i+1].low == "at" && (a.toks[i+2].low == "least" || a.toks[i+2].low == "most") {
		i += 2
	}
	return i+1 < len(a.toks) && a.toks[i+1].date != 0
}

// gap is the cost between token k (a trigger) and the span [s, e).
func (a *analyzer) gap(k, s, e int) int {
	c := 0
	switch {
	case k < s:
		for i := k + 1; i < s; i++ {
			c += a.anBoundary(i)
		}
	case k >= e:
		for i := e; i < k; i++ {
			if i == e && a.toks[i].low == "," && a.introPhrase(s) {
				continue // "In April 2024, the United States imposed ..."
			}
			c += a.anBoundary(i)
		}
	}
	return c
}

// introPhrase reports whether the expression starting at token s opens
// its clause, after nothing but prepositions and adverbs ("Also in May
// last year, ...").
func (a *analyzer) introPhrase(s int) bool {
	for i := s - 1; i >= 0; i-- {
		t := a.toks[i]
		if t.kind == anPunct {
			return a.anBoundary(i) >= 3
		}
		if t.date != 0 {
			continue
		}
		switch t.low {
		case "in", "on", "at", "by", "also", "last", "late", "early", "during", "then", "and", "but", "so",
			"already", "as", "of", "from", "until", "earlier", "later", "since", "back", "around", "about":
			continue
		}
		return false
	}
	return true
}

// candidates lists the trigger words of the sentence outside any date
// expression.
func (a *analyzer) candidates() []anCandidate {
	var out []anCandidate
	stem := func(k int) string { return anStem(a.toks[k].low) }
	var buf [128]byte
	// lexicon looks up the entry of the n words from token i, building the
	// key in a stack buffer: a map index by string(bytes) does not
	// allocate.
	lexicon := func(first string, i, n int) (anTrig, bool) {
		b := append(buf[:0], first...)
		for k := i + 1; k < i+n; k++ {
			b = append(append(b, ' '), stem(k)...)
		}
		tr, ok := anLexicon[string(b)]
		return tr, ok
	}
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.kind != anWord || t.date != 0 {
			continue
		}
		if t.cap && (t.low == "march" || t.low == "may") {
			continue // months
		}
		if t.cap && t.low == "congress" && i > 0 {
			continue // the legislature: "present a reform to Congress"
		}
		st := stem(i)
		if t.cap && a.inName(i) {
			if tr, ok := anLexicon[st]; !ok || tr.typ != "disaster" {
				continue // "the Catholic Bishops' Conference", "the Progressive Agreement"
			}
		}
		multi := anLexMulti[st]
		if multi >= 3 && i+2 < len(a.toks) && a.toks[i+1].kind == anWord && a.toks[i+1].date == 0 &&
			a.toks[i+2].kind == anWord && a.toks[i+2].date == 0 {
			if tr, ok := lexicon(st, i, 3); ok {
				out = append(out, anCandidate{i: i, j: i + 2, trig: tr})
				i += 2
				continue
			}
		}
		if multi >= 2 && i+1 < len(a.toks) && a.toks[i+1].kind == anWord && a.toks[i+1].date == 0 {
			if tr, ok := lexicon(st, i, 2); ok {
				out = append(out, anCandidate{i: i, j: i + 1, trig: tr})
				i++
				continue
			}
		}
		if anSpeech[t.low] {
			out = append(out, anCandidate{i: i, j: i, trig: anTrig{"statement", anWeak}, speech: true})
			continue
		}
		if tr, ok := anSurface[t.low]; ok {
			out = append(out, anCandidate{i: i, j: i, trig: tr})
			continue
		}
		if tr, ok := anLexicon[st]; ok && !a.describing(i) {
			out = append(out, anCandidate{i: i, j: i, trig: tr})
		}
	}
	// In "export blacklist" or "runoff survey" the first word only
	// modifies the second, which names the event.
	keep := out[:0]
	for k, c := range out {
		if k+1 < len(out) && out[k+1].i == c.j+1 && !c.speech && out[k+1].trig.weight <= c.trig.weight {
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// describing reports whether the past participle at i describes its
// noun rather than reports an act: "personnel armed with knives", "a
// drone equipped with cameras", "armed groups". To arm or equip someone
// takes an object: "armed the rebels", "has equipped them".
func (a *analyzer) describing(i int) bool {
	switch a.toks[i].low {
	case "armed", "equipped":
	default:
		return false
	}
	if i > 0 && anAux[a.toks[i-1].low] && !anBe[a.toks[i-1].low] {
		return false // "has armed", "would be equipped" reads as the act
	}
	if i+1 >= len(a.toks) {
		return true
	}
	n := a.toks[i+1]
	if n.cap || n.kind == anNum {
		return false
	}
	switch n.low {
	case "the", "a", "an", "its", "their", "his", "her", "them", "him", "it", "both", "some", "rebels", "troops":
		return false
	}
	return true
}

// inName reports whether the capitalised word at i continues a name
// ("Conference" in "the Catholic Bishops' Conference").
func (a *analyzer) inName(i int) bool {
	k := i - 1
	if k >= 0 && a.toks[k].kind == anPoss {
		k--
	}
	return k > 0 && a.toks[k].cap && a.toks[k].kind == anWord && a.toks[k].date == 0
}

// cost is the distance of candidate c from the span [s, e).
func (a *analyzer) cost(c anCandidate, s, e int) int {
	if c.j < s {
		return a.gap(c.j, s, e)
	}
	return a.gap(c.i, s, e)
}

// owned reports whether c is at least as near to the analysed expression
// as to any other.
func (a *analyzer) owned(c anCandidate) bool {
	mine := a.cost(c, a.ds, a.de)
	for _, o := range a.others {
		if a.coordinated(o) {
			continue
		}
		if a.cost(c, o[0], o[1]) < mine {
			return false
		}
	}
	return true
}

// coordinated reports whether the other expression o is joined to the
// analysed one by "and", "or" or a comma ("in 2014 and 2018"), so that
// both share their trigger.
func (a *analyzer) coordinated(o [2]int) bool {
	s, e := o[1], a.ds
	if o[0] >= a.de {
		s, e = a.de, o[0]
	}
	if e-s > 2 || e < s {
		return false
	}
	for i := s; i < e; i++ {
		switch a.toks[i].low {
		case "and", "or", ",", "in", "on", "then", "to":
		default:
			return false
		}
	}
	return true
}

// anMaxCost is the farthest a trigger may be from its date.
const anMaxCost = 16

// run chooses the trigger and fills in the analysis.
func (a *analyzer) run(start, end int) Analysis {
	res := Analysis{Event: true, Type: "other", Status: "reported"}
	cands := a.candidates()
	// A relative clause set off by commas describes someone; its verbs
	// are not what the date dates: "Trump, who has repeatedly attacked
	// Powell, posted on Tuesday".
	cands = slices.DeleteFunc(cands, a.aside)
	best := a.nearest(cands, 0, len(a.toks), anMaxCost, true)
	if best < 0 {
		// A trigger nearer to another date may still govern this one in
		// the same clause: "is expected to reach Tokyo tonight and move
		// out to sea tomorrow".
		best = a.nearest(cands, 0, len(a.toks), anMaxCost, false)
		if best >= 0 {
			cs, ce := a.clause(a.ds, a.de-1)
			if c := cands[best]; c.i < cs || c.j >= ce {
				best = -1
			}
		}
	}
	if best >= 0 && a.during(cands[best]) {
		// a "during" phrase names the background, not the event: in
		// "grounded all flights for two months during the pandemic in
		// 2020" the grounding is dated
		cs, ce := a.clause(a.ds, a.de-1)
		alt, altCost := -1, anMaxCost+1
		for k, c := range cands {
			if c.speech || c.i < cs || c.j >= ce || a.during(c) {
				continue
			}
			if cost := a.weighted(c); cost < altCost {
				alt, altCost = k, cost
			}
		}
		if alt >= 0 {
			best = alt
		}
	}
	if sp := a.attachedSpeech(cands); sp >= 0 && (best < 0 || a.weighted(cands[best]) > a.cost(cands[sp], a.ds, a.de)) {
		cs, ce := a.content(cands, cands[sp])
		if cs < ce && !a.datedWithin(cs, ce) {
			// the subject of what was said is its topic, not the event:
			// in "said on Tuesday that the pact should not harm ..." the
			// statement is dated, whatever the pact is
			if vs := a.contentVerb(cs, ce); vs > cs {
				cs = vs
			}
			if k := a.nearest(cands, cs, ce, 1<<20, true); k >= 0 {
				best = k
			} else {
				best = sp
			}
		} else {
			best = sp
		}
	}
	if best < 0 || a.weighted(cands[best]) > 8 {
		if k := a.subjectTrigger(cands); k >= 0 {
			best = k
		}
	}
	if best < 0 {
		best = a.continued(cands)
	}
	if best < 0 {
		best = a.result(cands)
	}
	if best >= 0 {
		best = a.refine(cands, best)
		a.best = cands[best].i
	}
	lo, hi := a.ds, a.de-1
	if best >= 0 {
		c := cands[best]
		res.Type = a.retype(cands, c)
		res.TriggerStart, res.TriggerEnd = int(a.toks[c.i].s), int(a.toks[c.j].e)
		res.Trigger = a.s[res.TriggerStart:res.TriggerEnd]
		lo, hi = min(lo, c.i), max(hi, c.j)
		res.Status = a.status(c)
	} else if a.ds > 0 && a.ds < len(a.toks) {
		// no trigger: the verb before the date still says whether it
		// happened, "will present a reform next week"
		res.Status = a.status(anCandidate{i: a.ds, j: a.ds - 1})
	}
	lo = min(lo, len(a.toks)-1)
	hi = max(lo, min(hi, len(a.toks)-1))
	cs, ce := a.clause(lo, hi)
	res.Event = a.eventful(cands, best, start, end)
	skip := a.skipMask(cs, ce, cands, best, res.Type)
	if best >= 0 && cands[best].speech {
		// a statement: who made it
		res.Actors = a.actors(a.speaker(cands[best]), cands[best].i, res.Type, skip)
	} else {
		res.Actors = a.actors(cs, ce, res.Type, skip)
		if as, ae := a.antecedent(cs); ae > as && anVerbLike(a.toks[cs]) {
			// a relative clause's subject is its antecedent: "Japan's
			// parliament, which is expected to vote on it"
			ante := a.actors(as, ae, res.Type, make([]bool, len(a.toks)))
			for _, x := range res.Actors {
				if !slices.Contains(ante, x) {
					ante = append(ante, x)
				}
			}
			res.Actors = ante
		}
	}
	if len(res.Actors) == 0 && a.subjectless(cs) {
		// "... agreed to halt operations and to resume talks next month":
		// a clause without a subject shares the sentence's
		if ss, se := a.subject(); se > ss && se <= cs {
			res.Actors = a.actors(ss, se, res.Type, make([]bool, len(a.toks)))
		}
	}
	if len(res.Actors) == 0 {
		// nobody named in the clause: whoever the sentence quotes speaks
		// for it, "Yuen Tak Shipping said in a statement this morning",
		// "Health Minister Chikondi Banda said teams had started training"
		for _, c := range cands {
			if c.speech && a.quotes(c) {
				if sk := a.speaker(c); sk < c.i {
					res.Actors = a.actors(sk, c.i, res.Type, make([]bool, len(a.toks)))
				}
				if len(res.Actors) > 0 {
					break
				}
			}
		}
	}
	if res.Type == "disaster" {
		// a storm or an outbreak has no participants; the places it hits
		// are not actors
		res.Actors = anPeopleOnly(res.Actors)
	}
	res.Location = a.location(cs, ce, best, cands, res.Type)
	sce := ce
	if best >= 0 && cands[best].speech {
		// a statement's gist is what was said: "Beijing said the pact
		// should not harm the interests of third parties"
		if s, e := a.content(cands, cands[best]); s >= ce && s <= ce+2 && e > s {
			sce = e
			for k := ce; k < s; k++ {
				if a.toks[k].low == "that" {
					skip[k] = true
				}
			}
		}
	}
	res.Summary = a.summary(cs, sce, best, cands, skip)
	return res
}

// nearest returns the index of the owned, non-speech candidate with tokens
// in [s, e) that is nearest to the analysed expression, or -1 when none is
// within anMaxCost. On a tie the trigger before the expression wins: in
// English the governing verb usually comes first.
func (a *analyzer) nearest(cands []anCandidate, s, e, limit int, own bool) int {
	best, bestCost := -1, limit+1
	for k, c := range cands {
		if c.speech || c.i < s || c.j >= e || (own && !a.owned(c)) {
			continue
		}
		if cost := a.weighted(c); cost < bestCost {
			best, bestCost = k, cost
		}
	}
	return best
}

// weighted is the distance of c from the analysed expression plus its
// weight, and one more when it comes after the expression.
func (a *analyzer) weighted(c anCandidate) int {
	cost := a.cost(c, a.ds, a.de) + c.trig.weight
	if c.i >= a.de {
		cost++
	}
	// a topic rather than an event: "brief the president on the deal"
	k := c.i - 1
	if k >= 0 && (a.toks[k].low == "the" || a.toks[k].low == "a" || a.toks[k].low == "its" || a.toks[k].low == "their") {
		k--
	}
	if k >= 0 && k < c.i-0 {
		switch a.toks[k].low {
		case "on", "about", "over", "regarding", "concerning", "at":
			if k > 0 && a.toks[k-1].kind == anWord && a.toks[k-1].date == 0 || k > 0 && a.toks[k-1].low == "," {
				cost += 2
			}
		}
	}
	return cost
}

// during reports whether candidate c heads a "during" phrase ("during
// the pandemic").
func (a *analyzer) during(c anCandidate) bool {
	k := c.i - 1
	for k >= 0 && (a.toks[k].low == "the" || a.toks[k].low == "a" || a.toks[k].low == "its" || a.toks[k].low == "their" || a.toks[k].kind == anPoss) {
		k--
	}
	return k >= 0 && a.toks[k].low == "during"
}

// refine replaces a too general trigger by the event it names:
// "announced an order" is the order, and "Cyclone Freddy, which struck"
// is a disaster, not an attack.
func (a *analyzer) refine(cands []anCandidate, best int) int {
	c := cands[best]
	switch anStem(a.toks[c.j].low) {
	case "announc", "confirm", "unveil":
		for k, o := range cands {
			if o.i > c.j && o.i <= c.j+3 && !o.speech && o.trig.weight == anStrong && o.trig.typ != "statement" && a.owned(o) {
				return k
			}
		}
	}
	if c.trig.typ == "attack" {
		for k, o := range cands {
			if o.trig.typ == "disaster" && o.j < c.i && o.j >= c.i-4 {
				return k
			}
		}
	}
	// "shelved a plan to buy jets late last year": what befell the plan
	// is dated, not the purchase it planned
	if p := c.i - 1; p >= 2 && a.toks[p].low == "to" && (a.toks[p-1].low == "plan" || a.toks[p-1].low == "plans") {
		for k, o := range cands {
			if o.j < p-1 && o.j >= p-4 && a.plain(o.j+1, p-1) {
				switch anStem(a.toks[o.j].low) {
				case "shelv", "scrap", "abandon", "drop", "cancel", "cancell", "postpon", "suspend", "freez":
					return k
				}
			}
		}
	}
	for k, o := range cands {
		if o.speech || o.j >= c.i || o.j < c.i-6 || !a.plain(o.j+1, c.i) || a.apart(o.j, a.ds) {
			continue
		}
		switch st := anStem(a.toks[o.j].low); {
		case st == "propos" || st == "suggest" || st == "urg" || st == "invit" || st == "call for" || st == "for" && anStem(a.toks[o.i].low) == "call":
			// "proposed a summit two years ago": the proposal is dated,
			// the summit is not
			if c.trig.typ != "statement" {
				return k
			}
		}
		if o.trig.typ == "visit" && c.trig.typ == "meeting" && (a.toks[o.j].low == "for" || a.toks[o.j+1].low == "for") {
			// "likely to return for the leaders' summit": the trip is
			// the event, the gathering its purpose
			return k
		}
	}
	return best
}

// apart reports whether a sentence-level boundary (";", ":") lies between
// tokens i and k.
func (a *analyzer) apart(i, k int) bool {
	for j := min(i, k) + 1; j < max(i, k); j++ {
		if a.toks[j].date == 0 && a.anBoundary(j) >= 12 {
			return true
		}
	}
	return false
}

// plain reports whether the tokens [s, e) stay within one phrase: no
// clause word and no punctuation but a hyphen, a dash inside a compound
// ("Korea–Central Asia") or a possessive.
func (a *analyzer) plain(s, e int) bool {
	for i := s; i < e; i++ {
		t := a.toks[i]
		switch t.low {
		case ",", ";", ":", ".", "(", ")", "that", "which", "who", "and", "but", "when", "after", "before":
			return false
		}
		if t.date != 0 {
			return false
		}
	}
	return true
}

// continued handles a clause with no trigger of its own that carries on
// the one before it: a verb phrase whose subject is left out ("Typhoon
// Kujira made landfall on Sunday ... and was moving north-east this
// morning") or a subject that only points back ("Deliveries of the first
// six jets are scheduled for 2023, and the rest should follow by 2025").
// It returns the last trigger of the clause before, or -1.
func (a *analyzer) continued(cands []anCandidate) int {
	cs, _ := a.clause(a.ds, a.de-1)
	if cs < 2 || cs >= a.ds {
		return -1
	}
	if w := a.toks[cs-1].low; w != "and" && w != "but" {
		return -1
	}
	w := a.toks[cs].low
	next := ""
	if cs+1 < len(a.toks) {
		next = a.toks[cs+1].low
	}
	switch {
	case anBe[w] || anAux[w] || w == "has" || w == "have" || w == "had":
	case w == "the" && (next == "rest" || next == "remainder" || next == "others"):
	default:
		return -1
	}
	best := -1
	for k, c := range cands {
		if c.speech || c.j >= cs-1 {
			continue
		}
		hard := false
		for i := c.j + 1; i < cs-1; i++ {
			hard = hard || a.anBoundary(i) >= 12
		}
		if !hard {
			best = k
		}
	}
	return best
}

// result handles a clause with no trigger of its own that is followed by
// what it caused: in "personnel boarded navy boats in the same area,
// injuring one sailor" the harm done names the event, however far the
// participle stands from the date. It returns the attack or disaster
// participle that follows a comma after the expression, or -1.
func (a *analyzer) result(cands []anCandidate) int {
	for k, c := range cands {
		if c.speech || c.i <= a.de || a.toks[c.i-1].low != "," || !strings.HasSuffix(a.toks[c.i].low, "ing") {
			continue
		}
		if c.trig.typ != "attack" && c.trig.typ != "disaster" || !a.owned(c) {
			continue
		}
		for i := a.de; i < c.i-1; i++ {
			if a.hard(i) {
				return -1
			}
		}
		return k
	}
	return -1
}

// retype returns the type of trigger c, read with the words around it
// where the trigger word alone would mistype the event.
func (a *analyzer) retype(cands []anCandidate, c anCandidate) string {
	typ := c.trig.typ
	word := func(k int) string {
		if k >= 0 && k < len(a.toks) {
			return a.toks[k].low
		}
		return ""
	}
	st := anStem(a.toks[c.j].low)
	switch {
	case typ == "threat":
		// "threatened to impose sanctions": what is threatened gives the
		// type, and the status says it is a threat
		for _, o := range cands {
			if o.i <= c.j || o.i > c.j+10 || o.speech || o.trig.weight != anStrong || o.trig.typ == typ || o.trig.typ == "other" || a.hardBetween(c.j, o.i) {
				continue
			}
			for k := c.j + 1; k < o.i; k++ {
				if word(k) == "to" {
					return o.trig.typ
				}
			}
		}
	case typ == "attack" && (st == anStem("strike") || st == anStem("hit")):
		// "an earthquake struck eastern Turkey": nature strikes in a
		// disaster
		for k := c.i - 1; k >= 0 && k >= c.i-6 && !a.hard(k); k-- {
			if tr, ok := anLexicon[anStem(a.toks[k].low)]; ok && tr.typ == "disaster" {
				return "disaster"
			}
		}
	case typ == "other" && (strings.HasPrefix(a.keyAt(c.i, c.j-c.i+1), "take") || strings.HasPrefix(a.keyAt(c.i, c.j-c.i+1), "took")) && anStem(a.toks[c.j].low) == anStem("effect"):
		// "the sanctions take effect on Wednesday": what takes effect
		// gives the type
		for k := c.i - 1; k >= 0 && k >= c.i-5 && !a.hard(k); k-- {
			if tr, ok := anLexicon[anStem(a.toks[k].low)]; ok && tr.weight == anStrong && tr.typ != "other" {
				return tr.typ
			}
		}
	case st == "declar":
		// "the government declared it over": the end of something, not a
		// statement
		for k := c.j + 1; k <= c.j+4 && k < len(a.toks) && !a.hard(k); k++ {
			if w := word(k); w == "over" || w == "ended" || w == "finished" {
				return "other"
			}
		}
	case typ == "supply" && (st == "deliver" || st == "delivery"):
		// deliveries on an order placed in the same sentence: "an order
		// for eight Dreamliners, with deliveries starting in 2026"
		for _, o := range cands {
			if o.j < c.i && o.trig.typ == "economic" && (anStem(a.toks[o.i].low) == "order") {
				return "economic"
			}
		}
	case typ == "visit" && anStem(a.toks[c.i].low) == "travel":
		// a team travelling plays an away match
		for k := c.i - 1; k >= 0 && k >= c.i-3; k-- {
			switch word(k) {
			case "team", "teams", "squad", "club", "side's":
				return "other"
			}
		}
	case typ == "meeting" && st == "host":
		// "Harbridge host second-placed Whitcliffe United": a match
		if a.sportsOpponent(c.j + 1) {
			return "other"
		}
	case st == "clos" || st == "closur" || st == "shut":
		// closing a mine or a plant is a business decision, closing a
		// museum is not
		for k := c.j + 1; k <= c.j+5 && k < len(a.toks) && !a.hard(k); k++ {
			switch anStem(word(k)) {
			case "mine", "plant", "factory", "smelter", "refinery", "mill", "shop", "store", "branch", "operation":
				return "economic"
			}
		}
	case typ == "election" && anStem(a.toks[c.i].low) == "vote":
		// a body voting on a measure holds no election: "parliament's
		// defence committee is due to vote on the funding"
		body := func(w string) bool {
			switch w {
			case "committee", "parliament", "lawmakers", "legislators", "senate", "senators", "congress",
				"council", "assembly", "board", "shareholders", "cabinet", "mps", "deputies":
				return true
			}
			return false
		}
		k := c.i - 1
		for ; k >= 0 && k >= c.i-8 && !a.hard(k); k-- {
			if body(word(k)) {
				return "other"
			}
		}
		// or the antecedent of its relative clause: "Japan's
		// parliament, which is expected to vote on it"
		if as, ae := a.antecedent(k + 1); ae > as && body(word(ae-1)) {
			return "other"
		}
	case st == anStem("begin") || st == anStem("start") || st == anStem("end") || st == anStem("continue"):
		// the weather or a disaster beginning is a disaster: "since heavy
		// rain began on 29 April"
		for k := c.i - 1; k >= 0 && k >= c.i-3 && a.toks[k].kind == anWord && !a.hard(k); k-- {
			if tr, ok := anLexicon[anStem(word(k))]; ok && tr.typ == "disaster" && tr.weight == anStrong || anWeather[word(k)] {
				return "disaster"
			}
		}
	case st == "completion" || st == "complet":
		// completing a takeover, not a building
		for _, o := range cands {
			switch anStem(a.toks[o.j].low) {
			case "deal", "takeover", "acquisition", "merger", "transaction", "offer", "bid":
				return "economic"
			}
		}
	}
	if typ == "supply" || typ == "agreement" {
		// a purchase of a commodity by weight or volume is trade: "agreed
		// to buy 1,000 tonnes of uranium"
		for k := c.j + 1; k <= c.j+5 && k+1 < len(a.toks) && !a.hard(k); k++ {
			if a.toks[k].kind == anNum && anCommodityUnit(word(k+1)) {
				return "economic"
			}
		}
	}
	if typ == "talks" || typ == "meeting" {
		// who meets tells the kind of meeting: ambassadors, boards and
		// shareholders meet; the ministers or leaders of two countries
		// meeting each other hold talks
		minister, two := false, false
		for k := c.i - 1; k >= 0 && k >= c.i-8 && !a.hard(k); k-- {
			switch word(k) {
			case "ambassadors", "envoys", "board", "shareholders", "directors", "delegates":
				return "meeting"
			case "ministers", "leaders", "presidents":
				minister = true
			case "two", "both":
				two = true
			}
		}
		if st == "meet" && minister && two {
			return "talks"
		}
	}
	return typ
}

// anWeather lists the weather that turns into a disaster when it starts
// or goes on: "heavy rain began".
var anWeather = map[string]bool{
	"rain": true, "rains": true, "rainfall": true, "downpour": true, "downpours": true, "snow": true,
	"snowfall": true, "snowstorm": true, "monsoon": true, "heat": true, "storms": true,
}

// anCommodityUnit reports a unit in which commodities are traded.
func anCommodityUnit(w string) bool {
	switch w {
	case "tonnes", "tons", "tonne", "ton", "barrels", "barrel", "ounces", "bushels", "cubic", "megawatts",
		"gigawatts", "kilograms", "kg", "lb", "pounds", "bcm", "mwh", "gwh":
		return true
	}
	return false
}

// sportsOpponent reports whether token k starts a team as the object of a
// verb such as "host" or "play": a league position ("second-placed",
// "bottom club") or a name ending in a club word ("Whitcliffe United").
func (a *analyzer) sportsOpponent(k int) bool {
	for i := k; i < len(a.toks) && i < k+5; i++ {
		t := a.toks[i]
		if t.kind != anWord {
			return false
		}
		if strings.HasSuffix(t.low, "-placed") || t.low == "leaders" || t.low == "champions" || t.low == "rivals" {
			return true
		}
		if t.cap {
			switch t.low {
			case "united", "city", "town", "rovers", "fc", "athletic", "wanderers", "albion", "rangers", "county", "hotspur":
				return i > k
			}
		} else if i > k && !strings.Contains(t.low, "-") {
			return false
		}
	}
	return false
}

// subjectTrigger handles a light predicate between an event noun and
// its date: in "The next round of nuclear talks ... is due to take place
// in Geneva on 13 January" or "The Rome round will run between 14 and 17
// January" the subject names the event, however long it is. It returns
// the last trigger before the predicate in the same clause, or -1.
func (a *analyzer) subjectTrigger(cands []anCandidate) int {
	pred := -1
	for k := a.ds - 1; k >= 0 && k >= a.ds-7; k-- {
		if a.hard(k) {
			break
		}
		w := a.toks[k].low
		next := ""
		if k+1 < len(a.toks) {
			next = a.toks[k+1].low
		}
		switch {
		case (w == "take" || w == "takes" || w == "took" || w == "taking" || w == "taken") && next == "place",
			w == "held" && k > 0 && anBe[a.toks[k-1].low],
			w == "scheduled" || w == "slated" || w == "due" || w == "planned" && k > 0 && anBe[a.toks[k-1].low],
			w == "run" || w == "runs" || w == "occur" || w == "occurred" || w == "happen" || w == "happened":
			pred = k
		}
	}
	if pred < 0 {
		return -1
	}
	best := -1
	for k, c := range cands {
		if c.j >= pred || c.speech {
			continue
		}
		hard := false
		for i := c.j + 1; i < pred; i++ {
			hard = hard || a.hard(i)
		}
		if !hard {
			best = k
		}
	}
	if best < 0 {
		// a pronoun subject points back to the event named last in the
		// clause before: "Seoul proposed a summit; it is due to be held
		// in Seoul next year"
		s := pred
		for s > 0 && !a.hard(s-1) {
			s--
		}
		if s > 0 && s < pred && (a.toks[s].low == "it" || a.toks[s].low == "they") {
			for k, c := range cands {
				if !c.speech && c.j < s-1 && c.trig.weight == anStrong {
					best = k
				}
			}
		}
	}
	return best
}

// attachedSpeech returns the verb of saying the expression is attached to
// ("said on Wednesday", "said last week"), or -1.
func (a *analyzer) attachedSpeech(cands []anCandidate) int {
	for k, c := range cands {
		if !c.speech || !a.owned(c) {
			continue
		}
		if c.j >= a.ds {
			continue // "A report published on 12 February said": the date is the report's
		}
		s, e := c.j+1, a.ds
		if e-s > 3 {
			continue
		}
		ok := true
		for i := s; i < e; i++ {
			if a.toks[i].kind == anPunct {
				ok = false
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

// content returns the token span of what a verb of saying reports: the
// clause before "…, his office said" or the one after "said that …".
func (a *analyzer) content(cands []anCandidate, sp anCandidate) (int, int) {
	// "CONTENT, the ministry said on Tuesday"
	for i := sp.i - 1; i >= 0 && i >= sp.i-8; i-- {
		t := a.toks[i]
		if t.kind == anPunct && t.low != "," && t.low != "’" && t.low != "”" && t.low != "\"" {
			break
		}
		if t.low == "," || t.low == "’" || t.low == "”" || t.low == "\"" {
			s := i
			for s > 0 && a.anBoundary(s-1) < 8 {
				s--
			}
			for _, c := range cands {
				if !c.speech && c.i >= s && c.j < i {
					return s, i
				}
			}
			break
		}
	}
	// "said on Friday that CONTENT"
	s := max(sp.j, a.de-1) + 1
	if s < len(a.toks) && a.toks[s].low == "that" {
		s++
	}
	e := s
	for e < len(a.toks) && !a.hard(e) {
		e++
	}
	return s, e
}

// contentVerb returns the token where the predicate of the reported
// clause [s, e) begins when a noun phrase stands before it as its subject
// ("the pact should not harm", "the visit would take place"), else s. Only
// a finite auxiliary or modal is taken for the predicate's start.
func (a *analyzer) contentVerb(s, e int) int {
	for k := s; k < e && k < s+8; k++ {
		t := a.toks[k]
		if t.kind == anPunct && anQuote(t.low) {
			continue // a quotation inside the content: `the pact "should not harm"`
		}
		if t.date != 0 || t.kind == anPunct && t.low != "-" {
			return s
		}
		switch t.low {
		case "will", "would", "shall", "should", "could", "may", "might", "must", "can", "is", "are",
			"was", "were", "has", "have", "had":
			if k > s {
				return k
			}
			return s
		case "that", "which", "who", "to", "and", "or", "but", "it", "they", "he", "she", "we":
			return s
		}
		if t.kind == anWord && !t.cap && k > s && anSpeech[t.low] {
			return s
		}
	}
	return s
}

// anQuote reports whether w is a quotation mark.
func anQuote(w string) bool {
	switch w {
	case "‘", "’", "“", "”", "\"", "'", "«", "»":
		return true
	}
	return false
}

// datedWithin reports whether another date expression lies in [s, e).
func (a *analyzer) datedWithin(s, e int) bool {
	for _, o := range a.others {
		if o[0] >= s && o[1] <= e {
			return true
		}
	}
	return false
}

// hard reports whether token i ends a clause. Brackets do not, and a
// quotation mark does only next to a comma ("... visit,' the statement
// said").
func (a *analyzer) hard(i int) bool {
	t := a.toks[i]
	if t.date != 0 {
		return false
	}
	if t.kind == anPunct {
		switch t.low {
		case "(", ")", "[", "]":
			return false
		case "‘", "’", "“", "”", "\"", "'", "«", "»":
			return i > 0 && a.toks[i-1].low == "," || i+1 < len(a.toks) && a.toks[i+1].low == ","
		}
		return a.anBoundary(i) >= 3
	}
	if t.low == "with" && i > 0 && a.toks[i-1].low == "," {
		return true // ", with striker Kwame Mensah scoring a hat-trick"
	}
	if a.prepositional(i) {
		return false // "made an appearance before a magistrate judge this morning"
	}
	return a.anBoundary(i) >= 4
}

// prepositional reports whether "before", "after", "until" or "since" at
// token i heads a noun phrase rather than a clause: a determiner follows
// and no verb comes before the next comma.
func (a *analyzer) prepositional(i int) bool {
	switch a.toks[i].low {
	case "before", "after", "until", "since":
	default:
		return false
	}
	if i+1 >= len(a.toks) || !anNPStart(a.toks[i+1].low) {
		return false
	}
	for k := i + 2; k < len(a.toks) && a.toks[k].kind != anPunct && a.toks[k].date == 0; k++ {
		if anVerbLike(a.toks[k]) {
			return false
		}
	}
	return true
}

// clause widens the tokens [lo, hi] to the clause that holds them.
func (a *analyzer) clause(lo, hi int) (int, int) {
	s := lo
	for {
		for s > 0 && !a.hard(s-1) {
			s--
		}
		// Step over a relative clause between commas to reach the
		// subject: "Northfield, which owns projects in Argentina, will".
		k := s - 1
		if k < 1 || a.toks[k-1].low != "," || (a.toks[k].low != "which" && a.toks[k].low != "who") {
			break
		}
		closed := false
		for j := k + 1; j < lo; j++ {
			closed = closed || a.toks[j].low == ","
		}
		if !closed {
			break
		}
		s = k - 1
	}
	e := hi + 1
	for e < len(a.toks) && !a.hard(e) {
		e++
	}
	// a dateline "HANOI — ..." or "LILONGWE, 24 October 2023 (Wire) –"
	if ds := a.datelineEnd(); ds > s && ds <= lo {
		s = ds
	}
	return s, e
}

// datelineEnd returns the token after a leading dateline ("TOKYO —"), or
// 0 when the sentence has none.
func (a *analyzer) datelineEnd() int {
	if len(a.toks) == 0 || !anAllCaps(a.s[a.toks[0].s:a.toks[0].e]) {
		return 0
	}
	for i := 1; i < len(a.toks) && i < 14; i++ {
		switch a.toks[i].low {
		case "—", "–", "―":
			return i + 1
		case "-":
			if i+1 < len(a.toks) && a.toks[i+1].s > a.toks[i].e {
				return i + 1
			}
		}
	}
	return 0
}

// anAllCaps reports a word of two or more letters, all upper case.
func anAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// status reads the auxiliaries and modal words before the trigger, and
// between it and the expression when the expression comes after it.
func (a *analyzer) status(c anCandidate) string {
	var win []int
	from := c.i - 1
	if w := a.toks[c.i].low; c.i > 0 && (strings.HasSuffix(w, "ed") || anIrregular[w] != "") && !anAux[a.toks[c.i-1].low] &&
		!strings.HasSuffix(a.toks[c.i-1].low, "n't") && a.toks[c.i-1].kind == anWord {
		// a participle after a noun: "jets bought in the 1990s" is past
		// whatever the verb before the noun says
		from = -1
	}
	for i, n := from, 0; i >= 0 && n < 8; i-- {
		t := a.toks[i]
		if t.date == 1 && i+1 < len(a.toks) && a.toks[i+1].low == "to" && a.toks[i+1].date == 0 {
			// "will travel to Moscow on Friday to sign": the purpose
			// takes the status of the verb before the date
			continue
		}
		if t.date == 1 || (t.kind == anPunct && t.low != "'s") || a.anBoundary(i) >= 4 {
			break
		}
		win = append(win, i)
		n++
	}
	for i, j := 0, len(win)-1; i < j; i, j = i+1, j-1 {
		win[i], win[j] = win[j], win[i]
	}
	for i := c.i; i <= c.j; i++ {
		win = append(win, i)
	}
	for i := c.j + 1; i < a.ds; i++ {
		win = append(win, i)
	}
	speech := false
	for _, t := range a.toks {
		if anSpeech[t.low] {
			speech = true
		}
	}
	word := func(k int) string {
		if k < 0 || k >= len(win) {
			return ""
		}
		return a.toks[win[k]].low
	}
	found := map[string]bool{}
	for k := range win {
		w := word(k)
		st := anStem(w)
		switch {
		case st == "cancel" || st == "cancell" || st == "postpon" || st == "scrap" || st == "abandon" || st == "shelv" ||
			(st == "call" && word(k+1) == "off") || (st == "put" && word(k+1) == "off"):
			found["cancelled"] = true
		case st == "threaten":
			found["threatened"] = true
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") || (w == "no" && win[k]+1 == c.i):
			if win[k] < c.i {
				found["negated"] = true
			}
		case st == "plan" || st == "intend" || st == "aim" || st == "intent":
			if n := word(k + 1); n == "to" || n == "for" || st == "intend" {
				found["planned"] = true
			}
		case w == "expected" || w == "expects" || w == "likely" || w == "should" || w == "poised" || w == "expect":
			found["expected"] = true
		case w == "will" || w == "shall" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") ||
			w == "scheduled" || w == "slated" || w == "upcoming" || w == "next" || w == "forthcoming":
			found["scheduled"] = true
		case w == "due" || w == "set":
			if p := word(k - 1); anBe[p] || word(k+1) == "to" || word(k+1) == "for" {
				if w != "set" || word(k+1) != "up" {
					found["scheduled"] = true
				}
			}
		case w == "would" && speech:
			found["scheduled"] = true
		case anBe[w] && (w == "is" || w == "are") && word(k+1) == "to":
			found["scheduled"] = true
		}
	}
	for _, s := range []string{"cancelled", "negated", "threatened", "planned", "expected", "scheduled"} {
		if found[s] {
			return s
		}
	}
	return "reported"
}

// anAux lists auxiliaries, modals and adverbs that may stand before a
// past form that is a verb of its own clause ("was signed", "had begun").
var anAux = map[string]bool{
	"will": true, "would": true, "shall": true, "to": true, "be": true, "been": true, "being": true, "is": true,
	"are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "not": true, "never": true,
	"also": true, "already": true, "just": true, "still": true, "did": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "can": true, "first": true, "then": true, "later": true,
	"recently": true, "reportedly": true, "allegedly": true, "previously": true, "formally": true, "officially": true,
}

var anBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true, "am": true}

// eventful decides whether the expression dates an event.
func (a *analyzer) eventful(cands []anCandidate, best, start, end int) bool {
	prev := func(k int) string {
		if k >= 0 && k < len(a.toks) {
			return a.toks[k].low
		}
		return ""
	}
	p := prev(a.ds - 1)
	expr := strings.ToLower(a.s[start:end])
	// a dateline or a "Posted:" line
	if a.ds <= 12 {
		if dl := a.datelineEnd(); dl > a.de {
			return false
		}
		for i := max(0, a.ds-3); i < a.ds; i++ {
			switch prev(i) {
			case "posted", "published", "updated", "dated", "filed":
				if i+1 < len(a.toks) && a.toks[i+1].low == ":" {
					return false
				}
			}
		}
	}
	// a state that holds since then: "has surged since 2019"
	if p == "since" {
		return false
	}
	// vague references and the present: "in recent years", "now"
	if expr == "now" || strings.Contains(expr, "recent") || strings.Contains(expr, "coming") || strings.HasPrefix(expr, "the past") {
		return false
	}
	// a holiday or a level named, not an event dated: "after the Easter
	// Monday holiday", "exceeded its Q4 2019 level"
	switch prev(a.de) {
	case "holiday", "holidays", "level", "levels", "average":
		return false
	}
	// something that repeats: "every Friday through the summer"
	cs, ce := a.clause(a.ds, a.de-1)
	for _, k := range a.sets {
		if k >= cs && k < ce {
			return false
		}
	}
	// a comparison: "than in 2019", "from $61 million a year earlier"
	if p == "than" {
		return false
	}
	if strings.HasSuffix(expr, "earlier") || strings.HasSuffix(expr, "ago") || strings.HasSuffix(expr, "before") {
		for i := max(0, a.ds-4); i < a.ds; i++ {
			switch prev(i) {
			case "from", "than", "compared", "versus", "vs", "against":
				return false
			}
		}
	}
	// a clock time next to a date carries no event of its own
	if anClock(expr) {
		for _, o := range a.others {
			if a.gapSpans(o) <= 6 {
				return false
			}
		}
	}
	// a state in the present: "the budget for this year is $9.3 billion",
	// "its shares have gained 58% this year"
	if strings.HasPrefix(expr, "this ") || expr == "today" || expr == "now" {
		for i := max(0, a.ds-6); i < min(len(a.toks), a.de+3); i++ {
			w := prev(i)
			if (w == "has" || w == "have") && prev(i+1) != "been" || (w == "is" || w == "are") && !anFutureAfter(prev(i+1)) {
				return false
			}
		}
	}
	// a forecast: "expects revenue of more than $700 million"
	if best >= 0 && cands[best].trig.typ == "economic" {
		switch anStem(a.toks[cands[best].i].low) {
		case "revenu", "profit", "earning", "sal", "growth", "inflation", "output", "income", "gdp", "result":
			for i := max(0, cands[best].i-4); i < cands[best].i; i++ {
				switch anStem(prev(i)) {
				case "expect", "forecast", "project", "predict", "estimat", "target", "see":
					if prev(i+1) != "to" {
						return false
					}
				}
			}
		}
	}
	if best < 0 {
		// no trigger: a clause in the present without an event verb
		// states something ("Kujira is the 14th typhoon this year")
		for i := cs; i < ce; i++ {
			w := prev(i)
			if (w == "is" || w == "are") && !anFutureAfter(prev(i+1)) {
				return false
			}
		}
	}
	return true
}

// anFutureAfter reports a word that turns "is" into a future or a
// passive: "is due to", "are set to", "is expected", "is planned".
func anFutureAfter(w string) bool {
	switch w {
	case "due", "set", "scheduled", "expected", "planned", "likely", "to", "slated", "being", "going", "poised", "about":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// gapSpans is the cost between the analysed expression and span o.
func (a *analyzer) gapSpans(o [2]int) int {
	if o[1] <= a.ds {
		return a.gap(o[1]-1, a.ds, a.de)
	}
	return a.gap(o[0], a.ds, a.de)
}

// anClock reports an expression that names a clock time.
func anClock(expr string) bool {
	for i := 1; i+1 < len(expr); i++ {
		if expr[i] == ':' && expr[i-1] >= '0' && expr[i-1] <= '9' && expr[i+1] >= '0' && expr[i+1] <= '9' {
			return true
		}
	}
	for _, w := range []string{"a.m.", "p.m.", "a.m", "p.m", " am", " pm", "gmt", "utc", "o'clock", "noon", "midnight"} {
		if strings.Contains(expr, w) {
			return true
		}
	}
	return false
}

// Kinds of gazetteer entries.
const (
	anCountry = iota + 1 // a country's name: "Iran", "the United Kingdom"
	anDemonym            // "Iranian", "British"; a plural such as "Russians" names the people
	anMetonym            // a capital or seat of power: "Moscow", "the Kremlin"
	anOrg                // an organisation: "EU", "NATO"
	anMedia              // a news outlet, never an actor: "Reuters"
)

// anEntry is a gazetteer entry: the canonical name and what kind of
// mention it is.
type anEntry struct {
	name   string
	kind   int
	plural bool // a plural demonym: "Russians"
}

var (
	// anGazetteer maps lower-case token sequences, joined by spaces, to
	// entries; anGazMax is the longest sequence in tokens.
	anGazetteer = map[string]anEntry{}
	anGazMax    int
	// anGazFirst maps the first word of each entry to the longest entry
	// starting with it, so most words are dismissed with one lookup.
	anGazFirst = map[string]int{}
)

// anCountries lists the UN member and observer states and a few others:
// canonical name | other names | demonyms | capitals and seats of power.
const anCountries = `Afghanistan||Afghan,Afghans|Kabul
Albania||Albanian,Albanians|Tirana
Algeria||Algerian,Algerians|Algiers
Andorra||Andorran,Andorrans|
Angola||Angolan,Angolans|Luanda
Antigua and Barbuda|Antigua||
Argentina||Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
Armenia||Armenian,Armenians|Yerevan
Australia||Australian,Australians|Canberra
Austria||Austrian,Austrians|Vienna
Azerbaijan||Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku
Bahamas|the Bahamas|Bahamian,Bahamians|Nassau
Bahrain||Bahraini,Bahrainis|Manama
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Barbados||Barbadian,Barbadians|Bridgetown
Belarus||Belarusian,Belarusians|Minsk
Belgium||Belgian,Belgians|
Belize||Belizean,Belizeans|Belmopan
Benin||Beninese|Porto-Novo,Cotonou
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian,Bolivians|La Paz,Sucre
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Botswana||Motswana,Batswana|Gaborone
Brazil||Brazilian,Brazilians|Brasília,Brasilia
Brunei||Bruneian,Bruneians|Bandar Seri Begawan
Bulgaria||Bulgarian,Bulgarians|Sofia
Burkina Faso||Burkinabe,Burkinabè|Ouagadougou
Burundi||Burundian,Burundians|Gitega,Bujumbura
Cabo Verde|Cape Verde|Cape Verdean,Cape Verdeans|Praia
Cambodia||Cambodian,Cambodians|Phnom Penh
Cameroon||Cameroonian,Cameroonians|Yaoundé,Yaounde
Canada||Canadian,Canadians|Ottawa
Central African Republic|CAR|Central African|Bangui
Chad||Chadian,Chadians|N'Djamena
Chile||Chilean,Chileans|
China|People's Republic of China,PRC,mainland China|Chinese|Beijing,Zhongnanhai
Colombia||Colombian,Colombians|Bogotá,Bogota
Comoros||Comorian,Comorians|Moroni
Congo|Republic of the Congo,Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa,DR Congo's||Kinshasa
Costa Rica||Costa Rican,Costa Ricans|San José,San Jose
Côte d'Ivoire|Ivory Coast,Cote d'Ivoire|Ivorian,Ivorians|Yamoussoukro,Abidjan
Croatia||Croatian,Croatians,Croat,Croats|Zagreb
Cuba||Cuban,Cubans|Havana
Cyprus||Cypriot,Cypriots|Nicosia
Czech Republic|Czechia|Czech,Czechs|Prague
Denmark||Danish,Danes|Copenhagen
Djibouti||Djiboutian,Djiboutians|
Dominica||Dominican|Roseau
Dominican Republic|||Santo Domingo
Ecuador||Ecuadorian,Ecuadorians|Quito
Egypt||Egyptian,Egyptians|Cairo
El Salvador||Salvadoran,Salvadorans,Salvadorian|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean,Eritreans|Asmara
Estonia||Estonian,Estonians|Tallinn
Eswatini|Swaziland|Swazi,Swazis|Mbabane
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Fiji||Fijian,Fijians|Suva
Finland||Finnish,Finns|Helsinki
France||French|Paris,the Elysée,the Elysee,Élysée,Elysee
Gabon||Gabonese|Libreville
Gambia|the Gambia|Gambian,Gambians|Banjul
Georgia||Georgian,Georgians|Tbilisi
Germany||German,Germans|Berlin
Ghana||Ghanaian,Ghanaians|Accra
Greece||Greek,Greeks|Athens
Grenada||Grenadian,Grenadians|
Guatemala||Guatemalan,Guatemalans|Guatemala City
Guinea||Guinean,Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|
Haiti||Haitian,Haitians|Port-au-Prince
Honduras||Honduran,Hondurans|Tegucigalpa
Hungary||Hungarian,Hungarians|Budapest
Iceland||Icelandic,Icelanders|Reykjavik,Reykjavík
India||Indian,Indians|New Delhi,Delhi
Indonesia||Indonesian,Indonesians|Jakarta
Iran|Islamic Republic of Iran,the Islamic Republic|Iranian,Iranians|Tehran,Teheran
Iraq||Iraqi,Iraqis|Baghdad
Ireland|Republic of Ireland|Irish|Dublin
Israel||Israeli,Israelis|Jerusalem,Tel Aviv
Italy||Italian,Italians|Rome
Jamaica||Jamaican,Jamaicans|
Japan||Japanese|Tokyo
Jordan||Jordanian,Jordanians|Amman
Kazakhstan||Kazakh,Kazakhs,Kazakhstani|Astana,Nur-Sultan
Kenya||Kenyan,Kenyans|Nairobi
Kiribati|||Tarawa
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian,Laotians|Vientiane
Latvia||Latvian,Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian,Liberians|Monrovia
Libya||Libyan,Libyans|Tripoli
Liechtenstein|||Vaduz
Lithuania||Lithuanian,Lithuanians|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian,Malawians|Lilongwe
Malaysia||Malaysian,Malaysians|Kuala Lumpur,Putrajaya
Maldives|the Maldives|Maldivian,Maldivians|
Mali||Malian,Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands|the Marshall Islands|Marshallese|Majuro
Mauritania||Mauritanian,Mauritanians|Nouakchott
Mauritius||Mauritian,Mauritians|Port Louis
Mexico||Mexican,Mexicans|Mexico City
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Moldova||Moldovan,Moldovans|Chisinau,Chișinău
Monaco||Monegasque|
Mongolia||Mongolian,Mongolians|Ulaanbaatar,Ulan Bator
Montenegro||Montenegrin,Montenegrins|Podgorica
Morocco||Moroccan,Moroccans|Rabat
Mozambique||Mozambican,Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyidaw,Naypyitaw
Namibia||Namibian,Namibians|Windhoek
Nauru||Nauruan|
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|the Netherlands,Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander,New Zealanders|Wellington
Nicaragua||Nicaraguan,Nicaraguans|Managua
Niger||Nigerien,Nigeriens|Niamey
Nigeria||Nigerian,Nigerians|Abuja
North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
Norway||Norwegian,Norwegians|Oslo
Oman||Omani,Omanis|Muscat
Pakistan||Pakistani,Pakistanis|Islamabad
Palau||Palauan|Ngerulmud
Panama||Panamanian,Panamanians|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan,Paraguayans|Asunción,Asuncion
Peru||Peruvian,Peruvians|Lima
Philippines|the Philippines|Philippine,Filipino,Filipinos|Manila
Poland||Polish,Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari,Qataris|Doha
Romania||Romanian,Romanians|Bucharest
Russia|Russian Federation,the Russian Federation|Russian,Russians|Moscow,the Kremlin,Kremlin
Rwanda||Rwandan,Rwandans|Kigali
Saint Kitts and Nevis|St Kitts and Nevis||Basseterre
Saint Lucia|St Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines||Kingstown
Samoa||Samoan,Samoans|Apia
San Marino|||
São Tomé and Príncipe|Sao Tome and Principe||
Saudi Arabia||Saudi,Saudis|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serbians,Serb,Serbs|Belgrade
Seychelles|the Seychelles|Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean,Singaporeans|
Slovakia||Slovak,Slovaks|Bratislava
Slovenia||Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
Solomon Islands|the Solomon Islands|Solomon Islander|Honiara
Somalia||Somali,Somalis|Mogadishu
South Africa||South African,South Africans|Pretoria,Cape Town
South Korea|Republic of Korea,ROK,Korea|South Korean,South Koreans,Korean,Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniards|Madrid
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish,Swedes|Stockholm
Switzerland||Swiss|Bern,Berne
Syria||Syrian,Syrians|Damascus
Tajikistan||Tajik,Tajiks|Dushanbe
Tanzania||Tanzanian,Tanzanians|Dodoma,Dar es Salaam
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lomé,Lome
Tonga||Tongan,Tongans|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian,Tunisians|Tunis
Turkey|Türkiye,Turkiye|Turkish,Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan,Ugandans|Kampala
Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.,the Emirates,the United Arab Emirates|Emirati,Emiratis|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain,the United Kingdom,the UK,the U.K.|British,Briton,Britons|London,Downing Street,Whitehall
United States|US,U.S.,USA,U.S.A.,the United States,the US,the U.S.,United States of America,America|American,Americans|Washington,the White House,White House,the Pentagon,Pentagon
Uruguay||Uruguayan,Uruguayans|Montevideo
Uzbekistan||Uzbek,Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Venezuela||Venezuelan,Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni,Yemenis|Sanaa,Sana'a
Zambia||Zambian,Zambians|Lusaka
Zimbabwe||Zimbabwean,Zimbabweans|Harare
Palestine|State of Palestine,Palestinian territories,West Bank,Gaza|Palestinian,Palestinians|Ramallah
Vatican|Holy See,Vatican City||
Taiwan|Republic of China|Taiwanese|Taipei
Kosovo||Kosovar,Kosovars|Pristina`

// anOrgs lists organisations: canonical name | other names.
const anOrgs = `European Union|EU,E.U.,EU Council,Council of the European Union,Council of the EU,European Council,EU's
United Nations|UN,U.N.,UN General Assembly,U.N. General Assembly,United Nations General Assembly,UN Security Council,U.N. Security Council,Security Council,United Nations Security Council,UN Human Rights Council
NATO|Nato,North Atlantic Treaty Organization,North Atlantic Treaty Organisation
European Commission|
African Union|AU
ASEAN|Association of Southeast Asian Nations
OPEC|OPEC+,Organization of the Petroleum Exporting Countries
IAEA|International Atomic Energy Agency
World Health Organization|World Health Organisation
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO,World Trade Organisation
G7|Group of Seven
G20|Group of 20,Group of Twenty
BRICS|
G5 Sahel|
Islamic State|ISIS,ISIL,Islamic State group,Daesh
Hamas|
Hezbollah|
Taliban|the Taliban
Houthis|Houthi,the Houthis
al-Qaeda|Al-Qaeda,al Qaeda,Al Qaeda
International Committee of the Red Cross|ICRC,Red Cross
International Criminal Court|ICC
International Court of Justice|ICJ
OSCE|Organization for Security and Co-operation in Europe
Arab League|the Arab League
Gulf Cooperation Council|GCC
OECD|
APEC|Asia-Pacific Economic Cooperation
Council of Europe|
Interpol|
European Central Bank|ECB
Federal Reserve|the Fed
Gavi|
Wagner Group|Wagner
Shanghai Cooperation Organisation|SCO,Shanghai Cooperation Organization
Collective Security Treaty Organization|CSTO
Eurasian Economic Union|EAEU
European Parliament|
UNICEF|
UNHCR|
World Food Programme|WFP
Boeing|
Airbus|
Lockheed Martin|
Northrop Grumman|
General Dynamics|
Raytheon|RTX
BAE Systems|
Dassault Aviation|Dassault
Embraer|
Rheinmetall|
Leonardo|
Rosatom|
Rosoboronexport|
Gazprom|
Rosneft|
Saudi Aramco|Aramco
Huawei|
Samsung|
TotalEnergies|
ExxonMobil|Exxon Mobil
Glencore|
Rio Tinto|
BHP|`

// anMediaNames lists news outlets, which report events but take no part.
const anMediaNames = `Reuters,AFP,Agence France-Presse,AP,Associated Press,Bloomberg,Xinhua,TASS,Interfax,RIA Novosti,BBC,
CNN,Al Jazeera,Radio Svoboda,Radio Liberty,Radio Free Europe,RFE/RL,Tehran Times,Financial Times,New York Times,
Washington Post,Wall Street Journal,Guardian,Kyodo,Yonhap,IRNA,Fars,Tasnim,ISNA,Anadolu,EFE,dpa,Ukrinform,
Meduza,Kommersant,Izvestia,Pravda,Le Monde,Der Spiegel,Politico,Axios,NHK,Sputnik,RT,Euronews,Deutsche Welle,DW,
LB.ua,Ukrainska Pravda,Kyiv Independent,Times of Israel,Haaretz,South China Morning Post,Global Times,CBS,NBC,ABC,Fox News`

func init() {
	add := func(alias string, e anEntry) {
		var parts []string
		for _, t := range anTokens(alias) {
			parts = append(parts, t.low)
		}
		if len(parts) == 0 {
			return
		}
		key := strings.Join(parts, " ")
		if _, ok := anGazetteer[key]; ok && e.kind != anCountry {
			return // a country's own name wins
		}
		anGazetteer[key] = e
		anGazMax = max(anGazMax, len(parts))
		anGazFirst[parts[0]] = max(anGazFirst[parts[0]], len(parts))
	}
	var tableNames []string
	for _, line := range strings.Split(anCountries, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 4 {
			continue
		}
		name := f[0]
		tableNames = append(tableNames, name)
		tableNames = append(tableNames, anList(f[1])...)
		add(name, anEntry{name: name, kind: anCountry})
		add("the "+name, anEntry{name: name, kind: anCountry})
		for _, s := range anList(f[1]) {
			add(s, anEntry{name: name, kind: anCountry})
		}
		for _, s := range anList(f[2]) {
			add(s, anEntry{name: name, kind: anDemonym, plural: strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss")})
		}
		for _, s := range anList(f[3]) {
			add(s, anEntry{name: name, kind: anMetonym})
		}
	}
	for _, name := range isoCountries(tableNames) {
		add(name, anEntry{name: name, kind: anCountry})
		add("the "+name, anEntry{name: name, kind: anCountry})
	}
	isoCapitals(tableNames)
	for _, line := range strings.Split(anOrgs, "\n") {
		name, rest, _ := strings.Cut(line, "|")
		add(name, anEntry{name: name, kind: anOrg})
		add("the "+name, anEntry{name: name, kind: anOrg})
		for _, s := range anList(rest) {
			add(s, anEntry{name: name, kind: anOrg})
		}
	}
	for _, s := range anList(anMediaNames) {
		add(s, anEntry{name: s, kind: anMedia})
		add("the "+s, anEntry{name: s, kind: anMedia})
	}
	// Plural demonyms that do not end in s: "the French", "the British".
	for _, s := range []string{"the french", "the british", "the chinese", "the japanese", "the dutch", "the swiss"} {
		if e, ok := anGazetteer[strings.TrimPrefix(s, "the ")]; ok {
			anGazetteer[s] = anEntry{name: e.name, kind: anDemonym, plural: true}
		}
	}
}

func anList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// anStateNoun lists the nouns after which a demonym names a state actor
// ("Iranian President", "Finnish authorities") rather than a product or a
// company's home ("Russian jets", "Australian miner").
var anStateNoun = map[string]bool{}

// anTitle lists words that introduce a named person: "President Masoud
// Pezeshkian", "striker Kwame Mensah".
var anTitle = map[string]bool{}

// anTitleMod lists words that may stand between a country and a title:
// "Deputy Foreign Minister", "special envoy".
var anTitleMod = map[string]bool{}

// anOrgHead lists the last words of organisation names: "Kyushu
// Electric", "Supreme Electoral Tribunal", "Pacífico Airlines".
var anOrgHead = map[string]bool{}

// anMediaHead lists the last words of news outlets' names.
var anMediaHead = map[string]bool{}

// anPlaceMod lists lower-case words allowed between "in" and a place
// name: "in central Mali", "in neighbouring Niger".
var anPlaceMod = map[string]bool{}

func init() {
	fill := func(m map[string]bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	fill(anStateNoun, `president presidents prime premier minister ministers ministry government governments
		officials official authorities forces army navy military troops soldiers diplomats diplomat
		delegation envoy envoys ambassador ambassadors leader leaders leadership court parliament
		voters police border coast cabinet state embassy defence defense counterpart counterparts air
		foreign king queen prince regime administration lawmakers legislators negotiators commander
		commanders general generals security intelligence spy officers warships people nationals
		citizens mps senators chancellor emir monarch junta opposition rebels militants fighters personnel
		servicemen sailors marines guards crew crews pilots agents militia militiamen paramilitaries vessels
		vessel ship ships tanker tankers port ports`)
	fill(anTitle, `president minister secretary chancellor premier king queen prince princess emir sheikh
		envoy ambassador judge executive ceo chairman chairwoman chair chairperson director manager captain
		striker midfielder defender goalkeeper coach spokesman spokeswoman spokesperson adviser advisor
		governor mayor senator congressman congresswoman general commander leader businessman
		businesswoman economist lawyer prosecutor pope emperor brother-in-law sister-in-law founder
		president-elect candidate counterpart deputy chief head mr mrs ms dr professor prof
		vice-president ayatollah secretary-general official analyst
		admiral colonel lieutenant marshal sergeant officer negotiator mediator delegate commissioner
		representative attorney sheriff detective inspector superintendent archbishop bishop cardinal
		patriarch rabbi imam cleric actor actress singer author artist winger forward owner partner
		husband wife son daughter father mother brother sister`)
	fill(anTitleMod, `deputy foreign defence defense prime vice special first chief executive former
		interior finance health trade economy economic energy justice education culture agriculture
		senior acting presidential peace national security foreign-affairs assistant supreme top
		state environment transport labour labor industry home affairs development
		interim caretaker newly elected outgoing incoming general attorney district federal
		procurement former managing`)
	fill(anOrgHead, `party agency tribunal airlines airways resources minerals electric shipping corp
		corporation inc ltd llc plc group bank council commission committee conference alliance
		district institute university museum museo union association federation front movement
		organisation organization company holdings energy power motors telecom network foundation
		authority board services united town fc club league consortium exchange fund trust partners
		industries systems technologies laboratories pharmaceuticals petroleum mining metals steel
		railways railway observatory programme coalition rovers wanderers athletic albion rangers
		ag gmbh oyj asa spa nv pharma labs biologics therapeutics biotech`)
	fill(anMediaHead, `times post journal herald tribune gazette telegraph news wire radio television tv press
		daily svoboda pravda chronicle observer independent standard mirror express monitor review`)
	fill(anPlaceMod, `central northern southern eastern western north south east west north-east north-west
		south-east south-west northeastern northwestern southeastern southwestern neighbouring
		neighboring nearby coastal rural downtown occupied war-torn remote the`)
}

// anOfficial lists titles that make a person speak for a state, so that
// "Iranian President Masoud Pezeshkian" is "Iran (Masoud Pezeshkian)" but
// "a Taiwanese businessman, Lin Chia-hao" is only "Lin Chia-hao".
var anOfficial = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "premier": true, "king": true,
	"queen": true, "prince": true, "emir": true, "sheikh": true, "envoy": true, "ambassador": true,
	"governor": true, "mayor": true, "senator": true, "general": true, "commander": true, "leader": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "counterpart": true,
	"deputy": true, "admiral": true, "president-elect": true, "vice-president": true, "ayatollah": true,
	"negotiator": true, "adviser": true, "advisor": true, "secretary-general": true, "colonel": true,
	"marshal": true, "diplomat": true, "delegate": true, "representative": true, "commissioner": true,
}

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
			if o == name || (person == "" && actorKey(o) == name) {
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
		if anOrgDesc[t.low] && i+1 < ce && !skip[i+1] {
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
				official = anOfficial[a.titleOf(i, n)] && !slices.ContainsFunc(a.toks[i:i+n], func(t anTok) bool { return t.low == "former" })
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
			}
			if e.kind == anMetonym && (i == 0 || a.toks[i-1].low == "the" || a.toks[i-1].low == "a") &&
				!strings.HasPrefix(a.keyAt(i, n), "the ") && next < ce && !a.toks[next].cap && a.toks[next].kind == anWord &&
				!poss && a.toks[next].date == 0 && anNounLike(a.toks[next].low) {
				break // "the Rome round": a modifier
			}
			if e.kind == anCountry && !a.venueCountry(i) && !a.venue(i, "country") || e.kind == anMetonym && !a.venue(i, typ) {
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

// anPeopleOnly drops the countries from an actor list, keeping persons
// and organisations.
func anPeopleOnly(actors []string) []string {
	var out []string
	for _, x := range actors {
		if e, ok := anGazetteer[strings.ToLower(x)]; ok && e.kind == anCountry {
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
		if best >= 0 && cands[best].i > c.j && sk <= cs {
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

// anSpeechBefore reports whether toks hold a verb of saying.
func anSpeechBefore(toks []anTok) bool {
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
}

// anMonthDay lists month and weekday names, which are never names of
// people or places.
var anMonthDay = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// gaz returns the longest gazetteer entry at token i, or 0.
func (a *analyzer) gaz(i, ce int) (int, anEntry) {
	if i >= ce || (!a.toks[i].cap && a.toks[i].low != "the") {
		return 0, anEntry{}
	}
	longest, ok := anGazFirst[a.toks[i].low]
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
		e, found := anGazetteer[string(b)]
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
	k := i - 1
	if k >= 0 && a.toks[k].low == "the" {
		k--
	}
	// back over a coordination: "between Mali, Niger and Burkina Faso"
	for k >= 1 && (a.toks[k].low == "and" || a.toks[k].low == "or" || a.toks[k].low == ",") {
		k--
		for k >= 0 && (a.toks[k].cap || a.toks[k].low == "the") && a.toks[k].date == 0 {
			k--
		}
	}
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
func (a *analyzer) capAfterHyphen(t anTok) bool {
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

// summary condenses the clause [cs, ce) to at most 12 words around the
// trigger: the date expressions with their prepositions, quotation marks,
// brackets and the tokens skip marks are left out.
func (a *analyzer) summary(cs, ce, best int, cands []anCandidate, skip []bool) string {
	var keep []int
	for k := cs; k < ce; k++ {
		t := a.toks[k]
		if t.date != 0 || skip[k] {
			continue
		}
		if anGoverning[t.low] && a.dateAfter(k) {
			continue
		}
		if (t.low == "least" || t.low == "most") && k > 0 && a.toks[k-1].low == "at" && a.dateAfter(k) {
			continue
		}
		if t.low == "at" && k+1 < len(a.toks) && (a.toks[k+1].low == "least" || a.toks[k+1].low == "most") && a.dateAfter(k+1) {
			continue
		}
		if t.kind == anPoss && k > 0 && a.toks[k-1].date != 0 {
			continue
		}
		if t.kind == anPunct {
			switch t.low {
			case ",", "%", "$", "&", "/":
			default:
				continue // quotes, brackets, dashes
			}
		}
		keep = append(keep, k)
	}
	if as, ae := a.antecedent(cs); ae > as && len(keep) > 0 && anVerbLike(a.toks[keep[0]]) {
		// a relative clause is about its antecedent: "Japan's
		// parliament, which is expected to vote on it"
		var ante []int
		for k := as; k < ae; k++ {
			ante = append(ante, k)
		}
		keep = append(ante, keep...)
	}
	if best >= 0 && cands[best].i > a.de {
		// "after a difficult 2023, when production fell to a 25-year
		// low": what happened then is told by the clause that follows
		for k := a.de; k < cands[best].i; k++ {
			if w := a.toks[k].low; (w == "when" || w == "as") && k > 0 && a.toks[k-1].low == "," {
				if p := slices.Index(keep, k); p >= 0 {
					keep = keep[p+1:]
				}
				break
			}
		}
	}
	isWord := func(k int) bool { return a.toks[k].kind != anPunct && a.toks[k].kind != anPoss || a.toks[k].low == "&" }
	words := 0
	for _, k := range keep {
		if isWord(k) {
			words++
		}
	}
	if words > 12 && best >= 0 {
		// keep the start of the clause when it reaches the trigger, else
		// the subject and the predicate from its verb, else four words
		// before the trigger
		tw, tp := 0, 0
		for p, k := range keep {
			if k >= cands[best].i {
				tp = p
				break
			}
			if isWord(k) {
				tw++
			}
		}
		if tw > 9 {
			// the predicate reaches the trigger, or its result does:
			// "boarded navy boats in the area, injuring one sailor"
			reach := cands[best].i
			if reach > 0 && a.toks[reach-1].low == "," && strings.HasSuffix(a.toks[reach].low, "ing") {
				reach--
			}
			if sp, vp := a.subjectEnd(keep); sp > 0 && vp < tp && a.plain(keep[vp]+1, reach) {
				sw, vw := 0, 0
				for _, k := range keep[:sp] {
					if isWord(k) {
						sw++
					}
				}
				for _, k := range keep[vp:tp] {
					if isWord(k) {
						vw++
					}
				}
				if sw+vw < 12 {
					keep = append(keep[:sp:sp], keep[vp:]...)
					tp = -1
					if reach < cands[best].i {
						keep = a.dropPlace(keep, reach)
					}
				}
			}
			for n := 0; tp > 0 && n < 4; {
				tp--
				if isWord(keep[tp]) {
					n++
				}
			}
			if tp >= 0 {
				keep = keep[tp:]
			}
		}
	}
	// leading connectives, commas and stranded prepositions
	for len(keep) > 0 {
		w := a.toks[keep[0]].low
		if anLeadTrim[w] || a.toks[keep[0]].kind == anPunct || a.toks[keep[0]].kind == anPoss {
			keep = keep[1:]
			continue
		}
		break
	}
	var parts []int
	words = 0
	for _, k := range keep {
		if isWord(k) {
			if words == 12 {
				break
			}
			words++
		}
		parts = append(parts, k)
	}
	cut := len(parts) < len(keep)
	// trailing punctuation, prepositions and articles; where the word
	// limit cut the clause, also a number whose unit was cut off
	// ("promised 50.9" of "50.9 billion reais")
	for len(parts) > 0 {
		k := parts[len(parts)-1]
		if a.toks[k].low == "%" && len(parts) > 1 && a.toks[parts[len(parts)-2]].kind == anNum {
			break // "by 5%"
		}
		if a.toks[k].kind == anPunct || anTailTrim[a.toks[k].low] || cut && a.toks[k].kind == anNum {
			parts = parts[:len(parts)-1]
			continue
		}
		break
	}
	if p := slices.IndexFunc(parts, func(k int) bool { return a.toks[k].low == "," }); p > 0 {
		// a phrase the word limit or the clause's end cuts after its
		// first word (or two, for the limit) is left out with its comma:
		// "visited Hanoi to prepare the trip, days"
		for q := len(parts) - 1; q > p; q-- {
			if a.toks[parts[q]].low == "," {
				p = q
				break
			}
		}
		if t := a.toks[parts[p+1]]; (len(parts)-p == 2 || cut && len(parts)-p == 3) && t.kind == anWord && !t.cap {
			parts = parts[:p]
		}
	}
	var b strings.Builder
	for _, k := range parts {
		t := a.toks[k]
		if b.Len() > 0 && t.kind != anPoss && t.low != "," && t.low != "%" && t.low != "/" &&
			!strings.HasSuffix(b.String(), "$") && !strings.HasSuffix(b.String(), "/") {
			b.WriteByte(' ')
		}
		b.WriteString(a.s[t.s:t.e])
	}
	out := b.String()
	if r, n := utf8.DecodeRuneInString(out); n > 0 && unicode.IsLower(r) {
		out = string(unicode.ToUpper(r)) + out[n:]
	}
	return out
}

// dropPlace removes from keep the place phrase that ends at the comma at
// token end ("in the same area" in "boarded navy boats in the same area,
// injuring one sailor"), so that what follows fits the gist.
func (a *analyzer) dropPlace(keep []int, end int) []int {
	p := slices.Index(keep, end)
	if p < 0 {
		return keep
	}
	for q := p - 1; q > 0 && q >= p-6; q-- {
		switch a.toks[keep[q]].low {
		case "in", "at", "near", "off", "outside", "inside", "around":
			return append(keep[:q:q], keep[p:]...)
		case ",":
			return keep
		}
	}
	return keep
}

// subjectEnd finds the subject of the clause whose kept tokens are keep:
// the noun phrase it starts with. It returns the position in keep where
// the subject ends and the one where its verb begins, which lie apart
// when a participle phrase describes the subject ("Chinese personnel
// armed with knives and axes boarded ..."), or 0, 0.
func (a *analyzer) subjectEnd(keep []int) (int, int) {
	sp := -1
	for p, k := range keep {
		if p >= 10 {
			return 0, 0
		}
		t := a.toks[k]
		if sp < 0 {
			if a.describing(k) {
				sp = p
				continue
			}
			if anVerbLike(t) {
				if p == 0 {
					return 0, 0
				}
				return p, p
			}
			continue
		}
		if anVerbLike(t) && a.toks[k-1].low != "with" && a.toks[k-1].low != "by" {
			return sp, p
		}
	}
	return 0, 0
}

// anVerbLike reports whether t looks like the finite verb of a clause:
// an auxiliary or a past form ("held", "boarded").
func anVerbLike(t anTok) bool {
	if t.kind != anWord || t.cap || t.date != 0 {
		return false
	}
	w := t.low
	if anBe[w] || w == "has" || w == "have" || w == "had" || anSpeech[w] {
		return true
	}
	switch w {
	case "will", "would", "shall", "should", "could", "may", "might", "must", "can", "did":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4 || anIrregular[w] != "" && !strings.HasSuffix(w, "ing")
}

// antecedent returns the noun phrase a relative clause starting at token
// s refers to ("Japan's parliament" in "Japan's parliament, which is
// expected to vote"), as the token span [as, ae), or 0, 0.
func (a *analyzer) antecedent(s int) (int, int) {
	if s < 3 || a.toks[s-2].low != "," {
		return 0, 0
	}
	if w := a.toks[s-1].low; w != "which" && w != "who" {
		return 0, 0
	}
	ae := s - 2
	as, lower := ae, 0
	for as > 0 {
		t := a.toks[as-1]
		if t.date != 0 || t.kind == anPunct {
			break
		}
		if t.kind == anWord && !t.cap {
			switch {
			case anNPStart(t.low):
				as--
			case anTitle[t.low] || anTitleMod[t.low] || as == ae:
				as--
				continue
			case lower < 2 && !anLeadTrim[t.low] && !anTailTrim[t.low] && !anVerbLike(t) && !strings.HasSuffix(t.low, "ing"):
				lower++
				as--
				continue
			}
			break
		}
		as--
	}
	// a lower-case word the phrase starts with is a verb or a
	// preposition unless a determiner or a name comes before it: "fans
	// will applaud former captain Ron Ashby, who died"
	for as < ae && (a.toks[as].kind != anWord && a.toks[as].kind != anNum ||
		!a.toks[as].cap && !anNPStart(a.toks[as].low) && !anTitle[a.toks[as].low] && !anTitleMod[a.toks[as].low] && as < ae-1) {
		as++
	}
	if as == ae {
		return 0, 0
	}
	return as, ae
}

// anNPStart reports whether w begins a noun phrase: "the", "its".
func anNPStart(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those":
		return true
	}
	return false
}

// anLeadTrim lists words a summary does not begin with.
var anLeadTrim = map[string]bool{
	"and": true, "but": true, "also": true, "then": true, "so": true, "however": true, "meanwhile": true,
	"moreover": true, "in": true, "on": true, "at": true, "particular": true, "addition": true, "later": true,
	"earlier": true, "previously": true, "as": true, "that": true, "which": true, "where": true, "after": true,
	"before": true, "while": true, "when": true, "because": true, "although": true, "though": true, "by": true,
	"of": true, "for": true, "from": true, "since": true, "until": true, "during": true, "with": true,
}

// anTailTrim lists words a summary does not end with.
var anTailTrim = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "for": true, "to": true, "from": true, "by": true,
	"with": true, "the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "its": true,
	"his": true, "her": true, "their": true, "that": true, "which": true, "who": true, "between": true,
	"as": true, "than": true, "into": true, "over": true, "after": true, "before": true, "when": true,
	"including": true, "is": true, "are": true, "was": true, "were": true, "be": true,
}

// personMention is a person named with a title in one sentence, with the
// country the title gives, if any.
type personMention struct {
	name, country string
	org           bool   // an organisation's name: "Kestrel Minerals"
	official      bool   // a person titled as speaking for a state: "Defence Minister"
	desc          string // what an organisation is said to be: "startup" in "startup Estrela Orbital"
	alias         string // the organisation's acronym, lower case: "npa"
	at            int    // byte offset in the document
}

// docPerson is a person of a document: the longest form of the name the
// text gives with a title, its words in lower case, and the country any of
// its titled mentions gives.
type docPerson struct {
	name     string
	words    []string
	country  string
	official bool   // titled as speaking for a state
	desc     string // an organisation's description: "carrier"
	alias    string // an organisation's acronym, lower case: "npa"
	at       int    // byte offset of the first mention
}

// people are the persons a document names with a title ("Russian
// President Vladimir Putin", "Iran's foreign minister, Abbas Araghchi",
// "economist Esteban Mora"). News introduces a person once with a title
// and then writes the name bare or shortened: "Putin", "Vladimir Putin",
// "Pezeshkian", or the family name first in "Trần" for "Trần Đức Minh".
//
// Companies, clubs and parties are shortened the same way, to the words
// before the word that says what they are: "Kestrel" for "Kestrel
// Minerals", "Harbridge" for "Harbridge Town".
//
// A document is also about one country, the one its dateline places it
// in or else the first it names; "the government" and "the cabinet" are
// that country's, and so is a minister named without a country in a story
// from a dateline.
type people struct {
	list, orgs []docPerson
	country    string
	dateline   bool // country comes from the dateline
	// sents are the document's sentences and last the name of the last
	// person each one names, so that a sentence opening with "He" or
	// "She" points back to the person named just before.
	sents []Span
	last  []string
	// toks are the tokens of each sentence, read once for the whole
	// document and copied by each analysis of the sentence.
	toks [][]anTok
	// named are the persons' mentions in the order of the text.
	named []personMention
	// parties are the countries and organisations in the order the
	// document first names them, for "the two countries" and "both sides".
	parties []string
}

// documentPeople reads the titled persons of every sentence of text.
// Mentions whose words run inside another's ("Pezeshkian" in "Masoud
// Pezeshkian") are one person, known by the longest form; the country is
// the first one a mention gives.
func documentPeople(text []byte, sents []Span) *people {
	var seen []personMention
	pp := &people{sents: sents, last: make([]string, len(sents)), toks: make([][]anTok, len(sents))}
	first := "" // the first country the text names
	for k, sp := range sents {
		s := string(text[sp.Start:sp.End])
		toks := anTokens(s)
		pp.toks[k] = toks
		if len(toks) == 0 {
			continue
		}
		n := len(seen)
		a := &analyzer{s: s, toks: toks, ds: -1, de: -1, best: -1, seen: &seen, at: sp.Start}
		if k < 3 && pp.country == "" {
			pp.country = a.datelineCountry()
		}
		for _, x := range a.actors(0, len(toks), "", make([]bool, len(toks))) {
			if e, ok := anGazetteer[strings.ToLower(actorKey(x))]; ok && e.kind == anCountry && first == "" {
				first = e.name
			}
			if k := actorKey(x); !slices.Contains(pp.parties, k) {
				pp.parties = append(pp.parties, k)
			}
		}
		for _, m := range seen[n:] {
			if !m.org {
				pp.last[k] = m.name
			}
		}
	}
	for _, sp := range sents {
		seen = append(seen, acronyms(text[sp.Start:sp.End], sp.Start)...)
	}
	if pp.dateline = pp.country != ""; !pp.dateline {
		pp.country = first
	}
	for _, m := range seen {
		w := nameWords(m.name)
		if len(w) == 0 {
			continue
		}
		pp.named = append(pp.named, m)
		if m.org {
			if i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == m.name }); i < 0 {
				pp.orgs = append(pp.orgs, docPerson{name: m.name, words: w, desc: m.desc, alias: m.alias, at: m.at})
			} else {
				if pp.orgs[i].desc == "" {
					pp.orgs[i].desc = m.desc
				}
				if pp.orgs[i].alias == "" {
					pp.orgs[i].alias = m.alias
				}
			}
			continue
		}
		joined := false
		for i := range pp.list {
			p := &pp.list[i]
			switch {
			case wordsWithin(w, p.words):
			case wordsWithin(p.words, w):
				p.name, p.words = m.name, w
			default:
				continue
			}
			if p.country == "" {
				p.country = m.country
			}
			p.official = p.official || m.official
			joined = true
			break
		}
		if !joined {
			pp.list = append(pp.list, docPerson{name: m.name, words: w, country: m.country, official: m.official, at: m.at})
		}
	}
	pp.parties = slices.DeleteFunc(pp.parties, func(k string) bool {
		e, ok := anGazetteer[strings.ToLower(k)]
		return !(ok && e.kind == anCountry) && !slices.ContainsFunc(pp.orgs, func(o docPerson) bool { return o.name == k })
	})
	for i := range pp.list {
		if p := &pp.list[i]; p.official && p.country == "" && pp.dateline {
			p.country = pp.country // "Defence Minister Agus Santoso" in a story from Jakarta
		}
	}
	return pp
}

// acronyms finds the organisations a sentence names with their acronym
// in brackets, "the New People's Army (NPA)", "the Communist Party of the
// Philippines (CPP)": the capitalised words before the bracket whose
// initials spell the acronym, small words such as "of the" allowed
// between them. at is the sentence's offset in the document.
func acronyms(s []byte, at int) []personMention {
	var out []personMention
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
			j++
		}
		if j >= len(s) || s[j] != ')' || j-i-1 < 2 || j-i-1 > 8 {
			continue
		}
		acr := string(s[i+1 : j])
		// walk back over the words before the bracket, matching the
		// acronym's letters from its last
		k, start := len(acr)-1, -1
		end := i
		for end > 0 && s[end-1] == ' ' {
			end--
		}
		p := end
		for p > 0 && k >= 0 {
			q := p
			for q > 0 && s[q-1] != ' ' {
				q--
			}
			word := strings.TrimSuffix(strings.TrimSuffix(string(s[q:p]), "'s"), "’s")
			if word == "" {
				break
			}
			switch {
			case word[0] == acr[k]:
				k--
				start = q
			case word[0] >= 'a' && word[0] <= 'z' && len(word) <= 3 && start >= 0:
				// "of", "the", "and" inside the name
			default:
				k = -2
			}
			if k == -2 {
				break
			}
			p = q
			for p > 0 && s[p-1] == ' ' {
				p--
			}
		}
		if k != -1 || start < 0 {
			continue
		}
		name := string(s[start:end])
		out = append(out, personMention{name: name, org: true, alias: strings.ToLower(acr), at: at + start})
	}
	return out
}

// nameWords returns the lower-case words of a name.
func nameWords(name string) []string {
	var out []string
	for _, t := range anTokens(name) {
		if t.kind == anWord {
			out = append(out, t.low)
		}
	}
	return out
}

// wordsWithin reports whether w is a run of consecutive words of name.
func wordsWithin(w, name []string) bool {
	for i := 0; i+len(w) <= len(name); i++ {
		ok := true
		for j := range w {
			if name[i+j] != w[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// find returns the one person whose name holds the words w; false when
// none does or when two do ("Kim" for "Kim Jong Un" and "Kim Yo Jong").
func (pp *people) find(w []string) (docPerson, bool) {
	if pp == nil || len(w) == 0 {
		return docPerson{}, false
	}
	var found docPerson
	n := 0
	for _, p := range pp.list {
		if wordsWithin(w, p.words) {
			found = p
			n++
		}
	}
	return found, n == 1
}

// tokensAt returns the tokens of the document's sentence that starts at
// byte offset at and is n bytes long, if the document was read whole.
func (pp *people) tokensAt(at, n int) ([]anTok, bool) {
	if pp == nil || len(pp.toks) != len(pp.sents) {
		return nil, false
	}
	k := sort.Search(len(pp.sents), func(k int) bool { return pp.sents[k].Start >= at })
	if k >= len(pp.sents) || pp.sents[k].Start != at || pp.sents[k].End-at != n {
		return nil, false
	}
	return pp.toks[k], true
}

// before returns the person named last before byte offset at.
func (pp *people) before(at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k--; k >= 0; k-- {
		if !pp.named[k].org {
			return pp.lookup(pp.named[k].name)
		}
	}
	return docPerson{}, false
}

// orgBefore returns the organisation named last before byte offset at.
func (pp *people) orgBefore(at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k > 0 && !pp.named[k-1].org {
		k--
	}
	if k == 0 {
		return docPerson{}, false
	}
	name := pp.named[k-1].name
	i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == name })
	if i < 0 {
		return docPerson{}, false
	}
	return pp.orgs[i], true
}

// orgOfKind returns the organisation named last before byte offset at
// whose name holds the word kind ("union" for "Santos Dockers' Union").
func (pp *people) orgOfKind(kind string, at int) (docPerson, bool) {
	k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
	for k--; k >= 0; k-- {
		m := pp.named[k]
		if !m.org || !slices.Contains(nameWords(m.name), kind) {
			continue
		}
		if i := slices.IndexFunc(pp.orgs, func(o docPerson) bool { return o.name == m.name }); i >= 0 {
			return pp.orgs[i], true
		}
	}
	return docPerson{}, false
}

// publicBody lists the last words of the names of public bodies, which
// "the company" or "the firm" never points back to.
var publicBody = map[string]bool{
	"authority": true, "agency": true, "commission": true, "ministry": true, "council": true,
	"court": true, "committee": true, "tribunal": true, "board": true, "office": true,
	"department": true, "police": true, "parliament": true, "administration": true,
}

// companyBefore is [people.orgBefore] passing over public bodies: the
// organisation "the company" means.
func (pp *people) companyBefore(at int) (docPerson, bool) {
	for {
		o, ok := pp.orgBefore(at)
		if !ok || len(o.words) == 0 || !publicBody[o.words[len(o.words)-1]] {
			return o, ok
		}
		k := sort.Search(len(pp.named), func(k int) bool { return pp.named[k].at >= at })
		for k > 0 && pp.named[k-1].name != o.name {
			k--
		}
		if k == 0 {
			return docPerson{}, false
		}
		at = pp.named[k-1].at
	}
}

// lookup resolves a name read with a title: "Pezeshkian" after "Iranian
// President" is the document's "Masoud Pezeshkian".
func (pp *people) lookup(name string) (docPerson, bool) {
	if name == "" {
		return docPerson{}, false
	}
	return pp.find(nameWords(name))
}

// match reads a bare name at token i: the whole run of capitalised words
// there ("Putin", "Vladimir Putin", "Trần") must be part of the name of
// exactly one person of the document. A run that goes on with other
// capitalised words names something else ("Mount Hale" is no person
// Hale), and so does a run right after "the".
func (pp *people) match(a *analyzer, i, ce int) (int, docPerson) {
	if pp == nil || len(pp.list)+len(pp.orgs) == 0 {
		return 0, docPerson{}
	}
	if i > 0 {
		p := a.toks[i-1]
		if p.kind == anWord && p.cap && !sentStarter[p.low] {
			return 0, docPerson{}
		}
		if p.low == "the" {
			// only an acronym follows "the": "the NPA"
			if o, ok := pp.acronym(a.toks[i]); ok && !(i+1 < ce && a.toks[i+1].kind == anWord && a.toks[i+1].cap) {
				return 1, o
			}
			return 0, docPerson{}
		}
	}
	j := i
	var w []string
	for j < ce && a.toks[j].kind == anWord && a.toks[j].cap && a.toks[j].date == 0 {
		w = append(w, a.toks[j].low)
		j++
	}
	if len(w) == 0 || len(w) > 4 || j < len(a.toks) && a.toks[j].kind == anWord && a.toks[j].cap {
		return 0, docPerson{}
	}
	if len(w) == 1 && utf8.RuneCountInString(w[0]) < 2 {
		return 0, docPerson{}
	}
	if p, ok := pp.find(w); ok {
		return j - i, p
	}
	if o, ok := pp.shortOrg(w); ok {
		return j - i, o
	}
	return 0, docPerson{}
}

// acronym returns the organisation whose acronym is the token t.
func (pp *people) acronym(t anTok) (docPerson, bool) {
	if t.kind != anWord || !t.cap {
		return docPerson{}, false
	}
	for _, o := range pp.orgs {
		if o.alias != "" && o.alias == t.low {
			return o, true
		}
	}
	return docPerson{}, false
}

// shortOrg returns the one organisation whose name begins with the words
// w: "Kestrel" for "Kestrel Minerals", or "Litgrid" itself. A first word
// that says what the body is ("University" of "University of Costa Rica")
// is no short name.
func (pp *people) shortOrg(w []string) (docPerson, bool) {
	if anOrgHead[w[0]] || anTitle[w[0]] || anTitleMod[w[0]] {
		return docPerson{}, false
	}
	var found docPerson
	n := 0
	for _, o := range pp.orgs {
		if len(o.words) >= len(w) && slices.Equal(o.words[:len(w)], w) || len(w) == 1 && w[0] == o.alias {
			found = o
			n++
		}
	}
	for _, p := range pp.list {
		if wordsWithin(w, p.words) {
			n++ // a person's name too: ambiguous
		}
	}
	return found, n == 1
}

// anOrgDesc lists nouns that describe a company or a body named right
// after them: "startup Estrela Orbital", "grid operator Litgrid", "state
// miner Kazatomprom", "Belgian side Lierse", "the union SUTAP".
var anOrgDesc = map[string]bool{
	"startup": true, "carrier": true, "airline": true, "miner": true, "operator": true, "side": true,
	"club": true, "union": true, "firm": true, "company": true, "insurer": true, "lender": true,
	"manufacturer": true, "maker": true, "developer": true, "producer": true, "retailer": true,
	"utility": true, "broadcaster": true, "conglomerate": true, "supplier": true, "shipper": true,
	"carmaker": true, "automaker": true, "chipmaker": true, "bank": true,
}

// describedOrg reads the name after a describing noun at token i: one to
// three capitalised words that no other rule reads ("Estrela Orbital",
// "Litgrid"), followed by no further capitalised word.
func (a *analyzer) describedOrg(i, ce int) (int, string) {
	if n, _ := a.orgRun(i, ce); n > 0 {
		return 0, ""
	}
	if n, _ := a.gaz(i, ce); n > 0 {
		return 0, ""
	}
	j := i
	for j < ce && j-i < 4 {
		t := a.toks[j]
		if t.kind != anWord || !t.cap || t.date != 0 || anTitle[t.low] || anTitleMod[t.low] || sentStarter[t.low] || anMonthDay[t.low] {
			break
		}
		j++
	}
	if j == i || j-i > 3 || j < len(a.toks) && a.toks[j].kind == anWord && a.toks[j].cap {
		return 0, ""
	}
	return j - i, a.s[a.toks[i].s:a.toks[j-1].e]
}

// aged reads a person named without a title but with an age in
// apposition: "Gregory Hale, 58,", "Levan K., 52,". It returns the number
// of tokens of the name and the name.
func (a *analyzer) aged(i, ce int) (int, string) {
	if i > 0 && a.toks[i-1].kind == anWord && a.toks[i-1].cap && !sentStarter[a.toks[i-1].low] {
		return 0, ""
	}
	j := i
	for j < ce && j-i < 4 {
		t := a.toks[j]
		if t.kind != anWord || !t.cap || t.date != 0 || sentStarter[t.low] || anMonthDay[t.low] || anOrgHead[t.low] || anNotName[t.low] {
			break
		}
		if n, _ := a.gaz(j, ce); n > 0 {
			return 0, ""
		}
		j++
		if utf8.RuneCountInString(t.low) == 1 && j < ce && a.toks[j].low == "." {
			j++ // an initial: "Levan K."
		}
	}
	words := 0
	for k := i; k < j; k++ {
		if a.toks[k].kind == anWord {
			words++
		}
	}
	if words < 2 || words > 3 || j+2 >= len(a.toks) || a.toks[j].low != "," || a.toks[j+1].kind != anNum || a.toks[j+2].low != "," {
		return 0, ""
	}
	if age := a.toks[j+1].low; len(age) > 3 {
		return 0, ""
	}
	return j - i, a.s[a.toks[i].s:a.toks[j-1].e]
}

// kinOf reports a possessive and a noun of kinship or office at token i
// after a name: in "Hale's brother-in-law, Dennis Orr" Hale only says
// whose relative Orr is.
func (a *analyzer) kinOf(i int) bool {
	return i+1 < len(a.toks) && a.toks[i].kind == anPoss && anTitle[a.toks[i+1].low]
}

// datelineCountry returns the country of a dateline at the start of the
// sentence ("HANOI —", "PUEBLA, Mexico —"), or "".
func (a *analyzer) datelineCountry() string {
	de := a.datelineEnd()
	for i := 0; i < de; i++ {
		if n, e := a.gaz(i, de); n > 0 {
			if e.kind == anCountry || e.kind == anMetonym {
				return e.name
			}
			i += n - 1
		}
	}
	// a capital the gazetteer leaves out: "SANTIAGO, March 20 (Reuters) -"
	var city []string
	for i := 0; i < de && a.toks[i].kind == anWord && a.toks[i].date == 0; i++ {
		city = append(city, a.toks[i].low)
	}
	return anDatelineCapital[strings.Join(city, " ")]
}

// anOfficeAt returns the number of tokens of an office that speaks for
// its holder at token i ("office", "press service", "spokesman"), or 0.
func anOfficeAt(toks []anTok, i, ce int) int {
	if i >= ce {
		return 0
	}
	switch toks[i].low {
	case "office", "spokesman", "spokeswoman", "spokesperson", "aides", "government", "administration", "ministry":
		return 1
	case "press":
		if i+1 < ce && (toks[i+1].low == "service" || toks[i+1].low == "office" || toks[i+1].low == "secretary") {
			return 2
		}
	}
	return 0
}

// anStateBody lists the unnamed bodies and offices of a state that the
// document's country stands behind: "the cabinet approved", "the trade
// ministry said", "parliament's defence committee".
var anStateBody = map[string]bool{
	"government": true, "cabinet": true, "country": true, "army": true, "military": true, "navy": true,
	"parliament": true, "president": true, "ministry": true, "air force": true, "prime minister": true,
	"armed forces": true,
}

// reference resolves a phrase at token i that points back to someone the
// document named: a state body ("the government") to the document's
// country, a definite description ("the airline", "the tribunal") to the
// organisation it describes, and a sentence-opening "He" or "She" to the
// last person the sentence before names. It returns the number of tokens
// read, and the country or organisation and the person.
func (a *analyzer) reference(i, ce int) (int, string, string) {
	pp := a.people
	if pp == nil {
		return 0, "", ""
	}
	t := a.toks[i]
	switch t.low {
	case "he", "she":
		for k := 0; k < i; k++ {
			if a.toks[k].kind != anPunct {
				return 0, "", ""
			}
		}
		if p, ok := pp.previous(a.at); ok {
			return 1, p.country, p.name
		}
		return 0, "", ""
	case "it":
		// a sentence that opens "It plans to ..." goes on about the
		// organisation named last
		if i != 0 || i+1 >= ce || !anVerbLike(a.toks[i+1]) || anBe[a.toks[i+1].low] {
			if !(i == 0 && i+1 < ce && strings.HasSuffix(a.toks[i+1].low, "s") && !a.toks[i+1].cap && a.toks[i+1].kind == anWord) {
				return 0, "", ""
			}
		}
		if o, ok := pp.orgBefore(a.at); ok {
			return 1, o.name, ""
		}
		return 0, "", ""
	case "his", "her":
		// "his office said", "her spokesman said": the person's state
		n := anOfficeAt(a.toks, i+1, ce)
		if n == 0 {
			return 0, "", ""
		}
		if p, ok := pp.before(a.at + int(t.s)); ok {
			if p.country != "" {
				return 1 + n, p.country, ""
			}
			return 1 + n, "", p.name
		}
		return 0, "", ""
	case "parliament":
		if i > 0 {
			switch p := a.toks[i-1]; {
			case p.kind == anWord && (p.cap || anDeterminer[p.low]), p.kind == anPoss:
				return 0, "", ""
			}
		}
		if pp.country != "" && !a.placed(i) {
			return 1, pp.country, ""
		}
		return 0, "", ""
	case "the":
	default:
		return 0, "", ""
	}
	if i+1 >= ce {
		return 0, "", ""
	}
	w := a.toks[i+1]
	if w.cap || w.kind != anWord || w.date != 0 || a.placed(i) {
		return 0, "", ""
	}
	n, head := 2, w.low
	if i+2 < ce {
		if x := a.toks[i+2]; x.kind == anWord && !x.cap && x.date == 0 {
			if two := w.low + " " + x.low; anStateBody[two] {
				n, head = 3, two
			} else if x.low == "ministry" {
				n, head = 3, x.low // "the trade ministry"
			}
		}
	}
	if i+n < ce && a.toks[i+n].low == "of" {
		return 0, "", "" // "the government of ...": the of phrase names it
	}
	if anStateBody[head] {
		if pp.country == "" {
			return 0, "", ""
		}
		return n, pp.country, ""
	}
	if o, ok := pp.describe(head, a.at+int(t.s)); ok {
		return n, o.name, ""
	}
	return 0, "", ""
}

// anDeterminer lists words before a noun that make it some other body
// than the document's: "a parliament", "its parliament".
var anDeterminer = map[string]bool{"a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "whose": true, "each": true, "every": true}

// placed reports a phrase at token i that names where something happens:
// "in the country", "at the museum".
func (a *analyzer) placed(i int) bool {
	if i == 0 {
		return false
	}
	switch a.toks[i-1].low {
	case "in", "at", "inside", "outside", "near", "across", "within", "throughout", "into":
		return true
	}
	return false
}

// pair resolves "the two countries", "both governments" and "both sides"
// at token i to the first two countries the document names, or for
// "sides" the first two countries or organisations. It returns the number
// of tokens read and the two names.
func (a *analyzer) pair(i, ce int) (int, []string) {
	pp := a.people
	if pp == nil || i+1 >= ce {
		return 0, nil
	}
	n := 0
	switch {
	case a.toks[i].low == "both":
		n = 2
	case a.toks[i].low == "the" && i+2 < ce && a.toks[i+1].low == "two":
		n = 3
	default:
		return 0, nil
	}
	noun := a.toks[i+n-1].low
	var names []string
	switch noun {
	case "countries", "governments", "nations", "capitals", "states":
		for _, k := range pp.parties {
			if e, ok := anGazetteer[strings.ToLower(k)]; ok && e.kind == anCountry {
				names = append(names, k)
			}
		}
	case "sides":
		names = pp.parties
	default:
		return 0, nil
	}
	if len(names) < 2 {
		return 0, nil
	}
	return n, names[:2]
}

// transitive reports a verb of reporting used with an indefinite object
// rather than reported speech: "Pacífico Airlines reported a record
// profit", "announced an order". Its subject is the agent of the event,
// not a source. "said" and "told" always report speech.
func (a *analyzer) transitive(c anCandidate) bool {
	switch a.toks[c.i].low {
	case "said", "says", "say", "told", "tells", "tell", "added", "saying":
		return false
	}
	if c.j+1 >= len(a.toks) {
		return false
	}
	switch a.toks[c.j+1].low {
	case "a", "an":
		return true
	}
	return false
}
