package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/render"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// mergeCommand is "timeline merge": the reduce step over the sorted JSON
// Lines event streams that "timeline extract -f jsonl" writes.
func mergeCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "output `FORMAT`: jsonl (written as it is merged), or any format of extract: table, csv, json, markdown, html, ics, timelinejs, xlsx (default: jsonl, or what the -o file's extension names)", EnvVars: []string{"TIMELINE_FORMAT"}},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
		widthFlag(),
		&cli.BoolFlag{Name: "csv-raw", Usage: "write CSV cells as they are; by default a cell that starts with = + - @ gets a leading '"},
		bomFlag,
	}
	return &cli.Command{
		Name:  "merge",
		Usage: "merge sorted JSON Lines event streams (from extract -f jsonl) into one timeline, holding one event per stream in memory",
		Description: "Each input must be sorted, as extract and merge write it. The result equals one extract run over\n" +
			"all the documents: the same rows in the same order, with --merge and the filters applied the same way.",
		ArgsUsage: "FILE... (-: standard input)",
		Flags:     append(flags, selectFlags()...),
		Action:    runMerge,
	}
}

func runMerge(c *cli.Context) error {
	format, err := readFormat(c)
	if err != nil {
		return err
	}
	if err := refuseBinary(c, format, c.App.Writer); err != nil {
		return err
	}
	filter, join, err := readSelection(c)
	if err != nil {
		return err
	}
	names := c.Args().Slice()
	if len(names) == 0 {
		return cli.Exit("merge: name the event streams to merge (- for standard input)", exitUsage)
	}
	var streams []*timeline.EventReader
	var inErrs []error
	for _, name := range names {
		if name == "-" {
			streams = append(streams, timeline.NewEventReader(c.App.Reader, "-"))
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			inErrs = append(inErrs, &input.Error{File: name, Err: unwrapPath(err)})
			continue
		}
		defer f.Close()
		streams = append(streams, timeline.NewEventReader(f, name))
	}
	o, err := openOutput(c)
	if err != nil {
		return err
	}
	out := o.w
	var events []timeline.Event
	bw := bufio.NewWriter(out)
	emit := func(e timeline.Event) error {
		events = append(events, e)
		return nil
	}
	if format == render.JSONL {
		emit = func(e timeline.Event) error {
			return render.Write(bw, render.JSONL, nil, []timeline.Event{e}, render.Options{})
		}
	}
	errs, werr := timeline.MergeStreams(streams, join, filter, emit)
	inErrs = append(inErrs, errs...)
	for _, e := range inErrs {
		fmt.Fprintln(c.App.ErrWriter, "timeline: "+e.Error())
	}
	if werr == nil && format != render.JSONL {
		opts := render.Options{Width: c.Int("width"), Sources: len(names) > 1, CSVRaw: c.Bool("csv-raw"), CSVBOM: c.Bool("bom")}
		if opts.Width == 0 {
			opts.Width = terminalWidth(out)
		}
		werr = render.Write(bw, format, nil, events, opts)
	}
	if werr == nil {
		werr = bw.Flush()
	}
	if err := o.finish(c, werr); err != nil {
		return err
	}
	if len(inErrs) > 0 {
		return cli.Exit(fmt.Sprintf("%d problem(s) with the inputs", len(inErrs)), exitInput)
	}
	return nil
}

// unwrapPath drops the "op path:" of a *fs.PathError, whose path the
// message names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
