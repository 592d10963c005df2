package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/timeline-dev/timeline/internal/syntax"
)

const parseText = "Iran and Russia signed a treaty in Moscow on 17 January 2025. " +
	"The envoy didn't attend, officials said.\n\nTalks resume next week.\n"

// checkCoNLLU checks that out is valid CoNLL-U for the documents docs
// (document id → text): every word line has 10 columns, every sentence
// one root and heads inside it, its sentence ids are ID-1, ID-2 and so
// on, and each word's TokenRange slices its form out of the document's
// text. It returns the number of sentences of each document.
func checkCoNLLU(t *testing.T, out string, docs map[string]string) map[string]int {
	t.Helper()
	counts := map[string]int{}
	if out == "" {
		return counts
	}
	var doc, text string
	for bi, block := range strings.Split(strings.TrimSuffix(out, "\n\n"), "\n\n") {
		var words [][]string
		id := ""
		for _, line := range strings.Split(block, "\n") {
			if v, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
				doc = v
				var known bool
				if text, known = docs[doc]; !known {
					t.Fatalf("unknown document %q", doc)
				}
				continue
			}
			if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				id = v
				continue
			}
			if strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 10 {
				t.Fatalf("block %d: got %d columns, want 10: %q", bi, len(cols), line)
			}
			if strings.Contains(cols[0], "-") {
				continue // a multiword token
			}
			words = append(words, cols)
		}
		if doc == "" {
			t.Fatalf("block %d comes before any # newdoc id", bi)
		}
		counts[doc]++
		if want := doc + "-" + strconv.Itoa(counts[doc]); id != want {
			t.Errorf("sent_id: got %q, want %q", id, want)
		}
		roots := 0
		for i, cols := range words {
			if got, want := cols[0], strconv.Itoa(i+1); got != want {
				t.Errorf("%s: word id: got %s, want %s", id, got, want)
			}
			head, err := strconv.Atoi(cols[6])
			if err != nil || head < 0 || head > len(words) {
				t.Errorf("%s: word %d: head %q outside the sentence of %d words", id, i+1, cols[6], len(words))
			}
			if head == 0 {
				roots++
			}
			var start, end int
			found := false
			for _, m := range strings.Split(cols[9], "|") {
				if v, ok := strings.CutPrefix(m, "TokenRange="); ok {
					_, err := fmt.Sscanf(v, "%d:%d", &start, &end)
					found = err == nil
				}
			}
			if !found || start < 0 || end > len(text) || start > end {
				t.Errorf("%s: word %d: bad TokenRange in %q", id, i+1, cols[9])
				continue
			}
			if got := text[start:end]; got != cols[1] {
				t.Errorf("%s: word %d: text[%d:%d] is %q, want the form %q", id, i+1, start, end, got, cols[1])
			}
		}
		if roots != 1 {
			t.Errorf("%s: got %d roots, want 1", id, roots)
		}
	}
	return counts
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestParse(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", parseText)
	b := writeFile(t, dir, "b.txt", "The ceasefire held.")
	code, out, errs := runCLI(t, "", "parse", a, b)
	if code != exitOK || errs != "" {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	counts := checkCoNLLU(t, out, map[string]string{a: parseText, b: "The ceasefire held."})
	if counts[a] != 3 || counts[b] != 1 {
		t.Errorf("sentences: got %v, want 3 in %s and 1 in %s", counts, a, b)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out), "output")
	if err != nil {
		t.Fatalf("the output does not read back: %v", err)
	}
	if len(sents) != 4 {
		t.Errorf("read back %d sentences, want 4", len(sents))
	}
}

func TestParseStdin(t *testing.T) {
	for _, args := range [][]string{{"parse"}, {"parse", "-"}} {
		code, out, errs := runCLI(t, parseText, args...)
		if code != exitOK {
			t.Fatalf("%v: exit code %d, stderr:\n%s", args, code, errs)
		}
		if !strings.HasPrefix(out, "# newdoc id = stdin\n# sent_id = stdin-1\n") {
			t.Errorf("%v: got\n%s\nwant it to start with the stdin document", args, out)
		}
		checkCoNLLU(t, out, map[string]string{"stdin": parseText})
	}
}

// TestParseJSONL reads JSON Lines records: each is a document named by
// its id, and its offsets count in its own text.
func TestParseJSONL(t *testing.T) {
	in := `{"id":"r1","text":"Talks began on Monday."}` + "\n" + `{"id":"r2","text":"They ended on Friday. Nobody signed."}` + "\n"
	code, out, errs := runCLI(t, in, "parse", "--input-format", "jsonl")
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	counts := checkCoNLLU(t, out, map[string]string{"r1": "Talks began on Monday.", "r2": "They ended on Friday. Nobody signed."})
	if counts["r1"] != 1 || counts["r2"] != 2 {
		t.Errorf("sentences: got %v, want r1:1 r2:2", counts)
	}
}

// TestParseMissingFile names the file that cannot be read and still
// parses the others.
func TestParseMissingFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "The talks resumed.")
	missing := filepath.Join(dir, "missing.txt")
	b := writeFile(t, dir, "b.txt", "The talks ended.")
	code, out, errs := runCLI(t, "", "parse", a, missing, b)
	if code != exitInput {
		t.Errorf("exit code: got %d, want %d", code, exitInput)
	}
	if !strings.Contains(errs, missing+": ") {
		t.Errorf("stderr does not name %s:\n%s", missing, errs)
	}
	counts := checkCoNLLU(t, out, map[string]string{a: "The talks resumed.", b: "The talks ended."})
	if counts[a] != 1 || counts[b] != 1 {
		t.Errorf("sentences: got %v, want one for each readable file", counts)
	}
}

func TestParseDeterministic(t *testing.T) {
	code, first, errs := runCLI(t, "", "parse", example)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	src, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	checkCoNLLU(t, first, map[string]string{example: string(src)})
	_, second, _ := runCLI(t, "", "parse", example)
	if first != second {
		t.Errorf("two runs on the same input give different output")
	}
}

func TestParseOutputFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.conllu")
	code, out, errs := runCLI(t, "The talks resumed.", "parse", "-o", path)
	if code != exitOK || out != "" {
		t.Fatalf("exit code %d, stdout %q, stderr:\n%s", code, out, errs)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkCoNLLU(t, string(got), map[string]string{"stdin": "The talks resumed."})
}

// TestModelLoadedByParseOnly checks that the command asks for the
// syntax model only for parse: extract's event analysis loads it itself,
// when an event needs it, and dates never does (internal/timeline tests
// that).
func TestModelLoadedByParseOnly(t *testing.T) {
	var loads atomic.Int32
	saved := loadModel
	loadModel = func() (*syntax.Model, error) {
		loads.Add(1)
		return saved()
	}
	defer func() { loadModel = saved }()
	for _, cmd := range []string{"extract", "dates"} {
		if code, _, errs := runCLI(t, "", cmd, "-q", "--ref", "2025-01-10", example); code != exitOK {
			t.Fatalf("%s: exit code %d, stderr:\n%s", cmd, code, errs)
		}
	}
	if n := loads.Load(); n != 0 {
		t.Errorf("extract and dates asked for the model %d times, want 0", n)
	}
	if code, _, errs := runCLI(t, "The talks resumed.", "parse"); code != exitOK {
		t.Fatalf("parse: exit code %d, stderr:\n%s", code, errs)
	}
	if n := loads.Load(); n != 1 {
		t.Errorf("parse loaded the model %d times, want 1", n)
	}
}

// sampleTreebank is the syntax package's small hand-made gold treebank.
func sampleTreebank(t *testing.T) string {
	const p = "../../internal/syntax/testdata/sample.conllu"
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalTreebank(t *testing.T) {
	sample := sampleTreebank(t)
	code, out, errs := runCLI(t, "", "eval", sample)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{"treebank: " + sample, "Tokens ", "Words ", "Sentences ", "UPOS ", "XPOS ", "Lemmas ", "UAS ", "LAS ", "words/s", "model loaded in"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}

	code, out, errs = runCLI(t, "", "eval", "--json", sample)
	if code != exitOK {
		t.Fatalf("--json: exit code %d, stderr:\n%s", code, errs)
	}
	var got struct {
		Sentences int                           `json:"sentences"`
		Words     int                           `json:"words"`
		Gold      map[string]float64            `json:"gold_tokens"`
		Raw       map[string]map[string]float64 `json:"raw_text"`
		Speed     map[string]float64            `json:"speed"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	if got.Sentences == 0 || got.Words == 0 {
		t.Errorf("got %d sentences and %d words, want some", got.Sentences, got.Words)
	}
	inRange := func(name string, v float64) {
		if v < 0 || v > 1 {
			t.Errorf("%s: got %v, want a value in [0,1]", name, v)
		}
	}
	for _, k := range []string{"upos", "xpos", "lemmas", "uas", "las"} {
		v, ok := got.Gold[k]
		if !ok {
			t.Errorf("gold_tokens lacks %s", k)
		}
		inRange("gold_tokens."+k, v)
	}
	for _, k := range []string{"tokens", "words", "sentences", "upos", "xpos", "lemmas", "uas", "las"} {
		m, ok := got.Raw[k]
		if !ok {
			t.Errorf("raw_text lacks %s", k)
			continue
		}
		for _, f := range []string{"p", "r", "f1"} {
			if _, ok := m[f]; !ok {
				t.Errorf("raw_text.%s lacks %s", k, f)
			}
			inRange("raw_text."+k+"."+f, m[f])
		}
	}
	if got.Speed["words_per_second"] <= 0 {
		t.Errorf("speed.words_per_second: got %v, want more than 0", got.Speed["words_per_second"])
	}
	if _, ok := got.Speed["model_load_seconds"]; !ok {
		t.Errorf("speed lacks model_load_seconds")
	}
}

func TestEvalTreebankErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.conllu", "1\tThe\tthe\tDET\n\n")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"mixed", []string{"eval", sampleTreebank(t), "../../testdata/eval/gold.jsonl"}, exitUsage, "separate calls"},
		{"errors flag", []string{"eval", "--errors", sampleTreebank(t)}, exitUsage, "--errors"},
		{"missing", []string{"eval", filepath.Join(dir, "missing.conllu")}, exitInput, filepath.Join(dir, "missing.conllu") + ": "},
		{"malformed", []string{"eval", bad}, exitInput, bad + ":1: "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d", code, tc.wantCode)
			}
			if !strings.Contains(errs, tc.wantErr) {
				t.Errorf("stderr:\ngot  %q\nwant it to contain %q", errs, tc.wantErr)
			}
		})
	}
}

// TestFast checks that --fast leaves summaries as the clause words them,
// where by default they read as headlines.
func TestFast(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--ref", "2025-01-10", "-f", "csv"}, ",Talks held,"},
		{[]string{"extract", "--fast", "--ref", "2025-01-10", "-f", "csv"}, ",Talks were held,"},
	} {
		code, out, errs := runCLI(t, "Talks were held on 3 May.", tc.args...)
		if code != exitOK || !strings.Contains(out, tc.want) {
			t.Errorf("%q: exit code %d, output %q, stderr %q; want it to hold %q", tc.args, code, out, errs, tc.want)
		}
	}
}
