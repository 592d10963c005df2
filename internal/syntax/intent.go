package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// intentVerbs lists the third-person forms of the verbs of intending,
// hoping and undertaking that are also plural nouns ("plans", "offers",
// "pledges"). The treebank the tagger learns from is web text, where
// "X plans to" hardly occurs; in news it opens sentence after sentence
// ("The institute plans to publish the data"), and the tagger reads
// the verb as a noun compounded with its subject.
var intentVerbs = []string{
	"plans", "needs", "hopes", "aims", "vows", "pledges", "promises", "offers", "wants",
	"seeks", "intends", "expects", "threatens", "moves", "agrees", "refuses", "fails",
	"decides", "tries", "prepares", "attempts", "wishes", "struggles", "proposes",
}

// intentVerb reports whether form is one of intentVerbs, in any case.
func intentVerb(form string) bool {
	if len(form) < 4 || form[len(form)-1] != 's' && form[len(form)-1] != 'S' {
		return false
	}
	for _, v := range intentVerbs {
		if strings.EqualFold(form, v) {
			return true
		}
	}
	return false
}

// fixIntent retags as a present-tense verb a word of intentVerbs tagged
// as a noun when it stands between its subject and "to" with a bare
// verb, before any verb of its sentence: "The company plans to cut 200
// jobs", "Lindqvist plans to stand down", "It plans to appeal". A
// possessive before it keeps the noun ("its plans to", "Iran's plans
// to"), as does a verb before it ("announced plans to"). ws holds the
// words' tags, which the parser reads.
func (p *Parser) fixIntent(s *Sentence, ws []wordInfo) {
	if p.m.vbz < 0 {
		return
	}
	for i := 1; i+2 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return // a verb before: the subject, if any, is behind it
		}
		if w.UPOS != "NOUN" || !intentVerb(w.Form) {
			continue
		}
		if !strings.EqualFold(s.Words[i+1].Form, "to") || s.Words[i+2].XPOS != "VB" {
			continue
		}
		switch prev := s.Words[i-1]; {
		case prev.UPOS == "NOUN" || prev.UPOS == "PROPN":
		case prev.UPOS == "PRON" && prev.XPOS == "PRP":
		default:
			continue
		}
		ws[i].tag = p.m.vbz
		w.UPOS, w.XPOS = p.m.tags.upos[p.m.vbz], p.m.tags.xpos[p.m.vbz]
		return
	}
}

// sayingForms lists the forms of the verbs of saying and finding whose
// "that" opens what was said: "said on Saturday that members would
// strike", "told reporters yesterday that".
var sayingForms = []string{
	"said", "says", "say", "told", "tells", "tell", "announced", "announces", "added", "adds",
	"warned", "warns", "reported", "reports", "stated", "states", "confirmed", "confirms", "claimed",
	"claims", "insisted", "insists", "denied", "denies", "noted", "notes", "explained", "revealed",
	"argued", "acknowledged", "admitted", "wrote", "writes", "agreed", "decided", "ruled", "found",
	"conceded", "stressed", "indicated", "predicted", "promised", "pledged", "vowed", "threatened",
}

// fixThat retags as a subordinating conjunction a "that" tagged as a
// relative pronoun when a verb of saying stands before it with only a
// phrase of time or place, or its hearer, between: in "said on
// Saturday that members would strike" the clause is what was said, not
// a relative clause of "Saturday". Web text, which the tagger learns
// from, seldom puts a date between the verb and its "that"; news does
// it in sentence after sentence.
func (p *Parser) fixThat(s *Sentence, ws []wordInfo) {
	if p.m.sconj < 0 {
		return
	}
	for i := 2; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.UPOS != "PRON" || !strings.EqualFold(w.Form, "that") {
			continue
		}
		between := 0
		for k := i - 1; k >= 0 && between <= 6; k-- {
			x := s.Words[k]
			if x.UPOS == "VERB" {
				if saying(x.Form) && between > 0 {
					ws[i].tag = p.m.sconj
					w.UPOS, w.XPOS = p.m.tags.upos[p.m.sconj], p.m.tags.xpos[p.m.sconj]
				}
				break
			}
			switch x.UPOS {
			case "ADP", "DET", "NUM", "PROPN", "NOUN", "ADJ", "ADV", "PRON":
				between++
				continue
			}
			break
		}
	}
}

// saying reports whether form is one of sayingForms, in any case.
func saying(form string) bool {
	for _, f := range sayingForms {
		if strings.EqualFold(form, f) {
			return true
		}
	}
	return false
}

// fixName retags as a proper noun a capitalised word with a letter
// outside ASCII that the tagger read as punctuation, a symbol, a
// conjunction or a foreign word: "Seán", "Ángela", "Héctor". The
// tagger's word shape maps every byte outside ASCII to one class, so
// such a name can look to it like a mark of punctuation.
func (p *Parser) fixName(s *Sentence, ws []wordInfo) {
	if p.m.nnp < 0 {
		return
	}
	for i := range s.Words {
		w := &s.Words[i]
		switch w.UPOS {
		case "PUNCT", "SYM", "CCONJ", "X":
		default:
			continue
		}
		if !capitalisedBeyondASCII(w.Form) {
			continue
		}
		ws[i].tag = p.m.nnp
		w.UPOS, w.XPOS = p.m.tags.upos[p.m.nnp], p.m.tags.xpos[p.m.nnp]
	}
}

// capitalisedBeyondASCII reports whether form is a word of letters that
// starts with a capital and has a letter outside ASCII.
func capitalisedBeyondASCII(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) {
		return false
	}
	wide := false
	for _, r := range form {
		switch {
		case r == '-' || r == '\'' || r == '’':
		case !unicode.IsLetter(r):
			return false
		case r >= utf8.RuneSelf:
			wide = true
		}
	}
	return wide
}

// currencies lists the plural names of currencies that the web text the
// tagger learns from hardly has, so that it reads them after an amount
// as adjectives ("640 million kroner", "kroner" as a comparative).
var currencies = []string{
	"kroner", "kronor", "kronur", "krona", "zloty", "zlotys", "forints", "rupees", "rupiah", "shillings",
	"naira", "rand", "dirhams", "riyals", "reais", "pesos", "lire", "yuan", "roubles", "rubles", "hryvnias",
}

// fixCurrency retags as a plural noun a currency of currencies that the
// tagger read as anything but a noun, after a number: "a loss of 640
// million kroner on 3 May" has its date hang on the loss, not on
// "kroner".
func (p *Parser) fixCurrency(s *Sentence, ws []wordInfo) {
	if p.m.nns < 0 {
		return
	}
	for i := 1; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.UPOS == "NOUN" || w.UPOS == "PROPN" || s.Words[i-1].UPOS != "NUM" {
			continue
		}
		for _, c := range currencies {
			if strings.EqualFold(w.Form, c) {
				ws[i].tag = p.m.nns
				w.UPOS, w.XPOS = p.m.tags.upos[p.m.nns], p.m.tags.xpos[p.m.nns]
				break
			}
		}
	}
}
