package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// selectFlags are the flags of extract that choose and join events.
func selectFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "fast", Usage: "skip the grammatical analysis of sentences that adds the actors a clause names beyond the known countries, organisations and persons, and puts summaries in headline form; about four times faster on large corpora"},
		&cli.BoolFlag{Name: "stream", Usage: "write each document's events (sorted within it) as soon as it is done, in input order, keeping memory flat over any corpus; with -f jsonl or csv"},
		&cli.BoolFlag{Name: "merge", Usage: "join the same event reported by different inputs (same date and precision, same type, an actor in common) into one row that lists every source"},
		&cli.StringFlag{Name: "since", Usage: "keep the events that end on or after `DATE` (2024, 2024-05, 2024-05-13, 2024-Q3 ...)"},
		&cli.StringFlag{Name: "until", Usage: "keep the events that begin on or before `DATE` (a whole period: --until 2024 keeps all of 2024)"},
		&cli.StringSliceFlag{Name: "type", Usage: "keep the events of `TYPE` (repeat or separate with commas): " + strings.Join(timeline.EventTypes, ", ")},
		&cli.StringSliceFlag{Name: "status", Usage: "keep the events of `STATUS` (repeat or separate with commas): " + strings.Join(timeline.EventStatuses, ", ")},
		&cli.StringSliceFlag{Name: "actor", Usage: "keep the events with an actor whose name holds `NAME`, ignoring case (repeat or separate with commas)"},
	}
}

// readSelection checks the selection flags of extract.
func readSelection(c *cli.Context) (f timeline.Filter, merge bool, err error) {
	if v := c.String("since"); v != "" {
		if f.Since, err = timeline.ParseSince(v); err != nil {
			return f, false, cli.Exit("--since: "+err.Error(), exitUsage)
		}
	}
	if v := c.String("until"); v != "" {
		if f.Until, err = timeline.ParseUntil(v); err != nil {
			return f, false, cli.Exit("--until: "+err.Error(), exitUsage)
		}
	}
	list := func(name string) []string {
		var out []string
		for _, v := range c.StringSlice(name) {
			for _, p := range strings.Split(v, ",") {
				if p = strings.TrimSpace(p); p != "" {
					out = append(out, p)
				}
			}
		}
		return out
	}
	f.Types, f.Statuses, f.Actors = list("type"), list("status"), list("actor")
	for i := range f.Types {
		f.Types[i] = strings.ToLower(f.Types[i])
	}
	for i := range f.Statuses {
		f.Statuses[i] = strings.ToLower(f.Statuses[i])
	}
	if err := timeline.CheckValues("type", f.Types, timeline.EventTypes); err != nil {
		return f, false, cli.Exit("--type: "+err.Error(), exitUsage)
	}
	if err := timeline.CheckValues("status", f.Statuses, timeline.EventStatuses); err != nil {
		return f, false, cli.Exit("--status: "+err.Error(), exitUsage)
	}
	return f, c.Bool("merge"), nil
}

// selectEvents applies --merge and the filters to the sorted events.
func selectEvents(events []timeline.Event, f timeline.Filter, merge bool) []timeline.Event {
	if merge {
		events = timeline.MergeSources(events)
	}
	return f.Apply(events)
}
