package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/timeline"
)

// readEventFiles reads testdata/eval/events-gold.jsonl and the hand-made
// system timelines of events-system.jsonl, in gold order.
func readEventFiles(t *testing.T) ([]EventDoc, [][]timeline.Event) {
	t.Helper()
	f, err := os.Open(filepath.Join(scoreEvalDir, "events-gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadEventDocs(f, "events-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(scoreEvalDir, "events-system.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string][]timeline.Event{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		var d struct {
			ID     string           `json:"id"`
			Events []timeline.Event `json:"events"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		byID[d.ID] = d.Events
	}
	system := make([][]timeline.Event, len(gold))
	for i, g := range gold {
		system[i] = byID[g.ID]
	}
	return gold, system
}

// TestScoreEvents checks the scorer on two small documents whose numbers
// were worked out by hand (a third has no "events" and is not scored).
//
// Document a has three gold events; the system gives three:
//   - "17 January" (agreement, Iran, Russia (Vladimir Putin)) matches gold 1
//     on the anchor: date and type right; actor keys Iran, Russia, Vladimir
//     Putin against Iran, Russia: 2 of 3 system, 2 of 2 gold.
//   - a 2025-01-18 "talks" event anchored at "Putin", which is no gold
//     anchor, matches gold 2 on its date: type wrong (gold meeting); keys
//     Russia, Vladimir Putin against Russia, Vladimir Putin, Iran, Masoud
//     Pezeshkian: 2 of 2 system, 2 of 4 gold.
//   - 2024-12 matches nothing: spurious. Gold 3 ("May") is missed.
//
// Document b has two rows linked by eid "m" (one event) and a third row:
// gold events 2, rows 3. The system's "3 to 4 March" matches event m on
// its second row's anchor; its "next month" row then finds m taken and the
// 2024 event of another date, so it is spurious; its 2023 event anchored at
// "2024" matches with a wrong date. No actors on either side.
//
// Totals: gold 5 events (6 rows), system 6, matched 4 (3 on the anchor, 1 on
// the date): P 4/6, R 4/5, F1 2·(2/3)·(4/5)/(2/3+4/5) = 8/11. Date right 3 of
// 4, type right 3 of 4. Actors: gold 2+4 = 6, system 3+2 = 5, matched 4: P
// 4/5, R 4/6. Errors: 1 missed, 2 spurious, 1 date, 1 type, 2 actors.
func TestScoreEvents(t *testing.T) {
	gold, system := readEventFiles(t)
	got := ScoreEvents(gold, system)
	ints := []struct {
		name      string
		got, want int
	}{
		{"docs", got.Docs, 2},
		{"gold rows", got.GoldRows, 6},
		{"gold", got.Gold, 5},
		{"system", got.System, 6},
		{"matched", got.Matched, 4},
		{"by anchor", got.ByAnchor, 3},
		{"date right", got.DateRight, 3},
		{"type right", got.TypeRight, 3},
		{"actor gold", got.ActorGold, 6},
		{"actor system", got.ActorSystem, 5},
		{"actor match", got.ActorMatch, 4},
		{"errors", len(got.Errors), 7},
	}
	for _, c := range ints {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, c.got, c.want)
		}
	}
	ratios := []struct {
		name      string
		got, want float64
	}{
		{"P", got.P, 4.0 / 6}, {"R", got.R, 4.0 / 5}, {"F1", got.F1, 8.0 / 11},
		{"date acc", got.DateAcc, 0.75}, {"type acc", got.TypeAcc, 0.75},
		{"actor P", got.ActorP, 0.8}, {"actor R", got.ActorR, 4.0 / 6},
	}
	for _, c := range ratios {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s: got %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
	kinds := map[string]int{}
	for _, e := range got.Errors {
		kinds[e.Kind]++
	}
	want := map[string]int{EventMissed: 1, EventSpurious: 2, EventDate: 1, EventType: 1, EventActors: 2}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%s errors: got %d, want %d", k, kinds[k], n)
		}
	}
	// The errors of a document come in text order, each with its sentence.
	if e := got.Errors[0]; e.Kind != EventSpurious || e.Doc != "a" || e.Sentence != "Iran and Russia signed a pact on 17 January." {
		t.Errorf("first error: got %+v", e)
	}
}

func TestScoreEventsMissingSystem(t *testing.T) {
	gold, _ := readEventFiles(t)
	got := ScoreEvents(gold, nil)
	if got.Matched != 0 || got.Gold != 5 || got.System != 0 || len(got.MissingDocs) != 2 {
		t.Errorf("got matched %d gold %d system %d missing %q", got.Matched, got.Gold, got.System, got.MissingDocs)
	}
	if got.P != 0 || got.R != 0 || got.F1 != 0 {
		t.Errorf("got P %v R %v F1 %v, want zeros", got.P, got.R, got.F1)
	}
}

func TestReadEventDocsErrors(t *testing.T) {
	tests := []struct{ name, in, wantErr string }{
		{"not an object", `[1]`, "events.jsonl:1: not a JSON object"},
		{"no id", `{"text": "x"}`, `events.jsonl:1: missing "id"`},
		{"outside", `{"id": "d", "text": "on 5 May", "events": [{"expr": "5 May", "expr_start": 9}]}`,
			`events.jsonl:1: id "d": event 1: expr_start 9 is outside the text (8 bytes)`},
		{"chars not bytes", "\n" + `{"id": "d", "text": "é on 5 May", "events": [{"expr": "5 May", "expr_start": 5}]}`,
			`events.jsonl:2: id "d": event 1: text at 5 is " 5 Ma", not "5 May" (offsets must count bytes)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadEventDocs(strings.NewReader(tc.in), "events.jsonl")
			var le *LineError
			if err == nil || !errors.As(err, &le) || err.Error() != tc.wantErr {
				t.Errorf("got  %v\nwant %s", err, tc.wantErr)
			}
		})
	}
	docs, err := ReadEventDocs(strings.NewReader(`{"id": "a", "text": "x", "events": []}`+"\n"+`{"id": "b", "text": "y"}`), "e")
	if err != nil || len(docs) != 2 || !docs[0].HasEvents || docs[1].HasEvents {
		t.Errorf("got %+v, %v; want a with events and b without", docs, err)
	}
}

func TestWriteEventReport(t *testing.T) {
	gold, system := readEventFiles(t)
	var b bytes.Buffer
	if err := WriteEventReport(&b, ScoreEvents(gold, system), true); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"events: 2 gold documents, 5 gold events (6 rows, linked mentions joined), 6 system\n",
		"events       5      6       4   66.67  80.00  72.73\n",
		"actors       6      5       4   80.00  66.67  72.73\n",
		"matches: 4 (3 on the anchor, 1 on the date); date right in 3 (75.00%), type right in 3 (75.00%)\n",
		"event errors: 7\n",
		`missed   a 96 "May" 2025-05 talks []: Talks ended in May.` + "\n",
		`date     b 81 "2024" gold 2024, system 2023: Prices rose in 2024.` + "\n",
		`type     a 69 "18 January" gold meeting, system talks: Putin met Pezeshkian on 18 January.` + "\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q; got:\n%s", want, got)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	gold, system := readEventFiles(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, Report{}, ScoreEvents(gold, system)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Types  []string `json:"types"`
		Events struct {
			Matched int          `json:"matched"`
			Errors  []EventError `json:"errors"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("%v in\n%s", err, b.String())
	}
	if got.Types == nil || got.Events.Matched != 4 || len(got.Events.Errors) != 7 {
		t.Errorf("got %+v", got)
	}
}

// TestOwnArticles scores the pipeline on the articles written for the
// project (testdata/events): it guards the event layer against falling
// back, with floors below today's figures (recall, date accuracy,
// ROUGE-L, actor F1, status: own.jsonl 0.97, 0.99, 0.50, 0.58, 0.96;
// own2.jsonl 0.96, 0.95, 0.46, 0.56, 0.90; own3.jsonl 0.97, 0.98, 0.52,
// 0.64, 0.96; own4.jsonl 0.94, 0.92, 0.47, 0.48, 0.93; own5.jsonl 0.95,
// 0.91, 0.48, 0.55, 0.89; own6.jsonl 0.97, 0.94, 0.53, 0.53, 0.92;
// own7.jsonl 0.97, 0.94, 0.52, 0.50, 0.87; own8.jsonl 1.00, 0.97, 0.55,
// 0.44, 0.88).
func TestOwnArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every event sentence")
	}
	for _, set := range []struct {
		file                                string
		recall, date, rouge, actors, status float64
	}{
		{"own.jsonl", 0.93, 0.95, 0.45, 0.52, 0.90},
		{"own2.jsonl", 0.93, 0.90, 0.42, 0.50, 0.84},
		{"own3.jsonl", 0.93, 0.90, 0.46, 0.58, 0.90},
		{"own4.jsonl", 0.90, 0.86, 0.42, 0.40, 0.86},
		{"own5.jsonl", 0.91, 0.86, 0.43, 0.48, 0.82},
		{"own6.jsonl", 0.93, 0.89, 0.48, 0.47, 0.86},
		{"own7.jsonl", 0.93, 0.90, 0.47, 0.45, 0.79},
		{"own8.jsonl", 0.95, 0.92, 0.50, 0.39, 0.83},
	} {
		t.Run(set.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "..", "testdata", "events", set.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, err := ReadEventDocs(f, set.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(gold) < 8 {
				t.Fatalf("%d articles, want 8", len(gold))
			}
			found, err := Timelines(gold, timeline.Config{}, 2)
			if err != nil {
				t.Fatal(err)
			}
			r := ScoreEvents(gold, found)
			for _, c := range []struct {
				name       string
				got, floor float64
			}{
				{"recall", r.R, set.recall},
				{"date accuracy", r.DateAcc, set.date},
				{"summary ROUGE-L", r.Rouge, set.rouge},
				{"actor F1", r.ActorF1, set.actors},
				{"status accuracy", r.StatusAcc, set.status},
			} {
				if c.got < c.floor {
					t.Errorf("%s %.3f, below %.2f", c.name, c.got, c.floor)
				}
			}
		})
	}
}
