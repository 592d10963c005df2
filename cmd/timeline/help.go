package main

import (
	"runtime"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

func init() {
	// urfave/cli prints a default after every flag ("(default: 0)",
	// "(default: false)", `(default: "table")`), even after a usage
	// that states it in words already; flagString says it once.
	cli.FlagStringer = flagString
}

// appHelpTemplate is the help of "timeline --help": urfave/cli's, with
// the exit codes after the options.
var appHelpTemplate = `NAME:
   {{template "helpNameTemplate" .}}

USAGE:
   {{wrap .UsageText 3}}{{if .Version}}{{if not .HideVersion}}

VERSION:
   {{.Version}}{{end}}{{end}}{{if .Description}}

DESCRIPTION:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

COMMANDS:{{template "visibleCommandCategoryTemplate" .}}{{end}}{{if .VisibleFlags}}

GLOBAL OPTIONS:{{template "visibleFlagTemplate" .}}{{end}}

EXIT CODES:
` + exitCodesText()

// commandHelpTemplate is the help of "timeline COMMAND --help":
// urfave/cli's, with the exit codes after the options.
var commandHelpTemplate = `NAME:
   {{template "helpNameTemplate" .}}

USAGE:
   {{template "usageTemplate" .}}{{if .Description}}

DESCRIPTION:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleFlags}}

OPTIONS:{{template "visibleFlagTemplate" .}}{{end}}

EXIT CODES:
` + exitCodesText()

// flagString writes a flag's line of the help: its spellings with the
// value it takes, a tab, its usage, its default (once, and only when the
// usage does not state it already; none for a switch, which is off
// unless given) and its environment variable.
func flagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	value, usage := unquoteUsage(df.GetUsage())
	if df.TakesValue() && value == "" {
		value = "VALUE"
		if _, ok := f.(*cli.IntFlag); ok {
			value = "N"
		}
	}
	var names []string
	for _, n := range df.Names() {
		s := dashed(n)
		if df.TakesValue() {
			s += " " + value
		}
		names = append(names, s)
	}
	if def := defaultText(f); def != "" && !strings.Contains(usage, "default:") {
		usage += " (default: " + def + ")"
	}
	if env := df.GetEnvVars(); len(env) > 0 {
		usage += " [$" + strings.Join(env, ", $") + "]"
	}
	return strings.Join(names, ", ") + "\t" + usage
}

// unquoteUsage returns the value name that a flag's usage marks with back
// quotes, and the usage without them.
func unquoteUsage(usage string) (string, string) {
	i := strings.IndexByte(usage, '`')
	if i < 0 {
		return "", usage
	}
	j := strings.IndexByte(usage[i+1:], '`')
	if j < 0 {
		return "", usage
	}
	name := usage[i+1 : i+1+j]
	return name, usage[:i] + name + usage[i+2+j:]
}

// defaultText is the default of f as the help shows it: its DefaultText
// when it has one, else its value unquoted; nothing for a switch, an
// empty string or a zero number.
func defaultText(f cli.Flag) string {
	switch f := f.(type) {
	case *cli.BoolFlag:
		return ""
	case *cli.StringFlag:
		if f.DefaultText != "" {
			return f.DefaultText
		}
		return f.Value
	case *cli.IntFlag:
		if f.DefaultText != "" {
			return f.DefaultText
		}
		if f.Value != 0 {
			return strconv.Itoa(f.Value)
		}
		return ""
	case cli.DocGenerationFlag:
		return strings.Trim(f.GetDefaultText(), `"`)
	}
	return ""
}

// jobsFlag is --jobs, with usage, defaulting to the number of CPUs.
func jobsFlag(usage string) *cli.IntFlag {
	n := runtime.NumCPU()
	return &cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: n, Usage: usage,
		DefaultText: "the number of CPUs, " + strconv.Itoa(n) + " here"}
}

// widthFlag is --width, whose default depends on where the table goes.
func widthFlag() *cli.IntFlag {
	return &cli.IntFlag{Name: "width", Usage: "table width as `N` columns", EnvVars: []string{"COLUMNS"},
		DefaultText: "the terminal's width, else 100"}
}

// exitCodesText lists the exit codes for the help, wrapped to 80 columns.
func exitCodesText() string {
	var b strings.Builder
	for _, e := range exitCodeDocs {
		code := strconv.Itoa(e.code)
		b.WriteString("   " + code + strings.Repeat(" ", 5-len(code)))
		b.WriteString(wrapText(e.text, 72, "        ") + "\n")
	}
	b.WriteString("\n   " + wrapText(exitCodesNote, 77, "   ") + "\n")
	return b.String()
}

// exitCodesRoff is the EXIT STATUS section of the manual page.
func exitCodesRoff() string {
	var b strings.Builder
	b.WriteString(".SH EXIT STATUS\n")
	for _, e := range exitCodeDocs {
		b.WriteString(".TP\n" + strconv.Itoa(e.code) + "\n" + roffEscape(e.text) + "\n")
	}
	b.WriteString(".PP\n" + roffEscape(exitCodesNote) + "\n")
	return b.String()
}

// roffEscape keeps text from being read as roff requests or escapes.
func roffEscape(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// wrapText breaks s into lines of at most width bytes at spaces; the
// lines after the first start with indent.
func wrapText(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 && n+1+len(w) > width {
			b.WriteString("\n" + indent)
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
