package parse

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Options control [Tag].
type Options struct {
	// Ref is the reference date (the publication date). When zero, Tag
	// looks for a dateline and otherwise infers it from the text.
	Ref time.Time
	// RefSource names where a non-zero Ref came from, such as "flag" or
	// "record"; it is copied to the result.
	RefSource string
	// RefReason says, in a phrase, why a non-zero Ref is the reference,
	// such as "the page's article:published_time meta tag"; it is copied
	// to the result. Empty means "reference date given".
	RefReason string
	// Fallback, when Ref is zero, is a reference date weaker than the
	// text's own dateline, such as the day a web page was last changed:
	// a dateline beats it, a dateline without a year takes its year from
	// it, and it beats inference. FallbackSource and FallbackReason say
	// where it came from, as RefSource and RefReason do.
	Fallback                       time.Time
	FallbackSource, FallbackReason string
	// Now is the fallback reference when nothing in the text bounds it.
	// Tag never reads the clock itself.
	Now time.Time
	// Order is the day/month order of numeric dates.
	Order DateOrder
	// Anchor chooses between news and narrative anchoring.
	Anchor AnchorMode
	// File names the input in warnings.
	File string
}

// Result is what [Tag] found in a text.
type Result struct {
	Timexes   []Timex
	Ref       time.Time // the reference date used
	RefSource string    // "flag", "record", "url", "page", "dateline", "inferred" or "default"
	RefReason string    // why this reference, in a phrase
	// RefEarliest and RefLatest, when RefSource is "inferred", are the
	// first and last days that the bounds the reference satisfies allow:
	// on or after the latest past date among them, before the first
	// upcoming one, and, without an upcoming one, not after Now, since a
	// text is not read before it is written. RefReason names the dates
	// that set them, and the cues the reference goes against. A zero end
	// is open: nothing bounds the reference on that side.
	RefEarliest, RefLatest time.Time
	Anchor                 AnchorMode // the anchoring used: news or narrative
	// AnchorReason says why the anchoring was chosen.
	AnchorReason string
	Order        DateOrder // the numeric date order used
	// Dateline is the index in Timexes of the dateline that gave the
	// reference date, or -1.
	Dateline int
	// Warnings are soft problems: ambiguous numeric dates, a year-less
	// dateline dated by today's date. A reference that is today's date
	// is not among them; RefSource "default" marks it.
	Warnings ErrorList
}

// Tag finds every temporal expression of src and resolves it. It is the
// entry point of the package: [Scan], [Recognize], then tense, reference
// date and anchoring decisions, then resolution.
func Tag(src []byte, opts Options) Result {
	return TagAppend(nil, src, opts)
}

// TagAppend is [Tag] that appends the timexes of src to dst and returns
// them, dst first, as the result's Timexes. A caller done with the
// timexes of one text passes them, cut to length zero, for the next: the
// texts then share one slice of timexes rather than allocating one each.
// The strings of the timexes are not shared and stay valid.
func TagAppend(dst []Timex, src []byte, opts Options) Result {
	r := recognizers.Get().(*recognizer)
	r.reuse(src)
	res := r.tag(r.recognize(), opts, dst)
	r.release()
	return res
}

// tag decides the tense of each mention of ms, the numeric date order, the
// reference date and the anchoring, and resolves the mentions, appending
// their timexes to dst.
func (r *recognizer) tag(ms []Mention, opts Options, dst []Timex) Result {
	src := r.src
	res := Result{Dateline: -1}
	r.ctx = slices.Grow(r.ctx[:0], len(ms))[:len(ms)]
	ctx := r.ctx
	a := 0
	for i, m := range ms {
		a = r.tokenAtFrom(m.Start, a)
		b := r.tokenAtFrom(m.End, a)
		lo, hi := r.sentenceBounds(a)
		tn, dist := r.tenseAround(a, b, lo, hi)
		explicit := tn
		// "until March 6", "by Jan. 14": a deadline lies ahead unless the
		// clause is plainly past: a past verb far away governs something
		// else ("ordered Reyes to report to prison by Jan. 15").
		if (tn == Unknown || tn == Present || tn == Past && dist > 4) && (r.fn(a-1, fUntil) || r.fn(a-1, fBy) || r.fn(a-1, fTill)) {
			tn = Future
		}
		// "closed through Sunday", "the airport, closed until Friday,": a
		// bare weekday that ends a state lies ahead. A past auxiliary keeps
		// it past ("was closed until Friday"); a participle set off by a
		// comma describes a state, not a past act.
		if m.Weekday != 0 && m.Day == 0 && m.Month == 0 && m.Rel == relNone && !(i > 0 && ms[i-1].RangeEnd) &&
			(r.fn(a-1, fUntil) || r.fn(a-1, fBy) || r.fn(a-1, fTill) || r.fn(a-1, fThrough)) {
			switch {
			case tn == Unknown || tn == Present:
				tn = Future
			case tn == Past && dist == 2 && r.punct(a-3, ','):
				tn = Future
			}
		}
		// "extended its offer to Nov. 20", "postponed until Tuesday",
		// "effective Feb. 1"
		if (r.fn(a-1, fTo) || r.fn(a-1, fUntil)) && r.moverBefore(a-2, lo) || r.isWord(a-1, "effective") {
			tn = Future
		}
		// "unless the ban is lifted by mid-November", "if he had not
		// agreed to attend by 2 February": a condition's deadline is
		// still ahead
		if r.fn(a-1, fBy) && r.conditionBefore(lo, a-1) {
			tn = Future
		}
		// "since year-end", "since March": a start that has passed,
		// whatever the clause says of what follows ("the first convoy
		// to arrive since May will feed ...")
		if r.fn(a-1, fSince) {
			tn = Past
		}
		// "Thursday's closing price", "Friday's ruling": a day that owns
		// something done is one that has passed
		if (tn == Unknown || tn == Present) && m.Weekday != 0 && m.Day == 0 && m.Month == 0 && possessiveAt(src, m.End) {
			tn = Past
		}
		// "by 6 p.m. on Tuesday": the day of a clock time takes the
		// time's tense, which its preposition settled
		if i > 0 && ms[i-1].HasClock && r.fn(a-1, fOn) && ctx[i-1].b == a-1 && ctx[i-1].lo == lo {
			tn = ctx[i-1].tense
		}
		// A tense that a preposition settles is not a distant guess.
		// A distant cue is one set off by punctuation ("declared a
		// dividend of five cents, payable Dec. 15") or one whose date
		// hangs on the words between ("pushed its investor day from
		// January 20", "had set to take effect on April 1"), not a verb
		// that the date times across its object ("found a boat grave
		// in May").
		timed := (r.fn(a-1, fIn) || r.fn(a-1, fOn) || r.fn(a-1, fAt) || r.fn(a-1, fDuring)) && !r.fnWithin(fTo, a-dist, a, lo)
		far := dist > 4 && tn == explicit && (r.punctWithin(a-dist, a, lo) || !timed)
		ctx[i] = mentionContext{a: a, b: b, lo: lo, hi: hi, tense: tn, verb: explicit, far: far}
	}
	ms, ctx = r.dropFollowing(ms, ctx)

	res.Order = opts.Order
	if res.Order == OrderAuto {
		res.Order = decideOrder(ms)
	}
	if res.Order == OrderAuto {
		// No numeric date settles it: lean on how the text writes its other
		// dates, and on American time zones.
		order, why := styleOrder(r, ms)
		for _, m := range ms {
			if m.Ambiguous {
				res.Warnings.Add(PosOf(opts.File, src, m.Start), fmt.Sprintf("ambiguous date %q read %s (use --date-order)", src[m.Start:m.End], why))
			}
		}
		res.Order = order
	}

	// The history of dated timexes starts empty, in the slice the
	// recognizer kept from the document before.
	rs := &resolver{r: r, order: res.Order, anchor: AnchorNews, history: r.history[:0], mainLine: r.mainLine[:0]}
	// The texts and values of the timexes go into one buffer, which this
	// nearly always fits.
	n := 0
	for _, m := range ms {
		n += m.End - m.Start + 24
	}
	rs.strs.Grow(n)
	guessed := false // the reference's year comes from no written date
	switch {
	case !opts.Ref.IsZero():
		res.Ref = dateOnly(opts.Ref)
		res.RefSource = opts.RefSource
		if res.RefSource == "" {
			res.RefSource = "given"
		}
		res.RefReason = opts.RefReason
		if res.RefReason == "" {
			res.RefReason = "reference date given"
		}
	default:
		guessed = res.setRef(r, rs, ms, ctx, opts)
	}
	rs.ref = res.Ref
	rs.anchor = opts.Anchor
	rs.storyText, rs.weakStory = r.toldFromAfar(ms, ctx, res.Ref)
	rs.longHistory = r.historyText(ms, res.Ref)
	if guessed && rs.anchor == AnchorAuto {
		// A text with no publication date that never counts from the day
		// of writing is told against its own dates throughout.
		if a, _ := chooseAnchor(ms, res.Ref, guessed); a == AnchorNarrative {
			rs.anchor = AnchorNarrative
		}
	}
	res.Timexes = rs.resolveAll(ms, ctx, dst)
	res.Anchor, res.AnchorReason = opts.Anchor, "chosen by option"
	if res.Anchor == AnchorAuto && rs.anchor == AnchorNarrative {
		res.Anchor, res.AnchorReason = chooseAnchor(ms, res.Ref, guessed)
	}
	if res.Anchor == AnchorAuto {
		res.Anchor, res.AnchorReason = rs.anchorSummary()
	}
	r.history, r.mainLine = rs.history[:0], rs.mainLine[:0]
	return res
}

// tokenAtFrom is [recognizer.tokenAt], the first token that starts at or
// after off, for an off that is likely not far past the token from: the
// mentions, in text order, are looked up from the one before. It gallops
// from there and searches the last stride.
func (r *recognizer) tokenAtFrom(off, from int) int {
	toks := r.toks
	if from > len(toks) || from > 0 && toks[from-1].Start >= off {
		from = 0 // off lies before from: search from the start
	}
	lo, hi := from, len(toks)
	for step := 1; lo+step < hi; step *= 2 {
		if toks[lo+step].Start >= off {
			hi = lo + step
			break
		}
		lo += step
	}
	// the answer lies in [lo, hi]: every token before lo starts before off
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

type mentionContext struct {
	a, b, lo, hi int // token range of the mention and of its sentence
	tense        Tense
	verb         Tense // the tense of the nearest cue, before prepositions weigh in
	far          bool  // the tense cue is more than a few words away
}

// writerDeictic reports whether m counts from the day of writing and no
// other: "yesterday", "last week", "two years ago", not "today" (which a
// history also writes) nor "the next day" (which counts from the story).
func writerDeictic(src []byte, m Mention) bool {
	return m.Rel == relDeictic && m.Offset != 0 && !m.Anaphoric && !startsThe(src[m.Start:m.End])
}

// resolveAll resolves the mentions in text order, keeping the state that
// anaphora and narrative anchoring need.
func (rs *resolver) resolveAll(ms []Mention, ctx []mentionContext, dst []Timex) []Timex {
	// out is the part of dst that ms's timexes go to, one a mention
	// before dropUnmarked: it has room for all, so dst is grown once.
	if dst == nil {
		dst = make([]Timex, 0, len(ms)) // not nil when empty, as before
	} else {
		dst = slices.Grow(dst, len(ms))
	}
	out := dst[len(dst):len(dst)]
	// The mentions that count from the day of writing, few or none in
	// most texts: a sentence holding one is the writer's (see below).
	var deictic []int
	for j, m := range ms {
		if writerDeictic(rs.r.src, m) {
			deictic = append(deictic, j)
		}
	}
	for i, m := range ms {
		c := ctx[i]
		sy := rs.sentenceYear(ms, ctx, out, i)
		rs.farCue = c.far
		rs.back = c.tense == Past && rs.r.looksBack(c.a, c.lo)
		rs.willFuture = c.verb == Future && rs.r.willIn(c.lo, c.hi)
		rs.writerSentence = false
		for _, j := range deictic {
			if j != i && ctx[j].lo == c.lo {
				rs.writerSentence = true
				break
			}
		}
		rs.at, rs.tense = m.Start, c.tense
		rs.thatDay = false
		if _, ok := rs.story(); ok || rs.storyText && rs.anchor == AnchorAuto {
			m = rs.r.partOfDay(m, c.a)
			if ok && m.Weekday != 0 && m.Day == 0 && m.Month == 0 && m.Rel == relNone && rs.r.isWord(c.a-1, "that") {
				// "That Friday": the story's Friday, which may be the day
				// in focus itself
				m.Start, rs.thatDay = rs.r.toks[c.a-1].Start, true
			}
		}
		if y := rs.r.sharedYear(ms, i); y != 0 {
			// "in May and October 1949": the year written once is both's.
			m.Year = y
		}
		t := rs.resolve(m, c.tense, sy)
		// In a results comparison, "a year ago" and "last year" name the
		// period compared: the quarter reported, a year back.
		if rs.hasLastQuarter && m.Unit == uYear && m.Offset == -1 && m.Month == 0 && t.Precision == Year && rs.r.comparison(c.lo, c.hi) {
			q := rs.lastQuarter
			t.Value = fmt.Sprintf("%04d-Q%d", q.Begin.Year()-1, (int(q.Begin.Month())-1)/3+1)
			t.Begin = q.Begin.AddDate(-1, 0, 0)
			t.Precision, t.Anchor, t.How = Quarter, "text", "the period compared: "+strconv.Quote(q.Text)+" a year back"
		}
		// A range's first endpoint borrows the year of the second when it
		// lacks one: "from 23 December to 7 January 2020".
		if i > 0 && ms[i-1].RangeEnd && out[i-1].Dated() && t.Dated() && !rs.r.movedFrom(ctx[i-1]) {
			if ms[i-1].Year == 0 && m.Year == 0 && !m.YearRel && m.Month != 0 {
				// A year-less range is read as one: its end is the first such
				// day on or after its start ("3-4 March", "23 December to 7
				// January").
				y := holding(m, out[i-1].Begin.Year())
				end := rs.resolveWithYear(m, y, c.tense)
				if end.Begin.Before(out[i-1].Begin) {
					end = rs.resolveWithYear(m, holding(m, y+1), c.tense)
				}
				end.How = "year of the range's start"
				t = end
			}
			out[i-1].EndValue = t.Value
		}
		// "03:07 UTC on April 14": a clock time followed by its day waits
		// for that day (the second pass below), not the day named earlier
		// in the sentence.
		onDay := i+1 < len(ms) && ctx[i+1].lo == c.lo && ctx[i+1].a == c.b+1 && rs.r.fn(c.b, fOn)
		if m.HasClock && m.Year == 0 && m.Month == 0 && m.Weekday == 0 && m.Rel == relNone && !onDay {
			// A clock time takes the day of a date in the same sentence,
			// else of a day named just before it.
			d, ok := sameSentenceDay(ms, ctx, out, i)
			if ok && laterDayNearer(ms, ctx, i, d, out) {
				// "SANTOS, 14 March 2023 – ... walked off the job at 06:00
				// Monday": the day right after it, which the second pass
				// gives it, not a date further back
				ok = false
			}
			if !ok && rs.r.fn(c.a-1, fAt) && !rs.r.sentenceHasDate(ms, ctx, i) {
				d, ok = rs.recentDay(m.Start)
			}
			if ok {
				t.Value = d.Format("2006-01-02") + t.Value[10:]
				t.Begin = time.Date(d.Year(), d.Month(), d.Day(), m.Hour, m.Minute, 0, 0, time.UTC)
				t.Anchor, t.How = "text", "day of the date in the same sentence"
			}
		}
		out = append(out, t)
		rs.moveFocus(m, c, t)
		if rs.anchor == AnchorAuto && writerDeictic(rs.r.src, m) && t.Anchor == "reference" {
			// "said yesterday", "last week": the text is back at the
			// writer's day, and the story's date is no longer in focus
			rs.hasFocus = false
		}
		if t.Dated() && t.Type == Date && m.Rel != relShift || t.Dated() && t.Type == Time {
			rs.last, rs.hasLast = t, true
			// A period a year back ("a year earlier", "the year-ago
			// quarter") is a comparison, not a new point to count from.
			if !(m.Unit == uYear && m.Offset < 0 && (m.KeepGrain || t.Precision == Quarter || t.Precision == Half)) {
				rs.history = append(rs.history, t)
			}
		}
		// Only a quarter the text names counts as the one it reports on;
		// "the year-ago quarter" and "a year ago" point back from it.
		if t.Dated() && t.Precision == Quarter && m.Unit != uYear && !(m.Rel == relAnaphor && m.Unit == uQuarter) {
			rs.lastQuarter, rs.hasLastQuarter = t, true
		}
		if t.Dated() && (m.Year != 0 || m.Decade != 0) && t.Anchor == "absolute" {
			rs.lastFull, rs.hasLastFull, rs.lastFullP = t.Begin, true, t.Precision
		}
	}
	// A clock time before its date in the same sentence ("3 p.m. on
	// Sunday") takes that date's day.
	for i, m := range ms {
		if !m.HasClock || m.Year != 0 || m.Month != 0 || m.Weekday != 0 || m.Rel != relNone || out[i].Anchor == "text" && out[i].How != storyDayHow {
			continue
		}
		if c := ctx[i]; c.a == c.lo && rs.r.dash(c.b) {
			continue // "15:20 — ... will start tomorrow": a live blog's stamp is on its own day
		}
		if d, ok := sameSentenceDay(ms, ctx, out, i); ok {
			t := &out[i]
			t.Value = d.Format("2006-01-02") + t.Value[10:]
			t.Begin = time.Date(d.Year(), d.Month(), d.Day(), m.Hour, m.Minute, 0, 0, time.UTC)
			t.Anchor, t.How = "text", "day of the date in the same sentence"
		}
	}
	return dst[:len(dst)+len(dropUnmarked(ms, out))]
}

// recentDay returns the day of the latest day-precise date of the text
// that ends within a few sentences before off and is not simply the day of
// writing ("said in a statement today").
func (rs *resolver) recentDay(off int) (time.Time, bool) {
	for k := len(rs.history) - 1; k >= 0; k-- {
		t := rs.history[k]
		if off-t.End > 400 {
			break
		}
		if t.Precision >= Day && !t.Begin.Equal(rs.ref) {
			d := t.Begin
			return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// sentenceHasDate reports whether another mention shares mention i's
// sentence.
func (r *recognizer) sentenceHasDate(ms []Mention, ctx []mentionContext, i int) bool {
	from, to := sentenceMentions(ctx, i)
	for k := from; k < to; k++ {
		if k != i && ctx[k].lo == ctx[i].lo && !ms[k].HasClock && ms[k].Type == Date {
			return true
		}
	}
	return false
}

func (rs *resolver) resolveWithYear(m Mention, y int, tense Tense) Timex {
	m.Year = y
	return rs.resolve(m, tense, 0)
}

// sentenceYear returns the year that an earlier date of the same sentence
// states explicitly, so "In December 2024 ... on Christmas Day" reads as
// 2024; 0 when there is none.
func (rs *resolver) sentenceYear(ms []Mention, ctx []mentionContext, out []Timex, i int) int {
	c := ctx[i]
	for k := i - 1; k >= 0; k-- {
		if ctx[k].lo != c.lo {
			break
		}
		pm := ms[k]
		if !out[k].Dated() || out[k].Precision < Year || out[k].Precision > Day {
			continue
		}
		if pm.Year == 0 && !pm.YearRel {
			continue
		}
		// "the 2020 budget" names a thing; it does not set the year of
		// the dates that follow.
		if pm.Month == 0 && pm.Season == 0 && pm.Quarter == 0 && pm.Half == 0 && rs.r.nameYear(ctx[k].a, ctx[k].b) {
			continue
		}
		// "since 2016" and "by 2030" bound a period; they do not set the
		// year of the dates that follow.
		if p := ctx[k].a - 1; p >= 0 && (rs.r.fn(p, fSince) || rs.r.fn(p, fBy) || rs.r.fn(p, fUntil)) {
			continue
		}
		y := out[k].Begin.Year()
		// A year that the tense contradicts is background, not the year of
		// this date: "entered service in 2016, to take until the end of April".
		if c.tense == Future && y < rs.ref.Year() || c.tense == Past && y > rs.ref.Year() {
			return 0
		}
		// So is a past year in a present clause that states nothing of
		// its own: "sanctions lifted under the 2015 deal can be
		// reimposed in October".
		if c.tense == Present && y < rs.ref.Year() && pm.Month == 0 && pm.Season == 0 && pm.Quarter == 0 && pm.Half == 0 {
			return 0
		}
		return y
	}
	return 0
}

// conditionBefore reports whether "if" or "unless" opens a clause among
// tokens [lo, k) with no full stop of a clause after it.
func (r *recognizer) conditionBefore(lo, k int) bool {
	for p := k - 1; p >= lo; p-- {
		if r.toks[p].Kind == Punct && (r.punct(p, ';') || r.punct(p, ':')) {
			return false
		}
		if r.isWord(p, "if") || r.isWord(p, "unless") {
			return true
		}
	}
	return false
}

// nameYear reports whether the year at tokens [a, b) stands between a
// determiner and the noun it names: "the 2020 budget", "its 2019 report".
func (r *recognizer) nameYear(a, b int) bool {
	if a < 1 || b >= len(r.toks) || r.toks[b].Kind != Word || r.toks[b].Has(Upper) {
		return false
	}
	switch r.lw(a - 1) {
	case "the", "its", "their", "his", "her", "this", "that":
	default:
		return false
	}
	switch r.lw(b) {
	case "and", "or", "to", "in", "on", "at", "of", "for", "when", "after", "before", "until", "through":
		return false
	}
	return true
}

// comparison reports whether the sentence of tokens [lo, hi) compares
// results with an earlier period.
func (r *recognizer) comparison(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.toks[k].Kind != Word {
			continue
		}
		switch r.lw(k) {
		case "compared", "versus", "vs", "against", "from", "than", "rose", "fell", "increased", "decreased", "declined", "gained", "dropped", "jumped", "climbed", "slipped", "earned", "lost":
			return true
		}
	}
	return false
}

// sentenceMentions returns the range [from, to) of the mentions that share
// mention i's sentence. Mentions come in text order, so they are
// neighbours; looking only there keeps a text of many dates linear.
func sentenceMentions(ctx []mentionContext, i int) (int, int) {
	from, to := i, i+1
	for from > 0 && ctx[from-1].lo == ctx[i].lo {
		from--
	}
	for to < len(ctx) && ctx[to].lo == ctx[i].lo {
		to++
	}
	return from, to
}

// sameSentenceDay returns the day of the nearest day-precise date in the
// sentence of mention i.
func sameSentenceDay(ms []Mention, ctx []mentionContext, out []Timex, i int) (time.Time, bool) {
	c := ctx[i]
	best, bestD := time.Time{}, 1<<30
	from, to := sentenceMentions(ctx, i)
	for k := from; k < to; k++ {
		if k == i || ctx[k].lo != c.lo || ms[k].HasClock {
			continue
		}
		if k >= len(out) {
			break // later mentions are not resolved yet; a second pass covers them
		}
		if out[k].Precision < Day || !out[k].Dated() {
			continue
		}
		d := c.a - ctx[k].b
		if d < 0 {
			d = ctx[k].a - c.b
		}
		if d < bestD {
			best, bestD = out[k].Begin, d
		}
	}
	return best, bestD < 1<<30
}

// laterDayNearer reports whether a date mention after clock time i in its
// sentence stands nearer to it than the resolved date whose day d
// sameSentenceDay chose among the earlier ones.
func laterDayNearer(ms []Mention, ctx []mentionContext, i int, d time.Time, out []Timex) bool {
	c := ctx[i]
	from, to := sentenceMentions(ctx, i)
	earlier := 1 << 30
	for k := from; k < i && k < len(out); k++ {
		if ctx[k].lo == c.lo && !ms[k].HasClock && out[k].Precision >= Day && out[k].Dated() && out[k].Begin.Equal(d) {
			earlier = min(earlier, c.a-ctx[k].b)
		}
	}
	for k := i + 1; k < to; k++ {
		if ctx[k].lo == c.lo && !ms[k].HasClock && ms[k].Type == Date && ctx[k].a-c.b < earlier {
			return true
		}
	}
	return false
}

// decideOrder decides the day/month order of a document's numeric dates
// from those whose digits settle it.
func decideOrder(ms []Mention) DateOrder {
	dmy, mdy := 0, 0
	for _, m := range ms {
		if !m.Numeric {
			continue
		}
		switch m.NumOrder {
		case OrderDMY:
			dmy++
		case OrderMDY:
			mdy++
		}
	}
	switch {
	case dmy > mdy:
		return OrderDMY
	case mdy > dmy:
		return OrderMDY
	}
	return OrderAuto
}

// usZones are time zones that mark an American text.
var usZones = map[string]bool{"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true, "akdt": true, "akst": true, "et": true, "pt": true}

// styleOrder guesses the numeric date order of a text whose numeric dates
// do not settle it, from its written dates ("17 January" or "January 17")
// and its time zones. It defaults to day first.
func styleOrder(r *recognizer, ms []Mention) (DateOrder, string) {
	dmy, mdy := 0, 0
	for _, m := range ms {
		switch m.Style {
		case OrderDMY:
			dmy++
		case OrderMDY:
			mdy++
		}
	}
	// the capitalised American zones of the text, which classify counts
	mdy += 2 * r.usZones
	switch {
	case mdy > dmy:
		return OrderMDY, "month first, as the text writes its other dates"
	case dmy > mdy:
		return OrderDMY, "day first, as the text writes its other dates"
	}
	return OrderDMY, "day first by default"
}

// chooseAnchor picks narrative anchoring when most explicit years of the
// text lie far from the reference date, as in history articles.
func chooseAnchor(ms []Mention, ref time.Time, guessed bool) (AnchorMode, string) {
	far, near, deictic := 0, 0, 0
	for _, m := range ms {
		if m.Rel == relDeictic || m.Rel == relShift || m.Weekday > 0 && m.Day == 0 {
			deictic++
		}
		if m.Year == 0 || m.Type != Date {
			continue
		}
		if d := ref.Year() - m.Year; d > 5 || d < -5 {
			far++
		} else {
			near++
		}
	}
	// News speaks of "yesterday" and "on Tuesday"; history does not.
	if deictic >= 2 {
		return AnchorNews, fmt.Sprintf("%d expressions count from the day of writing", deictic)
	}
	// A text with no publication date, that never counts from the day of
	// writing and names years, is told against its own dates.
	if guessed && deictic == 0 && far+near >= 2 {
		return AnchorNarrative, fmt.Sprintf("no publication date, no expression counts from the day of writing, and %d explicit years", far+near)
	}
	if far >= 3 && far > 3*near {
		return AnchorNarrative, fmt.Sprintf("%d of %d explicit years lie more than five years from the reference", far, far+near)
	}
	return AnchorNews, fmt.Sprintf("%d of %d explicit years lie within five years of the reference", near, far+near)
}

func dateOnly(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return day(t.Year(), int(t.Month()), t.Day())
}

// possessiveAt reports whether src holds a possessive "'s" at offset i.
func possessiveAt(src []byte, i int) bool {
	rest := src[i:]
	return len(rest) >= 2 && rest[0] == '\'' && (rest[1] == 's' || rest[1] == 'S') ||
		len(rest) >= 4 && string(rest[:3]) == "\u2019" && (rest[3] == 's' || rest[3] == 'S')
}

// holding returns the first year from y on that has the day m names:
// y itself, but for 29 February the next leap year.
func holding(m Mention, y int) int {
	for m.Month == 2 && m.Day == 29 && daysIn(y, 2) != 29 {
		y++
	}
	return y
}
