package eval

// This file scores timelines against gold event annotations in the JSON
// Lines format of the events development set: each record may carry
// "events", the rows a timeline of the article should show, each with its
// date, the byte offset of the date expression that anchors it, a type and
// the actors taking part.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/timeline-dev/timeline/internal/event"
	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/timeline"
)

// GoldEvent is one gold timeline row.
type GoldEvent struct {
	Date      string   `json:"date"`               // TIMEX3 value of the anchor
	DateEnd   string   `json:"date_end,omitempty"` // a range's end, else ""
	Expr      string   `json:"expr"`               // the anchor expression (a whole range)
	ExprStart int      `json:"expr_start"`         // its byte offset in the text
	Type      string   `json:"type"`
	Actors    []string `json:"actors"`
	Summary   string   `json:"summary,omitempty"`
	// Status is reported, scheduled, planned, expected, cancelled,
	// negated or threatened; "" where the gold data gives none.
	Status string `json:"status,omitempty"`
	// EID joins rows that mention one real-world event; "" when the row
	// stands alone.
	EID string `json:"eid,omitempty"`
}

// EventDoc is one gold document with its timeline rows.
type EventDoc struct {
	ID     string
	DCT    string // creation time, YYYY-MM-DD
	Text   string
	Events []GoldEvent
	// HasEvents reports whether the record has an "events" field at all;
	// a record without one is not scored for events, while an empty list
	// says the article dates no event.
	HasEvents bool
}

// eventDocJSON is the wire form of an [EventDoc]; "date" is accepted as an
// alias of "dct", as [ReadDocs] does.
type eventDocJSON struct {
	ID     string          `json:"id"`
	DCT    string          `json:"dct"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Events json.RawMessage `json:"events"`
}

// ReadEventDocs reads JSON Lines gold documents from r; name is used in
// error messages only. Blank lines are skipped and fields other than id,
// dct (or date), text and events are ignored. It stops at the first bad
// line with a *[LineError]: a line that is not a JSON object, a
// record without an id, or an event whose expr_start lies outside the text
// or does not begin expr there.
func ReadEventDocs(r io.Reader, name string) ([]EventDoc, error) {
	var docs []EventDoc
	err := input.EachLine(r, name, func(line int, b []byte) error {
		d, err := eventDecodeLine(b)
		if err != nil {
			return &LineError{File: name, Line: line, Err: err}
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func eventDecodeLine(b []byte) (EventDoc, error) {
	if b[0] != '{' {
		return EventDoc{}, errors.New("not a JSON object")
	}
	var j eventDocJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return EventDoc{}, err
	}
	if j.ID == "" {
		return EventDoc{}, errors.New(`missing "id"`)
	}
	d := EventDoc{ID: j.ID, DCT: j.DCT, Text: j.Text}
	if d.DCT == "" {
		d.DCT = j.Date
	}
	if raw := bytes.TrimSpace(j.Events); len(raw) > 0 && !bytes.Equal(raw, []byte("null")) {
		d.HasEvents = true
		if err := json.Unmarshal(raw, &d.Events); err != nil {
			return d, fmt.Errorf("id %q: events: %w", d.ID, err)
		}
	}
	for i, e := range d.Events {
		switch {
		case e.ExprStart < 0 || e.ExprStart+len(e.Expr) > len(d.Text):
			return d, fmt.Errorf("id %q: event %d: expr_start %d is outside the text (%d bytes)", d.ID, i+1, e.ExprStart, len(d.Text))
		case e.Expr != "" && d.Text[e.ExprStart:e.ExprStart+len(e.Expr)] != e.Expr:
			return d, fmt.Errorf("id %q: event %d: text at %d is %q, not %q (offsets must count bytes)",
				d.ID, i+1, e.ExprStart, d.Text[e.ExprStart:e.ExprStart+len(e.Expr)], e.Expr)
		}
	}
	return d, nil
}

// Kinds of [EventError].
const (
	EventMissed   = "missed"   // a gold event no system event matches
	EventSpurious = "spurious" // a system event that matches no gold event
	EventDate     = "date"     // a match whose date or end date differs
	EventType     = "type"     // a match whose type differs
	EventActors   = "actors"   // a match whose actor keys differ
	EventStatus   = "status"   // a match whose status differs from a gold status
)

// EventError is one disagreement between a gold and a system timeline.
type EventError struct {
	Doc    string       `json:"doc"`
	Kind   string       `json:"kind"`
	Gold   *GoldEvent   `json:"gold,omitempty"`   // the gold row; nil for "spurious"
	System *SystemEvent `json:"system,omitempty"` // nil for "missed"
	// Sentence is the sentence of the gold anchor, or of the system
	// event's first mention for "spurious", on one line.
	Sentence string `json:"sentence"`
}

// SystemEvent is the part of an [Event] that the event scorer compares.
type SystemEvent struct {
	Date    string   `json:"date"`
	DateEnd string   `json:"date_end,omitempty"`
	Expr    string   `json:"expr"`  // the expression of the mention that matched, else the first
	Start   int      `json:"start"` // its byte offset
	Type    string   `json:"type"`
	Status  string   `json:"status"`
	Actors  []string `json:"actors"`
	Summary string   `json:"summary"`
}

// EventReport is the result of [ScoreEvents]. Ratios are fractions in
// [0, 1]; a ratio whose denominator is zero is 0.
type EventReport struct {
	Docs int `json:"docs"` // gold documents with events
	// GoldRows counts gold rows; Gold counts gold events, rows linked by an
	// eid counting once.
	GoldRows int `json:"gold_rows"`
	Gold     int `json:"gold"`
	System   int `json:"system"`
	Matched  int `json:"matched"`
	// ByAnchor counts the matches made on an anchor offset; the rest were
	// made on equal dates.
	ByAnchor int     `json:"by_anchor"`
	P        float64 `json:"p"`
	R        float64 `json:"r"`
	F1       float64 `json:"f1"`

	DateRight int     `json:"date_right"`
	DateAcc   float64 `json:"date_acc"` // DateRight / Matched
	TypeRight int     `json:"type_right"`
	TypeAcc   float64 `json:"type_acc"` // TypeRight / Matched

	// Actor counts are over matched events only: gold and system actor
	// keys, and keys found on both sides.
	ActorGold   int     `json:"actor_gold"`
	ActorSystem int     `json:"actor_system"`
	ActorMatch  int     `json:"actor_match"`
	ActorP      float64 `json:"actor_p"`
	ActorR      float64 `json:"actor_r"`
	ActorF1     float64 `json:"actor_f1"`

	// Status counts are over matched events whose gold rows give a
	// status; StatusAcc is StatusRight / StatusGold.
	StatusGold  int     `json:"status_gold"`
	StatusRight int     `json:"status_right"`
	StatusAcc   float64 `json:"status_acc"`
	// Rouge is the mean ROUGE-L F1 of the system summary against the
	// gold one over the Summaries matched events whose gold row has one.
	Summaries int     `json:"summaries"`
	Rouge     float64 `json:"rouge_l"`

	MissingDocs []string     `json:"missing_docs"` // gold documents without system events
	Errors      []EventError `json:"errors"`       // by document, then position
}

// eventUnit is one gold event: the rows an eid joins, or a single row.
type eventUnit struct {
	rows []int // indices into the document's events, in text order
}

// ScoreEvents compares system timelines with gold ones. system[i] holds
// the events found in gold[i]; documents whose HasEvents is false are
// skipped, and a missing system entry counts as an empty timeline.
//
// Gold rows that share an eid are one event. Matching is one-to-one and
// runs in two passes:
//
//  1. Anchor: a system event matches a gold event when one of its mentions
//     starts at the expr_start of one of the gold event's rows. System
//     events are taken in order, and each takes the first free gold event
//     its mentions reach, in mention order.
//  2. Date: each gold event still free may then match a free system event
//     with the same date and end date as one of its rows. Among all such
//     pairs the ones with the smallest distance in bytes between the gold
//     anchor and the nearest system mention go first, then gold order, then
//     system order.
//
// A match has the right date when the system date and end date equal those
// of one of the gold event's rows, and the right type when the system type
// equals one row's type. Actors are compared as keys: "Iran (Masoud
// Pezeshkian)" gives "Iran" and "Masoud Pezeshkian", and the gold keys of
// an event are the union over its rows.
func ScoreEvents(gold []EventDoc, system [][]timeline.Event) EventReport {
	var rep EventReport
	for i, g := range gold {
		if !g.HasEvents {
			continue
		}
		rep.Docs++
		var sys []timeline.Event
		if i < len(system) {
			sys = system[i]
		} else {
			rep.MissingDocs = append(rep.MissingDocs, g.ID)
		}
		scoreEventDoc(g, sys, &rep)
	}
	rep.P = scoreRatio(rep.Matched, rep.System)
	rep.R = scoreRatio(rep.Matched, rep.Gold)
	rep.F1 = scoreF1(rep.P, rep.R)
	rep.DateAcc = scoreRatio(rep.DateRight, rep.Matched)
	rep.TypeAcc = scoreRatio(rep.TypeRight, rep.Matched)
	rep.ActorP = scoreRatio(rep.ActorMatch, rep.ActorSystem)
	rep.ActorR = scoreRatio(rep.ActorMatch, rep.ActorGold)
	rep.ActorF1 = scoreF1(rep.ActorP, rep.ActorR)
	rep.StatusAcc = scoreRatio(rep.StatusRight, rep.StatusGold)
	if rep.Summaries > 0 {
		rep.Rouge /= float64(rep.Summaries)
	}
	if rep.MissingDocs == nil {
		rep.MissingDocs = []string{}
	}
	if rep.Errors == nil {
		rep.Errors = []EventError{}
	}
	return rep
}

// eventUnits groups the rows of g into events: rows sharing an eid join
// the unit of the first of them.
func eventUnits(g EventDoc) []eventUnit {
	var units []eventUnit
	byEID := map[string]int{}
	for i, e := range g.Events {
		if e.EID != "" {
			if u, ok := byEID[e.EID]; ok {
				units[u].rows = append(units[u].rows, i)
				continue
			}
			byEID[e.EID] = len(units)
		}
		units = append(units, eventUnit{rows: []int{i}})
	}
	return units
}

func scoreEventDoc(g EventDoc, sys []timeline.Event, rep *EventReport) {
	units := eventUnits(g)
	rep.GoldRows += len(g.Events)
	rep.Gold += len(units)
	rep.System += len(sys)

	anchor := map[int]int{} // expr_start → unit
	for u, un := range units {
		for _, r := range un.rows {
			if _, dup := anchor[g.Events[r].ExprStart]; !dup {
				anchor[g.Events[r].ExprStart] = u
			}
		}
	}
	gm := make([]int, len(units)) // matched system event, or -1
	sm := make([]int, len(sys))   // matched unit, or -1
	gRow := make([]int, len(units))
	sMention := make([]int, len(sys))
	for i := range gm {
		gm[i], gRow[i] = -1, un0(units[i])
	}
	for i := range sm {
		sm[i] = -1
	}
	byAnchor := 0
	for s, e := range sys {
		for m, x := range e.Mentions {
			u, ok := anchor[x.Start]
			if !ok || gm[u] >= 0 {
				continue
			}
			gm[u], sm[s], sMention[s] = s, u, m
			for _, r := range units[u].rows {
				if g.Events[r].ExprStart == x.Start {
					gRow[u] = r
				}
			}
			byAnchor++
			break
		}
	}

	type pair struct{ u, s, row, mention, dist int }
	var pairs []pair
	for u, un := range units {
		if gm[u] >= 0 {
			continue
		}
		for s, e := range sys {
			if sm[s] >= 0 {
				continue
			}
			for _, r := range un.rows {
				ge := g.Events[r]
				if ge.Date != e.Date || ge.DateEnd != e.EndDate {
					continue
				}
				best := pair{u: u, s: s, row: r, mention: -1}
				for m, x := range e.Mentions {
					if d := abs(x.Start - ge.ExprStart); best.mention < 0 || d < best.dist {
						best.mention, best.dist = m, d
					}
				}
				if best.mention < 0 {
					best.mention, best.dist = 0, len(g.Text)+1
				}
				pairs = append(pairs, best)
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		p, q := pairs[i], pairs[j]
		if p.dist != q.dist {
			return p.dist < q.dist
		}
		if p.u != q.u {
			return p.u < q.u
		}
		return p.s < q.s
	})
	for _, p := range pairs {
		if gm[p.u] < 0 && sm[p.s] < 0 {
			gm[p.u], sm[p.s], gRow[p.u], sMention[p.s] = p.s, p.u, p.row, p.mention
		}
	}
	rep.ByAnchor += byAnchor

	sents := timeline.Sentences([]byte(g.Text))
	sentAt := func(off int) string {
		for _, s := range sents {
			if s.Start <= off && off < s.End {
				return strings.Join(strings.Fields(g.Text[s.Start:s.End]), " ")
			}
		}
		return ""
	}
	type posErr struct {
		pos, rank int
		e         EventError
	}
	var local []posErr
	add := func(kind string, rank, pos int, ge *GoldEvent, se *SystemEvent, sentence string) {
		local = append(local, posErr{pos, rank, EventError{Doc: g.ID, Kind: kind, Gold: ge, System: se, Sentence: sentence}})
	}
	for u, un := range units {
		ge := g.Events[gRow[u]]
		if gm[u] < 0 {
			add(EventMissed, 0, ge.ExprStart, &ge, nil, sentAt(ge.ExprStart))
			continue
		}
		rep.Matched++
		e := sys[gm[u]]
		se := systemEvent(e, sMention[gm[u]])
		dateOK, typeOK, statusOK, hasStatus := false, false, false, false
		var goldKeys []string
		for _, r := range un.rows {
			x := g.Events[r]
			dateOK = dateOK || x.Date == e.Date && x.DateEnd == e.EndDate
			typeOK = typeOK || x.Type == e.Type
			hasStatus = hasStatus || x.Status != ""
			statusOK = statusOK || x.Status != "" && x.Status == e.Status
			goldKeys = addKeys(goldKeys, x.Actors)
		}
		if hasStatus {
			rep.StatusGold++
			if statusOK {
				rep.StatusRight++
			}
		}
		if ge.Summary != "" {
			rep.Summaries++
			rep.Rouge += RougeL(ge.Summary, e.Summary)
		}
		sent := sentAt(ge.ExprStart)
		if dateOK {
			rep.DateRight++
		} else {
			add(EventDate, 1, ge.ExprStart, &ge, &se, sent)
		}
		if typeOK {
			rep.TypeRight++
		} else {
			add(EventType, 2, ge.ExprStart, &ge, &se, sent)
		}
		if hasStatus && !statusOK {
			add(EventStatus, 4, ge.ExprStart, &ge, &se, sent)
		}
		sysKeys := addKeys(nil, e.Actors)
		n := 0
		for _, k := range sysKeys {
			for _, w := range goldKeys {
				if k == w {
					n++
					break
				}
			}
		}
		rep.ActorGold += len(goldKeys)
		rep.ActorSystem += len(sysKeys)
		rep.ActorMatch += n
		if n != len(goldKeys) || n != len(sysKeys) {
			add(EventActors, 3, ge.ExprStart, &ge, &se, sent)
		}
	}
	for s, e := range sys {
		if sm[s] >= 0 {
			continue
		}
		se := systemEvent(e, 0)
		sent := sentAt(se.Start)
		if sent == "" && len(e.Mentions) > 0 {
			sent = e.Mentions[0].Sentence
		}
		add(EventSpurious, 0, se.Start, nil, &se, sent)
	}
	sort.SliceStable(local, func(i, j int) bool {
		if local[i].pos != local[j].pos {
			return local[i].pos < local[j].pos
		}
		return local[i].rank < local[j].rank
	})
	for _, e := range local {
		rep.Errors = append(rep.Errors, e.e)
	}
}

// un0 is the first row of a unit.
func un0(u eventUnit) int { return u.rows[0] }

// systemEvent reduces e to what the scorer compares, with mention m as
// its expression.
func systemEvent(e timeline.Event, m int) SystemEvent {
	se := SystemEvent{Date: e.Date, DateEnd: e.EndDate, Type: e.Type, Status: e.Status, Actors: append([]string{}, e.Actors...), Summary: e.Summary, Start: -1}
	if m >= 0 && m < len(e.Mentions) {
		se.Expr, se.Start = e.Mentions[m].Expr, e.Mentions[m].Start
	}
	return se
}

// addKeys adds the keys of actors to keys, without duplicates.
func addKeys(keys []string, actors []string) []string {
	for _, a := range actors {
		for _, k := range event.ActorKeys(a) {
			dup := false
			for _, o := range keys {
				dup = dup || o == k
			}
			if !dup {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// WriteEventReport writes r as text: the counts and measures of event
// detection, then date and type accuracy and actor precision and recall
// over the matches. With errors set it then lists every error of r.Errors
// with the sentence:
//
//	missed   dev01 144 "30 May to 2 June" 2018-05-30/2018-06-02 visit [Vietnam Chile]: sentence
//	spurious dev01 181 "Wednesday" 2018-05-09 statement [Vietnam]: sentence
//	date     dev01 144 "30 May to 2 June" gold 2018-05-30/2018-06-02, system 2018-05-30: sentence
//	type     dev01 379 "31 May" gold talks, system meeting: sentence
//	actors   dev01 379 "31 May" gold [Vietnam Chile], system [Chile (Isabel Fuentes)]: sentence
func WriteEventReport(w io.Writer, r EventReport, listErrors bool) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "events: %d gold %s, %d gold %s", r.Docs, scorePlural(r.Docs, "document"), r.Gold, scorePlural(r.Gold, "event"))
	if r.GoldRows != r.Gold {
		fmt.Fprintf(bw, " (%d rows, linked mentions joined)", r.GoldRows)
	}
	fmt.Fprintf(bw, ", %d system\n", r.System)
	if n := len(r.MissingDocs); n > 0 {
		fmt.Fprintf(bw, "%d without system output (%s)\n", n, scoreIDList(r.MissingDocs))
	}
	bw.WriteString("\n")
	fmt.Fprintf(bw, "%-8s %5s %6s %7s  %6s %6s %6s\n", "", "gold", "system", "matched", "P", "R", "F1")
	fmt.Fprintf(bw, "%-8s %5d %6d %7d  %6.2f %6.2f %6.2f\n", "events", r.Gold, r.System, r.Matched, 100*r.P, 100*r.R, 100*r.F1)
	fmt.Fprintf(bw, "%-8s %5d %6d %7d  %6.2f %6.2f %6.2f\n", "actors", r.ActorGold, r.ActorSystem, r.ActorMatch, 100*r.ActorP, 100*r.ActorR, 100*r.ActorF1)
	fmt.Fprintf(bw, "\nmatches: %d (%d on the anchor, %d on the date); date right in %d (%.2f%%), type right in %d (%.2f%%)\n",
		r.Matched, r.ByAnchor, r.Matched-r.ByAnchor, r.DateRight, 100*r.DateAcc, r.TypeRight, 100*r.TypeAcc)
	if r.StatusGold > 0 {
		fmt.Fprintf(bw, "status right in %d of %d (%.2f%%)\n", r.StatusRight, r.StatusGold, 100*r.StatusAcc)
	}
	if r.Summaries > 0 {
		fmt.Fprintf(bw, "summary ROUGE-L %.2f%% (mean F1 over %d gold summaries)\n", 100*r.Rouge, r.Summaries)
	}
	if listErrors {
		fmt.Fprintf(bw, "\nevent errors: %d\n", len(r.Errors))
		for _, e := range r.Errors {
			bw.WriteString(eventErrorLine(e))
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

func eventDate(date, end string) string {
	if end != "" {
		return date + "/" + end
	}
	return date
}

func eventErrorLine(e EventError) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %s", e.Kind, e.Doc)
	g, s := e.Gold, e.System
	switch {
	case g != nil:
		fmt.Fprintf(&b, " %d %q", g.ExprStart, g.Expr)
	case s != nil:
		fmt.Fprintf(&b, " %d %q", s.Start, s.Expr)
	}
	switch {
	case e.Kind == EventDate && g != nil && s != nil:
		fmt.Fprintf(&b, " gold %s, system %s", eventDate(g.Date, g.DateEnd), eventDate(s.Date, s.DateEnd))
	case e.Kind == EventType && g != nil && s != nil:
		fmt.Fprintf(&b, " gold %s, system %s", g.Type, s.Type)
	case e.Kind == EventStatus && g != nil && s != nil:
		fmt.Fprintf(&b, " gold %s, system %s", g.Status, s.Status)
	case e.Kind == EventActors && g != nil && s != nil:
		fmt.Fprintf(&b, " gold %q, system %q", g.Actors, s.Actors)
	case g != nil:
		fmt.Fprintf(&b, " %s %s %q", eventDate(g.Date, g.DateEnd), g.Type, g.Actors)
	case s != nil:
		fmt.Fprintf(&b, " %s %s %q", eventDate(s.Date, s.DateEnd), s.Type, s.Actors)
	}
	if e.Sentence != "" {
		b.WriteString(": " + e.Sentence)
	}
	return b.String()
}

// WriteJSON writes the timex report r as one indented JSON object, as
// [WriteReportJSON] does, with the event report ev under "events".
func WriteJSON(w io.Writer, r Report, ev EventReport) error {
	for _, s := range []*[]string{&r.Types, &r.MissingDocs, &r.ExtraDocs, &ev.MissingDocs} {
		if *s == nil {
			*s = []string{}
		}
	}
	if r.PerType == nil {
		r.PerType = []GroupScores{}
	}
	if r.PerCorpus == nil {
		r.PerCorpus = []GroupScores{}
	}
	if r.Errors == nil {
		r.Errors = []TimexError{}
	}
	if ev.Errors == nil {
		ev.Errors = []EventError{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Report
		Events EventReport `json:"events"`
	}{r, ev})
}

// abs returns the absolute value of x.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
