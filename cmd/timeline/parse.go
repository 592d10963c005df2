package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/syntax"
)

// loadModel returns the syntax model. Only parse and the treebank scoring
// of eval call it: decoding the model takes time and memory that extract
// and dates have no use for. Tests replace it to check that.
var loadModel = syntax.Load

func parseCommand(inputFlags []cli.Flag) *cli.Command {
	return &cli.Command{
		Name:  "parse",
		Usage: "split the inputs into sentences and words, tag and lemmatise the words, and print their dependency trees in CoNLL-U",
		Description: `Each document starts with a "# newdoc id" comment (the file name, the
record id of JSON Lines input, or "stdin"); its sentences are numbered
NAME-1, NAME-2 and so on. TokenRange=START:END in the last column gives the
byte offsets of each word in the document's text (for a web page, in the
text it is reduced to).`,
		ArgsUsage: "[FILE...] (default or -: standard input)",
		Flags:     inputFlags,
		Action:    runParse,
	}
}

// runParse is the action of parse. Documents are parsed one after the
// other with a single parser, and each is written as soon as it is
// parsed, so the output does not depend on anything but the input.
func runParse(c *cli.Context) error {
	in, include, err := readInputOptions(c)
	if err != nil {
		return err
	}
	files, inErrs := input.Expand(inputNames(c), include)
	notes, inErrs := splitNotes(inErrs)
	stderr := c.App.ErrWriter
	for _, n := range notes {
		fmt.Fprintln(stderr, "timeline: note: "+n.Error())
	}
	failed := 0
	report := func(errs []error) {
		for _, e := range errs {
			if isWarning(e) {
				fmt.Fprintln(stderr, "timeline: warning: "+e.Error())
				continue
			}
			fmt.Fprintln(stderr, "timeline: "+e.Error())
			failed++
		}
	}
	report(inErrs)
	if len(files) == 0 {
		return cli.Exit(fmt.Sprintf("%d input(s) could not be read; nothing was parsed", failed), exitInput)
	}
	m, err := loadModel()
	if err != nil {
		return cli.Exit(fmt.Sprintf("internal error: load the syntax model: %v (please report it)", err), exitInternal)
	}
	o, err := openOutput(c)
	if err != nil {
		return err
	}
	p := m.NewParser()
	var werr error // the first write error, which ends the run
	write := func(d input.Document) error {
		if err := c.Context.Err(); err != nil {
			return err
		}
		// A long document is parsed and written a part at a time, so
		// that memory stays flat.
		id := docID(d)
		n := 0
		err := p.ParseEach(string(d.Text), func(sents []syntax.Sentence) error {
			if n == 0 {
				if _, err := fmt.Fprintf(o.w, "# newdoc id = %s\n", id); err != nil {
					return err
				}
			}
			for i := range sents {
				n++
				sents[i].ID = id + "-" + strconv.Itoa(n)
			}
			return syntax.WriteCoNLLU(o.w, sents)
		})
		if err != nil {
			werr = err
		}
		return err
	}
	for _, name := range files {
		if werr != nil || c.Context.Err() != nil {
			break
		}
		r, closeFn, err := openNamed(name, c.App.Reader)
		if err != nil {
			report([]error{err})
			continue
		}
		errs := input.Read(r, name, in, write)
		closeFn()
		// What stopped the reading is reported below, not as an input's.
		kept := errs[:0]
		for _, e := range errs {
			if e != werr && !errors.Is(e, context.Canceled) {
				kept = append(kept, e)
			}
		}
		report(kept)
	}
	if c.Context.Err() != nil {
		o.finish(c, c.Context.Err())
		return interrupted()
	}
	if err := o.finish(c, werr); err != nil {
		return err
	}
	if failed > 0 {
		return cli.Exit(fmt.Sprintf("%d input(s) or record(s) could not be read; the others were parsed", failed), exitInput)
	}
	return nil
}

// docID is the id a document's sentences are numbered under: its file
// name, or its record id, or "stdin". A CoNLL-U comment holds one line.
func docID(d input.Document) string {
	id := d.ID
	if id == "-" {
		id = "stdin"
	}
	return syntax.CommentText(id)
}

// isWarning reports whether a problem met reading an input left the input
// read or skipped for want of text, rather than lost.
func isWarning(err error) bool {
	return errors.Is(err, input.ErrEmpty) || errors.Is(err, input.ErrBinary) || errors.Is(err, input.ErrInvalidUTF8)
}

// openNamed opens a named input; "-" is stdin, which is not closed.
func openNamed(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, &input.Error{File: name, Err: unwrapPath(err)}
	}
	return f, func() { f.Close() }, nil
}
