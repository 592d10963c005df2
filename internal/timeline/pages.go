package timeline

import "github.com/timeline-dev/timeline/internal/input"

// pageTable holds the offsets of the page breaks of a text; it is empty
// for a text without pages.
type pageTable []int

func newPageTable(text []byte) pageTable {
	var t pageTable
	for i, b := range text {
		if b == input.PageBreak {
			t = append(t, i)
		}
	}
	return t
}

// at returns the 1-based page of byte offset off and the offset where
// that page starts; page 0 for a text without pages.
func (t pageTable) at(off int) (page, start int) {
	if len(t) == 0 {
		return 0, 0
	}
	page, start = 1, 0
	for _, b := range t {
		if b >= off {
			break
		}
		page, start = page+1, b+1
	}
	return page, start
}
