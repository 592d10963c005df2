package input

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// jsonRecord reads b as encoding/json does.
func jsonRecord(b []byte) (record, error) {
	var rec record
	err := json.Unmarshal(b, &rec)
	return rec, err
}

// sameRecord reports whether the record decodeRecord read says what the
// one encoding/json read says.
func sameRecord(got, want record) bool {
	if got.ID != want.ID || got.DCT != want.DCT || got.Date != want.Date {
		return false
	}
	if got.hasText != (want.Text != nil) || want.Text != nil && string(got.text) != *want.Text {
		return false
	}
	var gu, wu any
	gerr, werr := json.Unmarshal(got.URL, &gu), json.Unmarshal(want.URL, &wu)
	if len(got.URL) == 0 || len(want.URL) == 0 {
		return len(got.URL) == len(want.URL) || string(got.URL) == "null" || string(want.URL) == "null"
	}
	return (gerr == nil) == (werr == nil) && gerr == nil && jsonEqual(gu, wu)
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func TestDecodeRecord(t *testing.T) {
	tests := []struct {
		name, in string
		fast     bool // decodeRecord reads it; otherwise encoding/json does
	}{
		{"plain", `{"id":"a","dct":"2024-03-05","text":"One."}`, true},
		{"spaces", " { \"id\" : \"a\" ,\t\"text\" : \"x y\" } ", true},
		{"empty object", `{}`, true},
		{"escapes", `{"text":"a\"b\\c\/d\be\ff\ng\rh\ti"}`, true},
		{"unicode escapes", `{"text":"caf\u00e9 \u2019s \ud83d\ude00 \ud83d x \ude00 \ud83d\u0041"}`, true},
		{"utf-8", `{"id":"é","text":"‘Zürich’ — 東京"}`, true},
		{"text null", `{"text":"x","text":null}`, true},
		{"text twice", `{"text":null,"text":"y"}`, true},
		{"id null", `{"id":"a","id":null,"text":"x"}`, true},
		{"other fields", `{"timex":[{"start":1,"end":-2.5e+3,"ok":true,"x":null,"y":false}],"n":0,"o":{},"a":[],"text":"x"}`, true},
		{"url string", `{"text":"x","url":"https://news.example/2024/02/29/leap/"}`, true},
		{"url number", `{"text":"x","url":7}`, true},
		{"url null", `{"text":"x","url":null}`, true},
		{"nested", `{"a":[[[{"b":[1,2,{"c":"d"}]}]]],"text":"x"}`, true},
		{"upper key", `{"TEXT":"x"}`, false},
		{"mixed key", `{"Id":"a","text":"x"}`, false},
		{"non-ASCII key", `{"ıd":"a","text":"x"}`, false},
		{"escaped key", `{"te\u0078t":"x"}`, false},
		{"id number", `{"id":5,"text":"x"}`, false},
		{"text number", `{"text":5}`, false},
		{"invalid UTF-8", "{\"text\":\"a\xffb\"}", false},
		{"invalid UTF-8 elsewhere", "{\"x\":\"a\xffb\",\"text\":\"y\"}", true},
		{"control character", "{\"text\":\"a\tb\"}", false},
		{"bad escape", `{"text":"a\qb"}`, false},
		{"bad unicode escape", `{"text":"a\u00zzb"}`, false},
		{"trailing comma", `{"text":"x",}`, false},
		{"trailing data", `{"text":"x"} x`, false},
		{"two objects", `{"text":"x"}{"text":"y"}`, false},
		{"array", `["text","x"]`, false},
		{"string", `"x"`, false},
		{"unclosed", `{"text":"x"`, false},
		{"bad number", `{"n":01,"text":"x"}`, false},
		{"bad number 2", `{"n":1.,"text":"x"}`, false},
		{"bad number 3", `{"n":-,"text":"x"}`, false},
		{"bad literal", `{"n":nul,"text":"x"}`, false},
		{"deep", `{"a":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `,"text":"x"}`, false},
	}
	// long strings, read eight bytes at a time, with a stop at each offset
	for k := 0; k < 17; k++ {
		pre := "abcdefghijklmnopq"[:k] + strings.Repeat("é", k%3)
		tests = append(tests,
			struct {
				name, in string
				fast     bool
			}{"long escape", `{"text":"` + pre + `\"q\\u\n` + pre + `\u00e9` + strings.Repeat("z", k) + `"}`, true},
			struct {
				name, in string
				fast     bool
			}{"long control", "{\"text\":\"" + pre + "\x01" + strings.Repeat("z", 9) + "\"}", false},
			struct {
				name, in string
				fast     bool
			}{"long unclosed", `{"text":"` + pre + strings.Repeat("y", 20), false},
		)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, werr := jsonRecord([]byte(tc.in))
			got, ok := decodeRecord([]byte(tc.in))
			if ok != tc.fast {
				t.Fatalf("decodeRecord(%q) ok = %v, want %v", tc.in, ok, tc.fast)
			}
			if !ok {
				return
			}
			if werr != nil {
				t.Fatalf("decodeRecord(%q) read a record that encoding/json refuses: %v", tc.in, werr)
			}
			if !sameRecord(got, want) {
				t.Errorf("decodeRecord(%q)\ngot:  %+v %q\nwant: %+v", tc.in, got, got.text, want)
			}
		})
	}
}

// TestParseRecordSame checks that a record read in place gives the same
// document as one that encoding/json reads.
func TestParseRecordSame(t *testing.T) {
	for _, in := range []string{
		`{"id":"a","dct":"2024-03-05","text":"On 3 March,\nhe \"said\" caf\u00e9."}`,
		`{"text":"x","url":"https://news.example/2024/02/29/leap/"}`,
		`{"text":"x","date":"2024-02-30"}`,
		`{"text":"x","date":"March 5, 2024"}`,
		`{"id":""}`,
	} {
		b := []byte(in)
		got, gerr := ParseRecord("f.jsonl", 3, b)
		rec, err := jsonRecord([]byte(in))
		var want Document
		var werr error
		if err == nil {
			want, werr = recordDocument("f.jsonl", 3, rec)
		}
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Errorf("parseRecord(%q) error\ngot:  %v\nwant: %v", in, gerr, werr)
			continue
		}
		if got.ID != want.ID || string(got.Text) != string(want.Text) || !got.Ref.Equal(want.Ref) || got.RefSource != want.RefSource || got.RefReason != want.RefReason {
			t.Errorf("parseRecord(%q)\ngot:  %+v\nwant: %+v", in, got, want)
		}
	}
}

// FuzzDecodeRecord checks that decodeRecord reads only records that
// encoding/json reads, and reads them as it does.
func FuzzDecodeRecord(f *testing.F) {
	f.Add(`{"id":"a","dct":"2024-03-05","text":"One."}`)
	f.Add(`{"text":"caf\u00e9 \ud83d\ude00 \ud83d x","url":7,"timex":[{"a":-1.5e3}]}`)
	f.Add(`{"text":null,"Text":"x"}`)
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<14 {
			t.Skip()
		}
		got, ok := decodeRecord([]byte(in))
		if !ok {
			return
		}
		want, err := jsonRecord([]byte(in))
		if err != nil {
			t.Fatalf("decodeRecord(%q) read a record that encoding/json refuses: %v", in, err)
		}
		if !sameRecord(got, want) {
			t.Fatalf("decodeRecord(%q)\ngot:  %+v %q\nwant: %+v", in, got, got.text, want)
		}
	})
}
