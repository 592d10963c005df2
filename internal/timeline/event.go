package timeline

import "strconv"

// Event is one row of a timeline: something the text reports as happening at
// a date, with every mention of it in the input.
type Event struct {
	Date      string   `json:"date"`      // TIMEX3 value of the start, such as "2025-01-17"
	EndDate   string   `json:"end_date"`  // TIMEX3 value of a range's end, else ""
	Precision string   `json:"precision"` // "day", "month", "year", ...
	Type      string   `json:"type"`      // visit, meeting, talks, agreement, ...
	Status    string   `json:"status"`    // reported, scheduled, planned, ...
	Summary   string   `json:"summary"`   // a short gist of the event
	Actors    []string `json:"actors"`    // countries and named persons taking part
	Location  string   `json:"location"`  // where it happens, if the text says
	// Ref is the reference date, YYYY-MM-DD, that the date was resolved
	// against: that of the document of the first mention. RefSource says
	// where it came from, as [Input.RefSource] does; "inferred" and
	// "default" mark a year that no written date fixed (see [RefGuessed]).
	Ref       string `json:"ref"`
	RefSource string `json:"ref_source"`
	// Trigger is the word that names the event in its first mention,
	// with its byte offsets in that mention's input; nil, and absent
	// from JSON, when no word did (the type is then "other").
	Trigger  *Trigger  `json:"trigger,omitempty"`
	Mentions []Mention `json:"mentions"` // every place in the input that reports it
}

// Trigger is the word or phrase of a sentence that names an event:
// "visit" in "will visit Tehran on 17 January". Start and End are byte
// offsets in the input, as those of a [Mention] are.
type Trigger struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Mention is one place in an input that reports an event.
type Mention struct {
	File string `json:"file"` // the input's file name, "-" for standard input
	Doc  string `json:"doc"`  // the file name, or the record id for JSON Lines input
	// Page is the 1-based page of a PDF input, 0 (and absent from JSON)
	// for inputs without pages; Line then counts within the page.
	Page     int    `json:"page,omitempty"`
	Line     int    `json:"line"`     // 1-based line of the date expression
	Start    int    `json:"start"`    // byte offset of the date expression
	End      int    `json:"end"`      // byte offset just past the date expression
	Expr     string `json:"expr"`     // the date expression as written
	Sentence string `json:"sentence"` // the sentence that holds it
}

// Input describes one document read, and the reference date its dates were
// resolved against.
type Input struct {
	File      string `json:"file"`
	Doc       string `json:"doc"`
	Ref       string `json:"ref"`        // reference date used, YYYY-MM-DD
	RefSource string `json:"ref_source"` // flag, record, url, page, dateline, inferred, default
	RefReason string `json:"ref_reason"` // a sentence saying why
	// RefRange, when the reference was inferred, holds the days the
	// text's dated evidence allows for it.
	RefRange *RefRange `json:"ref_range,omitempty"`
	// Anchor is how most year-less dates were read: "news" (against the
	// reference date) or "narrative" (against the date the story is at);
	// AnchorReason says how many were read each way.
	Anchor       string `json:"anchor"`
	AnchorReason string `json:"anchor_reason"`
	DateOrder    string `json:"date_order"` // "dmy" or "mdy": how numeric dates were read
}

// DateRow is one temporal expression of a document, as listed by
// "timeline dates".
type DateRow struct {
	File      string `json:"file"`
	Doc       string `json:"doc"`
	Line      int    `json:"line"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Value     string `json:"value"`
	EndValue  string `json:"end_value,omitempty"`
	Mod       string `json:"mod,omitempty"`
	Precision string `json:"precision"`
	Tense     string `json:"tense"`
	Anchor    string `json:"anchor"`
	How       string `json:"how"`
}

// Where returns the mention's place in its input as "line", or
// "page:line" for an input with pages.
func (m Mention) Where() string {
	if m.Page > 0 {
		return strconv.Itoa(m.Page) + ":" + strconv.Itoa(m.Line)
	}
	return strconv.Itoa(m.Line)
}
