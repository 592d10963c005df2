// Command timeline reads news articles and prints a chronological timeline
// of the dated events they report.
//
// Usage:
//
//	timeline extract [--ref YYYY-MM-DD] [-f table|csv|json|jsonl|markdown|html|ics|timelinejs] FILE...
//	timeline dates FILE...
//	timeline eval GOLD.jsonl
//	timeline completion bash|zsh|fish
//	timeline man
//
// Run "timeline help" for every flag.
package main

import "os"

// version and commit are set at link time by "make build"
// (-ldflags "-X main.version=... -X main.commit=..."); --version prefers
// what the Go toolchain stamps into the binary.
var (
	version = "dev"
	commit  = ""
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
