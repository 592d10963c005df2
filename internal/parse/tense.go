package parse

import (
	"slices"
	"sort"
	"strings"
)

// Tense classification without a part-of-speech tagger: each word of a
// sentence may be a cue (an auxiliary, a past form, "plans to"), and a
// date expression takes the tense of the nearest cue in its sentence.

// irregularPast are past forms that do not end in -ed.
var irregularPast = wordSet(
	"said", "met", "began", "took", "held", "sent", "gave", "came", "went", "made", "told", "found", "saw",
	"became", "brought", "bought", "built", "fought", "thought", "left", "lost", "paid", "ran", "rose",
	"fell", "won", "wrote", "spoke", "struck", "stood", "knew", "led", "kept", "felt", "meant", "shot",
	"sold", "sought", "spent", "threw", "understood", "withdrew", "drove", "broke", "chose", "flew",
	"forgot", "froze", "got", "grew", "hid", "hung", "laid", "rode", "rang", "sang", "sank", "shook",
	"slept", "stole", "stuck", "swore", "swept", "taught", "tore", "undertook", "upheld", "wore", "wept",
	"arose", "awoke", "bore", "blew", "caught", "dealt", "dug", "drew", "drank", "fed", "fled", "forgave",
	"heard", "knelt", "lent", "mistook", "overcame", "sat", "shone", "shrank", "slew", "spun", "sprang",
	"strove", "stung", "swung", "trod", "wound", "foresaw", "oversaw", "underwent", "withheld", "did",
	"was", "were", "had", "overtook", "overthrew", "beset", "forbade", "outran", "ate", "lay", "woke",
)

// edExceptions are words in -ed that are no past forms.
var edExceptions = wordSet(
	"need", "speed", "red", "bed", "feed", "seed", "deed", "breed", "bleed", "weed", "shed", "wed",
	"proceed", "exceed", "succeed", "indeed", "hundred", "hundreds", "kindred", "sacred", "naked", "wicked",
	"rugged", "ragged", "jagged", "crooked", "beloved", "armed", "based", "united", "limited", "detailed",
	"advanced", "concerned", "interested", "qualified", "experienced", "supposed", "skilled", "talented",
	"embed", "creed", "greed", "steed", "tweed", "reed", "heed", "freed", "alleged", "so-called", "aged",
	"biased", "coed", "dread", "shred", "sled", "bred", "fled", "led", "fed", "sped", "bled", "med",
	"scheduled", "expected", "planned", "proposed", "anticipated", "slated", "intended", "designed",
	"related", "associated", "dedicated", "registered", "licensed", "certified", "accused", "wanted",
	"needed",
)

// wordSet returns the set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cue words that point forward in time
var futureWords = map[string]bool{"will": true, "shall": true, "won't": true, "upcoming": true, "tomorrow": true}

// verbs that take "to" and point forward: "plans to", "vows to"
var intentWords = map[string]bool{
	"plans": true, "plan": true, "planning": true, "intends": true, "intend": true, "aims": true,
	"aim": true, "hopes": true, "hope": true, "wants": true, "want": true, "seeks": true, "expects": true,
	"vows": true, "pledges": true, "promises": true, "threatens": true, "prepares": true, "preparing": true,
	"wishes": true, "expecting": true, "hoping": true, "aiming": true, "intending": true, "seeking": true,
	"agree": true, "threatening": true, "vowing": true, "pledging": true, "promising": true,
}

// verbs of expectation that look forward with or without "to": "expects
// revenue of $700 million in the fourth quarter"
var forecastWords = map[string]bool{
	"expects": true, "expect": true, "forecasts": true, "forecast": true, "projects": true, "predicts": true,
	"anticipates": true, "anticipate": true, "targets": true, "plans": true, "intends": true,
}

// participles that look forward before "for" or "to": "targeted for the
// third quarter", "scheduled for December"
var forwardParticiples = map[string]bool{
	"scheduled": true, "planned": true, "targeted": true, "slated": true, "expected": true, "set": true,
	"due": true, "timed": true, "penciled": true, "pencilled": true, "earmarked": true, "billed": true,
}

// words that point forward only after a form of "be": "is due to", "are
// set to", "is expected to"; "due to" alone means "because of"
var beIntentWords = map[string]bool{
	"due": true, "set": true, "scheduled": true, "slated": true, "poised": true, "going": true,
	"likely": true, "expected": true, "ready": true, "about": true, "unlikely": true, "planning": true,
	"preparing": true, "supposed": true, "to": true,
}

// reporting verbs: a "would" after one of them looks forward from the report
var reportWords = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "stated": true, "added": true,
	"confirmed": true, "noted": true, "wrote": true, "claimed": true, "declared": true, "indicated": true,
	"revealed": true, "explained": true, "promised": true, "pledged": true, "warned": true, "agreed": true,
	"decided": true, "hoped": true, "expected": true, "planned": true, "thought": true, "believed": true,
	"insisted": true, "suggested": true, "predicted": true, "vowed": true,
}

// maxSentenceTokens bounds the sentence that tense and year decisions look
// across. News sentences run to a few dozen tokens; a longer run without a
// sentence break (a table, a list of numbers, text that is not prose) is
// cut into pieces of this many tokens, so that the work done for each date
// stays bounded and a text is read in time linear in its length.
const maxSentenceTokens = 256

// splitSentences records where each sentence of the text begins, in token
// indexes, for [recognizer.sentenceBounds]. A sentence ends after ".", "!"
// or "?" before a capital or a line break, at an empty line or a line
// break after a short line, and after maxSentenceTokens tokens.
func (r *recognizer) splitSentences() {
	r.sents = r.sents[:0]
	last := 0 // the start of the current sentence
	for i, t := range r.toks {
		// Inside a line and after a word or number, no sentence starts
		// (see sentenceBreakBefore) unless the sentence is full.
		if i > 0 && t.Flags&(BlankBefore|NewlineBefore) == 0 && r.toks[i-1].Kind != Punct && i-last < maxSentenceTokens {
			continue
		}
		if i == 0 || r.sentenceBreakBefore(i) || i-last >= maxSentenceTokens {
			r.sents = append(r.sents, i)
			last = i
		}
	}
}

// sentenceBounds returns the token range [lo, hi) of the sentence holding
// token i, as [recognizer.splitSentences] found it.
func (r *recognizer) sentenceBounds(i int) (int, int) {
	if len(r.sents) == 0 && len(r.toks) > 0 {
		r.splitSentences()
	}
	// The first sentence that starts after i ends the one holding i.
	k := sort.SearchInts(r.sents, i+1)
	hi := len(r.toks)
	if k < len(r.sents) {
		hi = r.sents[k]
	}
	return r.sents[k-1], hi
}

// sentenceBreakBefore reports whether a sentence starts at token i.
func (r *recognizer) sentenceBreakBefore(i int) bool {
	t := r.toks[i]
	if t.Has(BlankBefore) {
		return true
	}
	if i == 0 {
		return true
	}
	p := r.toks[i-1]
	if t.Has(NewlineBefore) {
		// A line that ends without punctuation is a title or a list item.
		if p.Kind != Punct || r.src[p.Start] != ',' {
			return true
		}
	}
	if p.Kind == Punct && t.Has(SpaceBefore) {
		c := r.src[p.Start]
		if c == '!' || c == '?' || c == ';' {
			return true
		}
		if c == '.' && (t.Has(Upper) || t.Kind == Number || t.Kind == Punct) {
			// "Jan. 17", "U.S. officials", "Mr. Putin": an abbreviation
			// before the period does not end the sentence.
			if i >= 2 && r.toks[i-2].Kind == Word && r.glued(i-1) && r.abbrev(i-2) {
				// "at 7 a.m. It is due to reopen": after a clock time a
				// word that opens sentences starts one
				return r.clockEnd(i-2) && opensSentence[r.lw(i)]
			}
			return true
		}
	}
	return false
}

// clockEnd reports whether word token i is the "m" that ends "a.m." or
// "p.m.".
func (r *recognizer) clockEnd(i int) bool {
	if i < 2 || r.lw(i) != "m" || !r.punct(i-1, '.') {
		return false
	}
	w := r.lw(i - 2)
	return w == "a" || w == "p"
}

// opensSentence holds words that open sentences and rarely follow a
// clock time inside one ("7 a.m. Monday", "9 a.m. EST" go on).
var opensSentence = wordSet("it", "the", "he", "she", "they", "we", "i", "this", "that", "there", "these",
	"those", "its", "his", "her", "their", "our", "but", "and", "a", "an", "in", "after", "before", "when",
	"while", "police", "officials")

// abbrev reports whether word token i is a common abbreviation that takes
// a period.
func (r *recognizer) abbrev(i int) bool {
	if r.toks[i].End-r.toks[i].Start == 1 {
		return true // initials and "U.S."
	}
	switch r.lw(i) {
	case "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "st", "no", "vs", "inc",
		"corp", "ltd", "co", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "mt", "ft", "capt", "sgt", "maj", "adm", "rev", "hon", "pres", "gens", "messrs", "approx",
		"dept", "est", "fig", "univ", "ave", "blvd", "rd":
		return true
	}
	return false
}

// cueUnset marks a token whose cue is not known yet in recognizer.cues.
const cueUnset Tense = 0xff

// cue returns the tense that token k gives as a cue, or Unknown. lo is the
// first token of k's sentence; since sentences do not overlap, the answer
// depends on k alone and is computed once.
func (r *recognizer) cue(k, lo int) Tense {
	if len(r.cues) != len(r.toks) {
		r.cues = slices.Grow(r.cues[:0], len(r.toks))[:len(r.toks)]
		for i := range r.cues {
			r.cues[i] = cueUnset
		}
	}
	if c := r.cues[k]; c != cueUnset {
		return c
	}
	c := r.cueAt(k, lo)
	r.cues[k] = c
	return c
}

// cueAt computes [recognizer.cue].
func (r *recognizer) cueAt(k, lo int) Tense {
	t := r.toks[k]
	if t.Kind != Word {
		return Unknown
	}
	// The second part of a compound is no verb: "second-placed",
	// "state-owned".
	if k >= 2 && r.dash(k-1) && r.glued(k-1) && r.glued(k) {
		return Unknown
	}
	w := r.lw(k)
	if len(w) > 3 && (w[len(w)-3:] == "'ll" || w[len(w)-3:] == "’ll") {
		return Future
	}
	if r.has(k, wFuture) {
		return Future
	}
	switch w {
	case "must", "should", "shall", "might":
		return Future
	case "may":
		// "he may travel": a possibility ahead. The month "May" is a
		// mention, not a cue, so a capitalised "May" is not seen here.
		if t.Has(Upper) && !r.sentenceStart(k) {
			return Unknown
		}
		return Future
	case "would", "could":
		for p := k - 1; p >= lo; p-- {
			if r.toks[p].Kind == Word && r.has(p, wReport) {
				return Future
			}
		}
		if w == "would" {
			// "the bill would take effect on 1 January, the minister
			// said": the report may follow, after a comma
			_, hi := r.sentenceBounds(k)
			comma := false
			for p := k + 1; p < hi; p++ {
				if r.toks[p].Kind == Punct && string(r.text(p)) == "," {
					comma = true
				} else if comma && r.toks[p].Kind == Word && r.has(p, wReport) {
					return Future
				}
			}
		}
		return Unknown
	case "is", "are", "am", "isn't", "aren't":
		if n := r.nextWordIndex(k, 2); n >= 0 && (r.has(n, wBeIntent) || r.has(n, wIntent)) {
			return Future
		}
		if n := r.nextWordIndex(k, 2); n >= 0 && hasSuffix(r.text(n), "ing") && !r.toks[n].Has(Upper) {
			return Future
		}
		return Present
	case "was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't":
		return Past
	case "has", "have", "hasn't", "haven't":
		if n := r.nextWordIndex(k, 2); n >= 0 {
			nw := r.lw(n)
			if nw == "been" || r.pastForm(n, nw) {
				return Past
			}
			if nw == "to" {
				return Future
			}
		}
		return Present
	case "ago", "earlier", "previously", "yesterday", "formerly":
		return Past
	case "next", "later", "soon":
		return Future
	}
	if r.has(k, wIntent) && r.isWord(k+1, "to") || r.has(k, wForecast) {
		return Future
	}
	if r.has(k, wForward) && (r.isWord(k+1, "for") || r.isWord(k+1, "to")) {
		if p := r.prevWord(k, 2); p == "was" || p == "were" || p == "had" {
			return Past
		}
		return Future
	}
	if strings.HasSuffix(w, "ed") && r.pastForm(k, w) && k >= 2 && r.toks[k-1].Kind == Word && !r.toks[k-1].Has(Upper) && r.toks[k-2].Kind == Word &&
		k+1 < len(r.toks) && r.toks[k+1].Kind == Word && !r.toks[k+1].Has(Upper) {
		// "asked to return affected stock", "will replace damaged
		// cables": after a verb that "to" or a modal opens, an -ed word
		// before a noun describes it
		switch r.lw(k - 2) {
		case "to", "will", "would", "shall", "should", "must", "can", "could", "may", "might":
			if !r.has(k-1, wIrregularPast) && !strings.HasSuffix(r.lw(k-1), "ed") && r.lw(k-1) != "be" && r.lw(k-1) != "have" {
				return Unknown
			}
		}
	}
	if r.pastForm(k, w) {
		// A participle takes the tense of its auxiliary: "will be held",
		// "is expected", "has been postponed", "to be signed". Only
		// auxiliaries and adverbs may stand between.
		for p := k - 1; p >= lo && p >= k-4; p-- {
			if r.toks[p].Kind != Word {
				break
			}
			switch pw := r.lw(p); pw {
			case "will", "shall", "would", "must", "should":
				return Future
			case "to":
				if r.isWord(p+1, "be") {
					return Future
				}
				return Unknown
			case "can", "could", "may", "might":
				// "can be reimposed in October": a possibility ahead; "could"
				// is as often the past of "can"
				if pw != "could" && r.isWord(p+1, "be") {
					return Future
				}
				return Present
			case "is", "are", "am", "being":
				if w == "scheduled" || w == "expected" || w == "planned" || w == "set" || w == "due" || w == "slated" {
					return Future
				}
				return Present
			case "be", "been", "not", "also", "already", "just", "still", "n't", "never", "recently", "reportedly", "has", "have", "had", "was", "were",
				"now", "then", "again", "instead", "first", "only", "soon", "finally", "probably", "likely",
				"eventually", "formally", "officially":
				continue // "will now be held"
			case "stay", "remain", "become", "get", "keep":
				continue // "will stay closed until 23 February"
			case "stays", "remains", "becomes", "gets", "keeps":
				return Present
			case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your":
				return Unknown // an adjective: "the expanded list"
			}
			break
		}
		return Past
	}
	return Unknown
}

// pastForm reports whether word token k (lower-cased w) looks like a past
// tense or participle.
func (r *recognizer) pastForm(k int, w string) bool {
	if r.has(k, wIrregularPast) {
		return true
	}
	if len(w) < 5 || w[len(w)-2:] != "ed" || r.has(k, wEdException) {
		return false
	}
	// A capitalised -ed word inside a sentence is a name: "United", "Ahmed".
	if r.toks[k].Has(Upper) && !r.sentenceStart(k) {
		return false
	}
	// An -ed word between a code letter or an -ly adverb and a noun
	// modifies the noun: "Series H preferred shares", "a previously
	// announced agreement".
	if p, n := k-1, k+1; p >= 0 && n < len(r.toks) && r.toks[p].Kind == Word && r.toks[n].Kind == Word && !r.toks[n].Has(Upper) && r.ents[n].cls == cNone {
		pw := r.text(p)
		if len(pw) == 1 && r.toks[p].Has(Upper) || hasSuffix(pw, "ly") && len(pw) > 4 {
			nw := r.lw(n)
			if !functionWord(nw) {
				return false
			}
		}
	}
	return true
}

// functionWord reports whether w is a determiner, preposition, pronoun or
// conjunction: a word after which an -ed form is a verb, not an adjective.
func functionWord(w string) bool {
	switch w {
	case "the", "a", "an", "to", "in", "on", "at", "by", "for", "from", "with", "that", "this", "his", "her",
		"its", "their", "it", "him", "them", "and", "or", "but", "as", "of", "into", "up", "down", "out", "off",
		"over", "after", "before", "since", "when", "while", "about", "against":
		return true
	}
	return false
}

// moverBefore reports whether one of the twelve tokens ending at token k,
// within the clause, is a verb that moves a date ("postponed his departure
// for the UN General Assembly in New York until Tuesday").
func (r *recognizer) moverBefore(k, lo int) bool {
	limit := k - 12
	for p := k; p >= lo && p > limit; p-- {
		if r.toks[p].Kind == Punct && r.clauseBreak(p) {
			return false
		}
		if r.punct(p, ',') {
			// "postponed its meeting, which had been set for 25 July,
			// to 9 September": the aside that gives the old date
			if q := r.asideOpen(p, lo); q >= 0 {
				limit -= p - q
				p = q
				continue
			}
		}
		if r.toks[p].Kind == Word && r.has(p, wMover) {
			return true
		}
	}
	return false
}

// asideOpen returns the comma that opens an aside giving an event's old
// date, when the comma at token k closes it (", which was set for
// Saturday,", ", set for Dec. 4,"); -1 otherwise.
func (r *recognizer) asideOpen(k, lo int) int {
	for q := k - 1; q >= lo && q > k-14; q-- {
		if r.toks[q].Kind != Punct {
			continue
		}
		if !r.punct(q, ',') {
			return -1
		}
		n := r.nextWordIndex(q, 0)
		if n < 0 || n != q+1 {
			return -1
		}
		switch r.lw(n) {
		case "which", "that", "set", "planned", "scheduled", "slated", "due", "originally", "initially", "first", "previously":
			return q
		}
		return -1
	}
	return -1
}

// movedFrom reports whether the mention in context c is the date an
// event was moved from ("pushed its investor day from January 20 to
// March 3"): the two dates are the old and the new one, not a range.
func (r *recognizer) movedFrom(c mentionContext) bool {
	return r.fn(c.a-1, fFrom) && r.moverBefore(c.a-2, c.lo)
}

// movers are verbs that move a date: what follows "to" or "until" after
// them lies ahead ("extended to Nov. 20", "postponed until Tuesday").
var movers = map[string]bool{
	"extended": true, "postponed": true, "delayed": true, "deferred": true, "moved": true, "pushed": true,
	"adjourned": true, "rescheduled": true, "extends": true, "postpones": true, "delays": true,
}

func hasSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}

// nextWordIndex returns the index of the next word token after k, skipping
// up to skip adverbs such as "not" and "also"; -1 if none.
func (r *recognizer) nextWordIndex(k, skip int) int {
	for n := k + 1; n < len(r.toks) && n <= k+1+skip; n++ {
		if r.toks[n].Kind != Word {
			return -1
		}
		switch r.lw(n) {
		case "not", "also", "already", "still", "now", "then", "expected", "n't", "currently", "just":
			if r.lw(n) == "expected" {
				return n
			}
			continue
		}
		return n
	}
	return -1
}

func (r *recognizer) prevWord(k, skip int) string {
	for p := k - 1; p >= 0 && p >= k-1-skip; p-- {
		if r.toks[p].Kind != Word {
			return ""
		}
		w := r.lw(p)
		switch w {
		case "not", "also", "already", "been", "being", "first", "originally", "initially", "previously", "once":
			continue // "was first set for", "had originally been scheduled for"
		}
		return w
	}
	return ""
}

// tenseAround returns the tense of the clause holding tokens [a, b): the
// tense of the nearest cue word in the sentence. Clause punctuation counts
// as extra distance, a comma before a conjunction ends the search, and a
// cue after the expression counts double unless the expression opens the
// sentence: English puts the verb before its dated phrase ("signed ... on
// 8 March") except when the date is fronted ("On 17 January, he will").
func (r *recognizer) tenseAround(a, b, lo, hi int) (Tense, int) {
	left, dl := Unknown, 1<<30
	d := 0
	for k := a - 1; k >= lo; k-- {
		d++
		if r.toks[k].Kind == Punct {
			if r.clauseBreak(k) {
				break
			}
			// Skip a relative clause between commas: "the cable, which
			// entered service in 2016, to take until the end of April".
			if r.punct(k, ',') && r.verbBetween(k+1, a) {
				if open := r.relativeClauseStart(k, lo); open >= 0 {
					d += 2
					k = open
					continue
				}
			}
			d += r.punctCost(k)
			continue
		}
		if tn := r.cue(k, lo); tn != Unknown {
			left, dl = tn, d
			break
		}
	}
	fronted := true
	for k := lo; k < a; k++ {
		if r.toks[k].Kind == Word && !r.cls(k, cFunc) && !r.cls(k, cApprox) {
			fronted = false
			break
		}
	}
	right, dr := Unknown, 1<<30
	d = 0
	for k := b; k < hi; k++ {
		d++
		if r.toks[k].Kind == Punct {
			if r.clauseBreak(k) {
				break
			}
			d += r.punctCost(k)
			continue
		}
		// "approved a loan in January and is due to review it": a
		// coordinated predicate after the date has a tense of its own.
		if (r.isWord(k, "and") || r.isWord(k, "but")) && k+1 < hi && r.cue(k+1, lo) != Unknown {
			break
		}
		// "wrote on Dec. 29 threatening to seek seats in May": an
		// intention looks ahead from itself, not back at a date before
		// it, unless that date opens the sentence
		if !fronted && r.has(k, wIntent) && r.isWord(k+1, "to") {
			continue
		}
		if tn := r.cue(k, lo); tn != Unknown {
			right, dr = tn, d
			break
		}
	}
	if !fronted && dr < 1<<30 {
		dr *= 2
	}
	if dr < dl {
		return right, dr
	}
	return left, dl
}

// verbBetween reports whether tokens [from, to) hold an infinitive marker
// or an auxiliary: the clause that goes on after a relative clause.
func (r *recognizer) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if r.toks[k].Kind != Word {
			continue
		}
		switch r.lw(k) {
		case "to", "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "must", "should":
			return true
		}
	}
	return false
}

// relativeClauseStart returns the index of the comma that opens a
// relative clause closed by the comma at k (", which ... ,"), or -1.
func (r *recognizer) relativeClauseStart(k, lo int) int {
	for p := k - 1; p > lo && p >= k-20; p-- {
		if r.punct(p, ',') {
			if r.isWord(p+1, "which") || r.isWord(p+1, "who") || r.isWord(p+1, "whose") || r.isWord(p+1, "where") {
				return p
			}
			return -1
		}
	}
	return -1
}

// clauseBreak reports whether punctuation token k ends a clause for tense:
// a semicolon, or a comma before "and", "but", "while" or "whereas".
func (r *recognizer) clauseBreak(k int) bool {
	switch r.src[r.toks[k].Start] {
	case ';':
		return true
	case ',':
		return r.isWord(k+1, "and") || r.isWord(k+1, "but") || r.isWord(k+1, "while") || r.isWord(k+1, "whereas")
	}
	return false
}

// punctCost is the extra distance of crossing punctuation token k: commas,
// quotes, dashes and brackets separate phrases; a period inside a number
// or a currency sign does not.
func (r *recognizer) punctCost(k int) int {
	switch r.src[r.toks[k].Start] {
	case ',', ':', '(', ')', '"', '\'', '-', 0xe2:
		return 2
	}
	return 0
}
