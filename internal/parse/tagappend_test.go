package parse

import (
	"reflect"
	"testing"
	"time"
)

// TestTagAppend checks that TagAppend finds what Tag finds, after the
// timexes it was given, whether its slice is new, reused from another
// text or too short.
func TestTagAppend(t *testing.T) {
	ref := time.Date(2025, time.January, 10, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"On 17 January, the president will visit Moscow. Last July, he wrote an article.",
		"Nothing dated here.",
		"",
		"The talks, held from 23 December to 7 January 2020, resumed on Monday. They end in three weeks, on 5/6/2024.",
		"It opened in 1998 and closed in the spring of 2003, two years ago.",
	}
	before := Tag([]byte("It rained on 3 May 2024 and on 4 May."), Options{Ref: ref}).Timexes
	tests := []struct {
		name string
		dst  func() []Timex
	}{
		{"nil", func() []Timex { return nil }},
		{"empty with room", func() []Timex { return make([]Timex, 0, 64) }},
		{"empty, too short", func() []Timex { return make([]Timex, 0, 1) }},
		{"after others", func() []Timex { return append([]Timex(nil), before...) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var reused []Timex
			for _, text := range texts {
				want := Tag([]byte(text), Options{Ref: ref})
				dst := tc.dst()
				prefix := append([]Timex(nil), dst...)
				got := TagAppend(dst, []byte(text), Options{Ref: ref})
				if len(prefix) > 0 && !reflect.DeepEqual(got.Timexes[:len(prefix)], prefix) {
					t.Errorf("%q: the timexes given were changed", text)
				}
				gotX := got.Timexes[len(prefix):]
				if len(gotX) != len(want.Timexes) || len(gotX) > 0 && !reflect.DeepEqual(gotX, want.Timexes) {
					t.Errorf("%q:\ngot  %+v\nwant %+v", text, gotX, want.Timexes)
				}
				got.Timexes, want.Timexes = nil, nil
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%q: results differ beside the timexes:\ngot  %+v\nwant %+v", text, got, want)
				}
				// the same text into the slice of the text before
				again := TagAppend(reused[:0], []byte(text), Options{Ref: ref}).Timexes
				if len(again) != len(gotX) || len(again) > 0 && !reflect.DeepEqual(again, gotX) {
					t.Errorf("%q into a reused slice:\ngot  %+v\nwant %+v", text, again, gotX)
				}
				reused = again
			}
		})
	}
}
