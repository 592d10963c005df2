package timeline

import (
	"context"
	"errors"
	"io"
	"os"
	"sync"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/parse"
)

// A batch of documents handed to a worker holds up to maxBatchDocs
// documents and, unless one document is larger, up to maxBatchBytes bytes
// of records or text when only dates are read, and up to
// maxEventBatchBytes when events are, which take ten times longer: the
// last batches then leave no worker idle for long.
const (
	maxBatchDocs       = 64
	maxBatchBytes      = 256 << 10
	maxEventBatchBytes = 16 << 10
)

// InFlight returns the most results that a run of [Process] with workers
// workers holds at once between making them and emitting them: a caller
// that recycles what prepare makes (such as the buffers of
// Result.Output) needs room for this many.
func InFlight(workers int) int { return 4 * max(workers, 1) * maxBatchDocs }

// Process reads the documents of files (named as [input.Expand] returns
// them; "-" is stdin), analyses them with up to workers goroutines, and
// calls emit with each result in the order of the documents, as soon as
// it and every result before it are done. At most a few batches of
// documents per worker are in memory at once, so a corpus of any size streams through;
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
//
// With in.Blocks set, the blocks that JSON Lines records are read into are
// read into again once the results of their records have been emitted:
// the text of a result's document (Result.Doc.Text) may then be used by
// prepare and emit, but not kept after emit returns. With a prepare too,
// the result's timexes (Result.Tag.Timexes) are prepare's alone: the
// worker's next document reuses their slice, and emit sees none.
func Process(ctx context.Context, files []string, stdin io.Reader, in input.Options, cfg Config, workers int, prepare func(*Result), emit func(Result) error) (inputErrs []error, err error) {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Documents travel in batches of consecutive documents, so that a
	// corpus of short records costs a few hand-overs between goroutines
	// per batch rather than per record (with two workers, 50 MB of news
	// records went through 1.2 times faster). The reader hands over what
	// it has gathered whenever a worker is free and holds it back only
	// while all are busy. It gathers only from regular files, whose reads
	// never wait: a pipe's records go out one at a time, as they arrive,
	// and so does everything for a single worker, which then reads each
	// document while its bytes are still in the cache.
	type batch struct {
		docs  []input.Pending
		first int // the index of docs[0]
		bytes int // the bytes the documents hold
	}
	jobs := make(chan batch)
	batchBytes := maxBatchBytes
	if !cfg.DatesOnly {
		batchBytes = maxEventBatchBytes
	}
	results := make(chan []Result, workers)
	// slots bounds the batches read but not yet emitted (see InFlight).
	slots := make(chan struct{}, 4*workers)
	// Emptied batches come back for reuse, so that a run allocates a few
	// of them however many documents it reads.
	spareDocs := make(chan []input.Pending, 8*workers)
	spareResults := make(chan []Result, 8*workers)

	produced := make(chan struct{})
	go func() {
		defer close(produced)
		defer close(jobs)
		var b batch
		held := false // whether b holds a slot
		// flush hands b to a worker: at once if one is free, else, when
		// wait is set, as soon as one is; it reports false when the run
		// was cancelled.
		flush := func(wait bool) bool {
			if len(b.docs) == 0 {
				return true
			}
			if !held {
				if wait {
					select {
					case slots <- struct{}{}:
					case <-ctx.Done():
						return false
					}
				} else {
					select {
					case slots <- struct{}{}:
					default:
						return true
					}
				}
				held = true
			}
			if wait {
				select {
				case jobs <- b:
				case <-ctx.Done():
					return false
				}
			} else {
				select {
				case jobs <- b:
				default:
					return true
				}
			}
			b = batch{first: b.first + len(b.docs)}
			select {
			case b.docs = <-spareDocs:
			default:
			}
			held = false
			return true
		}
		gather := false // whether the documents read may wait for more
		send := func(p input.Pending) error {
			b.docs = append(b.docs, p)
			b.bytes += p.Size()
			wait := !gather || len(b.docs) >= maxBatchDocs || b.bytes >= batchBytes
			if !flush(wait) {
				return ctx.Err()
			}
			return nil
		}
		for _, name := range files {
			if ctx.Err() != nil {
				return
			}
			r, closeFn, oerr := input.Open(ctx, name, stdin)
			if oerr != nil {
				// in line with the documents, so errors keep input order
				if send(input.Failed(oerr)) != nil {
					return
				}
				continue
			}
			gather = workers > 1 && regular(name, r, stdin)
			rerr := input.Each(r, name, in, send)
			closeFn()
			if rerr != nil && !errors.Is(rerr, context.Canceled) {
				gather = false
				if send(input.Failed(rerr)) != nil {
					return
				}
			}
			if !flush(true) {
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// prepare gets a pointer to this rather than to a result of
			// the batch, which would then move to the heap.
			var prepared *Result
			if prepare != nil {
				prepared = new(Result)
			}
			// With blocks recycled, prepare is the last to see a result's
			// timexes, and the next document's go into the same slice.
			reuse := prepare != nil && in.Blocks != nil
			var timexes []parse.Timex
			for b := range jobs {
				var out []Result
				select {
				case out = <-spareResults:
				default:
				}
				if cap(out) < len(b.docs) {
					out = make([]Result, len(b.docs))
				}
				out = out[:len(b.docs)]
				for i, p := range b.docs {
					index := b.first + i
					d, err := p.Document()
					switch {
					case err != nil:
						out[i] = Result{Index: index, Err: err}
					case p.Skipped():
						out[i] = Result{Index: index, Skipped: true, InputWarning: p.Warning()}
					default:
						out[i] = analyzeSafely(ctx, d, index, cfg, timexes)
						out[i].InputWarning = p.Warning()
						if prepare != nil && out[i].Err == nil {
							*prepared = out[i]
							prepare(prepared)
							out[i], *prepared = *prepared, Result{}
							if reuse {
								timexes, out[i].Tag.Timexes = out[i].Tag.Timexes[:0], nil
							}
						}
					}
					out[i].block = p.Block()
				}
				clear(b.docs)
				select {
				case spareDocs <- b.docs[:0]:
				default:
				}
				select {
				case results <- out:
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

	// Put the batches back in document order: each waits here, under the
	// index of its first document, until every document before it has
	// been emitted. A batch holds a slot from its reading to its emit, so
	// at most len(slots) wait.
	var docErrs []error // inputs and documents that could not be read, in order
	waiting := make(map[int][]Result, cap(slots))
	next := 0 // the index of the next document to emit
	for out := range results {
		waiting[out[0].Index] = out
		for {
			rs, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next += len(rs)
			<-slots
			for _, r := range rs {
				if r.Err != nil {
					docErrs = append(docErrs, r.Err)
				} else if err == nil {
					if err = emit(r); err != nil {
						cancel()
					}
				}
				// emit is done with the document's text and record
				r.block.Release()
			}
			clear(rs)
			select {
			case spareResults <- rs[:0]:
			default:
			}
		}
	}
	<-produced
	if err == nil {
		err = ctx.Err()
	}
	return docErrs, err
}

// regular reports whether the input name, opened as r, is a regular file,
// whose reads never wait for a writer; stdin is the process's standard
// input, read for "-".
func regular(name string, r io.Reader, stdin io.Reader) bool {
	if name == "-" {
		r = stdin
	}
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode().IsRegular()
}
