package timeline

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/timeline-dev/timeline/internal/event"
	"github.com/timeline-dev/timeline/internal/input"
)

// TestSummaryShape checks every summary of the development set and the
// seed article: its words come from the sentence in the same order, it
// neither starts nor ends with a comma, and it has at least two words.
func TestSummaryShape(t *testing.T) {
	var docs []input.Document
	seed, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := input.NewDocument("iran-russia.txt", seed)
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, doc)
	if dev, err := readDevDocs(t); err == nil {
		for _, d := range dev {
			doc, err := input.NewDocument(d.ID, []byte(d.Text))
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
		}
	} else {
		t.Logf("no development set: %v", err)
	}
	n := 0
	for _, doc := range docs {
		res := AnalyzeDocument(doc, 0, Config{Ref: ref})
		sents := Sentences(doc.Text)
		pp := event.ReadNames(doc.Text, sents)
		for _, s := range sents {
			var spans []Span
			for _, x := range res.Tag.Timexes {
				if x.Start >= s.Start && x.End <= s.End {
					spans = append(spans, Span{Start: x.Start - s.Start, End: x.End - s.Start})
				}
			}
			sent := string(doc.Text[s.Start:s.End])
			for i, sp := range spans {
				others := append(append([]Span(nil), spans[:i]...), spans[i+1:]...)
				got := event.ReadTokens(sent, event.Tokenize(sent), sp.Start, sp.End, others, pp, s.Start).Summary
				if got == "" {
					continue
				}
				n++
				if msg := summaryFault(sent, got); msg != "" {
					t.Errorf("%s %q: summary %q %s\n\t%s", doc.ID, sent[sp.Start:sp.End], got, msg, sent)
				}
			}
		}
	}
	t.Logf("%d summaries of %d documents", n, len(docs))
}

// summaryFault says what is wrong with summary as a gist of sentence, or
// returns "".
func summaryFault(sentence, summary string) string {
	if strings.HasPrefix(summary, ",") || strings.HasSuffix(summary, ",") {
		return "starts or ends with a comma"
	}
	words := strings.Fields(summary)
	if len(words) < 2 {
		return "has fewer than two words"
	}
	if n := len(words); strings.HasSuffix(words[n-2], ",") && !unicode.IsUpper([]rune(words[n-1])[0]) {
		return "ends in a stray word after a comma" // "Least, said"
	}
	rest := strings.ToLower(sentence)
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '%' && r != '$' }))
		if w == "" {
			continue
		}
		i := strings.Index(rest, w)
		if i < 0 {
			return fmt.Sprintf("has %q out of the sentence's order", w)
		}
		rest = rest[i+len(w):]
	}
	return ""
}
