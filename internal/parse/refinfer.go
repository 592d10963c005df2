package parse

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// setRef chooses the reference date of a text that was given none: a
// dateline, else opts.Fallback, else one inferred from the text's own
// dates, else opts.Now. A dateline without a year ("WASHINGTON, Feb 14
// (Reuters) -") keeps its month and day and takes its year from the
// fallback, else from the text's dates as inferRef weighs them, else from
// today's date. It reports whether
// the reference's year is a guess.
func (res *Result) setRef(r *recognizer, rs *resolver, ms []Mention, ctx []mentionContext, opts Options) bool {
	if d, k, why, ok := dateline(r, ms, false, res.Order); ok {
		res.Ref, res.RefSource, res.RefReason = d, "dateline", why
		res.Dateline = k
		return false
	}
	_, k, why, yearless := dateline(r, ms, true, res.Order)
	if !opts.Fallback.IsZero() {
		fb := dateOnly(opts.Fallback)
		res.Ref, res.RefSource, res.RefReason = fb, opts.FallbackSource, opts.FallbackReason
		if res.RefSource == "" {
			res.RefSource = "given"
		}
		if res.RefReason == "" {
			res.RefReason = "reference date given"
		}
		if yearless {
			if near, ok := nearestYear(ms[k].Month, ms[k].Day, fb); ok {
				res.RefReason = fmt.Sprintf("%s, in the year nearest to %s from %s", why, fb.Format("2006-01-02"), res.RefReason)
				res.Ref, res.RefSource, res.Dateline = near, "dateline", k
			}
		}
		return false
	}
	now := dateOnly(opts.Now)
	if !yearless {
		k = -1
	}
	if d, inferred, earliest, latest, ok := inferRef(rs, ms, ctx, k, now); ok {
		if !yearless {
			res.Ref, res.RefSource, res.RefReason = d, "inferred", inferred
			res.RefEarliest, res.RefLatest = earliest, latest
			return true
		}
		if int(d.Month()) != ms[k].Month || d.Day() != ms[k].Day {
			// 29 February in none of the years the text allows
			d, _ = nearestYear(ms[k].Month, ms[k].Day, d)
		}
		res.Ref, res.RefSource, res.Dateline = d, "dateline", k
		res.RefReason = fmt.Sprintf("%s, in the year the text's dates allow: %s", why, inferred)
		return false
	}
	if yearless {
		if last, ok := lastOnOrBefore(ms[k].Month, ms[k].Day, now); ok {
			res.Ref, res.RefSource, res.Dateline = last, "dateline", k
			res.RefReason = fmt.Sprintf("%s, in the last year that had the day by today's date %s", why, now.Format("2006-01-02"))
			res.Warnings.Add(Pos{File: opts.File}, "the dateline has no year and nothing else dates the text; took "+last.Format("2006-01-02")+" from today's date (use --ref)")
			return true
		}
	}
	// No warning: RefSource "default" says it, and the caller, which
	// knows the document's name, reports it once.
	res.Ref, res.RefSource = now, "default"
	res.RefReason = "nothing in the text bounds the publication date; using today's date"
	return true
}

// The reference date of a text that does not state it is an unknown that
// the text's own dates constrain. Each dated expression is a cue: an
// explicit date told in the past lies before the reference, one told in
// the future after it; a year-less day told in the past fixes where in
// the year the reference falls; a weekday written beside a day and month
// keeps only the years in which that day falls on that weekday; "last
// year" beside an explicit year names the reference's year; a weekday
// told in the past without a date follows the dated past; and news is
// written soon after what it reports, and a week or more before a
// day-precise plan. inferRef scores every day by the weight of the cues
// it satisfies, takes the latest of the best days, and reports the days
// around it that every bound it satisfies allows.

// cue is one piece of evidence: the days it allows, as day numbers
// ([dayNum]), and its weight. A cue that repeats each year ("on 13
// January") has one cue per year, all of one group, and counts once.
type cue struct {
	lo, hi int // the days allowed, inclusive
	weight int
	group  int
	text   string // the expression that says it
	// A firm cue bounds the reference; the others only make days near a
	// date likelier. from and to are the bounds a firm cue puts on the
	// reported range, noFrom and noTo for none.
	firm     bool
	from, to int
	note     string // a phrase for the reasons, when the cue needs one
	// kind tells apart the cues of one expression that count on their
	// own: its bound and its nearness, say. Cues of one kind from one
	// call of [evidence.add] share a group.
	kind int
}

const (
	noFrom = math.MinInt32
	noTo   = math.MaxInt32
)

// Cue weights. A weekday that agrees with a day and month is the surest
// cue, then a pair of expressions that name the reference's year
// together, then a bound that the tense of a clause states; a nearness
// cue mostly breaks ties between days the bounds allow equally. The
// weights were set on half of the development articles and checked on
// the other half.
const (
	wBound     = 4 // an explicit date told in the past or the future
	wUntold    = 2 // an explicit date that no tense places
	wYearOver  = 2 // a year told in the past is over
	wWeakBound = 2 // the same, with a distant tense cue or a guessed day/month order
	wPair      = 5 // "last year" beside "2019"
	wWeekday   = 6 // a weekday beside a day and month
	wThisYear  = 2 // "in March this year"
	wNear      = 1 // a date near the reference
	wSoon      = 2 // a plan: a day a week or more ahead, a month or year within a year
	wLater     = 2 // a past day without a year after the dated past: news leaves out a recent year
	wThisWeek  = 2 // "on Sunday" told in the past, after the past days with a date
	wThisMonth = 2 // "last month" beside "in January"
	wSpan      = 3 // "waited twenty years" since a past year
	wDateline  = 100
)

// dayNum numbers days from 1970-01-01.
func dayNum(t time.Time) int { return int(t.Unix() / 86400) }

func fromDayNum(n int) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// evidence collects the cues of a text.
type evidence struct {
	cues   []cue
	groups int
}

// add adds the cues of one expression: one group for each kind.
func (ev *evidence) add(cs ...cue) {
	kinds := 0
	for _, c := range cs {
		c.group = ev.groups + c.kind
		ev.cues = append(ev.cues, c)
		kinds = max(kinds, c.kind+1)
	}
	ev.groups += kinds
}

// nearPast returns the first day after the days on which a text likely
// tells a past date of precision p that ends before e: a day with its
// year on that day (news that prints the year of a day mostly reports it
// that day), a year up to the day after it, a month for a season after
// it.
func nearPast(e time.Time, p Precision) time.Time {
	switch {
	case p >= Day:
		return e
	case p >= Month:
		return e.AddDate(0, 3, 0)
	}
	return e.AddDate(0, 0, 1)
}

// explicitCues returns the cues of a date with its year: a bound from its
// tense and a preference for days near it.
func explicitCues(b, e time.Time, p Precision, tense Tense, weight int, text string) []cue {
	lo := dayNum(b)
	yearAfter := dayNum(e.AddDate(1, 0, 0)) - 1
	switch tense {
	case Past:
		cs := []cue{
			{lo: lo, hi: noTo, weight: weight, text: text, firm: true, from: lo, to: noTo},
			{lo: lo, hi: dayNum(nearPast(e, p)) - 1, weight: wNear, text: text, kind: 1},
			{lo: lo, hi: yearAfter, weight: wNear, text: text, kind: 2},
		}
		if p == Year {
			// News calls its own year "this year": a year it names by
			// its number and tells in the past is over. A convention,
			// not a bound: the reported range still holds the year.
			over := dayNum(e)
			cs = append(cs, cue{lo: over, hi: noTo, weight: wYearOver, text: text, kind: 3})
		}
		return cs
	case Future:
		bound := cue{lo: noFrom, hi: lo - 1, weight: weight, text: text, firm: true, from: noFrom, to: lo - 1}
		yearBefore := cue{lo: dayNum(b.AddDate(-1, 0, 0)), hi: lo - 1, weight: wNear, text: text, kind: 1}
		if p < Day {
			// A plan for a month or a year is mostly told within the
			// year before it.
			yearBefore.weight = wSoon
			return []cue{bound, yearBefore}
		}
		return []cue{bound, yearBefore, {lo: lo - 60, hi: lo - 7, weight: wSoon, text: text, kind: 2}}
	}
	cs := []cue{
		{lo: dayNum(b.AddDate(0, -3, 0)), hi: dayNum(nearPast(e, p)) - 1, weight: wNear, text: text},
		{lo: dayNum(b.AddDate(-1, 0, 0)), hi: yearAfter, weight: wNear, text: text, kind: 1},
	}
	if p >= Month {
		// A month or day with its year that no tense places is mostly
		// past ("Chronology: 24 December 2016: a solar wing stops
		// turning"): news writes the year of what has happened, and
		// marks its plans as plans. A bare year is as often a fiscal
		// year or a forecast. The bound comes last, so that the bound
		// of a period ("by June 2030") can drop it.
		cs = append(cs, cue{lo: lo, hi: noTo, weight: wUntold, text: text, firm: true, from: lo, to: noTo, kind: 2})
	}
	return cs
}

// inferRef infers the reference date from the text's own dates (see the
// comment at the top of this file). With a year-less dateline at index
// dl, the reference is that month and day, in the year the other cues
// choose. now, when set, is the latest possible reference. It returns the
// reference, the reasons, the first and last days the satisfied bounds
// allow (zero for an open end), and whether anything fixed a year.
func inferRef(rs *resolver, ms []Mention, ctx []mentionContext, dl int, now time.Time) (ref time.Time, why string, earliest, latest time.Time, ok bool) {
	var ev evidence
	yLo, yHi := 0, 0
	years := func(a, b int) {
		if yLo == 0 || a < yLo {
			yLo = a
		}
		if b > yHi {
			yHi = b
		}
	}
	r := rs.r
	ctx = dueTenses(r, ctx)
	lastPast := noFrom    // the start of the latest past date with a year
	dated, bounds := 0, 0 // dates with a year, and those only bounding a period ("since 1998")
	text := func(m Mention) string { return string(r.src[m.Start:m.End]) }

	ws := lastWeekday(pastWeekdays(r, ms, ctx, dl))
	ahead := aheadYears(ms, ctx)
	var starts []spanStart

	// "today (20 October 2011)" first, so that its reason comes first.
	ev.add(todayCues(r, ms, ctx, dl)...)
	// Dates with a year, and the pairs that name the reference's year.
	for i, m := range ms {
		if i == dl || m.Year == 0 || m.Rel != relNone || m.YearRel || m.Anaphoric || m.Decade > 0 || m.Century > 0 || m.Type != Date && m.Type != Time {
			continue
		}
		rs.ref = day(m.Year, 1, 1)
		t := rs.resolve(m, ctx[i].tense, 0)
		if !t.Dated() {
			continue
		}
		p := t.Precision
		if p > Day {
			p = Day
		}
		b := dateOnly(t.Begin)
		e := periodEnd(b, p)
		w := wBound
		if ctx[i].far || m.Ambiguous {
			w = wWeakBound
		}
		cs := explicitCues(b, e, p, ctx[i].tense, w, text(m))
		dated++
		if a := ctx[i].a - 1; a >= 0 && (r.fn(a, fSince) || r.fn(a, fBy) || r.fn(a, fUntil) || r.isWord(a, "due") ||
			ctx[i].tense != Past && ctx[i].tense != Future && (r.fn(a, fAfter) || r.fn(a, fFrom) || r.fn(a, fThrough))) {
			// "since 2019", "by 2030": the bound of a period that runs
			// to the reference or beyond, not a date near it; nor is the
			// day a debt falls due
			cs = cs[:1]
			bounds++
		} else if wc := ws.after(dayNum(b), noTo, text(m), 3); ctx[i].tense == Past && p == Day && wc != nil {
			// the weekday's day takes the place of the day after
			cs[1].weight = 0
			cs = append(cs, wc...)
		}
		if p == Year && !yearOver(r, ms, ctx, i, ahead) {
			cs = slices.DeleteFunc(cs, func(c cue) bool { return c.weight == wYearOver && c.kind == 3 })
		}
		if ctx[i].tense != Future {
			starts = append(starts, spanStart{b, p})
		}
		if ctx[i].tense == Past && cs[0].lo > lastPast {
			lastPast = cs[0].lo
		}
		ev.add(cs...)
		years(b.Year(), e.AddDate(0, 0, -1).Year())
		if k, ok := yearPartner(r, ms, ctx, i); ok {
			y := m.Year - ms[k].Offset
			both := string(r.src[min(m.Start, ms[k].Start):max(m.End, ms[k].End)])
			ev.add(cue{lo: dayNum(day(y, 1, 1)), hi: dayNum(day(y, 12, 31)), weight: wPair, firm: true,
				from: dayNum(day(y, 1, 1)), to: dayNum(day(y, 12, 31)), text: both,
				note: fmt.Sprintf("%q beside %q", text(ms[k]), text(m))})
			years(y, y)
		}
	}
	anchored := yHi != 0
	ev.add(spanCues(r, ms, ctx, starts, &yHi)...)
	if !anchored {
		// Without a year, only a weekday beside a day and month, or a
		// dateline, can place the text, and only in the recent past.
		if now.IsZero() {
			return time.Time{}, "", time.Time{}, time.Time{}, false
		}
		yLo, yHi = now.Year()-30, now.Year()
	}
	for i, m := range ms {
		// A weekday beside a day and month that fits none of the years
		// near the explicit ones names a later year: the first that fits,
		// up to today.
		if i == dl || m.Weekday == 0 || m.Day == 0 || m.Month == 0 || m.Year != 0 || m.Holiday > 0 {
			continue
		}
		fits := func(y int) bool {
			return m.Day <= daysIn(y, m.Month) && isoWeekday(day(y, m.Month, m.Day)) == m.Weekday
		}
		// A weekday that fits only years before the latest past year
		// the text names is of a later year: "Harbury staff last went
		// on strike in 2018" and "a ballot that closed on Tuesday 16
		// May" (2017 or 2023).
		from := max(yLo, yHi-40) - 1
		if lastPast != noFrom {
			from = max(from, fromDayNum(lastPast).Year())
		}
		found := false
		for y := from; y <= yHi+2 && !found; y++ {
			if found = fits(y); found && y > yHi+1 {
				yHi = y - 1 // the days of the year after yHi are laid out
			}
		}
		for y := yHi + 3; !found && y <= yHi+30 && (now.IsZero() || y <= now.Year()); y++ {
			if fits(y) {
				yHi, found = y, true
			}
		}
		if dated > 0 && dated == bounds && !now.IsZero() {
			// The text's years only bound a period ("the first strike
			// since 1998"): nothing keeps the reference near them, and
			// the weekday fits any year up to today.
			for y := now.Year(); y > yHi; y-- {
				if fits(y) {
					yHi = y
					break
				}
			}
		}
	}

	// Cues that repeat each year are laid out for the forty years up to
	// the latest year the text names, which keeps a long text with dates
	// over centuries cheap; the reference lies near its latest years.
	top := yHi
	if !now.IsZero() && now.Year() < top {
		top = now.Year()
	}
	pLo := max(yLo, top-40)

	// Year-less days, holidays, months and quarters, each once a year.
	// The same expression told the same way weighs as often as it is
	// told, and its cues are laid out once.
	type yearless struct {
		holiday, month, day, weekday, dayShift, quarter int
		tense                                           Tense
	}
	var order []yearless
	seen := map[yearless]int{}
	first := map[yearless]Mention{}
	for i, m := range ms {
		if i == dl || m.Year != 0 || m.YearRel || m.Anaphoric || m.Rel != relNone || m.Type != Date {
			continue
		}
		k := yearless{tense: ctx[i].tense}
		switch {
		case m.Holiday > 0:
			k.holiday, k.dayShift = m.Holiday, m.DayShift
		case m.Month != 0 && m.Day != 0:
			k.month, k.day, k.weekday, k.dayShift = m.Month, m.Day, m.Weekday, m.DayShift
		case m.Month != 0 && m.Season == 0 && m.Quarter == 0 && m.Half == 0:
			k.month = m.Month
		case m.Quarter != 0 && m.Month == 0:
			k.quarter = m.Quarter
		default:
			continue
		}
		if seen[k] == 0 {
			order = append(order, k)
			first[k] = m
		}
		seen[k]++
	}
	for _, k := range order {
		m, n := first[k], seen[k]
		var cs []cue
		switch {
		case k.holiday > 0:
			h := holidays[k.holiday-1]
			at := func(y int) (time.Time, bool) { return h.date(y).AddDate(0, 0, k.dayShift), true }
			cs, _ = yearlessCues(m, k.tense, at, pLo, yHi, lastPast, text(m), ws)
			if k.tense == Future {
				holidayNear(cs)
			}
		case k.day != 0:
			at := func(y int) (time.Time, bool) {
				if k.day > daysIn(y, k.month) {
					return time.Time{}, false
				}
				return day(y, k.month, k.day).AddDate(0, 0, k.dayShift), true
			}
			var pinned bool
			cs, pinned = yearlessCues(m, k.tense, at, pLo, yHi, lastPast, text(m), ws)
			if k.tense == Past && k.weekday == 0 {
				weekBack(cs)
			}
			anchored = anchored || pinned
		case k.month != 0:
			cs = periodCues(k.month, 1, k.tense, pLo, yHi, text(m))
		default:
			cs = periodCues(3*k.quarter-2, 3, k.tense, pLo, yHi, text(m))
		}
		for j := range cs {
			cs[j].weight *= n
		}
		ev.add(cs...)
	}
	// "last month" beside a month named without a year
	for _, k := range order {
		if k.month != 0 && k.day == 0 {
			cs := monthPartnerCues(r, ms, ctx, first[k], k.tense, pLo, yHi)
			for j := range cs {
				cs[j].weight *= seen[k]
			}
			ev.add(cs...)
		}
	}
	// "in March this year"
	for i, m := range ms {
		if !m.YearRel || m.YearOffset != 0 || m.Month == 0 || m.Day != 0 || ctx[i].tense != Past && ctx[i].tense != Future {
			continue
		}
		var cs []cue
		for y := pLo - 1; y <= yHi+1; y++ {
			jan, mb, dec := dayNum(day(y, 1, 1)), dayNum(day(y, m.Month, 1)), dayNum(day(y, 12, 31))
			if ctx[i].tense == Past {
				cs = append(cs, cue{lo: mb, hi: dec, weight: wThisYear, firm: true, from: mb, to: dec, text: text(m)})
				if lastPast != noFrom && mb > lastPast {
					cs = append(cs, cue{lo: mb, hi: dec, weight: wLater, firm: true, from: mb, to: dec, text: text(m), kind: 1})
				}
			} else {
				cs = append(cs, cue{lo: jan, hi: mb - 1, weight: wThisYear, firm: true, from: jan, to: mb - 1, text: text(m)})
			}
		}
		ev.add(cs...)
	}
	if dl >= 0 {
		m := ms[dl]
		var cs []cue
		for y := pLo - 1; y <= yHi+1; y++ {
			if m.Day <= daysIn(y, m.Month) {
				d := dayNum(day(y, m.Month, m.Day))
				cs = append(cs, cue{lo: d, hi: d, weight: wDateline, firm: true, from: d, to: d, text: text(m)})
			}
		}
		ev.add(cs...)
	}
	if !anchored {
		return time.Time{}, "", time.Time{}, time.Time{}, false
	}

	lo, hi := dayNum(day(yLo-1, 1, 1)), dayNum(day(yHi+1, 12, 31))
	if n := dayNum(now); !now.IsZero() && n >= lo && n < hi {
		hi = n
	}
	best := ev.best(lo, hi)
	ref = fromDayNum(best)
	from, to, why := ev.explain(best)
	if from != noFrom {
		earliest = fromDayNum(from)
	}
	switch {
	case to != noTo:
		latest = fromDayNum(to)
	case !now.IsZero() && !now.Before(ref):
		latest = dateOnly(now)
	}
	return ref, why, earliest, latest, true
}

// best returns the latest of the days in [lo, hi] that satisfy the
// greatest weight of cues.
func (ev *evidence) best(lo, hi int) int {
	type edge struct{ at, group, delta int }
	weight := make([]int, ev.groups)
	var edges []edge
	for _, c := range ev.cues {
		a, b := max(c.lo, lo), min(c.hi, hi)
		if c.weight == 0 || a > b {
			continue
		}
		weight[c.group] = c.weight
		edges = append(edges, edge{a, c.group, 1}, edge{b + 1, c.group, -1})
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].at < edges[j].at })
	count := make([]int, ev.groups)
	score, bestScore, bestDay := 0, -1, hi
	at := lo
	for i := 0; ; {
		// edges before i are counted: the days [at, next) score score.
		next := hi + 1
		if i < len(edges) {
			next = edges[i].at
		}
		if next > at && score >= bestScore {
			bestScore, bestDay = score, next-1
		}
		if i == len(edges) {
			break
		}
		at = next
		for ; i < len(edges) && edges[i].at == at; i++ {
			e := edges[i]
			if count[e.group] == 0 {
				score += weight[e.group]
			}
			count[e.group] += e.delta
			if count[e.group] == 0 {
				score -= weight[e.group]
			}
		}
	}
	return bestDay
}

// explain returns the bounds that the firm cues satisfied on day d put on
// the reference, and the reasons: the cues that give the bounds, the
// weekdays and pairs that fixed a year, and the bounds that d breaks.
func (ev *evidence) explain(d int) (from, to int, why string) {
	from, to = noFrom, noTo
	var fromText, toText, nearText string
	var notes, against []string
	held := make([]bool, ev.groups)
	for _, c := range ev.cues {
		if c.lo <= d && d <= c.hi {
			held[c.group] = true
		}
	}
	seen := map[string]bool{}
	for _, c := range ev.cues {
		in := c.lo <= d && d <= c.hi
		switch {
		case in && c.firm && c.weight != wDateline:
			if c.from != noFrom && c.from > from {
				from, fromText = c.from, c.text
			}
			if c.to != noTo && c.to < to {
				to, toText = c.to, c.text
			}
			if c.note != "" && !seen[c.note] {
				seen[c.note] = true
				notes = append(notes, c.note)
			}
		case in && nearText == "":
			nearText = c.text
		case !held[c.group] && c.firm && c.weight > 0 && !seen["against "+c.text]:
			seen["against "+c.text] = true
			against = append(against, c.text)
		}
	}
	var parts []string
	switch {
	case fromText != "" && fromText == toText:
		parts = append(parts, fmt.Sprintf("within %q", fromText))
	case fromText != "" && toText != "":
		parts = append(parts, fmt.Sprintf("after %q, before %q", fromText, toText))
	case fromText != "":
		parts = append(parts, fmt.Sprintf("after %q, the latest past date", fromText))
	case toText != "":
		parts = append(parts, fmt.Sprintf("before %q", toText))
	case nearText != "":
		parts = append(parts, fmt.Sprintf("near %q", nearText))
	}
	parts = append(parts, notes...)
	switch len(against) {
	case 0:
	case 1:
		parts = append(parts, fmt.Sprintf("against %q", against[0]))
	default:
		parts = append(parts, fmt.Sprintf("against %q and %d more", against[0], len(against)-1))
	}
	return from, to, strings.Join(parts, ", ")
}
