package timeline

import (
	"context"
	"errors"
	"io"
	"sync"

	"github.com/timeline-dev/timeline/internal/input"
)

// Process reads the documents of files (named as [input.Expand] returns
// them; "-" is stdin), analyses them with up to workers goroutines, and
// calls emit with each result in the order of the documents, as soon as
// it and every result before it are done. At most a few documents per
// worker are in memory at once, so a corpus of any size streams through;
// what emit keeps is up to it. JSON Lines records are decoded by the
// workers too. Problems with inputs and documents are returned in input
// order, after the last result; the documents that could be read are all
// processed. A result may carry an InputWarning (invalid UTF-8 replaced),
// or be Skipped with one (an empty or binary input): emit sees those too.
// A defect met while analysing a document is the result's Err, wrapping
// [ErrInternal], and returned with the input problems. An error from emit, or the cancellation of ctx,
// stops the run and is returned as err.
//
// prepare, when not nil, is called by the worker on each result it made,
// before the result joins the queue for emit: work done there (such as
// rendering the result's output into Result.Output) runs in parallel,
// while emit runs one result at a time.
func Process(ctx context.Context, files []string, stdin io.Reader, in input.Options, cfg Config, workers int, prepare func(*Result), emit func(Result) error) (inputErrs []error, err error) {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		p     input.Pending
		index int
	}
	jobs := make(chan job)
	results := make(chan Result, workers)
	// slots bounds the documents read but not yet emitted.
	slots := make(chan struct{}, 4*workers)

	produced := make(chan struct{})
	go func() {
		defer close(produced)
		defer close(jobs)
		index := 0
		for _, name := range files {
			if ctx.Err() != nil {
				return
			}
			send := func(p input.Pending) error {
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case jobs <- job{p: p, index: index}:
					index++
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			r, closeFn, oerr := input.Open(ctx, name, stdin)
			if oerr != nil {
				// in line with the documents, so errors keep input order
				if send(input.Failed(oerr)) != nil {
					return
				}
				continue
			}
			rerr := input.Each(r, name, in, send)
			closeFn()
			if rerr != nil && !errors.Is(rerr, context.Canceled) {
				if send(input.Failed(rerr)) != nil {
					return
				}
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// prepare gets a pointer to this rather than to res, which
			// would then move to the heap for every document.
			var prepared *Result
			if prepare != nil {
				prepared = new(Result)
			}
			for j := range jobs {
				var res Result
				d, err := j.p.Document()
				switch {
				case err != nil:
					res = Result{Index: j.index, Err: err}
				case j.p.Skipped():
					res = Result{Index: j.index, Skipped: true, InputWarning: j.p.Warning()}
				default:
					res = analyzeSafely(ctx, d, j.index, cfg)
					res.InputWarning = j.p.Warning()
					if prepare != nil && res.Err == nil {
						*prepared = res
						prepare(prepared)
						res, *prepared = *prepared, Result{}
					}
				}
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

	// Put the results back in document order. A document holds a slot
	// from its reading to its emit, so the ones waiting lie within
	// len(slots) of the next to emit: a ring of that many places holds
	// them.
	var docErrs []error // inputs and documents that could not be read, in order
	pending := make([]Result, cap(slots))
	waiting := make([]bool, cap(slots))
	next := 0
	for res := range results {
		k := res.Index % len(pending)
		if waiting[k] {
			panic("BUG: two results waiting in one place")
		}
		pending[k], waiting[k] = res, true
		for {
			k := next % len(pending)
			if !waiting[k] {
				break
			}
			r := pending[k]
			pending[k], waiting[k] = Result{}, false
			next++
			<-slots
			if r.Err != nil {
				docErrs = append(docErrs, r.Err)
				continue
			}
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
	return docErrs, err
}
