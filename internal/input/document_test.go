package input

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestNewDocument(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // text after cleaning
		wantErr  string
		isErr    error
	}{
		{name: "plain", in: "Talks on 13 January.", want: "Talks on 13 January."},
		{name: "bom", in: "\xef\xbb\xbfTalks.", want: "Talks."},
		{name: "crlf kept", in: "a\r\nb", want: "a\r\nb"},
		{name: "invalid utf-8", in: "line one\nbad \xff here", want: "line one\nbad \ufffd here", isErr: ErrInvalidUTF8,
			wantErr: "news.txt:2: invalid UTF-8 at offset 13; read with U+FFFD in their place (convert the file to UTF-8 to keep them)"},
		{name: "invalid utf-8 twice", in: "\xe2\x80 and \xc0", want: "\ufffd\ufffd and \ufffd", isErr: ErrInvalidUTF8,
			wantErr: "news.txt:1: invalid UTF-8 at offset 0 and 2 more bytes; read with U+FFFD in their place (convert the file to UTF-8 to keep them)"},
		{name: "binary", in: "PK\x03\x04\x00\x00", isErr: ErrBinary,
			wantErr: "news.txt:1: binary data, not UTF-8 text: NUL byte at offset 4; skipped (convert it to UTF-8 text first)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NewDocument("news.txt", []byte(tc.in))
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("got error %v\nwant %q", err, tc.wantErr)
				}
				if !errors.Is(err, tc.isErr) {
					t.Errorf("error does not wrap %v", tc.isErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if string(got.Text) != tc.want {
				t.Errorf("got %q\nwant %q", got.Text, tc.want)
			}
		})
	}
}

func TestReadRecords(t *testing.T) {
	in := `{"id":"a","dct":"2024-03-05","text":"One."}

{"id":"b","date":"2024-03-06T10:00:00Z","text":"Two."}
not json
{"id":"c"}
{"id":"d","dct":"5/6/2025","text":"x"}
{"text":"no id"}
`
	docs, errs := ReadRecords(strings.NewReader(in), "in.jsonl")
	var got []string
	for _, d := range docs {
		got = append(got, d.ID+" "+d.Ref.Format("2006-01-02"))
	}
	want := []string{"a 2024-03-05", "b 2024-03-06", "in.jsonl:7 0001-01-01"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	wantErrs := []string{
		"in.jsonl:4: invalid JSON record: invalid character 'o' in literal null (expecting 'u'); skipped (each line must hold one JSON object)",
		`in.jsonl:5: record has no "text" field; skipped (give the article's text as "text")`,
		`in.jsonl:6: record "d": ambiguous reference date "5/6/2025": day and month could be swapped (want YYYY-MM-DD); skipped`,
	}
	if strings.Join(msgs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors:\ngot  %q\nwant %q", msgs, wantErrs)
	}
}

func TestParseRef(t *testing.T) {
	tests := []struct{ in, want, wantErr string }{
		{in: "2025-01-10", want: "2025-01-10"},
		{in: "2025-01-10T23:30:00+02:00", want: "2025-01-10"},
		{in: "January 10, 2025", want: "2025-01-10"},
		{in: "10 January 2025", want: "2025-01-10"},
		{in: "13/01/2025", wantErr: "invalid reference date"},
		{in: "5/6/2025", wantErr: "ambiguous reference date"},
		{in: "Jan. 17", wantErr: "invalid reference date"},
		{in: "yesterday", wantErr: "invalid reference date"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseRef(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, %v; want error containing %q", got, err, tc.wantErr)
				}
				return
			}
			if err != nil || got.Format("2006-01-02") != tc.want {
				t.Fatalf("got %v, %v; want %s", got, err, tc.want)
			}
		})
	}
}

// FuzzReadRecords checks that any input, with or without a size limit,
// gives documents or line errors, never a panic; that every document has
// an id; that every error names the file and a line; and that no more
// documents and errors come out than there are lines.
func FuzzReadRecords(f *testing.F) {
	f.Add(`{"id":"a","dct":"2024-03-05","text":"One."}`+"\n"+`{"id":`, uint16(0))
	f.Add("\xef\xbb\xbf{\"text\":\"x\",\"date\":\"2024-02-30\"}\r\n", uint16(0))
	f.Add(`{"text":"x","url":"https://news.example/2024/02/29/leap/"}`+"\n"+`{"text":"y","url":7}`, uint16(0))
	f.Add(`{"id":"a","text":"`+strings.Repeat("x", 100)+`"}`+"\n"+`{"text":"y"}`, uint16(40))
	f.Fuzz(func(t *testing.T, in string, max uint16) {
		if len(in) > 1<<14 {
			t.Skip()
		}
		docs, errs := readRecords(context.Background(), strings.NewReader(in), "f.jsonl", int64(max))
		for _, d := range docs {
			if d.ID == "" {
				t.Fatalf("document without id from %q", in)
			}
		}
		for _, e := range errs {
			var ie *Error
			if !errors.As(e, &ie) || ie.File != "f.jsonl" || ie.Line < 1 || !strings.HasPrefix(e.Error(), "f.jsonl:") {
				t.Fatalf("error does not name the file and line: %v", e)
			}
		}
		if lines := strings.Count(in, "\n") + 1; len(docs)+len(errs) > lines {
			t.Fatalf("%d documents and %d errors from %d lines", len(docs), len(errs), lines)
		}
		if max == 0 {
			all, allErrs := ReadRecords(strings.NewReader(in), "f.jsonl")
			if len(all) != len(docs) || len(allErrs) != len(errs) {
				t.Fatalf("readRecords without a limit differs from ReadRecords")
			}
		}
	})
}

// FuzzParseRef checks that ParseRef never panics and that what it accepts
// is a date at midnight UTC that reads back the same.
func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"2025-01-10", "January 10, 2025", "5/6/2025", "1700000000", "Jan. 17"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseRef(in)
		if err != nil {
			return
		}
		if got.Hour() != 0 || got.Minute() != 0 || got.Location() != time.UTC {
			t.Fatalf("ParseRef(%q) = %v, not a UTC date", in, got)
		}
		again, err := ParseRef(got.Format("2006-01-02"))
		if err != nil || !again.Equal(got) {
			t.Fatalf("ParseRef(%q) = %v does not read back: %v %v", in, got, again, err)
		}
	})
}
