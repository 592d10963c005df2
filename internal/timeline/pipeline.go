package timeline

import (
	"context"
	"errors"
	"io"
	"os"
	"sync"
)

// Process reads the documents of files (named as [ExpandInputs] returns
// them; "-" is stdin), analyses them with up to workers goroutines, and
// calls emit with each result in the order of the documents, as soon as
// it and every result before it are done. At most a few documents per
// worker are in memory at once, so a corpus of any size streams through;
// what emit keeps is up to it. Problems with inputs are returned in the
// order they were met, after the last result; the documents that could be
// read are all processed. An error from emit, or the cancellation of ctx,
// stops the run and is returned as err.
func Process(ctx context.Context, files []string, stdin io.Reader, in InputOptions, cfg Config, workers int, emit func(Result) error) (inputErrs []error, err error) {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		doc   Document
		index int
	}
	jobs := make(chan job)
	results := make(chan Result, workers)
	// slots bounds the documents read but not yet emitted.
	slots := make(chan struct{}, 4*workers)

	var readErrs []error
	produced := make(chan struct{})
	go func() {
		defer close(produced)
		defer close(jobs)
		index := 0
		for _, name := range files {
			if ctx.Err() != nil {
				return
			}
			r, closeFn, oerr := openInput(name, stdin)
			if oerr != nil {
				readErrs = append(readErrs, oerr)
				continue
			}
			errs := ReadInput(r, name, in, func(d Document) error {
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case jobs <- job{doc: d, index: index}:
					index++
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			closeFn()
			for _, e := range errs {
				if !errors.Is(e, context.Canceled) {
					readErrs = append(readErrs, e)
				}
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := AnalyzeDocument(j.doc, j.index, cfg)
				select {
				case results <- res:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Put the results back in document order.
	pending := map[int]Result{}
	next := 0
	for res := range results {
		pending[res.Index] = res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err == nil {
				if err = emit(r); err != nil {
					cancel()
				}
			}
		}
	}
	<-produced
	if err == nil {
		err = ctx.Err()
	}
	return readErrs, err
}

// openInput opens a named input; "-" is stdin, which is not closed.
func openInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, &InputError{File: name, Err: pathError(err)}
	}
	return f, func() { f.Close() }, nil
}
