package parse

import "time"

// deictic resolves offsets from the reference date: "yesterday", "two
// weeks ago", "last month", "this year", "next week".
func (rs *resolver) deictic(m Mention, ref time.Time, tense Tense) (resolved, string) {
	how := "offset from the reference"
	switch m.Unit {
	case uDay:
		d := ref.AddDate(0, 0, m.Offset)
		return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
	case uWeek, uFortnight:
		n := m.Offset
		if m.Unit == uFortnight {
			n *= 2
		}
		d := monday(ref).AddDate(0, 0, 7*n)
		if m.Offset < -1 || m.Offset > 1 {
			// "three weeks ago" names the week three weeks back
			d = monday(ref.AddDate(0, 0, 7*n))
		}
		return resolved{prec: Week, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
	case uWeekend:
		d := monday(ref).AddDate(0, 0, 7*m.Offset)
		return resolved{prec: Week, weekend: true, y: d.Year(), mo: int(d.Month()), d: d.Day()}, how
	case uMonth:
		d := day(ref.Year(), int(ref.Month()), 1).AddDate(0, m.Offset, 0)
		return resolved{prec: Month, y: d.Year(), mo: int(d.Month())}, how
	case uQuarter:
		y, q := shiftPart(ref.Year(), (int(ref.Month())-1)/3, 4, m.Offset)
		return resolved{prec: Quarter, y: y, q: q + 1}, how
	case uHalf:
		y, h := shiftPart(ref.Year(), (int(ref.Month())-1)/6, 2, m.Offset)
		return resolved{prec: Half, y: y, h: h + 1}, how
	case uYear:
		return resolved{prec: Year, y: ref.Year() + m.Offset}, how
	case uDecade:
		return resolved{prec: Decade, decade: ref.Year()/10 + m.Offset}, how
	case uCentury:
		return resolved{prec: Century, century: ref.Year()/100 + m.Offset}, how
	case uHour, uMinute, uSecond:
		return resolved{prec: Day, y: ref.Year(), mo: int(ref.Month()), d: ref.Day()}, how
	}
	return resolved{prec: Day, y: ref.Year(), mo: int(ref.Month()), d: ref.Day()}, how
}

// shift resolves last/this/next + a name: "last July", "next Tuesday",
// "this spring", and "the weekend".
func (rs *resolver) shift(m Mention, ref time.Time, tense Tense) (resolved, string) {
	switch {
	case m.Weekend:
		// "the weekend": the one just past, or the coming one in the future
		// With no tense to go by, the nearer one: from Thursday on, the
		// coming weekend; on a weekend, this one.
		mon := monday(ref)
		wd := isoWeekday(ref)
		switch {
		case tense == Future && wd < 6:
		case tense == Future:
			mon = mon.AddDate(0, 0, 7)
		case tense == Past && wd < 6:
			mon = mon.AddDate(0, 0, -7)
		case tense == Past:
		case wd < 4:
			mon = mon.AddDate(0, 0, -7)
		}
		return resolved{prec: Week, weekend: true, y: mon.Year(), mo: int(mon.Month()), d: mon.Day()}, weekendFromTense.of(tense)
	case m.Month > 0:
		y := ref.Year()
		rm := int(ref.Month())
		switch m.Shift {
		case -1:
			if m.Month >= rm {
				y--
			}
		case 1:
			if m.Month <= rm {
				y++
			}
		}
		return resolved{prec: Month, y: y, mo: m.Month}, "month shifted from the reference"
	case m.Weekday > 0:
		var d time.Time
		switch m.Shift {
		case -1:
			back := (isoWeekday(ref) - m.Weekday + 7) % 7
			if back == 0 {
				back = 7
			}
			d = ref.AddDate(0, 0, -back)
		case 0:
			d = monday(ref).AddDate(0, 0, m.Weekday-1)
		default:
			d = monday(ref).AddDate(0, 0, 7+m.Weekday-1)
		}
		return resolved{prec: Day, y: d.Year(), mo: int(d.Month()), d: d.Day()}, "weekday shifted from the reference"
	case m.Season > 0:
		// Compare season starts: in January the current season is the
		// winter that began in December, and "last summer" is last year's.
		cs := seasonStart(ref.Year(), seasonOf(ref))
		if cs.After(ref) {
			cs = seasonStart(ref.Year()-1, seasonOf(ref))
		}
		// last: the latest start before the current season's; next: the
		// first after it; this: the current season, else the nearest on
		// the side the tense allows.
		y, best := 0, time.Duration(1<<62)
		for c := ref.Year() - 2; c <= ref.Year()+2; c++ {
			st := seasonStart(c, m.Season)
			var d time.Duration
			switch m.Shift {
			case -1:
				if !st.Before(cs) {
					continue
				}
				d = cs.Sub(st)
			case 1:
				if !st.After(cs) {
					continue
				}
				d = st.Sub(cs)
			default:
				// "this fall" told in the future is not one that ended
				// months ago, told in the past not one still to come
				if tense == Future && st.AddDate(0, 3, 0).Before(ref.AddDate(0, -1, 0)) || tense == Past && st.After(ref) {
					continue
				}
				d = st.Sub(cs)
				if d < 0 {
					d = -d
				}
			}
			if d < best {
				y, best = c, d
			}
		}
		return resolved{prec: Season, y: y, season: m.Season}, "season shifted from the reference"
	}
	return resolved{prec: Day, y: ref.Year(), mo: int(ref.Month()), d: ref.Day()}, "reference"
}
