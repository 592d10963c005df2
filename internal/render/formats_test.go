package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// TestEveryFormatPrecisions writes events of every precision, and a
// range, in every format, and checks that each event is there in the form
// that format gives dates.
func TestEveryFormatPrecisions(t *testing.T) {
	events := writePrecisionEvents()
	inputs := []timeline.Input{{File: "hand.txt", Doc: "hand.txt", Ref: "2025-01-10"}}
	for f := Format(0); int(f) < len(writeFormatNames); f++ {
		t.Run(f.String(), func(t *testing.T) {
			got := writeRender(t, func(b *bytes.Buffer) error { return Write(b, f, inputs, events, Options{Width: 120}) })
			if f == XLSX {
				got = xlsxText(t, []byte(got))
			}
			for _, e := range events {
				p, ok := e.Period()
				if !ok {
					t.Fatalf("%s has no period", e.Date)
				}
				var want []string
				switch f {
				case ICS:
					want = []string{"DTSTART;VALUE=DATE:" + p.First.Format("20060102"), "DTEND;VALUE=DATE:" + p.End.Format("20060102")}
				case TimelineJS:
					want = []string{`"year": "` + p.First.Format("2006") + `"`}
				case HTML:
					want = []string{`data-date="` + e.Date + `"`, `data-first="` + p.First.Format("2006-01-02") + `"`,
						`data-last="` + p.Last().Format("2006-01-02") + `"`}
				default:
					want = []string{e.Date, e.EndDate}
				}
				for _, w := range want {
					if !strings.Contains(got, w) {
						t.Errorf("%s (%s to %s): no %q in\n%s", e.Date, p.First.Format("2006-01-02"), p.Last().Format("2006-01-02"), w, got)
					}
				}
			}
		})
	}
}
