package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/parse"
	"github.com/timeline-dev/timeline/internal/render"
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

// exitCodeDocs documents the exit codes, at the end of the help text and
// in the manual page.
var exitCodeDocs = []struct {
	code int
	text string
}{
	{exitOK, "everything was read and written"},
	{exitInput, "some inputs could not be read (each is named on standard error); the timeline of the others was still written, or nothing was when no input could be read"},
	{exitUsage, "bad flags or arguments, such as a mistyped command or flag (the message names the nearest correct one) or a flag without its value"},
	{exitOutput, "the output could not be written"},
	{exitInternal, "internal error (a defect of timeline; please report it)"},
	{exitInterrupted, "interrupted (Ctrl-C); an -o file is left as it was"},
}

// exitCodesNote follows the exit codes.
const exitCodesNote = `Writing into a pipe that closes early, as in "timeline extract a.txt | head", is not an error.`

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
	setCompletion(app, args)
	args, err := prepareArgs(app, args)
	if err == nil {
		err = app.RunContext(ctx, args)
	}
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

// boolFlags returns the spellings of the flags of the subcommand named
// cmd that take no value.
func boolFlags(app *cli.App, cmd string) map[string]bool {
	m := map[string]bool{"-h": true, "--help": true}
	c := app.Command(cmd)
	if c == nil {
		return m
	}
	for _, f := range c.Flags {
		if _, ok := f.(*cli.BoolFlag); !ok {
			continue
		}
		for _, n := range f.Names() {
			if len(n) == 1 {
				m["-"+n] = true
			} else {
				m["--"+n] = true
			}
		}
	}
	return m
}

// flagsFirst moves the flags of a subcommand before its file arguments, so
// that "timeline extract a.txt b.txt -f csv" works: urfave/cli v2 stops
// reading flags at the first argument. "--" ends the flags; "-" is a file
// (standard input).
func flagsFirst(app *cli.App, args []string) []string {
	// A completion request must stay as it is: urfave/cli looks for its
	// flag at the very end and completes nothing after "--".
	if len(args) < 3 || args[len(args)-1] == "--generate-bash-completion" {
		return args
	}
	bools := boolFlags(app, args[1])
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
			if !bools[a] && !strings.Contains(a, "=") && i+1 < len(rest) {
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
	// The flags that say how inputs are read and where the output goes
	// are shared with parse.
	output := &cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output; FILE is replaced only once the whole output is written"}
	inputKind := &cli.StringFlag{Name: "input-format", Value: "auto", Usage: "`KIND` of input: text, html (a web page, reduced to its article), jsonl (one record a line: id, text, date or dct), docx (a Word document), pdf, or auto (by extension: *.jsonl, *.ndjson, *.html, *.htm, *.docx, *.pdf; else by content, then text)"}
	include := &cli.StringSliceFlag{Name: "include", Usage: "read the files under a directory whose names match `GLOB` (repeatable; default: *.txt *.text *.html *.htm *.jsonl *.ndjson *.docx *.pdf)"}
	textField := &cli.StringFlag{Name: "text-field", Value: "text", Usage: "`NAME` of the text field of JSON Lines records"}
	idField := &cli.StringFlag{Name: "id-field", Value: "id", Usage: "`NAME` of the id field of JSON Lines records"}
	maxDocSize := &cli.StringFlag{Name: "max-doc-size", Value: "64MiB", Usage: "largest document read, as `SIZE` (such as 64MiB or 200MB; 0 for no limit): a file, standard input, or one JSON Lines record; larger ones are reported and skipped"}
	common := []cli.Flag{
		&cli.StringFlag{Name: "ref", Usage: "reference (publication) date `YYYY-MM-DD` for every input; default: the record's date or url, the page's metadata, a dateline, or inferred from the text", EnvVars: []string{"TIMELINE_REF"}},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table, csv, json, jsonl, markdown; for extract also html, ics, timelinejs, xlsx (default: table, or what the -o file's extension names)", EnvVars: []string{"TIMELINE_FORMAT"}},
		output,
		inputKind,
		include,
		textField,
		&cli.StringFlag{Name: "date-field", Usage: "`NAME` of the reference date field of JSON Lines records (default: date, else dct)"},
		idField,
		&cli.StringFlag{Name: "url-field", Value: "url", Usage: "`NAME` of the address field of JSON Lines records: a day in its path (/2024/03/12/) is the reference date of a record without a date field"},
		maxDocSize,
		&cli.BoolFlag{Name: "csv-raw", Usage: "write CSV cells as they are; by default a cell that starts with = + - @ (which a spreadsheet would run as a formula) gets a leading '"},
		bomFlag,
		&cli.StringFlag{Name: "date-order", Value: "auto", Usage: "`ORDER` of numeric dates such as 5/6/2025: dmy, mdy, or auto (decided per document)"},
		&cli.StringFlag{Name: "anchor", Value: "auto", Usage: "`MODE` for year-less dates: news (the reference date), narrative (the date the story is at), or auto (each expression for itself)"},
		jobsFlag("documents analysed in parallel; the output does not depend on it"),
		widthFlag(),
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "`WHEN` to colour the table's types and statuses: auto (on a terminal, unless NO_COLOR is set or -o is given), always, never"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "do not report reference dates, nor show progress, on standard error"},
		&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "report the reference date of every document on standard error; by default only those inferred from the text or defaulted to today's date are, with a count of all at the end when there is more than one document"},
	}
	app := &cli.App{
		Name:  "timeline",
		Usage: "print a chronological timeline of the dated events that news articles report",
		UsageText: "timeline [COMMAND] [OPTIONS] [FILE...]\n" +
			"timeline article.txt is short for timeline extract article.txt",
		Description: "With no FILE, or with -, the commands that read articles read standard input;\n" +
			"on a terminal they say so first (type or paste the text, then Ctrl-D).\n" +
			"A directory stands for the articles under it.",
		CustomAppHelpTemplate: appHelpTemplate,
		Version:               programVersion(),
		// Completion scripts run "timeline ... --generate-bash-completion";
		// see "timeline completion".
		EnableBashCompletion: true,
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		// Errors are printed once, by run; urfave/cli must not exit by itself.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(c *cli.Context, err error, sub bool) error {
			if sub && c.Command != nil {
				return usageError(c.Command.Name, "%s: %v", c.Command.Name, err)
			}
			return usageError("", "%v", err)
		},
		Commands: []*cli.Command{
			{
				Name:      "extract",
				Usage:     "list the dated events of the inputs, sorted by date",
				ArgsUsage: "[FILE...] (default or -: standard input)",
				Flags:     append(append([]cli.Flag{}, common...), selectFlags()...),
				Action:    func(c *cli.Context) error { return runAnalysis(c, false) },
			},
			{
				Name:      "dates",
				Usage:     "list every temporal expression of the inputs with its resolved TIMEX3 value",
				ArgsUsage: "[FILE...] (default or -: standard input)",
				Flags:     common,
				Action:    func(c *cli.Context) error { return runAnalysis(c, true) },
			},
			mergeCommand(),
			parseCommand([]cli.Flag{output, inputKind, include, textField, idField, maxDocSize}),
			evalCommand(),
			completionCommand(),
			manCommand(),
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = app.OnUsageError
		cmd.CustomHelpTemplate = commandHelpTemplate
	}
	return app
}

// settings are the flags shared by extract and dates, checked.
type settings struct {
	cfg     timeline.Config
	format  render.Format
	in      input.Options
	include []string
	jobs    int
	width   int
	quiet   bool
	verbose bool
	color   string
	csvRaw  bool
	csvBOM  bool
}

func readSettings(c *cli.Context) (settings, error) {
	var s settings
	var err error
	if v := c.String("ref"); v != "" {
		if s.cfg.Ref, err = input.ParseRef(v); err != nil {
			return s, cli.Exit("--ref: "+err.Error(), exitUsage)
		}
	}
	s.cfg.Now = time.Now().UTC()
	if s.format, err = readFormat(c); err != nil {
		return s, err
	}
	if s.cfg.Order, err = parseOrder(c.String("date-order")); err != nil {
		return s, err
	}
	if s.cfg.Anchor, err = parseAnchor(c.String("anchor")); err != nil {
		return s, err
	}
	if s.in, s.include, err = readInputOptions(c); err != nil {
		return s, err
	}
	switch s.color = strings.ToLower(c.String("color")); s.color {
	case "auto", "always", "never":
	default:
		return s, cli.Exit(fmt.Sprintf("--color: unknown value %q (want auto, always or never)", c.String("color")), exitUsage)
	}
	s.jobs = c.Int("jobs")
	s.width = c.Int("width")
	s.quiet = c.Bool("quiet")
	s.verbose = c.Bool("verbose")
	s.csvRaw = c.Bool("csv-raw")
	s.csvBOM = c.Bool("bom")
	return s, nil
}

// readInputOptions reads the flags that say how inputs are read.
func readInputOptions(c *cli.Context) (input.Options, []string, error) {
	var in input.Options
	var err error
	switch in.Kind = strings.ToLower(c.String("input-format")); in.Kind {
	case input.KindAuto, input.KindText, input.KindHTML, input.KindJSONL, input.KindDOCX, input.KindPDF:
	default:
		return in, nil, cli.Exit(fmt.Sprintf("--input-format: unknown kind %q (want text, html, jsonl, docx, pdf or auto)", c.String("input-format")), exitUsage)
	}
	in.TextField, in.DateField, in.IDField, in.URLField = c.String("text-field"), c.String("date-field"), c.String("id-field"), c.String("url-field")
	if in.MaxDocSize, err = input.ParseSize(c.String("max-doc-size")); err != nil {
		return in, nil, cli.Exit("--max-doc-size: "+err.Error(), exitUsage)
	}
	if in.MaxDocSize == 0 {
		in.MaxDocSize = 1 << 62 // no limit
	}
	include := c.StringSlice("include")
	for _, p := range include {
		if _, err := filepath.Match(p, ""); err != nil {
			return in, nil, cli.Exit(fmt.Sprintf("--include: bad pattern %q (want a shell pattern such as '*.txt')", p), exitUsage)
		}
	}
	return in, include, nil
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

// runAnalysis is the action of extract (dates false) and dates. Documents
// stream through: each result is reported and reduced to what the output
// needs (its events, or its dates) as soon as it is done, in input order,
// and with --stream written at once.
func runAnalysis(c *cli.Context, dates bool) error {
	s, err := readSettings(c)
	if err != nil {
		return err
	}
	if err := refuseBinary(c, s.format, c.App.Writer); err != nil {
		return err
	}
	var filter timeline.Filter
	var merge, stream bool
	if !dates {
		if filter, merge, err = readSelection(c); err != nil {
			return err
		}
		if stream = c.Bool("stream"); stream {
			if merge {
				return cli.Exit("--stream writes each document's events as it goes, so it cannot --merge across documents; merge the stream afterwards with timeline merge --merge", exitUsage)
			}
			if !render.Streams(s.format) {
				return cli.Exit(fmt.Sprintf("--stream: %s output needs every event before it is written; use -f jsonl or -f csv", s.format), exitUsage)
			}
		}
	}
	s.cfg.DatesOnly = dates
	s.cfg.NoSyntax = !dates && c.Bool("fast")
	if stream && os.Getenv("GOGC") == "" {
		// Memory stays flat here, a few documents per worker, so the
		// collector may let the heap grow further between runs: it then
		// costs a fraction of the time (measured: extract --stream -j 2
		// 1.35x faster), and -j scales as it should. dates allocates too
		// little for that to pay: there the larger heap costs more in
		// the faults of its fresh pages than the collector saves (5 MB
		// of news: 150 ms of CPU against 165, the same on 50 MB).
		debug.SetGCPercent(400)
	}
	if dates && s.jobs >= 1 && s.jobs < runtime.GOMAXPROCS(0) && os.Getenv("GOMAXPROCS") == "" {
		// The reading and the writing of dates are light work that the
		// workers' threads take in turns. A thread more, idle most of
		// the time, spins looking for work at each hand-over: with -j 1
		// on two cores, 5 MB of news took 280 ms of CPU against 200.
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(s.jobs))
	}
	names := inputNames(c)
	files, inErrs := input.Expand(names, s.include)
	notes, inErrs := splitNotes(inErrs)
	o, err := openOutput(c)
	if err != nil {
		return err
	}
	out := o.w
	// The lines of dates -f jsonl go out 64 KiB at a time rather than in
	// a write each, unless someone may wait for each as it comes: the
	// input is standard input or the output a terminal.
	lineOut := out
	var lineBuf *bufio.Writer
	if dates && s.format == render.JSONL && !isTerminal(out) && !slices.Contains(names, "-") {
		lineBuf = bufio.NewWriterSize(out, 64<<10)
		lineOut = lineBuf
	}
	opts := render.Options{Width: s.width}
	if opts.Width == 0 {
		opts.Width = terminalWidth(out)
	}
	opts.Color = colorWanted(s.color, isTerminal(out), o.file != nil, os.Getenv)
	opts.CSVRaw = s.csvRaw
	opts.CSVBOM = s.csvBOM

	stderr := c.App.ErrWriter
	prog := newProgress(stderr, !s.quiet && isTerminal(stderr))
	var inputs []timeline.Input
	read, skipped := 0, 0 // documents read, inputs skipped
	var refs timeline.RefTally
	var rows []timeline.DateRow
	var events []timeline.Event
	var es *render.EventStream
	// lineBufs holds the buffers that the workers render the lines of
	// dates -f jsonl into: each comes back once its line is written, so a
	// run of any length uses a few, and there is room for as many as can
	// wait to be written at once (with two workers most lines waited in
	// batches and each took a new buffer).
	lineBufs := make(chan []byte, timeline.InFlight(s.jobs)+4)
	if stream {
		if es, err = render.NewEventStream(out, s.format, opts); err != nil {
			return cli.Exit(err.Error(), exitUsage)
		}
	}
	emit := func(r timeline.Result) error {
		if r.InputWarning != nil {
			prog.clear()
			fmt.Fprintln(stderr, "timeline: warning: "+r.InputWarning.Error())
		}
		if r.Skipped {
			skipped++
			return nil
		}
		read++
		prog.add(len(r.Doc.Text))
		if !stream && !(dates && s.format == render.JSONL) {
			// the sorted outputs list or count the inputs; the streamed
			// ones keep nothing of a document once it is written
			inputs = append(inputs, r.Input)
		}
		refs.Add(r.Input.RefSource)
		switch {
		case r.Input.RefSource == "default":
			// Today's date is a guess that nothing in the text supports:
			// one warning, which -q keeps as it keeps every warning.
			prog.clear()
			fmt.Fprintln(stderr, "timeline: warning: "+refNote(r))
		case r.Input.RefRange != nil && r.Input.RefRange.Wide():
			// An inference the text leaves more than a year of room for
			// is a warning too, in place of the note.
			prog.clear()
			fmt.Fprintln(stderr, "timeline: warning: "+refNote(r))
		case !s.quiet && (s.verbose || timeline.RefGuessed(r.Input.RefSource)):
			prog.clear()
			fmt.Fprintln(stderr, refNote(r))
		}
		for _, w := range r.Warnings {
			prog.clear()
			fmt.Fprintln(stderr, "timeline: warning: "+w.Error())
		}
		switch {
		case dates && s.format == render.JSONL:
			// one line per document, rendered by the worker: written at once
			if r.Output == nil {
				return render.Dates(lineOut, s.format, []timeline.Input{r.Input}, timeline.DateRows(r), opts)
			}
			_, err := lineOut.Write(r.Output)
			select {
			case lineBufs <- r.Output[:0]:
			default:
			}
			return err
		case dates:
			rows = append(rows, timeline.DateRows(r)...)
		case stream:
			evs := append([]timeline.Event(nil), r.Events...)
			timeline.Sort(evs)
			return es.Write(filter.Apply(evs))
		default:
			events = append(events, r.Events...)
		}
		return nil
	}
	var prepare func(*timeline.Result)
	in := s.in
	if dates && s.format == render.JSONL {
		// Each document's line is rendered by prepare and written by
		// emit, which keeps nothing of the document: the blocks its
		// records are read into can be read into again.
		in.Blocks = input.NewBlocks()
		prepare = func(r *timeline.Result) {
			var buf []byte
			select {
			case buf = <-lineBufs:
			default:
			}
			r.Output = render.AppendDatesJSONL(buf, *r)
		}
	}
	readErrs, werr := timeline.Process(c.Context, files, c.App.Reader, in, s.cfg, s.jobs, prepare, emit)
	prog.done()
	if lineBuf != nil {
		// the lines of the documents done, as if written one by one
		if ferr := lineBuf.Flush(); werr == nil {
			werr = ferr
		}
	}
	if c.Context.Err() != nil {
		o.finish(c, c.Context.Err())
		return interrupted()
	}
	if !s.quiet && refs.Total() > 1 {
		// A corpus gets one line for all its documents; the ones whose
		// reference was guessed were named as they came.
		fmt.Fprintln(stderr, refs.String())
	}
	for _, n := range notes {
		fmt.Fprintln(stderr, "timeline: note: "+n.Error())
	}
	var internal []error
	for _, e := range append(inErrs, readErrs...) {
		fmt.Fprintln(stderr, "timeline: "+e.Error())
		if errors.Is(e, timeline.ErrInternal) {
			internal = append(internal, e)
		}
	}
	inErrs = append(inErrs, readErrs...)
	if read == 0 && (len(inErrs) > 0 || skipped > 0 || len(notes) > 0) {
		// An empty timeline would look like a result; there is none.
		o.discard()
		switch {
		case len(internal) > 0:
			return cli.Exit("no input could be read (internal error); nothing was written", exitInternal)
		case len(inErrs) > 0:
			return cli.Exit("no input could be read; nothing was written", exitInput)
		}
		return cli.Exit("no input had text to read; nothing was written", exitInput)
	}
	if werr == nil {
		switch {
		case dates && s.format == render.JSONL:
		case dates:
			werr = render.Dates(out, s.format, inputs, rows, opts)
		case stream:
			werr = es.Flush()
		default:
			timeline.Sort(events)
			if events == nil {
				events = []timeline.Event{}
			}
			werr = render.Write(out, s.format, inputs, selectEvents(events, filter, merge), opts)
		}
	}
	if err := o.finish(c, werr); err != nil {
		return err
	}
	switch {
	case len(internal) > 0:
		return cli.Exit(fmt.Sprintf("%d input(s) met an internal error; the timeline of the others was written", len(internal)), exitInternal)
	case len(inErrs) > 0:
		return cli.Exit(fmt.Sprintf("%d input(s) or record(s) could not be read; the timeline of the others was written", len(inErrs)), exitInput)
	}
	return nil
}

// refNote says which reference date a document was read against, and why.
func refNote(r timeline.Result) string {
	name := r.Input.Doc
	switch r.Input.RefSource {
	case "flag":
		return fmt.Sprintf("%s: reference %s (from --ref)", name, r.Input.Ref)
	case "record":
		return fmt.Sprintf("%s: reference %s (from the record's date)", name, r.Input.Ref)
	case "url", "page":
		return fmt.Sprintf("%s: reference %s (from %s)", name, r.Input.Ref, r.Input.RefReason)
	case "dateline":
		return fmt.Sprintf("%s: reference %s (from the %s)", name, r.Input.Ref, r.Input.RefReason)
	case "inferred":
		note := fmt.Sprintf("%s: no publication date found; inferred reference %s (%s)", name, r.Input.Ref, r.Input.RefReason)
		if rr := r.Input.RefRange; rr != nil && rr.Wide() {
			switch {
			case rr.Earliest == "":
				note += fmt.Sprintf(", but the text allows any day up to %s (use --ref)", rr.Latest)
			case rr.Latest == "":
				note += fmt.Sprintf(", but the text allows any day from %s on (use --ref)", rr.Earliest)
			default:
				note += fmt.Sprintf(", but the text allows any day from %s to %s (use --ref)", rr.Earliest, rr.Latest)
			}
		}
		return note
	}
	return fmt.Sprintf("%s: no publication date found and none can be inferred; using today's date %s (use --ref)", name, r.Input.Ref)
}

// output is where a run writes: standard output, or the -o file, which is
// written under a temporary name and renamed only when everything was
// written, so that an error or Ctrl-C leaves it as it was.
type output struct {
	w    io.Writer
	file *render.OutputFile
}

func openOutput(c *cli.Context) (*output, error) {
	name := c.String("output")
	if name == "" || name == "-" {
		return &output{w: c.App.Writer}, nil
	}
	f, err := render.CreateOutput(name)
	if err != nil {
		return nil, cli.Exit(fmt.Sprintf("cannot write %s: %v (check the directory and its permissions)", name, unwrapPath(err)), exitOutput)
	}
	return &output{w: f, file: f}, nil
}

// finish ends the output after the run wrote it, err being the first
// write error: it commits the -o file when all went well and the run was
// not interrupted, and removes it otherwise. A reader that went away, as
// "head" does, is not an error: it has all it wanted.
func (o *output) finish(c *cli.Context, err error) error {
	if o.file != nil {
		defer o.file.Abort()
		if err == nil {
			if c.Context.Err() != nil {
				return interrupted()
			}
			err = o.file.Commit()
		}
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.EPIPE):
		return nil
	case errors.Is(err, context.Canceled):
		return interrupted()
	case o.file != nil:
		return cli.Exit(fmt.Sprintf("cannot write %s: %v; it was left as it was", o.file.Name(), unwrapPath(err)), exitOutput)
	}
	return cli.Exit("cannot write the output: "+unwrapPath(err).Error(), exitOutput)
}

// discard drops the -o file unwritten; standard output is left alone.
func (o *output) discard() {
	if o.file != nil {
		o.file.Abort()
	}
}

// interrupted turns the error of cancelled work into the exit of an
// interrupted run.
func interrupted() error {
	return cli.Exit("interrupted; nothing was written", exitInterrupted)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool { return fileIsTerminal(w) }

// colorWanted decides whether to colour the output for the --color mode:
// "always" and "never" say it; "auto" colours only a terminal, never a
// file named by -o, and not when NO_COLOR is set to anything but the empty
// string (https://no-color.org) or TERM is "dumb".
func colorWanted(mode string, terminal, toFile bool, getenv func(string) string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return terminal && !toFile && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// terminalWidth returns the width of the terminal w writes to, or 100.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && isTerminal(w) {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 20 {
			return width
		}
	}
	return 100
}
