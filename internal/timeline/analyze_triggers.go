package timeline

import (
	"strings"
)

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
