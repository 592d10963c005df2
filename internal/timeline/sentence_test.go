package timeline

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentenceTexts returns the text of each span.
func sentenceTexts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

var sentenceTests = []struct {
	name, in string
	want     []string
}{
	{"empty", "", nil},
	{"blank", " \n\t \n", nil},
	{"two", "Talks began. They ended.", []string{"Talks began.", "They ended."}},
	{"question and exclamation", "Will it hold? Nobody knows! Wait.", []string{"Will it hold?", "Nobody knows!", "Wait."}},
	{"country abbreviation", "The U.S. State Department approved the sale. It was signed.",
		[]string{"The U.S. State Department approved the sale.", "It was signed."}},
	{"country abbreviation at the end", "The jets were sold to the U.S. The deal closed.",
		[]string{"The jets were sold to the U.S.", "The deal closed."}},
	{"u.k. and e.u.", "The U.K. and the E.U. agreed. The U.N. did not.", []string{"The U.K. and the E.U. agreed.", "The U.N. did not."}},
	{"month abbreviation", "He pleaded guilty on Jan. 30 in Phoenix. Sentencing is on Feb. 6.",
		[]string{"He pleaded guilty on Jan. 30 in Phoenix.", "Sentencing is on Feb. 6."}},
	{"sept and dec", "It ran from Sept. 3 to Dec. 1 last year. Then it stopped.",
		[]string{"It ran from Sept. 3 to Dec. 1 last year.", "Then it stopped."}},
	{"titles", "Mr. Smith met Dr. Jones and Gen. Lee. Sen. Reed and Gov. Hale agreed.",
		[]string{"Mr. Smith met Dr. Jones and Gen. Lee.", "Sen. Reed and Gov. Hale agreed."}},
	{"more titles", "Lt. Col. Ray and Prof. Kim spoke. Rep. Diaz left.", []string{"Lt. Col. Ray and Prof. Kim spoke.", "Rep. Diaz left."}},
	{"street and number", "They met at St. Mary's, No. 10 on the list. It rained.",
		[]string{"They met at St. Mary's, No. 10 on the list.", "It rained."}},
	{"vs and etc", "Rovers vs. United ended 1-1, with fouls, cards, etc. and a late goal. Fans left.",
		[]string{"Rovers vs. United ended 1-1, with fouls, cards, etc. and a late goal.", "Fans left."}},
	{"company", "Acme Corp. Chief Executive Jo Poe resigned. Widget Inc. said nothing.",
		[]string{"Acme Corp. Chief Executive Jo Poe resigned.", "Widget Inc. said nothing."}},
	{"company at the end", "He sold it to Widget Ltd. The price was low.", []string{"He sold it to Widget Ltd.", "The price was low."}},
	{"e.g. and i.e.", "Some states, e.g. France, i.e. the host, objected. Others did not.",
		[]string{"Some states, e.g. France, i.e. the host, objected.", "Others did not."}},
	{"initials", "J. Smith and J.R.R. Tolkien met. They talked.", []string{"J. Smith and J.R.R. Tolkien met.", "They talked."}},
	{"initial at the end", "The captain was named as Levan K. The court remanded him.",
		[]string{"The captain was named as Levan K.", "The court remanded him."}},
	{"initial before a comma", "The captain, Levan K., 52, was held. He denied it.",
		[]string{"The captain, Levan K., 52, was held.", "He denied it."}},
	{"decimal", "Growth was 3.5 percent in 2024. Prices rose 0.2 points.", []string{"Growth was 3.5 percent in 2024.", "Prices rose 0.2 points."}},
	{"a.m. inside", "Gunmen attacked at about 5 a.m. and fought for hours. Ten died.",
		[]string{"Gunmen attacked at about 5 a.m. and fought for hours.", "Ten died."}},
	{"a.m. before a time zone", "The launch is at 9:30 a.m. GMT on Tuesday. It may slip.",
		[]string{"The launch is at 9:30 a.m. GMT on Tuesday.", "It may slip."}},
	{"a.m. before a weekday", "Polls open at 7 a.m. Sunday across the country. Results follow.",
		[]string{"Polls open at 7 a.m. Sunday across the country.", "Results follow."}},
	{"a.m. at the end", "The attack began at 5 a.m. Gunmen stormed the camp.", []string{"The attack began at 5 a.m.", "Gunmen stormed the camp."}},
	{"p.m. at the end of text", "The match starts at 3 p.m.", []string{"The match starts at 3 p.m."}},
	{"closing quotes", "‘We will go,’ he said. “It is over.” Then it ended. 'Yes.' \"No.\"",
		[]string{"‘We will go,’ he said.", "“It is over.”", "Then it ended.", "'Yes.'", "\"No.\""}},
	{"quote after lower case", "He said “stop!” and left. They stayed.", []string{"He said “stop!” and left.", "They stayed."}},
	{"bracket", "It was signed (in Rome.) Then it failed.", []string{"It was signed (in Rome.)", "Then it failed."}},
	{"ellipsis", "He paused... then spoke. Done… Next.", []string{"He paused... then spoke.", "Done…", "Next."}},
	{"title line", "Iran and Russia sign pact\nThe deal was signed on Friday.",
		[]string{"Iran and Russia sign pact", "The deal was signed on Friday."}},
	{"blank line", "MainNews -\n\nHeadline here\n\nBody text.", []string{"MainNews -", "Headline here", "Body text."}},
	{"wrapped line", "The talks, which began on Monday, will\ncontinue in Geneva. Next.",
		[]string{"The talks, which began on Monday, will\ncontinue in Geneva.", "Next."}},
	{"wrapped after a comma", "Iran, Russia and,\nChina agreed. Fine.", []string{"Iran, Russia and,\nChina agreed.", "Fine."}},
	{"line ending in an abbreviation", "Officials of the U.S.\nState Department met. Fine.",
		[]string{"Officials of the U.S.\nState Department met.", "Fine."}},
	{"posted line", "Headline\nPosted: Saturday 19 April 2025 · 10:42\n\nPERTH — Text here.",
		[]string{"Headline", "Posted: Saturday 19 April 2025 · 10:42", "PERTH — Text here."}},
	{"bullets", "Intro.\n  • First item. Second one.\n- Third item\n* Fourth.\n– Fifth",
		[]string{"Intro.", "First item.", "Second one.", "Third item", "Fourth.", "Fifth"}},
	{"bullet without full stop before", "Lead in\n• One\n• Two", []string{"Lead in", "One", "Two"}},
	{"hyphen that is no bullet", "Temperatures fell to\n-5 degrees overnight. Snow fell.",
		[]string{"Temperatures fell to\n-5 degrees overnight.", "Snow fell."}},
	{"crlf", "First line.\r\nSecond line.\r\n", []string{"First line.", "Second line."}},
	{"no-break spaces", "\u00a0One.\u00a0 Two.\u00a0", []string{"One.", "Two."}},
	{"lower case after full stop", "The no. of cases rose. It fell.", []string{"The no. of cases rose.", "It fell."}},
	{"digit after full stop", "It rose 5%. 12 people died.", []string{"It rose 5%.", "12 people died."}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceTests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.in, Sentences([]byte(tc.in)))
			if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") || len(got) != len(tc.want) {
				t.Errorf("Sentences(%q)\ngot  %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSentencesSeed splits the sample article into its sentences.
func TestSentencesSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/iran-russia.txt")
	if err != nil {
		t.Skipf("no seed article: %v", err)
	}
	got := sentenceTexts(string(b), Sentences(b))
	for _, want := range []string{
		"MainNews -",
		"Iranian President visits Putin to sign ‘strategic partnership’ agreement",
		"The Kremlin also said that the visit would take place on 17 January.",
		"Photo: EPA/UPG",
		"‘On 17 January, Vladimir Putin will hold talks with President of the Islamic Republic of Iran Masoud Pezeshkian, who will arrive in Moscow on an official visit,’ the statement said.",
		"Russia and Iran are under Western sanctions and have intensified bilateral cooperation in recent years.",
		"In particular, Iran supplies Russia with Shahed missiles and drones, which the Russians use to attack Ukraine.",
		"In April 2024, the United States and Britain imposed sanctions on Iran, with the Shahed manufacturers being blacklisted.",
		"In May, the media reported that Tehran had begun supplying the Kremlin with the latest weapons.",
		"Read LB.ua news on social networks Facebook, Twitter and Telegram",
	} {
		found := false
		for _, s := range got {
			found = found || s == want
		}
		if !found {
			t.Errorf("missing sentence %q\ngot %q", want, got)
		}
	}
	if len(got) != 28 {
		t.Errorf("got %d sentences, want 28", len(got))
	}
}

func checkSpans(t *testing.T, in []byte, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.Start >= s.End || s.End > len(in) {
			t.Fatalf("span %d %+v out of order or bounds (prev end %d, len %d) in %q", i, s, prev, len(in), in)
		}
		r, _ := utf8.DecodeRune(in[s.Start:])
		l, _ := utf8.DecodeLastRune(in[:s.End])
		if sentIsSpace(r) || sentIsSpace(l) {
			t.Fatalf("span %d %q not trimmed", i, in[s.Start:s.End])
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceTests {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte("• \n• .\n\n- ‘.’ U.S.\nA. b. C."))
	f.Add([]byte{0xff, '.', ' ', 0xe2, 0x80, '\n', '.'})
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 1<<16 {
			t.Skip()
		}
		checkSpans(t, in, Sentences(in))
	})
}

func BenchmarkSentences(b *testing.B) {
	src, err := os.ReadFile("../../../shared/seed/iran-russia.txt")
	if err != nil {
		b.Skipf("no seed article: %v", err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Sentences(src)
	}
}

func ExampleSentences() {
	text := []byte("The U.S. envoy arrived at 9 a.m. Talks began.\n\n• Sanctions stay.")
	for _, s := range Sentences(text) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "The U.S. envoy arrived at 9 a.m."
	// "Talks began."
	// "Sanctions stay."
}
