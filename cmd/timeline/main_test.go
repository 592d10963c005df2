package main

import (
	"bufio"
	"bytes"
	"errors"

	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain runs main instead of the tests when TIMELINE_TEST_MAIN is set,
// so that the tests below can start the program as a process of its own:
// signals and closed pipes concern a whole process.
func TestMain(m *testing.M) {
	if os.Getenv("TIMELINE_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// command returns the program as a process with args.
func command(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs POSIX signals and pipes")
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "TIMELINE_TEST_MAIN=1")
	return cmd
}

// exitCode returns the exit code of a finished process, or -1 when a
// signal ended it.
func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	t.Fatal(err)
	return 0
}

// TestSIGINT interrupts the program while it reads standard input: it
// stops at once with exit code 130 and leaves no output file behind.
func TestSIGINT(t *testing.T) {
	dir := t.TempDir()
	cmd := command(t, "extract", "-q", "--ref", "2025-01-10", "-o", filepath.Join(dir, "out.csv"))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// More than a pipe holds: once written, the program is reading, so
	// its signal handler is in place.
	if _, err := stdin.Write(bytes.Repeat([]byte("Talks were held on 3 May. "), 40000)); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the program did not stop within 10 s of SIGINT")
	}
	t.Logf("stopped %v after SIGINT", time.Since(start))
	if code := exitCode(t, err); code != exitInterrupted {
		t.Errorf("exit code: got %d, want %d", code, exitInterrupted)
	}
	if got, want := stderr.String(), "timeline: interrupted; nothing was written\n"; got != want {
		t.Errorf("stderr:\ngot  %q\nwant %q", got, want)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("files left behind: %q", names)
	}
	stdin.Close()
}

// TestClosedPipe closes standard output after the first line, as "head -1"
// does: the program ends quietly with exit code 0.
func TestClosedPipe(t *testing.T) {
	args := []string{"extract", "-q", "--ref", "2025-01-10", "-f", "jsonl"}
	for range 200 {
		args = append(args, example) // a megabyte of output, more than a pipe holds
	}
	cmd := command(t, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, `{"date":`) {
		t.Fatalf("first line %q, %v", line, err)
	}
	stdout.Close()
	err = cmd.Wait()
	if code := exitCode(t, err); code != exitOK {
		t.Errorf("exit code: got %d (%v), want 0", code, err)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr is not empty:\n%s", stderr.String())
	}
}

// TestLargeSingleLine reads a file of 200 MB on one line, as text and as a
// JSON Lines record, with the size limit raised: the dates at both ends
// are found. Without -max-doc-size the file is refused by name.
func TestLargeSingleLine(t *testing.T) {
	n := 200_000 // words of 1000 bytes: 200 MB
	if testing.Short() || raceEnabled {
		// The race detector multiplies the time and memory of this
		// test (minutes and gigabytes); the plain run covers it.
		n = 20_000
	}
	dir := t.TempDir()
	var b bytes.Buffer
	b.Grow(n*1000 + 100)
	b.WriteString("Talks were held on 3 May 2024. ")
	for range n {
		b.WriteString(strings.Repeat("x", 999))
		b.WriteByte(' ')
	}
	b.WriteString("The summit took place on 5 June 2024.")
	text := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(text, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	records := filepath.Join(dir, "long.jsonl")
	f, err := os.Create(records)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"long","dct":"2025-01-10","text":"`)
	f.Write(b.Bytes())
	f.WriteString(`"}` + "\n" + `{"id":"short","dct":"2025-01-10","text":"Talks were held on 3 May 2024."}` + "\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	b = bytes.Buffer{}

	code, out, errs := runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "--max-doc-size", "0", "-f", "csv", text, records)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		"2024-05-03,,day,talks,reported,Talks held,,,1," + text + "," + text + ",1,19,29,",
		"2024-06-05,,day,meeting,reported,Summit takes place,,,1," + text + "," + text + ",1," + itoa(n*1000+56) + "," + itoa(n*1000+67) + ",",
		"2024-05-03,,day,talks,reported,Talks held,,,1," + records + ",long,1,19,29,",
		"2024-06-05,,day,meeting,reported,Summit takes place,,,1," + records + ",long,1," + itoa(n*1000+56) + "," + itoa(n*1000+67) + ",",
		"2024-05-03,,day,talks,reported,Talks held,,,1," + records + ",short,1,19,29,",
	} {
		if !strings.Contains(out, "\n"+want) {
			t.Errorf("output lacks a row starting %q", want)
		}
	}

	code, _, errs = runCLI(t, "", "extract", "-q", "--ref", "2025-01-10", "--max-doc-size", "1MB", text, records)
	if code != exitInput {
		t.Errorf("exit code with the limit: got %d, want %d", code, exitInput)
	}
	for _, want := range []string{
		"timeline: " + text + ": input is ",
		"timeline: " + records + ":1: record is larger than the limit of 976.6 KiB for one document; skipped (raise the limit with --max-doc-size)",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
