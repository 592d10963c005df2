package input_test

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// TestReadInputPageDate reads web pages through Read and the
// analysis: the page's date is the reference, and says where it came
// from; a page without one is read as before, here by the "Published"
// line of its text.
func TestReadPageDate(t *testing.T) {
	tests := []struct {
		name, page                  string
		wantRef, wantSource, reason string
	}{
		{name: "JSON-LD",
			page:    input.NewsPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12T09:00:00Z"}</script>`, "", ""),
			wantRef: "2024-03-12", wantSource: "page", reason: "the page's JSON-LD datePublished"},
		{name: "a date of change yields to the text's dateline",
			page:    input.NewsPage(`<meta property="article:modified_time" content="2024-03-25T10:00:00Z">`, "", ""),
			wantRef: "2024-03-19", wantSource: "dateline"},
		{name: "a date of change beats inference",
			page: `<html><head><meta property="article:modified_time" content="2024-03-25T10:00:00Z"></head>
<body><article><p>The central bank held its rate on Tuesday, after cutting it in January 2024.</p></article></body></html>`,
			wantRef: "2024-03-25", wantSource: "page", reason: "the page's article:modified_time meta tag, as it gives no date of publication"},
		{name: "none: the text's dateline, as before",
			page:    input.NewsPage("", "", ""),
			wantRef: "2024-03-19", wantSource: "dateline"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []input.Document
			errs := input.Read(strings.NewReader(tc.page), "rates.html", input.Options{}, func(d input.Document) error {
				docs = append(docs, d)
				return nil
			})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v", len(docs), errs)
			}
			res := timeline.AnalyzeDocument(docs[0], 0, timeline.Config{Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
			if res.Input.Ref != tc.wantRef || res.Input.RefSource != tc.wantSource || tc.reason != "" && res.Input.RefReason != tc.reason {
				t.Errorf("got  %s from %s (%s)\nwant %s from %s (%s)", res.Input.Ref, res.Input.RefSource, res.Input.RefReason, tc.wantRef, tc.wantSource, tc.reason)
			}
			// --ref still wins
			res = timeline.AnalyzeDocument(docs[0], 0, timeline.Config{Ref: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)})
			if res.Input.Ref != "2024-03-20" || res.Input.RefSource != "flag" {
				t.Errorf("with a given reference: got %s from %s", res.Input.Ref, res.Input.RefSource)
			}
		})
	}
}
