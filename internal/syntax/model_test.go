package syntax

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

func readSample(t testing.TB) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, "testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// treeError reports why the words of s do not form one tree: heads in
// range, one root, no cycle, a relation on every word.
func treeError(s *Sentence) error {
	n := len(s.Words)
	roots := 0
	for i, w := range s.Words {
		if w.Head < 0 || w.Head > n || w.Head == i+1 {
			return fmt.Errorf("word %d has head %d", i+1, w.Head)
		}
		if w.Head == 0 {
			roots++
			if w.Rel != "root" {
				return fmt.Errorf("root word %d has relation %q", i+1, w.Rel)
			}
		} else if w.Rel == "" || w.Rel == "root" {
			return fmt.Errorf("word %d has relation %q", i+1, w.Rel)
		}
	}
	if n > 0 && roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i := range s.Words {
		k := i + 1
		for steps := 0; k != 0; steps++ {
			if steps > n {
				return fmt.Errorf("word %d is in a cycle", i+1)
			}
			k = s.Words[k-1].Head
		}
	}
	return nil
}

// checkParse checks the sentences Parse gave for text.
func checkParse(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	last := 0
	for _, s := range sents {
		if len(s.Words) == 0 {
			t.Fatalf("%q: empty sentence", text)
		}
		if err := treeError(&s); err != nil {
			t.Fatalf("%q: sentence %q: %v", text, s.Text, err)
		}
		for _, w := range s.Words {
			if w.Start < last || w.End <= w.Start || w.End > len(text) {
				t.Fatalf("%q: word %q at %d:%d (after %d)", text, w.Form, w.Start, w.End, last)
			}
			if text[w.Start:w.End] != w.Form {
				t.Fatalf("%q: word %q at %d:%d is %q in the text", text, w.Form, w.Start, w.End, text[w.Start:w.End])
			}
			if w.UPOS == "" || w.XPOS == "" || w.Lemma == "" {
				t.Fatalf("%q: word %q lacks a tag or lemma: %+v", text, w.Form, w)
			}
			last = w.End
		}
	}
}

func TestParse(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	tests := []struct {
		name, text string
		sentences  int
		// heads names dependents and their heads by form, "" for the root.
		heads map[string]string
	}{
		{"simple", "Iran signed a treaty with Russia.", 1,
			map[string]string{"Iran": "signed", "signed": "", "treaty": "signed"}},
		{"two sentences", "The minister arrived on Friday. He met the president.", 2,
			map[string]string{"minister": "arrived", "He": "met", "president": "met"}},
		{"abbreviation", "The talks in St. Louis ended on Jan. 17.", 1, nil},
		{"empty", "", 0, nil},
		{"spaces only", " \n\t ", 0, nil},
		{"punctuation only", "?!...", 1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := p.Parse(tc.text)
			checkParse(t, tc.text, got)
			if len(got) != tc.sentences {
				t.Fatalf("got %d sentences, want %d", len(got), tc.sentences)
			}
			for dep, head := range tc.heads {
				found := false
				for _, s := range got {
					for _, w := range s.Words {
						if w.Form != dep {
							continue
						}
						found = true
						gotHead := ""
						if w.Head > 0 {
							gotHead = s.Words[w.Head-1].Form
						}
						if gotHead != head {
							t.Errorf("head of %q: got %q, want %q", dep, gotHead, head)
						}
					}
				}
				if !found {
					t.Errorf("no word %q", dep)
				}
			}
		})
	}
}

// TestParseReuse checks that a Parser gives the same analysis whatever
// it parsed before.
func TestParseReuse(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Russia and Iran held talks in Tehran last week. They agreed to expand trade."
	fresh := m.NewParser()
	var want bytes.Buffer
	if err := WriteCoNLLU(&want, fresh.Parse(text)); err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	p.Parse(strings.Repeat("A much longer sentence with many words comes first, and another one. ", 20))
	var got bytes.Buffer
	if err := WriteCoNLLU(&got, p.Parse(text)); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("reused parser:\n%s\nfresh parser:\n%s", got.String(), want.String())
	}
}

// TestSampleAccuracy guards the embedded model against regressions on
// the sample treebank (news-like sentences written for the tests).
func TestSampleAccuracy(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	var upos, uas, las, all int
	for _, g := range readSample(t) {
		s := Sentence{Words: make([]Word, len(g.Words))}
		for i, w := range g.Words {
			s.Words[i] = Word{Form: w.Form, Start: -1, End: -1, Head: -1}
		}
		p.Analyze(&s)
		if err := treeError(&s); err != nil {
			t.Fatalf("%q: %v", g.Text, err)
		}
		for i, w := range s.Words {
			gw := g.Words[i]
			all++
			if w.UPOS == gw.UPOS {
				upos++
			}
			if w.Head == gw.Head {
				uas++
				if universal(w.Rel) == universal(gw.Rel) {
					las++
				}
			}
		}
	}
	for _, c := range []struct {
		name  string
		right int
		min   float64
	}{{"UPOS", upos, 0.90}, {"UAS", uas, 0.80}, {"LAS", las, 0.75}} {
		if got := float64(c.right) / float64(all); got < c.min {
			t.Errorf("%s on the sample: %.3f, want at least %.2f", c.name, got, c.min)
		}
	}
}

// TestTrainDeterministic trains twice on the sample: the two models must
// be byte-identical, and decoding and encoding one again must give the
// same bytes.
func TestTrainDeterministic(t *testing.T) {
	sample := readSample(t)
	train := func() []byte {
		m, err := Train(sample, sample, TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 2, Seed: 7, Prune: 0.1})
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", len(a), len(b))
	}
	var m Model
	if err := m.UnmarshalBinary(a); err != nil {
		t.Fatal(err)
	}
	c, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c) {
		t.Fatalf("decoding and encoding changed the model (%d and %d bytes)", len(a), len(c))
	}
	// The small model must still parse into trees.
	p := m.NewParser()
	text := "Iran signed a treaty with Russia in Moscow on Friday."
	checkParse(t, text, p.Parse(text))
}

func TestUnmarshalErrors(t *testing.T) {
	sample := readSample(t)
	m, err := Train(sample, nil, TrainOptions{TagEpochs: 1, ParseEpochs: 1, Folds: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	good, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("not a model at all")},
		{"magic only", []byte(modelMagic)},
		{"truncated", good[:len(good)/2]},
		{"trailing bytes", append(append([]byte{}, good...), 1, 2, 3)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m Model
			if err := m.UnmarshalBinary(tc.data); err == nil {
				t.Errorf("UnmarshalBinary: no error")
			}
		})
	}
	// Every truncation fails cleanly.
	for n := 0; n < len(good); n += 1 + len(good)/500 {
		var m Model
		if err := m.UnmarshalBinary(good[:n]); err == nil {
			t.Fatalf("model truncated to %d of %d bytes: no error", n, len(good))
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Iran signed a treaty with Russia in Moscow on Friday.",
		"The talks in St. Louis ended on Jan. 17. No. 1 seed Wal-Mart won't say.",
		"\"I don't know,\" he said (on Monday).",
		"U.S. officials met e.g. at 3:30 p.m. in Washington, D.C.",
		"", "...", "a\x00b\xffc", strings.Repeat("word ", 300),
	} {
		f.Add(s)
	}
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	p := m.NewParser()
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		checkParse(t, text, p.Parse(text))
	})
}

func FuzzReadCoNLLU(f *testing.F) {
	sample, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(sample[:min(len(sample), 2000)]))
	f.Add("1\tword\tword\tNOUN\tNN\t_\t0\troot\t_\t_\n\n")
	f.Add("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in), "fuzz.conllu")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.conllu") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, sents); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLLU(&buf, "again")
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("wrote %d sentences, read back %d", len(sents), len(again))
		}
	})
}

func FuzzUnmarshal(f *testing.F) {
	f.Add([]byte(modelMagic))
	f.Add(append([]byte(modelMagic), 1, 1, 'X', 1, 'Y', 1, 4, 'r', 'o', 'o', 't', 3, 0))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Model
		if m.UnmarshalBinary(data) == nil {
			// A model that decodes must parse without panicking.
			text := "A short test sentence."
			checkParse(t, text, m.NewParser().Parse(text))
		}
	})
}

// TestParseEach checks that parsing a text a part at a time gives what
// parsing it whole gives when parts end at paragraph breaks, and valid
// offsets whatever the cuts.
func TestParseEach(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	para := "Iran and Russia signed a treaty in Moscow on Friday. The talks in St. Louis ended on Jan. 17.\n\n"
	text := strings.Repeat(para, 40)
	var whole bytes.Buffer
	p := m.NewParser()
	all := p.Parse(text)
	for i := range all {
		all[i].ID = strconv.Itoa(i + 1)
	}
	if err := WriteCoNLLU(&whole, all); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { chunkSize = n }(chunkSize)
	for _, size := range []int{len(para) * 3, 1000, 37} {
		chunkSize = size
		var got bytes.Buffer
		n := 0
		err := p.ParseEach(text, func(sents []Sentence) error {
			for i := range sents {
				s := &sents[i]
				s.ID = strconv.Itoa(n + i + 1)
				if text[s.Start:s.End] != s.Text {
					t.Fatalf("size %d: sentence at %d:%d is not its text %q", size, s.Start, s.End, s.Text)
				}
				for _, w := range s.Words {
					if text[w.Start:w.End] != w.Form {
						t.Fatalf("size %d: word %q at %d:%d", size, w.Form, w.Start, w.End)
					}
				}
			}
			n += len(sents)
			return WriteCoNLLU(&got, sents)
		})
		if err != nil {
			t.Fatal(err)
		}
		if size%len(para) == 0 && got.String() != whole.String() {
			t.Errorf("size %d: parts parse differently from the whole text", size)
		}
		if n == 0 {
			t.Errorf("size %d: no sentences", size)
		}
	}
}
