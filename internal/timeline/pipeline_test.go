package timeline

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

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
// order whatever the number of workers, in batches of records and alone.
func TestProcessOrder(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	const records = 300 // several full batches
	broken := 0
	for i := 0; i < records; i++ {
		switch {
		case i%17 == 5:
			broken++
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
			if len(got) != 2*(records-broken)+2*broken+1 {
				t.Fatalf("got %d results and errors: %v", len(got), got)
			}
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d workers: order differs\ngot  %v\nwant %v", workers, got, want)
		}
	}
	// a small and a large document alone in their file, among records
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("It opened on 4 May 2020."), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("It closed on 5 May 2020. ", maxBatchBytes/20)), 0o644); err != nil {
		t.Fatal(err)
	}
	mixed := []string{corpus, small, big, corpus}
	var first []string
	for _, workers := range []int{1, 3} {
		var got []string
		if _, err := Process(context.Background(), mixed, nil, input.Options{}, Config{}, workers, nil, func(r Result) error {
			got = append(got, r.Doc.ID)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = got
		} else if !slices.Equal(got, first) {
			t.Errorf("%d workers: order differs\ngot  %v\nwant %v", workers, got, first)
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

// TestProcessPipe checks that a record read from a pipe is analysed and
// emitted before the next one is written: records that trickle in are not
// held back to fill a batch.
func TestProcessPipe(t *testing.T) {
	r, w := io.Pipe()
	emitted := make(chan string)
	done := make(chan error, 1)
	go func() {
		_, err := Process(context.Background(), []string{"-"}, r, input.Options{Kind: input.KindJSONL}, Config{Ref: ref}, 2, nil, func(res Result) error {
			emitted <- res.Doc.ID
			return nil
		})
		close(emitted)
		done <- err
	}()
	for i := range 3 {
		id := "r" + strconv.Itoa(i)
		if _, err := io.WriteString(w, `{"id":"`+id+`","text":"It rained on 3 May."}`+"\n"); err != nil {
			t.Fatal(err)
		}
		select {
		case got := <-emitted:
			if got != id {
				t.Fatalf("emitted %q, want %q", got, id)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("record %s was not emitted before the next was written", id)
		}
	}
	w.Close()
	for range emitted {
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestRegular checks which inputs the reader may gather records from
// before it hands them over: regular files, not pipes.
func TestRegular(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.jsonl")
	if err := os.WriteFile(file, []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	for _, c := range []struct {
		name  string
		r     io.Reader
		stdin io.Reader
		want  bool
	}{
		{file, f, nil, true},
		{"-", nil, f, true}, // standard input redirected from a file
		{"-", nil, pr, false},
		{"-", nil, strings.NewReader("{}"), false},
		{"x", strings.NewReader("{}"), nil, false},
	} {
		if got := regular(c.name, c.r, c.stdin); got != c.want {
			t.Errorf("regular(%q, %T, %T) = %v, want %v", c.name, c.r, c.stdin, got, c.want)
		}
	}
}

// TestRecordWarnings checks that a warning about the text of a JSON Lines
// record names the input's line that holds the record, and the record.
func TestRecordWarnings(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c.jsonl")
	records := `{"id":"a","date":"2025-01-10","text":"Nothing dated here."}` + "\n" +
		`{"id":"b","date":"2025-01-10","text":"Line one.\nThe deal was signed on 5/6/2024."}` + "\n"
	if err := os.WriteFile(corpus, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if _, err := Process(context.Background(), []string{corpus}, nil, input.Options{}, Config{}, 1, nil, func(r Result) error {
		for _, w := range r.Warnings {
			got = append(got, w.Error())
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], corpus+`:2: record "b": ambiguous date "5/6/2024"`) {
		t.Errorf("warnings %q, want one at %s:2 naming record \"b\"", got, corpus)
	}
}
