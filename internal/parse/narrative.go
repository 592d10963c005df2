package parse

import (
	"bytes"
	"strconv"
	"time"
)

// A history text tells its story from a date in focus that moves as the
// story moves: "In May 1853 ... in July ... on 4 October" is one run of
// 1853. The words that count from the day of writing ("today", "last
// week") keep the reference date; the words that name a month, a day of
// a month, a season, a weekday or a holiday without a year, and the
// anaphors ("the next day", "that summer", "two weeks later"), count from
// the date in focus when the story is told far from the reference date.
// The helpers here keep that date and resolve against it.

// storyBackDays is how far back from the date in focus a year-less date
// may lie and still be read as a look back. A story moves forward, so a
// month that lies further back than this is the next one: "January 22,
// 1903 ... on August 12" is August 1903.
const storyBackDays = 140

// storyReach is how many bytes of text a date in focus holds the story
// for: a history names its dates every few sentences, and a date named
// pages before is no longer the story's.
const storyReach = 1500

// storyDayHow explains the day of a clock time that takes the story's day.
const storyDayHow = "day of the story"

// story returns the date in focus that the mention being resolved
// counts from, and whether it counts from it rather than from the
// reference date. With [AnchorNews] nothing counts from the story; with
// [AnchorNarrative] everything does once a date is in focus; with
// [AnchorAuto] only a mention of a text told from afar whose clause does
// not speak of the writer's future, in a sentence that holds no date
// counted from the day of writing ("yesterday", "last week"), while the date in focus lies more
// than two years before the reference date's year and was named within
// storyReach bytes. A focus two years back is as often a news story's
// background ("the following year he was appointed ... in December") as
// a history's.
func (rs *resolver) story() (Timex, bool) {
	if !rs.hasFocus {
		return Timex{}, false
	}
	switch rs.anchor {
	case AnchorNews:
		return Timex{}, false
	case AnchorNarrative:
		return rs.focus, true
	}
	// A deadline of a story ("by late September") is no future, nor is
	// "the next morning": only a clause that speaks of what is to come
	// after the writing is.
	if !rs.storyText || rs.weakStory && rs.tense != Past || rs.willFuture || rs.writerSentence || rs.focus.Begin.Year() >= rs.ref.Year()-2 || rs.at-rs.focus.End > storyReach && !rs.longHistory {
		return Timex{}, false
	}
	return rs.focus, true
}

// bare reports whether m names a calendar point without its year: a
// month, a day of a month, a season, a weekday or a holiday.
func bare(m Mention) bool {
	if m.Year != 0 || m.YearRel || m.Rel != relNone || m.Anaphoric || m.Ambiguous {
		return false
	}
	return m.Month != 0 || m.Season != 0 || m.Weekday != 0 || m.Holiday > 0
}

// storyDate resolves a bare mention against the date in focus f. A year
// alone in focus gives its year ("In 1941 ... In March"); otherwise the
// occurrence just before f when it lies a few months back at most or the
// clause looks back (past perfect, "since"), and else the first one after
// it. A weekday is the first such day after f, or on or before it when
// the clause looks back.
func (rs *resolver) storyDate(m Mention, f Timex, back bool) (resolved, string) {
	how := "story date " + strconv.Quote(f.Text)
	fb := f.Begin
	fd := day(fb.Year(), int(fb.Month()), fb.Day())
	if m.Weekday != 0 && m.Month == 0 && m.Day == 0 {
		cur := isoWeekday(fd)
		var d time.Time
		if back {
			d = fd.AddDate(0, 0, -((cur - m.Weekday + 7) % 7))
		} else {
			fwd := (m.Weekday - cur + 7) % 7
			if fwd == 0 && !rs.thatDay {
				fwd = 7
			}
			d = fd.AddDate(0, 0, fwd)
		}
		return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, "weekday after " + how
	}
	at := func(y int) time.Time {
		switch {
		case m.Holiday > 0:
			return holidays[m.Holiday-1].date(y)
		case m.Season != 0:
			return seasonStart(y, m.Season)
		case m.Day != 0:
			d := m.Day
			if n := daysIn(y, m.Month); d > n {
				d = n
			}
			return day(y, m.Month, d)
		}
		return day(y, m.Month, 1)
	}
	y := fb.Year()
	if f.Precision <= Year {
		// "In 1941 ... in March": the year of the story.
		return rs.bareIn(m, y, at), how
	}
	if f.Precision == Month || f.Precision == Season {
		// "mid-October ... by October 15": a day of the month in focus
		if c := at(y); !c.Before(fd) && c.Before(periodEnd(fd, f.Precision)) {
			return rs.bareIn(m, y, at), how
		}
	}
	// before is the latest occurrence on or before the day in focus,
	// after the one a year later.
	before := at(y)
	if before.After(fd) {
		before = at(y - 1)
	}
	after := at(before.Year() + 1)
	if m.Day == 0 && m.Holiday == 0 && m.Season == 0 && before.Year() == fd.Year() && before.Month() == fd.Month() {
		// the month in focus
		return rs.bareIn(m, before.Year(), at), how
	}
	if m.Season != 0 && !periodEnd(before, Season).Before(fd) {
		// the season in focus
		return rs.bareIn(m, before.Year(), at), how
	}
	if back || fd.Sub(before) <= storyBackDays*24*time.Hour {
		return rs.bareIn(m, before.Year(), at), how
	}
	return rs.bareIn(m, after.Year(), at), how
}

// bareIn gives mention m the year y. at(y) is the occurrence's first day.
func (rs *resolver) bareIn(m Mention, y int, at func(int) time.Time) resolved {
	switch {
	case m.Holiday > 0:
		d := at(y)
		return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}
	case m.Season != 0:
		return resolved{prec: Season, y: y, season: m.Season}
	case m.Day != 0:
		if m.Month == 2 && m.Day == 29 && daysIn(y, 2) != 29 {
			return resolved{prec: Month, y: y, mo: 2}
		}
		return resolved{prec: Day, y: y, mo: m.Month, d: m.Day}
	}
	return resolved{prec: Month, y: y, mo: m.Month}
}

// looksBack reports whether the clause of the mention whose first token
// is a, in the sentence that starts at token lo, looks back from the
// story's date: a past perfect ("had joined the allies on 26 January")
// or "since".
func (r *recognizer) looksBack(a, lo int) bool {
	if r.fn(a-1, fSince) {
		return true
	}
	for k, n := a-1, 0; k >= lo && n < 8; k-- {
		if r.toks[k].Kind == Punct {
			if r.clauseBreak(k) {
				// "it had reached the river, and on 7 August it crossed"
				return false
			}
			continue
		}
		n++
		if r.isWord(k, "had") {
			return true
		}
	}
	return false
}

// aside reports whether the mention at [start, end), whose first token
// is a, stands outside the story's main line: in a heading ("Peace
// (1855–1856)"), in brackets ("Lord Raglan (1788–1855)"), after "born",
// or bounding a state that runs on past the story ("held it until 1858",
// "premier since February 1956"). An aside is resolved like any date but
// does not move the date in focus.
func (r *recognizer) aside(start, end, a int) bool {
	if r.fn(a-1, fUntil) || r.fn(a-1, fTill) || r.fn(a-1, fSince) || r.isWord(a-1, "born") {
		return true
	}
	src := r.src
	// in brackets: an opening bracket before it on its line, not closed
	for i, n := start-1, 0; i >= 0 && n < 200; i, n = i-1, n+1 {
		c := src[i]
		if c == '\n' || c == ')' {
			break
		}
		if c == '(' {
			return true
		}
	}
	return heading(src, start, end)
}

// heading reports whether the line holding [start, end) is a heading: a
// short line of its own, between blank lines or at the start of the text,
// that does not end as a sentence does.
func heading(src []byte, start, end int) bool {
	// The line is no longer than maxHeading bytes: its ends are looked
	// for no further away than that.
	const maxHeading = 100
	from := max(start-maxHeading-1, 0)
	ls := bytes.LastIndexByte(src[from:start], '\n') + 1
	if ls == 0 && from > 0 {
		return false // the line starts more than maxHeading bytes back
	}
	ls += from
	if end-ls > maxHeading {
		return false
	}
	to := min(ls+maxHeading+1, len(src))
	le := bytes.IndexByte(src[end:to], '\n')
	if le < 0 {
		le = to
	} else {
		le += end
	}
	if le-ls > maxHeading {
		return false
	}
	if ls > 0 && !(ls >= 2 && src[ls-2] == '\n') {
		return false
	}
	if le < len(src) && !(le+1 < len(src) && src[le+1] == '\n' || le+1 == len(src)) {
		return false
	}
	last := le - 1
	for last > ls && (src[last] == ' ' || src[last] == '\r' || src[last] == '\t') {
		last--
	}
	switch src[last] {
	case '.', '!', '?', ':', ';', ',', '"':
		return false
	}
	return true
}

// moveFocus makes t, the timex of mention m, the date in focus when it is
// on the story's main line: a date or time on the calendar, not an aside,
// not counted from the day of writing, and not a look back. A look back
// still becomes lastMain, for the anaphors right after it.
func (rs *resolver) moveFocus(m Mention, c mentionContext, t Timex) {
	if !t.Dated() || t.Type != Date && t.Type != Time || t.Precision < Year {
		return
	}
	if (m.Rel == relDeictic || m.Rel == relShift) && t.Anchor != "text" || t.Value == "PRESENT_REF" || t.Anchor == "reference" {
		return
	}
	if rs.r.aside(m.Start, m.End, c.a) {
		return
	}
	rs.lastMain, rs.hasLastMain = t, true
	if rs.hasFocus && c.tense == Past && rs.r.looksBack(c.a, c.lo) {
		return
	}
	// "By the end of 1864", "early 1920": the story is at that end of the
	// year, and a bare April after it is the next April.
	if t.Precision == Year && m.Rel == relNone && (t.Mod == "END" || t.Mod == "START") {
		y := t.Begin.Year()
		if !rs.hasFocus || y >= rs.focus.Begin.Year() && y <= rs.focus.Begin.Year()+1 {
			mo := 12
			if t.Mod == "START" {
				mo = 1
			}
			t.Value, t.Begin = resolved{prec: Month, y: y, mo: mo}.format()
			t.Precision = Month
			rs.focus, rs.hasFocus = t, true
			rs.mainLine = append(rs.mainLine, t)
			return
		}
	}
	// A year alone that lies before the year in focus, or is that year, is
	// a look back or says less than the focus: "restored the borders of
	// 1792", "as in 1916 and 1917".
	if rs.hasFocus && t.Precision == Year && m.Rel == relNone && t.Begin.Year() <= rs.focus.Begin.Year() {
		return
	}
	// So is a year alone more than a year ahead of a day in focus: a
	// glance forward ("it ended after three years, in 1818") before the
	// story goes on.
	if rs.hasFocus && rs.focus.Precision >= Day && t.Precision == Year && m.Rel == relNone && t.Begin.Year() > rs.focus.Begin.Year()+1 {
		return
	}
	rs.focus, rs.hasFocus = t, true
	rs.mainLine = append(rs.mainLine, t)
}

// storyAnchor returns the date in focus an anaphor of the story counts
// from, when it has the precision the anaphor needs; else the latest
// date of the main line that has.
func (rs *resolver) storyAnchor(m Mention) (Timex, bool) {
	need := Year
	switch {
	case m.Month > 0 || m.Season > 0:
	case m.Unit == uMonth:
		need = Month
	case m.Unit == uDay || m.Part > 0:
		need = Day
	}
	// A date of the main line just before, in the same stretch of text,
	// is what an anaphor counts from even when it does not move the focus:
	// "had died by October 15, lifted its bans four days later", "approved
	// an expansion in 2006, work began the following year".
	if l := rs.lastMain; rs.hasLastMain && rs.at-l.End < 100 && l.Precision >= need && l.Precision <= Minute {
		return l, true
	}
	if rs.focus.Precision >= need {
		return rs.focus, true
	}
	for k := len(rs.mainLine) - 1; k >= 0; k-- {
		if t := rs.mainLine[k]; t.Precision >= need {
			return t, true
		}
	}
	return Timex{}, false
}

// storyGrain gives an offset of a story the grain of its unit: "two
// months later" is a month, "two years later" a year, whatever the grain
// of the date it counts from; and a week or two after a month-long date
// is, as far as the text says, still that month.
func storyGrain(m Mention, from Timex, v resolved) resolved {
	if m.Rel != relAnaphor {
		return v
	}
	switch m.Unit {
	case uMonth:
		if v.prec > Month {
			v.prec, v.d = Month, 0
		}
	case uYear:
		if v.prec > Year {
			v.prec, v.mo, v.d, v.q, v.h = Year, 0, 0, 0, 0
		}
	case uWeek, uFortnight:
		if from.Precision == Month && m.Offset >= -2 && m.Offset <= 2 {
			b := from.Begin
			v = resolved{prec: Month, y: b.Year(), mo: int(b.Month())}
		}
	}
	return v
}

// sharedYear returns the year of the mention after ms[i] when the two are
// coordinated and only the second writes it: "in May and October 1949",
// "in March or April 1978". It returns 0 otherwise.
func (r *recognizer) sharedYear(ms []Mention, i int) int {
	m := ms[i]
	if i+1 >= len(ms) || m.Year != 0 || m.Month == 0 || m.Rel != relNone || m.Anaphoric || m.RangeEnd {
		return 0
	}
	n := ms[i+1]
	if n.Year == 0 || n.Month == 0 || n.Type != Date {
		return 0
	}
	between := r.src[m.End:n.Start]
	switch lowerText(between) {
	case " and ", " or ", ", ", " and early ", " and late ":
		return n.Year
	}
	return 0
}

// anchorSummary names the anchoring that most year-less mentions of the
// text got, and counts them.
func (rs *resolver) anchorSummary() (AnchorMode, string) {
	if rs.storyN == 0 {
		return AnchorNews, "every year-less expression counts from the reference date"
	}
	why := strconv.Itoa(rs.storyN) + " year-less expressions count from the story's dates, " + strconv.Itoa(rs.refN) + " from the reference date"
	if rs.storyN > rs.refN {
		return AnchorNarrative, why
	}
	return AnchorNews, why
}

// toldFromAfar reports whether most years the text writes on its main
// line lie more than five years from ref, as in a history; a news story
// that looks back now and then names mostly recent years. weak is set
// when the text writes one or two such years and nothing else says so:
// then only a past clause counts from the story ("By the spring of 1916
// ... In November"), not "sanctions lifted under the 2015 deal can be
// reimposed in October".
func (r *recognizer) toldFromAfar(ms []Mention, ctx []mentionContext, ref time.Time) (told, weak bool) {
	far, near, deictic := 0, 0, 0
	for i, m := range ms {
		if m.Rel == relDeictic || m.Rel == relShift || m.Weekday != 0 && m.Day == 0 {
			deictic++
		}
		if m.Year == 0 || m.Type != Date || r.aside(m.Start, m.End, ctx[i].a) {
			continue
		}
		if d := ref.Year() - m.Year; d > 5 || d < -5 {
			far++
		} else {
			near++
		}
	}
	// A short history may write its year once ("By the autumn of 1944
	// ... In November ... In February"); a news story names a recent year
	// or counts from the day of writing.
	if far >= 3 && far >= 2*near {
		return true, false
	}
	return far >= 1 && near == 0 && deictic == 0, true
}

// historyText reports whether the years of a text are those of a long
// history: many, and nearly all far from the reference. Such a text keeps
// its date in focus however long a stretch names no date.
func (r *recognizer) historyText(ms []Mention, ref time.Time) bool {
	far, near := 0, 0
	for _, m := range ms {
		if m.Year == 0 || m.Type != Date {
			continue
		}
		if d := ref.Year() - m.Year; d > 5 || d < -5 {
			far++
		} else {
			near++
		}
	}
	return far >= 15 && 10*near <= far
}

// yearEnd reports whether a mention's text is "year-end" or "year end":
// the end of the current year, not a day of a story.
func yearEnd(text []byte) bool {
	return len(text) >= 4 && (text[0] == 'y' || text[0] == 'Y') && string(text[1:4]) == "ear"
}

// quoted reports whether offset off of src lies inside quoted speech
// opened earlier in its paragraph: after a “ not yet closed, or after an
// odd number of straight double quotes or of doubled apostrophes and
// backquotes, as some wires write quotes.
func quoted(src []byte, off int) bool {
	curly, straight, doubled := 0, 0, 0
	start := off
	for start > 0 && off-start < 2000 && !(src[start-1] == '\n' && start >= 2 && src[start-2] == '\n') {
		start--
	}
	for i := start; i < off; i++ {
		switch c := src[i]; {
		case c == '"':
			straight++
		case (c == '\'' || c == '`') && i+1 < off && src[i+1] == c:
			doubled++
			i++
		case c == 0xe2 && i+2 < off && src[i+1] == 0x80 && src[i+2] == 0x9c:
			curly = 1
		case c == 0xe2 && i+2 < off && src[i+1] == 0x80 && src[i+2] == 0x9d:
			curly = 0
		}
	}
	return curly == 1 || straight%2 == 1 || doubled%2 == 1
}

// startsThe reports whether a mention's text begins with the article
// "the".
func startsThe(text []byte) bool {
	return len(text) > 4 && (text[0] == 't' || text[0] == 'T') && text[1] == 'h' && text[2] == 'e' && text[3] == ' '
}

// weekOfStory reports whether a bare weekday can be a day of the story
// whose date in focus is f: f names a day, a few sentences back at most.
// Further on, "said Friday" is the reporter's week, not the story's.
func (rs *resolver) weekOfStory(f Timex) bool {
	return f.Precision >= Day && rs.at-f.End <= 600
}

// partOfDay widens a day of a story to the part of it written before:
// "the evening of 26 July" is the evening, a TIME. News corpora mark only
// the day ("the night of Oct. 23"), so only a story's days are widened.
func (r *recognizer) partOfDay(m Mention, a int) Mention {
	if m.Type != Date || m.Day == 0 || m.Part != 0 || m.HasClock || !r.fn(a-1, fOf) || !r.cls(a-2, cPartDay) || !r.fn(a-3, fThe) {
		return m
	}
	m.Start, m.Part, m.Type = r.toks[a-3].Start, r.val(a-2), Time
	return m
}

// willIn reports whether tokens [lo, hi) speak of the writer's future:
// "will", "shall", "is expected to", "is due to", "scheduled", "plans
// to", "set for". A story's "the next morning" or "would" does not.
func (r *recognizer) willIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.toks[k].Kind != Word {
			continue
		}
		switch r.lw(k) {
		case "will", "shall", "ll", "won't", "expected", "due", "scheduled", "plans", "planning", "upcoming":
			return true
		case "set":
			if r.fn(k+1, fFor) || r.fn(k+1, fTo) {
				return true
			}
		}
	}
	return false
}

// dropFollowing removes "the following days" (weeks, months, years) from
// a past clause: it spans a stretch after some event of the text, which
// says nothing of when, and is no future of the writer's. ms and ctx
// shrink in step.
func (r *recognizer) dropFollowing(ms []Mention, ctx []mentionContext) ([]Mention, []mentionContext) {
	n := 0
	for i, m := range ms {
		if m.Vague == "FUTURE_REF" && ctx[i].tense == Past && r.isWord(ctx[i].a, "the") && r.isWord(ctx[i].a+1, "following") {
			continue
		}
		ms[n], ctx[n] = m, ctx[i]
		n++
	}
	return ms[:n], ctx[:n]
}

// followingWord reports whether a mention's text is "the following ..."
// or "following ...": a shift from a date of the text, not from the day
// of writing.
func followingWord(text []byte) bool {
	t := lowerText(text)
	if len(t) > 4 && t[:4] == "the " {
		t = t[4:]
	}
	return len(t) > 10 && t[:10] == "following "
}

// atTheTime resolves "the time" of "at the time" in a story: the date in
// focus f, to the day at most ("Poet Laureate at the time").
func (rs *resolver) atTheTime(t Timex, f Timex) Timex {
	if !f.Dated() {
		return t
	}
	t.Type, t.Precision, t.Value, t.Begin = Date, f.Precision, f.Value, f.Begin
	if t.Precision > Day {
		t.Precision, t.Value = Day, f.Value[:10]
		t.Begin = day(f.Begin.Year(), int(f.Begin.Month()), f.Begin.Day())
	}
	t.Anchor, t.How = "text", "the story's date "+strconv.Quote(f.Text)
	return t
}

// dropUnmarked removes from out the timexes of mentions that mark a time
// only in a story ("at the time", "in the morning") and found none. out
// holds a timex for each mention of ms.
func dropUnmarked(ms []Mention, out []Timex) []Timex {
	n := 0
	for i, t := range out {
		if ms[i].StoryOnly && t.Value == "" {
			continue
		}
		out[n] = t
		n++
	}
	return out[:n]
}

// hasRecentClock reports whether a clock time of the text ends within a
// few sentences before offset off.
func (rs *resolver) hasRecentClock(off int) bool {
	_, ok := rs.clockBefore(off)
	return ok
}

// recentClock returns the latest clock time of the text before offset
// off, on the day of a date written right after it ("20:00 GMT on 3 May
// 2024"), which the clock takes only once the sentence is read.
func (rs *resolver) recentClock(off int) Timex {
	c, _ := rs.clockBefore(off)
	if n := len(rs.history); n > 0 {
		if l := rs.history[n-1]; l.Precision == Day && l.Start > c.End && l.Start-c.End < 8 {
			d := l.Begin
			c.Begin = time.Date(d.Year(), d.Month(), d.Day(), c.Begin.Hour(), c.Begin.Minute(), 0, 0, time.UTC)
		}
	}
	return c
}

// clockBefore returns the latest minute-precise timex of the history that
// ends within 300 bytes before off.
func (rs *resolver) clockBefore(off int) (Timex, bool) {
	for k := len(rs.history) - 1; k >= 0; k-- {
		t := rs.history[k]
		if off-t.End > 300 {
			break
		}
		if t.Precision == Minute {
			return t, true
		}
	}
	return Timex{}, false
}
