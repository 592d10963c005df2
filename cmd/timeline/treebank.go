package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// isTreebank reports whether eval reads name as a CoNLL-U treebank.
func isTreebank(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".conllu")
}

// treebankReport is what eval measures on gold CoNLL-U files, with the
// CoNLL 2018 shared task's definitions, punctuation included.
type treebankReport struct {
	Files     []string `json:"files"`
	Sentences int      `json:"sentences"`
	Words     int      `json:"words"`
	// Gold holds the accuracies of tagging, lemmatising and parsing the
	// gold words.
	Gold goldTokenScores `json:"gold_tokens"`
	// Raw holds the F1 of each measure when the raw text is split by the
	// tokenizer: a word counts only if its span is right.
	Raw   rawTextScores `json:"raw_text"`
	Speed speedReport   `json:"speed"`
}

type goldTokenScores struct {
	UPOS   float64 `json:"upos"`
	XPOS   float64 `json:"xpos"`
	Lemmas float64 `json:"lemmas"`
	UAS    float64 `json:"uas"`
	LAS    float64 `json:"las"`
}

type rawTextScores struct {
	Tokens    f1Report `json:"tokens"`
	Words     f1Report `json:"words"`
	Sentences f1Report `json:"sentences"`
	UPOS      f1Report `json:"upos"`
	XPOS      f1Report `json:"xpos"`
	Lemmas    f1Report `json:"lemmas"`
	UAS       f1Report `json:"uas"`
	LAS       f1Report `json:"las"`
}

type f1Report struct {
	P       float64 `json:"p"`
	R       float64 `json:"r"`
	F1      float64 `json:"f1"`
	Gold    int     `json:"gold"`
	System  int     `json:"system"`
	Correct int     `json:"correct"`
}

type speedReport struct {
	// WordsPerSecond is the speed of the gold-token pass: tagging,
	// lemmatising and parsing, without tokenising.
	WordsPerSecond float64 `json:"words_per_second"`
	// ModelLoadSeconds is the time taken to decode the model; 0 when
	// it was already decoded.
	ModelLoadSeconds float64 `json:"model_load_seconds"`
}

func newF1Report(f syntax.F1) f1Report {
	return f1Report{P: f.Precision(), R: f.Recall(), F1: f.F1(), Gold: f.Gold, System: f.System, Correct: f.Correct}
}

// alignedF1 turns a count of words analysed right, out of the gold
// words, into the shared task's F1 over the words of both sides.
func alignedF1(r syntax.Ratio, words syntax.F1) f1Report {
	return newF1Report(syntax.F1{Gold: words.Gold, System: words.System, Correct: r.Correct})
}

// runTreebankEval scores the parser on gold CoNLL-U files: first on the
// gold words, then on the raw text rebuilt from them.
func runTreebankEval(c *cli.Context, names []string) error {
	if c.Bool("errors") {
		return cli.Exit("eval: --errors lists TIMEX3 and event errors; it does not apply to .conllu treebanks", exitUsage)
	}
	var gold []syntax.Sentence
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return cli.Exit(fmt.Sprintf("%s: %v", name, unwrapPath(err)), exitInput)
		}
		sents, err := syntax.ReadCoNLLU(bytes.NewReader(src), name)
		if err != nil {
			return cli.Exit(err.Error(), exitInput)
		}
		if len(sents) == 0 {
			return cli.Exit(name+": no sentences to score", exitInput)
		}
		gold = append(gold, sents...)
	}
	start := time.Now()
	m, err := loadModel()
	if err != nil {
		return cli.Exit(fmt.Sprintf("internal error: load the syntax model: %v (please report it)", err), exitInternal)
	}
	loadTime := time.Since(start)
	p := m.NewParser()

	// Gold tokens: the parser sees the gold words and nothing else.
	sys := make([]syntax.Sentence, len(gold))
	words := 0
	for i, s := range gold {
		ws := make([]syntax.Word, len(s.Words))
		for j, w := range s.Words {
			ws[j] = syntax.Word{Start: -1, End: -1, Form: w.Form, Head: -1, SpaceAfter: w.SpaceAfter}
		}
		sys[i] = syntax.Sentence{ID: s.ID, Words: ws, MultiWords: s.MultiWords}
		words += len(ws)
	}
	start = time.Now()
	for i := range sys {
		p.Analyze(&sys[i])
	}
	elapsed := time.Since(start)
	onGold := syntax.Score(gold, sys)

	// Raw text: the tokenizer and sentence splitter run too.
	text := syntax.GoldText(gold)
	onRaw := syntax.Score(gold, p.Parse(text))

	r := treebankReport{
		Files:     names,
		Sentences: len(gold),
		Words:     words,
		Gold: goldTokenScores{
			UPOS: onGold.UPOS.Value(), XPOS: onGold.XPOS.Value(), Lemmas: onGold.Lemmas.Value(),
			UAS: onGold.UAS.Value(), LAS: onGold.LAS.Value(),
		},
		Raw: rawTextScores{
			Tokens:    newF1Report(onRaw.Tokens),
			Words:     newF1Report(onRaw.Words),
			Sentences: newF1Report(onRaw.Sentences),
			UPOS:      alignedF1(onRaw.UPOS, onRaw.Words),
			XPOS:      alignedF1(onRaw.XPOS, onRaw.Words),
			Lemmas:    alignedF1(onRaw.Lemmas, onRaw.Words),
			UAS:       alignedF1(onRaw.UAS, onRaw.Words),
			LAS:       alignedF1(onRaw.LAS, onRaw.Words),
		},
		Speed: speedReport{ModelLoadSeconds: loadTime.Seconds()},
	}
	if secs := elapsed.Seconds(); secs > 0 {
		r.Speed.WordsPerSecond = float64(words) / secs
	}
	if c.Bool("json") {
		err = writeTreebankJSON(c.App.Writer, r)
	} else {
		err = writeTreebankReport(c.App.Writer, r)
	}
	if err != nil {
		return cli.Exit(fmt.Sprintf("write report: %v", err), exitOutput)
	}
	return nil
}

func writeTreebankJSON(w io.Writer, r treebankReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// writeTreebankReport writes r as a table: a row a measure, the accuracy
// on gold words, then precision, recall and F1 on the raw text. Word
// segmentation measures have no gold-token accuracy: the words are given.
func writeTreebankReport(w io.Writer, r treebankReport) error {
	var b strings.Builder
	what := "treebank"
	if len(r.Files) > 1 {
		what = "treebanks"
	}
	fmt.Fprintf(&b, "%s: %s; %s sentences, %s words\n\n", what, strings.Join(r.Files, ", "), thousands(r.Sentences), thousands(r.Words))
	fmt.Fprintf(&b, "%-10s %11s   %s\n", "", "gold tokens", "------ raw text -----")
	fmt.Fprintf(&b, "%-10s %11s   %6s %6s %6s\n", "", "accuracy", "P", "R", "F1")
	pct := func(v float64) string { return fmt.Sprintf("%.2f", 100*v) }
	rows := []struct {
		name string
		acc  string
		raw  f1Report
	}{
		{"Tokens", "-", r.Raw.Tokens},
		{"Words", "-", r.Raw.Words},
		{"Sentences", "-", r.Raw.Sentences},
		{"UPOS", pct(r.Gold.UPOS), r.Raw.UPOS},
		{"XPOS", pct(r.Gold.XPOS), r.Raw.XPOS},
		{"Lemmas", pct(r.Gold.Lemmas), r.Raw.Lemmas},
		{"UAS", pct(r.Gold.UAS), r.Raw.UAS},
		{"LAS", pct(r.Gold.LAS), r.Raw.LAS},
	}
	for _, row := range rows {
		fmt.Fprintf(&b, "%-10s %11s   %6s %6s %6s\n", row.name, row.acc, pct(row.raw.P), pct(row.raw.R), pct(row.raw.F1))
	}
	fmt.Fprintf(&b, "\nspeed: %s words/s tagged, lemmatised and parsed (gold tokens); model loaded in %s\n",
		thousands(int(r.Speed.WordsPerSecond+0.5)), fmt.Sprintf("%.0f ms", 1000*r.Speed.ModelLoadSeconds))
	_, err := io.WriteString(w, b.String())
	return err
}
