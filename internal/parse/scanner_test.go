package parse_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/parse"
)

// tok is an expected token: its kind, its text (which gives its end), its
// start offset and its flags.
type tok struct {
	kind  parse.Kind
	text  string
	start int
	flags parse.Flag
}

func (t tok) String() string {
	return fmt.Sprintf("%v(%q)@%d%s", t.kind, t.text, t.start, flagString(t.flags))
}

// flagString spells out a flag set, such as "+space+upper".
func flagString(f parse.Flag) string {
	var b strings.Builder
	for _, n := range []struct {
		f    parse.Flag
		name string
	}{
		{parse.SpaceBefore, "space"}, {parse.NewlineBefore, "newline"}, {parse.BlankBefore, "blank"},
		{parse.Upper, "upper"}, {parse.Ordinal, "ordinal"},
	} {
		if f&n.f != 0 {
			b.WriteString("+" + n.name)
		}
	}
	return b.String()
}

const (
	sp  = parse.SpaceBefore
	nl  = parse.SpaceBefore | parse.NewlineBefore
	bl  = parse.SpaceBefore | parse.NewlineBefore | parse.BlankBefore
	up  = parse.Upper
	ord = parse.Ordinal
)

var (
	word   = parse.Word
	number = parse.Number
	punct  = parse.Punct
)

func TestScan(t *testing.T) {
	cases := []struct {
		name, in string
		want     []tok
	}{
		{name: "empty", in: "", want: nil},
		{name: "only space", in: " \t\r\n\u00a0 ", want: nil},
		{name: "ordinal", in: "17th", want: []tok{{number, "17th", 0, ord}}},
		{name: "ordinal upper case", in: "17TH", want: []tok{{number, "17TH", 0, ord}}},
		{name: "ordinals", in: "1st 2nd 3rd 22nd", want: []tok{
			{number, "1st", 0, ord}, {number, "2nd", 4, sp | ord}, {number, "3rd", 8, sp | ord}, {number, "22nd", 12, sp | ord}}},
		{name: "ordinal before punctuation", in: "21st,", want: []tok{{number, "21st", 0, ord}, {punct, ",", 4, 0}}},
		{name: "suffix with more letters is a word", in: "17thx", want: []tok{{number, "17", 0, 0}, {word, "thx", 2, 0}}},
		{name: "not an ordinal suffix", in: "2n", want: []tok{{number, "2", 0, 0}, {word, "n", 1, 0}}},
		{name: "suffix after space", in: "17 th", want: []tok{{number, "17", 0, 0}, {word, "th", 3, sp}}},
		{name: "long number", in: "12345678901234567890", want: []tok{{number, "12345678901234567890", 0, 0}}},
		{name: "upper", in: "Kremlin said", want: []tok{{word, "Kremlin", 0, up}, {word, "said", 8, sp}}},
		{name: "apostrophe inside word", in: "Iran's", want: []tok{{word, "Iran's", 0, up}}},
		{name: "curly apostrophe inside word", in: "Iran’s", want: []tok{{word, "Iran’s", 0, up}}},
		{name: "o'clock", in: "6 o'clock", want: []tok{{number, "6", 0, 0}, {word, "o'clock", 2, sp}}},
		{name: "trailing apostrophe", in: "Russians' war", want: []tok{
			{word, "Russians", 0, up}, {punct, "'", 8, 0}, {word, "war", 10, sp}}},
		{name: "multi-byte letter", in: "Pezeshkián", want: []tok{{word, "Pezeshkián", 0, up}}},
		{name: "multi-byte upper first", in: "Élysée Palace", want: []tok{{word, "Élysée", 0, up}, {word, "Palace", 9, sp | up}}},
		{name: "multi-byte lower", in: "café", want: []tok{{word, "café", 0, 0}}},
		{name: "combining mark", in: "Ame\u0301lie", want: []tok{{word, "Ame\u0301lie", 0, up}}},
		{name: "offsets after multi-byte", in: "Klaipėda on 9", want: []tok{
			{word, "Klaipėda", 0, up}, {word, "on", 10, sp}, {number, "9", 13, sp}}},
		{name: "curly single quotes", in: "‘strategic’", want: []tok{
			{punct, "‘", 0, 0}, {word, "strategic", 3, 0}, {punct, "’", 12, 0}}},
		{name: "curly double quotes", in: "“never”", want: []tok{
			{punct, "“", 0, 0}, {word, "never", 3, 0}, {punct, "”", 8, 0}}},
		{name: "nbsp is space", in: "17\u00a0January", want: []tok{{number, "17", 0, 0}, {word, "January", 4, sp | up}}},
		{name: "thin and narrow spaces", in: "a\u2009b\u202fc", want: []tok{{word, "a", 0, 0}, {word, "b", 4, sp}, {word, "c", 8, sp}}},
		{name: "byte order mark", in: "\ufeffHello", want: []tok{{word, "Hello", 3, sp | up}}},
		{name: "newline", in: "a\n b", want: []tok{{word, "a", 0, 0}, {word, "b", 3, nl}}},
		{name: "blank line", in: "a\n\nb", want: []tok{{word, "a", 0, 0}, {word, "b", 3, bl}}},
		{name: "blank line crlf", in: "a\r\n\r\nb", want: []tok{{word, "a", 0, 0}, {word, "b", 5, bl}}},
		{name: "newline first", in: "\nFirst", want: []tok{{word, "First", 1, nl | up}}},
		{name: "flags reset", in: "a\n\nb c", want: []tok{{word, "a", 0, 0}, {word, "b", 3, bl}, {word, "c", 5, sp}}},
		{name: "numeric date", in: "9/12/2024", want: []tok{
			{number, "9", 0, 0}, {punct, "/", 1, 0}, {number, "12", 2, 0}, {punct, "/", 4, 0}, {number, "2024", 5, 0}}},
		{name: "dotted date", in: "09.01.2026.", want: []tok{
			{number, "09", 0, 0}, {punct, ".", 2, 0}, {number, "01", 3, 0}, {punct, ".", 5, 0}, {number, "2026", 6, 0}, {punct, ".", 10, 0}}},
		{name: "model number", in: "F-16", want: []tok{{word, "F", 0, up}, {punct, "-", 1, 0}, {number, "16", 2, 0}}},
		{name: "digit group", in: "1,500", want: []tok{{number, "1", 0, 0}, {punct, ",", 1, 0}, {number, "500", 2, 0}}},
		{name: "letter then digit", in: "G7", want: []tok{{word, "G", 0, up}, {number, "7", 1, 0}}},
		{name: "em dash", in: "a—b", want: []tok{{word, "a", 0, 0}, {punct, "—", 1, 0}, {word, "b", 4, 0}}},
		{name: "bullet", in: "  • Iran", want: []tok{{punct, "•", 2, sp}, {word, "Iran", 6, sp | up}}},
		{name: "invalid utf-8", in: "a\xffb", want: []tok{{word, "a", 0, 0}, {punct, "\xff", 1, 0}, {word, "b", 2, 0}}},
		{name: "clock", in: "14:30 GMT", want: []tok{
			{number, "14", 0, 0}, {punct, ":", 2, 0}, {number, "30", 3, 0}, {word, "GMT", 6, sp | up}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []tok
			for _, tk := range parse.Scan([]byte(tc.in)) {
				got = append(got, tok{tk.Kind, tc.in[tk.Start:tk.End], tk.Start, tk.Flags})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Scan(%q)\ngot:  %v\nwant: %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestScannerNext checks that Next agrees with Scan and ends with a
// repeating EOF token that carries the trailing white space.
func TestScannerNext(t *testing.T) {
	src := []byte("On 17 January, Pezeshkián will visit.\n\n")
	want := parse.Scan(src)
	s := parse.NewScanner(src)
	var got []parse.Token
	for {
		tk := s.Next()
		if tk.Kind == parse.EOF {
			if tk.Start != len(src) || tk.End != len(src) {
				t.Errorf("EOF at [%d,%d), want [%d,%d)", tk.Start, tk.End, len(src), len(src))
			}
			if !tk.Has(parse.NewlineBefore | parse.BlankBefore) {
				t.Errorf("EOF flags %s, want newline and blank", flagString(tk.Flags))
			}
			break
		}
		got = append(got, tk)
		if len(got) > len(src) {
			t.Fatal("scanner does not reach EOF")
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Next tokens differ from Scan\ngot:  %v\nwant: %v", got, want)
	}
	for range 2 {
		if tk := s.Next(); tk.Kind != parse.EOF {
			t.Errorf("Next after EOF = %v, want EOF", tk.Kind)
		}
	}
}

func TestTokenHas(t *testing.T) {
	tk := parse.Token{Kind: parse.Number, Flags: parse.Upper | parse.Ordinal}
	cases := []struct {
		f    parse.Flag
		want bool
	}{
		{parse.Upper, true},
		{parse.Ordinal, true},
		{parse.Upper | parse.Ordinal, true},
		{parse.Upper | parse.SpaceBefore, false},
		{parse.NewlineBefore, false},
		{0, true},
	}
	for _, tc := range cases {
		if got := tk.Has(tc.f); got != tc.want {
			t.Errorf("Has(%s) = %v, want %v", flagString(tc.f), got, tc.want)
		}
	}
}

// names collects String() of every value from 0 up to the first that
// prints the fallback form "Prefix(n)".
func names[T ~uint8](tb testing.TB, prefix string) []string {
	tb.Helper()
	var out []string
	for v := 0; v < 256; v++ {
		s := fmt.Sprint(T(v))
		if strings.HasPrefix(s, prefix+"(") {
			if want := fmt.Sprintf("%s(%d)", prefix, v); s != want {
				tb.Errorf("%d prints %q, want %q", v, s, want)
			}
			return out
		}
		out = append(out, s)
	}
	tb.Fatalf("every %s value prints a name; the fallback form is never used", prefix)
	return nil
}

// TestStringNames checks that every value of the package's enumerations
// prints a distinct, non-empty name, and that out-of-range values print a
// recognisable fallback instead of panicking.
func TestStringNames(t *testing.T) {
	cases := []struct {
		name string
		got  []string
		want []string // the names known when this test was written, in order
	}{
		{"Kind", names[parse.Kind](t, "Kind"), []string{"EOF", "Word", "Number", "Punct"}},
		{"Type", names[parse.Type](t, "Type"), []string{"DATE", "TIME", "DURATION", "SET"}},
		{"Precision", names[parse.Precision](t, "Precision"), []string{
			"none", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "partofday", "hour", "minute"}},
		{"Tense", names[parse.Tense](t, "Tense"), []string{"unknown", "past", "present", "future"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[string]bool{}
			for i, s := range tc.got {
				if s == "" {
					t.Errorf("%s(%d) prints an empty name", tc.name, i)
				}
				if seen[s] {
					t.Errorf("%s(%d) prints %q, the name of another value", tc.name, i, s)
				}
				seen[s] = true
			}
			if len(tc.got) < len(tc.want) || !slices.Equal(tc.got[:len(tc.want)], tc.want) {
				t.Errorf("%s names\ngot:  %q\nwant: %q", tc.name, tc.got, tc.want)
			}
		})
	}
	// Values one past each list, spelled out.
	for _, tc := range []struct{ got, want string }{
		{parse.Kind(200).String(), "Kind(200)"},
		{parse.Type(200).String(), "Type(200)"},
		{parse.Precision(200).String(), "Precision(200)"},
		{parse.Tense(200).String(), "Tense(200)"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	for _, tc := range []struct {
		a    parse.AnchorMode
		want string
	}{{parse.AnchorAuto, "auto"}, {parse.AnchorNews, "news"}, {parse.AnchorNarrative, "narrative"}} {
		if got := tc.a.String(); got != tc.want {
			t.Errorf("AnchorMode(%d).String() = %q, want %q", tc.a, got, tc.want)
		}
	}
}
