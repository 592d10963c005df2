package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/render"
)

// bomFlag is --bom, for CSV that a spreadsheet imports.
var bomFlag = &cli.BoolFlag{Name: "bom", Usage: "start CSV with a UTF-8 byte order mark and end its lines with CRLF, for a spreadsheet's import (Excel garbles accents without it); for a workbook use -f xlsx"}

// readFormat reads -f. Without it (or TIMELINE_FORMAT), the extension of
// the -o file names the format, so that "-o timeline.xlsx" writes a
// workbook rather than a table into a file of that name. It also checks
// --bom and that the command writes the format.
func readFormat(c *cli.Context) (render.Format, error) {
	format, err := render.ParseFormat(c.String("format"))
	if err != nil {
		return format, cli.Exit("--format: "+err.Error(), exitUsage)
	}
	flag := "--format"
	if out := c.String("output"); !c.IsSet("format") && out != "" {
		if f, ok := render.FormatOf(out); ok {
			format, flag = f, "-o "+out
		}
	}
	if c.Command.Name == "dates" && !format.ListsDates() {
		return format, cli.Exit(fmt.Sprintf("%s: %s is for events; dates writes table, csv, json, jsonl or markdown", flag, format), exitUsage)
	}
	if c.Bool("bom") && format != render.CSV {
		return format, cli.Exit(fmt.Sprintf("--bom is for -f csv, not %s (a spreadsheet opens -f xlsx as it is)", format), exitUsage)
	}
	return format, nil
}

// refuseBinary refuses to write a binary format such as xlsx to a
// terminal, where it would show as garbage and could upset the terminal.
func refuseBinary(c *cli.Context, format render.Format, w io.Writer) error {
	if !format.Binary() {
		return nil
	}
	if name := c.String("output"); name != "" && name != "-" {
		return nil
	}
	if fileIsTerminal(w) {
		return cli.Exit(fmt.Sprintf("-f %s writes a binary file, not text for a terminal: give -o FILE.%s, or redirect standard output (> timeline.%s)", format, format, format), exitUsage)
	}
	return nil
}
