package timeline

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/timeline-dev/timeline/internal/event"
	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/parse"
)

// Config holds the choices that apply to every document of a run.
type Config struct {
	// Ref is the reference date for every document; when zero, each
	// document's own (a record's dct or url, a page's metadata, a
	// dateline, or an inferred date) is used.
	Ref time.Time
	// Now is the last-resort reference when a text bounds none.
	Now time.Time
	// Order is the day/month order of numeric dates.
	Order parse.DateOrder
	// Anchor chooses news or narrative anchoring.
	Anchor parse.AnchorMode
	// DatesOnly skips the events: the results hold the dates alone, which
	// is all "timeline dates" needs and several times faster.
	DatesOnly bool
	// NoSyntax skips the grammatical analysis (package syntax) of the
	// sentences that hold events, which adds the participants a clause
	// names to the actors and puts summaries in headline form ("Putin to
	// visit Tehran"): actors then come from the names the document
	// defines alone, and summaries stay as the clause words them. It is
	// several times faster, and the syntax model is never loaded.
	NoSyntax bool
}

// Result is what was found in one document.
type Result struct {
	Index int // the document's position in the run
	// Err is set when the document could not be read (an [input.Error]),
	// or when its analysis met a defect of this package (wrapping
	// [ErrInternal]); the result then has no events.
	Err      error
	Doc      input.Document
	Input    Input
	Tag      parse.Result
	Events   []Event // merged, in document order
	Warnings parse.ErrorList
	// InputWarning is a problem with the input that was worked around
	// (invalid UTF-8 replaced), or, with Skipped, why the input gave no
	// document (it was empty or binary).
	InputWarning error
	Skipped      bool
	// Output is free for the caller: bytes prepared for the output while
	// the result was made (see [Process]).
	Output []byte
	// block holds the block of input that Doc.Text lies in, when blocks
	// are recycled (see [Process]), until the result has been emitted.
	block *input.Block
}

// AnalyzeDocument tags the dates of doc and builds its events. index is the
// document's position in the run, kept in the result so that results
// finished out of order can be put back in order.
func AnalyzeDocument(doc input.Document, index int, cfg Config) Result {
	return analyzeDocument(context.Background(), doc, index, cfg, nil)
}

// analyzeDocument is [AnalyzeDocument] that gives up building events when
// ctx is done, leaving the result partial: a large document can take
// seconds, and Ctrl-C should not wait for it. The timexes are appended to
// timexes (see [parse.TagAppend]).
func analyzeDocument(ctx context.Context, doc input.Document, index int, cfg Config, timexes []parse.Timex) Result {
	opts := parse.Options{Now: cfg.Now, Order: cfg.Order, Anchor: cfg.Anchor, File: doc.File}
	switch {
	case !cfg.Ref.IsZero():
		opts.Ref, opts.RefSource = cfg.Ref, "flag"
	case !doc.Ref.IsZero() && doc.RefFallback:
		opts.Fallback, opts.FallbackSource, opts.FallbackReason = doc.Ref, cmp.Or(doc.RefSource, "record"), doc.RefReason
	case !doc.Ref.IsZero():
		opts.Ref, opts.RefSource, opts.RefReason = doc.Ref, cmp.Or(doc.RefSource, "record"), doc.RefReason
	}
	tag := parse.TagAppend(timexes, doc.Text, opts)
	in := Input{
		File: doc.File, Doc: doc.ID, Ref: tag.Ref.Format("2006-01-02"), RefSource: tag.RefSource, RefReason: tag.RefReason,
		Anchor: tag.Anchor.String(), AnchorReason: tag.AnchorReason, DateOrder: tag.Order.String(),
	}
	if tag.RefSource == "inferred" {
		in.RefRange = newRefRange(tag.RefEarliest, tag.RefLatest)
	}
	res := Result{Index: index, Doc: doc, Input: in, Tag: tag, Warnings: tag.Warnings}
	if !cfg.DatesOnly {
		res.Events = buildEvents(ctx, doc, tag, !cfg.NoSyntax)
	}
	if doc.Replaced() {
		toInputOffsets(doc, &res)
	}
	if doc.Record > 0 {
		toRecord(doc, res.Warnings)
	}
	return res
}

// toRecord places the warnings about a JSON Lines record at the record's
// line of the input, naming the record, rather than at a line and column
// of its text, which the input does not show: "news.jsonl:1204: record
// "APW19980213.1310": ambiguous date ...".
func toRecord(doc input.Document, ws parse.ErrorList) {
	for _, w := range ws {
		w.Pos = parse.Pos{File: doc.File, Line: doc.Record}
		w.Msg = fmt.Sprintf("record %q: %s", doc.ID, w.Msg)
	}
}

// toInputOffsets makes the offsets that res reports count the bytes of
// the input rather than of doc.Text, where NewDocument replaced invalid
// UTF-8. res.Tag keeps offsets into doc.Text; [DateRows] maps them.
func toInputOffsets(doc input.Document, res *Result) {
	for i := range res.Events {
		if t := res.Events[i].Trigger; t != nil {
			t.Start, t.End = doc.InputOffset(t.Start), doc.InputOffset(t.End)
		}
		for k := range res.Events[i].Mentions {
			m := &res.Events[i].Mentions[k]
			m.Start, m.End = doc.InputOffset(m.Start), doc.InputOffset(m.End)
		}
	}
	for _, w := range res.Warnings {
		if w.Pos.Line == 0 {
			continue
		}
		lineStart := w.Pos.Offset - (w.Pos.Col - 1)
		w.Pos.Offset = doc.InputOffset(w.Pos.Offset)
		w.Pos.Col = w.Pos.Offset - doc.InputOffset(lineStart) + 1
	}
}

// AnalyzeAll analyses the documents with up to workers goroutines and
// returns the results in the order of docs, so the output does not depend
// on the parallelism. When ctx is done it stops handing out documents,
// cuts short the ones begun and returns ctx's error; the results are then
// incomplete.
func AnalyzeAll(ctx context.Context, docs []input.Document, cfg Config, workers int) ([]Result, error) {
	out := make([]Result, len(docs))
	if workers < 1 {
		workers = 1
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = analyzeSafely(ctx, docs[i], i, cfg, nil)
			}
		}()
	}
	var err error
feed:
	for i := range docs {
		if err = ctx.Err(); err != nil {
			break
		}
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err == nil {
		err = ctx.Err() // the last documents may have been cut short
	}
	return out, err
}

// ErrInternal is wrapped by the [Result.Err] of a document whose analysis
// met a defect of this package.
var ErrInternal = errors.New("internal error")

// analyzeSafely is [AnalyzeDocument] that turns a panic into the result's
// Err, so that a defect met on one document does not lose the others.
func analyzeSafely(ctx context.Context, doc input.Document, index int, cfg Config, timexes []parse.Timex) (res Result) {
	defer func() {
		if v := recover(); v != nil {
			res = Result{Doc: doc, Input: Input{File: doc.File, Doc: doc.ID},
				Err: &input.Error{File: doc.File, Err: fmt.Errorf("%w: %v; please report it with this input", ErrInternal, v)}}
		}
	}()
	return analyzeDocument(ctx, doc, index, cfg, timexes)
}

// lineTable maps byte offsets to 1-based line numbers.
type lineTable []int

func newLineTable(text []byte) lineTable {
	t := lineTable{0}
	for i, b := range text {
		if b == '\n' {
			t = append(t, i+1)
		}
	}
	return t
}

func (t lineTable) line(off int) int { return sort.SearchInts(t, off+1) }

// buildEvents turns the dated expressions of a document into events: each
// dated DATE or TIME expression inside a sentence that reports something
// becomes a mention, and mentions of one event merge.
func buildEvents(ctx context.Context, doc input.Document, tag parse.Result, syntax bool) []Event {
	lines := newLineTable(doc.Text)
	pages := newPageTable(doc.Text)
	sents := Sentences(doc.Text)
	var events []Event
	// the sentence of each event, and whether its date is where a
	// postponed event moved to: see [sameKindAsMoved]
	var sentOf []int
	var moved []bool
	si := 0
	farEnds := rangeEnds(doc.Text, tag.Timexes)
	people := event.ReadNames(doc.Text, sents)
	// The sentence at sents[textOf]: its text, one-line form and tokens.
	text, flat, textOf := "", "", -1
	var toks, work []event.Token
	gr := grammar{off: !syntax}
	defer gr.release()
	refDay := ""
	if !tag.Ref.IsZero() {
		refDay = tag.Ref.Format("2006-01-02")
	}
	for ti, x := range tag.Timexes {
		if ti%256 == 255 && ctx.Err() != nil {
			return nil
		}
		if !x.Dated() || (x.Type != parse.Date && x.Type != parse.Time) {
			continue
		}
		if farEnds[ti] < 0 {
			continue // the far end of a range: its start carries the event
		}
		exprEnd := x.End
		if k := farEnds[ti]; k > 0 {
			exprEnd = tag.Timexes[k].End
		}
		if ti == tag.Dateline {
			continue // the dateline dates the article, not an event
		}
		if adjectivalPeriod(doc.Text[x.Start:x.End]) {
			continue // "its fourth-quarter results": which results, not when
		}
		if bracketed(doc.Text, x.Start, exprEnd) {
			continue // "Nikita Khrushchev (1894–1971)": life dates, an aside
		}
		for si < len(sents) && sents[si].End <= x.Start {
			si++
		}
		if si >= len(sents) || sents[si].Start > x.Start || x.End > sents[si].End {
			continue // outside any sentence, or across a cut of an overlong one
		}
		s := sents[si]
		if publicationLine(doc.Text[s.Start:s.End]) {
			continue // "Updated 4:18 PM EST, February 13, 2024" dates the page
		}
		stamp := false
		if bareDate(doc.Text[s.Start:s.End], x.Start-s.Start, exprEnd-s.Start) {
			// A date alone over a paragraph, such as a live blog's
			// "4:40 p.m.", dates the entry below it.
			if si+1 < len(sents) && stampGap(doc.Text[s.End:sents[si+1].Start], doc.Text[sents[si+1].Start:sents[si+1].End]) {
				s.End = sents[si+1].End
				if k := si + 2; k < len(sents) && shout(doc.Text[sents[si+1].Start:sents[si+1].End]) &&
					!bytes.ContainsAny(doc.Text[s.End:sents[k].Start], "\n\r") {
					// "10:41 p.m. — APPROVED. The council votes 5-2 to
					// pass ...": the entry goes on past its cry
					s.End = sents[k].End
				}
				text, flat, toks, textOf = string(doc.Text[s.Start:s.End]), "", nil, -1
				stamp = true
			}
		}
		if !stamp && si != textOf {
			// The dates of one sentence share its text and its one-line form.
			text, flat, toks, textOf = string(doc.Text[s.Start:s.End]), "", nil, si
		}
		// The other dates and repetitions of the sentence; a length ("12
		// years in prison") is part of what happened, not a date.
		// Timexes come in text order, so those of the sentence follow the
		// first that starts in it.
		var others []Span
		first := sort.Search(len(tag.Timexes), func(k int) bool { return tag.Timexes[k].Start >= s.Start })
		for k := first; k < len(tag.Timexes) && tag.Timexes[k].Start < s.End; k++ {
			if o := tag.Timexes[k]; k != ti && o.End <= s.End && o.Type != parse.Duration {
				others = append(others, Span{Start: o.Start - s.Start, End: o.End - s.Start})
			}
		}
		if exprEnd > s.End {
			exprEnd = x.End
		}
		if toks == nil {
			// read once for the whole document by documentPeople
			var ok bool
			if toks, ok = people.Tokens(s.Start, len(text)); !ok {
				toks = event.Tokenize(text)
			}
		}
		work = append(work[:0], toks...)
		a := event.ReadTokens(text, work, x.Start-s.Start, exprEnd-s.Start, others, people, s.Start)
		if !a.Event && !stamp {
			continue // an entry under a stamp is one, whatever it says
		}
		gr.actors(&a, text, Span{Start: x.Start - s.Start, End: exprEnd - s.Start}, others, people, s.Start)
		if !gr.read(&a, text, Span{Start: x.Start - s.Start, End: exprEnd - s.Start}, others) {
			continue
		}
		if a.Status == "reported" && !tag.Ref.IsZero() && x.Begin.After(tag.Ref.AddDate(0, 0, 1).Add(-time.Nanosecond)) {
			// nothing can have happened after the article was written:
			// "the sanctions take effect on Wednesday"
			a.Status = "scheduled"
		}
		if flat == "" {
			flat = oneLine(text)
		}
		date, end := x.Value, x.EndValue
		if k := farEnds[ti]; k > 0 && end == "" {
			end = tag.Timexes[k].Value // "on 6 and 7 May"
		}
		prec := x.Precision
		if x.Type == parse.Time && len(date) >= 10 {
			date, prec = date[:10], parse.Day
		}
		line, page := lines.line(x.Start), 0
		if len(pages) > 0 {
			var start int
			page, start = pages.at(x.Start)
			line -= lines.line(start) - 1
		}
		ev := Event{
			Date: date, EndDate: end, Precision: prec.String(), Type: a.Type, Status: a.Status,
			Summary: dropAges(dropBareTail(trimDangling(dropBareAside(gr.headline(cutCondition(dropCondition(a.Summary)), text, x.Start-s.Start))))), Actors: nonNil(event.PlainActors(a.Actors)), Location: a.Location,
			Mentions: []Mention{{
				File: doc.File, Doc: doc.ID, Page: page, Line: line, Start: x.Start, End: exprEnd,
				Expr: string(doc.Text[x.Start:exprEnd]), Sentence: flat,
			}},
			Ref: refDay, RefSource: tag.RefSource,
		}
		if person, ok := people.Antecedent(s.Start); ok && slices.Contains(ev.Actors, person) {
			ev.Summary = namePronoun(ev.Summary, person)
		} else if i := slices.IndexFunc(ev.Actors, people.Person); i >= 0 {
			// "..., Maja Kranjc, said she would open talks": the person
			// the sentence itself names
			ev.Summary = namePronoun(ev.Summary, ev.Actors[i])
		}
		if a.Trigger != "" {
			ev.Trigger = &Trigger{Text: oneLine(a.Trigger), Start: s.Start + a.TriggerStart, End: s.Start + a.TriggerEnd}
		}
		events = append(events, ev)
		sentOf, moved = append(sentOf, s.Start), append(moved, a.Moved || afterTo(doc.Text[s.Start:x.Start]))
	}
	sameKindAsMoved(events, sentOf, moved)
	labourStrikes(events, doc.Text)
	sportBids(events, doc.Text)
	out := merge(events)
	fillMainActor(out)
	nameSubjects(out)
	return out
}

// rangeEnds pairs the two ends of each range ("from 30 May to 2 June",
// "between 14 and 17 January", "March 4-6"): the tagger gives the start
// the range's end value and tags the far end as a date of its own. The
// result holds, for the start of a range, the index of its far end, and -1
// for the far end, which dates no event apart from the range; 0 elsewhere.
// The two must be joined by a short connective alone: "to", "and",
// "through", "until", "till", a dash or a hyphen.
func rangeEnds(text []byte, xs []parse.Timex) []int {
	out := make([]int, len(xs))
	for i := 0; i+1 < len(xs); i++ {
		x, y := xs[i], xs[i+1]
		if y.Start < x.End || y.Start > len(text) || !rangeConnective(string(text[x.End:y.Start])) {
			continue
		}
		if x.EndValue != "" && y.Value == x.EndValue || coordinatedDays(text, x, y) {
			out[i], out[i+1] = i+1, -1
		}
	}
	return out
}

// bracketed reports whether the date expression at [start, end) of text
// fills a pair of brackets alone, perhaps after "born" or "died": the
// life dates of a person ("Nikita Khrushchev (1894–1971)") or the years
// of a heading ("Background (1959–1962)"), asides that date no event.
func bracketed(text []byte, start, end int) bool {
	before := strings.TrimRight(string(text[max(0, start-8):start]), " ")
	for _, w := range []string{"born", "died", "b.", "d."} {
		before = strings.TrimRight(strings.TrimSuffix(before, w), " ")
	}
	after := strings.TrimLeft(string(text[end:min(len(text), end+2)]), " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// adjectivalPeriod reports whether a date expression is a period written
// as a hyphenated modifier ("fourth-quarter", "first-half", "full-year"),
// which says which figures are meant, not when something happened.
func adjectivalPeriod(expr []byte) bool {
	first, last, ok := strings.Cut(strings.ToLower(string(expr)), "-")
	if !ok || first == "" || strings.ContainsAny(first, " 0123456789") {
		return false
	}
	switch last {
	case "quarter", "half", "year":
		return true
	}
	return false
}

// publicationLine reports whether a sentence is a page's publication
// line: "Updated 4:18 PM EST, February 13, 2024", "Published: Tuesday,
// 14 April 2026", "Posted on 3 May", a transcript's "Broadcast: Friday
// 17 August 2018". Its date dates the page, not an event.
func publicationLine(s []byte) bool {
	w := strings.ToLower(string(s[:min(len(s), 20)]))
	w = strings.TrimLeft(w, " \t\n")
	for _, p := range []string{"updated", "last updated", "published", "first published", "posted", "broadcast", "aired", "filed", "last modified"} {
		if rest, ok := strings.CutPrefix(w, p); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') {
			return true
		}
	}
	return false
}

// clockTime reports whether a date expression is a time of day: digits
// with a colon ("16:40", "4:40 p.m.") or with a.m. or p.m. ("5 a.m.").
func clockTime(expr string) bool {
	e := strings.ToLower(expr)
	if strings.Contains(e, "a.m") || strings.Contains(e, "p.m") || strings.HasSuffix(e, "am") || strings.HasSuffix(e, "pm") {
		return strings.ContainsAny(e, "0123456789")
	}
	i := strings.IndexByte(e, ':')
	return i > 0 && i+1 < len(e) && e[i-1] >= '0' && e[i-1] <= '9' && e[i+1] >= '0' && e[i+1] <= '9'
}

// bareDate reports whether sentence s holds nothing but the date
// expression at [start, end) and punctuation.
func bareDate(s []byte, start, end int) bool {
	blank := func(b []byte) bool {
		return strings.TrimFunc(string(b), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
	}
	return blank(s[:start]) && blank(s[end:])
}

// stampGap reports whether a bare date stamps the sentence next: a line
// break comes between them ("4:40 p.m." over a paragraph), or a dash
// opens it ("7:30 p.m. — Chief executive Dana Whitford has apologised").
func stampGap(gap, next []byte) bool {
	if bytes.ContainsAny(gap, "\n\r") {
		return true
	}
	n := strings.TrimSpace(string(next[:min(len(next), 8)]))
	return strings.HasPrefix(n, "—") || strings.HasPrefix(n, "–") || strings.HasPrefix(n, "- ")
}

// shout reports whether a sentence is a cry of one or two words, as a
// live blog heads an entry with: "— APPROVED.", "BREAKING:".
func shout(b []byte) bool {
	words := strings.Fields(strings.Trim(string(b), " —–-"))
	return len(words) > 0 && len(words) <= 2
}

// coordinatedDays reports whether x and y, joined by "and", are the two
// days of one stretch that the tagger gave apart: "on 6 and 7 May" (a
// bare day before a day and month) and "between 1 January and 20 July"
// (two dates of one precision after "between"), the first before the
// second.
func coordinatedDays(text []byte, x, y parse.Timex) bool {
	if x.Type != parse.Date || y.Type != parse.Date || x.Precision != y.Precision || x.Value >= y.Value ||
		strings.ToLower(strings.TrimSpace(string(text[x.End:y.Start]))) != "and" {
		return false
	}
	if bare := strings.TrimSpace(string(text[x.Start:x.End])); len(bare) <= 2 && bare != "" && strings.Trim(bare, "0123456789") == "" {
		return true // "6 and 7 May"
	}
	before := strings.ToLower(strings.TrimRight(string(text[max(0, x.Start-9):x.Start]), " "))
	return strings.HasSuffix(before, "between")
}

func rangeConnective(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "to", "and", "through", "thru", "until", "till", "-", "–", "—", "to the", "and the":
		return true
	}
	return false
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// oneLine folds the line breaks and runs of space of a sentence.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// typeFamily groups event types that one happening is often reported
// under: a state visit is also "talks" and a "meeting".
func typeFamily(t string) string {
	switch t {
	case "visit", "meeting", "talks":
		return "encounter"
	}
	return t
}

// maxMergeRows bounds how many earlier rows of the same date a mention is
// compared with. A news text has a handful of events on one date; a text
// with thousands (a list, or text that is not prose) would otherwise cost
// time that grows with the square of their number.
const maxMergeRows = 64

// merge joins mentions of the same event within a document: same date and
// end, and the same type (for "other", with a shared actor), or related
// types with a shared actor, or two shared actors. A mention joins the
// first such row among the first [maxMergeRows] of its date. The merged
// event keeps every mention, the type most of its mentions give (the
// first on a tie), and the union of the actors.
// sameKindAsMoved gives the row of the date a postponed event moved to
// the type of the row that calls it off on its old date, in the same
// sentence, when its own reading found none: "has postponed its investor
// day, set for Dec. 4, to Jan. 15" is one meeting on two dates.
// sentOf holds each event's sentence start and moved whether its date
// is the new one.
func sameKindAsMoved(events []Event, sentOf []int, moved []bool) {
	for i := range events {
		if !moved[i] || events[i].Type != "other" {
			continue
		}
		for j := range events {
			if j != i && sentOf[j] == sentOf[i] && events[j].Status == "cancelled" && events[j].Type != "other" {
				events[i].Type = events[j].Type
				break
			}
		}
	}
}

// afterTo reports whether before, the text of a sentence up to a date,
// ends in "to" or "until": "postponed ... to Jan. 15".
func afterTo(before []byte) bool {
	b := bytes.TrimRight(before, " ")
	i := bytes.LastIndexByte(b, ' ')
	w := string(bytes.ToLower(b[i+1:]))
	return w == "to" || w == "until"
}

func merge(events []Event) []Event {
	var out []Event
	var types [][]string                      // the type each mention gave, in order
	var cands [][]Event                       // every mention's own reading, in order
	var words []map[string]bool               // content words of each row's first sentence, once needed
	byDate := map[[2]string][]int{}           // rows of each date and end, in order
	sentWords := map[string]map[string]bool{} // mentions of one sentence share its text
	wordsOf := func(s string) map[string]bool {
		w, ok := sentWords[s]
		if !ok {
			w = contentWordSet(s)
			sentWords[s] = w
		}
		return w
	}
	contentWords := func(i int) map[string]bool {
		if words[i] == nil {
			words[i] = wordsOf(out[i].Mentions[0].Sentence)
		}
		return words[i]
	}
	for _, e := range events {
		joined := false
		key := [2]string{e.Date, e.EndDate}
		var ew map[string]bool
		rows := byDate[key]
		for _, i := range rows[:min(len(rows), maxMergeRows)] {
			o := &out[i]
			shared := sharedActors(o.Actors, e.Actors)
			related := typeFamily(o.Type) == typeFamily(e.Type) && (shared >= 1 || len(e.Actors) == 0 || len(o.Actors) == 0)
			// "other" is what is left when no trigger says more, and a
			// statement may be anyone's: two such mentions are one event
			// only if they share an actor or a content word ("the rocket
			// reached orbit" / "the rocket lifted off").
			if o.Type == e.Type && (o.Type == "other" || o.Type == "statement") && shared == 0 {
				if ew == nil {
					ew = wordsOf(e.Mentions[0].Sentence)
				}
				if !shareWord(contentWords(i), ew) {
					continue
				}
			}
			if o.Type != e.Type && !related && shared < 2 {
				continue
			}
			if a, b := o.Mentions[0].Expr, e.Mentions[0].Expr; a != b && clockTime(a) && clockTime(b) {
				continue // "4:40 p.m." and "7:30 p.m.": two moments of the day
			}
			o.absorb(e)
			types[i] = append(types[i], e.Type)
			cands[i] = append(cands[i], e)
			joined = true
			break
		}
		if !joined {
			byDate[key] = append(rows, len(out))
			types = append(types, []string{e.Type})
			cands = append(cands, []Event{e})
			words = append(words, nil)
			out = append(out, e)
		}
	}
	for i := range out {
		out[i].Type = majority(types[i])
		// The gist comes from the mention of that type that names the most
		// actors: "Pezeshkian will visit Moscow" says more than "the visit
		// would take place".
		best := -1
		for _, c := range cands[i] {
			if c.Type == out[i].Type && len(c.Actors) > best {
				out[i].Summary, best = c.Summary, len(c.Actors)
			}
		}
	}
	return out
}

// contentWordSet returns the lower-cased words of s that have five or
// more letters and are not in commonWords.
func contentWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 5 && !commonWords[w] {
			m[w] = true
		}
	}
	return m
}

// shareWord reports whether the sets a and b have a word in common.
func shareWord(a, b map[string]bool) bool {
	if len(b) < len(a) {
		a, b = b, a
	}
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// commonWords are long words that say nothing about which event a
// sentence reports.
var commonWords = map[string]bool{
	"about": true, "after": true, "again": true, "against": true, "their": true, "there": true, "these": true,
	"those": true, "which": true, "while": true, "would": true, "could": true, "should": true, "where": true,
	"before": true, "during": true, "under": true, "other": true, "since": true, "still": true, "being": true,
	"according": true, "reported": true, "announced": true, "statement": true, "spokesman": true,
	"spokeswoman": true, "officials": true, "official": true, "people": true, "first": true, "second": true,
	"third": true, "later": true, "earlier": true, "today": true, "yesterday": true, "tomorrow": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "would've": true,
}

// majority returns the most frequent string, the earliest on a tie.
func majority(ss []string) string {
	best, bestN := "", 0
	for i, s := range ss {
		n := 0
		for _, t := range ss[i:] {
			if t == s {
				n++
			}
		}
		if n > bestN {
			best, bestN = s, n
		}
	}
	return best
}

func sharedActors(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if event.ActorKey(x) == event.ActorKey(y) {
				n++
				break
			}
		}
	}
	return n
}

// unionActors adds the actors of b to a; a person given with a country
// replaces the bare country.
func unionActors(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, y := range b {
		found := false
		for i, x := range out {
			if event.ActorKey(x) == event.ActorKey(y) {
				found = true
				if len(y) > len(x) && !strings.Contains(x, "(") {
					out[i] = y
				}
				break
			}
		}
		if !found {
			out = append(out, y)
		}
	}
	return out
}

// Events gathers the events of all results, sorted chronologically.
func Events(results []Result) []Event {
	var all []Event
	for _, r := range results {
		all = append(all, r.Events...)
	}
	Sort(all)
	if all == nil {
		all = []Event{}
	}
	return all
}

// DateRows lists the temporal expressions of a result for "timeline dates".
func DateRows(r Result) []DateRow {
	lines := newLineTable(r.Doc.Text)
	rows := make([]DateRow, 0, len(r.Tag.Timexes))
	for _, x := range r.Tag.Timexes {
		rows = append(rows, DateRow{
			File: r.Doc.File, Doc: r.Doc.ID, Line: lines.line(x.Start), Start: r.Doc.InputOffset(x.Start), End: r.Doc.InputOffset(x.End),
			Text: x.Text, Type: x.Type.String(), Value: x.Value, EndValue: x.EndValue, Mod: x.Mod,
			Precision: x.Precision.String(), Tense: x.Tense.String(), Anchor: x.Anchor, How: x.How,
		})
	}
	return rows
}

// absorb adds the mentions, actors and, when o has none, the location of
// e, another report of the same event, to o.
func (o *Event) absorb(e Event) {
	o.Mentions = append(o.Mentions, e.Mentions...)
	o.Actors = unionActors(o.Actors, e.Actors)
	if o.Location == "" {
		o.Location = e.Location
	}
}
