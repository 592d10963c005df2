package parse

import (
	"bytes"
	"fmt"
	"slices"
	"time"
)

// dueTenses returns ctx with the dates that follow "due" told in the
// future: "debentures due March 1, 2011" names when a debt falls due,
// whatever the tense of the sentence that lists it. So does a plan that
// a noun phrase after "with" carries: "announced an order ..., with
// deliveries starting in the second half of 2026" (see withPlan).
func dueTenses(r *recognizer, ctx []mentionContext) []mentionContext {
	var out []mentionContext
	for i, c := range ctx {
		if c.tense == Future || !r.isWord(c.a-1, "due") && !withPlan(r, c.a) {
			continue
		}
		if out == nil {
			out = slices.Clone(ctx)
		}
		out[i].tense, out[i].far = Future, false
	}
	if out == nil {
		return ctx
	}
	return out
}

// withPlan reports whether the date at token a ends a phrase "with"
// NOUN PARTICIPLE [in|on|from|for|by] that tells a plan: "with
// deliveries starting in 2026", "with the first flight planned for
// May 2027", "with completion due by 2030". Such a phrase hangs from the
// noun, not from the verb of the clause, and a report in the past of a
// plan does not put the plan in the past. A few words, and no
// punctuation, may stand between "with" and the participle.
func withPlan(r *recognizer, a int) bool {
	k := a - 1
	if r.isWord(k, "in") || r.isWord(k, "on") || r.isWord(k, "from") || r.isWord(k, "for") || r.isWord(k, "by") {
		k--
	}
	plan := false
	for _, w := range [...]string{"starting", "beginning", "due", "expected", "planned", "scheduled", "set"} {
		plan = plan || r.isWord(k, w)
	}
	if !plan {
		return false
	}
	for j := k - 1; j >= k-5 && r.ok(j) && r.toks[j].Kind == Word; j-- {
		if r.isWord(j, "with") {
			return j < k-1
		}
	}
	return false
}

// monthPartnerCues returns the cues that a month named without a year,
// m, and "last month" or "next month" elsewhere in the text put on the
// reference together: news that tells of January and of "last month"
// mostly means the same month, so the reference lies in the month after
// it, once a year. The month's tense must agree: past for "last month",
// future for "next month". "This month" is left out: a text that names
// a month mostly names one other than its own.
func monthPartnerCues(r *recognizer, ms []Mention, ctx []mentionContext, m Mention, tense Tense, yLo, yHi int) []cue {
	var cs []cue
	done := [3]bool{}
	text := string(r.src[m.Start:m.End])
	for i, d := range ms {
		if d.Rel != relDeictic || d.Unit != uMonth || d.Month != 0 || d.Offset != -1 && d.Offset != 1 || done[d.Offset+1] {
			continue
		}
		if d.Offset < 0 && (tense != Past || ctx[i].tense == Future) || d.Offset > 0 && (tense != Future || ctx[i].tense == Past) {
			continue
		}
		done[d.Offset+1] = true
		deictic := string(r.src[d.Start:d.End])
		note := fmt.Sprintf("%q is %q", deictic, text)
		for y := yLo - 1; y <= yHi+2; y++ {
			b := day(y, m.Month, 1).AddDate(0, -d.Offset, 0)
			lo, hi := dayNum(b), dayNum(b.AddDate(0, 1, 0))-1
			cs = append(cs, cue{lo: lo, hi: hi, weight: wThisMonth, firm: true, from: lo, to: hi,
				text: deictic, note: note, kind: d.Offset + 1})
		}
	}
	return cs
}

// yearPartner finds the deictic year ("last year", "two years ago", "next
// year") that stands right beside the explicit year of mention i, with
// at most a comma, a bracket or "in" between: "last year, in 2019", "in
// 2019, two years ago", "last year (2019)".
func yearPartner(r *recognizer, ms []Mention, ctx []mentionContext, i int) (int, bool) {
	isYears := func(k int) bool {
		m := ms[k]
		return m.Rel == relDeictic && m.Unit == uYear && m.Month == 0 && ctx[k].lo == ctx[i].lo
	}
	between := func(a, b int) bool { // tokens [a, b) join the two
		if b-a > 3 {
			return false
		}
		for k := a; k < b; k++ {
			if r.toks[k].Kind == Word && !r.isWord(k, "in") {
				return false
			}
		}
		return true
	}
	if k := i - 1; k >= 0 && isYears(k) && between(ctx[k].b, ctx[i].a) {
		return k, true
	}
	if k := i + 1; k < len(ms) && isYears(k) && between(ctx[i].b, ctx[k].a) {
		return k, true
	}
	return 0, false
}

// yearlessCues returns the cues of a day without a year, once for each
// year from yLo-1 to yHi+2: the day before or after the reference by
// its tense, within a year (a firm cue that every year satisfies once,
// which bounds the reported range), and near it. A weekday written beside
// the day keeps only the years in which the day falls on it, a firm cue
// that pinned reports.
func yearlessCues(m Mention, tense Tense, at func(int) (time.Time, bool), yLo, yHi, lastPast int, text string, ws weekdays) (cs []cue, pinned bool) {
	var pins []cue
	for y := yLo - 1; y <= yHi+2; y++ {
		t, ok := at(y)
		if !ok {
			continue
		}
		d := dayNum(t)
		prev, okPrev := at(y - 1)
		next, okNext := at(y + 1)
		if !okPrev {
			prev = t.AddDate(-1, 0, 0)
		}
		if !okNext {
			next = t.AddDate(1, 0, 0)
		}
		match := m.Weekday != 0 && isoWeekday(t) == m.Weekday
		switch tense {
		case Past:
			wc := ws.after(d, dayNum(next)-1, text, 4)
			near := wNear
			if wc != nil {
				near = 0
			}
			cs = append(cs, cue{lo: d, hi: dayNum(next) - 1, firm: true, from: d, to: noTo, text: text},
				cue{lo: d, hi: d + 1, weight: near, text: text, kind: 1})
			cs = append(cs, wc...)
			if lastPast != noFrom && d > lastPast {
				cs = append(cs, cue{lo: d, hi: dayNum(next) - 1, weight: wLater, firm: true, from: d, to: noTo, text: text, kind: 3})
			}
			if match {
				pins = append(pins, cue{lo: d, hi: min(dayNum(next)-1, d+90), weight: wWeekday, firm: true, from: d, to: noTo, text: text, kind: 2, note: pinNote(m, text, y)})
			}
		case Future:
			cs = append(cs, cue{lo: dayNum(prev), hi: d - 1, firm: true, from: noFrom, to: d - 1, text: text},
				cue{lo: d - 60, hi: d - 7, weight: wSoon, text: text, kind: 1})
			if match {
				pins = append(pins, cue{lo: max(dayNum(prev), d-90), hi: d - 1, weight: wWeekday, firm: true, from: noFrom, to: d - 1, text: text, kind: 2, note: pinNote(m, text, y)})
			}
		default:
			cs = append(cs, cue{lo: d - 60, hi: d + 14, weight: wNear, text: text})
			if match {
				pins = append(pins, cue{lo: d - 90, hi: d + 90, weight: wWeekday, text: text, kind: 1, note: pinNote(m, text, y)})
			}
		}
	}
	return append(cs, pins...), len(pins) > 0
}

// weekdays are the weekdays that a text tells in the past without a
// date ("on Sunday", "said Friday"), the first of each, by weekday.
type weekdays struct {
	day  []int // 1..7, Monday first
	text []string
}

func pastWeekdays(r *recognizer, ms []Mention, ctx []mentionContext, dl int) weekdays {
	var ws weekdays
	for i, m := range ms {
		if i == dl || m.Weekday == 0 || m.Day != 0 || m.Month != 0 || m.Year != 0 || m.Rel != relNone || m.YearRel || m.Holiday > 0 || ctx[i].tense != Past {
			continue
		}
		if m.Type != Date && m.Type != Time || slices.Contains(ws.day, m.Weekday) {
			continue
		}
		if _, dated := bracketDate(r, ms, ctx, i); dated {
			continue // "Friday (14 October 2011)" is a dated day
		}
		ws.day = append(ws.day, m.Weekday)
		ws.text = append(ws.text, string(r.src[m.Start:m.End]))
	}
	return ws
}

// after returns the cues that the weekdays put on the reference beside
// a past day d: news names a recent day by its weekday and an older one
// by its date, so what happened "on Sunday" mostly happened after the
// days the text dates, and the reference is that weekday or soon after.
// The first of the weekdays to come after d bounds the reference from
// below, up to hi, and the reference is likeliest on that day. There are
// no cues when the text tells no weekday.
func (ws weekdays) after(d, hi int, text string, kind int) []cue {
	if len(ws.day) == 0 {
		return nil
	}
	wd := isoWeekday(fromDayNum(d))
	first, k := noTo, 0
	for j, w := range ws.day {
		gap := (w - wd + 7) % 7
		if d+gap < first {
			first, k = d+gap, j
		}
	}
	if first > hi {
		return nil
	}
	note := fmt.Sprintf("%q after %q", ws.text[k], text)
	return []cue{
		{lo: first, hi: hi, weight: wThisWeek, firm: true, from: first, to: noTo, text: text, note: note, kind: kind},
		{lo: first, hi: first + weekdayLag, weight: wNear, text: text, kind: kind + 1},
	}
}

// weekdayLag is how many days after the weekday a text that tells it
// in the past is likeliest written.
const weekdayLag = 1

func pinNote(m Mention, text string, y int) string {
	return fmt.Sprintf("%q falls on a %s in %d", text, time.Weekday(m.Weekday%7), y)
}

// periodCues returns the cues of a month ("in May") or a quarter ("the
// third quarter") without a year, starting in month first and months
// long: near the reference by its tense, once a year.
func periodCues(first, months int, tense Tense, yLo, yHi int, text string) []cue {
	var cs []cue
	for y := yLo - 1; y <= yHi+2; y++ {
		b := day(y, first, 1)
		e := b.AddDate(0, months, 0)
		switch tense {
		case Past:
			cs = append(cs, cue{lo: dayNum(b), hi: dayNum(nearPast(e, Month)) - 1, weight: wNear, text: text})
		case Future:
			cs = append(cs, cue{lo: dayNum(b.AddDate(0, -6, 0)), hi: dayNum(b) - 1, weight: wNear, text: text})
		}
	}
	return cs
}

// yearOver reports whether the year of mention i, told in the past, is
// likely over by the day of writing: news calls its own year "this year".
// Not when the year names a thing or a target ("the 1989 period", "the
// Act of 1989", "the company's 1989 profit", "expectations for 1989"),
// as the year of writing does too, nor when the text looks ahead to the
// year after it ("squeezed in 1989 ... confident about 1990").
// ahead holds the years the text names outside the past (see aheadYears).
func yearOver(r *recognizer, ms []Mention, ctx []mentionContext, i int, ahead []int) bool {
	m := ms[i]
	if a := ctx[i].a - 1; startsThe(r.src[m.Start:m.End]) || a >= 0 && (r.fn(a, fThe) || r.fn(a, fOf) || r.fn(a, fFor)) {
		return false
	}
	before := bytes.TrimRight(r.src[:m.Start], " ")
	if bytes.HasSuffix(before, []byte("'s")) || bytes.HasSuffix(before, []byte("’s")) {
		return false
	}
	return !slices.Contains(ahead, m.Year+1)
}

// aheadYears returns the years that the text names by number and tells
// outside the past.
func aheadYears(ms []Mention, ctx []mentionContext) []int {
	var ys []int
	for k, m := range ms {
		if m.Year != 0 && m.Rel == relNone && !m.YearRel && ctx[k].tense != Past && !slices.Contains(ys, m.Year) {
			ys = append(ys, m.Year)
		}
	}
	return ys
}
