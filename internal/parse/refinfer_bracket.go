package parse

// A text may write a date in brackets after the word that names the day
// by its distance from the day of writing: "announced on Twitter today
// (20 October 2011)", "last week Friday (14 October 2011)". The bracket
// says which day the word means: today's is the reference itself, and a
// weekday so dated is that day, not one more day of the week the text
// tells of (see [weekdays]).

// wToday weighs a date that the text gives for "today", "yesterday" or
// "tomorrow": the text states the reference, as a dateline does, but
// inside the story.
const wToday = 10

// bracketDate returns the index of the mention that follows mention i in
// brackets, "(20 October 2011)", when it names a day with its year.
func bracketDate(r *recognizer, ms []Mention, ctx []mentionContext, i int) (int, bool) {
	k := i + 1
	if k >= len(ms) || ctx[k].a != ctx[i].b+1 || !r.punct(ctx[i].b, '(') || !r.punct(ctx[k].b, ')') {
		return 0, false
	}
	m := ms[k]
	if m.Year == 0 || m.Month == 0 || m.Day == 0 || m.Rel != relNone || m.YearRel || m.Anaphoric {
		return 0, false
	}
	return k, true
}

// todayCues returns the cues of the days that the text dates in brackets
// after "today", "yesterday" or "tomorrow": the reference is the day
// given, moved back by the word's offset.
func todayCues(r *recognizer, ms []Mention, ctx []mentionContext, dl int) []cue {
	var cs []cue
	for i, m := range ms {
		if i == dl || m.Rel != relDeictic || m.Unit != uDay || m.Anaphoric || m.Offset < -1 || m.Offset > 1 || m.Month != 0 || m.Weekday != 0 {
			continue
		}
		k, ok := bracketDate(r, ms, ctx, i)
		if !ok || ms[k].Day > daysIn(ms[k].Year, ms[k].Month) {
			continue
		}
		d := dayNum(day(ms[k].Year, ms[k].Month, ms[k].Day)) - m.Offset
		both := string(r.src[m.Start:r.toks[ctx[k].b].End]) // "today (20 October 2011)"
		cs = append(cs, cue{lo: d, hi: d, weight: wToday, firm: true, from: d, to: d, text: both, kind: len(cs)})
	}
	return cs
}
