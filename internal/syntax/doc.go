// Package syntax reads the grammatical structure of English sentences: it
// splits running text into sentences and Universal Dependencies tokens,
// tags each word with its universal (UPOS) and Penn Treebank (XPOS)
// part of speech, gives its lemma, and builds a labelled dependency tree
// with a greedy transition-based parser.
//
// The tagger is an averaged perceptron and the parser an arc-eager
// transition system trained with a dynamic oracle, both learned from the
// Universal Dependencies English Web Treebank. The trained model is
// embedded in the package; [Load] decodes it once, and a [Parser] made
// from it analyses text without allocating per word once warm.
//
// The tagger also reads whether WordNet (package wordnet) has a word, or
// the word less an inflection, as a noun or a verb. Lemmas come from a
// table learned with the model, then suffix rules checked against
// WordNet's nouns and verbs and their irregular forms. Beyond that, the
// package depends on the standard library only.
package syntax
