package timeline_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/render"
	"github.com/timeline-dev/timeline/internal/timeline"
)

func TestAnalyzeAllOrder(t *testing.T) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	var docs []input.Document
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		d, _ := input.NewDocument(name, src)
		docs = append(docs, d)
	}
	cfg := timeline.Config{Ref: timeline.TestRef}
	write := func(workers int) string {
		res, err := timeline.AnalyzeAll(context.Background(), docs, cfg, workers)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := render.Write(&b, render.JSON, nil, timeline.Events(res), render.Options{}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if one, many := write(1), write(4); one != many {
		t.Error("output depends on the number of workers")
	}
}
