package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// eachLineBufio is eachLineMax as it was written over bufio.Reader, with
// a copy of each line: the reference that eachLineMax must match.
func eachLineBufio(r io.Reader, name string, max int64, fn func(line int, b []byte) error, tooLong func(line int)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		var b []byte
		var n int64
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			n += int64(len(chunk))
			if max <= 0 || n <= max+1 {
				b = append(b, chunk...)
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if err == nil {
			n--
		}
		switch {
		case max > 0 && n > max:
			tooLong(line)
		default:
			if line == 1 {
				b = bytes.TrimPrefix(b, BOM)
			}
			if t := bytes.TrimSpace(b); len(t) > 0 {
				if ferr := fn(line, t); ferr != nil {
					return ferr
				}
			}
		}
		if err != nil {
			return nil
		}
	}
}

// lineLog runs each (eachLineMax or the reference) and logs what it saw.
// Every line is changed and appended to once it is logged, as a caller
// may: that must not change the lines still to come.
func lineLog(each func(io.Reader, string, int64, func(int, []byte) error, func(int)) error, r io.Reader, max int64, stopAt int) string {
	var log strings.Builder
	err := each(r, "in", max, func(line int, b []byte) error {
		fmt.Fprintf(&log, "%d %q\n", line, b)
		for i := range b {
			b[i] = '#'
		}
		_ = append(b, "appended"...)
		if line == stopAt {
			return errors.New("stop")
		}
		return nil
	}, func(line int) { fmt.Fprintf(&log, "%d too long\n", line) })
	fmt.Fprintf(&log, "err %v\n", err)
	return log.String()
}

func TestEachLineMax(t *testing.T) {
	long := strings.Repeat("x", 100<<10)
	inputs := []string{
		"", "\n", "\n\n\n", "a", "a\n", "a\nb", "\ufeff{\"id\":1}\n{}\n", "  \t\n  x  \n\r\n",
		"short\n" + long + "\nafter\n", long, long + "\n" + long[:5] + "\n", strings.Repeat("line of text\n", 20000),
		strings.Repeat("y", 70<<10) + "\nz\n" + strings.Repeat("w", 40<<10),
	}
	readers := map[string]func(string) io.Reader{
		"plain":    func(s string) io.Reader { return strings.NewReader(s) },
		"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"half":     func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
		"data err": func(s string) io.Reader { return iotest.DataErrReader(strings.NewReader(s)) },
		"error": func(s string) io.Reader {
			return io.MultiReader(strings.NewReader(s), iotest.ErrReader(errors.New("disk on fire")))
		},
	}
	for i, in := range inputs {
		for rn, rd := range readers {
			if rn == "one byte" && len(in) > 1<<16 {
				continue
			}
			for _, max := range []int64{0, 1, 5, 13, 64 << 10, 80 << 10} {
				for _, stop := range []int{0, 2} {
					want := lineLog(eachLineBufio, rd(in), max, stop)
					got := lineLog(eachLineMax, rd(in), max, stop)
					if got != want {
						t.Errorf("input %d, %s reader, max %d, stop %d:\ngot  %.300s\nwant %.300s", i, rn, max, stop, got, want)
					}
				}
			}
		}
	}
}
