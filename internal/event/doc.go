// Package event reads what a sentence says about each of its date
// expressions from the sentence's dependency tree: which word names the
// event the date dates (its trigger), what kind of event that is, and
// whether it happened, is scheduled, planned, expected, threatened,
// called off or denied.
//
// A date dates the word its phrase attaches to ("visited Tehran on 17
// January": visited). From there the analysis climbs through light and
// aspectual verbs to the word that names the happening ("held talks":
// talks; "began building": building), through verbs of plan, expectation
// and threat to what is planned ("plans to visit": visit, planned), and
// out of verbs of saying into what was said, unless what was said carries
// a date of its own ("said on Friday it had agreed to buy": buy; "told
// reporters on Friday": a statement).
//
// The words behind these decisions are data: the embedded file
// lexicon.txt lists event types and verb classes by lemma, in a format
// its header documents.
package event
