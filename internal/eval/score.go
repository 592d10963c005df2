package eval

// This file holds a TempEval-3 style scorer for temporal expressions: it
// reads gold and system documents in the JSON Lines format of
// /work/shared/data/timeml (see its README), matches their TIMEX3 spans and
// reports precision, recall, F1, value and type accuracy, plus a list of
// every error with its context.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/internal/input"
)

// Timex is one temporal expression of a gold or system document. Start
// and End are byte offsets into the UTF-8 text of the document, End
// exclusive.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET; may be empty in system output
	Value string `json:"value"` // the TIMEX3 value, such as "1998-01-08"
	Mod   string `json:"mod,omitempty"`
}

// Doc is one document of a gold or system file: one line of JSON
// Lines. System output needs only ID and Timex.
type Doc struct {
	ID     string  `json:"id"`
	Corpus string  `json:"corpus,omitempty"` // gold only; [Report.PerCorpus] groups by it
	DCT    string  `json:"dct"`              // creation time, YYYY-MM-DD
	Text   string  `json:"text"`
	Timex  []Timex `json:"timex"`
}

// LineError reports a bad line of a file read by [ReadDocs]. Its
// message has the shape "gold.jsonl:3: msg".
type LineError struct {
	File string // the name given to ReadDocs
	Line int    // 1-based
	Err  error
}

// Error returns "file:line: msg".
func (e *LineError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error, such as a *json.SyntaxError.
func (e *LineError) Unwrap() error { return e.Err }

// scoreDocJSON is the wire form of a [Doc]; "date" is accepted as an
// alias of "dct" because some converters write that.
type scoreDocJSON struct {
	ID     string  `json:"id"`
	Corpus string  `json:"corpus"`
	DCT    string  `json:"dct"`
	Date   string  `json:"date"`
	Text   string  `json:"text"`
	Timex  []Timex `json:"timex"`
}

// ReadDocs reads JSON Lines, one [Doc] per line, from r. name is
// used in error messages only. Blank lines are skipped, "date" is accepted
// as an alias of "dct" and unknown fields are ignored.
//
// It stops at the first bad line and returns a *[LineError]: a line
// that is not a JSON object, a document without an id, an id seen before, a
// timex whose span is empty or negative, or, when the document has text, a
// span past its end or whose bytes differ from the timex's text. The last
// check catches systems that count runes or UTF-16 units instead of bytes.
func ReadDocs(r io.Reader, name string) ([]Doc, error) {
	var docs []Doc
	seen := make(map[string]int) // id → line
	err := input.EachLine(r, name, func(line int, b []byte) error {
		d, err := scoreDecodeLine(b)
		if err == nil {
			if first, dup := seen[d.ID]; dup {
				err = fmt.Errorf("duplicate id %q (first on line %d)", d.ID, first)
			}
		}
		if err != nil {
			return &LineError{File: name, Line: line, Err: err}
		}
		seen[d.ID] = line
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// scoreDecodeLine decodes and checks one non-blank line.
func scoreDecodeLine(b []byte) (Doc, error) {
	if b[0] != '{' {
		return Doc{}, errors.New("not a JSON object")
	}
	var j scoreDocJSON
	if err := json.Unmarshal(b, &j); err != nil {
		// The default message names the unexported wire struct.
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			msg := fmt.Sprintf("field %q: cannot use JSON %s as %s", te.Field, te.Value, te.Type)
			return Doc{}, &scoreWrapError{msg, err}
		}
		return Doc{}, err
	}
	if j.ID == "" {
		return Doc{}, errors.New(`missing "id"`)
	}
	d := Doc{ID: j.ID, Corpus: j.Corpus, DCT: j.DCT, Text: j.Text, Timex: j.Timex}
	if d.DCT == "" {
		d.DCT = j.Date
	}
	for i, t := range d.Timex {
		switch {
		case t.Start < 0 || t.End <= t.Start:
			return d, fmt.Errorf("id %q: timex %d: bad span %d-%d", d.ID, i+1, t.Start, t.End)
		case d.Text == "":
		case t.End > len(d.Text):
			return d, fmt.Errorf("id %q: timex %d: span %d-%d is past the end of the text (%d bytes)",
				d.ID, i+1, t.Start, t.End, len(d.Text))
		case t.Text != "" && d.Text[t.Start:t.End] != t.Text:
			return d, fmt.Errorf("id %q: timex %d: text at %d-%d is %q, not %q (offsets must count bytes)",
				d.ID, i+1, t.Start, t.End, d.Text[t.Start:t.End], t.Text)
		}
	}
	return d, nil
}

// scoreWrapError replaces the message of err but still unwraps to it.
type scoreWrapError struct {
	msg string
	err error
}

func (e *scoreWrapError) Error() string { return e.msg }
func (e *scoreWrapError) Unwrap() error { return e.err }

// Options controls [Score].
type Options struct {
	// Types lists the TIMEX3 types scored, compared without regard to case.
	// Empty means DATE and TIME, the TempEval-3 convention for normalized
	// dates. The per-type rows of the report follow this order.
	Types []string
}

// scoreDefaultTypes are the types scored when [Options.Types] is empty.
var scoreDefaultTypes = []string{"DATE", "TIME"}

// Counts are the raw tallies behind [Scores]. Matches are counted on both
// sides because a per-type row puts gold timexes under their gold type and
// system timexes under their system type; over all types the two sides are
// equal, since matching is one-to-one.
type Counts struct {
	Gold          int `json:"gold"`           // gold timexes scored
	System        int `json:"system"`         // system timexes scored
	StrictGold    int `json:"strict_gold"`    // gold timexes with a strict match
	StrictSystem  int `json:"strict_system"`  // system timexes with a strict match
	RelaxedGold   int `json:"relaxed_gold"`   // gold timexes with a relaxed match
	RelaxedSystem int `json:"relaxed_system"` // system timexes with a relaxed match
	ValueMatch    int `json:"value_match"`    // relaxed matches with the gold value, by gold type
	TypeMatch     int `json:"type_match"`     // relaxed matches with the gold type, by gold type
}

// Add adds the tallies of o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.StrictGold += o.StrictGold
	c.StrictSystem += o.StrictSystem
	c.RelaxedGold += o.RelaxedGold
	c.RelaxedSystem += o.RelaxedSystem
	c.ValueMatch += o.ValueMatch
	c.TypeMatch += o.TypeMatch
}

// Scores turns the tallies into ratios. Precision divides system-side
// matches by System, recall divides gold-side matches by Gold, and value and
// type accuracy divide by the gold-side relaxed matches. A ratio whose
// denominator is zero is 0.
func (c Counts) Scores() Scores {
	s := Scores{
		StrictP:      scoreRatio(c.StrictSystem, c.System),
		StrictR:      scoreRatio(c.StrictGold, c.Gold),
		RelaxedP:     scoreRatio(c.RelaxedSystem, c.System),
		RelaxedR:     scoreRatio(c.RelaxedGold, c.Gold),
		ValueAcc:     scoreRatio(c.ValueMatch, c.RelaxedGold),
		TypeAcc:      scoreRatio(c.TypeMatch, c.RelaxedGold),
		Gold:         c.Gold,
		System:       c.System,
		StrictMatch:  c.StrictGold,
		RelaxedMatch: c.RelaxedGold,
		ValueMatch:   c.ValueMatch,
		TypeMatch:    c.TypeMatch,
	}
	s.StrictF1 = scoreF1(s.StrictP, s.StrictR)
	s.RelaxedF1 = scoreF1(s.RelaxedP, s.RelaxedR)
	s.ValueF1 = s.RelaxedF1 * s.ValueAcc
	return s
}

func scoreRatio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func scoreF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scores are the TempEval-3 measures for one group of timexes. Ratios are
// fractions in [0, 1]. The match counts are gold-side counts (see
// [Counts]); in a per-type row they are the numerators of recall.
type Scores struct {
	StrictP   float64 `json:"strict_p"`
	StrictR   float64 `json:"strict_r"`
	StrictF1  float64 `json:"strict_f1"`
	RelaxedP  float64 `json:"relaxed_p"`
	RelaxedR  float64 `json:"relaxed_r"`
	RelaxedF1 float64 `json:"relaxed_f1"`
	ValueAcc  float64 `json:"value_acc"` // relaxed matches with the right value / relaxed matches
	ValueF1   float64 `json:"value_f1"`  // RelaxedF1 × ValueAcc
	TypeAcc   float64 `json:"type_acc"`  // relaxed matches with the right type / relaxed matches

	Gold         int `json:"gold"`
	System       int `json:"system"`
	StrictMatch  int `json:"strict_match"`
	RelaxedMatch int `json:"relaxed_match"`
	ValueMatch   int `json:"value_match"`
	TypeMatch    int `json:"type_match"`
}

// GroupScores are the [Scores] of one row of a breakdown: one type or one
// corpus. In JSON the scores sit beside "name".
type GroupScores struct {
	Name string `json:"name"`
	Scores
}

// Kinds of [TimexError].
const (
	TimexMissed   = "missed"   // a gold timex with no relaxed match
	TimexSpurious = "spurious" // a system timex with no relaxed match
	TimexSpan     = "span"     // a relaxed match whose spans differ
	TimexValue    = "value"    // a relaxed match whose values differ
)

// TimexError is one disagreement between gold and system. A relaxed match
// whose span and value both differ gives two errors, one of each kind, so
// the number of "span" errors is RelaxedMatch - StrictMatch and the number
// of "value" errors is RelaxedMatch - ValueMatch.
type TimexError struct {
	Doc    string `json:"doc"`
	Kind   string `json:"kind"`             // TimexMissed, TimexSpurious, TimexSpan or TimexValue
	Gold   *Timex `json:"gold,omitempty"`   // nil for "spurious"
	System *Timex `json:"system,omitempty"` // nil for "missed"
	// Context is about 40 bytes of text either side of the gold span (the
	// system span for "spurious"), with that span marked [[ like this ]]
	// and line breaks and tabs turned into spaces. It is empty when neither
	// gold nor system document has text.
	Context string `json:"context"`
}

// Report is the result of [Score].
type Report struct {
	Types   []string `json:"types"` // the types scored, upper case
	Docs    int      `json:"docs"`  // gold documents scored
	Overall Scores   `json:"overall"`
	// PerType has one row per scored type, in the order of Types. Recall
	// counts gold timexes of that gold type and precision counts system
	// timexes of that system type, so a gold TIME found as a DATE is a
	// relaxed hit for TIME recall and DATE precision, and a type error.
	PerType []GroupScores `json:"per_type"`
	// PerCorpus has one row per corpus named by the gold documents, in
	// order of first appearance; it is empty when no gold document names
	// one.
	PerCorpus   []GroupScores `json:"per_corpus"`
	MissingDocs []string      `json:"missing_docs"` // gold ids absent from system output; their gold counts as missed
	ExtraDocs   []string      `json:"extra_docs"`   // system ids absent from gold; ignored
	Errors      []TimexError  `json:"errors"`       // by document, then position
}

// scoreKey upper-cases a type for comparison.
func scoreKey(t string) string { return strings.ToUpper(strings.TrimSpace(t)) }

// scoreMerge groups docs by id in order of first appearance. Documents that
// share an id have their timexes concatenated; ReadDocs rejects such
// input, but Score must not lose data if a caller builds it.
func scoreMerge(docs []Doc) ([]Doc, map[string]int) {
	var out []Doc
	idx := make(map[string]int)
	for _, d := range docs {
		if i, ok := idx[d.ID]; ok {
			m := &out[i]
			m.Timex = append(slices.Clip(m.Timex), d.Timex...)
			if m.Text == "" {
				m.Text = d.Text
			}
			if m.Corpus == "" {
				m.Corpus = d.Corpus
			}
			continue
		}
		idx[d.ID] = len(out)
		out = append(out, d)
	}
	return out, idx
}

// Score compares system output with gold annotation the TempEval-3 way.
//
// Documents are paired by id. A gold document absent from system is scored
// as if the system found nothing in it; a system document absent from gold
// is ignored. Both are listed in the report.
//
// Only gold timexes whose type is in opts.Types are counted, and only system
// timexes whose own type is; so a system DATE over a gold DURATION is
// spurious and a gold DATE tagged DURATION is missed. A system timex with no
// type takes the type of the gold timex (of any type) that it overlaps most;
// if it overlaps none it is counted, and appears in the overall row only. It
// never counts as a right type.
//
// A strict match has the same start and end; a relaxed match overlaps.
// Matching is one-to-one: candidate pairs are taken greedily by largest
// overlap, then smallest union (so an exact match always wins), then gold
// order, then system order. Strict matches are the relaxed matches whose
// spans are equal. Values are compared as exact strings; mod is not scored.
func Score(gold, system []Doc, opts Options) Report {
	types := opts.Types
	if len(types) == 0 {
		types = scoreDefaultTypes
	}
	var rep Report
	want := make(map[string]bool)
	for _, t := range types {
		k := scoreKey(t)
		if !want[k] {
			want[k] = true
			rep.Types = append(rep.Types, k)
		}
	}

	golds, _ := scoreMerge(gold)
	syss, sysIdx := scoreMerge(system)
	used := make([]bool, len(syss))

	var all Counts
	byType := make(map[string]*Counts)
	for _, t := range rep.Types {
		byType[t] = &Counts{}
	}
	byCorpus := make(map[string]*Counts)
	var corpora []string
	anyCorpus := false

	rep.Docs = len(golds)
	for _, g := range golds {
		var s Doc
		if i, ok := sysIdx[g.ID]; ok {
			s = syss[i]
			used[i] = true
		} else {
			rep.MissingDocs = append(rep.MissingDocs, g.ID)
		}
		var dc Counts
		rep.Errors = scoreDoc(g, s, want, &dc, byType, rep.Errors)
		all.Add(dc)
		if g.Corpus != "" {
			anyCorpus = true
		}
		c, ok := byCorpus[g.Corpus]
		if !ok {
			c = &Counts{}
			byCorpus[g.Corpus] = c
			corpora = append(corpora, g.Corpus)
		}
		c.Add(dc)
	}
	for i, s := range syss {
		if !used[i] {
			rep.ExtraDocs = append(rep.ExtraDocs, s.ID)
		}
	}

	rep.Overall = all.Scores()
	rep.PerType = []GroupScores{}
	for _, t := range rep.Types {
		rep.PerType = append(rep.PerType, GroupScores{Name: t, Scores: byType[t].Scores()})
	}
	rep.PerCorpus = []GroupScores{}
	if anyCorpus {
		for _, c := range corpora {
			rep.PerCorpus = append(rep.PerCorpus, GroupScores{Name: c, Scores: byCorpus[c].Scores()})
		}
	}
	if rep.MissingDocs == nil {
		rep.MissingDocs = []string{}
	}
	if rep.ExtraDocs == nil {
		rep.ExtraDocs = []string{}
	}
	if rep.Errors == nil {
		rep.Errors = []TimexError{}
	}
	return rep
}

// scoreOverlap returns the overlap and union lengths of two spans.
func scoreOverlap(a, b Timex) (overlap, union int) {
	overlap = min(a.End, b.End) - max(a.Start, b.Start)
	union = max(a.End, b.End) - min(a.Start, b.Start)
	return max(overlap, 0), union
}

// scoreDoc matches one document, adds its tallies to dc and byType, and
// appends its errors to errs.
func scoreDoc(g, s Doc, want map[string]bool, dc *Counts, byType map[string]*Counts, errs []TimexError) []TimexError {
	text := g.Text
	if text == "" {
		text = s.Text
	}

	var gi []int // indices into g.Timex of scored gold timexes
	for i, t := range g.Timex {
		if want[scoreKey(t.Type)] {
			gi = append(gi, i)
		}
	}
	var si []int       // indices into s.Timex of scored system timexes
	var stype []string // their type, inferred when empty
	for i, t := range s.Timex {
		k := scoreKey(t.Type)
		if k == "" {
			best := 0
			for _, gt := range g.Timex {
				if ov, _ := scoreOverlap(t, gt); ov > best {
					best, k = ov, scoreKey(gt.Type)
				}
			}
			if k == "" {
				si = append(si, i)
				stype = append(stype, "")
				continue
			}
		}
		if want[k] {
			si = append(si, i)
			stype = append(stype, k)
		}
	}

	type pair struct{ g, s, overlap, union int } // g, s index gi and si
	var pairs []pair
	for a, i := range gi {
		for b, j := range si {
			gt, st := g.Timex[i], s.Timex[j]
			ov, un := scoreOverlap(gt, st)
			if ov > 0 || gt.Start == st.Start && gt.End == st.End {
				pairs = append(pairs, pair{a, b, ov, un})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool {
		p, q := pairs[x], pairs[y]
		if p.overlap != q.overlap {
			return p.overlap > q.overlap
		}
		if p.union != q.union {
			return p.union < q.union
		}
		if p.g != q.g {
			return p.g < q.g
		}
		return p.s < q.s
	})
	gm := make([]int, len(gi)) // matched system (index into si), or -1
	sm := make([]int, len(si))
	for i := range gm {
		gm[i] = -1
	}
	for i := range sm {
		sm[i] = -1
	}
	for _, p := range pairs {
		if gm[p.g] < 0 && sm[p.s] < 0 {
			gm[p.g], sm[p.s] = p.s, p.g
		}
	}

	tally := func(k string) *Counts {
		if c, ok := byType[k]; ok {
			return c
		}
		return &Counts{} // untyped system timexes: overall row only
	}

	type posErr struct {
		start, end, rank int
		e                TimexError
	}
	var local []posErr
	add := func(kind string, rank int, gt, st *Timex) {
		for _, t := range []*Timex{gt, st} {
			if t != nil && t.Text == "" && t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
				t.Text = text[t.Start:t.End] // system output often omits it
			}
		}
		at := gt
		if at == nil {
			at = st
		}
		local = append(local, posErr{at.Start, at.End, rank, TimexError{
			Doc: g.ID, Kind: kind, Gold: gt, System: st, Context: scoreContext(text, at.Start, at.End),
		}})
	}

	for a, i := range gi {
		gt := g.Timex[i]
		gk := scoreKey(gt.Type)
		gc := tally(gk)
		dc.Gold++
		gc.Gold++
		b := gm[a]
		if b < 0 {
			add(TimexMissed, 0, &gt, nil)
			continue
		}
		st := s.Timex[si[b]]
		dc.RelaxedGold++
		gc.RelaxedGold++
		if gt.Start == st.Start && gt.End == st.End {
			dc.StrictGold++
			gc.StrictGold++
		} else {
			add(TimexSpan, 2, &gt, &st)
		}
		if gt.Value == st.Value {
			dc.ValueMatch++
			gc.ValueMatch++
		} else {
			add(TimexValue, 3, &gt, &st)
		}
		if sk := scoreKey(st.Type); sk != "" && sk == gk {
			dc.TypeMatch++
			gc.TypeMatch++
		}
	}
	for b, j := range si {
		st := s.Timex[j]
		sc := tally(stype[b])
		dc.System++
		sc.System++
		a := sm[b]
		if a < 0 {
			add(TimexSpurious, 1, nil, &st)
			continue
		}
		gt := g.Timex[gi[a]]
		dc.RelaxedSystem++
		sc.RelaxedSystem++
		if gt.Start == st.Start && gt.End == st.End {
			dc.StrictSystem++
			sc.StrictSystem++
		}
	}

	sort.SliceStable(local, func(x, y int) bool {
		p, q := local[x], local[y]
		if p.start != q.start {
			return p.start < q.start
		}
		if p.end != q.end {
			return p.end < q.end
		}
		return p.rank < q.rank
	})
	for _, e := range local {
		errs = append(errs, e.e)
	}
	return errs
}

// scoreContextBytes is how much text TimexError.Context shows either side.
const scoreContextBytes = 40

// scoreContext returns the text around text[start:end] with the span marked
// [[ ]]. Cuts are moved onto rune boundaries, and line breaks and tabs become
// spaces so that the result prints on one line. A span outside text gives "".
func scoreContext(text string, start, end int) string {
	if text == "" || start < 0 || end < start || end > len(text) {
		return ""
	}
	lo := max(start-scoreContextBytes, 0)
	for lo > 0 && lo < start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	hi := min(end+scoreContextBytes, len(text))
	for hi < len(text) && hi > end && !utf8.RuneStart(text[hi]) {
		hi--
	}
	flat := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")
	return flat.Replace(text[lo:start]) + "[[" + flat.Replace(text[start:end]) + "]]" + flat.Replace(text[end:hi])
}

// WriteReport writes r as text: a line on documents, a table with one row
// for all types, one per type and (when there are two or more) one per
// corpus, with percentages, then a line of match counts. With errors set it
// then lists every error of r.Errors on its own line:
//
//	missed   doc 120-131 DATE "1997-SU": ...text [[last summer]] text...
//	spurious doc 200-205 DATE "1998": ...
//	span     doc 120-131 gold "last summer", system 125-131 "summer": ...
//	value    doc 120-131 gold "1997-SU", system "1997": ...
func WriteReport(w io.Writer, r Report, listErrors bool) error {
	bw := bufio.NewWriter(w)

	fmt.Fprintf(bw, "types: %s; %d gold %s", strings.Join(r.Types, ", "), r.Docs, scorePlural(r.Docs, "document"))
	if n := len(r.MissingDocs); n > 0 {
		fmt.Fprintf(bw, ", %d without system output (%s)", n, scoreIDList(r.MissingDocs))
	}
	if n := len(r.ExtraDocs); n > 0 {
		fmt.Fprintf(bw, "; %d system %s not in gold ignored (%s)", n, scorePlural(n, "document"), scoreIDList(r.ExtraDocs))
	}
	bw.WriteString("\n\n")

	rows := []GroupScores{{Name: "all", Scores: r.Overall}}
	rows = append(rows, r.PerType...)
	if len(r.PerCorpus) > 1 {
		rows = append(rows, r.PerCorpus...)
	}
	nw := 5
	for _, g := range rows {
		nw = max(nw, len(g.Name))
	}
	// Each ratio column is " %6.2f"; groups are separated by two spaces.
	head := func(label string, cols int) string {
		width := 7 * cols
		pad := width - len(label)
		if cols == 1 {
			return strings.Repeat(" ", max(pad, 0)) + label
		}
		fill := max(pad-2, 0)
		return " " + strings.Repeat("-", fill/2) + " " + label + " " + strings.Repeat("-", fill-fill/2-1)
	}
	fmt.Fprintf(bw, "%-*s %5s %6s  %s  %s  %s  %s\n", nw, "", "", "",
		head("strict", 3), head("relaxed", 3), head("value", 2), head("type", 1))
	fmt.Fprintf(bw, "%-*s %5s %6s  %6s %6s %6s  %6s %6s %6s  %6s %6s  %6s\n", nw, "", "gold", "system",
		"P", "R", "F1", "P", "R", "F1", "acc", "F1", "acc")
	for _, g := range rows {
		s := g.Scores
		fmt.Fprintf(bw, "%-*s %5d %6d  %6.2f %6.2f %6.2f  %6.2f %6.2f %6.2f  %6.2f %6.2f  %6.2f\n",
			nw, g.Name, s.Gold, s.System,
			100*s.StrictP, 100*s.StrictR, 100*s.StrictF1,
			100*s.RelaxedP, 100*s.RelaxedR, 100*s.RelaxedF1,
			100*s.ValueAcc, 100*s.ValueF1, 100*s.TypeAcc)
	}
	o := r.Overall
	fmt.Fprintf(bw, "\nall: %d strict and %d relaxed matches; value right in %d, type right in %d\n",
		o.StrictMatch, o.RelaxedMatch, o.ValueMatch, o.TypeMatch)

	if listErrors {
		fmt.Fprintf(bw, "\nerrors: %d\n", len(r.Errors))
		for _, e := range r.Errors {
			bw.WriteString(scoreErrorLine(e))
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// scorePlural adds an s to word unless n is 1.
func scorePlural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// scoreIDList shows at most a few ids.
func scoreIDList(ids []string) string {
	const most = 5
	if len(ids) <= most {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:most], ", ") + fmt.Sprintf(", and %d more", len(ids)-most)
}

// scoreValue quotes a value, with its mod when there is one.
func scoreValue(t *Timex) string {
	v := strconv.Quote(t.Value)
	if t.Mod != "" {
		v += " mod " + strconv.Quote(t.Mod)
	}
	return v
}

// scoreErrorLine formats one error for WriteReport.
func scoreErrorLine(e TimexError) string {
	var b strings.Builder
	at := e.Gold
	if at == nil {
		at = e.System
	}
	fmt.Fprintf(&b, "%-8s %s", e.Kind, e.Doc)
	if at != nil {
		fmt.Fprintf(&b, " %d-%d", at.Start, at.End)
	}
	switch {
	case e.Kind == TimexSpan && e.Gold != nil && e.System != nil:
		fmt.Fprintf(&b, " gold %q, system %d-%d %q", e.Gold.Text, e.System.Start, e.System.End, e.System.Text)
	case e.Kind == TimexValue && e.Gold != nil && e.System != nil:
		fmt.Fprintf(&b, " gold %s, system %s", scoreValue(e.Gold), scoreValue(e.System))
	case at != nil:
		if at.Type != "" {
			b.WriteString(" " + at.Type)
		}
		b.WriteString(" " + scoreValue(at))
	}
	if e.Context != "" {
		b.WriteString(": " + e.Context)
	}
	return b.String()
}

// WriteReportJSON writes r as one indented JSON object, errors included.
func WriteReportJSON(w io.Writer, r Report) error {
	if r.Types == nil {
		r.Types = []string{}
	}
	if r.PerType == nil {
		r.PerType = []GroupScores{}
	}
	if r.PerCorpus == nil {
		r.PerCorpus = []GroupScores{}
	}
	if r.MissingDocs == nil {
		r.MissingDocs = []string{}
	}
	if r.ExtraDocs == nil {
		r.ExtraDocs = []string{}
	}
	if r.Errors == nil {
		r.Errors = []TimexError{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
