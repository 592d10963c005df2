package syntax

import (
	"math"
	"os"
	"strings"
	"testing"
)

func TestScoreF1AndRatio(t *testing.T) {
	tests := []struct {
		name          string
		in            F1
		wantP, wantR  float64
		wantF1, ratio float64
	}{
		{"empty", F1{}, 0, 0, 0, 0},
		{"perfect", F1{Gold: 4, System: 4, Correct: 4}, 1, 1, 1, 1},
		{"half", F1{Gold: 4, System: 2, Correct: 1}, 0.5, 0.25, 1.0 / 3, 0.25},
		{"no system items", F1{Gold: 3}, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := []float64{tc.in.Precision(), tc.in.Recall(), tc.in.F1(), Ratio{tc.in.Correct, tc.in.Gold}.Value()}
			want := []float64{tc.wantP, tc.wantR, tc.wantF1, tc.ratio}
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-9 {
					t.Errorf("%+v: got %v, want %v", tc.in, got, want)
					break
				}
			}
		})
	}
}

// readCoNLLU reads sentences from CoNLL-U text written with spaces for
// tabs, so that test tables stay readable.
func readCoNLLU(t *testing.T, src string) []Sentence {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			line = strings.Join(strings.Fields(line), "\t")
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	sents, err := ReadCoNLLU(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

const scoreGoldDont = `
# text = I don't know.
1   I     I     PRON  PRP _ 4 nsubj  _ _
2-3 don't _     _     _   _ _ _      _ _
2   do    do    AUX   VBP _ 4 aux    _ _
3   n't   not   PART  RB  _ 4 advmod _ _
4   know  know  VERB  VB  _ 0 root   _ SpaceAfter=No
5   .     .     PUNCT .   _ 4 punct  _ _
`

const scoreGoldTwo = `
# text = It rained.
1 It     it    PRON  PRP _ 2 nsubj _ _
2 rained rain  VERB  VBD _ 0 root  _ SpaceAfter=No
3 .      .     PUNCT .   _ 2 punct _ _

# text = We stayed.
1 We     we    PRON  PRP _ 2 nsubj _ _
2 stayed stay  VERB  VBD _ 0 root  _ SpaceAfter=No
3 .      .     PUNCT .   _ 2 punct _ _
`

func TestScore(t *testing.T) {
	tests := []struct {
		name      string
		gold, sys string
		// want holds Tokens, Words and Sentences as gold/system/correct,
		// then UPOS, XPOS, Lemmas, UAS and LAS as correct/total.
		want Scores
	}{
		{
			name: "perfect match",
			gold: scoreGoldDont,
			sys:  scoreGoldDont,
			want: Scores{
				Tokens: F1{4, 4, 4}, Words: F1{5, 5, 5}, Sentences: F1{1, 1, 1},
				UPOS: Ratio{5, 5}, XPOS: Ratio{5, 5}, Lemmas: Ratio{5, 5}, UAS: Ratio{5, 5}, LAS: Ratio{5, 5},
			},
		},
		{
			name: "wrong heads and relations",
			gold: scoreGoldDont,
			sys: `
# text = I don't know.
1   I     I     PRON  PRP _ 4 obj    _ _
2-3 don't _     _     _   _ _ _      _ _
2   do    do    VERB  VBP _ 0 root   _ _
3   n't   not   PART  RB  _ 2 advmod _ _
4   know  know  VERB  VB  _ 2 ccomp  _ SpaceAfter=No
5   .     .     PUNCT .   _ 4 punct  _ _
`,
			// I: head right, relation wrong; do: head wrong; n't: head
			// wrong; know: head wrong; ".": right
			want: Scores{
				Tokens: F1{4, 4, 4}, Words: F1{5, 5, 5}, Sentences: F1{1, 1, 1},
				UPOS: Ratio{4, 5}, XPOS: Ratio{5, 5}, Lemmas: Ratio{5, 5}, UAS: Ratio{2, 5}, LAS: Ratio{1, 5},
			},
		},
		{
			name: "relation subtypes do not count",
			gold: `
# text = He left today.
1 He     he    PRON  PRP _ 2 nsubj        _ _
2 left   leave VERB  VBD _ 0 root         _ _
3 today  today NOUN  NN  _ 2 obl:unmarked _ SpaceAfter=No
4 .      .     PUNCT .   _ 2 punct        _ _
`,
			sys: `
# text = He left today.
1 He     he    PRON  PRP _ 2 nsubj:pass _ _
2 left   leave VERB  VBD _ 0 root       _ _
3 today  today NOUN  NN  _ 2 obl        _ SpaceAfter=No
4 .      .     PUNCT .   _ 2 punct      _ _
`,
			want: Scores{
				Tokens: F1{4, 4, 4}, Words: F1{4, 4, 4}, Sentences: F1{1, 1, 1},
				UPOS: Ratio{4, 4}, XPOS: Ratio{4, 4}, Lemmas: Ratio{4, 4}, UAS: Ratio{4, 4}, LAS: Ratio{4, 4},
			},
		},
		{
			name: "a multiword token split into two tokens",
			gold: scoreGoldDont,
			sys: `
# text = I don't know.
1 I    I    PRON  PRP _ 4 nsubj  _ _
2 do   do   AUX   VBP _ 4 aux    _ SpaceAfter=No
3 n't  not  PART  RB  _ 4 advmod _ _
4 know know VERB  VB  _ 0 root   _ SpaceAfter=No
5 .    .    PUNCT .   _ 4 punct  _ _
`,
			want: Scores{
				Tokens: F1{4, 5, 3}, Words: F1{5, 5, 5}, Sentences: F1{1, 1, 1},
				UPOS: Ratio{5, 5}, XPOS: Ratio{5, 5}, Lemmas: Ratio{5, 5}, UAS: Ratio{5, 5}, LAS: Ratio{5, 5},
			},
		},
		{
			name: "a hyphenated word left whole",
			gold: `
# text = Al-Zaman said.
1 Al    Al    PROPN NNP  _ 4 nsubj _ SpaceAfter=No
2 -     -     PUNCT HYPH _ 3 punct _ SpaceAfter=No
3 Zaman Zaman PROPN NNP  _ 1 flat  _ _
4 said  say   VERB  VBD  _ 0 root  _ SpaceAfter=No
5 .     .     PUNCT .    _ 4 punct _ _
`,
			sys: `
# text = Al-Zaman said.
1 Al-Zaman Al-Zaman PROPN NNP _ 2 nsubj _ _
2 said     say      VERB  VBD _ 0 root  _ SpaceAfter=No
3 .        .        PUNCT .   _ 2 punct _ _
`,
			want: Scores{
				Tokens: F1{5, 3, 2}, Words: F1{5, 3, 2}, Sentences: F1{1, 1, 1},
				UPOS: Ratio{2, 5}, XPOS: Ratio{2, 5}, Lemmas: Ratio{2, 5}, UAS: Ratio{2, 5}, LAS: Ratio{2, 5},
			},
		},
		{
			name: "a missed sentence boundary",
			gold: scoreGoldTwo,
			sys: `
# text = It rained. We stayed.
1 It     it    PRON  PRP _ 2 nsubj _ _
2 rained rain  VERB  VBD _ 0 root  _ SpaceAfter=No
3 .      .     PUNCT .   _ 2 punct _ _
4 We     we    PRON  PRP _ 5 nsubj _ _
5 stayed stay  VERB  VBD _ 2 parataxis _ SpaceAfter=No
6 .      .     PUNCT .   _ 5 punct _ _
`,
			want: Scores{
				Tokens: F1{6, 6, 6}, Words: F1{6, 6, 6}, Sentences: F1{2, 1, 0},
				UPOS: Ratio{6, 6}, XPOS: Ratio{6, 6}, Lemmas: Ratio{6, 6}, UAS: Ratio{5, 6}, LAS: Ratio{5, 6},
			},
		},
	}
	for _, tc := range tests {
		// with offsets from GoldText, and without offsets by the
		// concatenation of token forms: both must agree
		for _, offsets := range []bool{true, false} {
			name := tc.name
			if !offsets {
				name += " without offsets"
			}
			t.Run(name, func(t *testing.T) {
				gold, sys := readCoNLLU(t, tc.gold), readCoNLLU(t, tc.sys)
				if offsets {
					gt, st := GoldText(gold), GoldText(sys)
					if gt != st {
						t.Fatalf("gold and system texts differ:\n%q\n%q", gt, st)
					}
				}
				if got := Score(gold, sys); got != tc.want {
					t.Errorf("got\n%v\nwant\n%v", got, tc.want)
				}
			})
		}
	}
}

// TestScoreTokenizer scores unparsed tokenizer output: tokens, words and
// sentences can be right, tags and heads cannot.
func TestScoreTokenizer(t *testing.T) {
	gold := readCoNLLU(t, scoreGoldTwo+"\n"+scoreGoldDont)
	var tk Tokenizer
	got := Score(gold, tk.Split(GoldText(gold)))
	want := Scores{
		Tokens: F1{10, 10, 10}, Words: F1{11, 11, 11}, Sentences: F1{3, 3, 3},
		UPOS: Ratio{0, 11}, XPOS: Ratio{0, 11}, Lemmas: Ratio{0, 11}, UAS: Ratio{0, 11}, LAS: Ratio{0, 11},
	}
	if got != want {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
}

// TestScoreMultiwordForms checks multiword tokens whose words differ:
// they align in order by their forms, whether or not the forms spell
// the token.
func TestScoreMultiwordForms(t *testing.T) {
	gold := readCoNLLU(t, `
# text = I'm off.
1-2 I'm  _   _    _   _ _ _     _ _
1   I    I   PRON PRP _ 3 nsubj _ _
2   am   be  AUX  VBP _ 3 cop   _ _
3   off  off ADV  RB  _ 0 root  _ SpaceAfter=No
4   .    .   PUNCT .  _ 3 punct _ _
`)
	sys := readCoNLLU(t, `
# text = I'm off.
1-2 I'm  _   _    _   _ _ _     _ _
1   I    I   PRON PRP _ 3 nsubj _ _
2   'm   be  AUX  VBP _ 3 cop   _ _
3   off  off ADV  RB  _ 0 root  _ SpaceAfter=No
4   .    .   PUNCT .  _ 3 punct _ _
`)
	GoldText(gold)
	GoldText(sys)
	got := Score(gold, sys)
	// "am" and "'m" do not align; "I" does
	if want := (F1{4, 4, 3}); got.Words != want {
		t.Errorf("words: got %+v, want %+v", got.Words, want)
	}
	if want := (F1{3, 3, 3}); got.Tokens != want {
		t.Errorf("tokens: got %+v, want %+v", got.Tokens, want)
	}
	if want := (Ratio{3, 4}); got.UAS != want {
		t.Errorf("UAS: got %+v, want %+v", got.UAS, want)
	}
}

func TestGoldText(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantTexts      []string
	}{
		{
			name: "text comments",
			in: `
# text = I don't know.
1   I     I     PRON  PRP _ 4 nsubj  _ _
2-3 don't _     _     _   _ _ _      _ _
2   do    do    AUX   VBP _ 4 aux    _ _
3   n't   not   PART  RB  _ 4 advmod _ _
4   know  know  VERB  VB  _ 0 root   _ SpaceAfter=No
5   .     .     PUNCT .   _ 4 punct  _ _

# text = Fine.
1 Fine fine ADJ JJ _ 0 root _ SpaceAfter=No
2 .    .    PUNCT . _ 1 punct _ _
`,
			want:      "I don't know. Fine.",
			wantTexts: []string{"I don't know.", "Fine."},
		},
		{
			name: "no text comment",
			in: `
1 Fine fine ADJ JJ _ 0 root _ SpaceAfter=No
2 .    .    PUNCT . _ 1 punct _ _
`,
			want:      "Fine.",
			wantTexts: []string{"Fine."},
		},
		{
			name: "text comment that the tokens do not spell",
			in: `
# text = Something else entirely.
1 Fine fine ADJ JJ _ 0 root _ _
2 .    .    PUNCT . _ 1 punct _ _
`,
			want:      "Fine .",
			wantTexts: []string{"Fine ."},
		},
		{
			name: "words that do not spell their token",
			in: `
# text = Im off.
1-2 Im  _   _    _   _ _ _     _ _
1   I   I   PRON PRP _ 3 nsubj _ _
2   am  be  AUX  VBP _ 3 cop   _ _
3   off off ADV  RB  _ 0 root  _ SpaceAfter=No
4   .   .   PUNCT .  _ 3 punct _ _
`,
			want:      "Im off.",
			wantTexts: []string{"Im off."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold := readCoNLLU(t, tc.in)
			got := GoldText(gold)
			if got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
			var texts []string
			for _, s := range gold {
				texts = append(texts, s.Text)
			}
			if strings.Join(texts, "\x00") != strings.Join(tc.wantTexts, "\x00") {
				t.Errorf("sentence texts: got %q, want %q", texts, tc.wantTexts)
			}
			checkGoldOffsets(t, got, gold)
		})
	}
}

// checkGoldOffsets checks the offsets GoldText set: each word is its
// form in text, or shares its multiword token's span when the words do
// not spell the token.
func checkGoldOffsets(t *testing.T, text string, gold []Sentence) {
	t.Helper()
	for si, s := range gold {
		if s.Text != text[s.Start:s.End] {
			t.Errorf("sentence %d: Text %q, text at %d:%d %q", si, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
		for wi, w := range s.Words {
			if w.Start < 0 || w.End > len(text) || w.Start >= w.End {
				t.Fatalf("sentence %d word %d: offsets %d:%d", si, wi, w.Start, w.End)
			}
			if span := text[w.Start:w.End]; span != w.Form {
				inToken := false
				for _, m := range s.MultiWords {
					inToken = inToken || (wi+1 >= m.First && wi+1 <= m.Last && span == m.Form)
				}
				if !inToken {
					t.Errorf("sentence %d word %d: form %q, text %q", si, wi, w.Form, span)
				}
			}
		}
	}
}

func TestGoldSample(t *testing.T) {
	f, err := os.Open("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadCoNLLU(f, "testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 30 || len(gold) > 40 {
		t.Errorf("got %d sentences, want 30 to 40", len(gold))
	}
	words := 0
	var texts []string
	for si, s := range gold {
		roots := 0
		for wi, w := range s.Words {
			if w.Head == 0 {
				roots++
				if w.Rel != "root" {
					t.Errorf("sentence %s word %d: root with relation %q", s.ID, wi+1, w.Rel)
				}
			}
			if w.UPOS == "" || w.XPOS == "" || w.Lemma == "" || w.Rel == "" {
				t.Errorf("sentence %s word %d %q is not fully annotated", s.ID, wi+1, w.Form)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d (%s) has %d roots", si, s.ID, roots)
		}
		words += len(s.Words)
		texts = append(texts, s.Text)
	}
	text := GoldText(gold)
	if want := strings.Join(texts, " "); text != want {
		t.Errorf("GoldText:\ngot  %q\nwant %q", text, want)
	}
	checkGoldOffsets(t, text, gold)

	// scored against itself everything is right
	sc := Score(gold, gold)
	for _, r := range []Ratio{sc.UPOS, sc.XPOS, sc.Lemmas, sc.UAS, sc.LAS} {
		if r.Correct != words || r.Total != words {
			t.Errorf("gold against gold: %v", sc)
			break
		}
	}
	// and the tokenizer splits the sample's text as it is annotated
	var tk Tokenizer
	sc = Score(gold, tk.Split(text))
	if sc.Tokens.F1() != 1 || sc.Words.F1() != 1 || sc.Sentences.F1() != 1 {
		t.Errorf("tokenizer on the sample's text:\n%v", sc)
	}
}
