package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionString(t *testing.T) {
	info := func(version string, settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/timeline-dev/timeline", Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	tests := []struct {
		name      string
		info      *debug.BuildInfo
		ok        bool
		v, commit string
		want      string
	}{
		{"no build info", nil, false, "dev", "", "dev"},
		{"ldflags only", nil, false, "v1.2.0-3-gabc", "abc123", "v1.2.0-3-gabc (commit abc123)"},
		{"go install of a release", info("v1.3.0"), true, "dev", "", "v1.3.0"},
		{"built in a checkout", info("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.modified", "false"), true, "dev", "", "dev (commit 0123456789ab)"},
		{"modified checkout", info("v0.0.0-20250110-0123456789ab+dirty", "vcs.revision", "0123456789abcdef", "vcs.modified", "true"), true, "dev", "",
			"v0.0.0-20250110-0123456789ab+dirty (commit 0123456789ab, modified)"},
		{"toolchain commit beats ldflags", info("(devel)", "vcs.revision", "fedcba9876543210"), true, "v2", "abc", "v2 (commit fedcba987654)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionString(tc.info, tc.ok, tc.v, tc.commit); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	code, out, _ := runCLI(t, "", "--version")
	if code != exitOK || !strings.HasPrefix(out, "timeline version ") || !strings.Contains(out, programVersion()) {
		t.Errorf("--version: exit code %d, output %q", code, out)
	}
}

func TestCompletion(t *testing.T) {
	tests := []struct {
		shell string
		want  []string // substrings of the script
		check []string // a shell that checks the syntax, if installed
	}{
		{"bash", []string{"--generate-bash-completion", "complete -o bashdefault -o default -F _timeline_complete timeline"}, []string{"bash", "-n"}},
		{"zsh", []string{"#compdef timeline", "--generate-bash-completion", "compdef _timeline timeline"}, []string{"zsh", "-n"}},
		{"fish", []string{"complete -c timeline", "extract", "-l format"}, []string{"fish", "--no-execute"}},
	}
	for _, tc := range tests {
		t.Run(tc.shell, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "completion", tc.shell)
			if code != exitOK {
				t.Fatalf("exit code %d: %s", code, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("the script lacks %q:\n%s", w, out)
				}
			}
			sh, err := exec.LookPath(tc.check[0])
			if err != nil {
				return // the shell is not installed; the substrings above must do
			}
			file := filepath.Join(t.TempDir(), "timeline."+tc.shell)
			if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			if b, err := exec.Command(sh, append(tc.check[1:], file)...).CombinedOutput(); err != nil {
				t.Errorf("%s rejects the script: %v\n%s", tc.check[0], err, b)
			}
		})
	}
	for _, args := range [][]string{{"completion"}, {"completion", "powershell"}, {"completion", "bash", "zsh"}} {
		if code, _, errs := runCLI(t, "", args...); code != exitUsage || !strings.Contains(errs, "bash, zsh or fish") {
			t.Errorf("%q: exit code %d, stderr %q", args, code, errs)
		}
	}
}

// TestCompletionProtocol runs what the completion scripts run.
func TestCompletionProtocol(t *testing.T) {
	code, out, errs := runCLI(t, "", "--generate-bash-completion")
	if code != exitOK {
		t.Fatalf("exit code %d: %s", code, errs)
	}
	for _, cmd := range []string{"extract", "dates", "eval", "completion", "man"} {
		if !strings.Contains("\n"+out, "\n"+cmd+"\n") {
			t.Errorf("commands offered lack %q:\n%s", cmd, out)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--fo"}, "--format\n"},
		{[]string{"extract", "-f"}, "table\ncsv\njson\njsonl\nmarkdown\nics\ntimelinejs\nhtml\nxlsx\n"},
		{[]string{"dates", "--format"}, "table\ncsv\njson\njsonl\nmarkdown\n"},
		{[]string{"extract", "--color"}, "auto\nalways\nnever\n"},
		{[]string{"extract", "--date-order"}, "dmy\nmdy\nauto\n"},
	} {
		_, out, _ := runCLI(t, "", append(tc.args, "--generate-bash-completion")...)
		if out != tc.want {
			t.Errorf("%q\ngot  %q\nwant %q", tc.args, out, tc.want)
		}
	}
	// After a file, a completion request must not become a file itself.
	code, out, errs = runCLI(t, "", "extract", example, "--generate-bash-completion")
	if code != exitOK || strings.Contains(out, "2025") || errs != "" {
		t.Errorf("completing after a file ran the command: exit code %d\nstdout %q\nstderr %q", code, out, errs)
	}
}

func TestMan(t *testing.T) {
	code, out, errs := runCLI(t, "", "man")
	if code != exitOK {
		t.Fatalf("exit code %d: %s", code, errs)
	}
	for _, w := range []string{".TH timeline 1", ".SH NAME", "extract", "--format", "completion"} {
		if !strings.Contains(out, w) {
			t.Errorf("the manual page lacks %q", w)
		}
	}
	if mandoc, err := exec.LookPath("groff"); err == nil {
		cmd := exec.Command(mandoc, "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = strings.NewReader(out)
		if b, err := cmd.CombinedOutput(); err != nil || len(b) > 0 {
			t.Errorf("groff warns about the page: %v\n%s", err, b)
		}
	}
}

func TestFlagsBeatEnvironment(t *testing.T) {
	t.Setenv("TIMELINE_FORMAT", "csv")
	t.Setenv("TIMELINE_REF", "2025-01-10")
	_, out, errs := runCLI(t, "", "extract", "-v", example)
	if !strings.HasPrefix(out, "date,end_date,") || !strings.Contains(errs, "reference 2025-01-10 (from --ref)") {
		t.Errorf("the environment is not used:\nstdout %.80q\nstderr %q", out, errs)
	}
	_, out, errs = runCLI(t, "", "extract", "-v", "-f", "jsonl", "--ref", "2025-01-12", example)
	if !strings.HasPrefix(out, `{"date":`) {
		t.Errorf("-f jsonl lost to TIMELINE_FORMAT=csv: %.80q", out)
	}
	if !strings.Contains(errs, "reference 2025-01-12") {
		t.Errorf("--ref lost to TIMELINE_REF: %q", errs)
	}
	// A bad value in the environment is named like a bad flag.
	t.Setenv("TIMELINE_FORMAT", "xml")
	if code, _, errs := runCLI(t, "", "extract", example); code != exitUsage || !strings.Contains(errs, "--format") {
		t.Errorf("TIMELINE_FORMAT=xml: exit code %d, stderr %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "extract", "-f", "json", example); code != exitOK {
		t.Errorf("a flag does not override a bad TIMELINE_FORMAT: exit code %d, stderr %q", code, errs)
	}
}
