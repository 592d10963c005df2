package timeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// InputKind says how to read an input.
type InputKind uint8

// The kinds of input. The zero value is [AutoKind].
const (
	AutoKind  InputKind = iota // JSON Lines for names ending in ".jsonl", else text
	TextKind                   // one plain-text document
	JSONLKind                  // JSON Lines records, each a document
)

// ParseInputKind returns the [InputKind] named s: "auto", "text" or
// "jsonl".
func ParseInputKind(s string) (InputKind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "auto", "":
		return AutoKind, nil
	case "text":
		return TextKind, nil
	case "jsonl":
		return JSONLKind, nil
	}
	return 0, fmt.Errorf("unknown kind %q (want text, jsonl or auto)", s)
}

// DefaultMaxSize is the default of [ReadOptions.MaxSize]: 64 MiB, far
// more than any article, and little enough that a file given by mistake
// (a disk image, a log) is refused before it is read into memory.
const DefaultMaxSize = 64 << 20

// ReadOptions tune [ReadInputs].
type ReadOptions struct {
	Kind InputKind
	// MaxSize is the largest document, in bytes, that is read: a text file,
	// standard input, or one line of JSON Lines. 0 means no limit.
	MaxSize int64
	// Stdin is read for the name "-".
	Stdin io.Reader
}

// Inputs is what [ReadInputs] found.
type Inputs struct {
	Docs []Document
	// Warnings are inputs read with a problem worked around (invalid UTF-8
	// replaced) or skipped as holding nothing to read (empty or binary).
	Warnings []error
	// Errors are inputs, and records of JSON Lines inputs, that could not
	// be read. Each is an [InputError].
	Errors []error
}

// ErrDirectory is reported, wrapped in an [InputError], for a directory
// named as an input.
var ErrDirectory = errors.New("is a directory")

// ErrEmpty is reported, wrapped in an [InputError], as a warning for an
// input that holds no text.
var ErrEmpty = errors.New("empty input")

// SizeError is reported, wrapped in an [InputError], for a document larger
// than [ReadOptions.MaxSize].
type SizeError struct {
	Size   int64 // the size, when known; 0 when it is not
	Limit  int64
	Record bool // the document is one record of a JSON Lines input
}

// Error says how large the document is, what the limit is and how to
// raise it.
func (e *SizeError) Error() string {
	what := "input"
	if e.Record {
		what = "record"
	}
	size := "larger than"
	if e.Size > 0 {
		size = FormatSize(e.Size) + ", more than"
	}
	return fmt.Sprintf("%s is %s the limit of %s for one document; skipped (raise the limit with --max-doc-size)", what, size, FormatSize(e.Limit))
}

// ReadInputs reads the named inputs in order; "-" is opts.Stdin. A text
// input is one [Document]; a JSON Lines input gives one per record (see
// [ReadRecords]). An input that cannot be read is reported in
// [Inputs.Errors] and skipped, so that one bad input does not lose the
// others. It returns early, with ctx's error, when ctx is done.
func ReadInputs(ctx context.Context, names []string, opts ReadOptions) (Inputs, error) {
	var in Inputs
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return in, err
		}
		if err := readInput(ctx, name, opts, &in); err != nil {
			return in, err
		}
	}
	return in, nil
}

// readInput reads one named input into in. Problems with the input go
// into in; the error is ctx's, when it ends the reading.
func readInput(ctx context.Context, name string, opts ReadOptions, in *Inputs) error {
	fail := func(err error) { in.Errors = append(in.Errors, &InputError{File: name, Err: err}) }
	kind := opts.Kind
	if kind == AutoKind {
		kind = kindOf(name)
	}
	var r io.Reader
	if name == "-" {
		r = opts.Stdin
		if r == nil {
			r = strings.NewReader("")
		}
		r = ctxReader{ctx, r}
	} else {
		f, err := os.Open(name)
		if err != nil {
			fail(openProblem(err))
			return nil
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			fail(err)
			return nil
		}
		if fi.IsDir() {
			// Reading the files of a directory would go here.
			fail(fmt.Errorf("%w; name the files in it instead (such as %s)", ErrDirectory, filepath.Join(name, "*.txt")))
			return nil
		}
		r = f
		if kind == TextKind && opts.MaxSize > 0 && fi.Mode().IsRegular() && fi.Size() > opts.MaxSize {
			fail(&SizeError{Size: fi.Size(), Limit: opts.MaxSize})
			return nil
		}
	}
	if kind == JSONLKind {
		docs, errs := readRecords(ctx, r, name, opts.MaxSize)
		in.Docs = append(in.Docs, docs...)
		for _, e := range errs {
			if ctx.Err() != nil && errors.Is(e, ctx.Err()) {
				return e
			}
			in.Errors = append(in.Errors, e)
		}
		if len(docs) == 0 && len(errs) == 0 {
			in.Warnings = append(in.Warnings, &InputError{File: name, Err: fmt.Errorf("%w: no records to read", ErrEmpty)})
		}
		return nil
	}
	if opts.MaxSize > 0 {
		r = io.LimitReader(r, opts.MaxSize+1)
	}
	data, err := io.ReadAll(r)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		fail(readProblem(err))
		return nil
	}
	if opts.MaxSize > 0 && int64(len(data)) > opts.MaxSize {
		fail(&SizeError{Limit: opts.MaxSize})
		return nil
	}
	d, err := NewDocument(name, data)
	switch {
	case errors.Is(err, ErrBinary):
		in.Warnings = append(in.Warnings, err)
		return nil
	case err != nil:
		in.Warnings = append(in.Warnings, err)
	}
	if len(bytes.TrimSpace(d.Text)) == 0 {
		in.Warnings = append(in.Warnings, &InputError{File: name, Err: fmt.Errorf("%w: no text to read; skipped", ErrEmpty)})
		return nil
	}
	in.Docs = append(in.Docs, d)
	return nil
}

// kindOf returns the kind of input a file name suggests.
func kindOf(name string) InputKind {
	if strings.EqualFold(filepath.Ext(name), ".jsonl") {
		return JSONLKind
	}
	return TextKind
}

// openProblem turns the error of opening an input into a message that says
// what went wrong and what to do, without the file name, which
// [InputError] adds.
func openProblem(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w (check the name and the directory)", fs.ErrNotExist)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w (check the file's permissions)", fs.ErrPermission)
	}
	return readProblem(err)
}

// readProblem drops the "open NAME:" or "read NAME:" of a *fs.PathError.
func readProblem(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sizeUnits are the units that ParseSize reads and FormatSize writes, the
// largest first.
var sizeUnits = []struct {
	name string
	n    int64
}{
	{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
	{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"kB", 1e3},
	{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"k", 1 << 10}, {"B", 1},
}

// ParseSize reads a size in bytes: a whole number, optionally followed by
// a unit: B; K, KiB, M, MiB, G or GiB (powers of 1024); KB, MB or GB
// (powers of 1000). "0" means no limit where a limit is asked for.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.name) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("invalid size %q (want a number of bytes, optionally with a unit, such as 64MiB or 200MB)", s)
	}
	return n * mult, nil
}

// FormatSize writes n bytes in the largest binary unit that divides it, or
// to one decimal in MiB or GiB: "64 MiB", "200.0 MiB", "512 B".
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		n    int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n {
			if n%u.n == 0 {
				return fmt.Sprintf("%d %s", n/u.n, u.name)
			}
			return fmt.Sprintf("%.1f %s", float64(n)/float64(u.n), u.name)
		}
	}
	return fmt.Sprintf("%d B", n)
}

// ctxReader reads r until ctx is done. A read from a terminal or a pipe
// can wait for ever; this one returns ctx's error as soon as ctx is done,
// leaving the read it waited for behind.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (cr ctxReader) Read(p []byte) (int, error) {
	if err := cr.ctx.Err(); err != nil {
		return 0, err
	}
	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	buf := make([]byte, len(p)) // the abandoned read must not write into p
	go func() {
		n, err := cr.r.Read(buf)
		done <- result{n, err}
	}()
	select {
	case res := <-done:
		return copy(p, buf[:res.n]), res.err
	case <-cr.ctx.Done():
		return 0, cr.ctx.Err()
	}
}
