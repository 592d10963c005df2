package parse

// class is the lexical class of a word, as far as dates are concerned.
type class uint8

const (
	cNone       class = iota
	cMonth            // val 1..12
	cWeekday          // val 1..7, Monday first (ISO)
	cNumWord          // val: the number; "a"/"an" are cFunc
	cOrdWord          // val: the ordinal
	cUnit             // val: a unit
	cSeason           // val: seasonSP..seasonWI
	cPartDay          // val: partMO..partNI
	cDeictic          // val: a deictic word
	cShift            // val: a shift word
	cMod              // val: a modifier word
	cFunc             // val: a function word
	cHoliday          // val: index into holidays
	cZone             // a time zone name
	cApprox           // about, around, approximately, roughly, some
	cDecadeWord       // val: 2..9 for "twenties".."nineties"
)

// units
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// seasons and parts of day
const (
	seasonSP = iota + 1
	seasonSU
	seasonFA
	seasonWI
)

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

const (
	partMO = iota + 1
	partAF
	partEV
	partNI
)

var partCodes = [...]string{"", "MO", "AF", "EV", "NI"}

// deictic words
const (
	dToday = iota + 1
	dYesterday
	dTomorrow
	dTonight
	dNow
	dCurrently
	dRecently
	dSoon
	dFuture
	dPast
	dPresent
	dFormerly
	dLately
	dNowadays
)

// shift words
const (
	sLast = iota + 1
	sNext
	sThis
	sPast
	sComing
	sPrevious
	sFollowing
	sCurrent
	sSame
	sThat
	sRecent
	sUpcoming
	sLatest
)

// modifier words
const (
	mEarly = iota + 1
	mMid
	mLate
	mBeginning
	mStart
	mEnd
	mMiddle
	mEarlier
	mLater
	mDawn
	mClose
)

// function words
const (
	fThe = iota + 1
	fOf
	fA
	fAn
	fAgo
	fLater
	fEarlier
	fBefore
	fAfter
	fFrom
	fTo
	fThrough
	fUntil
	fBetween
	fAnd
	fIn
	fOn
	fAt
	fSince
	fBy
	fEvery
	fEach
	fPer
	fMore
	fThan
	fLess
	fOver
	fWithin
	fDuring
	fFew
	fSeveral
	fMany
	fNearly
	fAlmost
	fLeast
	fUp
	fFiscal
	fOclock
	fNoon
	fMidnight
	fAM
	fPM
	fDay
	fYear
	fNext
	fFor
	fAcross
	fOr
	fAnother
	fCouple
	fPast
	fHalf
	fQuarter
	fDozen
	fHundred
	fThousand
	fSome
	fDecades
	fNearly2
	fTill
	fInto
	fWeekend
	fAround
	fYearOld
)

type entry struct {
	cls class
	val int16
}

var lexicon = map[string]entry{}

func add(cls class, val int, words ...string) {
	for _, w := range words {
		lexicon[w] = entry{cls, int16(val)}
	}
}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(cMonth, i+1, ws...)
	}
	days := [][]string{
		{"monday", "mondays"}, {"tuesday", "tuesdays"}, {"wednesday", "wednesdays"}, {"thursday", "thursdays"},
		{"friday", "fridays"}, {"saturday", "saturdays"}, {"sunday", "sundays"},
	}
	for i, ws := range days {
		add(cWeekday, i+1, ws...)
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		add(cNumWord, i, w)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(cNumWord, 30+10*i, w)
	}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords[1:] {
		add(cOrdWord, i+1, w)
	}
	add(cOrdWord, 30, "thirtieth")
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		add(cDecadeWord, 2+i, w)
	}
	add(cUnit, uSecond, "seconds", "sec", "secs") // "second" is the ordinal
	add(cUnit, uMinute, "minute", "minutes", "min", "mins")
	add(cUnit, uHour, "hour", "hours", "hrs")
	add(cUnit, uDay, "day", "days")
	add(cUnit, uWeek, "week", "weeks")
	add(cUnit, uWeekend, "weekend", "weekends")
	add(cUnit, uFortnight, "fortnight", "fortnights")
	add(cUnit, uMonth, "month", "months")
	add(cUnit, uQuarter, "quarter", "quarters")
	add(cUnit, uHalf, "half", "halves")
	add(cUnit, uYear, "year", "years")
	add(cUnit, uDecade, "decade", "decades")
	add(cUnit, uCentury, "century", "centuries")
	add(cSeason, seasonSP, "spring", "springs")
	add(cSeason, seasonSU, "summer", "summers")
	add(cSeason, seasonFA, "autumn", "fall", "autumns")
	add(cSeason, seasonWI, "winter", "winters")
	add(cPartDay, partMO, "morning", "mornings")
	add(cPartDay, partAF, "afternoon", "afternoons")
	add(cPartDay, partEV, "evening", "evenings")
	add(cPartDay, partNI, "night", "nights", "overnight")
	add(cDeictic, dToday, "today")
	add(cDeictic, dYesterday, "yesterday")
	add(cDeictic, dTomorrow, "tomorrow")
	add(cDeictic, dTonight, "tonight")
	add(cDeictic, dNow, "now")
	add(cDeictic, dCurrently, "currently")
	// "soon" is left out: TimeBank annotates it in a quarter of its uses.
	add(cDeictic, dRecently, "recently")
	add(cDeictic, dFuture, "future")
	add(cDeictic, dPast, "past")
	add(cDeictic, dPresent, "present")
	add(cDeictic, dNowadays, "nowadays")
	add(cShift, sLast, "last")
	add(cShift, sNext, "next")
	add(cShift, sThis, "this")
	add(cShift, sComing, "coming")
	add(cShift, sPrevious, "previous", "prior", "preceding")
	add(cShift, sFollowing, "following", "subsequent", "ensuing")
	add(cShift, sCurrent, "current")
	add(cShift, sSame, "same")
	add(cShift, sThat, "that")
	add(cShift, sRecent, "recent")
	add(cShift, sUpcoming, "upcoming")
	add(cShift, sLatest, "latest")
	add(cMod, mEarly, "early")
	add(cMod, mMid, "mid")
	add(cMod, mLate, "late")
	add(cMod, mBeginning, "beginning")
	add(cMod, mStart, "start")
	add(cMod, mEnd, "end", "close")
	add(cMod, mMiddle, "middle")
	add(cMod, mEarlier, "earlier")
	add(cMod, mLater, "later")
	add(cMod, mDawn, "dawn")
	add(cApprox, 1, "about", "around", "approximately", "roughly", "nearly", "almost", "some")
	fw := map[int][]string{
		fThe: {"the"}, fOf: {"of"}, fA: {"a"}, fAn: {"an"}, fAgo: {"ago"}, fBefore: {"before"}, fAfter: {"after"},
		fFrom: {"from"}, fTo: {"to"}, fThrough: {"through", "thru"}, fUntil: {"until"}, fTill: {"till"},
		fBetween: {"between"}, fAnd: {"and"}, fIn: {"in"}, fOn: {"on"}, fAt: {"at"}, fSince: {"since"},
		fBy: {"by"}, fEvery: {"every"}, fEach: {"each"}, fPer: {"per"}, fMore: {"more"}, fThan: {"than"},
		fLess: {"less", "fewer"}, fOver: {"over"}, fWithin: {"within"}, fDuring: {"during"}, fFew: {"few"},
		fSeveral: {"several"}, fMany: {"many"}, fLeast: {"least"}, fUp: {"up"}, fFiscal: {"fiscal"},
		fOclock: {"o'clock", "o’clock"}, fNoon: {"noon", "midday"}, fMidnight: {"midnight"}, fAM: {"am"}, fPM: {"pm"},
		fFor: {"for"}, fAcross: {"across"}, fOr: {"or"}, fAnother: {"another"}, fCouple: {"couple"},
		fDozen: {"dozen", "dozens"}, fHundred: {"hundred", "hundreds"}, fThousand: {"thousand", "thousands"},
		fInto: {"into"},
	}
	for v, ws := range fw {
		add(cFunc, v, ws...)
	}
	// The last four are the zones of North America named alone, "5 p.m.
	// ET"; like the others they count only in capitals after a time.
	for _, z := range []string{"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest",
		"bst", "ist", "jst", "msk", "eet", "eest", "aest", "aedt", "wib", "sast", "hkt", "sgt", "kst",
		"et", "pt", "ct", "mt"} {
		lexicon[z] = entry{cZone, 0}
	}
	fillVocab()
}
