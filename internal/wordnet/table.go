package wordnet

import (
	"bytes"
	"strconv"
	"strings"
)

// table is a decoded view of a table in the layout of format.go. It keeps
// the table's bytes as they are and reads records on demand; opening one
// only checks the header.
type table struct {
	nNoun, nVerb uint32
	lexnames     []string
	notice       string
	lemmas       keyTable
	synIdx       string // one uint32 per block of synset records
	synRecs      string
	exc          [2]keyTable
}

// keyTable is a view of a key table (format.go).
type keyTable struct {
	n, nBlocks int
	idx        string // one uint32 per block
	blocks     string
}

func openTable(data string) (*table, error) {
	if len(data) < headerSize || data[:4] != magic || u32(data, 4) != version {
		return nil, errFormat
	}
	t := &table{nNoun: u32(data, 8), nVerb: u32(data, 12)}
	var sec [numSections]string
	for i := range sec {
		lo, hi := int(u32(data, 16+4*i)), int(u32(data, 20+4*i))
		if lo < headerSize || lo > hi || hi > len(data) {
			return nil, errFormat
		}
		sec[i] = data[lo:hi]
	}
	s := sec[secLexnames]
	n, i := uvarint(s, 0)
	t.lexnames = make([]string, 0, min(n, uint64(len(s))))
	for ; n > 0 && i < len(s); n-- {
		var l uint64
		l, i = uvarint(s, i)
		if uint64(len(s)-i) < l {
			return nil, errFormat
		}
		t.lexnames = append(t.lexnames, s[i:i+int(l)])
		i += int(l)
	}
	t.notice = sec[secNotice]
	var err error
	if t.lemmas, err = openKeyTable(sec[secLemmas]); err != nil {
		return nil, err
	}
	nBlocks := int((t.nNoun + t.nVerb + blockSize - 1) / blockSize)
	if len(sec[secSynsets]) < 4*nBlocks {
		return nil, errFormat
	}
	t.synIdx, t.synRecs = sec[secSynsets][:4*nBlocks], sec[secSynsets][4*nBlocks:]
	for p, s := range [2]int{secNounExc, secVerbExc} {
		if t.exc[p], err = openKeyTable(sec[s]); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func openKeyTable(s string) (keyTable, error) {
	if len(s) < 8 {
		return keyTable{}, errFormat
	}
	k := keyTable{n: int(u32(s, 0)), nBlocks: int(u32(s, 4))}
	if k.nBlocks != (k.n+blockSize-1)/blockSize || len(s)-8 < 4*k.nBlocks {
		return keyTable{}, errFormat
	}
	k.idx, k.blocks = s[8:8+4*k.nBlocks], s[8+4*k.nBlocks:]
	return k, nil
}

// block returns the bytes from the start of block b to the end of the
// table, or "" for a block out of range.
func (k *keyTable) block(b int) string {
	if b < 0 || b >= k.nBlocks {
		return ""
	}
	off := int(u32(k.idx, 4*b))
	if off > len(k.blocks) {
		return ""
	}
	return k.blocks[off:]
}

// str reads a uvarint length and that many bytes at s[i:].
func str(s string, i int) (string, int) {
	n, i := uvarint(s, i)
	if uint64(len(s)-i) < n {
		return "", len(s)
	}
	return s[i : i+int(n)], i + int(n)
}

// find returns the payload and the entry number of key, which must
// already be in table form (lower case, underscores).
func (k *keyTable) find(key []byte) (payload string, num int, ok bool) {
	if len(key) == 0 || len(key) > maxKey {
		return "", 0, false
	}
	// The last block whose first key is <= key.
	lo, hi := 0, k.nBlocks
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		first, _ := str(k.block(m), 0)
		if first <= string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	b := lo - 1
	if b < 0 {
		return "", 0, false
	}
	c := k.cursor(b)
	for j := 0; ; j++ {
		cur, pay, ok := c.next()
		if !ok {
			return "", 0, false
		}
		switch cmp := bytes.Compare(cur, key); {
		case cmp == 0:
			return pay, b*blockSize + j, true
		case cmp > 0:
			return "", 0, false
		}
	}
}

// key returns the key of entry num.
func (k *keyTable) key(num int) string {
	if num < 0 || num >= k.n {
		return ""
	}
	c := k.cursor(num / blockSize)
	for range num % blockSize {
		c.next()
	}
	cur, _, _ := c.next()
	return string(cur)
}

// cursor reads the entries of one block of a key table in order.
type cursor struct {
	s      string // the block and those after it
	i      int    // next byte of s
	j, end int    // next entry number and the end of the block
	buf    [maxKey]byte
	n      int // length of the current key in buf
}

func (k *keyTable) cursor(b int) cursor {
	return cursor{s: k.block(b), j: b * blockSize, end: min(b*blockSize+blockSize, k.n)}
}

// next decodes the next entry and returns its key, valid until the
// following call, and its payload.
func (c *cursor) next() (key []byte, payload string, ok bool) {
	if c.j >= c.end || c.i >= len(c.s) {
		return nil, "", false
	}
	var shared uint64
	if c.i > 0 {
		shared, c.i = uvarint(c.s, c.i)
	}
	var rest string
	rest, c.i = str(c.s, c.i)
	if shared > uint64(c.n) || int(shared)+len(rest) > len(c.buf) {
		c.j = c.end
		return nil, "", false
	}
	c.n = copy(c.buf[shared:], rest) + int(shared)
	payload, c.i = str(c.s, c.i)
	c.j++
	return c.buf[:c.n], payload, true
}

// normalize writes word in table form into buf: ASCII letters lower-cased
// and spaces turned into underscores. It reports false for a word too long
// to be a key.
func normalize(buf *[maxKey]byte, word string) ([]byte, bool) {
	if len(word) > maxKey {
		return nil, false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ':
			c = '_'
		}
		buf[i] = c
	}
	return buf[:len(word)], true
}

// senses returns the part of a lemma payload that lists the senses for
// pos, with their count.
func (t *table) senses(payload string, pos POS) (string, int) {
	n, i := uvarint(payload, 0)
	if pos == Verb {
		for ; n > 0 && i < len(payload); n-- {
			_, i = uvarint(payload, i)
		}
		n, i = uvarint(payload, i)
	}
	if n > uint64(len(payload)) {
		n = uint64(len(payload))
	}
	return payload[i:], int(n)
}

func (t *table) lookup(lemma string, pos POS) []Synset {
	if pos > Verb {
		return nil
	}
	var buf [maxKey]byte
	key, ok := normalize(&buf, lemma)
	if !ok {
		return nil
	}
	payload, _, ok := t.lemmas.find(key)
	if !ok {
		return nil
	}
	s, n := t.senses(payload, pos)
	if n == 0 {
		return nil
	}
	out := make([]Synset, 0, n)
	i := 0
	for range n {
		var id uint64
		id, i = uvarint(s, i)
		if pos == Verb {
			id += uint64(t.nNoun)
		}
		if ss := Synset(id); t.valid(ss) {
			out = append(out, ss)
		}
	}
	return out
}

// has reports whether key is a lemma with senses for pos.
func (t *table) has(key []byte, pos POS) bool {
	payload, _, ok := t.lemmas.find(key)
	if !ok {
		return false
	}
	_, n := t.senses(payload, pos)
	return n > 0
}

func (t *table) valid(s Synset) bool { return s > 0 && uint32(s) <= t.nNoun+t.nVerb }

func (t *table) pos(s Synset) POS {
	if uint32(s) > t.nNoun {
		return Verb
	}
	return Noun
}

// record is a decoded synset record; its lists stay encoded.
type record struct {
	lexname       int
	nLemmas       int
	lemmas        string // from the first lemma number on
	nHyper, nInst int
	hyper         string // from the first hypernym id on
	nDerived      int
	derived       string
}

func (t *table) record(s Synset) (record, bool) {
	if !t.valid(s) {
		return record{}, false
	}
	n := int(s - 1)
	b := n / blockSize
	off := int(u32(t.synIdx, 4*b))
	if off > len(t.synRecs) {
		return record{}, false
	}
	all := t.synRecs[off:]
	i := 0
	for range n % blockSize {
		_, i = str(all, i)
	}
	rec, _ := str(all, i)
	if rec == "" {
		return record{}, false
	}
	var r record
	v, i := uvarint(rec, 0)
	r.lexname = int(min(v, 1<<16))
	v, i = uvarint(rec, i)
	r.nLemmas, r.lemmas = int(min(v, uint64(len(rec)))), rec[i:]
	for range r.nLemmas {
		_, i = uvarint(rec, i)
	}
	v, i = uvarint(rec, i)
	r.nHyper = int(min(v, uint64(len(rec))))
	v, i = uvarint(rec, i)
	r.nInst, r.hyper = int(min(v, uint64(len(rec)))), rec[i:]
	for range r.nHyper + r.nInst {
		_, i = uvarint(rec, i)
	}
	v, i = uvarint(rec, i)
	r.nDerived, r.derived = int(min(v, uint64(len(rec)))), rec[i:]
	return r, true
}

// link decodes the link from synset self at s[i:] (see appendLink) and
// returns the index after it; it returns 0 for a link out of range.
func (t *table) link(self Synset, s string, i int) (Synset, int) {
	v, i := uvarint(s, i)
	id := int64(self) + (int64(v>>1) ^ -int64(v&1))
	if id <= 0 || id > int64(t.nNoun+t.nVerb) {
		return 0, i
	}
	return Synset(id), i
}

// links decodes n links from synset self, keeping the valid ones.
func (t *table) links(self Synset, s string, n int) []Synset {
	if n == 0 {
		return nil
	}
	out := make([]Synset, 0, n)
	i := 0
	for range n {
		var l Synset
		if l, i = t.link(self, s, i); l != 0 {
			out = append(out, l)
		}
	}
	return out
}

func (t *table) lexname(s Synset) string {
	r, ok := t.record(s)
	if !ok || r.lexname >= len(t.lexnames) {
		return ""
	}
	return t.lexnames[r.lexname]
}

func (t *table) lemmaList(s Synset) []string {
	r, ok := t.record(s)
	if !ok {
		return nil
	}
	out := make([]string, 0, r.nLemmas)
	i := 0
	for range r.nLemmas {
		var v uint64
		v, i = uvarint(r.lemmas, i)
		if v < uint64(t.lemmas.n) {
			out = append(out, t.lemmas.key(int(v)))
		}
	}
	return out
}

func (t *table) name(s Synset) string {
	r, ok := t.record(s)
	if !ok || r.nLemmas == 0 {
		return ""
	}
	v, _ := uvarint(r.lemmas, 0)
	if v >= uint64(t.lemmas.n) {
		return ""
	}
	lemma := t.lemmas.key(int(v))
	pos := t.pos(s)
	for i, ss := range t.lookup(lemma, pos) {
		if ss == s {
			return lemma + "." + pos.letter() + "." + twoDigits(i+1)
		}
	}
	return ""
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// byName resolves lemma.p.NN (see [Synset.Name]).
func (t *table) byName(name string) (Synset, bool) {
	i := strings.LastIndexByte(name, '.')
	if i < 3 || name[i-2] != '.' {
		return 0, false
	}
	num := name[i+1:]
	if num == "" || num[0] < '0' || num[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 {
		return 0, false
	}
	var pos POS
	switch name[i-1] {
	case 'n':
		pos = Noun
	case 'v':
		pos = Verb
	default:
		return 0, false
	}
	senses := t.lookup(name[:i-2], pos)
	if n > len(senses) {
		return 0, false
	}
	return senses[n-1], true
}

// eachHypernym calls fn with each hypernym and instance hypernym of s
// until fn returns false; it reports whether fn always returned true.
func (t *table) eachHypernym(s Synset, fn func(Synset) bool) bool {
	r, ok := t.record(s)
	if !ok {
		return true
	}
	i := 0
	for range r.nHyper + r.nInst {
		var h Synset
		if h, i = t.link(s, r.hyper, i); h != 0 && !fn(h) {
			return false
		}
	}
	return true
}

// maxAncestors bounds the breadth-first walk over hypernyms. WordNet 3.0
// has no synset with more than a few dozen ancestors.
const maxAncestors = 128

// ancestors calls fn with each ancestor of s and its distance, nearest
// first, each once, up to maxDepth steps away, until fn returns false.
func (t *table) ancestors(s Synset, maxDepth int, fn func(Synset, int) bool) {
	var queue [maxAncestors]Synset
	var depth [maxAncestors]uint8
	queue[0] = s
	n := 1
	maxDepth = min(maxDepth, 255)
	for head := 0; head < n; head++ {
		d := int(depth[head])
		if d >= maxDepth {
			continue
		}
		cont := t.eachHypernym(queue[head], func(h Synset) bool {
			for _, q := range queue[:n] {
				if q == h {
					return true
				}
			}
			if n == len(queue) {
				return true
			}
			queue[n], depth[n] = h, uint8(d+1)
			n++
			return fn(h, d+1)
		})
		if !cont {
			return
		}
	}
}
