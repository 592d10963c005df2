package timeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/input"
)

// TestInputOffset checks that offsets into a document with replaced bytes
// map back to the bytes of the input.
func TestInputOffset(t *testing.T) {
	in := "a\xffb\xfe\xfdc 3 May"
	d, err := input.NewDocument("f", []byte(in))
	if !errors.Is(err, input.ErrInvalidUTF8) {
		t.Fatalf("got error %v, want %v", err, input.ErrInvalidUTF8)
	}
	// Every rune boundary of the clean text maps to the matching byte of
	// the input.
	want := []int{0, 1, 2, 3, 4, 5}
	var got []int
	for off := range string(d.Text[:len(d.Text)-len("c 3 May")+1]) {
		got = append(got, d.InputOffset(off))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rune starts: got %v, want %v", got, want)
	}
	if got, want := d.InputOffset(len(d.Text)), len(in); got != want {
		t.Errorf("end: got %d, want %d", got, want)
	}
	// Inside a replacement: the byte after the bad one.
	if got := d.InputOffset(2); got != 2 {
		t.Errorf("inside the first replacement: got %d, want 2", got)
	}
	// The date keeps its input offsets through the analysis.
	res := AnalyzeDocument(d, 0, Config{Ref: ref})
	rows := DateRows(res)
	if len(rows) != 1 || in[rows[0].Start:rows[0].End] != "3 May" {
		t.Fatalf("date rows %+v do not point at \"3 May\" in the input", rows)
	}
}

// TestProcessOrder checks that results and errors come back in input
// order whatever the number of workers.
func TestProcessOrder(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := 0; i < 60; i++ {
		switch {
		case i%17 == 5:
			lines = append(lines, `{"id": broken`)
		default:
			lines = append(lines, `{"id":"d`+string(rune('A'+i%26))+string(rune('a'+i/26))+`","date":"2025-01-10","text":"Talks were held on 3 January. They resume on `+string(rune('1'+i%9))+` March."}`)
		}
	}
	corpus := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(corpus, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	files := []string{corpus, filepath.Join(dir, "missing.txt"), corpus}
	var want []string
	for _, workers := range []int{1, 2, 8} {
		var got []string
		errs, err := Process(context.Background(), files, nil, input.Options{}, Config{}, workers, nil, func(r Result) error {
			got = append(got, r.Doc.ID+"@"+r.Events[len(r.Events)-1].Date)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var es []string
		for _, e := range errs {
			es = append(es, e.Error())
		}
		got = append(got, es...)
		if want == nil {
			want = got
			if len(got) != 2*(60-4)+2*4+1 {
				t.Fatalf("got %d results and errors: %v", len(got), got)
			}
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d workers: order differs\ngot  %v\nwant %v", workers, got, want)
		}
	}
	// an error from emit stops the run
	stop := errors.New("stop")
	n := 0
	_, err := Process(context.Background(), files, nil, input.Options{}, Config{}, 2, nil, func(Result) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("emit error: %v after %d results", err, n)
	}
}
