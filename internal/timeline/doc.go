// Package timeline holds the model of a timeline and the pipeline that
// builds it: from documents (read by internal/input) to sentences, to
// the date expressions that internal/parse finds in them, to the events
// that internal/event reads around each date, to merged, sorted and
// filtered rows.
//
// [Process] runs the pipeline over files with a pool of workers and hands
// each document's [Result] over in input order; [AnalyzeDocument] and
// [AnalyzeAll] analyse documents already read. [Event], [Input] and
// [DateRow] are the rows a timeline is made of, with [Sort], [Filter],
// [MergeSources], [Period] and the reference-date bookkeeping
// ([RefRange], [RefTally]) around them; [EventReader] and [MergeStreams]
// merge sorted event streams. Writing the rows out is the job of
// internal/render and scoring them that of internal/eval; this package
// imports neither.
package timeline
