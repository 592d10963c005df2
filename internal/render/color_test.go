package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// colorEscape matches an SGR escape sequence.
var colorEscape = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestWriteTableColor(t *testing.T) {
	sets := map[string][]timeline.Event{
		"precisions": writePrecisionEvents(),
		"wide":       writeTestEvents(),
		"no range":   writePrecisionEvents()[:4],
	}
	// Wide characters before the coloured columns must not shift them.
	sets["no range"][0].Date = "２０２３"
	for name, events := range sets {
		for _, width := range []int{40, 80, 140} {
			plain := writeRender(t, func(b *bytes.Buffer) error { return writers[Table].write(b, nil, events, Options{Width: width}) })
			color := writeRender(t, func(b *bytes.Buffer) error {
				return writers[Table].write(b, nil, events, Options{Width: width, Color: true})
			})
			if strings.Contains(plain, "\x1b") {
				t.Fatalf("%s/%d: the plain table has escape sequences", name, width)
			}
			if got := colorEscape.ReplaceAllString(color, ""); got != plain {
				t.Errorf("%s/%d: without its escapes the coloured table differs\ngot:\n%s\nwant:\n%s", name, width, got, plain)
			}
			if width < 100 {
				// Narrow columns break the words; each piece is coloured.
				if strings.Count(color, "\x1b[") < 2*len(events) {
					t.Errorf("%s/%d: too few colours:\n%s", name, width, color)
				}
				continue
			}
			for _, e := range events {
				if code := colorTypes[e.Type]; code != "" && !strings.Contains(color, "\x1b["+code+"m"+e.Type+"\x1b[0m") {
					t.Errorf("%s/%d: %s is not coloured:\n%s", name, width, e.Type, color)
				}
				if code := colorStatus(e.Status); code != "" && !strings.Contains(color, "\x1b["+code+"m"+e.Status+"\x1b[0m") {
					t.Errorf("%s/%d: %s is not marked:\n%s", name, width, e.Status, color)
				}
			}
			// The header and the summaries are never coloured.
			for _, line := range strings.Split(color, "\n") {
				if strings.Contains(line, "TYPE") && strings.Contains(line, "\x1b") {
					t.Errorf("%s/%d: the header is coloured: %q", name, width, line)
				}
			}
		}
	}
}

func TestColorStatus(t *testing.T) {
	for status, want := range map[string]string{
		"reported": "", "scheduled": "1", "planned": "1", "expected": "1", "threatened": "1",
		"cancelled": "2;9", "negated": "2;9", "": "",
	} {
		if got := colorStatus(status); got != want {
			t.Errorf("colorStatus(%q) = %q, want %q", status, got, want)
		}
	}
}
