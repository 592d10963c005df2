// Package event reads what a sentence says about each of its date
// expressions: which word names the event the date dates (its trigger),
// what kind of event that is, whether it happened, is scheduled, planned,
// expected, threatened, called off or denied, who takes part and where.
//
// Two readings work together. [Read] and [ReadTokens] read the sentence
// as words: trigger words by type and weight, their distance from the
// date, the clause around them, the gazetteer of countries,
// organisations and news outlets, and what the document establishes
// about the people and organisations it names ([Names]). [Analyze],
// [Participants] and [Location] read the sentence's dependency tree
// (package syntax), and the tree decides the status, adds the
// participants the grammar gives and places the event.
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
// lexicon.txt lists event types and verb classes by lemma, and the files
// under data/ the gazetteer, the trigger words and the word classes of
// the word-level reading, each in a format its header documents.
package event
