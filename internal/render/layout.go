package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// writeColumn describes one column of a table.
type writeColumn struct {
	name   string // the header, written as is
	hide   bool   // leave the column out
	weight int    // share of spare width when the table must shrink; 0 keeps its natural width if it can
}

// writeTable renders rows under cols as an ASCII table no wider than width
// when that is possible. Hidden columns are dropped from the rows.
func writeTable(w io.Writer, cols []writeColumn, rows [][]string, width int) error {
	var keep []int
	for i, c := range cols {
		if !c.hide {
			keep = append(keep, i)
		}
	}
	header := make([]string, len(keep))
	natural := make([]int, len(keep)) // the widest cell
	word := make([]int, len(keep))    // the widest word
	weight := make([]int, len(keep))
	for j, i := range keep {
		header[j] = cols[i].name
		natural[j] = twwidth.Width(header[j])
		word[j] = natural[j]
		weight[j] = cols[i].weight
	}
	cells := make([][]string, len(rows))
	for r, row := range rows {
		cells[r] = make([]string, len(keep))
		for j, i := range keep {
			if i < len(row) {
				cells[r][j] = writeFlatten(row[i])
			}
			natural[j] = max(natural[j], twwidth.Width(cells[r][j]))
			for _, wd := range strings.Split(cells[r][j], " ") {
				word[j] = max(word[j], twwidth.Width(wd))
			}
		}
	}
	budget := width - 1 - writeCellExtra*len(keep)
	// Columns should be at least as wide as their longest word (up to
	// writeMaxWord), so that words stay whole; when the table is too narrow
	// for that, they need only fit the header.
	floor := make([]int, len(keep))
	need := 0
	for j := range keep {
		floor[j] = min(natural[j], max(min(word[j], writeMaxWord), writeMinColumn))
		if weight[j] == 0 {
			need += natural[j]
		} else {
			need += floor[j]
		}
	}
	if need > budget {
		for j, h := range header {
			floor[j] = min(natural[j], max(twwidth.Width(h), writeMinColumn))
		}
	}
	widths := writeFitWidths(natural, floor, weight, budget)
	for r := range cells {
		for j := range cells[r] {
			cells[r][j] = writeBreakLongWords(cells[r][j], widths[j])
		}
	}
	limits := tw.NewMapper[int, int]()
	for j, cw := range widths {
		limits.Set(j, cw+writeCellPad) // tablewriter's limit includes the padding
	}

	// East Asian ambiguous widths are off so that the output does not depend
	// on the locale; WithEastAsian sets a global of tablewriter.
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
	)
	t.Configure(func(cfg *tablewriter.Config) {
		cfg.Row.ColMaxWidths.PerColumn = limits
	})
	t.Header(header)
	if err := t.Bulk(cells); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// writeFitWidths chooses content widths for columns whose widest cells are
// natural, so that they add up to at most budget. If everything fits, each
// column gets its natural width. Otherwise columns of weight 0 keep theirs,
// and the rest share what is left in proportion to their weights, a column
// never getting more than it needs (max-min fairness) or less than its
// floor. When the floors alone exceed budget the result does too.
func writeFitWidths(natural, floor, weight []int, budget int) []int {
	n := len(natural)
	widths := make([]int, n)
	total := 0
	for _, w := range natural {
		total += w
	}
	if total <= budget {
		copy(widths, natural)
		return widths
	}
	fixed := make([]bool, n)
	left := budget
	for i := range n {
		if weight[i] == 0 {
			widths[i], fixed[i] = natural[i], true
			left -= natural[i]
		}
	}
	for {
		sum := 0
		for i := range n {
			if !fixed[i] {
				sum += weight[i]
			}
		}
		if sum == 0 {
			break
		}
		changed := false
		for i := range n {
			if fixed[i] {
				continue
			}
			share := max(left, 0) * weight[i] / sum
			switch {
			case natural[i] <= share:
				widths[i] = natural[i]
			case share < floor[i]:
				widths[i] = min(floor[i], natural[i])
			default:
				continue
			}
			fixed[i], changed = true, true
			left -= widths[i]
		}
		if changed {
			continue
		}
		// Every column left wants more than its share: hand out the shares,
		// then the remainder of the division one by one from the left.
		given := 0
		for i := range n {
			if !fixed[i] {
				widths[i] = left * weight[i] / sum
				given += widths[i]
			}
		}
		for i := 0; given < left; i = (i + 1) % n {
			if !fixed[i] && widths[i] < natural[i] {
				widths[i]++
				given++
			}
		}
		break
	}
	// If the columns of weight 0 leave too little room, narrow them too,
	// the widest first, down to their floors.
	over := -budget
	for _, w := range widths {
		over += w
	}
	for ; over > 0; over-- {
		widest := -1
		for i := range n {
			if weight[i] == 0 && widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	return widths
}

// writeBreakLongWords splits every word of s that is wider than width into
// pieces of at most width columns, each on its own line, so that word
// wrapping cannot leave a line wider than the column. tablewriter keeps an
// over-long word whole and widens the column instead.
func writeBreakLongWords(s string, width int) string {
	if width <= 0 || twwidth.Width(s) <= width {
		return s
	}
	words := strings.Split(s, " ")
	changed := false
	for i, word := range words {
		if twwidth.Width(word) <= width {
			continue
		}
		var b strings.Builder
		col := 0
		for _, r := range word {
			rw := twwidth.Width(string(r))
			if col > 0 && col+rw > width {
				b.WriteByte('\n')
				col = 0
			}
			b.WriteRune(r)
			col += rw
		}
		words[i] = b.String()
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}
