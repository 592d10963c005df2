package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

// defaultCommand runs when the first argument is a file rather than a
// command: "timeline article.txt" is "timeline extract article.txt".
const defaultCommand = "extract"

// globalFlags are the flags that the app itself takes before a command.
var globalFlags = map[string]bool{
	"-h": true, "--help": true, "-v": true, "--version": true,
	"--generate-bash-completion": true,
}

// usageError is a mistake on the command line: its message, then how the
// command is used, on standard error, and exit code 2.
func usageError(cmd, format string, a ...any) error {
	msg := fmt.Sprintf(format, a...)
	if cmd == "" {
		return cli.Exit(msg+"\n"+appUsage, exitUsage)
	}
	return cli.Exit(fmt.Sprintf("%s\nusage: timeline %s [OPTIONS] [FILE...]\nrun \"timeline %s --help\" for the options", msg, cmd, cmd), exitUsage)
}

// appUsage is the short usage printed after a mistake in the command
// name.
const appUsage = `usage: timeline [COMMAND] [OPTIONS] [FILE...]
commands: extract (the default: "timeline FILE" is "timeline extract FILE"),
          dates, merge, parse, eval, completion, man, help
run "timeline --help" for more`

// prepareArgs checks the command line args and puts it in the form that
// urfave/cli reads: the default command is added when the first argument
// is a file, a mistyped command or flag is refused with the nearest
// correct one, a flag that needs a value must have one, and the flags of
// a command move before its files (see [flagsFirst]).
func prepareArgs(app *cli.App, args []string) ([]string, error) {
	// A completion request must stay as it is: urfave/cli looks for its
	// flag at the very end.
	if len(args) < 2 || args[len(args)-1] == "--generate-bash-completion" {
		return args, nil
	}
	args, err := routeCommand(app, args)
	if err != nil {
		return nil, err
	}
	if len(args) < 2 || globalFlags[args[1]] {
		return args, nil
	}
	if args[1] == "help" || args[1] == "h" {
		if len(args) > 2 && !isCommand(app, args[2]) {
			return nil, unknownCommand(app, args[2], "help topic")
		}
		return args, nil
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args, nil
	}
	if err := checkFlags(cmd, args[2:]); err != nil {
		return nil, err
	}
	return flagsFirst(app, args), nil
}

// routeCommand adds the default command to args when the first argument
// is not a command: a file, a directory, "-", a flag of the default
// command, or a name that looks like a path. A word that is none of
// these, such as a mistyped command, is an error that names the nearest
// command. A command name always wins over a file of the same name
// ("timeline extract dates" reads a file named dates).
func routeCommand(app *cli.App, args []string) ([]string, error) {
	first := args[1]
	// "timeline -v a.txt" is extract's --verbose; -v alone is --version.
	if first == "-v" && len(args) > 2 {
		return append([]string{args[0], defaultCommand}, args[1:]...), nil
	}
	if isCommand(app, first) || globalFlags[first] {
		return args, nil
	}
	withDefault := append([]string{args[0], defaultCommand}, args[1:]...)
	if first == "-" {
		return withDefault, nil
	}
	if strings.HasPrefix(first, "-") {
		name, _, _ := strings.Cut(first, "=")
		if _, ok := findFlag(app.Command(defaultCommand).Flags, name); ok {
			return withDefault, nil
		}
		return nil, unknownFlag("", name, append(flagSpellings(app.Command(defaultCommand).Flags), "--help", "--version"))
	}
	if _, err := os.Stat(first); err == nil {
		return withDefault, nil
	}
	if near := nearest(first, commandNames(app)); near != "" {
		return nil, unknownCommand(app, first, "")
	}
	if strings.ContainsAny(first, `./\`) {
		// a path: extract says that the file does not exist
		return withDefault, nil
	}
	return nil, unknownCommand(app, first, "")
}

// unknownCommand is the error for a word that is neither a command nor a
// file; what is "help topic" after help, and empty for a command.
func unknownCommand(app *cli.App, word, what string) error {
	msg := fmt.Sprintf("unknown command %q (and no file of that name)", word)
	if what != "" {
		msg = fmt.Sprintf("unknown %s %q", what, word)
	}
	if near := nearest(word, commandNames(app)); near != "" {
		return usageError("", "%s; did you mean %s?", msg, near)
	}
	return usageError("", "%s", msg)
}

// unknownFlag is the error for a flag that cmd does not take.
func unknownFlag(cmd, flag string, spellings []string) error {
	where := ""
	if cmd != "" {
		where = cmd + ": "
	}
	if near := nearest(flag, spellings); near != "" {
		return usageError(cmd, "%sunknown flag %s; did you mean %s?", where, flag, near)
	}
	return usageError(cmd, "%sunknown flag %s", where, flag)
}

// isCommand reports whether name is one of the app's commands, or help,
// which urfave/cli adds only when the app runs.
func isCommand(app *cli.App, name string) bool {
	return name == "help" || name == "h" || app.Command(name) != nil
}

// commandNames lists the names and aliases of the app's visible commands.
func commandNames(app *cli.App) []string {
	var names []string
	for _, c := range app.Commands {
		if !c.Hidden {
			names = append(names, c.Names()...)
		}
	}
	return append(names, "help")
}

// flagSpellings lists every way to write the flags: "--format", "-f".
func flagSpellings(flags []cli.Flag) []string {
	var out []string
	for _, f := range flags {
		for _, n := range f.Names() {
			out = append(out, dashed(n))
		}
	}
	return out
}

// dashed writes a flag name as it is typed: "-f", "--format".
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// findFlag returns the flag of flags that spelling ("-f", "--format")
// names, and whether there is one. The help flag is every command's.
func findFlag(flags []cli.Flag, spelling string) (cli.Flag, bool) {
	name := strings.TrimLeft(spelling, "-")
	if name == "help" || name == "h" {
		return cli.HelpFlag, true
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f, true
			}
		}
	}
	return nil, false
}

// takesValue reports whether flag f needs a value after it.
func takesValue(f cli.Flag) bool {
	df, ok := f.(cli.DocGenerationFlag)
	return ok && df.TakesValue()
}

// placeholder returns the name of the value that a flag takes, as its
// usage marks it with back quotes (`FILE`), or "value".
func placeholder(f cli.Flag) string {
	if df, ok := f.(cli.DocGenerationFlag); ok {
		u := df.GetUsage()
		if i := strings.IndexByte(u, '`'); i >= 0 {
			if j := strings.IndexByte(u[i+1:], '`'); j > 0 {
				return u[i+1 : i+1+j]
			}
		}
	}
	return "value"
}

// looksLikeFlag reports whether a, given as the value of a flag, is more
// likely a flag the user forgot the value before: it starts with "-" and
// is neither "-" (standard input or output) nor a negative number.
func looksLikeFlag(a string) bool {
	return len(a) > 1 && a[0] == '-' && !(a[1] >= '0' && a[1] <= '9')
}

// checkFlags checks the arguments of cmd before urfave/cli reads them:
// every flag must be one of cmd's, and a flag that takes a value must be
// followed by one. urfave/cli would take whatever comes next as the value,
// so "extract -o" would write to a file named "--" (the end of the flags
// that flagsFirst adds), and "-o -f csv" to a file named "-f". A value
// that really starts with "-" is given as -o=-f.
func checkFlags(cmd *cli.Command, args []string) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return nil
		}
		if !looksLikeFlag(a) {
			continue
		}
		spelling, _, hasValue := strings.Cut(a, "=")
		f, ok := findFlag(cmd.Flags, spelling)
		if !ok {
			return unknownFlag(cmd.Name, spelling, append(flagSpellings(cmd.Flags), "--help"))
		}
		if hasValue || !takesValue(f) {
			continue
		}
		if i+1 == len(args) || args[i+1] == "--" {
			return usageError(cmd.Name, "%s: flag %s needs a value (%s) after it", cmd.Name, spelling, placeholder(f))
		}
		if next := args[i+1]; looksLikeFlag(next) {
			return usageError(cmd.Name, "%s: flag %s needs a value (%s) after it, but %s is a flag (write %s=%s if it is the value)",
				cmd.Name, spelling, placeholder(f), next, spelling, next)
		}
		i++
	}
	return nil
}

// nearest returns the candidate closest to word by edit distance, if it
// is close enough to be a typing mistake: one edit for a short word, two
// for a longer one, or a word that is the start of the candidate ("--out"
// for "--output"). Ties go to the first candidate.
func nearest(word string, candidates []string) string {
	best, bestDist := "", -1
	limit := 1
	if len(strings.TrimLeft(word, "-")) > 4 {
		limit = 2
	}
	for _, c := range candidates {
		d := editDistance(strings.ToLower(word), c)
		if d <= limit && (bestDist < 0 || d < bestDist) {
			best, bestDist = c, d
		}
	}
	if best != "" {
		return best
	}
	if len(strings.TrimLeft(word, "-")) >= 3 {
		for _, c := range candidates {
			if strings.HasPrefix(c, word) {
				return c
			}
		}
	}
	return ""
}

// editDistance is the optimal string alignment distance between a and b:
// the insertions, deletions, substitutions and swaps of two neighbouring
// bytes that turn one into the other ("extrct" is 1 from "extract",
// "--fromat" 1 from "--format").
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
