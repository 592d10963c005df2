package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// scoreEvalDir holds the hand-made gold and system files.
var scoreEvalDir = filepath.Join("..", "..", "testdata", "eval")

// readScoreFile reads a JSON Lines file of the eval test data.
func readScoreFile(t *testing.T, path string) []Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadDocs(f, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// checkScores compares the ratios with a tolerance and the counts exactly.
func scoreCheck(t *testing.T, name string, got, want Scores) {
	t.Helper()
	gotR := []float64{got.StrictP, got.StrictR, got.StrictF1, got.RelaxedP, got.RelaxedR, got.RelaxedF1, got.ValueAcc, got.ValueF1, got.TypeAcc}
	wantR := []float64{want.StrictP, want.StrictR, want.StrictF1, want.RelaxedP, want.RelaxedR, want.RelaxedF1, want.ValueAcc, want.ValueF1, want.TypeAcc}
	labels := []string{"StrictP", "StrictR", "StrictF1", "RelaxedP", "RelaxedR", "RelaxedF1", "ValueAcc", "ValueF1", "TypeAcc"}
	for i := range gotR {
		if math.Abs(gotR[i]-wantR[i]) > 1e-9 {
			t.Errorf("%s %s:\ngot  %.6f\nwant %.6f", name, labels[i], gotR[i], wantR[i])
		}
	}
	gotN := [6]int{got.Gold, got.System, got.StrictMatch, got.RelaxedMatch, got.ValueMatch, got.TypeMatch}
	wantN := [6]int{want.Gold, want.System, want.StrictMatch, want.RelaxedMatch, want.ValueMatch, want.TypeMatch}
	if gotN != wantN {
		t.Errorf("%s counts (gold, system, strict, relaxed, value, type):\ngot  %v\nwant %v", name, gotN, wantN)
	}
}

// TestScoreEvalFiles scores testdata/eval/system.jsonl against gold.jsonl.
//
// Gold, with DATE and TIME scored (the DURATIONs "three years" and "two
// weeks" are left out, and so is the system's "three years" DURATION):
//
//	d1  Monday DATE 1998-01-05   system: Monday 1998-01-05          strict, value ok
//	d1  1997 DATE 1997           system: "in 1997" 1997              relaxed only (span error)
//	d1  next month DATE 1998-02  system: next month 1998-03          strict, wrong value
//	d2  yesterday morning TIME   system: "yesterday" DATE 1998-01-07 relaxed only, wrong value, wrong type
//	d2  this week DATE           system: nothing                     missed
//	d2  (nothing)                system: now DATE PRESENT_REF        spurious
//	d2  5 p.m. Tuesday TIME      system: same, same value            strict, value ok
//	d3  Friday DATE              d3 absent from system output        missed
//	d9  is only in system output and is ignored.
//
// Overall: gold 7, system 6, strict 3, relaxed 5, value right 3, type right 4.
//
//	strict  P = 3/6 = 0.5, R = 3/7, F1 = 2·3/(6+7) = 6/13
//	relaxed P = 5/6, R = 5/7, F1 = 2·5/(6+7) = 10/13
//	value acc = 3/5, value F1 = 10/13 · 3/5 = 6/13, type acc = 4/5
//
// DATE (recall by gold type, precision by system type): gold DATE are
// Monday, 1997, next month, this week, Friday = 5, of which 3 relaxed and 2
// strict; system DATE are Monday, in 1997, next month, yesterday, now = 5, of
// which 4 relaxed ("yesterday" matches a gold TIME) and 2 strict.
//
//	strict  P = 2/5, R = 2/5, F1 = 2/5
//	relaxed P = 4/5, R = 3/5, F1 = 2·0.8·0.6/1.4 = 24/35
//	value acc = 2/3 (next month wrong), value F1 = 24/35 · 2/3 = 16/35, type acc = 3/3
//
// TIME: gold 2 (yesterday morning, 5 p.m. Tuesday), both relaxed, 1 strict;
// system TIME 1 (5 p.m. Tuesday), strict.
//
//	strict  P = 1/1, R = 1/2, F1 = 2/3
//	relaxed P = 1, R = 1, F1 = 1
//	value acc = 1/2, value F1 = 1/2, type acc = 1/2
//
// Corpus news-a (d1, d2): gold 6, system 6, strict 3, relaxed 5, value 3, type 4.
// Corpus news-b (d3): gold 1, system 0, nothing matched.
func TestScoreEvalFiles(t *testing.T) {
	gold := readScoreFile(t, filepath.Join(scoreEvalDir, "gold.jsonl"))
	system := readScoreFile(t, filepath.Join(scoreEvalDir, "system.jsonl"))
	got := Score(gold, system, Options{})

	if want := []string{"DATE", "TIME"}; !reflect.DeepEqual(got.Types, want) {
		t.Errorf("Types:\ngot  %q\nwant %q", got.Types, want)
	}
	if got.Docs != 3 {
		t.Errorf("Docs: got %d, want 3", got.Docs)
	}
	if want := []string{"d3"}; !reflect.DeepEqual(got.MissingDocs, want) {
		t.Errorf("MissingDocs:\ngot  %q\nwant %q", got.MissingDocs, want)
	}
	if want := []string{"d9"}; !reflect.DeepEqual(got.ExtraDocs, want) {
		t.Errorf("ExtraDocs:\ngot  %q\nwant %q", got.ExtraDocs, want)
	}

	scoreCheck(t, "all", got.Overall, Scores{
		StrictP: 3.0 / 6, StrictR: 3.0 / 7, StrictF1: 6.0 / 13,
		RelaxedP: 5.0 / 6, RelaxedR: 5.0 / 7, RelaxedF1: 10.0 / 13,
		ValueAcc: 3.0 / 5, ValueF1: 6.0 / 13, TypeAcc: 4.0 / 5,
		Gold: 7, System: 6, StrictMatch: 3, RelaxedMatch: 5, ValueMatch: 3, TypeMatch: 4,
	})

	wantType := []GroupScores{
		{"DATE", Scores{
			StrictP: 2.0 / 5, StrictR: 2.0 / 5, StrictF1: 2.0 / 5,
			RelaxedP: 4.0 / 5, RelaxedR: 3.0 / 5, RelaxedF1: 24.0 / 35,
			ValueAcc: 2.0 / 3, ValueF1: 16.0 / 35, TypeAcc: 1,
			Gold: 5, System: 5, StrictMatch: 2, RelaxedMatch: 3, ValueMatch: 2, TypeMatch: 3,
		}},
		{"TIME", Scores{
			StrictP: 1, StrictR: 1.0 / 2, StrictF1: 2.0 / 3,
			RelaxedP: 1, RelaxedR: 1, RelaxedF1: 1,
			ValueAcc: 1.0 / 2, ValueF1: 1.0 / 2, TypeAcc: 1.0 / 2,
			Gold: 2, System: 1, StrictMatch: 1, RelaxedMatch: 2, ValueMatch: 1, TypeMatch: 1,
		}},
	}
	scoreCheckGroups(t, "PerType", got.PerType, wantType)

	wantCorpus := []GroupScores{
		{"news-a", Scores{
			StrictP: 3.0 / 6, StrictR: 3.0 / 6, StrictF1: 3.0 / 6,
			RelaxedP: 5.0 / 6, RelaxedR: 5.0 / 6, RelaxedF1: 5.0 / 6,
			ValueAcc: 3.0 / 5, ValueF1: 5.0 / 6 * 3 / 5, TypeAcc: 4.0 / 5,
			Gold: 6, System: 6, StrictMatch: 3, RelaxedMatch: 5, ValueMatch: 3, TypeMatch: 4,
		}},
		{"news-b", Scores{Gold: 1}},
	}
	scoreCheckGroups(t, "PerCorpus", got.PerCorpus, wantCorpus)

	// Errors come by document, then position; a pair with a wrong span and
	// a wrong value gives "span" then "value".
	var gotErr []string
	for _, e := range got.Errors {
		var g, s string
		if e.Gold != nil {
			g = fmt.Sprintf("%d-%d %s", e.Gold.Start, e.Gold.End, e.Gold.Value)
		}
		if e.System != nil {
			s = fmt.Sprintf("%d-%d %s", e.System.Start, e.System.End, e.System.Value)
		}
		gotErr = append(gotErr, fmt.Sprintf("%s %s [%s] [%s]", e.Doc, e.Kind, g, s))
	}
	wantErr := []string{
		"d1 span [44-48 1997] [41-48 1997]",
		"d1 value [93-103 1998-02] [93-103 1998-03]",
		"d2 span [12-29 1998-01-07TMO] [12-21 1998-01-07]",
		"d2 value [12-29 1998-01-07TMO] [12-21 1998-01-07]",
		"d2 missed [61-70 1998-W02] []",
		"d2 spurious [] [76-79 PRESENT_REF]",
		"d3 missed [16-22 1998-01-09] []",
	}
	if !reflect.DeepEqual(gotErr, wantErr) {
		t.Errorf("Errors:\ngot  %q\nwant %q", gotErr, wantErr)
	}
	// "span" errors = relaxed - strict, "value" errors = relaxed - value.
	kinds := make(map[string]int)
	for _, e := range got.Errors {
		kinds[e.Kind]++
	}
	o := got.Overall
	if kinds[TimexSpan] != o.RelaxedMatch-o.StrictMatch || kinds[TimexValue] != o.RelaxedMatch-o.ValueMatch {
		t.Errorf("error kinds %v do not agree with %+v", kinds, o)
	}
	if e := got.Errors[5]; e.Context != "nalysts expect a rebound this week, for [[now]]. The report came out at 5 p.m. Tuesday." {
		t.Errorf("spurious context:\ngot  %q", e.Context)
	}
}

func scoreCheckGroups(t *testing.T, what string, got, want []GroupScores) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d rows, want %d", what, len(got), len(want))
	}
	for i := range want {
		if got[i].Name != want[i].Name {
			t.Errorf("%s row %d: got name %q, want %q", what, i, got[i].Name, want[i].Name)
		}
		scoreCheck(t, what+" "+want[i].Name, got[i].Scores, want[i].Scores)
	}
}

// scoreDoc1 builds a one-document slice; scoreTx builds a timex.
func scoreDoc1(id, text string, tx ...Timex) []Doc {
	return []Doc{{ID: id, Text: text, Timex: tx}}
}

func scoreTx(start, end int, typ, value string) Timex {
	return Timex{Start: start, End: end, Type: typ, Value: value}
}

// TestScoreMatching checks the matching rules on small inline cases. want
// holds gold, system, strict, relaxed, value and type match counts.
func TestScoreMatching(t *testing.T) {
	const text = "from March 3 to March 4 and then on 5 May 1998 at noon"
	tests := []struct {
		name         string
		gold, system []Doc
		opts         Options
		want         [6]int
		wantKinds    string
	}{
		{
			name:   "exact",
			gold:   scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03")),
			system: scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03")),
			want:   [6]int{1, 1, 1, 1, 1, 1},
		},
		{
			// One long system span over two gold dates matches only one:
			// both overlaps are 7 bytes, so the tie goes to gold order.
			name:      "one to one, ties by order",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03"), scoreTx(16, 23, "DATE", "1998-03-04")),
			system:    scoreDoc1("a", text, scoreTx(5, 23, "DATE", "1998-03-03")),
			want:      [6]int{2, 1, 0, 1, 1, 1},
			wantKinds: "span missed",
		},
		{
			// The second system span overlaps gold 1 more (7 bytes) than
			// the first (2 bytes), so it wins although it comes later.
			name:      "largest overlap wins",
			gold:      scoreDoc1("a", text, scoreTx(16, 23, "DATE", "1998-03-04")),
			system:    scoreDoc1("a", text, scoreTx(13, 18, "DATE", "x"), scoreTx(16, 27, "DATE", "1998-03-04")),
			want:      [6]int{1, 2, 0, 1, 1, 1},
			wantKinds: "spurious span",
		},
		{
			// With equal overlap the smaller union wins, so an exact
			// match is never lost to a longer span listed first.
			name:      "exact beats longer span",
			gold:      scoreDoc1("a", text, scoreTx(36, 46, "DATE", "1998-05-05")),
			system:    scoreDoc1("a", text, scoreTx(33, 46, "DATE", "1998-05-05"), scoreTx(36, 46, "DATE", "1998-05-05")),
			want:      [6]int{1, 2, 1, 1, 1, 1},
			wantKinds: "spurious",
		},
		{
			name:      "duplicate system timex is spurious",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03")),
			system:    scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03"), scoreTx(5, 12, "DATE", "1998-03-03")),
			want:      [6]int{1, 2, 1, 1, 1, 1},
			wantKinds: "spurious",
		},
		{
			name:      "adjacent spans do not overlap",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03")),
			system:    scoreDoc1("a", text, scoreTx(12, 15, "DATE", "1998-03-03")),
			want:      [6]int{1, 1, 0, 0, 0, 0},
			wantKinds: "missed spurious",
		},
		{
			// A system DATE over a gold DURATION is spurious; a gold DATE
			// tagged DURATION by the system is missed.
			name:      "type filter on both sides",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DURATION", "P1D"), scoreTx(16, 23, "DATE", "1998-03-04")),
			system:    scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03"), scoreTx(16, 23, "DURATION", "P1D")),
			want:      [6]int{1, 1, 0, 0, 0, 0},
			wantKinds: "spurious missed",
		},
		{
			name:   "types option, any case",
			gold:   scoreDoc1("a", text, scoreTx(5, 12, "DURATION", "P1D"), scoreTx(16, 23, "DATE", "1998-03-04")),
			system: scoreDoc1("a", text, scoreTx(5, 12, "duration", "P1D"), scoreTx(16, 23, "DATE", "1998-03-04")),
			opts:   Options{Types: []string{"duration"}},
			want:   [6]int{1, 1, 1, 1, 1, 1},
		},
		{
			// Untyped system timexes take the type of the gold timex they
			// overlap most: the first becomes DURATION and is left out,
			// the second DATE; neither counts as a right type. The third
			// overlaps nothing and is counted as spurious.
			name:      "untyped system timexes",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DURATION", "P1D"), scoreTx(16, 23, "DATE", "1998-03-04")),
			system:    scoreDoc1("a", text, scoreTx(5, 12, "", "P1D"), scoreTx(16, 23, "", "1998-03-04"), scoreTx(50, 54, "", "1998-05-05T12:00")),
			want:      [6]int{1, 2, 1, 1, 1, 0},
			wantKinds: "spurious",
		},
		{
			name:      "value compared as exact string",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03")),
			system:    scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-3-3")),
			want:      [6]int{1, 1, 1, 1, 0, 1},
			wantKinds: "value",
		},
		{
			name:      "missing system document",
			gold:      scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03"), scoreTx(16, 23, "DATE", "1998-03-04")),
			system:    nil,
			want:      [6]int{2, 0, 0, 0, 0, 0},
			wantKinds: "missed missed",
		},
		{
			name:   "no timexes at all",
			gold:   scoreDoc1("a", text),
			system: scoreDoc1("a", text),
			want:   [6]int{0, 0, 0, 0, 0, 0},
		},
		{
			// Documents sharing an id are merged, not dropped.
			name:   "repeated system id",
			gold:   scoreDoc1("a", text, scoreTx(5, 12, "DATE", "1998-03-03"), scoreTx(16, 23, "DATE", "1998-03-04")),
			system: append(scoreDoc1("a", "", scoreTx(5, 12, "DATE", "1998-03-03")), scoreDoc1("a", "", scoreTx(16, 23, "DATE", "1998-03-04"))...),
			want:   [6]int{2, 2, 2, 2, 2, 2},
		},
		{
			// Spans outside the text must not panic; they get no context.
			name:      "span past the text",
			gold:      scoreDoc1("a", "short", scoreTx(2, 4, "DATE", "x")),
			system:    scoreDoc1("a", "", scoreTx(90, 99, "DATE", "y")),
			want:      [6]int{1, 1, 0, 0, 0, 0},
			wantKinds: "missed spurious",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(tc.gold, tc.system, tc.opts)
			o := r.Overall
			got := [6]int{o.Gold, o.System, o.StrictMatch, o.RelaxedMatch, o.ValueMatch, o.TypeMatch}
			if got != tc.want {
				t.Errorf("counts (gold, system, strict, relaxed, value, type):\ngot  %v\nwant %v", got, tc.want)
			}
			var kinds []string
			for _, e := range r.Errors {
				kinds = append(kinds, e.Kind)
			}
			if got := strings.Join(kinds, " "); got != tc.wantKinds {
				t.Errorf("error kinds:\ngot  %q\nwant %q", got, tc.wantKinds)
			}
			// F1 = 2M/(G+S) whenever defined.
			if o.Gold+o.System > 0 {
				if want := 2 * float64(o.RelaxedMatch) / float64(o.Gold+o.System); math.Abs(o.RelaxedF1-want) > 1e-9 {
					t.Errorf("RelaxedF1:\ngot  %v\nwant %v", o.RelaxedF1, want)
				}
			}
		})
	}
}

func TestReadDocs(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Doc
		wantErr string
	}{
		{
			name: "blank lines, CRLF, BOM and date alias",
			in:   "\uFEFF{\"id\":\"a\",\"dct\":\"1998-01-08\"}\r\n\n   \n{\"id\":\"b\",\"date\":\"2000-01-01\",\"text\":\"on Monday\",\"timex\":[{\"start\":3,\"end\":9,\"text\":\"Monday\",\"type\":\"DATE\",\"value\":\"2000-01-03\"}]}",
			want: []Doc{
				{ID: "a", DCT: "1998-01-08"},
				{ID: "b", DCT: "2000-01-01", Text: "on Monday", Timex: []Timex{{Start: 3, End: 9, Text: "Monday", Type: "DATE", Value: "2000-01-03"}}},
			},
		},
		{
			name: "byte offsets past non-ASCII text",
			in:   `{"id":"z","text":"Zürich, 5 May","timex":[{"start":9,"end":14,"text":"5 May"}]}`,
			want: []Doc{{ID: "z", Text: "Zürich, 5 May", Timex: []Timex{{Start: 9, End: 14, Text: "5 May"}}}},
		},
		{name: "empty input", in: "", want: nil},
		{
			name:    "syntax error on line 3",
			in:      "{\"id\":\"a\"}\n\n{\"id\":\"b\",\"timex\":[}\n",
			wantErr: `gold.jsonl:3: invalid character '}' looking for beginning of value`,
		},
		{
			name:    "truncated line",
			in:      `{"id":"a"`,
			wantErr: `gold.jsonl:1: unexpected end of JSON input`,
		},
		{
			name:    "not an object",
			in:      `{"id":"a"}` + "\n" + `["b"]`,
			wantErr: `gold.jsonl:2: not a JSON object`,
		},
		{
			name:    "wrong field type",
			in:      `{"id":"a","timex":[{"start":"3","end":9}]}`,
			wantErr: `gold.jsonl:1: field "timex.start": cannot use JSON string as int`,
		},
		{
			name:    "two objects on a line",
			in:      `{"id":"a"} {"id":"b"}`,
			wantErr: `gold.jsonl:1: invalid character '{' after top-level value`,
		},
		{
			name:    "missing id",
			in:      `{"dct":"1998-01-08"}`,
			wantErr: `gold.jsonl:1: missing "id"`,
		},
		{
			name:    "duplicate id",
			in:      "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"a\"}\n",
			wantErr: `gold.jsonl:3: duplicate id "a" (first on line 1)`,
		},
		{
			name:    "empty span",
			in:      `{"id":"a","timex":[{"start":4,"end":9},{"start":4,"end":4}]}`,
			wantErr: `gold.jsonl:1: id "a": timex 2: bad span 4-4`,
		},
		{
			name:    "span past the text",
			in:      `{"id":"a","text":"on Monday","timex":[{"start":3,"end":12}]}`,
			wantErr: `gold.jsonl:1: id "a": timex 1: span 3-12 is past the end of the text (9 bytes)`,
		},
		{
			// Rune offsets: "5 May" starts at rune 8 but byte 9.
			name:    "text disagrees with span",
			in:      `{"id":"z","text":"Zürich, 5 May","timex":[{"start":8,"end":13,"text":"5 May"}]}`,
			wantErr: `gold.jsonl:1: id "z": timex 1: text at 8-13 is " 5 Ma", not "5 May" (offsets must count bytes)`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadDocs(strings.NewReader(tc.in), "gold.jsonl")
			if tc.wantErr != "" {
				if err == nil {
					t.Fatalf("got no error, want %q", tc.wantErr)
				}
				if err.Error() != tc.wantErr {
					t.Errorf("error:\ngot  %q\nwant %q", err.Error(), tc.wantErr)
				}
				var le *LineError
				if !errors.As(err, &le) || le.File != "gold.jsonl" {
					t.Errorf("error %v is not a *LineError for gold.jsonl", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("docs:\ngot  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// TestReadDocsUnwrap checks that JSON errors stay reachable.
func TestReadDocsUnwrap(t *testing.T) {
	_, err := ReadDocs(strings.NewReader(`{"id":1}`), "x.jsonl")
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		t.Errorf("got %v, want a wrapped *json.UnmarshalTypeError", err)
	}
	_, err = ReadDocs(strings.NewReader(`{"id":`), "x.jsonl")
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		t.Errorf("got %v, want a wrapped *json.SyntaxError", err)
	}
}

type scoreFailReader struct{}

func (scoreFailReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadDocsIOError(t *testing.T) {
	_, err := ReadDocs(scoreFailReader{}, "gold.jsonl")
	if want := "read gold.jsonl: disk on fire"; err == nil || err.Error() != want {
		t.Errorf("error:\ngot  %v\nwant %q", err, want)
	}
}

func TestScoreContext(t *testing.T) {
	long := strings.Repeat("a", 50)
	tests := []struct {
		name, text string
		start, end int
		want       string
	}{
		{"short text", "on\nMonday\tnoon", 3, 9, "on [[Monday]] noon"},
		{"cut at 40 bytes", long + "XY" + long, 50, 52, long[:40] + "[[XY]]" + long[:40]},
		// "é" is 2 bytes: a cut inside it moves to keep whole runes.
		{"rune boundary", strings.Repeat("é", 30) + "X" + strings.Repeat("é", 30), 60, 61,
			strings.Repeat("é", 20) + "[[X]]" + strings.Repeat("é", 20)},
		{"odd cut in runes", "a" + strings.Repeat("é", 30) + "X" + strings.Repeat("é", 30) + "a", 61, 62,
			strings.Repeat("é", 20) + "[[X]]" + strings.Repeat("é", 20)},
		{"span with newline", "one\r\ntwo", 0, 8, "[[one two]]"},
		{"out of range", "abc", 2, 9, ""},
		{"no text", "", 0, 3, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := scoreContext(tc.text, tc.start, tc.end); got != tc.want {
				t.Errorf("\ngot  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestWriteReport compares the text report of the eval files with
// testdata/eval/report.txt.golden. Run with -update to rewrite it, if the
// package's tests define that flag (it is looked up rather than declared
// here so that it never clashes with another test file's declaration).
func TestWriteReport(t *testing.T) {
	gold := readScoreFile(t, filepath.Join(scoreEvalDir, "gold.jsonl"))
	system := readScoreFile(t, filepath.Join(scoreEvalDir, "system.jsonl"))
	r := Score(gold, system, Options{})
	var buf bytes.Buffer
	if err := WriteReport(&buf, r, true); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for i, line := range strings.Split(got, "\n") {
		if strings.ContainsAny(line, "\r\t") {
			t.Errorf("line %d holds a control character: %q", i+1, line)
		}
	}
	path := filepath.Join(scoreEvalDir, "report.txt.golden")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("report differs from %s:\ngot\n%s\nwant\n%s", path, got, want)
	}

	buf.Reset()
	if err := WriteReport(&buf, r, false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "errors:") || !strings.HasPrefix(string(want), buf.String()) {
		t.Errorf("report without errors is not the head of the full report:\n%s", buf.String())
	}
}

func TestWriteReportJSON(t *testing.T) {
	gold := readScoreFile(t, filepath.Join(scoreEvalDir, "gold.jsonl"))
	system := readScoreFile(t, filepath.Join(scoreEvalDir, "system.jsonl"))
	want := Score(gold, system, Options{})
	var buf bytes.Buffer
	if err := WriteReportJSON(&buf, want); err != nil {
		t.Fatal(err)
	}
	var got Report
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v", got, want)
	}
	for _, key := range []string{`"relaxed_f1": 0.769230769`, `"per_type": [`, `"name": "DATE"`, `"missing_docs": [`, `"kind": "spurious"`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("JSON lacks %s:\n%s", key, buf.String())
		}
	}

	// An empty report still has arrays, not nulls.
	buf.Reset()
	if err := WriteReportJSON(&buf, Report{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("empty report holds null:\n%s", buf.String())
	}
}

// TestScoreCorpusSelf scores each shared corpus against itself (gold as
// system output): every ratio of every row must be 1, with no errors. It
// also checks that ReadDocs accepts the real files.
func TestScoreCorpusSelf(t *testing.T) {
	for _, name := range []string{"tbaq-train.jsonl", "esc-dev.jsonl"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("/work/shared/data/timeml", name)
			f, err := os.Open(path)
			if errors.Is(err, os.ErrNotExist) {
				t.Skipf("%s not present", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			docs, err := ReadDocs(f, name)
			if err != nil {
				t.Fatal(err)
			}
			r := Score(docs, docs, Options{})
			if len(r.Errors) != 0 || len(r.MissingDocs) != 0 || len(r.ExtraDocs) != 0 {
				t.Errorf("%d errors, %d missing, %d extra; want none", len(r.Errors), len(r.MissingDocs), len(r.ExtraDocs))
			}
			if r.Overall.Gold == 0 {
				t.Fatal("no gold timexes scored")
			}
			rows := append([]GroupScores{{"all", r.Overall}}, r.PerType...)
			rows = append(rows, r.PerCorpus...)
			for _, g := range rows {
				s := g.Scores
				one := Scores{
					StrictP: 1, StrictR: 1, StrictF1: 1, RelaxedP: 1, RelaxedR: 1, RelaxedF1: 1,
					ValueAcc: 1, ValueF1: 1, TypeAcc: 1,
					Gold: s.Gold, System: s.Gold, StrictMatch: s.Gold, RelaxedMatch: s.Gold, ValueMatch: s.Gold, TypeMatch: s.Gold,
				}
				scoreCheck(t, g.Name, s, one)
			}
		})
	}
}

// FuzzReadDocs checks that no input makes reading or scoring panic.
func FuzzReadDocs(f *testing.F) {
	f.Add(`{"id":"a","text":"on Monday","timex":[{"start":3,"end":9,"text":"Monday","type":"DATE","value":"x"}]}`)
	f.Add("{\"id\":\"a\"}\n\n{\"id\":\"b\",\"timex\":[}\n")
	f.Add(`{"id":"z","text":"Zürich","timex":[{"start":1,"end":3}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<16 {
			return
		}
		docs, err := ReadDocs(strings.NewReader(in), "f.jsonl")
		if err != nil {
			return
		}
		// Score the input against itself and against a copy shifted by
		// one byte, so that spans overlap without being equal.
		shifted := make([]Doc, len(docs))
		for i, d := range docs {
			shifted[i] = Doc{ID: d.ID}
			for _, x := range d.Timex {
				x.Start++
				x.Type = ""
				shifted[i].Timex = append(shifted[i].Timex, x)
			}
		}
		for _, system := range [][]Doc{docs, shifted} {
			r := Score(docs, system, Options{Types: []string{"DATE", "TIME", "DURATION", "SET"}})
			o := r.Overall
			if o.StrictMatch > o.RelaxedMatch || o.RelaxedMatch > min(o.Gold, o.System) ||
				o.ValueMatch > o.RelaxedMatch || o.TypeMatch > o.RelaxedMatch {
				t.Errorf("impossible counts %+v", o)
			}
			if err := WriteReport(io.Discard, r, true); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// ExampleScore scores a system that found one of two dates, with the
// wrong value.
func ExampleScore() {
	text := "Talks resumed on Monday and end next month."
	gold := []Doc{{ID: "a", Text: text, Timex: []Timex{
		{Start: 17, End: 23, Text: "Monday", Type: "DATE", Value: "1998-01-05"},
		{Start: 32, End: 42, Text: "next month", Type: "DATE", Value: "1998-02"},
	}}}
	system := []Doc{{ID: "a", Timex: []Timex{
		{Start: 14, End: 23, Type: "DATE", Value: "1998-01-12"},
	}}}
	r := Score(gold, system, Options{})
	o := r.Overall
	fmt.Printf("relaxed P %.2f R %.2f F1 %.2f, value accuracy %.2f\n", o.RelaxedP, o.RelaxedR, o.RelaxedF1, o.ValueAcc)
	for _, e := range r.Errors {
		fmt.Println(scoreErrorLine(e))
	}
	// Output:
	// relaxed P 1.00 R 0.50 F1 0.67, value accuracy 0.00
	// span     a 17-23 gold "Monday", system 14-23 "on Monday": Talks resumed on [[Monday]] and end next month.
	// value    a 17-23 gold "1998-01-05", system "1998-01-12": Talks resumed on [[Monday]] and end next month.
	// missed   a 32-42 DATE "1998-02": Talks resumed on Monday and end [[next month]].
}

// TestReadDocsDates reads what "timeline dates -f jsonl" writes (the
// lines that the writer's test expects) as system output.
func TestReadDocsDates(t *testing.T) {
	lines := `{"id":"news.txt","timex":[` +
		`{"start":120,"end":130,"text":"January 17","type":"DATE","value":"2025-01-17","precision":"day","tense":"past","anchor":"ref","how":"month-day, year from the reference"},` +
		`{"start":200,"end":214,"text":"early, \"late\"\n2024","type":"DATE","value":"2024","mod":"START","precision":"year"}]}` + "\n" +
		`{"id":"w-2","timex":[{"start":10,"end":22,"text":"3 to 7 March","type":"DATE","value":"2025-03-03","end_value":"2025-03-07","precision":"day","tense":"future"}]}` + "\n" +
		`{"id":"empty.txt","timex":[]}` + "\n"
	docs, err := ReadDocs(strings.NewReader(lines), "dates.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || len(docs[0].Timex) != 2 || docs[0].Timex[1].Mod != "START" {
		t.Errorf("ReadDocs: got %+v", docs)
	}
}
