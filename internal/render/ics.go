package render

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// writeTitle names the timeline of inputs for the formats that carry a
// title: "Timeline of iran-russia.txt" for one document (its base name),
// "Timeline of 3 documents" for more, "Timeline" for none.
func writeTitle(inputs []timeline.Input) string {
	switch len(inputs) {
	case 0:
		return "Timeline"
	case 1:
		return "Timeline of " + path.Base(strings.ReplaceAll(inputs[0].Doc, `\`, "/"))
	}
	return "Timeline of " + strconv.Itoa(len(inputs)) + " documents"
}

// icsEpoch is the DTSTAMP of an event whose document is not among the
// inputs, or has no reference date: a fixed instant, so that the output
// never depends on the clock.
const icsEpoch = "19700101T000000Z"

// icsStatus maps an event's status to the STATUS of a VEVENT.
var icsStatus = map[string]string{
	"reported":   "CONFIRMED",
	"scheduled":  "CONFIRMED",
	"planned":    "TENTATIVE",
	"expected":   "TENTATIVE",
	"threatened": "TENTATIVE",
	"cancelled":  "CANCELLED",
	"negated":    "CANCELLED",
}

// icsWriter writes events as an iCalendar file (RFC 5545) with one all-day
// VEVENT per event: DTSTART and DTEND are dates (VALUE=DATE) spanning the
// days of the event's [Period], so a month-precision event covers its whole
// month and a range runs from the first day of its start to the last day of
// its end. Events whose date has no period (the analysis makes none) are
// left out.
//
// The output is the same for the same events: the UID is a hash of the
// date, type, summary and first mention, and DTSTAMP, which RFC 5545
// requires, is midnight UTC of the reference date of the document that
// first mentions the event (1970-01-01 when that document is not among
// inputs), never the time of the run. SUMMARY is the gist, DESCRIPTION the
// sentence, status, actors and source, CATEGORIES the type; STATUS is
// CONFIRMED for reported and scheduled events, TENTATIVE for planned,
// expected and threatened ones, CANCELLED for cancelled and negated ones.
// Lines end in CRLF and are folded at 75 octets.
type icsWriter struct{}

func (icsWriter) write(w io.Writer, inputs []timeline.Input, events []timeline.Event, _ Options) error {
	refs := make(map[string]string, len(inputs))
	for _, in := range inputs {
		if t, err := time.Parse("2006-01-02", in.Ref); err == nil {
			if _, ok := refs[in.Doc]; !ok {
				refs[in.Doc] = t.Format("20060102") + "T000000Z"
			}
		}
	}
	bw := bufio.NewWriter(w)
	c := icsLines{w: bw}
	c.line("BEGIN", "VCALENDAR")
	c.line("VERSION", "2.0")
	c.line("PRODID", "-//timeline-dev//timeline//EN")
	c.line("CALSCALE", "GREGORIAN")
	c.line("X-WR-CALNAME", icsText(writeTitle(inputs)))
	uids := make(map[string]int)
	for _, e := range events {
		p, ok := e.Period()
		if !ok {
			continue
		}
		stamp := icsEpoch
		if len(e.Mentions) > 0 {
			if s, ok := refs[e.Mentions[0].Doc]; ok {
				stamp = s
			}
		}
		uid := icsUID(e)
		if n := uids[uid]; n > 0 { // two identical events; keep the UIDs apart
			uids[uid]++
			uid = fmt.Sprintf("%s-%d", uid, n+1)
		} else {
			uids[uid] = 1
		}
		c.line("BEGIN", "VEVENT")
		c.line("UID", uid+"@timeline")
		c.line("DTSTAMP", stamp)
		c.line("DTSTART;VALUE=DATE", p.First.Format("20060102"))
		c.line("DTEND;VALUE=DATE", p.End.Format("20060102"))
		c.line("SUMMARY", icsText(icsSummary(e)))
		c.line("DESCRIPTION", icsText(icsDescription(e)))
		if e.Location != "" {
			c.line("LOCATION", icsText(e.Location))
		}
		if e.Type != "" {
			c.line("CATEGORIES", icsText(e.Type))
		}
		if s := icsStatus[e.Status]; s != "" {
			c.line("STATUS", s)
		}
		c.line("TRANSP", "TRANSPARENT") // a dated fact, not time the reader is busy
		c.line("END", "VEVENT")
	}
	c.line("END", "VCALENDAR")
	if c.err == nil {
		c.err = bw.Flush()
	}
	if c.err != nil {
		return fmt.Errorf("write ics: %w", c.err)
	}
	return nil
}

// icsUID returns a stable identifier for e: the first 16 bytes, in hex, of
// the SHA-256 of its date, end date, type, summary and first mention.
func icsUID(e timeline.Event) string {
	h := sha256.New()
	src := ""
	if len(e.Mentions) > 0 {
		m := e.Mentions[0]
		src = fmt.Sprintf("%s:%s:%d", m.Doc, m.Where(), m.Start)
	}
	for _, s := range []string{e.Date, e.EndDate, e.Type, e.Summary, src} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// icsSummary is the SUMMARY of e: its gist, or its type when it has none.
func icsSummary(e timeline.Event) string {
	if s := writeFlatten(e.Summary); s != "" {
		return s
	}
	if e.Type != "" {
		return e.Type
	}
	return "event"
}

// icsDescription is the DESCRIPTION of e: the sentence of the first
// mention, then the date as written, the status and type, the actors, and
// every source as file:line.
func icsDescription(e timeline.Event) string {
	var b strings.Builder
	if len(e.Mentions) > 0 {
		b.WriteString(writeFlatten(e.Mentions[0].Sentence))
		b.WriteString("\n\n")
	}
	b.WriteString("Date: " + timeline.DisplayRange(e) + " (" + e.Precision + ")\n")
	b.WriteString("Status: " + e.Status + "; type: " + e.Type + "\n")
	if len(e.Actors) > 0 {
		b.WriteString("Actors: " + strings.Join(e.Actors, ", ") + "\n")
	}
	for _, m := range e.Mentions {
		fmt.Fprintf(&b, "Source: %s:%s (%q)\n", m.File, m.Where(), m.Expr)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// icsText escapes s as an RFC 5545 TEXT value: backslash, semicolon and
// comma get a backslash, a line break becomes "\n", and other control
// characters, which TEXT may not hold, become spaces.
func icsText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' || c == ';' || c == ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteString(`\n`)
		case c == '\n':
			b.WriteString(`\n`)
		case c < ' ' && c != '\t' || c == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// icsLineMax is the longest content line that RFC 5545 allows, in octets,
// not counting the CRLF.
const icsLineMax = 75

// icsLines writes content lines, folded, and remembers the first error.
type icsLines struct {
	w   *bufio.Writer
	err error
}

// line writes "name:value" as one content line ending in CRLF, folded so
// that no line is longer than 75 octets: each continuation line starts
// with a space, and a fold never splits a UTF-8 sequence.
func (c *icsLines) line(name, value string) {
	if c.err != nil {
		return
	}
	s := name + ":" + value
	limit := icsLineMax
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		c.w.WriteString(s[:cut])
		c.w.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLineMax - 1 // the leading space counts
	}
	c.w.WriteString(s)
	_, c.err = c.w.WriteString("\r\n")
}
