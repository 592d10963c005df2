// Command train learns the syntax model from the Universal Dependencies
// English Web Treebank and writes it where the syntax package embeds it.
//
//	go run ./internal/syntax/train -ud ../shared/data/ud -o internal/syntax/model/en_ewt.model
//
// The same treebank and flags give a byte-identical model.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/timeline-dev/timeline/internal/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/data/ud", "`DIR` holding en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
	out := flag.String("o", "internal/syntax/model/en_ewt.model", "model `FILE` to write")
	tagEpochs := flag.Int("tag-epochs", 10, "most passes of the tagger over the training data")
	parseEpochs := flag.Int("parse-epochs", 15, "most passes of the parser over the training data")
	folds := flag.Int("folds", 5, "parts of the training data tagged for the parser by taggers that did not see them")
	seed := flag.Uint64("seed", 1, "seed of the training order and exploration")
	prune := flag.Float64("prune", 0.9, "drop weights below this magnitude, in perceptron updates")
	goldTags := flag.Bool("gold-tags", false, "train and measure the parser on gold tags")
	flag.Parse()
	if err := run(*ud, *out, syntax.TrainOptions{TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs,
		Folds: *folds, Seed: *seed, Log: os.Stderr, GoldTags: *goldTags, Prune: *prune}); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func read(name string) ([]syntax.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLLU(f, name)
}

func run(dir, out string, o syntax.TrainOptions) error {
	start := time.Now()
	train, err := read(filepath.Join(dir, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := read(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	m, err := syntax.Train(train, dev, o)
	if err != nil {
		return err
	}
	if o.ParseEpochs == 0 {
		return nil // a tagger experiment: nothing to write
	}
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %s\n", out, len(data), time.Since(start).Round(time.Second))
	return nil
}
