// Command corpus writes a JSON Lines corpus for benchmarks and for the
// sharded-run test: the bundled sample articles, copied as many times as
// asked, each copy with its own id and a reference date one day later
// than the copy before, so that relative dates resolve differently from
// copy to copy. With -records it copies the records of JSON Lines files
// instead, line by line and unchanged, such as the TempEval-3 news texts.
// The output depends only on the flags and the files.
//
//	go run ./scripts/corpus -copies 30 > corpus.jsonl
//	go run ./scripts/corpus -size 200MB -o corpus.jsonl
//	go run ./scripts/corpus -records '../shared/data/timeml/*.jsonl' -size 5MB -o news.jsonl
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	copies := flag.Int("copies", 1, "copies of each article")
	size := flag.String("size", "", "write copies until the corpus reaches this size (such as 200MB); overrides -copies")
	out := flag.String("o", "-", "output file")
	dir := flag.String("articles", "testdata/articles", "directory of the sample articles (*.txt)")
	records := flag.String("records", "", "copy the lines of the JSON Lines files that match this pattern instead of the articles")
	flag.Parse()
	var err error
	if *records != "" {
		err = copyRecords(*records, *out, *copies, *size)
	} else {
		err = run(*dir, *out, *copies, *size)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

func run(dir, out string, copies int, size string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("no articles in %s", dir)
	}
	sort.Strings(names)
	var texts []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		texts = append(texts, string(b))
	}
	limit, copies, err := sizeLimit(size, copies)
	if err != nil {
		return err
	}
	w, closeOut, err := create(out)
	if err != nil {
		return err
	}
	defer closeOut()
	bw := bufio.NewWriterSize(w, 1<<20)
	base := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	var written int64
	for c := 0; c < copies && (limit < 0 || written < limit); c++ {
		for i, text := range texts {
			rec := struct {
				ID   string `json:"id"`
				Date string `json:"date"`
				Text string `json:"text"`
			}{
				ID:   fmt.Sprintf("%s-%07d", strings.TrimSuffix(filepath.Base(names[i]), ".txt"), c),
				Date: base.AddDate(0, 0, c%3650).Format("2006-01-02"),
				Text: text,
			}
			b, err := json.Marshal(rec)
			if err != nil {
				return err
			}
			b = append(b, '\n')
			if _, err := bw.Write(b); err != nil {
				return err
			}
			written += int64(len(b))
		}
	}
	return bw.Flush()
}

// parseSize reads "200MB", "1GB", "512KB" or a number of bytes.
// create opens the output file out, or standard output for "-"; the
// function it returns closes it.
func create(out string) (*os.File, func(), error) {
	if out == "-" {
		return os.Stdout, func() {}, nil
	}
	f, err := os.Create(out)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// sizeLimit returns the byte limit that size gives (-1 when it is empty)
// and the number of copies to write: as many as it takes when a size is
// given, else copies.
func sizeLimit(size string, copies int) (int64, int, error) {
	if size == "" {
		return -1, copies, nil
	}
	limit, err := parseSize(size)
	return limit, int(^uint(0) >> 1), err
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	u := strings.ToUpper(strings.TrimSpace(s))
	for _, x := range []struct {
		suffix string
		m      int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, x.suffix) {
			u, mult = strings.TrimSuffix(u, x.suffix), x.m
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(u), 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad size %q (want such as 200MB)", s)
	}
	return n * mult, nil
}

// copyRecords writes the non-blank lines of the files matching pattern, in
// name order, again and again: copies times, or until size is reached.
func copyRecords(pattern, out string, copies int, size string) error {
	names, err := filepath.Glob(pattern)
	if err != nil || len(names) == 0 {
		return fmt.Errorf("no files match %s", pattern)
	}
	sort.Strings(names)
	var lines [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		for l := range bytes.Lines(b) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines = append(lines, append(bytes.TrimRight(l, "\r\n"), '\n'))
			}
		}
	}
	limit, copies, err := sizeLimit(size, copies)
	if err != nil {
		return err
	}
	w, closeOut, err := create(out)
	if err != nil {
		return err
	}
	defer closeOut()
	bw := bufio.NewWriterSize(w, 1<<20)
	var written int64
	for c := 0; c < copies && (limit < 0 || written < limit); c++ {
		for _, l := range lines {
			if limit >= 0 && written >= limit {
				break
			}
			if _, err := bw.Write(l); err != nil {
				return err
			}
			written += int64(len(l))
		}
	}
	return bw.Flush()
}
