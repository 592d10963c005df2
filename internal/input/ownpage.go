package input

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Generator is the content of the generator meta tag of the pages that
// the HTML output (render.HTML) writes: <meta name="generator"
// content="timeline">. A page whose generator starts with it is one of
// ours (see [IsOwnPage]).
const Generator = "timeline"

// ErrOwnOutput is reported, wrapped in an [Error], for a page under
// a directory that timeline wrote itself, which [Expand] skips: its
// events would come back as events of an article. It is a note, not a
// failure.
var ErrOwnOutput = errors.New("a timeline page that timeline wrote; skipped (name the file to read it anyway)")

// ownPageHead is how much of a page IsOwnPage reads: the generator tag
// comes early in the head.
const ownPageHead = 8 << 10

// IsOwnPage reports whether the HTML page starting with head was written
// by the HTML output (render.HTML): a <meta name="generator"> in its head
// whose content is [Generator], or starts with it and a space (a version
// may follow).
// Only the head is read, up to the first element of the body.
func IsOwnPage(head []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body, atom.Article, atom.Main, atom.P, atom.Div:
				return false
			case atom.Meta:
				var isGen bool
				var content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "name":
						isGen = strings.EqualFold(strings.TrimSpace(string(v)), "generator")
					case "content":
						content = strings.TrimSpace(string(v))
					}
				}
				if isGen && (content == Generator || strings.HasPrefix(content, Generator+" ")) {
					return true
				}
			}
		}
	}
}

// isOwnPageFile reports whether the file name is an HTML page that
// timeline wrote; a file that cannot be read is not (reading it later
// reports the problem).
func isOwnPageFile(name string) bool {
	if KindOf(name, KindAuto) != KindHTML {
		return false
	}
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	head, _ := io.ReadAll(io.LimitReader(f, ownPageHead))
	return IsOwnPage(head)
}
