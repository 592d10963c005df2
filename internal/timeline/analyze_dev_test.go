package timeline

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/event"
)

var devVerbose = flag.Bool("devverbose", false, "list every mismatch of TestAnalyzeDev")

// devPath is the shared events development set; the test skips without it.
const devPath = "../../../shared/data/events/dev.jsonl"

type devDoc struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Timex []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
	} `json:"timex"`
	Events []struct {
		Expr      string   `json:"expr"`
		ExprStart int      `json:"expr_start"`
		Type      string   `json:"type"`
		Actors    []string `json:"actors"`
		Summary   string   `json:"summary"`
	} `json:"events"`
}

// splitActors turns "Iran (Masoud Pezeshkian)" into "Iran" and "Masoud
// Pezeshkian", the dev set's convention.
func splitActors(as []string) []string {
	var out []string
	for _, a := range as {
		if i := strings.Index(a, " ("); i > 0 && strings.HasSuffix(a, ")") {
			out = append(out, a[:i], a[i+2:len(a)-1])
			continue
		}
		out = append(out, a)
	}
	return out
}

// readDevDocs reads the events development set; the error is that of
// opening it, for a test to skip on.
func readDevDocs(t *testing.T) ([]devDoc, error) {
	t.Helper()
	f, err := os.Open(devPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []devDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d devDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs, nil
}

// TestAnalyzeDev measures Analyze against the events development set:
// type accuracy over the gold events, actor precision and recall, and how
// well Event separates dated events from other dates. It fails only if the
// numbers fall well below what the rules reached when they were written.
func TestReadDev(t *testing.T) {
	docs, err := readDevDocs(t)
	if err != nil {
		t.Skipf("no development set: %v", err)
	}
	var nEv, nType, tp, fp, fn, split int
	var evTP, evFP, evFN, evTN int
	confusion := map[string]int{}
	for _, d := range docs {
		sents := Sentences([]byte(d.Text))
		find := func(off int) (Span, bool) {
			for _, s := range sents {
				if s.Start <= off && off < s.End {
					return s, true
				}
			}
			return Span{}, false
		}
		analyze := func(start, end int) (event.Analysis, string, bool) {
			s, ok := find(start)
			if !ok || end > s.End {
				return event.Analysis{}, "", false
			}
			var others []Span
			for _, x := range d.Timex {
				if x.Start >= s.Start && x.End <= s.End && (x.End <= start || x.Start >= end) {
					others = append(others, Span{Start: x.Start - s.Start, End: x.End - s.Start})
				}
			}
			sent := d.Text[s.Start:s.End]
			return event.Read(sent, start-s.Start, end-s.Start, others), sent, true
		}
		anchors := map[int]bool{}
		inRange := map[int]bool{}
		for _, e := range d.Events {
			nEv++
			end := e.ExprStart + len(e.Expr)
			anchors[e.ExprStart] = true
			for _, x := range d.Timex {
				if x.Start > e.ExprStart && x.End <= end {
					inRange[x.Start] = true
				}
			}
			got, sent, ok := analyze(e.ExprStart, end)
			if !ok {
				split++
				t.Logf("%s %q: not inside one sentence", d.ID, e.Expr)
				continue
			}
			if got.Type == e.Type {
				nType++
			} else {
				confusion[e.Type+"→"+got.Type]++
				if *devVerbose {
					t.Logf("%s %q: type got %s (%q) want %s\n\t%s", d.ID, e.Expr, got.Type, got.Trigger, e.Type, sent)
				}
			}
			gotA, wantA := splitActors(got.Actors), e.Actors
			miss := false
			for _, g := range gotA {
				found := false
				for _, w := range wantA {
					found = found || g == w
				}
				if found {
					tp++
				} else {
					fp++
					miss = true
				}
			}
			for _, w := range wantA {
				found := false
				for _, g := range gotA {
					found = found || g == w
				}
				if !found {
					fn++
					miss = true
				}
			}
			if miss && *devVerbose {
				t.Logf("%s %q: actors got %q want %q\n\t%s", d.ID, e.Expr, got.Actors, wantA, sent)
			}
		}
		for _, x := range d.Timex {
			if (x.Type != "DATE" && x.Type != "TIME") || inRange[x.Start] {
				continue
			}
			got, sent, ok := analyze(x.Start, x.End)
			if !ok {
				continue
			}
			want := anchors[x.Start]
			switch {
			case got.Event && want:
				evTP++
			case got.Event && !want:
				evFP++
			case !got.Event && want:
				evFN++
			default:
				evTN++
			}
			if got.Event != want && *devVerbose {
				t.Logf("%s %q: event got %v want %v\n\t%s", d.ID, x.Text, got.Event, want, sent)
			}
		}
	}
	acc := float64(nType) / float64(nEv)
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	t.Logf("events %d, split across sentences %d", nEv, split)
	t.Logf("type accuracy %.3f (%d/%d)", acc, nType, nEv)
	t.Logf("actors precision %.3f recall %.3f (tp %d fp %d fn %d)", p, r, tp, fp, fn)
	t.Logf("event detection: tp %d fp %d fn %d tn %d", evTP, evFP, evFN, evTN)
	if *devVerbose {
		t.Logf("type confusion (gold→got): %v", confusion)
	}
	if acc < 0.8 {
		t.Errorf("type accuracy %.3f fell below 0.8", acc)
	}
	if p < 0.75 {
		t.Errorf("actor precision %.3f fell below 0.75", p)
	}
}
