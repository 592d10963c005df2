package parse

// lastWeekday returns the weekday of ws that ends the week the text tells
// of. The weekdays a text tells in the past without a date mostly fall
// in the days just before the reference ("declared on Tuesday", "told
// reporters on Wednesday"), so the one the reference follows is the
// weekday after which the week has its longest stretch of days that no
// told weekday names: Monday of Monday, Tuesday and Wednesday, Friday of
// Wednesday, Thursday and Friday. The weekdays before it are older days
// of the same week, not days after the text's dates. Of two stretches of
// one length the later weekday in the week is kept.
func lastWeekday(ws weekdays) weekdays {
	if len(ws.day) < 2 {
		return ws
	}
	best, bestGap := -1, -1
	for j, w := range ws.day {
		gap := 7
		for _, v := range ws.day {
			if g := (v - w + 7) % 7; g > 0 && g < gap {
				gap = g
			}
		}
		if gap > bestGap || gap == bestGap && w > ws.day[best] {
			best, bestGap = j, gap
		}
	}
	return weekdays{day: []int{ws.day[best]}, text: []string{ws.text[best]}}
}
