package input

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// newsPage builds a news page of a few kilobytes in the shape that
// publishing systems write: head holds the page's metadata, byline the
// article's header after its headline, and lead what comes between the
// header and the first paragraph.
func newsPage(head, byline, lead string) string {
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Central bank holds rates as inflation cools | Daily Ledger</title>
<meta name="description" content="The central bank kept its main rate at 4.5 percent on Tuesday.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Daily Ledger">
<meta name="twitter:card" content="summary_large_image">
` + head + `
<link rel="stylesheet" href="/assets/main.8c2f.css">
<script>window.ads = { slot: "top", refreshed: "2024-01-05" };</script>
</head>
<body>
<header class="masthead">
  <a class="brand" href="/">Daily Ledger</a>
  <span class="edition">Edition of <time datetime="2024-06-30">Sunday, 30 June 2024</time></span>
</header>
<nav><ul><li><a href="/economy">Economy</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/2024/05/02/archive/">Archive: <time datetime="2024-05-02">2 May</time></a></li></ul></nav>
<main>
<article>
  <header>
    <h1>Central bank holds rates as inflation cools</h1>
    ` + byline + `
  </header>
  ` + lead + `
  <p>The central bank left its main interest rate unchanged at 4.5 percent on Tuesday, saying that
  inflation had cooled faster than it expected in the first two months of the year.</p>
  <p>Governor Elena Marsh told reporters the bank would review the rate again on 18 April, and that
  a cut before the summer was "possible but not promised".</p>
  <aside><h2>Related</h2><p>Rates rose on <time datetime="2023-09-14">14 September 2023</time>.</p></aside>
  <p>Consumer prices rose 2.9 percent in February from a year earlier, down from 3.4 percent in
  January, the statistics office said last week.</p>
  <p>Published <time datetime="2024-03-19T09:00:00Z">19 March 2024</time> in print.</p>
</article>
</main>
<footer><p>&copy; Daily Ledger. Updated <time datetime="2024-07-01">1 July 2024</time>.</p></footer>
</body>
</html>
`
}

func TestPageDate(t *testing.T) {
	const (
		ld       = `<script type="application/ld+json">`
		ldEnd    = `</script>`
		byline   = `<p class="byline">By Tom Reed</p>`
		noReason = ""
	)
	tests := []struct {
		name                 string
		head, byline, lead   string
		want, wantReason     string // want "" means no date
		wantReasonStartsWith bool
	}{
		{name: "article:published_time",
			head: `<meta property="article:published_time" content="2024-03-12T09:30:00+00:00">`,
			want: "2024-03-12", wantReason: "the page's article:published_time meta tag"},
		{name: "day in its own zone",
			head: `<meta property="article:published_time" content="2024-03-12T23:30:00-05:00">`,
			want: "2024-03-12", wantReason: "the page's article:published_time meta tag"},
		{name: "og:article:published_time",
			head: `<meta property="og:article:published_time" content="2024-03-12T09:30:00Z">`,
			want: "2024-03-12", wantReason: "the page's og:article:published_time meta tag"},
		{name: "published beats an earlier modified",
			head: `<meta property="article:modified_time" content="2024-03-14T08:00:00Z">
<meta property="article:published_time" content="2024-03-12T09:30:00Z">`,
			want: "2024-03-12", wantReason: "the page's article:published_time meta tag"},
		{name: "any published date beats modified",
			head: `<meta property="article:modified_time" content="2024-03-14T08:00:00Z">
<link rel="canonical" href="https://ledger.example/economy/2024/03/12/rates-hold/">`,
			want: "2024-03-12", wantReason: "the page's canonical URL"},
		{name: "modified only",
			head: `<meta property="article:modified_time" content="2024-03-14T08:00:00Z">
<meta property="og:updated_time" content="2024-03-15T08:00:00Z">`,
			want: "2024-03-14", wantReason: "the page's article:modified_time meta tag, as it gives no date of publication"},
		{name: "og:updated_time",
			head: `<meta property="og:updated_time" content="2024-03-15T08:00:00Z">`,
			want: "2024-03-15", wantReason: "the page's og:updated_time meta tag, as it gives no date of publication"},
		{name: "meta date",
			head: `<meta name="date" content="2024-03-12">`,
			want: "2024-03-12", wantReason: "the page's date meta tag"},
		{name: "published_time beats meta date that comes first",
			head: `<meta name="date" content="2024-03-11"><meta property="article:published_time" content="2024-03-12">`,
			want: "2024-03-12", wantReason: "the page's article:published_time meta tag"},
		{name: "pubdate meta",
			head: `<meta name="pubdate" content="20240312">`,
			want: "2024-03-12", wantReason: "the page's pubdate meta tag"},
		{name: "pubdate time",
			byline: `<p class="byline">By Tom Reed, <time pubdate datetime="2024-03-12T10:15">12 March</time></p>`,
			head:   `<meta name="DC.date.issued" content="2024-03-13">`,
			want:   "2024-03-12", wantReason: "the page's <time pubdate>"},
		{name: "DC.date.issued",
			head: `<meta name="DC.date.issued" content="2024-03-12">`,
			want: "2024-03-12", wantReason: "the page's DC.date.issued meta tag"},
		{name: "DC.date",
			head: `<meta name="DC.date" content="2024-03-12T10:00:00+0100">`,
			want: "2024-03-12", wantReason: "the page's DC.date meta tag"},
		{name: "dcterms.created",
			head: `<meta name="dcterms.created" content="2024-03-12">`,
			want: "2024-03-12", wantReason: "the page's dcterms.created meta tag"},
		{name: "parsely-pub-date",
			head: `<meta name="parsely-pub-date" content="2024-03-12T14:05:09Z">`,
			want: "2024-03-12", wantReason: "the page's parsely-pub-date meta tag"},
		{name: "sailthru.date",
			head: `<meta name="sailthru.date" content="2024-03-12 14:05:09">`,
			want: "2024-03-12", wantReason: "the page's sailthru.date meta tag"},
		{name: "sailthru.date written out",
			head: `<meta name="sailthru.date" content="Tue, 12 Mar 2024 14:05:09 GMT">`,
			want: "2024-03-12", wantReason: "the page's sailthru.date meta tag"},
		{name: "itemprop meta",
			head: `<meta itemprop="datePublished" content="2024-03-12T14:05:09.123Z">`,
			want: "2024-03-12", wantReason: "the page's itemprop datePublished"},
		{name: "itemprop time",
			byline: `<p>By Tom Reed, <time itemprop="datePublished" datetime="2024-03-12">12 March 2024</time></p>`,
			want:   "2024-03-12", wantReason: "the page's itemprop datePublished"},
		{name: "itemprop time in words",
			byline: `<p>By Tom Reed, <time itemprop="datePublished">March 12, 2024</time></p>`,
			want:   "2024-03-12", wantReason: "the page's itemprop datePublished"},
		{name: "itemprop dateModified only",
			byline: `<p>Updated <time itemprop="dateModified" datetime="2024-03-14">14 March</time></p>`,
			want:   "2024-03-14", wantReason: "the page's itemprop dateModified, as it gives no date of publication"},
		{name: "JSON-LD NewsArticle",
			head: ld + `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Central bank holds rates","datePublished":"2024-03-12T09:30:00+01:00","dateModified":"2024-03-13T10:00:00+01:00"}` + ldEnd,
			want: "2024-03-12", wantReason: "the page's JSON-LD datePublished"},
		{name: "JSON-LD graph",
			head: ld + `{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://ledger.example/#website","name":"Daily Ledger"},
 {"@type":"WebPage","@id":"https://ledger.example/economy/rates/","datePublished":"2024-03-01T00:00:00Z"},
 {"@type":"Article","@id":"https://ledger.example/economy/rates/#article","datePublished":"2024-03-12T09:30:00Z","isPartOf":{"@id":"https://ledger.example/economy/rates/"}}
]}` + ldEnd,
			want: "2024-03-12", wantReason: "the page's JSON-LD datePublished"},
		{name: "JSON-LD type list",
			head: ld + `{"@context":"https://schema.org","@type":["ReportageNewsArticle","NewsArticle"],"datePublished":"2024-03-12"}` + ldEnd,
			want: "2024-03-12", wantReason: "the page's JSON-LD datePublished"},
		{name: "JSON-LD top-level list and schema prefix",
			head: ld + `[{"@type":"BreadcrumbList","itemListElement":[]},{"@type":"http://schema.org/BlogPosting","datePublished":"2024-03-12"}]` + ldEnd,
			want: "2024-03-12", wantReason: "the page's JSON-LD datePublished"},
		{name: "JSON-LD after a block that is not JSON",
			head: ld + `{"@type":"NewsArticle","datePublished":"2024-03-11",}` + ldEnd + "\n" +
				ld + `{"@type":"NewsArticle","datePublished":"2024-03-12"}` + ldEnd,
			want: "2024-03-12", wantReason: "the page's JSON-LD datePublished"},
		{name: "JSON-LD of an organisation only",
			head: ld + `{"@type":"NewsMediaOrganization","name":"Daily Ledger","foundingDate":"1901-05-01"}` + ldEnd},
		{name: "JSON-LD dateModified only",
			head: ld + `{"@type":"NewsArticle","dateModified":"2024-03-14T10:00:00Z"}` + ldEnd,
			want: "2024-03-14", wantReason: "the page's JSON-LD dateModified, as it gives no date of publication"},
		{name: "impossible day passed over",
			head: `<meta name="date" content="2024-02-30">` + "\n" +
				ld + `{"@type":"NewsArticle","datePublished":"2024-02-29T12:00:00Z"}` + ldEnd,
			want: "2024-02-29", wantReason: "the page's JSON-LD datePublished"},
		{name: "impossible timestamp passed over",
			head: `<meta property="article:published_time" content="2023-02-29T12:00:00Z">
<meta property="article:modified_time" content="2023-03-01T12:00:00Z">`,
			want: "2023-03-01", wantReason: "the page's article:modified_time meta tag, as it gives no date of publication"},
		{name: "garbage passed over",
			head: `<meta property="article:published_time" content="yesterday"><meta name="date" content="5/6/2024">`},
		{name: "time in the article's header",
			byline: `<p class="byline">By Tom Reed &middot; <time datetime="2024-03-12T18:04:00+09:00">March 12</time></p>`,
			want:   "2024-03-12", wantReason: "the page's <time> in the article's header"},
		{name: "first time before the text",
			lead: `<div class="meta">Filed <time datetime="2024-03-12">12 March 2024</time></div>`,
			want: "2024-03-12", wantReason: "the page's first <time> before the article's text"},
		{name: "canonical URL",
			head: `<link rel="canonical" href="https://ledger.example/economy/2024/03/12/rates-hold/">`,
			want: "2024-03-12", wantReason: "the page's canonical URL"},
		{name: "canonical month only, og:url with a day",
			head: `<link rel="canonical" href="https://ledger.example/2024/03/rates-hold/">
<meta property="og:url" content="https://ledger.example/economy/rates-hold-20240312.html">`,
			want: "2024-03-12", wantReason: "the page's og:url"},
		{name: "related article in an aside",
			lead: `<aside class="related"><article><h3>Rates rose</h3><time itemprop="datePublished" datetime="2023-09-14">14 Sep</time><meta itemprop="dateModified" content="2023-09-15"></article></aside>`},
		{name: "none", head: `<link rel="canonical" href="https://ledger.example/economy/rates-hold/">`, byline: byline},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.head, tc.byline, tc.lead)
			d, reason, ok := PageDate([]byte(page))
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if got != tc.want || reason != tc.wantReason {
				t.Errorf("got  %q from %q\nwant %q from %q", got, reason, tc.want, tc.wantReason)
			}
			if ok && (d.Location() != time.UTC || d.Hour() != 0) {
				t.Errorf("got %v, want midnight UTC", d)
			}
		})
	}
}

// TestPageDateWithoutArticle reads a page with no <article>: the first
// <time> before any paragraph dates it, one after does not.
func TestPageDateWithoutArticle(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{name: "before the text", body: `<div class="post"><h2>Rates hold</h2><div class="date"><time datetime="2024-03-12">12 Mar</time></div><p>The bank held rates.</p></div>`, want: "2024-03-12"},
		{name: "after the text", body: `<div class="post"><h2>Rates hold</h2><p>The bank held rates.</p><p>Next review <time datetime="2024-04-18">18 April</time>.</p></div>`},
		{name: "site header only", body: `<header><time datetime="2024-06-30">Today</time></header><p>The bank held rates.</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _, ok := PageDate([]byte("<!DOCTYPE html><html><head><title>Rates</title></head><body>" + tc.body + "</body></html>"))
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParsePageTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-12T09:30:00Z", "2024-03-12"},
		{"2024-03-12T23:30:00-05:00", "2024-03-12"},
		{"2024-03-12T00:30:00+09:00", "2024-03-12"},
		{"2024-03-12T09:30:00.123456+01:00", "2024-03-12"},
		{"2024-03-12T09:30:00+0100", "2024-03-12"},
		{"2024-03-12T09:30:00", "2024-03-12"},
		{"2024-03-12T09:30", "2024-03-12"},
		{"2024-03-12", "2024-03-12"},
		{" 2024-03-12 ", "2024-03-12"},
		{"2024-03-12 09:30:00", "2024-03-12"},
		{"2024-03-12 09:30:00 -0500", "2024-03-12"},
		{"2024-03-12T09:30:00 EDT", "2024-03-12"},
		{"Tue, 12 Mar 2024 09:30:00 GMT", "2024-03-12"},
		{"Tue, 12 Mar 2024 23:30:00 -0500", "2024-03-12"},
		{"March 12, 2024", "2024-03-12"},
		{"20240312", "2024-03-12"},
		{"2024-02-29", "2024-02-29"},
		{"2024-02-30", ""},
		{"2023-02-29T10:00:00Z", ""},
		{"2024-13-01", ""},
		{"2024-03-12junk", ""},
		{"5/6/2024", ""},
		{"March 2024", ""},
		{"yesterday", ""},
		{"", ""},
		{"0000-01-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := parsePageTime(tc.in)
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example/world/2024/03/12/talks-end/", "2024-03-12"},
		{"https://news.example/2024/3/9/talks", "2024-03-09"},
		{"https://www.news.example/world/2024/mar/12/talks-end", "2024-03-12"},
		{"https://news.example/world/2024/September/02/", "2024-09-02"},
		{"/2024/03/12/", "2024-03-12"},
		{"//news.example/2024/03/12/x", "2024-03-12"},
		{"https://news.example/1851/09/18/archives/first-issue.html", "1851-09-18"},
		{"https://news.example/world/20240312-talks-end", "2024-03-12"},
		{"https://news.example/world/talks-end-20240312", "2024-03-12"},
		{"https://news.example/world/talks_end_20240312.html", "2024-03-12"},
		{"https://news.example/archive/20240312/", "2024-03-12"},
		{"https://news.example/world/2024-03-12/talks-end", "2024-03-12"},
		{"https://news.example/world/talks-end-2024-03-12.html", "2024-03-12"},
		{"https://news.example/2024/02/29/leap/", "2024-02-29"},
		{"https://news.example/2024/03/talks/20240312-recap", "2024-03-12"},   // a month, then a day
		{"https://news.example:8443/2024/03/12/x?utm=20230101", "2024-03-12"}, // host port

		{"https://news.example/2024/03/talks-end/", ""}, // a month is not a day
		{"https://news.example/2024/talks-end/", ""},
		{"https://news.example/2024/13/01/talks/", ""},
		{"https://news.example/2024/00/10/talks/", ""},
		{"https://news.example/2024/02/30/talks/", ""},
		{"https://news.example/2023/02/29/talks/", ""},
		{"https://news.example/2024/03/32/", ""},
		{"https://news.example/2024/03/012/", ""},
		{"https://news.example/20241301-talks", ""},
		{"https://news.example/20230229-talks", ""},
		{"https://news.example/1234567890/", ""},
		{"https://news.example/story/2025550143", ""},
		{"https://news.example/contact/+1-202-555-0143", ""},
		{"https://news.example/call-555-20240312x", ""},
		{"https://news.example/id20240312/", ""},
		{"https://news.example/19850312-talks", ""}, // before the web, more likely an id
		{"https://news.example/2024-3-12/", ""},
		{"https://news.example/world/talks?date=2024-03-12", ""},
		{"https://news.example/world/talks#2024/03/12/", ""},
		{"https://20240312.news.example/talks", ""},
		{"https://news.example", ""},
		{"", ""},
		{"not a url at all", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := URLDate(tc.in)
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestRecordURL reads the url field of JSON Lines records: a day in its
// path is the reference when the record has no date.
func TestRecordURL(t *testing.T) {
	tests := []struct {
		name, in, urlField       string
		wantRef, wantSource, why string
	}{
		{name: "url", in: `{"id":"a","url":"https://news.example/2024/03/12/talks/","text":"Talks on Monday."}`,
			wantRef: "2024-03-12", wantSource: "url", why: "the day in the record's url field"},
		{name: "date beats url", in: `{"id":"a","date":"2024-03-14","url":"https://news.example/2024/03/12/talks/","text":"x"}`,
			wantRef: "2024-03-14"},
		{name: "url without a day", in: `{"id":"a","url":"https://news.example/2024/03/talks/","text":"x"}`},
		{name: "url not a string", in: `{"id":"a","url":{"href":"https://news.example/2024/03/12/"},"text":"x"}`},
		{name: "url null", in: `{"id":"a","url":null,"text":"x"}`},
		{name: "named field", urlField: "link", in: `{"id":"a","link":"https://news.example/talks-20240312.html","url":"https://news.example/2020/01/01/","text":"x"}`,
			wantRef: "2024-03-12", wantSource: "url", why: "the day in the record's link field"},
		{name: "named field, other fields named too", urlField: "link", in: `{"id":"a","link":"https://news.example/talks-20240312.html","text":"x"}`,
			wantRef: "2024-03-12", wantSource: "url", why: "the day in the record's link field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []Document
			errs := Read(strings.NewReader(tc.in+"\n"), "in.jsonl", Options{URLField: tc.urlField}, func(d Document) error {
				docs = append(docs, d)
				return nil
			})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v", len(docs), errs)
			}
			got := ""
			if !docs[0].Ref.IsZero() {
				got = docs[0].Ref.Format("2006-01-02")
			}
			if got != tc.wantRef || docs[0].RefSource != tc.wantSource || docs[0].RefReason != tc.why {
				t.Errorf("got  %q from %q (%q)\nwant %q from %q (%q)", got, docs[0].RefSource, docs[0].RefReason, tc.wantRef, tc.wantSource, tc.why)
			}
		})
	}
}

func ExamplePageDate() {
	page := `<html><head>
<meta property="article:modified_time" content="2025-01-18T08:05:12+03:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-17T23:42:00-05:00"}</script>
</head><body><article><p>Russia and Iran signed a treaty on Friday.</p></article></body></html>`
	d, why, _ := PageDate([]byte(page))
	fmt.Println(d.Format("2006-01-02"), "from", why)
	// Output: 2025-01-17 from the page's JSON-LD datePublished
}

func ExampleURLDate() {
	for _, u := range []string{
		"https://news.example/world/2025/01/17/treaty/",
		"https://news.example/world/treaty-20250117.html",
		"https://news.example/world/2025/01/treaty/",
	} {
		d, ok := URLDate(u)
		fmt.Println(d.Format("2006-01-02"), ok)
	}
	// Output:
	// 2025-01-17 true
	// 2025-01-17 true
	// 0001-01-01 false
}

func FuzzURLDate(f *testing.F) {
	for _, s := range []string{
		"https://news.example/world/2024/03/12/talks-end/", "https://news.example/world/2024/mar/12/x",
		"/talks-20240312.html", "/2024-03-12/", "/2024/13/01/", "/1234567890/", "//h/2024/02/29", "/2024/03/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, ok := URLDate(in)
		if !ok {
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Year() < 1800 || d.Year() > 2099 {
			t.Fatalf("URLDate(%q) = %v, not a day between 1800 and 2099", in, d)
		}
		again, ok := URLDate(d.Format("/2006/01/02/"))
		if !ok || !again.Equal(d) {
			t.Fatalf("URLDate(%q) = %v does not read back: %v", in, d, again)
		}
	})
}

func FuzzPageDate(f *testing.F) {
	f.Add(newsPage(`<meta property="article:published_time" content="2024-03-12T23:30:00-05:00">`, "", ""))
	f.Add(newsPage(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"datePublished":"2024-03-12"}]}</script>`, "", ""))
	f.Add(newsPage(`<link rel="canonical" href="/2024/03/12/x">`, `<time itemprop="datePublished">March 12, 2024</time>`, ""))
	f.Add(`<article><header><time datetime="2024-02-30"></time></header><time pubdate>`)
	f.Add(`<script type="application/ld+json">[[[[[[{"@type":"Article","datePublished":"2024-03-12"}]]]]]]</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		if len(page) > 1<<16 {
			t.Skip()
		}
		d, reason, ok := PageDate([]byte(page))
		if !ok {
			if !d.IsZero() || reason != "" {
				t.Fatalf("no date, but %v from %q", d, reason)
			}
			return
		}
		if reason == "" || d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Year() < 1000 || d.Year() > 2999 {
			t.Fatalf("PageDate = %v from %q: not a day with its source", d, reason)
		}
	})
}

// BenchmarkPageDate reads the date of a page next to reducing it to its
// text, the other pass over every page read.
func BenchmarkPageDate(b *testing.B) {
	page, err := os.ReadFile("../../testdata/web/moscow-treaty.html")
	if err != nil {
		b.Fatal(err)
	}
	// without its meta tags, the page is read to its end
	late := bytes.ReplaceAll(page, []byte(`property="article:`), []byte(`property="x-article:`))
	for _, bc := range []struct {
		name string
		fn   func([]byte)
		page []byte
	}{
		{"PageDate", func(p []byte) { PageDate(p) }, page},
		{"PageDate/to-end", func(p []byte) { PageDate(p) }, late},
		{"HTMLText", func(p []byte) { HTMLText(p) }, page},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.page)))
			for b.Loop() {
				bc.fn(bc.page)
			}
		})
	}
}
