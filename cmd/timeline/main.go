// Command timeline reads news articles and prints a chronological timeline
// of the dated events they report.
//
// Usage:
//
//	timeline extract [--ref YYYY-MM-DD] [-f table|csv|json|jsonl|markdown|html|ics|timelinejs|xlsx] FILE...
//	timeline FILE...  (the same as timeline extract FILE...)
//	timeline dates FILE...
//	timeline parse FILE...
//	timeline eval GOLD.jsonl | GOLD.conllu
//	timeline completion bash|zsh|fish
//	timeline man
//
// Run "timeline help" for every flag and the exit codes. A mistyped
// command or flag, or a flag without its value, is refused with the
// nearest correct one (exit code 2).
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// version and commit are set at link time by "make build"
// (-ldflags "-X main.version=... -X main.commit=..."); --version prefers
// what the Go toolchain stamps into the binary.
var (
	version = "dev"
	commit  = ""
)

func main() {
	// Ctrl-C and SIGTERM cancel the work; a second one kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	// A closed pipe on standard output ("| head") becomes an EPIPE error
	// that run treats as the end of the output, instead of a signal that
	// kills the program.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr))
}
