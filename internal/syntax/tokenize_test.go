package syntax

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// tokenString renders sentences for comparison: tokens separated by
// spaces, a multiword token as its form with its words in brackets
// ("don't[do n't]"), and sentences separated by " | ".
func tokenString(sents []Sentence) string {
	var b strings.Builder
	for si, s := range sents {
		if si > 0 {
			b.WriteString(" | ")
		}
		m := 0
		for k := 0; k < len(s.Words); k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			if m < len(s.MultiWords) && s.MultiWords[m].First == k+1 {
				mw := s.MultiWords[m]
				b.WriteString(mw.Form)
				b.WriteByte('[')
				for j := mw.First - 1; j < mw.Last; j++ {
					if j > mw.First-1 {
						b.WriteByte(' ')
					}
					b.WriteString(s.Words[j].Form)
				}
				b.WriteByte(']')
				k = mw.Last - 1
				m++
				continue
			}
			b.WriteString(s.Words[k].Form)
		}
	}
	return b.String()
}

func TestTokenizeConventions(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"negation", "I don't know.", "I don't[do n't] know ."},
		{"can't", "You can't go.", "You can't[ca n't] go ."},
		{"won't", "It won't work.", "It won't[wo n't] work ."},
		{"cannot", "I cannot say.", "I cannot[can not] say ."},
		{"curly apostrophe", "I don’t care.", "I don’t[do n’t] care ."},
		{"I'm", "I'm here.", "I'm[I 'm] here ."},
		{"possessive", "Iran's nuclear programme", "Iran's[Iran 's] nuclear programme"},
		{"plural possessive", "the parents' car", "the parents'[parents '] car"},
		{"they'll and we've", "they'll see what we've done", "they'll[they 'll] see what we've[we 've] done"},
		{"two clitics", "you shouldn't've", "you shouldn't've[should n't 've]"},
		{"decade stays whole", "in the 60's", "in the 60's"},
		{"gonna", "I'm gonna go", "I'm[I 'm] gonna[gon na] go"},
		{"wanna and gotta", "wanna go, gotta run", "wanna[wan na] go , gotta[got ta] run"},
		{"dont", "dont worry", "dont[do nt] worry"},
		{"im", "im fine", "im[i m] fine"},
		{"its as it is", "its not bad", "its[it s] not bad"},
		{"its as possessive", "its own way", "its own way"},
		{"name with apostrophe", "O'Connell and y'all", "O'Connell and y'all"},
		{"punctuation apart", `He said: "Yes" (twice), then left;`, `He said : " Yes " ( twice ) , then left ;`},
		{"hyphenated name", "Al-Zaman reported", "Al - Zaman reported"},
		{"hyphenated words", "a long-term, well-known plan", "a long - term , well - known plan"},
		{"prefix keeps hyphen", "non-stop e-mail from a co-worker mid-August", "non-stop e-mail from a co-worker mid-August"},
		{"range", "from 1969-1970 and 5-10 days", "from 1969 - 1970 and 5 - 10 days"},
		{"phone", "call 713-853-3989 or 345-9945 or ext. 3-5213", "call 713-853-3989 or 345-9945 or ext. 3-5213"},
		{"abbreviations", "Mr. Smith and Dr. Jones of St. Louis", "Mr. Smith and Dr. Jones of St. Louis"},
		{"country", "the U.S. and the U.K. agreed", "the U.S. and the U.K. agreed"},
		{"clock", "at 5 a.m. and 3 p.m. today", "at 5 a.m. and 3 p.m. today"},
		{"e.g. and i.e.", "fruit, e.g. apples, i.e. food", "fruit , e.g. apples , i.e. food"},
		{"initials", "J. K. Rowling wrote it", "J. K. Rowling wrote it"},
		{"No. before a number", "ranked No. 1 in the poll", "ranked No. 1 in the poll"},
		{"no. otherwise", "I said no. It hurt.", "I said no . | It hurt ."},
		{"month", "on Jan. 17 and Sept. 3", "on Jan. 17 and Sept. 3"},
		{"abbreviation before comma", "Acme Inc., a firm", "Acme Inc. , a firm"},
		{"abbreviation before hyphen", "U.S.-led forces", "U.S. - led forces"},
		{"abbreviation ends sentence", "apples, pears, etc. The end.", "apples , pears , etc . | The end ."},
		{"abbreviation at end of text", "He lives in the U.S.", "He lives in the U.S ."},
		{"url", "See http://www.example.com/a-b?x=1. Then go.", "See http://www.example.com/a-b?x=1 . | Then go ."},
		{"url in brackets", "(www.example.org)", "( www.example.org )"},
		{"email", "Mail john.doe@example.com, now", "Mail john.doe@example.com , now"},
		{"shortened email", `"Julie"<julie...@bellsouth.net>`, `" Julie " < julie...@bellsouth.net >`},
		{"domain and file", "visit example.com and open report.doc", "visit example.com and open report.doc"},
		{"newsgroup", "Groups: alt.animals.cat", "Groups : alt.animals.cat"},
		{"numbers", "$1,000.50 at 3:30 on 11/28/2000, 9/11, 1/2", "$ 1,000.50 at 3:30 on 11/28/2000 , 9/11 , 1 / 2"},
		{"percent", "up 5% to 3.5", "up 5 % to 3.5"},
		{"units", "at 10am, 2.5bn people, 100ft", "at 10 am , 2.5 bn people , 100 ft"},
		{"ordinals and decades", "the 2nd and the 1970s", "the 2nd and the 1970s"},
		{"slash words", "and/or b/c he/she", "and / or b/c he / she"},
		{"ampersand", "AT&T and PG&E", "AT&T and PG&E"},
		{"emoticons", "great :) sad :( wink ;-)", "great :) sad :( wink ;-)"},
		{"punctuation runs", "Wow!!! Really?! Well...", "Wow !!! | Really ?! | Well ..."},
		{"dashes", "yes--no -- maybe", "yes -- no -- maybe"},
		{"rules", "=---- end", "=---- end"},
		{"hashtag", "join #audiobooks now", "join #audiobooks now"},
		{"quotes", `‘strategic partnership’ agreement`, `‘ strategic partnership ’ agreement`},
		{"leading apostrophe words", "rock 'n roll in the '90s", "rock 'n roll in the '90s"},
		{"alot", "thanks alot", "thanks a lot"},
		{"non-ASCII letters", "Zürich café naïve", "Zürich café naïve"},
		{"non-breaking space", "5\u00a0km", "5 km"},
	}
	var tk Tokenizer
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tokenString(tk.Split(tc.in))
			if got != tc.want {
				t.Errorf("Split(%q)\ngot  %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenizeSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"full stops", "It rained. We stayed in.", []string{"It rained.", "We stayed in."}},
		{"question and exclamation", "Why? Because! OK.", []string{"Why?", "Because!", "OK."}},
		{"closing quote", `He said "Go." Then he left.`, []string{`He said "Go."`, "Then he left."}},
		{"closing bracket", "(See above.) Next one.", []string{"(See above.)", "Next one."}},
		{"quote then lower case", `"Go!" he said.`, []string{`"Go!" he said.`}},
		{"digit start", "It ended. 2005 was better.", []string{"It ended.", "2005 was better."}},
		{"lower-case start", "i went home. it was late.", []string{"i went home.", "it was late."}},
		{"ellipsis before lower case", "Well... maybe not.", []string{"Well... maybe not."}},
		{"ellipsis before capital", "Well... Maybe not.", []string{"Well...", "Maybe not."}},
		{"St. Louis", "He went to St. Louis today.", []string{"He went to St. Louis today."}},
		{"No. 1", "It was No. 1 again.", []string{"It was No. 1 again."}},
		{"Jan. 17", "On Jan. 17 they met.", []string{"On Jan. 17 they met."}},
		{"Mr. Smith", "Mr. Smith agreed.", []string{"Mr. Smith agreed."}},
		{"J. K. Rowling", "J. K. Rowling wrote it.", []string{"J. K. Rowling wrote it."}},
		{"U.S. officials", "U.S. officials said so.", []string{"U.S. officials said so."}},
		{"U.S. then a starter", "He lives in the U.S. The rest moved.", []string{"He lives in the U.S.", "The rest moved."}},
		{"Inc. then It", "He works for Acme Inc. It pays well.", []string{"He works for Acme Inc.", "It pays well."}},
		{"etc. then a capital", "Pens, paper, etc. Bring them.", []string{"Pens, paper, etc.", "Bring them."}},
		{"a.m. then a capital", "We left at 5 a.m. Gunmen came.", []string{"We left at 5 a.m.", "Gunmen came."}},
		{"a.m. then a zone", "We left at 5 a.m. EST on Monday.", []string{"We left at 5 a.m. EST on Monday."}},
		{"decimal", "It grew 3.5 percent.", []string{"It grew 3.5 percent."}},
		{"list number", "1. Jack Welch retired.", []string{"1. Jack Welch retired."}},
		{"emoticon", "I love her :) She is great.", []string{"I love her :)", "She is great."}},
		{"blank line", "A heading\n\nSome text here", []string{"A heading", "Some text here"}},
		{"heading line", "Iran and Russia sign a treaty\nThe presidents of Iran and Russia signed a partnership treaty in Moscow on Friday.",
			[]string{"Iran and Russia sign a treaty", "The presidents of Iran and Russia signed a partnership treaty in Moscow on Friday."}},
		{"caption lines", "Putin shakes hands with Pezeshkian (archive photo)\nPhoto: EPA\n\nOn Friday the two presidents met in Moscow to sign the treaty.",
			[]string{"Putin shakes hands with Pezeshkian (archive photo)", "Photo: EPA", "On Friday the two presidents met in Moscow to sign the treaty."}},
		{"list items", "Points:\n- first point\n- second point", []string{"Points:", "- first point", "- second point"}},
		{"wrapped paragraph", "The agreement was signed by the presidents of Iran\nand Russia in Moscow on Friday after long talks that\nlasted for several days and went on into the night.",
			[]string{"The agreement was signed by the presidents of Iran\nand Russia in Moscow on Friday after long talks that\nlasted for several days and went on into the night."}},
		{"wrapped before a name", "The agreement was signed by the presidents of the two\nRussian and Iranian states in Moscow on Friday after talks\nthat lasted for several days and went on into the night.",
			[]string{"The agreement was signed by the presidents of the two\nRussian and Iranian states in Moscow on Friday after talks\nthat lasted for several days and went on into the night."}},
		{"no space after stop", "It costs 3.5m.Really", []string{"It costs 3.5m.Really"}},
		{"empty", "", nil},
		{"white space only", " \n\t \u00a0", nil},
	}
	var tk Tokenizer
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range tk.Split(tc.in) {
				got = append(got, s.Text)
			}
			if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
				t.Errorf("Split(%q)\ngot  %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenizeLongSentence(t *testing.T) {
	text := strings.Repeat("word ", 1000)
	var tk Tokenizer
	sents := tk.Split(text)
	checkSplit(t, text, sents)
	if got, want := len(sents), 4; got != want {
		t.Fatalf("got %d sentences, want %d", got, want)
	}
	for i, s := range sents {
		if len(s.Words) > tkMaxWords {
			t.Errorf("sentence %d has %d words, more than %d", i, len(s.Words), tkMaxWords)
		}
	}
	// a multiword token is never cut
	text = strings.Repeat("don't ", 300)
	sents = tk.Split(text)
	checkSplit(t, text, sents)
}

// TestTokenizeLinear runs long repetitive inputs that would take far
// longer if some step were quadratic in the length of a chunk, a line or
// a sentence. Each input is timed at two lengths, the second twice the
// first: linear work takes about twice as long, quadratic work four
// times. The fastest of a few runs counts, so that a busy machine (or
// the race detector) does not fail the test.
func TestTokenizeLinear(t *testing.T) {
	units := []string{
		"a-", "a/1", "1/1a/", ")", "a@", "a.", "'a", "a'", ". ", "\n", "a\n", "Mr. ", "(", "a.b",
		"!?", "—", ":)", "'", "’", "\xff", "U.S.-", "s' ", "www.", "a,", "a:", "don't", "=-", "#a", "1-",
	}
	var tk Tokenizer
	fastest := func(text string) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			tk.Split(text)
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, u := range units {
		for _, prefix := range []string{"", "http://x"} {
			half := prefix + strings.Repeat(u, 32<<10/len(u))
			text := prefix + strings.Repeat(u, 64<<10/len(u))
			ok := false
			var d, base time.Duration
			for try := 0; try < 3 && !ok; try++ {
				base, d = fastest(half), fastest(text)
				ok = d <= 3*base+10*time.Millisecond
			}
			if !ok {
				t.Errorf("%q repeated to %d bytes took %v, to half that %v: not linear", u, len(text), d, base)
			}
			checkSplit(t, text, tk.Split(text))
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{
		string(src),
		"I don't know, can't you see?! It's 3:30 p.m. in the U.S. :) http://x.org/a.",
		"ab\xffcd ef\xfe. \xc3 done",
		"\u2028line\u2029para\u0085next\r\nwin\rmac",
	}
	var tk Tokenizer
	for _, in := range inputs {
		checkSplit(t, in, tk.Split(in))
	}
}

func TestTokenizeReuse(t *testing.T) {
	var tk Tokenizer
	a := "First sentence here. Second one, isn't it?"
	want := tokenString(tk.Split(a))
	tk.Split(strings.Repeat("Other text that is longer. ", 50))
	if got := tokenString(tk.Split(a)); got != want {
		t.Errorf("after reuse\ngot  %q\nwant %q", got, want)
	}
}

// checkSplit checks the invariants of the output of Split on text.
func checkSplit(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	prev := 0
	for si, s := range sents {
		if len(s.Words) == 0 {
			t.Fatalf("sentence %d is empty", si)
		}
		if len(s.Words) > tkMaxWords {
			t.Fatalf("sentence %d has %d words", si, len(s.Words))
		}
		if s.Start != s.Words[0].Start || s.End != s.Words[len(s.Words)-1].End || s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d spans %d:%d, text %q; words span %d:%d", si, s.Start, s.End, s.Text,
				s.Words[0].Start, s.Words[len(s.Words)-1].End)
		}
		for wi, w := range s.Words {
			if w.Start < prev || w.Start >= w.End || w.End > len(text) {
				t.Fatalf("sentence %d word %d has offsets %d:%d after %d (text of %d bytes)", si, wi, w.Start, w.End, prev, len(text))
			}
			if w.Form != text[w.Start:w.End] {
				t.Fatalf("sentence %d word %d: form %q, text %q", si, wi, w.Form, text[w.Start:w.End])
			}
			if w.Head != -1 || w.UPOS != "" || w.Lemma != "" || w.Rel != "" {
				t.Fatalf("sentence %d word %d is not blank: %+v", si, wi, w)
			}
			space := false
			if w.End < len(text) {
				r, _ := utf8.DecodeRuneInString(text[w.End:])
				space = tkIsSpace(r)
			}
			inner := false
			for _, m := range s.MultiWords {
				inner = inner || (wi+1 >= m.First && wi+1 < m.Last)
			}
			if !inner && w.SpaceAfter != space {
				t.Fatalf("sentence %d word %d %q: SpaceAfter %v", si, wi, w.Form, w.SpaceAfter)
			}
			prev = w.End
		}
		last := 0
		for mi, m := range s.MultiWords {
			if m.First <= last || m.First >= m.Last || m.Last > len(s.Words) {
				t.Fatalf("sentence %d multiword %d covers %d-%d after %d, of %d words", si, mi, m.First, m.Last, last, len(s.Words))
			}
			for k := m.First; k < m.Last; k++ {
				if s.Words[k-1].End != s.Words[k].Start {
					t.Fatalf("sentence %d multiword %d: words %d and %d are not adjacent", si, mi, k, k+1)
				}
			}
			if m.Form != text[s.Words[m.First-1].Start:s.Words[m.Last-1].End] {
				t.Fatalf("sentence %d multiword %d: form %q", si, mi, m.Form)
			}
			last = m.Last
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"I don't know. You can't go, won't you?",
		"Mr. Smith went to St. Louis at 5 a.m. on Jan. 17 (e.g. today).",
		"See http://www.example.com/a-b?x=1. Mail john.doe@example.com!",
		"It cost $1,000.50 at 3:30. Great :) Thanks!!",
		"Heading\nText here.\n\n- item\n1. item",
		"parents' ‘quoted’ 'em '90s rock'n'roll",
		"julie...@x.com mailto:a@b.c alt.animals.cat 713-853-3989",
		"ab\xffcd\xfe. \xc3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			t.Skip()
		}
		var tk Tokenizer
		checkSplit(t, text, tk.Split(text))
	})
}

func BenchmarkTokenize(b *testing.B) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	var tk Tokenizer
	tk.Split(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tk.Split(text)
	}
}

// ewtParagraphs reports, for each sentence of a CoNLL-U file, whether a
// "# newpar" or "# newdoc" comment starts it.
func ewtParagraphs(name string) ([]bool, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []bool
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	cur, in := false, false
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "":
			if in {
				out = append(out, cur)
			}
			cur, in = false, false
		case strings.HasPrefix(l, "# newpar") || strings.HasPrefix(l, "# newdoc"):
			cur, in = true, true
		default:
			in = true
		}
	}
	if in {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// ewtParagraphText is GoldText with a blank line before each paragraph,
// as the raw text of the CoNLL 2018 shared task had them.
func ewtParagraphText(gold []Sentence, para []bool) string {
	var b strings.Builder
	for i := 0; i < len(gold); {
		j := i + 1
		for j < len(gold) && !para[j] {
			j++
		}
		if i > 0 {
			b.WriteString("\n\n")
		}
		base := b.Len()
		b.WriteString(GoldText(gold[i:j]))
		for k := i; k < j; k++ {
			s := &gold[k]
			s.Start += base
			s.End += base
			for w := range s.Words {
				s.Words[w].Start += base
				s.Words[w].End += base
			}
		}
		i = j
	}
	return b.String()
}

// wrapText breaks the lines of text at spaces so that they stay within
// width bytes where they can; offsets do not change.
func wrapText(text string, width int) string {
	b := []byte(text)
	lineStart, lastSpace := 0, -1
	for i, c := range b {
		switch c {
		case '\n':
			lineStart, lastSpace = i+1, -1
		case ' ':
			if i-lineStart > width && lastSpace > lineStart {
				b[lastSpace] = '\n'
				lineStart = lastSpace + 1
			}
			lastSpace = i
		}
	}
	return string(b)
}

// TestEWTTokenization measures tokenisation and sentence splitting on
// the development part of the English Web Treebank when it is present.
// GoldText joins the sentences with spaces, which hides the paragraph
// breaks that end many web sentences without punctuation; the other
// figures restore them as blank lines (as the CoNLL 2018 raw text did),
// as single line breaks, and with the text hard-wrapped, to measure the
// line break rules.
func TestEWTTokenization(t *testing.T) {
	name := "/work/shared/data/ud/en_ewt-ud-dev.conllu"
	f, err := os.Open(name)
	if err != nil {
		t.Skip("no EWT treebank")
	}
	gold, err := ReadCoNLLU(f, name)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var tk Tokenizer
	report := func(what, text string) Scores {
		sc := Score(gold, tk.Split(text))
		t.Logf("%-34s tokens %6.2f  words %6.2f  sentences %6.2f (P %6.2f R %6.2f)", what,
			100*sc.Tokens.F1(), 100*sc.Words.F1(), 100*sc.Sentences.F1(),
			100*sc.Sentences.Precision(), 100*sc.Sentences.Recall())
		return sc
	}
	sc := report("GoldText", GoldText(gold))
	if sc.Tokens.F1() < 0.98 || sc.Words.F1() < 0.97 {
		t.Errorf("tokens F1 %.4f, words F1 %.4f: below 0.98 and 0.97", sc.Tokens.F1(), sc.Words.F1())
	}
	para, err := ewtParagraphs(name)
	if err != nil || len(para) != len(gold) {
		t.Fatalf("paragraphs: %v (%d for %d sentences)", err, len(para), len(gold))
	}
	text := ewtParagraphText(gold, para)
	report("paragraphs as blank lines", text)
	report("paragraphs wrapped at 72", wrapText(text, 72))
	one := strings.ReplaceAll(text, "\n\n", " \n") // same offsets
	report("paragraphs as line breaks", one)
	report("paragraphs as line breaks, wrapped", wrapText(one, 72))
}
