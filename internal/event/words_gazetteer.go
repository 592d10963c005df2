package event

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

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
	// gazEntries maps lower-case token sequences, joined by spaces, to
	// entries; gazMax is the longest sequence in tokens.
	gazEntries = map[string]anEntry{}
	gazMax     int
	// gazFirst maps the first word of each entry to the longest entry
	// starting with it, so most words are dismissed with one lookup.
	gazFirst = map[string]int{}
	// gazOnce builds the tables above, and datelineCapitals, on first
	// use rather than at start-up, which "timeline dates" does not need.
	gazOnce sync.Once
)

// anGazetteer returns the gazetteer: gazEntries, built on first use.
func anGazetteer() map[string]anEntry { gazOnce.Do(buildGazetteer); return gazEntries }

// anGazFirst returns gazFirst, built on first use.
func anGazFirst() map[string]int { gazOnce.Do(buildGazetteer); return gazFirst }

// anCountries lists the UN member and observer states and a few others:
// canonical name | other names | demonyms | capitals and seats of power.
//
// The list is kept in data/countries.txt, which documents its format.
//
//go:embed data/countries.txt
var anCountries string

// anOrgs lists organisations: canonical name | other names.
//
// The list is kept in data/organisations.txt, which documents its format.
//
//go:embed data/organisations.txt
var anOrgs string

// anMediaNames lists news outlets, which report events but take no part.
//
// The list is kept in data/media.txt, which documents its format.
//
//go:embed data/media.txt
var anMediaNames string

// buildGazetteer fills the gazetteer's tables from the embedded lists;
// gazOnce runs it.
func buildGazetteer() {
	add := func(alias string, e anEntry) {
		var parts []string
		for _, t := range Tokenize(alias) {
			parts = append(parts, t.low)
		}
		if len(parts) == 0 {
			return
		}
		key := strings.Join(parts, " ")
		if _, ok := gazEntries[key]; ok && e.kind != anCountry {
			return // a country's own name wins
		}
		gazEntries[key] = e
		gazMax = max(gazMax, len(parts))
		gazFirst[parts[0]] = max(gazFirst[parts[0]], len(parts))
	}
	var tableNames []string
	for _, line := range dataLines(anCountries) {
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
	for _, line := range dataLines(anOrgs) {
		name, rest, _ := strings.Cut(line, "|")
		add(name, anEntry{name: name, kind: anOrg})
		add("the "+name, anEntry{name: name, kind: anOrg})
		for _, s := range anList(rest) {
			add(s, anEntry{name: name, kind: anOrg})
		}
	}
	for _, s := range dataLines(anMediaNames) {
		add(s, anEntry{name: s, kind: anMedia})
		add("the "+s, anEntry{name: s, kind: anMedia})
	}
	// Plural demonyms that do not end in s: "the French", "the British".
	for _, s := range []string{"the french", "the british", "the chinese", "the japanese", "the dutch", "the swiss"} {
		if e, ok := gazEntries[strings.TrimPrefix(s, "the ")]; ok {
			gazEntries[s] = anEntry{name: e.name, kind: anDemonym, plural: true}
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

//go:embed data/words.txt
var wordsText string

func init() {
	classes := map[string]map[string]bool{
		"statenoun": anStateNoun, "title": anTitle, "titlemod": anTitleMod, "orghead": anOrgHead,
		"mediahead": anMediaHead, "placemod": anPlaceMod, "official": anOfficial,
		"labour": anLabour, "military": anMilitary, "change": anChange, "facility": anFacility,
		"region": anRegion, "organ": anOrgan, "regulator": anRegulator, "prize": anPrize,
	}
	for n, line := range dataLines(wordsText) {
		class, words, _ := strings.Cut(line, ":")
		m, ok := classes[strings.TrimSpace(class)]
		if !ok {
			panic(fmt.Sprintf("timeline: data/words.txt: entry %d: unknown class %q", n+1, class))
		}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
}

// dataLines returns the lines of an embedded data file that are neither
// blank nor comments (starting with #), trimmed of surrounding space.
func dataLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// anFacility lists the nouns of built places that end a name no actor
// bears ("La Aurora International Airport"), and anRegion the nouns of
// the parts of a country ("Sudan's South Kordofan state").
var anFacility, anRegion = map[string]bool{}, map[string]bool{}

// anPrize lists the nouns of things won that end a name: "the Hawkins
// Shield" and "the Booker Prize" are won, and take no part.
var anPrize = map[string]bool{}

// anOrgan lists the nouns of the bodies and voices through which an
// organisation or a state acts ("board", "ministry", "spokesman"), and
// anRegulator the nouns that point back to the public body named last
// ("the watchdog").
var anOrgan, anRegulator = map[string]bool{}, map[string]bool{}

// anLabour and anMilitary list the words that make a strike a stoppage
// of work ("workers", "union", "pay") or an attack ("drone", "troops").
var anLabour, anMilitary = map[string]bool{}, map[string]bool{}

// anOfficial lists titles that make a person speak for a state, so that
// "Iranian President Masoud Pezeshkian" is "Iran (Masoud Pezeshkian)" but
// "a Taiwanese businessman, Lin Chia-hao" is only "Lin Chia-hao".
var anOfficial = map[string]bool{}
