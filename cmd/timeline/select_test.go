package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// articles are the bundled articles: the example and two later reports of
// the same events.
var articles = []string{
	"../../testdata/articles/iran-russia.txt",
	"../../testdata/articles/moscow-treaty.txt",
	"../../testdata/articles/geneva-talks.txt",
}

// TestGoldenSelection runs extract over several articles, with --merge and
// with each filter, against golden files.
func TestGoldenSelection(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"articles.extract.txt", nil},
		{"articles.merge.txt", []string{"--merge"}},
		{"articles.merge.json", []string{"--merge", "-f", "json"}},
		{"articles.merge.csv", []string{"--merge", "-f", "csv"}},
		{"articles.since.txt", []string{"--merge", "--since", "2025-01"}},
		{"articles.until.txt", []string{"--merge", "--until", "2024-05"}},
		{"articles.type.txt", []string{"--merge", "--type", "sanctions,talks"}},
		{"articles.status.txt", []string{"--merge", "--status", "scheduled", "--status", "planned"}},
		{"articles.actor.md", []string{"--merge", "--actor", "pezeshkian", "-f", "markdown"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"extract", "--width", "140"}, tc.args...)
			code, out, errs := runCLI(t, "", append(args, articles...)...)
			if code != exitOK {
				t.Fatalf("exit code %d, stderr:\n%s", code, errs)
			}
			golden(t, tc.name+".golden", out)
		})
	}
}

// TestMergeAcrossArticles checks what --merge does, apart from the golden
// files: the Geneva talks that all three articles report are one row with
// three sources, and a merged run has fewer rows that together keep every
// mention.
func TestMergeAcrossArticles(t *testing.T) {
	type event struct {
		Date, Type string
		Mentions   []struct{ File string }
	}
	read := func(extra ...string) []event {
		code, out, errs := runCLI(t, "", append(append([]string{"extract", "-f", "json"}, extra...), articles...)...)
		if code != exitOK {
			t.Fatalf("exit code %d, stderr:\n%s", code, errs)
		}
		var doc struct{ Events []event }
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Events
	}
	plain, merged := read(), read("--merge")
	if len(merged) >= len(plain) {
		t.Errorf("--merge gave %d rows, without it %d", len(merged), len(plain))
	}
	count := func(es []event) int {
		n := 0
		for _, e := range es {
			n += len(e.Mentions)
		}
		return n
	}
	if count(plain) != count(merged) {
		t.Errorf("mentions: %d without --merge, %d with", count(plain), count(merged))
	}
	found := false
	for _, e := range merged {
		if e.Date != "2025-01-13" || e.Type != "talks" {
			continue
		}
		found = true
		files := map[string]bool{}
		for _, m := range e.Mentions {
			files[m.File] = true
		}
		if len(files) != 3 {
			t.Errorf("the Geneva talks come from %d articles, want 3: %+v", len(files), e.Mentions)
		}
	}
	if !found {
		t.Error("no row for the Geneva talks of 2025-01-13")
	}
}

func TestSelectionUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"--since", "last week"}, "--since"},
		{[]string{"--until", "2024-13"}, "--until"},
		{[]string{"--type", "visit,parade"}, "--type"},
		{[]string{"--status", "rumoured"}, "--status"},
	} {
		code, _, errs := runCLI(t, "", append(append([]string{"extract"}, tc.args...), example)...)
		if code != exitUsage || !strings.Contains(errs, tc.flag) {
			t.Errorf("%v: exit %d, stderr %q; want %d naming %s", tc.args, code, errs, exitUsage, tc.flag)
		}
	}
}

// TestMergeCommand checks the map/reduce contract in process: extract each
// article to sorted JSON Lines, merge the three streams, and get the bytes
// of one extract run over all three, with and without --merge and a
// filter.
func TestMergeCommand(t *testing.T) {
	dir := t.TempDir()
	var shards []string
	for i, a := range articles {
		code, out, errs := runCLI(t, "", "extract", "-q", "-f", "jsonl", a)
		if code != exitOK {
			t.Fatalf("extract %s: exit %d: %s", a, code, errs)
		}
		name := filepath.Join(dir, fmt.Sprintf("shard%d.jsonl", i))
		if err := os.WriteFile(name, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		shards = append(shards, name)
	}
	for _, extra := range [][]string{nil, {"--merge"}, {"--merge", "--actor", "iran", "--since", "2024-05"}} {
		code, want, errs := runCLI(t, "", append(append([]string{"extract", "-q", "-f", "jsonl"}, extra...), articles...)...)
		if code != exitOK {
			t.Fatalf("extract: exit %d: %s", code, errs)
		}
		// shards in another order: the result does not depend on it
		code, got, errs := runCLI(t, "", append(append([]string{"merge"}, extra...), shards[2], shards[0], shards[1])...)
		if code != exitOK {
			t.Fatalf("merge %v: exit %d: %s", extra, code, errs)
		}
		if got != want {
			t.Errorf("merge %v differs from one extract run:\ngot\n%s\nwant\n%s", extra, got, want)
		}
	}
	// a missing stream and an unsorted one are reported; the rest is merged
	bad := filepath.Join(dir, "unsorted.jsonl")
	lines := strings.SplitAfter(mustRead(t, shards[0]), "\n")
	if err := os.WriteFile(bad, []byte(lines[1]+lines[0]), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "merge", shards[1], filepath.Join(dir, "missing.jsonl"), bad)
	if code != exitInput || !strings.Contains(errs, "missing.jsonl") || !strings.Contains(errs, "unsorted.jsonl:2:") || out == "" {
		t.Errorf("bad streams: exit %d, stderr %q, %d bytes out", code, errs, len(out))
	}
	if code, _, _ := runCLI(t, "", "merge"); code != exitUsage {
		t.Errorf("merge without files: exit %d, want %d", code, exitUsage)
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
