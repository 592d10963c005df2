// Command timeline reads news articles and prints a chronological timeline
// of the dated events they report.
//
// Usage:
//
//	timeline extract [--ref YYYY-MM-DD] [-f table|csv|json|jsonl|markdown] FILE...
//	timeline dates FILE...
//	timeline eval GOLD.jsonl
//
// Run "timeline help" for every flag.
package main

import "os"

var version = "dev"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
