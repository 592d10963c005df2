package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const eventsGold = "../../testdata/eval/events-gold.jsonl"

func TestEvalEvents(t *testing.T) {
	code, out, errs := runCLI(t, "", "eval", "--errors", eventsGold)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	timex := strings.Index(out, "types: DATE, TIME")
	events := strings.Index(out, "events: 2 gold documents, 5 gold events (6 rows, linked mentions joined)")
	if timex < 0 || events < timex || !strings.Contains(out, "event errors:") {
		t.Errorf("want the timex report, then the event report with its errors; got:\n%s", out)
	}

	code, out, errs = runCLI(t, "", "eval", "--json", eventsGold)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	var got struct {
		Overall struct{ Gold int } `json:"overall"`
		Events  struct {
			Gold int `json:"gold"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	if got.Events.Gold != 5 {
		t.Errorf("events.gold: got %d, want 5", got.Events.Gold)
	}
}

// TestEvalNoEvents checks that gold files without events print the timex
// report alone.
func TestEvalNoEvents(t *testing.T) {
	code, out, errs := runCLI(t, "", "eval", "--json", "../../testdata/eval/gold.jsonl")
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	if strings.Contains(out, `"events"`) {
		t.Errorf("want no event report; got:\n%s", out)
	}
}

// TestEvalNoDCT checks that withholding the gold creation dates still
// scores every document, and that guessing the reference from the text
// never does better than being given it.
func TestEvalNoDCT(t *testing.T) {
	valueF1 := func(args ...string) float64 {
		t.Helper()
		code, out, errs := runCLI(t, "", append([]string{"eval", "--json"}, args...)...)
		if code != exitOK {
			t.Fatalf("%q: exit code %d, stderr:\n%s", args, code, errs)
		}
		var got struct {
			Docs    int `json:"docs"`
			Overall struct {
				Gold    int     `json:"gold"`
				ValueF1 float64 `json:"value_f1"`
			} `json:"overall"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v in\n%s", err, out)
		}
		if got.Docs != 3 || got.Overall.Gold != 7 {
			t.Errorf("%q: got %d documents and %d gold expressions, want 3 and 7", args, got.Docs, got.Overall.Gold)
		}
		return got.Overall.ValueF1
	}
	const gold = "../../testdata/eval/gold.jsonl"
	given := valueF1(gold)
	withheld := valueF1("--no-dct", gold)
	if withheld > given {
		t.Errorf("value F1 with --no-dct: got %.4f, want at most %.4f, the F1 with the dates given", withheld, given)
	}

	code, out, errs := runCLI(t, "", "eval", "--no-dct", gold)
	if code != exitOK || !strings.Contains(out, "types: DATE, TIME; 3 gold documents") {
		t.Errorf("--no-dct text report: exit code %d, stdout:\n%s\nstderr:\n%s", code, out, errs)
	}
}
