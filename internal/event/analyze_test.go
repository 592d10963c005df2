package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/syntax"
)

// tree builds a parsed sentence from words written
// "form/lemma/UPOS/head/rel", with an optional "/XPOS", separated by
// spaces; the words' offsets
// are those of the forms joined by single spaces.
func sentence(tb testing.TB, spec string) (*syntax.Sentence, string) {
	tb.Helper()
	s := &syntax.Sentence{}
	var text strings.Builder
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		if len(p) != 5 && len(p) != 6 {
			tb.Fatalf("bad word %q", f)
		}
		head, err := strconv.Atoi(p[3])
		if err != nil {
			tb.Fatalf("bad head in %q", f)
		}
		// a form written "+-" follows the word before without a space
		glued := strings.HasPrefix(p[0], "+") && len(p[0]) > 1
		if text.Len() > 0 && !glued {
			text.WriteByte(' ')
		}
		form := strings.ReplaceAll(strings.TrimPrefix(p[0], "+"), "_", " ")
		start := text.Len()
		text.WriteString(form)
		w := syntax.Word{Start: start, End: text.Len(), Form: form, Lemma: p[1], UPOS: p[2], Head: head, Rel: p[4]}
		if len(p) == 6 {
			w.XPOS = p[5]
		}
		s.Words = append(s.Words, w)
	}
	return s, text.String()
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		tree, date          string
		trigger, typ, state string
		other               string // another date of the sentence, if any
	}{
		{"Putin/Putin/PROPN/3/nsubj will/will/AUX/3/aux visit/visit/VERB/0/root Tehran/Tehran/PROPN/3/obj on/on/ADP/7/case 17/17/NUM/7/nummod January/January/PROPN/3/obl",
			"17 January", "visit", "visit", "scheduled", ""},
		{"Sides/side/NOUN/2/nsubj held/hold/VERB/0/root talks/talk/NOUN/2/obj on/on/ADP/5/case Monday/Monday/PROPN/2/obl",
			"Monday", "talks", "talks", "reported", ""},
		{"He/he/PRON/2/nsubj plans/plan/VERB/0/root to/to/PART/4/mark visit/visit/VERB/2/xcomp Paris/Paris/PROPN/4/obj in/in/ADP/7/case May/May/PROPN/4/obl",
			"May", "visit", "visit", "planned", ""},
		{"Council/council/NOUN/3/nsubj:pass is/be/AUX/3/aux:pass expected/expect/VERB/0/root to/to/PART/5/mark vote/vote/VERB/3/xcomp in/in/ADP/7/case March/March/PROPN/5/obl",
			"March", "vote", "election", "expected", ""},
		{"He/he/PRON/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod attend/attend/VERB/0/root on/on/ADP/6/case Friday/Friday/PROPN/4/obl",
			"Friday", "attend", "other", "negated", ""},
		{"They/they/PRON/2/nsubj imposed/impose/VERB/0/root sanctions/sanction/NOUN/2/obj on/on/ADP/5/case Tuesday/Tuesday/PROPN/2/obl",
			"Tuesday", "sanctions", "sanctions", "reported", ""},
		// a plan that is the timing itself; planning permission is no plan
		{"A/a/DET/3/det rail/rail/NOUN/3/compound line/line/NOUN/5/nsubj:pass is/be/AUX/5/aux:pass planned/plan/VERB/0/root/VBN for/for/ADP/8/case the/the/DET/8/det 2030s/2030/NOUN/5/obl",
			"the 2030s", "planned", "other", "planned", ""},
		{"The/the/DET/2/det council/council/NOUN/3/nsubj granted/grant/VERB/0/root planning/plan/VERB/5/amod/VBG permission/permission/NOUN/3/obj in/in/ADP/7/case March/March/PROPN/3/obl",
			"March", "granted", "other", "reported", ""},
		// trade stopped is a measure taken, not an event called off
		{"Japan/Japan/PROPN/2/nsubj suspended/suspend/VERB/0/root imports/import/NOUN/2/obj of/of/ADP/5/case poultry/poultry/NOUN/3/nmod on/on/ADP/7/case Tuesday/Tuesday/PROPN/2/obl",
			"Tuesday", "imports", "economic", "reported", ""},
		{"Its/its/PRON/2/nmod:poss/PRP$ shares/share/NOUN/4/nsubj:pass were/be/AUX/4/aux:pass suspended/suspend/VERB/0/root on/on/ADP/6/case Monday/Monday/PROPN/4/obl",
			"Monday", "shares", "economic", "reported", ""},
		{"Japan/Japan/PROPN/2/nsubj suspended/suspend/VERB/0/root talks/talk/NOUN/2/obj on/on/ADP/5/case Tuesday/Tuesday/PROPN/2/obl",
			"Tuesday", "talks", "talks", "cancelled", ""},
		// a deadline in the condition of a promise, through an infinitive
		{"It/it/PRON/3/nsubj would/would/AUX/3/aux summon/summon/VERB/0/root him/he/PRON/3/obj if/if/SCONJ/9/mark he/he/PRON/9/nsubj had/have/AUX/9/aux not/not/PART/9/advmod agreed/agree/VERB/3/advcl to/to/PART/11/mark attend/attend/VERB/9/xcomp by/by/ADP/14/case 2/2/NUM/14/nummod February/February/PROPN/11/obl",
			"2 February", "attend", "other", "threatened", ""},
		// a clause of expectation after the event
		{"Schools/school/NOUN/3/nsubj will/will/AUX/3/aux reopen/reopen/VERB/0/root next/next/ADJ/5/amod Monday/Monday/PROPN/3/obl:tmod ,/,/PUNCT/9/punct the/the/DET/8/det superintendent/superintendent/NOUN/9/nsubj expects/expect/VERB/3/parataxis",
			"next Monday", "reopen", "other", "expected", ""},
		// what a denied report says happened is denied, not the report
		{"The/the/DET/2/det ministry/ministry/NOUN/3/nsubj denied/deny/VERB/0/root reports/report/NOUN/3/obj that/that/SCONJ/8/mark officials/official/NOUN/8/nsubj had/have/AUX/8/aux turned/turn/VERB/4/acl back/back/ADP/8/compound:prt lorries/lorry/NOUN/8/obj on/on/ADP/12/case 15/15/NUM/8/obl September/September/PROPN/12/nmod:unmarked",
			"15 September", "turned", "legal", "negated", ""},
		// A saying without content is a statement.
		{"Spokesman/spokesman/NOUN/2/nsubj told/tell/VERB/0/root reporters/reporter/NOUN/2/iobj on/on/ADP/5/case Friday/Friday/PROPN/2/obl",
			"Friday", "told", "statement", "reported", ""},
		// What was said is the event when it happened ...
		{"She/she/PRON/2/nsubj said/say/VERB/0/root on/on/ADP/4/case Friday/Friday/PROPN/2/obl it/it/PRON/8/nsubj had/have/AUX/8/aux bought/buy/VERB/2/ccomp jets/jet/NOUN/8/obj",
			"Friday", "bought", "supply", "reported", ""},
		// ... not when it is a promise, or carries its own date.
		{"She/she/PRON/2/nsubj said/say/VERB/0/root on/on/ADP/4/case Friday/Friday/PROPN/2/obl it/it/PRON/7/nsubj would/would/AUX/7/aux buy/buy/VERB/2/ccomp jets/jet/NOUN/7/obj",
			"Friday", "said", "statement", "reported", ""},
		{"She/she/PRON/2/nsubj said/say/VERB/0/root on/on/ADP/4/case Friday/Friday/PROPN/2/obl it/it/PRON/7/nsubj had/have/AUX/7/aux bought/buy/VERB/2/ccomp jets/jet/NOUN/7/obj in/in/ADP/10/case May/May/PROPN/7/obl",
			"Friday", "said", "statement", "reported", "May"},
		// An event noun as the subject of a verb of timing.
		{"The/the/DET/2/det hearing/hearing/NOUN/4/nsubj:pass is/be/AUX/4/aux:pass set/set/VERB/0/root for/for/ADP/6/case Tuesday/Tuesday/PROPN/4/obl",
			"Tuesday", "hearing", "legal", "reported", ""},
		{"The/the/DET/2/det visit/visit/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass postponed/postpone/VERB/0/root on/on/ADP/6/case Monday/Monday/PROPN/4/obl",
			"Monday", "visit", "visit", "cancelled", ""},
		// A clause coordinated with a cancelling verb about the same
		// thing: "The final had been set for Saturday, but they
		// postponed it."
		{"The/the/DET/2/det final/final/NOUN/5/nsubj:pass had/have/AUX/5/aux been/be/AUX/5/aux:pass set/set/VERB/0/root for/for/ADP/7/case Saturday/Saturday/PROPN/5/obl but/but/CCONJ/10/cc they/they/PRON/10/nsubj postponed/postpone/VERB/5/conj it/it/PRON/10/obj",
			"Saturday", "final", "other", "cancelled", ""},
		// ... but not a cancelling verb with its own subject and object.
		{"Salvador/Salvador/PROPN/2/nsubj complained/complain/VERB/0/root in/in/ADP/4/case 2013/2013/NUM/2/obl and/and/CCONJ/7/cc Honduras/Honduras/PROPN/7/nsubj suspended/suspend/VERB/2/conj imports/import/NOUN/7/obj",
			"2013", "complained", "other", "reported", ""},
		// A noun the timing clause modifies, called off.
		{"A/a/DET/2/det debate/debate/NOUN/9/nsubj:pass ,/,/PUNCT/4/punct planned/plan/VERB/2/acl for/for/ADP/6/case Thursday/Thursday/PROPN/4/obl ,/,/PUNCT/4/punct has/have/AUX/9/aux called/call/VERB/0/root off/off/ADP/9/compound:prt",
			"Thursday", "planned", "other", "cancelled", ""},
		// A phrasal verb of cancelling whose particle is read as an adverb.
		{"The/the/DET/2/det launch/launch/NOUN/5/nsubj:pass had/have/AUX/5/aux been/be/AUX/5/aux:pass planned/plan/VERB/0/root for/for/ADP/8/case last/last/ADJ/8/amod autumn/autumn/NOUN/5/obl but/but/CCONJ/11/cc was/be/AUX/11/aux:pass pushed/push/VERB/5/conj back/back/ADV/11/advmod",
			"last autumn", "launch", "other", "cancelled", ""},
		// A date inside an adverbial clause of the content of a denial.
		{"Lumio/Lumio/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/7/mark its/its/PRON/5/nmod:poss engineers/engineer/NOUN/7/nsubj:pass had/have/AUX/7/aux told/tell/VERB/2/ccomp about/about/SCONJ/9/mark overheating/overheat/VERB/7/advcl batteries/battery/NOUN/9/obj in/in/ADP/12/case December/December/PROPN/9/obl",
			"December", "overheating", "other", "negated", ""},
		// The infinitive of a noun of planning.
		{"Norvik/Norvik/PROPN/3/nsubj still/still/ADV/3/advmod plans/plan/NOUN/0/root to/to/PART/5/mark open/open/VERB/3/acl an/a/DET/7/det office/office/NOUN/5/obj in/in/ADP/11/case the/the/DET/11/det second/second/ADJ/11/amod quarter/quarter/NOUN/5/obl",
			"the second quarter", "open", "other", "planned", ""},
		// The new date of a postponed event.
		{"The/the/DET/2/det summit/summit/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass postponed/postpone/VERB/0/root until/until/ADP/7/case 12/12/NUM/7/nummod March/March/PROPN/4/obl",
			"12 March", "summit", "meeting", "reported", ""},
		// A warning of what would be done.
		{"The/the/DET/2/det navy/navy/NOUN/3/nsubj warned/warn/VERB/0/root that/that/SCONJ/7/mark it/it/PRON/7/nsubj would/would/AUX/7/aux seize/seize/VERB/3/ccomp boats/boat/NOUN/7/obj from/from/ADP/11/case 1/1/NUM/11/nummod January/January/PROPN/7/obl",
			"1 January", "seize", "legal", "threatened", ""},
		// A date inside the condition of a promise, however it is parsed.
		{"It/it/PRON/3/nsubj would/would/AUX/3/aux cut/cut/VERB/0/root funding/funding/NOUN/3/obj if/if/SCONJ/10/mark the/the/DET/7/det council/council/NOUN/10/nsubj did/do/AUX/10/aux not/not/PART/10/advmod balance/balance/VERB/3/advcl its/its/PRON/12/nmod:poss budget/budget/NOUN/10/obj by/by/ADP/14/case June/June/PROPN/10/obl",
			"June", "budget", "economic", "threatened", ""},
		// No plan.
		{"It/it/PRON/2/nsubj had/have/VERB/0/root no/no/DET/4/det plans/plan/NOUN/2/obj to/to/PART/6/mark cut/cut/VERB/4/acl flights/flight/NOUN/6/obj in/in/ADP/9/case April/April/PROPN/6/obl",
			"April", "cut", "economic", "negated", ""},
		// A plan told in the past perfect, given up later in the sentence.
		{"Solheim/Solheim/PROPN/4/nsubj had/have/AUX/4/aux been/be/AUX/4/cop due/due/ADJ/0/root to/to/PART/6/mark give/give/VERB/4/xcomp a/a/DET/8/det speech/speech/NOUN/6/obj on/on/ADP/10/case Wednesday/Wednesday/PROPN/6/obl but/but/CCONJ/12/cc cancelled/cancel/VERB/4/conj it/it/PRON/12/obj",
			"Wednesday", "speech", "statement", "cancelled", ""},
		// The original date of a plan with a new one.
		{"Shipments/shipment/NOUN/9/nsubj ,/,/PUNCT/4/punct originally/originally/ADV/4/advmod due/due/ADJ/1/amod to/to/PART/6/mark start/start/VERB/4/xcomp in/in/ADP/8/case October/October/PROPN/6/obl will/will/AUX/9/aux begin/begin/VERB/0/root on/on/ADP/12/case 14/14/NUM/12/nummod November/November/PROPN/9/obl",
			"October", "start", "other", "cancelled", "14 November"},
		// "set" fixes a date as "scheduled" does.
		{"He/he/PRON/3/nsubj:pass is/be/AUX/3/aux:pass set/set/VERB/0/root to/to/PART/5/mark visit/visit/VERB/3/xcomp Oslo/Oslo/PROPN/5/obj on/on/ADP/8/case Monday/Monday/PROPN/5/obl",
			"Monday", "visit", "visit", "scheduled", ""},
		// A past perfect plan that nothing cancels keeps its status.
		{"He/he/PRON/4/nsubj had/have/AUX/4/aux been/be/AUX/4/cop due/due/ADJ/0/root to/to/PART/6/mark speak/speak/VERB/4/xcomp on/on/ADP/8/case Monday/Monday/PROPN/6/obl",
			"Monday", "speak", "statement", "scheduled", ""},
		// The content of a denial, also through a noun.
		{"They/they/PRON/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark she/she/PRON/6/nsubj had/have/AUX/6/aux met/meet/VERB/2/ccomp him/he/PRON/6/obj on/on/ADP/9/case Monday/Monday/PROPN/6/obl",
			"Monday", "met", "meeting", "negated", ""},
		{"Veridian/Veridian/PROPN/2/nsubj rejected/reject/VERB/0/root reports/report/NOUN/2/obj that/that/SCONJ/7/mark tablets/tablet/NOUN/7/nsubj:pass were/be/AUX/7/aux:pass shipped/ship/VERB/3/acl in/in/ADP/9/case March/March/PROPN/7/obl",
			"March", "shipped", "supply", "negated", ""},
		// Not ... until: it happened then.
		{"They/they/PRON/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod sign/sign/VERB/0/root a/a/DET/6/det treaty/treaty/NOUN/4/obj until/until/ADP/8/case 1980/1980/NUM/4/obl",
			"1980", "treaty", "agreement", "reported", ""},
		// A promise with a condition that is a demand.
		{"Members/member/NOUN/3/nsubj would/would/AUX/3/aux strike/strike/VERB/0/root on/on/ADP/5/case Friday/Friday/PROPN/3/obl unless/unless/SCONJ/8/mark pay/pay/NOUN/8/nsubj rises/rise/VERB/3/advcl",
			"Friday", "strike", "attack", "threatened", ""},
		{"He/he/PRON/3/nsubj would/would/AUX/3/aux resign/resign/VERB/0/root by/by/ADP/5/case Christmas/Christmas/PROPN/3/obl if/if/SCONJ/11/mark the/the/DET/8/det cut/cut/NOUN/11/nsubj:pass was/be/AUX/11/aux:pass not/not/PART/11/advmod reversed/reverse/VERB/3/advcl",
			"Christmas", "resign", "other", "threatened", ""},
		// Any condition on a promise makes it a threat.
		{"They/they/PRON/3/nsubj would/would/AUX/3/aux sue/sue/VERB/0/root on/on/ADP/5/case Friday/Friday/PROPN/3/obl if/if/SCONJ/9/mark the/the/DET/8/det council/council/NOUN/9/nsubj approved/approve/VERB/3/advcl it/it/PRON/9/obj",
			"Friday", "sue", "legal", "threatened", ""},
		// A date in the condition, the promise further up.
		{"It/it/PRON/3/nsubj would/would/AUX/3/aux use/use/VERB/0/root powers/power/NOUN/3/obj to/to/PART/6/mark summon/summon/VERB/3/advcl him/he/PRON/6/obj if/if/SCONJ/12/mark he/he/PRON/12/nsubj had/have/AUX/12/aux not/not/PART/12/advmod agreed/agree/VERB/6/advcl by/by/ADP/14/case Friday/Friday/PROPN/12/obl",
			"Friday", "agreed", "agreement", "threatened", ""},
		// The date a moved event had: a participle on the moved noun, or
		// "from".
		{"An/a/DET/2/det event/event/NOUN/9/nsubj:pass ,/,/PUNCT/4/punct set/set/VERB/2/parataxis for/for/ADP/6/case Saturday/Saturday/PROPN/4/obl has/have/AUX/9/aux been/be/AUX/9/aux:pass pushed/push/VERB/0/root back/back/ADV/9/advmod",
			"Saturday", "set", "other", "cancelled", ""},
		{"Ceremonies/ceremony/NOUN/7/nsubj:pass planned/plan/VERB/1/acl for/for/ADP/4/case July/July/PROPN/2/obl have/have/AUX/7/aux been/be/AUX/7/aux:pass moved/move/VERB/0/root",
			"July", "Ceremonies", "other", "cancelled", ""},
		{"It/it/PRON/2/nsubj pushed/push/VERB/0/root back/back/ADV/2/advmod an/a/DET/5/det increase/increase/NOUN/2/obj set/set/VERB/5/acl to/to/PART/8/mark take/take/VERB/6/advcl effect/effect/NOUN/8/obj on/on/ADP/11/case April/April/PROPN/9/nmod",
			"April", "take", "other", "cancelled", ""},
		{"It/it/PRON/2/nsubj pushed/push/VERB/0/root its/its/PRON/4/nmod:poss day/day/NOUN/2/obj from/from/ADP/6/case January/January/PROPN/2/obl to/to/ADP/8/case March/March/PROPN/2/obl",
			"January", "pushed", "other", "cancelled", "March"},
		// A "to" clause parsed as adverbial is still a complement.
		{"He/he/PRON/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark close/close/VERB/2/advcl the/the/DET/6/det road/road/NOUN/4/obj from/from/ADP/8/case October/October/PROPN/4/obl",
			"October", "close", "other", "threatened", ""},
		// The trigger that is an expectation: "The night is expected in
		// March."
		{"The/the/DET/2/det night/night/NOUN/4/nsubj:pass is/be/AUX/4/aux:pass expected/expect/VERB/0/root in/in/ADP/6/case March/March/PROPN/4/obl",
			"March", "expected", "other", "expected", ""},
		// Who acts types a verb the lexicon does not list.
		{"The/the/DET/2/det court/court/NOUN/3/nsubj rejected/reject/VERB/0/root the/the/DET/5/det request/request/NOUN/3/obj on/on/ADP/7/case Monday/Monday/PROPN/3/obl",
			"Monday", "rejected", "legal", "reported", ""},
		{"The/the/DET/2/det storm/storm/NOUN/3/nsubj killed/kill/VERB/0/root 12/12/NUM/5/nummod people/person/NOUN/3/obj on/on/ADP/7/case Monday/Monday/PROPN/3/obl",
			"Monday", "storm", "disaster", "reported", ""},
		// A date parsed under the full stop belongs to the stop's clause.
		{"He/he/PRON/2/nsubj travelled/travel/VERB/0/root for/for/ADP/4/case talks/talk/NOUN/2/obl on/on/ADP/6/case 6/6/NUM/8/compound November/November/PROPN/6/nmod ././PUNCT/2/punct",
			"6 November", "travelled", "visit", "reported", ""},
		// The date as the predicate: "The talks were on Monday."
		{"The/the/DET/2/det talks/talk/NOUN/5/nsubj were/be/AUX/5/cop on/on/ADP/5/case Monday/Monday/PROPN/0/root",
			"Monday", "talks", "talks", "reported", ""},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		at := strings.Index(text, tc.date)
		var others []Span
		if tc.other != "" {
			o := strings.Index(text, tc.other)
			others = append(others, Span{Start: o, End: o + len(tc.other)})
		}
		r := Analyze(s, Span{Start: at, End: at + len(tc.date)}, others)
		trig := ""
		if r.Trigger >= 0 {
			trig = s.Words[r.Trigger].Form
		}
		if trig != tc.trigger || r.Type != tc.typ || r.Status != tc.state {
			t.Errorf("Analyze(%q, %q) = trigger %q, %s, %s; want %q, %s, %s",
				text, tc.date, trig, r.Type, r.Status, tc.trigger, tc.typ, tc.state)
		}
	}
}

// TestAnalyzeMoved checks that the date an event was put off to is told
// apart from the date it was taken off.
func TestAnalyzeMoved(t *testing.T) {
	tests := []struct {
		tree, date string
		moved      bool
	}{
		{"The/the/DET/2/det summit/summit/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass postponed/postpone/VERB/0/root until/until/ADP/7/case 12/12/NUM/7/nummod March/March/PROPN/4/obl",
			"12 March", true},
		{"The/the/DET/2/det summit/summit/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass postponed/postpone/VERB/0/root on/on/ADP/6/case Monday/Monday/PROPN/4/obl",
			"Monday", false},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		at := strings.Index(text, tc.date)
		if r := Analyze(s, Span{Start: at, End: at + len(tc.date)}, nil); r.Moved != tc.moved {
			t.Errorf("Analyze(%q, %q).Moved = %v, want %v", text, tc.date, r.Moved, tc.moved)
		}
	}
}

// TestAnalyzeBadTrees feeds trees whose heads point anywhere: Analyze
// must not panic or loop.
func TestAnalyzeBadTrees(t *testing.T) {
	words := func(heads ...int) *syntax.Sentence {
		s := &syntax.Sentence{}
		for i, h := range heads {
			s.Words = append(s.Words, syntax.Word{Start: 2 * i, End: 2*i + 1, Form: "x", Lemma: "visit", UPOS: "VERB", Head: h, Rel: "xcomp"})
		}
		return s
	}
	for _, s := range []*syntax.Sentence{
		words(),
		words(0),
		words(2, 1),       // a cycle
		words(9, -4, 3),   // out of range, and a self-loop
		words(2, 3, 4, 1), // a longer cycle
	} {
		for off := -1; off < 10; off++ {
			Analyze(s, Span{Start: off, End: off + 1}, []Span{{Start: 0, End: 1}})
			Analyze(s, Span{Start: off, End: off + 1}, []Span{{Start: 100, End: 101}})
		}
	}
}

// FuzzAnalyze parses arbitrary text with the embedded model, rewrites
// each sentence as a headline and analyses every word as a date: no
// panic, and a trigger inside the sentence.
func FuzzAnalyze(f *testing.F) {
	f.Add("Putin will visit Tehran on 17 January, his office said on Monday.")
	f.Add("The talks were postponed.")
	m, err := syntax.Load()
	if err != nil {
		f.Fatal(err)
	}
	p := m.NewParser()
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range p.Parse(text) {
			if h := Headline(text, &s); len(text) > 0 && h == "" && len(strings.Fields(text)) > 1 {
				t.Fatalf("Headline(%q) is empty", text)
			}
			// a gist cut from the sentence, from each word on, gets at
			// most 12 words when its subject is put back
			for _, w := range s.Words {
				if w.Start < 0 || w.Start > len(text) {
					continue
				}
				gist := strings.Join(strings.Fields(text[w.Start:]), " ")
				if len(gist) == 0 {
					continue
				}
				if j := SubjectOf(&s, text, gist).Join(gist); len(strings.Fields(j)) > max(len(strings.Fields(gist)), 12) {
					t.Fatalf("SubjectOf(%q).Join(%q) = %q: too long", text, gist, j)
				}
			}
			for _, w := range s.Words {
				r := Analyze(&s, Span{Start: w.Start, End: w.End}, []Span{{Start: s.Start, End: s.Start + 1}})
				if r.Trigger < -1 || r.Trigger >= len(s.Words) {
					t.Fatalf("trigger %d outside %d words", r.Trigger, len(s.Words))
				}
			}
		}
	})
}

func TestDenied(t *testing.T) {
	s, text := sentence(t, "ÖBB/ÖBB/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark the/the/DET/5/det signal/signal/NOUN/6/nsubj malfunctioned/malfunction/VERB/2/ccomp on/on/ADP/8/case Monday/Monday/PROPN/6/obl")
	for date, want := range map[string]bool{"Monday": true, "ÖBB": false} {
		at := strings.Index(text, date)
		if got := Analyze(s, Span{Start: at, End: at + len(date)}, nil).Denied; got != want {
			t.Errorf("Analyze(%q).Denied = %v, want %v", date, got, want)
		}
	}
}

// TestReattach checks that a date the parser hung on a verb's object or
// subject dates the verb's event, unless that noun names a happening.
func TestReattach(t *testing.T) {
	tests := []struct{ tree, date, status string }{
		{"Commission/commission/NOUN/3/nsubj:pass/NN is/be/AUX/3/aux:pass/VBZ expected/expect/VERB/0/root/VBN to/to/PART/5/mark call/call/VERB/3/xcomp/VB both/both/DET/7/det sides/side/NOUN/5/obj/NNS to/to/ADP/10/case a/a/DET/10/det conference/conference/NOUN/7/nmod/NN next/next/ADJ/12/amod/JJ week/week/NOUN/7/nmod:tmod/NN",
			"next week", "expected"},
		{"The/the/DET/3/det Bishops/bishop/PROPN/3/compound/NNPS Conference/Conference/PROPN/5/nsubj/NNP will/will/AUX/5/aux/MD hold/hold/VERB/0/root/VB a/a/DET/7/det Mass/Mass/PROPN/5/obj/NNP on/on/ADP/10/case Christmas/Christmas/PROPN/10/compound/NNP Eve/Eve/PROPN/3/nmod/NNP",
			"Christmas Eve", "scheduled"},
		{"Iran/Iran/PROPN/3/nsubj/NNP will/will/AUX/3/aux hold/hold/VERB/0/root/VB talks/talk/NOUN/3/obj/NNS on/on/ADP/6/case Monday/Monday/PROPN/4/nmod/NNP",
			"Monday", "scheduled"},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		at := strings.Index(text, tc.date)
		if r := Analyze(s, Span{Start: at, End: at + len(tc.date)}, nil); r.Status != tc.status {
			t.Errorf("%q: status %s, want %s", text, r.Status, tc.status)
		}
	}
}

func TestThemeType(t *testing.T) {
	tests := []struct {
		tree string
		verb int // 0-based index of the verb asked about
		want string
	}{
		// the subject of an intransitive aspect verb
		{"Talks/talk/NOUN/2/nsubj resumed/resume/VERB/0/root this/this/DET/4/det morning/morning/NOUN/2/obl:tmod", 1, "talks"},
		// the subject of a passive verb of cancelling
		{"A/a/DET/3/det state/state/NOUN/3/compound visit/visit/NOUN/6/nsubj:pass has/have/AUX/6/aux been/be/AUX/6/aux:pass called/call/VERB/0/root off/off/ADP/6/compound:prt", 5, "visit"},
		// the object of an active one
		{"The/the/DET/2/det board/board/NOUN/3/nsubj postponed/postpone/VERB/0/root its/its/PRON/6/nmod:poss annual/annual/ADJ/6/amod meeting/meeting/NOUN/3/obj", 2, "meeting"},
		// the noun a participle modifies
		{"Talks/talk/NOUN/0/root between/between/ADP/3/case Britain/Britain/PROPN/1/nmod resumed/resume/VERB/1/acl on/on/ADP/6/case Monday/Monday/PROPN/4/obl", 3, "talks"},
		// a verb by which the event fails, through a noun of its part
		{"Talks/talk/NOUN/2/nsubj failed/fail/VERB/0/root", 1, "talks"},
		{"The/the/DET/3/det first/first/ADJ/3/amod round/round/NOUN/6/nsubj of/of/ADP/5/case talks/talk/NOUN/3/nmod collapsed/collapse/VERB/0/root", 5, "talks"},
		// the verb an aspect verb begins
		{"Veridian/Veridian/PROPN/3/nsubj will/will/AUX/3/aux begin/begin/VERB/0/root shipping/ship/VERB/3/xcomp replacement/replacement/NOUN/6/compound batches/batch/NOUN/4/obj", 2, "supply"},
		// an event the word-level list names with several words
		{"It/it/PRON/2/nsubj postponed/postpone/VERB/0/root its/its/PRON/5/nmod:poss investor/investor/NOUN/5/compound day/day/NOUN/2/obj", 1, "meeting"},
		// a date read as the object leaves the subject to name the event
		{"The/the/DET/2/det fire/fire/NOUN/3/nsubj started/start/VERB/0/root Sunday/Sunday/PROPN/5/compound afternoon/afternoon/NOUN/3/obj", 2, "disaster"},
		// a thing that collapses names no event
		{"A/a/DET/2/det bridge/bridge/NOUN/3/nsubj collapsed/collapse/VERB/0/root", 2, ""},
		// a verb that neither begins nor calls off anything
		{"Talks/talk/NOUN/2/nsubj went/go/VERB/0/root well/well/ADV/2/advmod", 1, ""},
		// a stoppage, not an attack
		{"Dockworkers/dockworker/NOUN/2/nsubj began/begin/VERB/0/root a/a/DET/5/det 48-hour/48-hour/ADJ/5/amod strike/strike/NOUN/2/obj over/over/ADP/7/case pay/pay/NOUN/5/nmod", 1, ""},
		// out of range
		{"Talks/talk/NOUN/2/nsubj resumed/resume/VERB/0/root", 7, ""},
	}
	for _, tt := range tests {
		s, _ := sentence(t, tt.tree)
		if got := ThemeType(s, tt.verb); got != tt.want {
			t.Errorf("ThemeType(%q, %d) = %q, want %q", tt.tree, tt.verb, got, tt.want)
		}
	}
}

func TestAnalyzeUnsure(t *testing.T) {
	// "2 September" parsed under the comma after it
	s, text := sentence(t, "The/the/DET/2/det acquisition/acquisition/NOUN/9/nsubj:pass ,/,/PUNCT/4/punct announced/announce/VERB/2/acl on/on/ADP/7/case 2/2/NUM/7/compound September/September/PROPN/8/nmod:unmarked ,/,/PUNCT/2/punct is/be/AUX/9/aux:pass expected/expect/VERB/0/root")
	i := strings.Index(text, "2 September")
	if r := Analyze(s, Span{Start: i, End: i + len("2 September")}, nil); !r.Unsure {
		t.Errorf("a date under a comma: Unsure = false, want true (%+v)", r)
	}
	s, text = sentence(t, "Putin/Putin/PROPN/2/nsubj visited/visit/VERB/0/root Tehran/Tehran/PROPN/2/obj on/on/ADP/5/case Monday/Monday/PROPN/2/obl")
	i = strings.Index(text, "Monday")
	if r := Analyze(s, Span{Start: i, End: i + len("Monday")}, nil); r.Unsure {
		t.Errorf("a date under its verb: Unsure = true, want false")
	}
}

// TestVoteOnMeasure checks that a vote on a bill elects no one, while a
// vote alone is an election.
func TestVoteOnMeasure(t *testing.T) {
	for _, tc := range []struct {
		tree string
		want string
	}{
		{"The/the/DET/3/det final/final/ADJ/3/amod vote/vote/NOUN/0/root on/on/ADP/7/case the/the/DET/7/det Finance/Finance/PROPN/7/compound Bill/bill/PROPN/3/nmod", "other"},
		{"The/the/DET/2/det vote/vote/NOUN/0/root", "election"},
	} {
		s, _ := sentence(t, tc.tree)
		tr := newTree(s, Span{Start: -1, End: -1}, nil)
		g := 1
		if len(s.Words) > 2 {
			g = 2
		}
		if got := tr.eventType(g, false); got != tc.want {
			t.Errorf("eventType of vote in %q = %q, want %q", tc.tree, got, tc.want)
		}
	}
}
