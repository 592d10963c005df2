package syntax

import (
	"strings"
)

// tkAbbr is a kind of abbreviation, by how its full stop behaves.
type tkAbbr uint8

const (
	tkNotAbbrev  tkAbbr = iota
	tkAbbrTitle         // never ends a sentence: "Mr.", "St.", "e.g."
	tkAbbrNumber        // an abbreviation only before a number: "No. 1"
	tkAbbrName          // ends one before a typical sentence start: "U.S.", "Inc.", "J."
	tkAbbrEndCap        // ends one before any capital: "etc.", "p.m."
)

// tkAbbrevs maps lower-case abbreviations (without their last full stop)
// to their kind; months and weekdays count only when capitalised.
var tkAbbrevs = map[string]tkAbbr{}

// tkCapAbbrevs are abbreviations only when they start with a capital:
// "Sat." and "Jan." but not "sat." or "jan.".
var tkCapAbbrevs = map[string]bool{}

// tkStarter lists words that typically start a sentence.
var tkStarter = map[string]bool{}

// tkClockNext lists capitalised words that may follow "a.m." or "p.m."
// inside a sentence.
var tkClockNext = map[string]bool{}

// tkPrefixes lists prefixes that keep their hyphen ("non-stop",
// "e-mail", "mid-August"); EWT splits other hyphenated words.
var tkPrefixes = map[string]bool{}

// tkExts lists file name extensions and top-level domains that keep the
// full stop before them ("enron.com", "report.doc").
var tkExts = map[string]bool{}

func init() {
	for _, w := range []string{
		"mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
		"cmdr", "rev", "gov", "sen", "sens", "rep", "reps", "pres", "hon", "st", "ft", "mt", "vs", "v",
		"e.g", "i.e", "eg", "cf", "approx", "a.k.a", "attn", "esp", "atty", "supt", "drs", "ps", "p.s",
	} {
		tkAbbrevs[w] = tkAbbrTitle
	}
	for _, w := range []string{"no", "nos", "vol", "p", "pp", "art", "fig", "sec", "ch", "ext", "para", "tel", "ph"} {
		tkAbbrevs[w] = tkAbbrNumber
	}
	for _, w := range []string{"inc", "corp", "co", "ltd", "llc", "plc", "bros", "ave", "blvd", "rd",
		"dept", "univ", "assn", "al", "jr", "sr", "sts", "pvt", "l.p", "u.s", "u.k", "u.n", "d.c", "e.u", "u.s.a", "l.a"} {
		tkAbbrevs[w] = tkAbbrName
	}
	for _, w := range []string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"} {
		tkAbbrevs[w] = tkAbbrName
		tkCapAbbrevs[w] = true
	}
	for _, w := range []string{"etc", "ect", "a.m", "p.m"} {
		tkAbbrevs[w] = tkAbbrEndCap
	}
	for _, w := range []string{
		"the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
		"our", "my", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in",
		"on", "at", "for", "from", "by", "with", "after", "before", "when", "while", "as", "if",
		"since", "although", "though", "however", "meanwhile", "also", "then", "now", "today",
		"what", "who", "why", "how", "where", "not", "no", "yes", "thanks", "thank", "please",
		"here", "some", "many", "most", "all", "both", "each", "every", "is", "are", "do", "does",
		"did", "can", "will", "would", "should", "could", "let", "just", "maybe", "hi", "hello",
		"ok", "okay", "one", "another", "other", "such", "because", "still", "even", "only",
		"i'm", "it's", "don't", "i've", "i'd", "i'll", "you're", "we're", "they're", "that's",
	} {
		tkStarter[w] = true
	}
	for _, w := range []string{
		"gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
		"cet", "bst", "eastern", "central", "pacific", "mountain", "local", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
		"sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec", "to", "until", "till", "through", "houston", "time",
	} {
		tkClockNext[w] = true
	}
	for _, w := range []string{
		"e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub",
		"semi", "cross", "neo", "psycho", "socio", "intra", "inter", "arch", "counter", "ultra",
		"bi", "tri", "uni", "un", "de", "mis", "micro", "macro", "mega", "meta", "extra", "infra",
		"trans", "pseudo", "quasi", "hyper", "super",
	} {
		tkPrefixes[w] = true
	}
	for _, w := range []string{
		"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "uk", "ca", "au", "de", "fr",
		"io", "us", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "htm", "html", "php",
		"asp", "aspx", "jpg", "jpeg", "gif", "png", "zip", "exe", "url", "csv", "xml", "js", "mp3",
		"avi", "mov", "wav", "rtf", "tif", "dat",
	} {
		tkExts[w] = true
	}
}

// tkAbbrevClass returns the kind of abbreviation w (the text before a
// full stop) is, if any.
func tkAbbrevClass(w string) tkAbbr {
	if len(w) == 0 || len(w) > 8 {
		return tkNotAbbrev
	}
	if len(w) == 1 {
		if c := w[0]; tkIsLetter(c) && c != 'I' && c != 'i' && c != 'a' {
			return tkAbbrName // an initial
		}
		return tkNotAbbrev
	}
	var buf [8]byte
	lw, ok := tkLower(buf[:], w)
	if !ok {
		return tkNotAbbrev
	}
	if cls, found := tkAbbrevs[lw]; found {
		if tkCapAbbrevs[lw] && !(w[0] >= 'A' && w[0] <= 'Z') {
			return tkNotAbbrev
		}
		return cls
	}
	// letters with inner full stops: "F.O.B", "M.D", "T.V"
	if strings.IndexByte(w, '.') > 0 {
		ok := true
		n := 0
		for i := 0; i < len(w); i++ {
			if w[i] == '.' {
				n = 0
				continue
			}
			if !tkIsLetter(w[i]) {
				ok = false
				break
			}
			n++
			if n > 2 {
				ok = false
				break
			}
		}
		if ok {
			return tkAbbrName
		}
	}
	return tkNotAbbrev
}

// tkEmoticons lists emoticons kept as one token.
var tkEmoticons = [...]string{
	":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":'(", ">:(", "^_^", "-_-", "^^",
	":)", ":(", ";)", ":D", ":P", ":p", ":/", ":O", ":o", ":|", "=)", "=(", "<3", "(:",
}

// tkEmoticon returns the end of an emoticon at text[i], or i.
func tkEmoticon(s string, i, b int) int {
	switch s[i] {
	case ':', ';', '=', '^', '-', '<', '>', '(':
	default:
		return i
	}
	for _, e := range tkEmoticons {
		if strings.HasPrefix(s[i:b], e) {
			end := i + len(e)
			if end < b && (tkIsWordAt(s, end) || s[end] == ')' || s[end] == '(') {
				continue
			}
			if e == "(:" && end < b {
				continue
			}
			if e == "^^" && end < b && s[end] == '^' {
				continue
			}
			return end
		}
	}
	return i
}

// tkPrefix reports whether w keeps a hyphen after it.
func tkPrefix(w string) bool {
	var buf [8]byte
	lw, ok := tkLower(buf[:], w)
	return ok && tkPrefixes[lw]
}

// tkIsExt reports whether w is a known file extension or domain.
func tkIsExt(w string) bool {
	var buf [8]byte
	lw, ok := tkLower(buf[:], w)
	return ok && tkExts[lw]
}
