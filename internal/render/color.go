package render

import (
	"slices"
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// ANSI select-graphic-rendition codes of the table's colours. Only the 16
// basic colours are used, which every colour terminal has, and the types
// that are mostly words (statement, report, other) keep the default
// colour.
var colorTypes = map[string]string{
	"visit":     "34", // blue
	"meeting":   "36", // cyan
	"talks":     "35", // magenta
	"agreement": "32", // green
	"sanctions": "33", // yellow
	"supply":    "33",
	"attack":    "31", // red
	"election":  "95", // bright magenta
	"legal":     "94", // bright blue
	"economic":  "92", // bright green
	"disaster":  "91", // bright red
}

// colorStatus returns the code for a status: bold for what lies ahead,
// dim and struck through for what did not or will not happen, none for
// what the text reports as done.
func colorStatus(status string) string {
	switch htmlStatusClass(status) {
	case "ahead":
		return "1"
	case "void":
		return "2;9"
	}
	return ""
}

// writeColorTable colours, in an ASCII table rendered by writeTable, the
// text of the body cells in column typeCol by event type and in column
// statusCol by status. The columns are found from the "+---+" border, so
// they are right however the table was wrapped; cells are measured in
// display columns, so wide characters in earlier cells do not shift them.
// A word that a narrow column broke over several lines ("sanc", "tion",
// "s") is put together again to choose its colour, and each piece gets it.
// Cells that hold no known type or status, the header among them, stay as
// they are. Removing the escape sequences gives back the table.
func writeColorTable(table []byte, typeCol, statusCol int) []byte {
	lines := strings.SplitAfter(string(table), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "+") {
		return table
	}
	var edges []int // display columns of the "+" of the border
	for i, c := range strings.TrimRight(lines[0], "\n") {
		if c == '+' {
			edges = append(edges, i)
		}
	}
	if statusCol+1 >= len(edges) {
		return table
	}
	// The body lies between the second border (under the header) and the
	// last; cells[i][col] is the byte range of the text of a cell.
	type span struct{ start, end int }
	cells := make([]map[int]span, len(lines))
	borders := 0
	for i, line := range lines {
		if strings.HasPrefix(line, "+") {
			borders++
		}
		if borders < 2 || !strings.HasPrefix(line, "|") {
			continue
		}
		offsets := colorOffsets(line)
		cells[i] = make(map[int]span)
		for _, col := range []int{typeCol, statusCol} {
			from, to := edges[col]+1, edges[col+1]
			if to >= len(offsets) {
				continue
			}
			start, end := offsets[from], offsets[to]
			text := strings.TrimSpace(line[start:end])
			if text != "" {
				lead := strings.Index(line[start:end], text)
				cells[i][col] = span{start + lead, start + lead + len(text)}
			}
		}
	}
	// codes[i][col] is the escape code for the cell; pieces of one word on
	// consecutive lines are joined until they name a type or status.
	codes := make([]map[int]string, len(lines))
	for _, col := range []int{typeCol, statusCol} {
		lookup, names := colorStatus, colorStatusNames
		if col == typeCol {
			lookup = func(s string) string { return colorTypes[s] }
			names = nil
			for _, t := range htmlTypes {
				names = append(names, t.name)
			}
		}
		var word string
		var run []int
		for i := range lines {
			sp, ok := cells[i][col]
			if !ok {
				word, run = "", nil
				continue
			}
			piece := lines[i][sp.start:sp.end]
			word, run = word+piece, append(run, i)
			if !colorPrefix(word, names) { // a new cell, not the rest of a word
				word, run = piece, []int{i}
			}
			if slices.Contains(names, word) {
				if code := lookup(word); code != "" {
					for _, j := range run {
						if codes[j] == nil {
							codes[j] = make(map[int]string)
						}
						codes[j][col] = code
					}
				}
				word, run = "", nil
			}
		}
	}
	var out strings.Builder
	for i, line := range lines {
		last := 0
		for _, col := range []int{typeCol, statusCol} {
			code := codes[i][col]
			if code == "" {
				continue
			}
			sp := cells[i][col]
			out.WriteString(line[last:sp.start])
			out.WriteString("\x1b[" + code + "m" + line[sp.start:sp.end] + "\x1b[0m")
			last = sp.end
		}
		out.WriteString(line[last:])
	}
	return []byte(out.String())
}

// colorStatusNames are the statuses an event can have.
var colorStatusNames = []string{"reported", "scheduled", "planned", "expected", "threatened", "cancelled", "negated"}

// colorPrefix reports whether s begins one of names.
func colorPrefix(s string, names []string) bool {
	for _, n := range names {
		if strings.HasPrefix(n, s) {
			return true
		}
	}
	return false
}

// colorOffsets returns the byte offset in line of each display column,
// and one past the end.
func colorOffsets(line string) []int {
	offsets := make([]int, 0, len(line)+1)
	for i, r := range line {
		w := twwidth.Width(string(r))
		if r == '\n' {
			w = 0
		}
		for range w {
			offsets = append(offsets, i)
		}
	}
	return append(offsets, len(line))
}
