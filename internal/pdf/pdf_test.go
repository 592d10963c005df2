package pdf

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/pdf/pdftest"
)

func TestPages(t *testing.T) {
	var pages [][]string
	for p := 1; p <= 3; p++ {
		body := []string{
			"Ministry of Foreign Affairs - Press Release",
			fmt.Sprintf("Body line of page %d: the minister will visit Paris on 1%d January.", p, p),
		}
		if p == 2 {
			body = append(body, "Talks on the inter-", "national agreement were held on Monday.")
		}
		pages = append(pages, append(body, fmt.Sprintf("Page %d of 3", p)))
	}
	got, err := Pages(pdftest.Make(pages), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d pages, want 3: %q", len(got), got)
	}
	want := "Body line of page 2: the minister will visit Paris on 12 January.\nTalks on the international agreement were held on Monday.\n"
	if got[1] != want {
		t.Errorf("page 2:\ngot  %q\nwant %q", got[1], want)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"inter\x02national\r\nFranco\x02German": "international\nFranco-German\n",
		"a\x00b\rc":                             "ab\nc\n",
		"":                                      "",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPagesErrors(t *testing.T) {
	if _, err := Pages([]byte("%PDF-1.4\nnot really"), 0); !errors.Is(err, ErrNotPDF) {
		t.Errorf("a broken PDF: error %v, want ErrNotPDF", err)
	}
	blank := pdftest.Make([][]string{{""}, {""}})
	if _, err := Pages(blank, 0); !errors.Is(err, ErrNoText) {
		t.Errorf("a PDF without text: error %v, want ErrNoText", err)
	}
	long := pdftest.Make([][]string{{strings.Repeat("word ", 40)}})
	if _, err := Pages(long, 50); err == nil || !strings.Contains(err.Error(), "longer than 50 bytes") {
		t.Errorf("over the size bound: error %v", err)
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"hyphen rejoined", []string{"an inter-\nnational deal\n"}, []string{"an international\ndeal\n"}},
		{"hyphen before a capital stays", []string{"the Franco-\nGerman border\n"}, []string{"the Franco-\nGerman border\n"}},
		{"a dash stays", []string{"prices rose -\nsharply\n"}, []string{"prices rose -\nsharply\n"}},
		{"header and footer of three pages", []string{
			"ACME Annual Report\ntext one\nPage 1\n",
			"ACME Annual Report\ntext two\nPage 2\n",
			"ACME Annual Report\ntext three\nPage 3\n",
		}, []string{"text one\n", "text two\n", "text three\n"}},
		{"two pages keep their edges", []string{"Head\nbody\n", "Head\nmore\n"}, []string{"Head\nbody\n", "Head\nmore\n"}},
	}
	for _, tc := range tests {
		got, err := Clean(tc.in)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Clean(%q) = %q, %v; want %q", tc.name, tc.in, got, err, tc.want)
		}
	}
	if _, err := Clean([]string{" \n", "--\n"}); !errors.Is(err, ErrNoText) {
		t.Errorf("no text: %v", err)
	}
}

func FuzzClean(f *testing.F) {
	f.Add("a inter-\nnational\n", "Head\n1\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		got, err := Clean([]string{a, b, a})
		if err == nil && len(got) != 3 {
			t.Fatalf("%d pages out of 3", len(got))
		}
	})
}

func FuzzPages(f *testing.F) {
	f.Add(pdftest.Make([][]string{{"Talks were held on Monday."}}))
	f.Add([]byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Pages(data, 1<<20) // no panic, whatever the bytes
	})
}
