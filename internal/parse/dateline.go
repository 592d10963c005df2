package parse

import (
	"bytes"
	"strconv"
	"time"
)

// nearestYear returns the day month/dayOfMonth closest to ref: in ref's
// year or in one of its neighbours, so that a dateline of 30 December
// read against an inferred 2 January falls in the year before. ok is
// false when none of the three years has the day (29 February).
func nearestYear(month, dayOfMonth int, ref time.Time) (time.Time, bool) {
	var best time.Time
	var bestGap time.Duration
	found := false
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if dayOfMonth > daysIn(y, month) {
			continue
		}
		d := day(y, month, dayOfMonth)
		gap := d.Sub(ref)
		if gap < 0 {
			gap = -gap
		}
		if !found || gap < bestGap {
			best, bestGap, found = d, gap, true
		}
	}
	return best, found
}

// lastOnOrBefore returns the latest day month/dayOfMonth that is not after
// now: a text cannot have been written after it is read. It looks back
// eight years at most, which finds every 29 February.
func lastOnOrBefore(month, dayOfMonth int, now time.Time) (time.Time, bool) {
	for y := now.Year(); y >= now.Year()-8; y-- {
		if dayOfMonth > daysIn(y, month) {
			continue
		}
		if d := day(y, month, dayOfMonth); !d.After(now) {
			return d, true
		}
	}
	return time.Time{}, false
}

// datelineLabels are words that open a line holding the publication date,
// alone or after one other word ("First posted", "Story created").
var datelineLabels = []string{"posted", "published", "updated", "created", "date", "dated", "released", "broadcast", "aired", "filed", "modified"}

// dateline finds a publication date near the top of the text: a line such
// as "Posted: Saturday 19 April 2025 · 10:42", "Published 3 May 2024",
// "Last updated at 11:24, Tuesday, 18 June 2013", a byline's "on July 02
// 2013 7:41 AM", or "LILONGWE, 24 October 2023 (Wire) –". A numeric date
// there is read in the text's day/month order. With yearless it finds
// instead a day without a year after a label or a city in capitals
// ("WASHINGTON, Feb 14 (Reuters) -", "Posted: March 3"), and the date it
// returns has year 0; a line that begins with such a day is not taken,
// since lists of dates in the text look the same.
func dateline(r *recognizer, ms []Mention, yearless bool, order DateOrder) (time.Time, int, string, bool) {
	for i, m := range ms {
		if m.Start > 800 {
			break
		}
		month, dayOfMonth := m.Month, m.Day
		if m.Ambiguous && !yearless {
			month, dayOfMonth = m.NumB, m.NumA
			if order == OrderMDY {
				month, dayOfMonth = m.NumA, m.NumB
			}
		}
		if (m.Year == 0) != yearless || month == 0 || dayOfMonth == 0 || m.Type != Date && m.Type != Time || m.Ambiguous && yearless {
			continue
		}
		if m.YearRel || m.Anaphoric || m.Rel != relNone {
			continue
		}
		ls := bytes.LastIndexByte(r.src[:m.Start], '\n') + 1
		before := bytes.TrimSpace(r.src[ls:m.Start])
		lower := bytes.ToLower(before)
		ok := len(before) == 0 && !yearless || string(lower) == "on" && !yearless
		if words := bytes.FieldsFunc(lower, func(c rune) bool { return !('a' <= c && c <= 'z') }); len(words) <= 4 {
			for k := 0; k < len(words) && k < 2; k++ {
				for _, l := range datelineLabels {
					if string(words[k]) == l {
						ok = true
					}
				}
			}
		}
		// "CITY, " or "CITY (Agency) -" in capitals before the date
		if !ok && len(before) > 1 && before[len(before)-1] == ',' && isCaps(before[:len(before)-1]) {
			ok = true
		}
		if !ok || dayOfMonth > daysIn(max(m.Year, 2000), month) {
			continue
		}
		d := day(m.Year, month, dayOfMonth)
		line := string(bytes.TrimSpace(r.src[ls:m.End]))
		return d, i, "dateline " + strconv.Quote(line), true
	}
	return time.Time{}, -1, "", false
}

func isCaps(b []byte) bool {
	letters := 0
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}
