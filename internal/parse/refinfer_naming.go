package parse

// News names a day within a week of the reference by its weekday ("on
// Tuesday") and a day further off by its date ("on 6 February"): the
// cues of a future day already ask for a week or more ahead (see
// yearlessCues). The two functions here make the other cues of a day
// without a year follow the same convention: a past day named by its date
// was mostly a week or more before the reference, and a holiday, which is
// named by its name however near it is, may come within the week.

// weekBack moves the nearness cue of a past day named by its date alone,
// which yearlessCues lays from the day to the day after, a week on: to
// the same weekday a week later and the day after. The day's other cues,
// its bound among them, stay.
func weekBack(cs []cue) {
	for j := range cs {
		if cs[j].kind == 1 && !cs[j].firm {
			cs[j].lo += 7
			cs[j].hi += 7
		}
	}
}

// holidayNear lets the plan cue of a holiday told in the future, which
// yearlessCues lays from two months to a week before it, run up to the
// day before it.
func holidayNear(cs []cue) {
	for j := range cs {
		if cs[j].kind == 1 && !cs[j].firm {
			cs[j].hi = cs[j].lo + 60 - 1 // lo is two months before
		}
	}
}
