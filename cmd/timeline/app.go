package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/timeline-dev/timeline/internal/parse"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// Exit codes.
const (
	exitOK          = 0   // everything was read and written
	exitInput       = 1   // some input could not be read or was not valid; the rest was still processed
	exitUsage       = 2   // bad flags or arguments
	exitOutput      = 3   // the output could not be written
	exitInternal    = 4   // a defect of the program; the message asks for a report
	exitInterrupted = 130 // stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + the number of SIGINT, as shells report it
)

// exitCodesHelp documents the exit codes in the help text.
const exitCodesHelp = `Exit codes:
   0    everything was read and written
   1    some inputs could not be read (each is named on standard error); the
        timeline of the others was still written
   2    bad flags or arguments
   3    the output could not be written
   4    internal error (a defect of timeline; please report it)
   130  interrupted (Ctrl-C); an -o file is left as it was

Writing into a pipe that closes early, as in "timeline extract a.txt | head",
is not an error.`

// run executes the command line args and returns the exit code. It is the
// whole program but for os.Exit, so tests call it in-process. ctx ends the
// work early when it is cancelled (Ctrl-C). A panic, which is always a
// defect, is reported in one line rather than as a stack trace.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(stderr, "timeline: internal error: %v (please report it, with the command and its input)\n", v)
			code = exitInternal
		}
	}()
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, flagsFirst(args))
	if err == nil {
		return exitOK
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		if msg := err.Error(); msg != "" {
			fmt.Fprintln(stderr, "timeline: "+msg)
		}
		return ec.ExitCode()
	}
	fmt.Fprintln(stderr, "timeline: "+err.Error())
	return exitUsage
}

// boolFlags are the flags that take no value.
var boolFlags = map[string]bool{
	"-q": true, "--quiet": true, "--json": true, "--errors": true, "-h": true, "--help": true, "--csv-raw": true,
}

// flagsFirst moves the flags of a subcommand before its file arguments, so
// that "timeline extract a.txt b.txt -f csv" works: urfave/cli v2 stops
// reading flags at the first argument. "--" ends the flags; "-" is a file
// (standard input).
func flagsFirst(args []string) []string {
	if len(args) < 3 {
		return args
	}
	out := append([]string(nil), args[:2]...)
	var files []string
	rest := args[2:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		switch {
		case a == "--":
			files = append(files, rest[i+1:]...)
			i = len(rest)
		case len(a) > 1 && a[0] == '-':
			out = append(out, a)
			if !boolFlags[a] && !strings.Contains(a, "=") && i+1 < len(rest) {
				out = append(out, rest[i+1])
				i++
			}
		default:
			files = append(files, a)
		}
	}
	if len(files) > 0 {
		out = append(out, "--")
		out = append(out, files...)
	}
	return out
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	common := []cli.Flag{
		&cli.StringFlag{Name: "ref", Usage: "reference (publication) date `YYYY-MM-DD` for every input; default: a dateline, the record's date, or inferred from the text", EnvVars: []string{"TIMELINE_REF"}},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table, csv, json, jsonl or markdown", EnvVars: []string{"TIMELINE_FORMAT"}},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output; FILE is replaced only once the whole output is written"},
		&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "`KIND` of input: text, jsonl (records with id, text, dct or date), or auto (jsonl for *.jsonl files)"},
		&cli.StringFlag{Name: "date-order", Value: "auto", Usage: "`ORDER` of numeric dates such as 5/6/2025: dmy, mdy, or auto (decided per document)"},
		&cli.StringFlag{Name: "anchor", Value: "auto", Usage: "`MODE` for year-less dates: news (the reference date), narrative (the last full date of the text), or auto"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents analysed in parallel (the output does not depend on it)"},
		&cli.IntFlag{Name: "width", Usage: "table width in columns (default: the terminal's, else 100)", EnvVars: []string{"COLUMNS"}},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "do not report the reference date of each input on standard error"},
		&cli.StringFlag{Name: "max-doc-size", Value: "64MiB", Usage: "largest document read, as `SIZE` (such as 64MiB or 200MB; 0 for no limit): a text file, standard input, or one JSON Lines record"},
		&cli.BoolFlag{Name: "csv-raw", Usage: "write CSV cells as they are; by default a cell that starts with = + - @ (which a spreadsheet would run as a formula) gets a leading '"},
	}
	app := &cli.App{
		Name:        "timeline",
		Usage:       "print a chronological timeline of the dated events that news articles report",
		Description: exitCodesHelp,
		Version:     version,
		Reader:      stdin,
		Writer:      stdout,
		ErrWriter:   stderr,
		// Errors are printed once, by run; urfave/cli must not exit by itself.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return cli.Exit(err.Error(), exitUsage)
		},
		Commands: []*cli.Command{
			{
				Name:        "extract",
				Usage:       "list the dated events of the inputs, sorted by date",
				ArgsUsage:   "[FILE...] (default or -: standard input)",
				Flags:       common,
				Description: exitCodesHelp,
				Action:      func(c *cli.Context) error { return runAnalysis(c, false) },
			},
			{
				Name:        "dates",
				Usage:       "list every temporal expression of the inputs with its resolved TIMEX3 value",
				ArgsUsage:   "[FILE...] (default or -: standard input)",
				Flags:       common,
				Description: exitCodesHelp,
				Action:      func(c *cli.Context) error { return runAnalysis(c, true) },
			},
			evalCommand(),
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = app.OnUsageError
	}
	return app
}

// settings are the flags shared by extract and dates, checked.
type settings struct {
	cfg    timeline.Config
	format timeline.Format
	read   timeline.ReadOptions
	jobs   int
	width  int
	quiet  bool
	csvRaw bool
}

func readSettings(c *cli.Context) (settings, error) {
	var s settings
	var err error
	if v := c.String("ref"); v != "" {
		if s.cfg.Ref, err = timeline.ParseRef(v); err != nil {
			return s, cli.Exit("--ref: "+err.Error(), exitUsage)
		}
	}
	s.cfg.Now = time.Now().UTC()
	if s.format, err = timeline.ParseFormat(c.String("format")); err != nil {
		return s, cli.Exit("--format: "+err.Error(), exitUsage)
	}
	if s.cfg.Order, err = parseOrder(c.String("date-order")); err != nil {
		return s, err
	}
	if s.cfg.Anchor, err = parseAnchor(c.String("anchor")); err != nil {
		return s, err
	}
	if s.read.Kind, err = timeline.ParseInputKind(c.String("input-format")); err != nil {
		return s, cli.Exit("--input-format: "+err.Error(), exitUsage)
	}
	if s.read.MaxSize, err = timeline.ParseSize(c.String("max-doc-size")); err != nil {
		return s, cli.Exit("--max-doc-size: "+err.Error(), exitUsage)
	}
	s.read.Stdin = c.App.Reader
	s.jobs = c.Int("jobs")
	s.width = c.Int("width")
	s.quiet = c.Bool("quiet")
	s.csvRaw = c.Bool("csv-raw")
	return s, nil
}

func parseOrder(v string) (parse.DateOrder, error) {
	switch strings.ToLower(v) {
	case "auto", "":
		return parse.OrderAuto, nil
	case "dmy":
		return parse.OrderDMY, nil
	case "mdy":
		return parse.OrderMDY, nil
	}
	return 0, cli.Exit(fmt.Sprintf("--date-order: unknown order %q (want dmy, mdy or auto)", v), exitUsage)
}

func parseAnchor(v string) (parse.AnchorMode, error) {
	switch strings.ToLower(v) {
	case "auto", "":
		return parse.AnchorAuto, nil
	case "news":
		return parse.AnchorNews, nil
	case "narrative":
		return parse.AnchorNarrative, nil
	}
	return 0, cli.Exit(fmt.Sprintf("--anchor: unknown mode %q (want news, narrative or auto)", v), exitUsage)
}

// runAnalysis is the action of extract (dates false) and dates.
func runAnalysis(c *cli.Context, dates bool) error {
	s, err := readSettings(c)
	if err != nil {
		return err
	}
	ctx := c.Context
	stderr := c.App.ErrWriter
	names := c.Args().Slice()
	if len(names) == 0 {
		names = []string{"-"}
	}
	in, err := timeline.ReadInputs(ctx, names, s.read)
	if err != nil {
		return interrupted()
	}
	for _, w := range in.Warnings {
		fmt.Fprintln(stderr, "timeline: warning: "+w.Error())
	}
	for _, e := range in.Errors {
		fmt.Fprintln(stderr, "timeline: "+e.Error())
	}
	results, err := timeline.AnalyzeAll(ctx, in.Docs, s.cfg, s.jobs)
	if err != nil {
		return interrupted()
	}
	inputs := make([]timeline.Input, 0, len(results))
	var internal []error
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintln(stderr, "timeline: "+r.Err.Error())
			internal = append(internal, r.Err)
			continue
		}
		inputs = append(inputs, r.Input)
		if !s.quiet {
			fmt.Fprintln(stderr, refNote(r))
		}
		for _, w := range r.Warnings {
			fmt.Fprintln(stderr, "timeline: warning: "+w.Error())
		}
	}
	if err := writeOutput(c, s, dates, inputs, results); err != nil {
		return err
	}
	switch {
	case len(internal) > 0:
		return cli.Exit(fmt.Sprintf("%d input(s) met an internal error; the timeline of the others was written", len(internal)), exitInternal)
	case len(in.Errors) > 0:
		return cli.Exit(fmt.Sprintf("%d input(s) or record(s) could not be read; the timeline of the others was written", len(in.Errors)), exitInput)
	}
	return nil
}

// interrupted turns the error of cancelled work into the exit of an
// interrupted run.
func interrupted() error {
	return cli.Exit("interrupted; nothing was written", exitInterrupted)
}

// writeOutput writes the timeline (or, for dates, the date rows) to
// standard output or to the -o file. The file is written under a
// temporary name and renamed only when everything was written, so that
// an error or Ctrl-C leaves it as it was. A reader that goes away, as
// "head" does, ends the output without an error.
func writeOutput(c *cli.Context, s settings, dates bool, inputs []timeline.Input, results []timeline.Result) error {
	var out io.Writer = c.App.Writer
	var file *timeline.OutputFile
	if name := c.String("output"); name != "" && name != "-" {
		var err error
		if file, err = timeline.CreateOutput(name); err != nil {
			return cli.Exit(fmt.Sprintf("cannot write %s: %v (check the directory and its permissions)", name, unwrapPath(err)), exitOutput)
		}
		defer file.Abort()
		out = file
	}
	opts := timeline.Options{Width: s.width, CSVRaw: s.csvRaw}
	if opts.Width == 0 {
		opts.Width = terminalWidth(out)
	}
	var err error
	if dates {
		var rows []timeline.DateRow
		for _, r := range results {
			if r.Err == nil {
				rows = append(rows, timeline.DateRows(r)...)
			}
		}
		err = timeline.WriteDates(out, s.format, inputs, rows, opts)
	} else {
		err = timeline.Write(out, s.format, inputs, timeline.Events(results), opts)
	}
	if err == nil && file != nil {
		if c.Context.Err() != nil {
			return interrupted() // the deferred Abort removes the file
		}
		err = file.Commit()
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.EPIPE):
		return nil // the reader has all it wanted
	case file != nil:
		return cli.Exit(fmt.Sprintf("cannot write %s: %v; it was left as it was", file.Name(), unwrapPath(err)), exitOutput)
	}
	return cli.Exit("cannot write the output: "+unwrapPath(err).Error(), exitOutput)
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

// refNote says which reference date a document was read against, and why.
func refNote(r timeline.Result) string {
	name := r.Input.Doc
	switch r.Input.RefSource {
	case "flag":
		return fmt.Sprintf("%s: reference %s (from --ref)", name, r.Input.Ref)
	case "record":
		return fmt.Sprintf("%s: reference %s (from the record's date)", name, r.Input.Ref)
	case "dateline":
		return fmt.Sprintf("%s: reference %s (from the %s)", name, r.Input.Ref, r.Input.RefReason)
	case "inferred":
		return fmt.Sprintf("%s: no publication date found; inferred reference %s (%s)", name, r.Input.Ref, r.Input.RefReason)
	}
	return fmt.Sprintf("%s: no publication date found; using today's date %s (%s)", name, r.Input.Ref, r.Input.RefReason)
}

// terminalWidth returns the width of the terminal w writes to, or 100.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 20 {
			return width
		}
	}
	return 100
}
