package parse

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrNoReference is returned when a text gives no way to fix its
// reference date and the caller supplied none.
var ErrNoReference = errors.New("no reference date")

// Pos is a position in an input, in the style of go/token.
type Pos struct {
	File   string
	Line   int // 1-based
	Col    int // 1-based, in bytes
	Offset int // 0-based byte offset
}

// String formats the position as file:line:col, leaving out what is not
// known.
func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// PosOf returns the position of byte offset off in src.
func PosOf(file string, src []byte, off int) Pos {
	if off > len(src) {
		off = len(src)
	}
	line, col := 1, 1
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return Pos{File: file, Line: line, Col: col, Offset: off}
}

// ParseError is a problem found at a position of the input, such as an
// ambiguous numeric date.
type ParseError struct {
	Pos Pos
	Msg string
}

// Error formats the error as "pos: msg".
func (e *ParseError) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is a list of [ParseError] values, in the manner of
// go/scanner's ErrorList. The zero value is an empty list ready to use.
type ErrorList []*ParseError

// Add appends an error at pos.
func (l *ErrorList) Add(pos Pos, msg string) { *l = append(*l, &ParseError{Pos: pos, Msg: msg}) }

// Sort orders the list by file and offset.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Pos.File != l[j].Pos.File {
			return l[i].Pos.File < l[j].Pos.File
		}
		return l[i].Pos.Offset < l[j].Pos.Offset
	})
}

// Error joins the messages of the list, one per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
