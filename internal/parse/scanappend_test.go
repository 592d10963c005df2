package parse

import (
	"encoding/binary"
	"os"
	"slices"
	"testing"
)

// scanNext is the token loop of Next alone, which scanAppend must match.
func scanNext(src []byte) []Token {
	var toks []Token
	s := NewScanner(src)
	for t := s.Next(); t.Kind != EOF; t = s.Next() {
		toks = append(toks, t)
	}
	return toks
}

func FuzzScanAppend(f *testing.F) {
	f.Add("On 3 March 2024,  the talks\n\nbegan. Iran's  o’clock Zürich\u00a0x  y'  'z 17th 3rd-4th")
	f.Add(" a  b\tc\r\nd")
	f.Fuzz(func(t *testing.T, in string) {
		got, want := scanAppend(nil, []byte(in)), scanNext([]byte(in))
		if !slices.Equal(got, want) {
			t.Fatalf("scanAppend(%q)\ngot:  %v\nwant: %v", in, got, want)
		}
	})
}

func TestScanAppend(t *testing.T) {
	src, err := os.ReadFile("../../testdata/articles/iran-russia.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := [][]byte{src, nil, []byte(" "), []byte("a"), []byte("A b"), []byte("x'"), []byte("é a")}
	for _, d := range newsDocs(t) {
		texts = append(texts, d.text)
	}
	for _, s := range texts {
		if got, want := scanAppend(nil, s), scanNext(s); !slices.Equal(got, want) {
			t.Fatalf("scanAppend(%.60q...) differs from Next", s)
		}
	}
}

func TestNonLetters(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			// c at pos among letters, and among non-letters
			for _, fill := range []byte{'a', 'Z', ' ', 0x80} {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(c)
				m := nonLetters(binary.LittleEndian.Uint64(b[:]))
				for i, x := range b {
					want := !asciiLetters[x]
					if got := m>>(8*i+7)&1 == 1; got != want {
						t.Fatalf("nonLetters(%q): byte %d: got %v, want %v", b, i, got, want)
					}
				}
				if m&^0x8080808080808080 != 0 {
					t.Fatalf("nonLetters(%q) = %#x: bits other than the high ones", b, m)
				}
			}
		}
	}
}
