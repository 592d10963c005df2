package render

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// Format is an output format of [Write] and [Dates].
type Format uint8

// The output formats. The zero value is [Table].
const (
	Table      Format = iota // an ASCII table wrapped to [Options.Width]
	CSV                      // RFC 4180 CSV with a header row
	JSON                     // one indented JSON document
	JSONL                    // JSON Lines, one compact object a line
	Markdown                 // a GitHub-flavoured Markdown table
	ICS                      // an iCalendar file of all-day events; extract only
	TimelineJS               // the JSON that TimelineJS3 loads; extract only
	HTML                     // one self-contained HTML page; extract only
	XLSX                     // an Excel workbook (binary); extract only
)

// writeFormatNames maps each [Format] to its name; ParseFormat reads the
// same names.
var writeFormatNames = [...]string{
	Table:      "table",
	CSV:        "csv",
	JSON:       "json",
	JSONL:      "jsonl",
	Markdown:   "markdown",
	ICS:        "ics",
	TimelineJS: "timelinejs",
	HTML:       "html",
	XLSX:       "xlsx",
}

// String returns the name of f as ParseFormat accepts it, such as "csv",
// or "Format(N)" for a value that is not one of the constants.
func (f Format) String() string {
	if int(f) < len(writeFormatNames) {
		return writeFormatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ErrUnknownFormat is returned, wrapped, by [ParseFormat] for a name that is
// not a format.
var ErrUnknownFormat = errors.New("unknown format")

// writeFormatAliases are further names that ParseFormat accepts.
var writeFormatAliases = map[string]Format{"md": Markdown, "ical": ICS}

// ParseFormat returns the [Format] named s: "table", "csv", "json",
// "jsonl", "markdown", "ics", "timelinejs" or "html" ("md" and "ical" are
// aliases). Case and
// surrounding spaces are ignored. The error for any other name wraps
// [ErrUnknownFormat] and lists the valid names.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if f, ok := writeFormatAliases[name]; ok {
		return f, nil
	}
	for f, n := range writeFormatNames {
		if n == name {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("%w %q (want %s)", ErrUnknownFormat, s, writeFormatList())
}

// writeFormatList returns "table, csv, json, jsonl, markdown or ...".
func writeFormatList() string {
	n := len(writeFormatNames)
	return strings.Join(writeFormatNames[:n-1], ", ") + " or " + writeFormatNames[n-1]
}

// ListsDates reports whether [Dates] writes format f; the formats
// made for events alone, such as [ICS], do not list temporal expressions.
func (f Format) ListsDates() bool { return f <= Markdown }

// Binary reports whether format f is binary rather than text, and so has
// no place on a terminal.
func (f Format) Binary() bool { return f == XLSX }

// FormatOf returns the format that a file name's extension stands for,
// such as [XLSX] for "timeline.xlsx", and whether there is one. ".json"
// is [JSON]; TimelineJS output must be asked for by name.
func FormatOf(name string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".txt", "":
		return 0, false
	case ".htm":
		return HTML, true
	case ".ndjson":
		return JSONL, true
	}
	f, err := ParseFormat(strings.TrimPrefix(ext, "."))
	return f, err == nil
}
