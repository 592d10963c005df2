package timeline

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		bad  bool
	}{
		{in: "0", want: 0},
		{in: "4096", want: 4096},
		{in: "64MiB", want: 64 << 20},
		{in: "64M", want: 64 << 20},
		{in: "200MB", want: 200_000_000},
		{in: " 1 GiB ", want: 1 << 30},
		{in: "10k", want: 10 << 10},
		{in: "12B", want: 12},
		{in: "-1", bad: true},
		{in: "lots", bad: true},
		{in: "1.5MiB", bad: true},
		{in: "9999999999GiB", bad: true},
		{in: "", bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSize(tc.in)
			if tc.bad {
				if err == nil {
					t.Fatalf("got %d, want an error", got)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		512: "512 B", 1024: "1 KiB", 64 << 20: "64 MiB", 200_000_000: "190.7 MiB", 3 << 30: "3 GiB",
	} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestReadInputs reads good and bad inputs in one call: documents come in
// the order of the names, and each problem names its input.
func TestReadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := write("a.txt", "Talks on 3 May.")
	b := write("b.jsonl", `{"id":"r1","text":"One."}`+"\n"+`{"id":"r2","text":"Two."}`+"\n")
	c := write("c.txt", "x\x00y")
	in, err := ReadInputs(context.Background(), []string{a, filepath.Join(dir, "none.txt"), b, "-", dir, c},
		ReadOptions{Stdin: strings.NewReader("From standard input.")})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range in.Docs {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, " "), a+" r1 r2 -"; got != want {
		t.Errorf("documents: got %q, want %q", got, want)
	}
	if len(in.Errors) != 2 || !errors.Is(in.Errors[0], fs.ErrNotExist) || !errors.Is(in.Errors[1], ErrDirectory) {
		t.Errorf("errors: %v", in.Errors)
	}
	if len(in.Warnings) != 1 || !errors.Is(in.Warnings[0], ErrBinary) {
		t.Errorf("warnings: %v", in.Warnings)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadInputs(ctx, []string{a}, ReadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want %v", err, context.Canceled)
	}
}
