// Package wordnet looks up English nouns and verbs in WordNet 3.0: the
// senses (synsets) of a lemma in WordNet's order, each synset's
// lexicographer class, hypernyms and derivationally related synsets of the
// other part of speech, and the base forms of inflected words by WordNet's
// exception lists and rules of detachment (Morphy).
//
// The data is a compact table derived from WordNet 3.0 and embedded in the
// package (wordnet.bin, built by [Build]; see README.md). It is read in
// place: the first call only checks the header, and each lookup is a binary
// search over front-coded lemma blocks and a decode of a few varints, so the
// package builds no maps and holds no more memory than the table itself.
//
// WordNet 3.0 is copyright 2006 by Princeton University and used under the
// WordNet licence; [Notice] returns it.
//
// The package depends on the standard library only.
package wordnet
