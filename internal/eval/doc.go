// Package eval scores timeline against gold data: the date tagger against
// TIMEX3 annotations with the TempEval-3 measures ([Score], [Report]),
// and the timeline of events against gold events ([ScoreEvents],
// [EventReport]), summaries compared by ROUGE-L ([RougeL]).
//
// [ReadDocs] and [ReadEventDocs] read the gold and system JSON Lines
// files; [Tagged] and [Timelines] run the timeline on the gold documents
// to get the system side. The package imports internal/timeline for the
// analysis and internal/input for its documents and the reading of
// lines.
package eval
