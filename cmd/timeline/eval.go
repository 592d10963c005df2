package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/eval"
	"github.com/timeline-dev/timeline/internal/timeline"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the date tagger against gold TIMEX3 annotations (TempEval-3 measures), and the timeline against gold events when the records carry them; or the parser against gold .conllu treebanks (CoNLL 2018 measures)",
		ArgsUsage: "GOLD.jsonl... | GOLD.conllu...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "types", Value: "DATE,TIME", Usage: "comma-separated TIMEX3 `TYPES` to score"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
			&cli.BoolFlag{Name: "errors", Usage: "list every miss, spurious expression, span and value error with its context, and every event error with its sentence"},
			&cli.StringFlag{Name: "date-order", Value: "auto", Usage: "`ORDER` of numeric dates: dmy, mdy or auto"},
			&cli.StringFlag{Name: "anchor", Value: "auto", Usage: "`MODE` for year-less dates: news, narrative or auto"},
			&cli.BoolFlag{Name: "no-dct", Usage: "withhold each gold document's creation date, so that the reference is found or inferred from the text as for a pasted article"},
			jobsFlag("documents tagged in parallel"),
		},
		Action: runEval,
	}
}

func runEval(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.Exit("eval: name at least one gold JSON Lines or CoNLL-U file", exitUsage)
	}
	names := c.Args().Slice()
	treebanks := 0
	for _, name := range names {
		if isTreebank(name) {
			treebanks++
		}
	}
	switch {
	case treebanks == len(names):
		return runTreebankEval(c, names)
	case treebanks > 0:
		return cli.Exit("eval: score .conllu treebanks and JSON Lines gold files in separate calls", exitUsage)
	}
	order, err := parseOrder(c.String("date-order"))
	if err != nil {
		return err
	}
	anchor, err := parseAnchor(c.String("anchor"))
	if err != nil {
		return err
	}
	var gold []eval.Doc
	var goldEvents []eval.EventDoc
	withEvents := false
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return cli.Exit(err.Error(), exitInput)
		}
		docs, err := eval.ReadDocs(bytes.NewReader(src), name)
		if err != nil {
			return cli.Exit(err.Error(), exitInput)
		}
		gold = append(gold, docs...)
		evs, err := eval.ReadEventDocs(bytes.NewReader(src), name)
		if err != nil {
			return cli.Exit(err.Error(), exitInput)
		}
		for _, d := range evs {
			withEvents = withEvents || d.HasEvents
		}
		goldEvents = append(goldEvents, evs...)
	}
	cfg := timeline.Config{Order: order, Anchor: anchor}
	input, inputEvents := gold, goldEvents
	if c.Bool("no-dct") {
		// The gold records are scored as they are; only the copies the
		// tagger reads lose their dates, and a text that bounds nothing
		// falls back on today's date as a pasted one does.
		cfg.Now = time.Now().UTC()
		input = make([]eval.Doc, len(gold))
		for i, d := range gold {
			d.DCT = ""
			input[i] = d
		}
		inputEvents = make([]eval.EventDoc, len(goldEvents))
		for i, d := range goldEvents {
			d.DCT = ""
			inputEvents[i] = d
		}
	}
	system, err := eval.Tagged(input, cfg, c.Int("jobs"))
	if err != nil {
		return cli.Exit(err.Error(), exitInput)
	}
	var types []string
	for _, t := range strings.Split(c.String("types"), ",") {
		if t = strings.TrimSpace(t); t != "" {
			types = append(types, strings.ToUpper(t))
		}
	}
	report := eval.Score(gold, system, eval.Options{Types: types})
	var events eval.EventReport
	if withEvents {
		// Records that carry gold timeline rows are also scored event by
		// event, after running the whole pipeline over them.
		found, err := eval.Timelines(inputEvents, cfg, c.Int("jobs"))
		if err != nil {
			return cli.Exit(err.Error(), exitInput)
		}
		events = eval.ScoreEvents(goldEvents, found)
	}
	switch {
	case c.Bool("json") && withEvents:
		err = eval.WriteJSON(c.App.Writer, report, events)
	case c.Bool("json"):
		err = eval.WriteReportJSON(c.App.Writer, report)
	default:
		err = eval.WriteReport(c.App.Writer, report, c.Bool("errors"))
		if err == nil && withEvents {
			fmt.Fprintln(c.App.Writer)
			err = eval.WriteEventReport(c.App.Writer, events, c.Bool("errors"))
		}
	}
	if err != nil {
		return cli.Exit(fmt.Sprintf("write report: %v", err), exitOutput)
	}
	return nil
}
