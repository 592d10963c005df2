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
