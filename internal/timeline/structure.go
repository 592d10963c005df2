package timeline

import (
	"runtime"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/internal/event"
	"github.com/timeline-dev/timeline/internal/syntax"
)

// parsers holds warm syntax parsers: a Parser serves one goroutine at a
// time, and the model loads once, when the first event needs it. A
// warm Parser remembers the words it has met and the sums of their
// weights, megabytes that take the first thousands of words to fill: a
// sync.Pool would drop it at every garbage collection (nine in the
// analysis of 1 MB of news, which made six parsers), so the pool keeps
// up to one idle Parser for each processor.
var parsers = parserPool{idle: make(chan *syntax.Parser, runtime.GOMAXPROCS(0))}

// parserPool is a free list of Parsers that the garbage collector
// leaves alone.
type parserPool struct{ idle chan *syntax.Parser }

// Get returns an idle Parser, or a new one; nil when the model cannot
// be loaded.
func (pp *parserPool) Get() *syntax.Parser {
	select {
	case p := <-pp.idle:
		return p
	default:
	}
	m, err := syntax.Load()
	if err != nil {
		return nil
	}
	return m.NewParser()
}

// Put keeps p for the next Get, unless as many Parsers are idle as
// there are processors.
func (pp *parserPool) Put(p *syntax.Parser) {
	select {
	case pp.idle <- p:
	default:
	}
}

// grammar is the grammatical side of a document's event analysis: it
// parses each sentence that holds an event once, when first asked, and
// from the tree adds the participants of the event's trigger to its
// actors and rewrites its summary as a headline. It borrows a parser
// from the pool; release returns it.
type grammar struct {
	off   bool // [Config.NoSyntax]: no parser, no parse
	p     *syntax.Parser
	text  string
	sents []syntax.Sentence
}

// getParser takes a parser from the pool; nil when the model cannot be
// loaded. Tests replace it to see who asks.
var getParser = func() *syntax.Parser {
	return parsers.Get()
}

func (g *grammar) parser() *syntax.Parser {
	if g.p == nil && !g.off {
		g.p = getParser()
	}
	return g.p
}

func (g *grammar) release() {
	if g.p != nil {
		parsers.Put(g.p)
		g.p = nil
	}
}

// headline rewrites a summary of the sentence of text at byte offset off
// in headline form (see [event.Headline]), over the words of the
// sentence's parse that the summary keeps. It returns summary unchanged
// when the summary is not made of the sentence's words or the model
// cannot be loaded.
func (g *grammar) headline(summary, text string, off int) string {
	s := g.parsed(text, off)
	if s == nil || summary == "" {
		return summary
	}
	// a gist that starts inside its clause gets the clause's subject,
	// once its verb is in the headline form
	subject := event.SubjectOf(s, text, summary)
	p, ok := event.Project(s, text, summary)
	if !ok {
		return subject.Join(summary)
	}
	return subject.Join(event.Headline(summary, p))
}

// parsed returns the parse of the sentence of text that holds byte
// offset off, parsing text once for all its dates.
func (g *grammar) parsed(text string, off int) *syntax.Sentence {
	p := g.parser()
	if p == nil {
		return nil
	}
	if text != g.text {
		// A wire dateline ("MONROVIA, 23 October 2017 (Reuters) -")
		// is no part of the sentence's grammar, and the parser reads
		// the rest better without it.
		k := bodyStart(text)
		g.text, g.sents = text, p.Parse(text[k:])
		if k > 0 {
			for i := range g.sents {
				s := &g.sents[i]
				s.Start += k
				s.End += k
				for j := range s.Words {
					s.Words[j].Start += k
					s.Words[j].End += k
				}
			}
		}
	}
	for i := range g.sents {
		if s := &g.sents[i]; s.Start <= off && off < s.End {
			return s
		}
	}
	return nil
}

// actors adds to a's actors the participants the sentence's tree gives
// its trigger (see [grammar.treeActors]); date is the analysed date
// expression and others the sentence's other ones.
func (g *grammar) actors(a *event.Analysis, text string, date Span, others []Span, pp *event.Names, at int) {
	dates := make([]event.Span, 0, len(others)+1)
	dates = append(dates, event.Span{Start: date.Start, End: date.End})
	for _, o := range others {
		dates = append(dates, event.Span{Start: o.Start, End: o.End})
	}
	a.Actors = event.AddActors(a.Actors, g.treeActors(text, a.TriggerStart, a.TriggerEnd, dates, pp, at))
}

// read sets the status of a from the sentence's tree (see
// [event.Analyze]): the verb group over the trigger the date attaches
// to, the verbs of plan, expectation, threat and cancellation above it,
// and denials and conditions around it. Without a tree a keeps the
// status the word-level reading gave it. It reports false when the tree
// shows that the date dates no event: a year that only names the thing
// it modifies ("the 2017 budget", "the 2020 Juba agreement").
func (g *grammar) read(a *event.Analysis, text string, date Span, others []Span) bool {
	r, s, ok := g.reading(text, date, others)
	if !ok {
		return true
	}
	if event.NameYear(s, text, event.Span{Start: date.Start, End: date.End}) {
		return false
	}
	// the word that names the event, else, when no word does, the one
	// the date hangs on
	trig := -1
	if a.Trigger != "" {
		for i, w := range s.Words {
			if w.Start <= a.TriggerStart && a.TriggerStart < w.End {
				trig = i
				break
			}
		}
	}
	v := trig
	if a.Trigger == "" {
		v = r.Attached
	}
	if a.Type == "other" || a.Type == "disaster" {
		// "talks resumed", "has postponed its trade fair", "talks
		// collapsed": the event begun, resumed, called off or failed
		// names the type; so does the person suspended, and the
		// weather that reaches a place
		if typ := event.ThemeType(s, v); typ != "" {
			a.Type = typ
		} else if typ := event.PenaltyType(s, v); typ != "" && a.Type == "other" {
			a.Type = typ
		} else if typ := event.WeatherType(s, v); typ != "" && a.Type == "other" {
			a.Type = typ
		} else if typ := event.TransferType(s, v); typ != "" && a.Type == "other" {
			a.Type = typ
		}
	}
	if a.Type != "other" && a.Type != "legal" && a.Type != "statement" {
		// "banned two former vice-presidents for life for selling
		// television rights": the penalty on the person dated is the
		// event, not what it punishes
		if typ := event.PenaltyType(s, r.Attached); typ != "" {
			a.Type = typ
		}
	}
	if a.Type == "other" {
		// "trade reached $2.4 billion last year": a figure of money or
		// goods makes it trade
		if typ := event.AmountType(s, r.Attached); typ != "" {
			a.Type = typ
		}
	}
	if a.Type == "visit" || a.Type == "other" {
		// "a further 200,000 doses would arrive next week": goods
		// arriving are delivered
		if typ := event.ArrivalType(s, v); typ != "" {
			a.Type = typ
		}
	}
	if a.Type == "other" && a.Trigger == "" && r.Trigger >= 0 && r.Type != "other" && r.Type != "" && r.Type != "attack" {
		// no listed word names the event, and the word the date hangs
		// on has a type through the lexicon or WordNet: "bailiffs
		// evicted a widow", "the council granted planning permission".
		// Not an attack: the verbs that read as one alone ("hit a
		// record", "fired by the vendor") mostly mean something else.
		a.Type = r.Type
	}
	if r.Trigger < 0 {
		return true
	}
	if (a.Status != "cancelled" && !a.Moved || r.Moved) && !r.Unsure && !(a.Denied && r.Status == "reported") {
		// a word of cancelling beside the date ("called off", "scrapped
		// plans") outweighs a tree that missed it, unless the tree
		// shows the date is where the event was moved to
		a.Status = r.Status
	}
	if a.Status == "threatened" && trig >= 0 {
		// the word that named the event lies in the condition: the
		// threatened action has the kind
		if typ := event.ConditionedType(s, trig); typ != "" {
			a.Type = typ
		}
	}
	if a.Status == "threatened" && r.Status == "threatened" && r.Threat == "" && a.Type == "statement" && r.Speaker < 0 {
		// "had threatened to divert vessels to Antwerp if the stoppage
		// lasted beyond Friday": the row of the date in the condition
		// is the action threatened, which has no kind of its own
		a.Type = "other"
	}
	if a.Status == "threatened" && r.Threat != "" {
		// "would sue Mozambique if the coupon had not been paid by 10
		// April": the threatened action has the kind, not the condition
		a.Type = r.Threat
	}
	if a.Status == "negated" && a.Type == "statement" && r.Type != "statement" && r.Speaker < 0 && r.Denied {
		// "denied that the signal had malfunctioned on 8 February": the
		// denied event is dated, and has its own kind
		a.Type = r.Type
	}
	if a.Type != "statement" {
		// the speaker of what the date dates takes no part in it
		espan := event.Span{Start: date.Start, End: date.End}
		var os []event.Span
		for _, o := range others {
			os = append(os, event.Span{Start: o.Start, End: o.End})
		}
		if name := event.ContentSpeaker(s, espan, os); len(name) > 0 {
			a.Actors = dropSpeaker(a.Actors, name)
		}
	}
	if a.Location != "" {
		return true
	}
	// where the tree places the event: "held talks in Geneva"
	dates := []event.Span{{Start: date.Start, End: date.End}}
	for _, o := range others {
		dates = append(dates, event.Span{Start: o.Start, End: o.End})
	}
	if sp, ok := event.Location(s, r.Trigger, dates); ok && sp.Start >= datelineEnd(text) && sp.End <= len(text) {
		place := oneLine(text[sp.Start:sp.End])
		if rest, ok := strings.CutPrefix(place, "the "); ok {
			place = rest
		}
		a.Location = place
	}
	return true
}

// reading returns what the sentence's tree says about the event the date
// at span date dates (see [event.Analyze]), and whether there was a tree.
func (g *grammar) reading(text string, date Span, others []Span) (event.Result, *syntax.Sentence, bool) {
	s := g.parsed(text, date.Start)
	if s == nil {
		return event.Result{}, nil, false
	}
	os := make([]event.Span, 0, len(others))
	for _, o := range others {
		os = append(os, event.Span{Start: o.Start, End: o.End})
	}
	return event.Analyze(s, event.Span{Start: date.Start, End: date.End}, os), s, true
}

// dropSpeaker leaves out of actors the person whose name has the words
// name, who said what an event's date dates; a state official's state
// stays ("Norway (Ingrid Solheim)" is Norway).
func dropSpeaker(actors []string, name []string) []string {
	last := name[len(name)-1]
	out := actors[:0:0]
	for _, a := range actors {
		person := a
		if i := strings.Index(a, " ("); i > 0 && strings.HasSuffix(a, ")") {
			person = a[i+2 : len(a)-1]
			if slices.Contains(strings.Fields(person), last) {
				out = append(out, a[:i])
				continue
			}
		}
		if slices.Contains(strings.Fields(person), last) {
			continue
		}
		out = append(out, a)
	}
	return out
}
