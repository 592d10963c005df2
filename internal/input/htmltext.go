package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText reduces an HTML page to the text of its article: the title,
// then the text of the <article> element (or of <main>, or of the body
// when the page has neither), one paragraph a block, with the page's
// furniture left out: scripts, styles, navigation, headers, footers,
// asides, forms and the like. Entities are decoded and runs of white space
// collapse to one space. It reads the page in one pass with a tokenizer,
// so deeply nested or malformed markup costs linear time. Offsets into
// the result do not point into the HTML.
func HTMLText(page []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	var title, article, main, body strings.Builder
	skip := 0 // depth inside elements left out
	inTitle, inArticle, inMain := false, 0, 0
	out := func() []*strings.Builder {
		w := []*strings.Builder{&body}
		if inArticle > 0 {
			w = append(w, &article)
		}
		if inMain > 0 {
			w = append(w, &main)
		}
		return w
	}
	brk := func() {
		for _, b := range out() {
			paragraph(b)
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// the end of the page; reading a byte slice gives no other
			// error, and what was read stands either way
			return assemble(title.String(), article.String(), main.String(), body.String())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if htmlLeftOut[a] {
				if tt == html.StartTagToken && !htmlVoid[a] {
					skip++
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch a {
			case atom.Title:
				inTitle = tt == html.StartTagToken
			case atom.Article:
				inArticle++
			case atom.Main:
				inMain++
			}
			if htmlBlock[a] {
				brk()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if htmlLeftOut[a] && !htmlVoid[a] {
				if skip > 0 {
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			if htmlBlock[a] {
				brk()
			}
			switch a {
			case atom.Title:
				inTitle = false
			case atom.Article:
				inArticle = max(0, inArticle-1)
			case atom.Main:
				inMain = max(0, inMain-1)
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			text := string(z.Text())
			if inTitle {
				title.WriteString(text)
				continue
			}
			for _, b := range out() {
				appendText(b, text)
			}
		}
	}
}

// assemble puts the title first and the best of the article, main and
// body texts after it.
func assemble(title, article, main, body string) []byte {
	text := body
	switch {
	case strings.TrimSpace(article) != "":
		text = article
	case strings.TrimSpace(main) != "":
		text = main
	}
	var b strings.Builder
	if t := strings.Join(strings.Fields(title), " "); t != "" {
		b.WriteString(t)
		b.WriteString("\n\n")
	}
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return []byte(strings.TrimRight(b.String(), "\n") + "\n")
}

// appendText adds text to b with its white space collapsed.
func appendText(b *strings.Builder, text string) {
	lead := len(text) > 0 && isHTMLSpace(text[0])
	fields := strings.Fields(text)
	if len(fields) == 0 {
		if lead && b.Len() > 0 && !endsInSpace(b) {
			b.WriteByte(' ')
		}
		return
	}
	if lead && b.Len() > 0 && !endsInSpace(b) {
		b.WriteByte(' ')
	}
	b.WriteString(strings.Join(fields, " "))
	if isHTMLSpace(text[len(text)-1]) {
		b.WriteByte(' ')
	}
}

// paragraph ends the current paragraph of b.
func paragraph(b *strings.Builder) {
	if b.Len() == 0 || strings.HasSuffix(b.String(), "\n\n") {
		return
	}
	b.WriteString("\n\n")
}

func endsInSpace(b *strings.Builder) bool {
	s := b.String()
	return s[len(s)-1] == ' ' || s[len(s)-1] == '\n'
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// htmlLeftOut lists the elements whose content is not article text.
var htmlLeftOut = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true,
	atom.Header: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Svg: true, atom.Math: true, atom.Template: true, atom.Iframe: true, atom.Object: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Menu: true,
	atom.Dialog: true, atom.Textarea: true,
}

// htmlVoid lists elements that have no end tag.
var htmlVoid = map[atom.Atom]bool{
	atom.Br: true, atom.Img: true, atom.Hr: true, atom.Input: true, atom.Meta: true, atom.Link: true,
	atom.Source: true, atom.Wbr: true, atom.Embed: true, atom.Param: true, atom.Track: true, atom.Area: true,
}

// htmlBlock lists the elements that begin a new paragraph.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Article: true, atom.Section: true, atom.Main: true, atom.Blockquote: true, atom.Pre: true,
	atom.Tr: true, atom.Table: true, atom.Figcaption: true, atom.Figure: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Hr: true, atom.Body: true, atom.Address: true,
}
