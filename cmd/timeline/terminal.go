package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/timeline-dev/timeline/internal/input"
)

// fileIsTerminal reports whether v, standard input or output, is a
// terminal. Tests replace it to stand a buffer in for a terminal.
var fileIsTerminal = func(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// stdinHint is printed when a command reads standard input because it was
// given no file, and standard input is a terminal: without it, the
// command seems to hang.
const stdinHint = "reading standard input; give a FILE, or type or paste the text and end it with Ctrl-D (Ctrl-Z Enter on Windows)"

// inputNames returns the inputs that the command line names: its
// arguments, or "-" (standard input) when there are none, in which case a
// person at a terminal is told that the command waits for text.
func inputNames(c *cli.Context) []string {
	names := c.Args().Slice()
	if len(names) > 0 {
		return names
	}
	if fileIsTerminal(c.App.Reader) {
		fmt.Fprintln(c.App.ErrWriter, "timeline: "+stdinHint)
	}
	return []string{"-"}
}

// splitNotes takes the notes out of the problems that expanding the
// inputs met: a page that timeline wrote itself, skipped in a directory,
// is not a failure.
func splitNotes(errs []error) (notes, rest []error) {
	for _, e := range errs {
		if errors.Is(e, input.ErrOwnOutput) {
			notes = append(notes, e)
		} else {
			rest = append(rest, e)
		}
	}
	return notes, rest
}
