package timeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/input"
	"github.com/timeline-dev/timeline/internal/pdf/pdftest"
)

var ref = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)

func extractText(t testing.TB, text string) []Event {
	t.Helper()
	doc, err := input.NewDocument("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Events([]Result{AnalyzeDocument(doc, 0, Config{Ref: ref})})
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "date type" per row, in order
	}{
		{
			name: "month sorts before its days, ties keep text order",
			in:   "Russia and Iran signed a trade agreement on 3 May.\nIn May, Iran attacked a tanker.\nIn May, the EU imposed sanctions on Iran.",
			want: []string{"2024-05 attack", "2024-05 sanctions", "2024-05-03 agreement"},
		},
		{
			name: "mentions of one visit merge",
			in:   "On 17 January, President Masoud Pezeshkian will visit Moscow.\nThe Kremlin said the visit would take place on 17 January.",
			want: []string{"2025-01-17 visit"},
		},
		{
			name: "two dates in a sentence give two events",
			in:   "In May last year the EU extended sanctions against Iran after Iran's attacks on Israel on 13 April.",
			want: []string{"2024-04-13 attack", "2024-05 sanctions"},
		},
		{
			name: "talks that collapse are talks, a bridge that does is a disaster",
			in:   "The first round of talks with the bondholders collapsed on 3 May.\nA road bridge collapsed on 5 May.",
			want: []string{"2024-05-03 talks", "2024-05-05 disaster"},
		},
		{
			name: "suspending a person disciplines, suspending a strike calls it off",
			in:   "The federation suspended her on 3 May.\nThe union suspended its strike on 5 May.",
			want: []string{"2024-05-03 legal", "2024-05-05 other"},
		},
		{
			name: "a figure of money or goods reached makes trade, a record reached alone does not",
			in:   "Trade between the two countries reached $2.4 billion on 3 May.\nThe port handled 173 million tonnes of cargo in April.\nThe river reached a record height on 5 May.",
			want: []string{"2024-04 economic", "2024-05-03 economic", "2024-05-05 other"},
		},
		{
			name: "a thing driven somewhere is no visit",
			in:   "Farmers drove 900 tractors into the city on 3 May.\nThe minister flew to Hanoi on 5 May.",
			want: []string{"2024-05-03 other", "2024-05-05 visit"},
		},
		{
			name: "a medicine's trial that ends is no court's",
			in:   "Trials in 4,200 children ended on 3 May.\nThe trial of the former mayor ended on 5 May.",
			want: []string{"2024-05-03 other", "2024-05-05 legal"},
		},
		{
			name: "a loss posted is a result, not a post",
			in:   "Nordlys Air posted a loss of 640 million kroner on 3 May.",
			want: []string{"2024-05-03 economic"},
		},
		{
			name: "a bid in a story of clubs and players is a transfer",
			in:   "The club wants a new striker before the season starts.\nThe league approved the move.\nThe board turned down Faro's third bid on 3 May.",
			want: []string{"2024-05-03 other"},
		},
		{
			name: "a bid in a story of companies is economic",
			in:   "The miner wants to grow.\nThe board turned down Faro's third bid on 3 May.",
			want: []string{"2024-05-03 economic"},
		},
		{
			name: "a person banned for a misdeed is punished, whatever the misdeed",
			in:   "The federation banned two officials for life on 3 May for selling television rights.\nA medical worker tested negative for the virus on 5 May.",
			want: []string{"2024-05-03 legal", "2024-05-05 other"},
		},
		{
			name: "weather that reaches a place is a disaster, a convoy that does delivers",
			in:   "Forecasters said the ash cloud could reach the capital on 3 May.\nThe convoy reached Kadugli on 5 May.",
			want: []string{"2024-05-05 supply", "2025-05-03 disaster"},
		},
		{
			name: "a threat dated by its condition has the threatened action's kind",
			in:   "The bondholders said they would sue the government if the coupon had not been paid by 10 May.",
			want: []string{"2025-05-10 legal"},
		},
		{
			name: "money or goods handed over are a supply, a speech given is not",
			in:   "The research council gave the institute $5 million on 3 May.\nThe minister gave a speech on 5 May.",
			want: []string{"2024-05-03 supply", "2024-05-05 statement"},
		},
		{
			name: "a verb no word list holds is typed through the lexicon, an ambiguous attack verb is not",
			in:   "Bailiffs evicted a widow from her flat on 3 May.\nRents had hit a record on 5 May.",
			want: []string{"2024-05-03 legal", "2024-05-05 other"},
		},
		{
			name: "an event moved keeps its kind on its new date",
			in:   "Because of the restrictions, the Capital Markets Day planned for 19 November has been postponed to 3 March.",
			want: []string{"2025-03-03 meeting", "2025-11-19 meeting"},
		},
		{
			name: "a witness questioned is legal",
			in:   "The bank's former chief executive was questioned on 3 May.",
			want: []string{"2024-05-03 legal"},
		},
		{
			name: "a strike in a story of workers is a stoppage, even where its sentence says no more",
			in:   "Crane operators and their union want more pay.\nThe strike began on 10 May.",
			want: []string{"2024-05-10 other"},
		},
		{
			name: "goods that arrive are delivered, people who arrive visit",
			in:   "A further 200,000 doses arrived on 3 May.\nThe minister arrived in Hanoi on 5 May.",
			want: []string{"2024-05-03 supply", "2024-05-05 visit"},
		},
		{
			name: "vague references and durations make no rows",
			in:   "Iran has supplied drones in recent years and talks lasted three days.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range extractText(t, tc.in) {
				got = append(got, e.Date+" "+e.Type)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDatelineDay(t *testing.T) {
	// The dateline dates the article; a "Monday" that falls on the same day
	// in the same paragraph is still an event.
	doc, err := input.NewDocument("t.txt", []byte("Pact signed\n\nTOKYO, 8 July 2024 (Wire) — Japan and the Philippines signed a defence agreement on Monday, officials said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := AnalyzeDocument(doc, 0, Config{})
	if r.Input.RefSource != "dateline" || r.Input.Ref != "2024-07-08" {
		t.Fatalf("reference: got %s from %s", r.Input.Ref, r.Input.RefSource)
	}
	var got []string
	for _, e := range r.Events {
		got = append(got, e.Date+" "+e.Type+" "+e.Mentions[0].Expr)
	}
	want := []string{"2024-07-08 agreement Monday"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestSummaryCutKeepsNoBareNumber(t *testing.T) {
	ev := extractText(t, "President Luiz Inácio Lula da Silva visited the region on Sunday and promised 50.9 billion reais in emergency funding.")
	if len(ev) != 1 {
		t.Fatalf("got %d events, want 1", len(ev))
	}
	got := ev[0].Summary
	want := "President Luiz Inácio Lula da Silva visits the region and promises"
	if got != want {
		t.Errorf("summary:\ngot  %q\nwant %q", got, want)
	}
	if a := ev[0].Actors; len(a) != 1 || a[0] != "Luiz Inácio Lula da Silva" {
		t.Errorf("actors: got %q", a)
	}
}

func TestSummaryNamesThePersonOfItsSentence(t *testing.T) {
	ev := extractText(t, "LJUBLJANA, 21 November 2022 (Balkan Desk) – The Green List won the vote. The Green List's leader, Maja Kranjc, 39, said she would open coalition talks with the Social Democrats on Wednesday and hoped to form a majority soon.")
	if len(ev) == 0 {
		t.Fatal("no events")
	}
	last := ev[len(ev)-1]
	if !strings.HasPrefix(last.Summary, "Kranjc ") {
		t.Errorf("summary %q, want it to open with Kranjc", last.Summary)
	}
	// a party's leader speaks for the party, not for the state
	if !slices.Contains(last.Actors, "Maja Kranjc") {
		t.Errorf("actors %q, want Maja Kranjc alone", last.Actors)
	}
}

func TestSummaryKeepsLengths(t *testing.T) {
	ev := extractText(t, "A former mayor was sentenced on Tuesday to 12 years in prison.")
	if len(ev) != 1 || ev[0].Summary != "Former mayor sentenced to 12 years in prison" {
		t.Fatalf("got %+v", ev)
	}
}

func TestMergeKeepsMentions(t *testing.T) {
	ev := extractText(t, "On 17 January, President Masoud Pezeshkian will visit Moscow.\nThe Kremlin said the visit would take place on 17 January.")
	if len(ev) != 1 || len(ev[0].Mentions) != 2 {
		t.Fatalf("got %d events, want 1 with 2 mentions: %+v", len(ev), ev)
	}
	m := ev[0].Mentions
	if m[0].Line != 1 || m[1].Line != 2 || m[0].Expr != "17 January" || m[0].Start != 3 || m[0].End != 13 {
		t.Errorf("mentions: %+v", m)
	}
}

func TestMergeKeepsTwoStatements(t *testing.T) {
	ev := extractText(t, "The forecasters issued a wind warning on Monday.\nQuayside Live denied on Monday that it had sold the festival.")
	n := 0
	for _, e := range ev {
		if e.Date == ev[0].Date {
			n++
		}
	}
	if n != 2 {
		t.Errorf("got %d events on %s, want 2: two statements by different speakers on one day: %+v", n, ev[0].Date, ev)
	}
}

// TestAnalyzeDocumentCancelled checks that a long document stops building
// events once the context is done.
func TestAnalyzeDocumentCancelled(t *testing.T) {
	doc, _ := input.NewDocument("d", []byte(strings.Repeat("Talks were held on 3 May. ", 1000)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := analyzeDocument(ctx, doc, 0, Config{Ref: ref}, nil); len(got.Events) != 0 {
		t.Errorf("got %d events after cancellation", len(got.Events))
	}
	if got := analyzeDocument(context.Background(), doc, 0, Config{Ref: ref}, nil); len(got.Events) == 0 {
		t.Errorf("got no events without cancellation")
	}
}

func TestAnalyzeAllCancelled(t *testing.T) {
	docs := make([]input.Document, 100)
	for i := range docs {
		docs[i], _ = input.NewDocument("d", []byte("Talks were held on 3 May."))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := AnalyzeAll(ctx, docs, Config{Ref: ref}, 2)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got error %v, want %v", err, context.Canceled)
	}
	if len(res) != len(docs) || res[len(res)-1].Input.Doc != "" {
		t.Errorf("the last document was analysed after cancellation")
	}
}

// FuzzAnalyzeDocument runs the whole pipeline on arbitrary text: no panic,
// offsets inside the text, and the same output twice.
func FuzzAnalyzeDocument(f *testing.F) {
	f.Add("On 17 January, Iranian President Masoud Pezeshkian will visit Moscow.")
	f.Add("• In May, the media reported that Tehran had begun supplying the Kremlin.\n\nLast July, he wrote.")
	f.Add("Posted: Saturday 19 April 2025 · 10:42\nTalks were held on Thursday.")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4096 {
			t.Skip()
		}
		doc, err := input.NewDocument("f.txt", []byte(in))
		if err != nil {
			return
		}
		cfg := Config{Now: ref}
		a := AnalyzeDocument(doc, 0, cfg)
		b := AnalyzeDocument(doc, 0, cfg)
		if !reflect.DeepEqual(a.Events, b.Events) {
			t.Fatal("two runs differ")
		}
		for _, e := range a.Events {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(in) || m.Start > m.End || in[m.Start:m.End] != m.Expr {
					t.Fatalf("bad mention %+v in %q", m, in)
				}
				if strings.ContainsAny(m.Sentence, "\n\r") {
					t.Fatalf("sentence keeps a line break: %q", m.Sentence)
				}
			}
		}
	})
}

// BenchmarkExtract measures the whole pipeline, from text to sorted events.
func BenchmarkExtract(b *testing.B) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		src  []byte
	}{{"article", src}, {"article-x50", bytes.Repeat(append(src, "\n\n"...), 50)}} {
		b.Run(bc.name, func(b *testing.B) {
			doc, _ := input.NewDocument("bench.txt", bc.src)
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.src)))
			for b.Loop() {
				Events([]Result{AnalyzeDocument(doc, 0, Config{Ref: ref})})
			}
		})
	}
}

// TestReferenceActors checks the phrases that point back to someone the
// document named: state bodies, definite descriptions, "He"/"She", a name
// with an age and a company named after what it is.
func TestReferenceActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // actors of each event, in document order
	}{
		{
			name: "a state body is the dateline's country",
			text: "TOKYO — Japan blacklisted 22 firms on Tuesday. The cabinet approved the listings on 3 January.",
			want: [][]string{{"Japan"}, {"Japan"}},
		},
		{
			name: "a minister without a country in a story from a dateline",
			text: "JAKARTA — Defence Minister Agus Santoso will visit Washington on 6 April.",
			want: [][]string{{"Indonesia (Agus Santoso)", "United States"}},
		},
		{
			name: "the country is the first one named without a dateline",
			text: "Costa Rica held an election on Sunday. The country last held runoffs in 2014.",
			want: [][]string{{"Costa Rica"}, {"Costa Rica"}},
		},
		{
			name: "a definite description refers to the organisation it describes",
			text: "Peruvian carrier Pacífico Airlines ordered eight jets in 2024. In March 2023, the airline began flying between Lima and Madrid. The carrier emerged from bankruptcy in late 2021.",
			want: [][]string{{"Pacífico Airlines"}, {"Pacífico Airlines"}, {"Pacífico Airlines"}},
		},
		{
			name: "a description finds no organisation named later",
			text: "The museum closed on 5 March. The Museo del Altiplano reopened on 9 January.",
			want: [][]string{{}, {"Museo del Altiplano"}},
		},
		{
			name: "a company named after what it is, and shortened",
			text: "A rocket built by Brazilian startup Estrela Orbital reached orbit on Thursday. Estrela's first attempt failed on 18 June. The company's next launch is scheduled for 9 December.",
			want: [][]string{{"Estrela Orbital"}, {"Estrela Orbital"}, {"Estrela Orbital"}},
		},
		{
			name: "He points to the last person of the sentence before",
			text: "The two sides may free prisoners, presidential peace adviser Ramon Delgado told reporters. He will brief the cabinet on 5 January.",
			want: [][]string{{"Ramon Delgado"}},
		},
		{
			name: "a person introduced with an age",
			text: "Gregory Hale, 58, is accused of taking kickbacks in 2022. Hale resigned on 21 October 2023. Hale's brother-in-law, Dennis Orr, pleaded guilty on 30 January 2024.",
			want: [][]string{{"Gregory Hale"}, {"Gregory Hale"}, {"Dennis Orr"}},
		},
		{
			name: "the two countries are the first two the document names",
			text: "Kazakhstan's president will visit South Korea in 2024. Trade between the two countries rose 11% in 2023.",
			want: [][]string{{"Kazakhstan", "South Korea"}, {"Kazakhstan", "South Korea"}},
		},
		{
			name: "the two sides may be a country and an organisation",
			text: "The Philippine government and the Communist Party of the Philippines agreed a truce in 2024. Envoys from both sides held talks in 2023.",
			want: [][]string{{"Philippines", "Communist Party of the Philippines"}, {"Philippines", "Communist Party of the Philippines"}},
		},
		{
			name: "a verb of reporting with an object has its subject as agent",
			text: "Pacífico Airlines reported a record profit in 2023. The storm will reach the coast in 2024, the agency said.",
			want: [][]string{{"Pacífico Airlines"}, {}},
		},
		{
			name: "a short company name after of is a place",
			text: "Kyushu Electric restored power in March 2024. The typhoon hit the island of Kyushu in February 2024.",
			want: [][]string{{}, {"Kyushu Electric"}},
		},
		{
			name: "the speaker's description is not an actor",
			text: "The storm will reach the coast on Tuesday, the agency said.",
			want: [][]string{{}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, e := range extractText(t, tc.text) {
				got = append(got, nonNil(e.Actors))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q (rows in date order)", got, tc.want)
			}
		})
	}
}

// TestNothingHappensAfterTheArticle checks that an event dated after the
// reference date is never "reported", whatever the verb's tense.
func TestNothingHappensAfterTheArticle(t *testing.T) {
	text := "The sanctions take effect on Wednesday. The ministers agreed on the package on Monday."
	res := AnalyzeDocument(input.Document{File: "t", ID: "t", Text: []byte(text), Ref: time.Date(2025, 6, 24, 0, 0, 0, 0, time.UTC)}, 0, Config{})
	got := map[string][2]string{}
	for _, e := range res.Events {
		got[e.Date] = [2]string{e.Type, e.Status}
	}
	want := map[string][2]string{"2025-06-25": {"sanctions", "scheduled"}, "2025-06-23": {"agreement", "reported"}}
	for d, w := range want {
		if got[d] != w {
			t.Errorf("%s: got %v, want %v (all: %v)", d, got[d], w, got)
		}
	}
}

// TestTriggerOffsets checks that each event's trigger lies where it says
// in the input, also when the input holds invalid UTF-8 before it.
func TestTriggerOffsets(t *testing.T) {
	for _, src := range []string{
		"Japan and the Philippines signed a defence agreement on Monday, officials said.\n",
		"Caf\xe9 owners protested. Rebels attacked the base at Dioura on 17 March 2019.\n",
	} {
		doc, err := input.NewDocument("t.txt", []byte(src))
		if len(doc.Text) == 0 {
			t.Fatal(err) // invalid UTF-8 alone is a warning: the text is read
		}
		res := AnalyzeDocument(doc, 0, Config{Ref: time.Date(2024, 7, 8, 0, 0, 0, 0, time.UTC)})
		n := 0
		for _, e := range res.Events {
			tr := e.Trigger
			if tr == nil {
				continue
			}
			n++
			if tr.Start < 0 || tr.End > len(src) || src[tr.Start:tr.End] != tr.Text {
				t.Errorf("%q: trigger %q at %d-%d", src, tr.Text, tr.Start, tr.End)
			}
		}
		if n == 0 {
			t.Errorf("%q: no event with a trigger in %+v", src, res.Events)
		}
	}
}

// TestPDFPages reads a PDF of three pages: its running header and footer
// are dropped, a word hyphenated across lines is whole, and mentions
// cite their page and their line within it.
func TestPDFPages(t *testing.T) {
	var pages [][]string
	for p := 1; p <= 3; p++ {
		lines := []string{"Harbour Authority - Quarterly Bulletin"}
		switch p {
		case 2:
			lines = append(lines, "Dockworkers held talks with the operator", "on 14 March 2023 in Santos.")
		case 3:
			lines = append(lines, "Background.", "The port authority signed an inter-", "national agreement on 2 May 2022.")
		default:
			lines = append(lines, "Summary of the quarter.")
		}
		pages = append(pages, append(lines, fmt.Sprintf("Page %d of 3", p)))
	}
	var docs []input.Document
	errs := input.Read(bytes.NewReader(pdftest.Make(pages)), "bulletin.pdf", input.Options{}, func(d input.Document) error {
		docs = append(docs, d)
		return nil
	})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	text := string(docs[0].Text)
	if strings.Contains(text, "Quarterly Bulletin") || strings.Contains(text, "Page 2 of 3") {
		t.Errorf("running header or footer kept:\n%s", text)
	}
	if !strings.Contains(text, "international agreement") {
		t.Errorf("hyphenated word not rejoined:\n%s", text)
	}
	events := Events([]Result{AnalyzeDocument(docs[0], 0, Config{Ref: ref, NoSyntax: true})})
	got := map[string]string{}
	for _, e := range events {
		got[e.Date] = e.Mentions[0].Where()
	}
	if got["2023-03-14"] != "2:2" || got["2022-05-02"] != "3:2" {
		t.Errorf("mentions at %v, want 2023-03-14 at 2:2 and 2022-05-02 at 3:2 (the hyphenated lines are one)\n%s", got, text)
	}
}

// TestCoordinatedDays checks that two days joined by "and" make one
// event over a stretch when they are one stretch: a bare day before a
// day and month, or two dates after "between".
func TestCoordinatedDays(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "date/end" per row
	}{
		{"The committee will meet on 16 and 17 January.", []string{"2025-01-16/2025-01-17"}},
		{"Cases rose 98% between 1 November and 20 December last year.", []string{"2024-11-01/2024-12-20"}},
		// two separate days, each with its month, stay two events
		{"The minister visited Oslo on 3 December and Bergen on 5 December last year.", []string{"2024-12-03/", "2024-12-05/"}},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range extractText(t, tc.in) {
			got = append(got, e.Date+"/"+e.EndDate)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPublicationLineNoEvent checks that the date of a page's
// publication line makes no event.
func TestPublicationLineNoEvent(t *testing.T) {
	for _, line := range []string{"Updated 4:18 PM EST, January 9, 2025", "Published: Thursday, 9 January 2025", "Posted on 9 January 2025"} {
		var got []string
		for _, e := range extractText(t, line+"\n\nThe council met on 6 January.\n") {
			got = append(got, e.Date)
		}
		if !slices.Equal(got, []string{"2025-01-06"}) {
			t.Errorf("%q: got %q, want only the meeting", line, got)
		}
	}
	if publicationLine([]byte("Postal workers struck on 6 January.")) {
		t.Error("a sentence starting with 'Postal' read as a publication line")
	}
}

func TestAdjectivalPeriod(t *testing.T) {
	for in, want := range map[string]bool{
		"fourth-quarter": true, "first-half": true, "full-year": true,
		"the fourth quarter": false, "2024-Q4": false, "mid-2022": false, "third quarter": false,
	} {
		if got := adjectivalPeriod([]byte(in)); got != want {
			t.Errorf("adjectivalPeriod(%q) = %v, want %v", in, got, want)
		}
	}
	var got []string
	for _, e := range extractText(t, "The company will publish its fourth-quarter results on 14 February.") {
		got = append(got, e.Date)
	}
	if !slices.Equal(got, []string{"2025-02-14"}) {
		t.Errorf("got %q, want only the publication day", got)
	}
}

// TestBracketedDatesNoEvent checks that life dates and the years of a
// heading in brackets date no event.
func TestBracketedDatesNoEvent(t *testing.T) {
	var got []string
	for _, e := range extractText(t, "Background (1959–1962)\n\nNikita Khrushchev (1894–1971) met Kennedy in Vienna in June 1961. Ann Reid (born 1870) opened the school in 1905.\n") {
		got = append(got, e.Date)
	}
	if !slices.Equal(got, []string{"1905", "1961-06"}) {
		t.Errorf("got %q, want only the meeting and the opening", got)
	}
}

// TestLiveBlogStamps checks that a time alone over an entry dates the
// entry, and that two entries of one day stay apart.
func TestLiveBlogStamps(t *testing.T) {
	ev := extractText(t, "Outage: live updates\n\n4:40 p.m.\n\nThe airline says its system is back online.\n\n11:50 a.m.\n\nThe airline says its booking system has crashed.\n")
	var got []string
	for _, e := range ev {
		got = append(got, e.Mentions[0].Expr+": "+e.Summary)
	}
	want := []string{
		"4:40 p.m.: The airline says its system is back online",
		"11:50 a.m.: Its booking system has crashed",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestLiveBlogCry checks that an entry headed by a cry of one word after
// its stamp ("— APPROVED.") goes on to the sentence that tells it.
func TestLiveBlogCry(t *testing.T) {
	ev := extractText(t, "Council vote: live\n\n10:41 p.m. — APPROVED. The council votes 5-2 to pass the stadium ordinance. Cheers in the chamber.\n")
	if len(ev) != 1 || !strings.Contains(ev[0].Summary, "council votes 5-2") {
		var got []string
		for _, e := range ev {
			got = append(got, e.Summary)
		}
		t.Errorf("got %q, want one entry telling the vote", got)
	}
}

// TestThreatOverEventNoun checks that a promise on a condition is a
// threat when the date dates the noun of the action promised.
func TestThreatOverEventNoun(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"If the government does not come back with something better, we will call a 48-hour strike from 3 July.", "threatened"},
		{"We will call a 48-hour strike from 3 July.", "scheduled"},
	} {
		events := extractText(t, tc.in)
		if len(events) != 1 || events[0].Status != tc.want {
			t.Errorf("%q: got %+v, want one %s event", tc.in, events, tc.want)
		}
	}
}

// TestConditionNamesNoType checks that a threat takes the kind of the
// action threatened, not that of the word its condition holds.
func TestConditionNamesNoType(t *testing.T) {
	events := extractText(t, "The union said members would walk out from 5 May unless the university improved its pay offer.")
	if len(events) != 1 || events[0].Type != "other" || events[0].Status != "threatened" {
		t.Errorf("got %+v, want one threatened event of type other", events)
	}
}

// TestThreatDatedByItsCondition checks that a threat dated only by its
// condition is the action threatened, of no kind of its own.
func TestThreatDatedByItsCondition(t *testing.T) {
	events := extractText(t, "Shipping lines had threatened to divert vessels to Antwerp if the stoppage lasted beyond 9 May.")
	if len(events) != 1 || events[0].Type != "other" || events[0].Status != "threatened" {
		t.Errorf("got %+v, want one threatened event of type other", events)
	}
}
