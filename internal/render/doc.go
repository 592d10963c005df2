// Package render turns events into bytes: it writes a timeline's events,
// or the temporal expressions that "timeline dates" lists, in one of the
// output [Format] values: an ASCII table (coloured on a terminal), CSV,
// JSON, JSON Lines, Markdown, one self-contained HTML page, TimelineJS
// JSON, an iCalendar file or an Excel workbook.
//
// [Write] writes events and [Dates] temporal expressions; each format's
// writer lives in a file of its own behind one small interface.
// [EventStream] writes events as they come for the formats written a row
// at a time, [AppendDatesJSONL] one document's dates as one JSON Lines
// record, and [OutputFile] replaces a file only once the whole output is
// written. The package imports internal/timeline for the events it
// writes; it reads no input and finds no dates.
package render
