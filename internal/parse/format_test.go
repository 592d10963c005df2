package parse

import (
	"fmt"
	"testing"
	"time"
)

// formatWithFmt is resolved.format as it was written with fmt, kept as
// the reference that appendValue must match.
func formatWithFmt(v resolved) (string, time.Time) {
	y4 := func(y int) string { return fmt.Sprintf("%04d", y) }
	switch v.prec {
	case Century:
		return fmt.Sprintf("%02d", v.century), day(v.century*100, 1, 1)
	case Decade:
		return fmt.Sprintf("%03d", v.decade), day(v.decade*10, 1, 1)
	case Year:
		return y4(v.y), day(v.y, 1, 1)
	case Half:
		return fmt.Sprintf("%s-H%d", y4(v.y), v.h), day(v.y, 6*v.h-5, 1)
	case Quarter:
		return fmt.Sprintf("%s-Q%d", y4(v.y), v.q), day(v.y, 3*v.q-2, 1)
	case Season:
		return y4(v.y) + "-" + seasonCodes[v.season], seasonStart(v.y, v.season)
	case Month:
		return fmt.Sprintf("%s-%02d", y4(v.y), v.mo), day(v.y, v.mo, 1)
	case Week:
		d := day(v.y, v.mo, v.d)
		iy, iw := d.ISOWeek()
		s := fmt.Sprintf("%04d-W%02d", iy, iw)
		if v.weekend {
			return s + "-WE", d.AddDate(0, 0, 5)
		}
		return s, d
	case Day:
		return fmt.Sprintf("%s-%02d-%02d", y4(v.y), v.mo, v.d), day(v.y, v.mo, v.d)
	case PartOfDay:
		return fmt.Sprintf("%s-%02d-%02dT%s", y4(v.y), v.mo, v.d, partCodes[v.part]), day(v.y, v.mo, v.d)
	case Minute, Hour:
		d := day(v.y, v.mo, v.d)
		z := ""
		if v.utc {
			z = "Z"
		}
		return fmt.Sprintf("%s-%02d-%02dT%02d:%02d%s", y4(v.y), v.mo, v.d, v.hour, v.minute, z), d.Add(time.Duration(v.hour)*time.Hour + time.Duration(v.minute)*time.Minute)
	}
	return "", time.Time{}
}

func TestAppendValue(t *testing.T) {
	years := []int{-12345, -10, -1, 0, 7, 99, 476, 1999, 2025, 9999, 10000, 123456}
	var vs []resolved
	for _, y := range years {
		for p := Precision(0); p <= Minute+1; p++ {
			vs = append(vs,
				resolved{prec: p, y: y, mo: 2, d: 9, h: 2, q: 3, season: 4, part: 2, decade: y / 10, century: y / 100, hour: 7, minute: 5},
				resolved{prec: p, y: y, mo: 12, d: 31, h: 1, q: 1, season: 1, part: 4, decade: y, century: y, hour: 23, minute: 59, utc: true, weekend: true},
				resolved{prec: p, y: y, mo: 1, d: 1, h: -1, q: 11, season: 2, part: 1, decade: -y, century: -y, hour: -1, minute: 123})
		}
	}
	for _, v := range vs {
		want, wantBegin := formatWithFmt(v)
		b, begin := v.appendValue([]byte("x"))
		if got := string(b[1:]); got != want || !begin.Equal(wantBegin) {
			t.Errorf("%+v:\ngot  %q %v\nwant %q %v", v, got, begin, want, wantBegin)
		}
		if got, _ := v.format(); got != want {
			t.Errorf("%+v: format:\ngot  %q\nwant %q", v, got, want)
		}
	}
}

func TestAppendPadded(t *testing.T) {
	for _, n := range []int{-1 << 63, -123456, -100, -5, -1, 0, 1, 9, 10, 99, 100, 1234, 98765, 1<<63 - 1} {
		for w := 0; w <= 5; w++ {
			want := fmt.Sprintf("%0*d", w, n)
			if got := string(appendPadded(nil, n, w)); got != want {
				t.Errorf("appendPadded(%d, %d):\ngot  %q\nwant %q", n, w, got, want)
			}
		}
	}
}
