package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/timeline-dev/timeline/internal/render"
)

// versionString returns what --version prints after "timeline version":
// the module version that the Go toolchain stamped into the binary, else v
// (set with -ldflags "-X main.version=..."), then the VCS commit that the
// toolchain stamped, marked "modified" when the tree had uncommitted
// changes, else rev (set with -X main.commit=...). The toolchain stamps a
// commit only when it finds the repository, which it does not in a git
// worktree or with -buildvcs=false; "make build" sets both variables.
func versionString(info *debug.BuildInfo, ok bool, v, rev string) string {
	modified := false
	if ok && info != nil {
		if mv := info.Main.Version; mv != "" && mv != "(devel)" {
			v = mv
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if rev == "" {
		return v
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified {
		return v + " (commit " + rev + ", modified)"
	}
	return v + " (commit " + rev + ")"
}

// programVersion is the version of the running binary.
func programVersion() string {
	info, ok := debug.ReadBuildInfo()
	return versionString(info, ok, version, commit)
}

// bashCompletion completes with the app's own suggestions: bash runs
// "timeline WORDS... [CURRENT] --generate-bash-completion", which lists
// commands, or the flags that match a word being typed that starts with
// "-". When nothing matches, bash completes file names.
const bashCompletion = `# bash completion for timeline
# Load it with: source <(timeline completion bash)
_timeline_complete() {
	local cur=${COMP_WORDS[COMP_CWORD]}
	local words=("${COMP_WORDS[@]:0:COMP_CWORD}")
	local suggestions
	if [[ $cur == -* ]]; then
		suggestions=$("${words[@]}" "$cur" --generate-bash-completion 2>/dev/null)
	else
		suggestions=$("${words[@]}" --generate-bash-completion 2>/dev/null)
	fi
	local IFS=$'\n'
	COMPREPLY=($(compgen -W "$suggestions" -- "$cur"))
}
complete -o bashdefault -o default -F _timeline_complete timeline
`

// zshCompletion does in zsh what bashCompletion does in bash. Saved as
// _timeline in a directory of $fpath it is autoloaded; sourced, it
// registers itself with compdef.
const zshCompletion = `#compdef timeline
# zsh completion for timeline
# Load it with: source <(timeline completion zsh), after compinit;
# or save it as _timeline in a directory of $fpath.
_timeline() {
	local cur=${words[CURRENT]}
	local -a suggestions
	if [[ $cur == -* ]]; then
		suggestions=("${(@f)$(${words[1,CURRENT-1]} $cur --generate-bash-completion 2>/dev/null)}")
	else
		suggestions=("${(@f)$(${words[1,CURRENT-1]} --generate-bash-completion 2>/dev/null)}")
	fi
	suggestions=(${suggestions:#})
	if (( ${#suggestions} )); then
		compadd -a suggestions
	else
		_files
	fi
}
if [[ ${funcstack[1]} == _timeline ]]; then
	_timeline "$@"
else
	compdef _timeline timeline
fi
`

func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a completion script for bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: "bash:  source <(timeline completion bash)\n" +
			"zsh:   source <(timeline completion zsh)   (after compinit)\n" +
			"fish:  timeline completion fish > ~/.config/fish/completions/timeline.fish",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("completion: name one shell: bash, zsh or fish", exitUsage)
			}
			var script string
			switch shell := c.Args().First(); shell {
			case "bash":
				script = bashCompletion
			case "zsh":
				script = zshCompletion
			case "fish":
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return cli.Exit("completion: "+err.Error(), exitOutput)
				}
				script = s
			default:
				return cli.Exit(fmt.Sprintf("completion: unknown shell %q (want bash, zsh or fish)", shell), exitUsage)
			}
			return writeOut(c.App.Writer, script)
		},
	}
}

func manCommand() *cli.Command {
	return &cli.Command{
		Name:  "man",
		Usage: "print the manual page (roff); view it with: timeline man | man -l -",
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return cli.Exit("man: takes no arguments", exitUsage)
			}
			page, err := c.App.ToManWithSection(1)
			if err != nil {
				return cli.Exit("man: "+err.Error(), exitOutput)
			}
			return writeOut(c.App.Writer, strings.TrimRight(page, "\n")+"\n"+exitCodesRoff())
		},
	}
}

// writeOut writes s to w, ending it in a newline, and turns a write error
// into the exit code for output errors.
func writeOut(w io.Writer, s string) error {
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	if _, err := io.WriteString(w, s); err != nil {
		return cli.Exit("write output: "+err.Error(), exitOutput)
	}
	return nil
}

// flagValues lists the values that completion offers after a flag, by the
// flag's name.
var flagValues = map[string][]string{
	"input-format": {"text", "html", "jsonl", "docx", "pdf", "auto"},
	"date-order":   {"dmy", "mdy", "auto"},
	"anchor":       {"news", "narrative", "auto"},
	"color":        {"auto", "always", "never"},
}

// setCompletion makes the app answer "... --generate-bash-completion" from
// args, the command line it runs, rather than from os.Args as urfave/cli's
// default does (which would make it untestable in-process). The word
// before the request, when it starts with "-", is a flag being typed:
// the flags it begins are offered. When it is a flag that takes one of a
// few values, those values are offered. Otherwise the commands are, at
// the top level.
func setCompletion(app *cli.App, args []string) {
	var prev string
	if n := len(args); n > 2 && args[n-1] == "--generate-bash-completion" {
		prev = args[n-2]
	}
	complete := func(w io.Writer, cmd *cli.Command, flags []cli.Flag, commands []*cli.Command) {
		if strings.HasPrefix(prev, "-") {
			name := strings.TrimLeft(prev, "-")
			for _, f := range flags {
				for _, n := range f.Names() {
					if n == name {
						for _, v := range completionValues(cmd, n) {
							fmt.Fprintln(w, v)
						}
						return
					}
				}
			}
			for _, f := range flags {
				for _, n := range f.Names() {
					dash := "--"
					if len(n) == 1 {
						dash = "-"
					}
					if strings.HasPrefix(dash+n, prev) {
						fmt.Fprintln(w, dash+n)
					}
				}
			}
			return
		}
		for _, c := range commands {
			if !c.Hidden {
				fmt.Fprintln(w, c.Name)
			}
		}
	}
	app.BashComplete = func(c *cli.Context) { complete(c.App.Writer, nil, app.Flags, app.Commands) }
	for _, cmd := range app.Commands {
		cmd := cmd
		cmd.BashComplete = func(c *cli.Context) { complete(c.App.Writer, cmd, cmd.Flags, cmd.Subcommands) }
	}
}

// completionValues returns the values that the flag name of cmd takes, if
// they are few: the formats that cmd writes for -f, else flagValues.
func completionValues(cmd *cli.Command, name string) []string {
	if name != "format" && name != "f" {
		return flagValues[name]
	}
	var names []string
	for f := render.Format(0); ; f++ {
		if _, err := render.ParseFormat(f.String()); err != nil {
			break
		}
		if cmd != nil && cmd.Name == "dates" && !f.ListsDates() {
			continue
		}
		names = append(names, f.String())
	}
	return names
}
