package wordnet

import (
	"bytes"
	"os"
	"slices"
	"testing"
	"testing/fstest"
)

// sampleDict is a tiny hand-written database in WordNet's format.
var sampleDict = os.DirFS("testdata/dict")

func buildSample(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Build(&buf, sampleDict); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBuildDeterministic(t *testing.T) {
	a, b := buildSample(t), buildSample(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two builds of the same files differ")
	}
}

func TestBuildRoundTrip(t *testing.T) {
	tb, err := openTable(string(buildSample(t)))
	if err != nil {
		t.Fatal(err)
	}
	if tb.nNoun != 11 || tb.nVerb != 7 {
		t.Errorf("synsets: got %d nouns and %d verbs, want 11 and 7", tb.nNoun, tb.nVerb)
	}
	if got := tb.notice; got != "A tiny hand-written sample in the format of the WordNet 3.0 database,\nfor the tests of package wordnet. It is not WordNet.\n" {
		t.Errorf("notice: got %q", got)
	}
	name := func(s Synset) string { return tb.name(s) }
	byName := func(n string) Synset {
		t.Helper()
		s, ok := tb.byName(n)
		if !ok {
			t.Fatalf("byName(%q): not found", n)
		}
		return s
	}
	lookup := func(lemma string, pos POS) []string {
		var out []string
		for _, s := range tb.lookup(lemma, pos) {
			out = append(out, name(s))
		}
		return out
	}

	tests := []struct {
		lemma string
		pos   POS
		want  []string
	}{
		{"attack", Verb, []string{"attack.v.01"}},
		{"attack", Noun, []string{"attack.n.01"}},
		{"onslaught", Noun, []string{"attack.n.01"}},
		// Index order, not file order: the husk sense comes first.
		{"shell", Noun, []string{"shell.n.01", "shell.n.02"}},
		{"shell", Verb, []string{"bombard.v.01"}},
		{"move", Verb, []string{"act.v.01", "go.v.01"}},
		{"paris", Noun, []string{"paris.n.01"}},
		{"City of Light", Noun, []string{"paris.n.01"}},
		{"cease-fire", Noun, []string{"cease-fire.n.01"}},
		{"take_over", Verb, []string{"take_over.v.01"}},
		{"talks", Noun, []string{"negotiation.n.01"}},
		{"entity", Verb, nil},
		{"zebra", Noun, nil},
	}
	for _, tc := range tests {
		if got := lookup(tc.lemma, tc.pos); !slices.Equal(got, tc.want) {
			t.Errorf("lookup(%q, %v)\ngot  %q\nwant %q", tc.lemma, tc.pos, got, tc.want)
		}
	}
	if got := tb.lemmaList(byName("shell.n.01")); !slices.Equal(got, []string{"shell", "husk"}) {
		t.Errorf("shell.n.01 lemmas: got %q", got)
	}
	if got := tb.lexname(byName("shell.n.01")); got != "noun.object" {
		t.Errorf("shell.n.01 lexname: got %q, want noun.object", got)
	}
	if got := tb.lexname(byName("shell.n.02")); got != "noun.artifact" {
		t.Errorf("shell.n.02 lexname: got %q, want noun.artifact", got)
	}

	ancestors := func(n string) []string {
		var out []string
		tb.ancestors(byName(n), MaxDepth, func(a Synset, _ int) bool {
			out = append(out, name(a))
			return true
		})
		return out
	}
	for n, want := range map[string][]string{
		"bombard.v.01":   {"attack.v.01", "act.v.01"},
		"invasion.n.01":  {"attack.n.01", "act.n.01", "entity.n.01"},
		"paris.n.01":     {"city.n.01", "entity.n.01"}, // an instance
		"entity.n.01":    nil,
		"take_over.v.01": nil,
	} {
		if got := ancestors(n); !slices.Equal(got, want) {
			t.Errorf("ancestors of %s\ngot  %q\nwant %q", n, got, want)
		}
	}

	derived := func(n string) []string {
		r, _ := tb.record(byName(n))
		var out []string
		for _, s := range tb.links(byName(n), r.derived, r.nDerived) {
			out = append(out, name(s))
		}
		return out
	}
	for n, want := range map[string][]string{
		"attack.n.01":      {"attack.v.01"}, // two word pointers, one synset
		"attack.v.01":      {"attack.n.01"}, // the adjective pointer is left out
		"invasion.n.01":    {"invade.v.01"},
		"invade.v.01":      {"invasion.n.01"},
		"takeover.n.01":    {"take_over.v.01"},
		"negotiation.n.01": {"talk.v.01"},
		"go.v.01":          nil,
	} {
		if got := derived(n); !slices.Equal(got, want) {
			t.Errorf("derived of %s\ngot  %q\nwant %q", n, got, want)
		}
	}

	for _, tc := range []struct {
		word string
		pos  POS
		want []string
	}{
		{"went", Verb, []string{"go"}},
		{"took", Verb, nil}, // the base is not in the index
		{"geese", Noun, nil},
		{"negotiations", Noun, []string{"negotiation"}},
		{"attacks", Noun, []string{"attack"}},
		{"shelling", Verb, []string{"shell"}},
		{"invaded", Verb, []string{"invade"}},
		{"talks", Noun, []string{"talks"}},
		{"talks", Verb, []string{"talk"}},
	} {
		if got := tb.base(tc.word, tc.pos); !slices.Equal(got, tc.want) {
			t.Errorf("base(%q, %v)\ngot  %q\nwant %q", tc.word, tc.pos, got, tc.want)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	files := map[string]string{}
	for _, name := range []string{"data.noun", "data.verb", "index.noun", "index.verb", "noun.exc", "verb.exc"} {
		b, err := os.ReadFile("testdata/dict/" + name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(b)
	}
	tests := []struct {
		name, file, content string
	}{
		{"missing file", "verb.exc", ""},
		{"dangling index offset", "index.verb", "attack v 1 0 1 0 00000999\n"},
		{"bad offset", "index.noun", "attack n 1 0 1 0 0000x330\n"},
		{"short data line", "data.verb", "00000000 41 v\n"},
		{"wrong synset type", "data.verb", "00000000 41 n 01 act 0 000 | x\n"},
		{"bad exception line", "noun.exc", "geese\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, content := range files {
				fsys[name] = &fstest.MapFile{Data: []byte(content)}
			}
			if tc.content == "" {
				delete(fsys, tc.file)
			} else {
				fsys[tc.file] = &fstest.MapFile{Data: []byte(tc.content)}
			}
			var buf bytes.Buffer
			if err := Build(&buf, fsys); err == nil {
				t.Error("Build: no error")
			}
		})
	}
}

// TestEmbeddedUpToDate rebuilds the embedded table from Debian's
// wordnet-base, when it is installed, and checks that it is the same.
func TestEmbeddedUpToDate(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(dir + "/data.noun"); err != nil {
		t.Skip("no WordNet database in " + dir)
	}
	if testing.Short() {
		t.Skip("rebuilding the table takes a few seconds")
	}
	var buf bytes.Buffer
	if err := Build(&buf, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), []byte(embedded)) {
		t.Error("wordnet.bin differs from a build of " + dir + "; run make wordnet")
	}
}

func TestOpenTableErrors(t *testing.T) {
	good := buildSample(t)
	for _, data := range []string{
		"", "WNet", string(good[:headerSize]), "XNet" + string(good[4:]),
		string(good[:len(good)-1]),
	} {
		if _, err := openTable(data); err == nil {
			t.Errorf("openTable(%d bytes): no error", len(data))
		}
	}
}
