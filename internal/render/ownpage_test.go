package render

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/timeline-dev/timeline/internal/input"
)

// TestOwnPageSkipped writes a page with the HTML writer into a directory of
// articles: reading the directory leaves it out with a note, and naming
// the page reads it.
func TestOwnPageSkipped(t *testing.T) {
	var page bytes.Buffer
	if err := writers[HTML].write(&page, writeTestInputs, writeTestEvents(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !input.IsOwnPage(page.Bytes()) {
		t.Fatal("the page that the HTML writer writes is not recognised as its own")
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"a.txt":           []byte("On 5 May talks were held."),
		"news.html":       []byte("<title>News</title><p>On 5 May talks were held.</p>"),
		"timeline.html":   page.Bytes(),
		"only/index.html": page.Bytes(),
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, errs := input.Expand([]string{dir, filepath.Join(dir, "timeline.html")}, nil)
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "news.html"), filepath.Join(dir, "timeline.html")}
	if !slices.Equal(got, want) {
		t.Errorf("files:\ngot  %q\nwant %q", got, want)
	}
	var notes []string
	for _, e := range errs {
		var ie *input.Error
		if !errors.Is(e, input.ErrOwnOutput) || !errors.As(e, &ie) {
			t.Errorf("not a note: %v", e)
			continue
		}
		notes = append(notes, ie.File)
	}
	wantNotes := []string{filepath.Join(dir, "only", "index.html"), filepath.Join(dir, "timeline.html")}
	if !slices.Equal(notes, wantNotes) {
		t.Errorf("notes:\ngot  %q\nwant %q", notes, wantNotes)
	}
}
