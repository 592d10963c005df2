// Command gen writes the table embedded by package wordnet from the
// WordNet 3.0 database files:
//
//	go run ./internal/wordnet/gen -dict /usr/share/wordnet -o internal/wordnet/wordnet.bin
//
// Debian's wordnet-base package (1:3.0-37) installs the files under
// /usr/share/wordnet. The same files always give the same table.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/timeline-dev/timeline/internal/wordnet"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "the `dir`ectory of the WordNet database files")
	out := flag.String("o", "internal/wordnet/wordnet.bin", "the table `file` to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
	var buf bytes.Buffer
	if err := wordnet.Build(&buf, os.DirFS(dict)); err != nil {
		return fmt.Errorf("%s: %w", dict, err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes\n", out, buf.Len())
	return nil
}
