package wordnet

import (
	"encoding/binary"
	"errors"
)

// The table layout, shared by [Build] and the decoder. All fixed-width
// integers are little-endian uint32; "uvarint" is the encoding of
// [binary.AppendUvarint].
//
//	header   magic "WNet", version, noun synset count, verb synset count,
//	         then numSections+1 section offsets from the start of the table
//	lexnames uvarint count, then per name: uvarint length, bytes
//	notice   the WordNet copyright notice and licence, as text
//	lemmas   a key table (below): lemma -> senses
//	synsets  a block table (below) of synset records
//	nounexc  a key table: inflected noun -> base forms
//	verbexc  a key table: inflected verb -> base forms
//
// A key table holds its entries in byte order of their keys, in blocks of
// blockSize entries: uint32 entry count, uint32 block count, one uint32
// offset per block (from the end of the offsets), then the blocks. Inside a
// block the first key is stored whole (uvarint length, bytes) and each
// later key as the length of the prefix it shares with the key before it,
// the length of the rest, and the rest (three fields: uvarint, uvarint,
// bytes). Every key is followed by its payload: uvarint length, bytes.
//
// A lemma's payload is its noun senses and then its verb senses, each as a
// uvarint count followed by one uvarint per sense in WordNet's sense order:
// the synset id for nouns, the id minus the noun synset count for verbs.
//
// An exception's payload is a uvarint count of base forms, each a uvarint
// length and bytes.
//
// A block table holds the synset records in id order, blockSize to a
// block: one uint32 offset per block (from the end of the offsets), then
// the records, each a uvarint length and the record. A record is: uvarint
// lexname number; uvarint lemma count and that many uvarint lemma numbers
// (positions in the lemma key table); uvarint hypernym count, uvarint
// instance hypernym count, and that many links, hypernyms first; uvarint
// derivation count and that many links. A link to synset id from synset
// self is the uvarint of id-self, zigzag-coded (0, -1, 1, -2 ... as 0, 1,
// 2, 3 ...), as linked synsets are often near each other.
//
// Synset ids start at 1: the nouns in the order of their data.noun
// offsets, then the verbs in the order of their data.verb offsets.

const (
	magic     = "WNet"
	version   = 1
	blockSize = 16
	maxKey    = 255 // the longest key the decoder compares, in bytes
)

// The sections, in the order of their offsets in the header.
const (
	secLexnames = iota
	secNotice
	secLemmas
	secSynsets
	secNounExc
	secVerbExc
	numSections

	headerSize = 16 + 4*(numSections+1)
)

// errFormat reports a table that is not in the layout above.
var errFormat = errors.New("wordnet: malformed table")

func appendUint32(b []byte, v uint32) []byte { return binary.LittleEndian.AppendUint32(b, v) }

// u32 reads the uint32 at s[i:]; the caller has checked the bounds.
func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// uvarint decodes the uvarint at s[i:] and returns it with the index after
// it. A truncated or overlong varint yields 0 and len(s), which ends every
// loop over the table.
func uvarint(s string, i int) (uint64, int) {
	var v uint64
	for shift := uint(0); i < len(s) && shift < 64; shift += 7 {
		c := s[i]
		i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, i
		}
	}
	return 0, len(s)
}
