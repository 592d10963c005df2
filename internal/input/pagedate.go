package input

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageRank orders the places where a page states its date, the most
// trusted first. Every published date outranks every modified one: a page
// updated a week after it appeared still reports what it reported then.
type pageRank uint8

const (
	rankPublishedTime    pageRank = iota // <meta property="article:published_time">, og: forms too
	rankMetaDate                         // <meta name="date">
	rankPubdate                          // <meta name="pubdate">, <time pubdate>
	rankDublinCore                       // DC.date, DC.date.issued, dcterms.created
	rankParsely                          // parsely-pub-date
	rankSailthru                         // sailthru.date
	rankItemprop                         // itemprop="datePublished" on meta, time or another element
	rankJSONLD                           // datePublished of a JSON-LD article
	rankHeaderTime                       // <time datetime> in the article's header
	rankFirstTime                        // the first <time datetime> before the article's text
	rankCanonical                        // a day in <link rel="canonical">
	rankOGURL                            // a day in og:url
	rankModifiedTime                     // article:modified_time, og:updated_time
	rankItempropModified                 // itemprop="dateModified"
	rankJSONLDModified                   // dateModified of a JSON-LD article
	rankCount
)

// pageMetaRanks maps the lower-cased property, name or itemprop of a
// <meta> element to the rank of its content.
var pageMetaRanks = map[string]pageRank{
	"article:published_time":    rankPublishedTime,
	"og:article:published_time": rankPublishedTime,
	"og:published_time":         rankPublishedTime,
	"date":                      rankMetaDate,
	"pubdate":                   rankPubdate,
	"dc.date":                   rankDublinCore,
	"dc.date.issued":            rankDublinCore,
	"dcterms.created":           rankDublinCore,
	"dcterms.issued":            rankDublinCore,
	"parsely-pub-date":          rankParsely,
	"sailthru.date":             rankSailthru,
	"datepublished":             rankItemprop,
	"article:modified_time":     rankModifiedTime,
	"og:article:modified_time":  rankModifiedTime,
	"og:updated_time":           rankModifiedTime,
	"datemodified":              rankItempropModified,
}

// pageFound is the date found at one rank, the first valid one in the
// page's order.
type pageFound struct {
	date   time.Time
	reason string
}

// pageScan is the state of [PageDate] as it reads a page.
type pageScan struct {
	found [rankCount]pageFound

	skip          int    // depth inside nav, aside and footer
	article, main int    // depth inside article and main
	headers       []bool // open header elements: true for the article's
	articleHeader int    // how many of headers are the article's
	articleText   bool   // a paragraph of an article has begun
	pageText      bool   // a paragraph of the page has begun
	hasArticle    bool

	// the first <time datetime> before the text begins, for a page with
	// an article and for one without
	timeBeforeArticleText, timeBeforePageText pageFound

	ldJSON  bool // inside <script type="application/ld+json">
	ldText  []byte
	timeTag *pageTime // a <time> without datetime, whose text is its value
}

// pageTime is an open <time> element that states a date in its text.
type pageTime struct {
	rank   pageRank
	reason string
	text   strings.Builder
}

// PageDate returns the publication date an HTML page states about itself,
// and where it found it as a phrase ("the page's article:published_time
// meta tag"). It looks, in this order, at the meta tags
// article:published_time (og:article:published_time, og:published_time),
// date, pubdate, DC.date (DC.date.issued, dcterms.created,
// dcterms.issued), parsely-pub-date and sailthru.date; at
// itemprop="datePublished"; at the datePublished of a JSON-LD Article,
// NewsArticle (or any *NewsArticle) or BlogPosting, also inside @graph; at
// a <time datetime> in the article's header, else the first one before the
// article's first paragraph; and at a day in the path of the canonical
// URL, else of og:url (see [URLDate]). Only when none of these gives a
// date does it take a date of change: article:modified_time
// (og:updated_time), itemprop="dateModified", then JSON-LD dateModified.
//
// A value that is not a valid date ("2024-02-30") is passed over. A
// timestamp gives its calendar day in its own zone: 2024-03-12T23:30-05:00
// is 12 March. The date returned is midnight UTC of that day.
func PageDate(page []byte) (time.Time, string, bool) {
	f, _ := pageDate(page)
	return f.date, f.reason, f.reason != ""
}

// pageDate is [PageDate] that also reports whether the date is only one
// of change, which a dateline in the text should beat.
func pageDate(page []byte) (pageFound, bool) {
	var s pageScan
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return s.best()
		case html.StartTagToken, html.SelfClosingTagToken:
			s.start(z, tt == html.SelfClosingTagToken)
			if s.found[rankPublishedTime].reason != "" {
				return s.best() // nothing ranks higher
			}
		case html.EndTagToken:
			s.end(z)
		case html.TextToken:
			if s.ldJSON {
				s.ldText = append(s.ldText, z.Text()...)
			} else if s.timeTag != nil {
				s.timeTag.text.Write(z.Text())
			}
		}
	}
}

// best returns the date of the highest rank found, and whether it is one
// of change.
func (s *pageScan) best() (pageFound, bool) {
	if s.hasArticle {
		s.found[rankFirstTime] = s.timeBeforeArticleText
	} else {
		s.found[rankFirstTime] = s.timeBeforePageText
	}
	for r, f := range s.found {
		if f.reason != "" {
			return f, pageRank(r) >= rankModifiedTime
		}
	}
	return pageFound{}, false
}

// add keeps the date of value at rank r unless that rank has one already.
// reason says where value was found.
func (s *pageScan) add(r pageRank, value, reason string) {
	if s.found[r].reason != "" {
		return
	}
	if d, ok := parsePageTime(value); ok {
		if r >= rankModifiedTime {
			reason += ", as it gives no date of publication"
		}
		s.found[r] = pageFound{d, reason}
	}
}

// pageAttrs are the attributes of a tag that PageDate reads.
type pageAttrs struct {
	property, name, itemprop, content, datetime, rel, href, typ string
	pubdate                                                     bool
}

// readPageAttrs reads the attributes of the current tag. Of an element
// other than meta, link, script and time only itemprop and content
// matter, and only those are copied.
func readPageAttrs(z *html.Tokenizer, tag atom.Atom) pageAttrs {
	var a pageAttrs
	all := tag == atom.Meta || tag == atom.Link || tag == atom.Script || tag == atom.Time
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if !all && string(k) != "itemprop" && string(k) != "content" {
			continue
		}
		switch string(k) {
		case "property":
			a.property = string(v)
		case "name":
			a.name = string(v)
		case "itemprop":
			a.itemprop = string(v)
		case "content":
			a.content = string(v)
		case "datetime":
			a.datetime = string(v)
		case "rel":
			a.rel = string(v)
		case "href":
			a.href = string(v)
		case "type":
			a.typ = string(v)
		case "pubdate":
			a.pubdate = true
		}
	}
	return a
}

func (s *pageScan) start(z *html.Tokenizer, selfClosing bool) {
	name, hasAttr := z.TagName()
	tag := atom.Lookup(name)
	var a pageAttrs
	if hasAttr {
		a = readPageAttrs(z, tag)
	}
	open := !selfClosing && !htmlVoid[tag]
	switch tag {
	case atom.Meta:
		s.meta(a)
		return
	case atom.Link:
		if a.href != "" && hasField(a.rel, "canonical") {
			if d, ok := URLDate(a.href); ok && s.found[rankCanonical].reason == "" {
				s.found[rankCanonical] = pageFound{d, "the page's canonical URL"}
			}
		}
		return
	case atom.Script:
		if open && strings.EqualFold(strings.TrimSpace(a.typ), "application/ld+json") {
			s.ldJSON, s.ldText = true, s.ldText[:0]
		}
		return
	case atom.Nav, atom.Aside, atom.Footer:
		if open {
			s.skip++
		}
	case atom.Article:
		s.hasArticle = true
		if open {
			s.article++
		}
	case atom.Main:
		if open {
			s.main++
		}
	case atom.Header:
		if open {
			mine := s.article > 0 || s.main > 0
			s.headers = append(s.headers, mine)
			if mine {
				s.articleHeader++
			}
		}
	case atom.P:
		if s.skip == 0 && len(s.headers) == 0 {
			s.pageText = true
			if s.article > 0 {
				s.articleText = true
			}
		}
	case atom.Time:
		s.time(a, open)
		return
	}
	if a.itemprop != "" && s.skip == 0 {
		if r, ok := itempropRank(a.itemprop); ok {
			s.add(r, a.content, itempropReason(r))
		}
		if hasField(a.itemprop, "articleBody") {
			s.articleText, s.pageText = true, true
		}
	}
}

// meta reads a <meta> element. One in navigation, an aside or a footer
// describes something else, such as a related article.
func (s *pageScan) meta(a pageAttrs) {
	if s.skip > 0 {
		return
	}
	for _, key := range []string{a.property, a.name, a.itemprop} {
		if key = strings.TrimSpace(key); key == "" {
			continue
		}
		lower := strings.ToLower(key)
		if lower == "og:url" {
			if d, ok := URLDate(a.content); ok && s.found[rankOGURL].reason == "" {
				s.found[rankOGURL] = pageFound{d, "the page's og:url"}
			}
			continue
		}
		r, ok := pageMetaRanks[lower]
		if !ok {
			continue
		}
		reason := "the page's " + key + " meta tag"
		if (r == rankItemprop || r == rankItempropModified) && key == strings.TrimSpace(a.itemprop) {
			reason = itempropReason(r)
		}
		s.add(r, a.content, reason)
	}
}

// time reads a <time> element: a datetime attribute, else its text, is
// its value. One in navigation, an aside or a footer dates something else.
func (s *pageScan) time(a pageAttrs, open bool) {
	if s.skip > 0 {
		return
	}
	r, reason := rankCount, ""
	if ir, ok := itempropRank(a.itemprop); ok {
		r, reason = ir, itempropReason(ir)
	} else if a.pubdate {
		r, reason = rankPubdate, "the page's <time pubdate>"
	}
	if a.datetime == "" {
		if r < rankCount && open {
			s.timeTag = &pageTime{rank: r, reason: reason}
		}
		return
	}
	if r < rankCount {
		s.add(r, a.datetime, reason)
		return
	}
	if s.articleHeader > 0 {
		s.add(rankHeaderTime, a.datetime, "the page's <time> in the article's header")
		return
	}
	if len(s.headers) > 0 {
		return // the site's header: a date there is the day it was served
	}
	d, ok := parsePageTime(a.datetime)
	if !ok {
		return
	}
	if !s.articleText && s.timeBeforeArticleText.reason == "" {
		s.timeBeforeArticleText = pageFound{d, "the page's first <time> before the article's text"}
	}
	if !s.pageText && s.timeBeforePageText.reason == "" {
		s.timeBeforePageText = pageFound{d, "the page's first <time> before its text"}
	}
}

func (s *pageScan) end(z *html.Tokenizer) {
	name, _ := z.TagName()
	switch atom.Lookup(name) {
	case atom.Script:
		if s.ldJSON {
			s.ldJSON = false
			s.jsonLD(s.ldText)
		}
	case atom.Time:
		if t := s.timeTag; t != nil {
			s.timeTag = nil
			s.add(t.rank, t.text.String(), t.reason)
		}
	case atom.Nav, atom.Aside, atom.Footer:
		s.skip = max(0, s.skip-1)
	case atom.Article:
		s.article = max(0, s.article-1)
	case atom.Main:
		s.main = max(0, s.main-1)
	case atom.Header:
		if n := len(s.headers); n > 0 {
			if s.headers[n-1] {
				s.articleHeader--
			}
			s.headers = s.headers[:n-1]
		}
	}
}

// itempropRank returns the rank of an itemprop attribute, which may name
// several properties.
func itempropRank(v string) (pageRank, bool) {
	switch {
	case hasField(v, "datePublished"):
		return rankItemprop, true
	case hasField(v, "dateModified"):
		return rankItempropModified, true
	}
	return 0, false
}

// itempropReason names an itemprop of rank r as a source.
func itempropReason(r pageRank) string {
	if r == rankItempropModified {
		return "the page's itemprop dateModified"
	}
	return "the page's itemprop datePublished"
}

// hasField reports whether the space-separated list v holds word, in any
// case.
func hasField(v, word string) bool {
	for _, f := range strings.Fields(v) {
		if strings.EqualFold(f, word) {
			return true
		}
	}
	return false
}

// jsonLD reads the dates of the articles a JSON-LD block describes: the
// block itself, the items of a top-level array, and the items of @graph.
// A block that is not valid JSON is passed over.
func (s *pageScan) jsonLD(b []byte) {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return
	}
	s.jsonLDValue(v, 0)
}

func (s *pageScan) jsonLDValue(v any, depth int) {
	if depth > 4 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			s.jsonLDValue(item, depth+1)
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			s.add(rankJSONLD, jsonLDString(v["datePublished"]), "the page's JSON-LD datePublished")
			s.add(rankJSONLDModified, jsonLDString(v["dateModified"]), "the page's JSON-LD dateModified")
		}
		if g, ok := v["@graph"]; ok {
			s.jsonLDValue(g, depth+1)
		}
	}
}

// jsonLDString returns v when it is a string, or the first item of a list
// when that is one.
func jsonLDString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		if len(v) > 0 {
			if s, ok := v[0].(string); ok {
				return s
			}
		}
	}
	return ""
}

// isArticleType reports whether a JSON-LD @type, a string or a list of
// them, names an article: Article, BlogPosting, NewsArticle or one of its
// kinds (ReportageNewsArticle, AnalysisNewsArticle, ...). A prefix such
// as "schema:" or "https://schema.org/" is ignored.
func isArticleType(v any) bool {
	switch v := v.(type) {
	case string:
		if i := strings.LastIndexAny(v, "/:"); i >= 0 {
			v = v[i+1:]
		}
		return v == "Article" || v == "BlogPosting" || strings.HasSuffix(v, "NewsArticle")
	case []any:
		for _, t := range v {
			if isArticleType(t) {
				return true
			}
		}
	}
	return false
}

// pageTimeLayouts are the forms of a date in page metadata, tried in
// order before anything slower. time.Parse takes fractional seconds after
// the seconds of any of them.
var pageTimeLayouts = []string{
	time.RFC3339,                // 2024-03-12T10:00:00Z, 2024-03-12T10:00:00+01:00
	"2006-01-02T15:04:05Z0700",  // 2024-03-12T10:00:00+0100
	"2006-01-02T15:04:05",       // no zone
	"2006-01-02T15:04Z07:00",    // no seconds
	"2006-01-02T15:04",          // no seconds, no zone
	"2006-01-02",                // the day alone
	"2006-01-02 15:04:05Z07:00", // a space for the T
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	time.RFC1123Z, // Tue, 12 Mar 2024 10:00:00 +0000
	time.RFC1123,  // Tue, 12 Mar 2024 10:00:00 GMT
}

// parsePageTime reads a date from page metadata: first with
// [pageTimeLayouts], then, for other fully written dates, with [ParseRef].
// A value that begins like an ISO date is read as one or not at all, so
// that an impossible day is not moved to a possible one. The day is the
// calendar day written, in the value's own zone.
func parsePageTime(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 64 {
		return time.Time{}, false
	}
	for _, layout := range pageTimeLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return pageDay(t)
		}
	}
	if len(v) >= 10 && isISODate(v[:10]) {
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil || len(v) > 10 && v[10] != 'T' && v[10] != 't' && v[10] != ' ' {
			return time.Time{}, false
		}
		return pageDay(t)
	}
	t, err := ParseRef(v)
	if err != nil {
		return time.Time{}, false
	}
	return pageDay(t)
}

// pageDay returns midnight UTC of t's calendar day, if its year is a
// plausible one for a publication.
func pageDay(t time.Time) (time.Time, bool) {
	if t.Year() < 1000 || t.Year() > 2999 {
		return time.Time{}, false
	}
	return dateOf(t), true
}

// isISODate reports whether s has the shape "dddd-dd-dd".
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && !isASCIIDigit(s[i]) {
			return false
		}
	}
	return true
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }
