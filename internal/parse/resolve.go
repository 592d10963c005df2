package parse

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DateOrder says how to read a numeric date such as 5/6/2025.
type DateOrder uint8

// Date orders.
const (
	OrderAuto DateOrder = iota // decide from the document's unambiguous numeric dates
	OrderDMY                   // day first: 5/6/2025 is 5 June
	OrderMDY                   // month first: 5/6/2025 is May 6
)

// String returns "dmy", "mdy" or "auto".
func (o DateOrder) String() string {
	switch o {
	case OrderDMY:
		return "dmy"
	case OrderMDY:
		return "mdy"
	}
	return "auto"
}

// AnchorMode says what a year-less date is resolved against.
type AnchorMode uint8

// Anchor modes.
const (
	// AnchorAuto decides for each expression: deictic words count from
	// the reference date, and bare dates and anaphors of a text told from
	// afar count from the story's date in focus.
	AnchorAuto AnchorMode = iota
	// AnchorNews resolves every year-less date against the reference
	// date, with tense.
	AnchorNews
	// AnchorNarrative resolves every bare date and anaphor against the
	// story's date in focus once the text has named one.
	AnchorNarrative
)

// String returns the lower-case name of the mode.
func (a AnchorMode) String() string {
	switch a {
	case AnchorNews:
		return "news"
	case AnchorNarrative:
		return "narrative"
	}
	return "auto"
}

// day is a calendar day; all arithmetic is in UTC, which has no daylight
// saving gaps.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// resolver turns mentions into timexes.
type resolver struct {
	r      *recognizer
	ref    time.Time
	order  DateOrder
	anchor AnchorMode
	// last is the latest dated timex, for anaphora ("the following day").
	last    Timex
	hasLast bool
	// farCue is set while resolving a mention whose tense cue stands more
	// than a few words away, so that the verb may not govern it.
	farCue bool
	// history holds the dated timexes so far, for anaphora.
	history []Timex
	// lastQuarter is the latest quarter named, for "the quarter" and
	// "the year-ago quarter" in earnings reports.
	lastQuarter    Timex
	hasLastQuarter bool
	// lastFull is the latest date of the text with an explicit year, for
	// narrative anchoring.
	lastFull    time.Time
	hasLastFull bool
	lastFullP   Precision
	// focus is the date the story is at: the latest date of the main
	// line, which bare dates and anaphors count from in a history text;
	// mainLine holds the main line's dates so far.
	focus    Timex
	hasFocus bool
	mainLine []Timex
	// back is set while resolving a mention whose clause looks back from
	// the story's date (a past perfect, "since").
	back bool
	// willFuture is set while resolving a mention in a clause with
	// "will" or "shall".
	willFuture bool
	// writerSentence is set while resolving a mention whose sentence
	// also holds a date counted from the day of writing ("said
	// yesterday that ... from 1 December"): the sentence is told from
	// the writer's day, not from a story's.
	writerSentence bool
	// lastMain is the latest date of the text that is not an aside.
	lastMain    Timex
	hasLastMain bool
	// at is the offset of the mention being resolved.
	at int
	// thatDay is set while resolving a weekday written with "that" in a
	// story ("That Friday"): the day in focus itself may be meant.
	thatDay bool
	// storyN and refN count the year-less mentions resolved against the
	// date in focus and against the reference date.
	storyN, refN int
	// storyText is set when most of the text's written years lie far
	// from the reference date: a history, or a long look back.
	storyText bool
	// weakStory is set when storyText rests on one or two years alone.
	weakStory bool
	// longHistory is set on a text of many years, nearly all far from
	// the reference: its focus holds across any stretch without dates.
	longHistory bool
	// tense is the tense of the mention being resolved.
	tense Tense
	// strs holds the text, the value and some of the notes of each timex
	// of the document, one after the other (see keep).
	strs strings.Builder
}

// keep returns b as a string held in rs.strs: the timexes of a document
// share a few allocations, where a string each would cost one per field.
// A strings.Builder never changes the bytes it has handed out as a
// string, so each string stays valid while the builder grows.
func (rs *resolver) keep(b []byte) string {
	n := rs.strs.Len()
	rs.strs.Write(b)
	return rs.strs.String()[n:]
}

// quoted returns prefix followed by text in Go quotes, as
// prefix+strconv.Quote(text) does, held in rs.strs.
func (rs *resolver) quoted(prefix, text string) string {
	b := append(rs.r.scratch[:0], prefix...)
	b = strconv.AppendQuote(b, text)
	rs.r.scratch = b
	return rs.keep(b)
}

// resolved is a value before formatting.
type resolved struct {
	prec            Precision
	y, mo, d        int
	q, h, season    int
	part            int
	decade, century int
	hour, minute    int
	weekend, clock  bool
	utc             bool
}

// tokenAt returns the index of the token that starts at or after offset.
func (r *recognizer) tokenAt(off int) int {
	lo, hi := 0, len(r.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if r.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// resolve computes the timex of mention m, whose tokens are [a, b) in the
// sentence [lo, hi).
func (rs *resolver) resolve(m Mention, tense Tense, sentYear int) Timex {
	src := rs.r.src
	t := Timex{Start: m.Start, End: m.End, Text: rs.keep(src[m.Start:m.End]), Type: m.Type, Mod: m.Mod, Tense: tense}
	if m.Vague != "" {
		t.Value, t.Anchor, t.How = m.Vague, "reference", "vague reference"
		t.Type = Date
		return t
	}
	if m.Type == Duration || m.Type == Set {
		t.Value, t.Anchor, t.How = m.Dur, "absolute", "length as written"
		return t
	}
	ref := rs.ref
	base, baseHow := ref, "reference"
	if rs.anchor == AnchorNarrative && rs.hasLastFull {
		base, baseHow = rs.lastFull, "text"
	}
	var v resolved
	how := ""
	anchor := "absolute"
	rs.at, rs.tense = m.Start, tense
	f, inStory := rs.story()
	if !inStory && bare(m) {
		rs.refN++
	}
	if m.StoryOnly && !inStory {
		// left without a value, for dropUnmarked
		return t
	}
	if m.AtTheTime {
		return rs.atTheTime(t, f)
	}
	if inStory && (m.Rel == relDeictic || m.Rel == relShift) && startsThe(src[m.Start:m.End]) && !m.Earlier && !m.Later {
		// In a story, "the next day", "the end of the month", "the
		// coming winter" and "the weekend" are the story's, not the
		// writer's.
		if m.Rel == relDeictic {
			m.Rel = relAnaphor
		} else {
			m.Rel = relStory
		}
	}
	if m.Rel == relShift && !inStory && rs.hasLast && followingWord(src[m.Start:m.End]) {
		// "Sales slumped in 2019. The following spring": the spring after
		// the text's last date.
		f, m.Rel = rs.last, relStory
	}
	switch {
	case m.Rel == relStory:
		anchor = "text"
		tn := tense
		if m.Weekend {
			// the story moves on: the weekend after the day in focus
			tn = Future
		}
		b := f.Begin
		if f.Precision <= Year && followingWord(src[m.Start:m.End]) {
			// "in 2019 ... the following spring": after the year, 2020
			b = periodEnd(b, f.Precision).AddDate(0, 0, -1)
		}
		v, _ = rs.shift(m, b, tn)
		how = rs.quoted("shifted from the text's date ", f.Text)
		if inStory {
			rs.storyN++
		}
	case inStory && bare(m) && (m.Weekday == 0 || m.Month != 0 || rs.weekOfStory(f)) && !yearEnd(src[m.Start:m.End]):
		anchor = "text"
		v, how = rs.storyDate(m, f, rs.back)
		rs.storyN++
	case inStory && m.Rel == relDeictic && (m.Unit == uYear || m.Unit == uDecade || m.Unit == uCentury) && quoted(src, m.Start):
		// Quoted speech keeps its own time: "before this decade is out",
		// said in 1961, is the 1960s. A day of it ("we today accept") is
		// left to the reference: a quote in news is said close to it.
		anchor = "text"
		v, how = rs.deictic(m, f.Begin, tense)
		how += " of the story's date " + strconv.Quote(f.Text)
		rs.storyN++
	case (inStory || rs.storyText && rs.anchor == AnchorAuto && tense != Past) && m.Rel == relDeictic && m.Unit == uDay && m.Offset == 0 && lowerText(src[m.Start:m.End]) == "today" && !quoted(src, m.Start):
		// "It is remembered today": the present of the writer, not a day
		// of the story. Where the story has come close to the time of
		// writing, a past clause ("a judge today found") speaks of the day
		// itself.
		t.Value, t.Anchor, t.How = "PRESENT_REF", "reference", "the present of a history text"
		return t
	case m.Holiday > 0:
		h := holidays[m.Holiday-1]
		y := m.Year
		if y == 0 {
			y = sentYear
		}
		if y == 0 {
			anchor = baseHow
			y = pickYear(base, tense, func(y int) time.Time { return h.date(y) }, Day, rs.farCue)
			how = yearFromTense.of(tense)
		}
		d := h.date(y)
		v = resolved{prec: Day, y: y, mo: int(d.Month()), d: d.Day()}
	case m.Rel == relDeictic:
		anchor = "reference"
		v, how = rs.deictic(m, ref, tense)
	case (m.Unit == uQuarter || m.KeepGrain && m.Unit == uYear && m.Anaphoric) && rs.hasLastQuarter:
		anchor = "text"
		v, how = rs.anaphor(m, rs.lastQuarter, tense)
	case m.Unit == uQuarter && m.Anaphoric:
		// "the quarter" with no quarter named before: the last one that ended.
		anchor = "reference"
		v, how = rs.deictic(Mention{Unit: uQuarter, Offset: -1}, ref, tense)
	case m.Rel == relAnaphor && (m.Unit == uHour || m.Unit == uMinute) && rs.hasRecentClock(m.Start):
		// "at 6 p.m. ... An hour later": a clock time
		c := rs.recentClock(m.Start)
		step := time.Hour
		if m.Unit == uMinute {
			step = time.Minute
		}
		d := c.Begin.Add(time.Duration(m.Offset) * step)
		anchor, how = "text", rs.quoted("counted from ", c.Text)
		v = resolved{prec: Minute, clock: true, y: d.Year(), mo: int(d.Month()), d: d.Day(), hour: d.Hour(), minute: d.Minute(),
			utc: strings.HasSuffix(c.Value, "Z")}
		t.Type = Time
	case (m.Rel == relAnaphor || m.Anaphoric) && inStory:
		from, ok := rs.storyAnchor(m)
		if !ok {
			from = f
		}
		anchor = "text"
		v, how = rs.anaphor(m, from, tense)
		v = storyGrain(m, from, v)
		rs.storyN++
	case m.Rel == relAnaphor || m.Anaphoric:
		from, ok := rs.anchorFor(m)
		if ok {
			anchor = "text"
			v, how = rs.anaphor(m, from, tense)
			break
		}
		if !rs.hasLast {
			anchor = "reference"
			v, how = rs.anaphor(m, Timex{Begin: ref, Precision: Day}, tense)
			how += " (no earlier date: reference)"
		} else {
			anchor = "text"
			v, how = rs.anaphor(m, rs.last, tense)
		}
	case m.Rel == relShift:
		anchor = "reference"
		v, how = rs.shift(m, ref, tense)
	default:
		v, anchor, how = rs.calendar(m, base, baseHow, tense, sentYear)
		if v.prec == Day && v.mo >= 1 && v.mo <= 12 && v.d > daysIn(v.y, v.mo) {
			// "29 February 2023" names no day: keep what is real, the month
			v.prec, v.d = Month, 0
			how = "no such day; the month"
		}
	}
	if m.WeekOf && v.prec == Day {
		// "the week of 17 October": the ISO week that holds the day
		d := day(v.y, v.mo, v.d)
		d = monday(d)
		v.y, v.mo, v.d, v.prec = d.Year(), int(d.Month()), d.Day(), Week
		if how == "" {
			how = "as written"
		}
		how += "; the week that holds the day"
	}
	if m.HasClock {
		v.clock, v.hour, v.minute, v.utc = true, m.Hour, m.Minute, m.UTC
		if v.prec < Day && inStory && f.Precision >= Day {
			// A bare clock time in a story is on the day in focus.
			v.y, v.mo, v.d, v.prec = f.Begin.Year(), int(f.Begin.Month()), f.Begin.Day(), Day
			anchor, how = "text", storyDayHow
		}
		if v.prec < Day {
			// A bare clock time is on the day of the reference, or of the
			// date it stands next to (set by the caller through sentYear is
			// not enough; see Tag).
			v.y, v.mo, v.d, v.prec = ref.Year(), int(ref.Month()), ref.Day(), Day
			anchor, how = "reference", "day of the reference"
		}
		v.prec = Minute
	} else if m.Part > 0 && v.prec >= Day {
		v.part, v.prec = m.Part, PartOfDay
	}
	if m.DayShift != 0 && v.prec >= Day {
		d := day(v.y, v.mo, v.d).AddDate(0, 0, m.DayShift)
		v.y, v.mo, v.d = d.Year(), int(d.Month()), d.Day()
		how += fmt.Sprintf(", then %+d day", m.DayShift)
	}
	var value []byte
	value, t.Begin = v.appendValue(rs.r.scratch[:0])
	rs.r.scratch = value
	t.Value = rs.keep(value)
	t.Precision = v.prec
	if how == "" {
		how = "as written"
	}
	t.Anchor, t.How = anchor, how
	return t
}

// resolvedDay marks v as day-precise.
func resolvedDay(v resolved) resolved {
	v.prec = Day
	return v
}

// anchorFor picks the earlier date an anaphoric mention counts from: "the
// same month" needs a date with a month, "the same day" one with a day,
// and "a year earlier" the latest period that is not in the future.
func (rs *resolver) anchorFor(m Mention) (Timex, bool) {
	need := Year
	switch {
	case m.Month > 0 || m.Season > 0:
		// "November of that year" names its month; it needs only a year.
	case m.Unit == uMonth:
		need = Month
	case m.Unit == uDay || m.Part > 0 || m.Weekday > 0:
		need = Day
	}
	// "a year earlier" in a results report compares reporting periods: the
	// latest quarter, half or year named.
	if m.KeepGrain && m.Unit == uYear {
		for k := len(rs.history) - 1; k >= 0; k-- {
			t := rs.history[k]
			if (t.Precision == Quarter || t.Precision == Half) && !t.Begin.After(rs.ref) {
				return t, true
			}
		}
	}
	// A date just before, in the same stretch of text, is what a short
	// offset counts from, even when it names only a month.
	if n := len(rs.history); n > 0 && m.KeepGrain && m.Unit == uDay && m.Start-rs.history[n-1].End < 60 && rs.history[n-1].Precision >= Month {
		return rs.history[n-1], true
	}
	for k := len(rs.history) - 1; k >= 0; k-- {
		t := rs.history[k]
		if t.Precision < need || m.KeepGrain && t.Begin.After(rs.ref) {
			continue
		}
		return t, true
	}
	return Timex{}, false
}

// calendar resolves a mention that names calendar fields: dates, months,
// years, seasons, quarters, decades.
func (rs *resolver) calendar(m Mention, base time.Time, baseHow string, tense Tense, sentYear int) (resolved, string, string) {
	v := resolved{y: m.Year, mo: m.Month, d: m.Day, q: m.Quarter, h: m.Half, season: m.Season}
	switch {
	case m.Decade > 0:
		v.decade, v.prec = m.Decade, Decade
		return v, "absolute", ""
	case m.Century > 0:
		v.century, v.prec = m.Century, Century
		return v, "absolute", ""
	}
	if m.Ambiguous {
		a, b := m.NumA, m.NumB
		if rs.order == OrderMDY {
			v.mo, v.d = a, b
		} else {
			v.mo, v.d = b, a
		}
		if m.Year != 0 {
			return resolvedDay(v), "absolute", numericRead(rs.order)
		}
	}
	switch {
	case v.d > 0:
		v.prec = Day
	case v.mo > 0:
		v.prec = Month
	case v.season > 0:
		v.prec = Season
	case v.q > 0:
		v.prec = Quarter
	case v.h > 0:
		v.prec = Half
	case m.Weekday > 0:
		// a weekday alone: the nearest such day in the tense's direction.
		// A year or a month of the text says nothing about which week is
		// meant ("its lowest since 1998 on Tuesday"), so a text anchor
		// coarser than a day gives way to the reference.
		if baseHow == "text" && rs.lastFullP < Day {
			base, baseHow = rs.ref, "reference"
		}
		d := weekdayNear(base, m.Weekday, tense)
		v.y, v.mo, v.d, v.prec = d.Year(), int(d.Month()), d.Day(), Day
		return v, baseHow, weekdayFromTense.of(tense)
	default:
		v.prec = Year
	}
	how := ""
	anchor := "absolute"
	if m.YearRel {
		v.y = base.Year() + m.YearOffset
		return v, baseHow, "year relative to the reference"
	}
	if v.d > 0 && v.mo == 0 {
		// "the 17th": the month comes from the tense, like the year of a
		// year-less date.
		d := base
		switch {
		case tense == Past && d.Day() < v.d:
			d = day(d.Year(), int(d.Month()), 1).AddDate(0, -1, 0)
		case tense == Future && d.Day() > v.d:
			d = day(d.Year(), int(d.Month()), 1).AddDate(0, 1, 0)
		}
		step := 1
		if tense == Past {
			step = -1
		}
		for v.d > daysIn(d.Year(), int(d.Month())) {
			d = day(d.Year(), int(d.Month()), 1).AddDate(0, step, 0)
		}
		v.y, v.mo = d.Year(), int(d.Month())
		return v, baseHow, monthFromTense.of(tense)
	}
	// 29 February exists only in leap years: a year given by the sentence
	// or the narrative that has none does not hold it
	noLeap := func(y int) bool { return v.prec == Day && v.mo == 2 && v.d == 29 && daysIn(y, 2) != 29 }
	if v.y == 0 && sentYear != 0 && !noLeap(sentYear) {
		v.y = sentYear
		return v, "text", "year from the sentence"
	}
	if v.y == 0 && baseHow == "text" && !noLeap(base.Year()) {
		// Narrative: "In 1941 ... In March" is March 1941.
		v.y = base.Year()
		return v, "text", "year of the last full date"
	}
	if v.y == 0 {
		anchor = baseHow
		how = yearFromTense.of(tense)
		switch v.prec {
		case Day:
			mo, d := v.mo, v.d
			if mo == 2 && d == 29 {
				// 29 February only exists in leap years: the nearest one in
				// the tense's direction.
				v.y = leapYear(base, tense)
				break
			}
			v.y = pickYear(base, tense, func(y int) time.Time { return day(y, mo, d) }, Day, rs.farCue)
			if y, ok := weekdayYear(base.Year(), mo, d, m.Weekday); ok && y != v.y {
				// "Saturday 11 February": the year in which the day
				// falls on that weekday, whatever the tense says
				v.y, how = y, "year from the weekday"
			}
		case Month:
			mo := v.mo
			v.y = pickYear(base, tense, func(y int) time.Time { return day(y, mo, 1) }, Month, rs.farCue)
		case Season:
			s := v.season
			v.y = pickYear(base, tense, func(y int) time.Time { return seasonStart(y, s) }, Season, rs.farCue)
		case Quarter:
			q := v.q
			v.y = pickYear(base, tense, func(y int) time.Time { return day(y, 3*q-2, 1) }, Quarter, rs.farCue)
		case Half:
			h := v.h
			v.y = pickYear(base, tense, func(y int) time.Time { return day(y, 6*h-5, 1) }, Half, rs.farCue)
		}
	}
	return v, anchor, how
}

// anaphor resolves an expression that counts from an earlier date: "the
// following day", "a week later", "that year", "the same month".
func (rs *resolver) anaphor(m Mention, from Timex, tense Tense) (resolved, string) {
	b := from.Begin
	how := "counted from the reference"
	if from.Text != "" {
		how = rs.quoted("counted from ", from.Text)
	}
	if m.Anaphoric && m.Rel != relAnaphor {
		// "that year", "November of that year", "the same month"
		switch {
		case m.Month > 0:
			return resolved{prec: Month, y: b.Year(), mo: m.Month}, how
		case m.Season > 0:
			return resolved{prec: Season, y: b.Year(), season: m.Season}, how
		case m.Part > 0:
			return resolved{prec: Day, y: b.Year(), mo: int(b.Month()), d: b.Day()}, how
		}
	}
	if m.Weekday > 0 && m.Rel == relAnaphor && m.Offset != 0 {
		// "the following Monday", "the previous Friday": the first such
		// day after (or before) the date counted from
		d := b
		for n := 0; n < 7; n++ {
			d = d.AddDate(0, 0, m.Offset)
			if int(d.Weekday()+6)%7+1 == m.Weekday {
				break
			}
		}
		return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
	}
	switch m.Unit {
	case uDay:
		if from.Precision < Day && from.Precision >= Year && from.Text != "" {
			// "arrested in March 2022 and resigned two days later": a few
			// days after a month is, as far as the text says, that month.
			if from.Precision >= Month && m.Offset > -7 && m.Offset < 7 {
				return resolved{prec: Month, y: b.Year(), mo: int(b.Month())}, how
			}
		}
		d := b.AddDate(0, 0, m.Offset)
		return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
	case uWeek, uFortnight:
		n := m.Offset
		if m.Unit == uFortnight {
			n *= 2
		}
		d := b.AddDate(0, 0, 7*n)
		if from.Precision >= Day && m.Offset != 0 && m.KeepGrain {
			return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
		}
		d = monday(d)
		return resolved{prec: Week, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
	case uMonth:
		if m.KeepGrain && from.Precision >= Day {
			d := b.AddDate(0, m.Offset, 0)
			return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
		}
		d := day(b.Year(), int(b.Month()), 1).AddDate(0, m.Offset, 0)
		return resolved{prec: Month, y: d.Year(), mo: int(d.Month())}, how
	case uYear:
		// "a year earlier" keeps the grain of what it counts from: 2023-H1 → 2022-H1.
		y := b.Year() + m.Offset
		if !m.KeepGrain {
			return resolved{prec: Year, y: y}, how
		}
		switch from.Precision {
		case Half:
			return resolved{prec: Half, y: y, h: (int(b.Month())-1)/6 + 1}, how
		case Quarter:
			return resolved{prec: Quarter, y: y, q: (int(b.Month())-1)/3 + 1}, how
		case Month:
			if m.Offset != 0 {
				return resolved{prec: Month, y: y, mo: int(b.Month())}, how
			}
		case Day:
			if m.Offset != 0 {
				return resolved{prec: Day, y: y, mo: int(b.Month()), d: b.Day()}, how
			}
		}
		return resolved{prec: Year, y: y}, how
	case uQuarter:
		y, q := shiftPart(b.Year(), (int(b.Month())-1)/3, 4, m.Offset)
		return resolved{prec: Quarter, y: y, q: q + 1}, how
	case uDecade:
		return resolved{prec: Decade, decade: b.Year()/10 + m.Offset}, how
	}
	return resolved{prec: Day, y: b.Year(), mo: int(b.Month()), d: b.Day()}, how
}

// format returns the TIMEX3 value and the first instant of the period.
func (v resolved) format() (string, time.Time) {
	b, begin := v.appendValue(nil)
	return string(b), begin
}

// appendValue appends the TIMEX3 value to dst, and returns the extended
// buffer and the first instant of the period. The numbers are written as
// fmt writes them with the verbs in the comments ("%04d" pads to four
// characters, a minus sign among them).
func (v resolved) appendValue(dst []byte) ([]byte, time.Time) {
	switch v.prec {
	case Century:
		return appendPadded(dst, v.century, 2), day(v.century*100, 1, 1) // %02d
	case Decade:
		return appendPadded(dst, v.decade, 3), day(v.decade*10, 1, 1) // %03d
	case Year:
		return appendPadded(dst, v.y, 4), day(v.y, 1, 1)
	case Half:
		dst = append(appendPadded(dst, v.y, 4), "-H"...)
		return strconv.AppendInt(dst, int64(v.h), 10), day(v.y, 6*v.h-5, 1) // %04d-H%d
	case Quarter:
		dst = append(appendPadded(dst, v.y, 4), "-Q"...)
		return strconv.AppendInt(dst, int64(v.q), 10), day(v.y, 3*v.q-2, 1) // %04d-Q%d
	case Season:
		dst = append(appendPadded(dst, v.y, 4), '-')
		return append(dst, seasonCodes[v.season]...), seasonStart(v.y, v.season)
	case Month:
		dst = append(appendPadded(dst, v.y, 4), '-')
		return appendPadded(dst, v.mo, 2), day(v.y, v.mo, 1) // %04d-%02d
	case Week:
		d := day(v.y, v.mo, v.d)
		iy, iw := d.ISOWeek()
		dst = append(appendPadded(dst, iy, 4), "-W"...)
		dst = appendPadded(dst, iw, 2) // %04d-W%02d
		if v.weekend {
			return append(dst, "-WE"...), d.AddDate(0, 0, 5)
		}
		return dst, d
	case Day:
		return appendDay(dst, v.y, v.mo, v.d), day(v.y, v.mo, v.d)
	case PartOfDay:
		dst = append(appendDay(dst, v.y, v.mo, v.d), 'T')
		return append(dst, partCodes[v.part]...), day(v.y, v.mo, v.d)
	case Minute, Hour:
		d := day(v.y, v.mo, v.d)
		dst = append(appendDay(dst, v.y, v.mo, v.d), 'T')
		dst = append(appendPadded(dst, v.hour, 2), ':')
		dst = appendPadded(dst, v.minute, 2) // %04d-%02d-%02dT%02d:%02d
		if v.utc {
			dst = append(dst, 'Z')
		}
		return dst, d.Add(time.Duration(v.hour)*time.Hour + time.Duration(v.minute)*time.Minute)
	}
	return dst, time.Time{}
}

// appendDay appends the day y-mo-d as fmt's "%04d-%02d-%02d" writes it.
func appendDay(dst []byte, y, mo, d int) []byte {
	dst = append(appendPadded(dst, y, 4), '-')
	dst = append(appendPadded(dst, mo, 2), '-')
	return appendPadded(dst, d, 2)
}

// appendPadded appends n in decimal, padded with zeros after any minus
// sign to width characters, as fmt's "%0*d" does.
func appendPadded(dst []byte, n, width int) []byte {
	if n < 0 {
		dst = append(dst, '-')
		width--
	}
	var digits [20]byte
	b := strconv.AppendUint(digits[:0], absUint(n), 10)
	for k := len(b); k < width; k++ {
		dst = append(dst, '0')
	}
	return append(dst, b...)
}

// absUint returns the magnitude of n, which for the smallest int is not
// an int.
func absUint(n int) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

// tenseHow holds the notes "year from tense: past" and the like for one
// field, a string for each tense, made once instead of for each timex.
type tenseHow struct {
	prefix string
	hows   [len(tenseNames)]string
}

// Notes of the fields that the tense fills in.
var (
	yearFromTense    = newTenseHow("year from tense: ")
	monthFromTense   = newTenseHow("month from tense: ")
	weekdayFromTense = newTenseHow("weekday from tense: ")
	weekendFromTense = newTenseHow("weekend from tense: ")
)

func newTenseHow(prefix string) *tenseHow {
	h := &tenseHow{prefix: prefix}
	for t := range h.hows {
		h.hows[t] = prefix + Tense(t).String()
	}
	return h
}

// of returns the note for tense t: prefix+t.String().
func (h *tenseHow) of(t Tense) string {
	if int(t) < len(h.hows) {
		return h.hows[t]
	}
	return h.prefix + t.String()
}

// numericRead returns the note of a numeric date read in order o:
// "numeric date read "+o.String().
func numericRead(o DateOrder) string {
	switch o {
	case OrderDMY:
		return "numeric date read dmy"
	case OrderMDY:
		return "numeric date read mdy"
	}
	return "numeric date read " + o.String()
}

// weekdayYear returns the one year within a year of y in which month mo,
// day d falls on weekday wd (1 Monday ... 7 Sunday), or false when wd is
// 0 or no year, or more than one, fits.
func weekdayYear(y, mo, d, wd int) (int, bool) {
	if wd == 0 {
		return 0, false
	}
	found, n := 0, 0
	for c := y - 1; c <= y+1; c++ {
		t := day(c, mo, d)
		if int(t.Month()) == mo && int(t.Weekday()+6)%7+1 == wd {
			found, n = c, n+1
		}
	}
	return found, n == 1
}
