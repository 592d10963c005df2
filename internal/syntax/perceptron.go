package syntax

import (
	"cmp"
	"math"
	"sort"
)

// Features are 64-bit hashes of a template number and the atoms it
// combines (a word, a tag, a distance). Hashing in place of interning
// strings keeps the hot path free of allocation and map look-ups keyed
// by freshly built strings; with 64 bits, distinct features collide too
// rarely to matter.

const (
	hashSeed  uint64 = 14695981039346656037
	hashPrime uint64 = 1099511628211
)

// mix folds x into the hash h.
func mix(h, x uint64) uint64 {
	h ^= x
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 29
	return h
}

// feat starts the hash of a feature of template t.
func feat(t uint64) uint64 { return mix(hashSeed, t+1) }

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := hashSeed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}

// hashLower is hashString of s with ASCII letters lower-cased.
func hashLower(s string) uint64 {
	h := hashSeed
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= hashPrime
	}
	return h
}

// trainer is a multiclass averaged perceptron being trained. Weights are
// integers (each update adds or takes one), and the average is kept with
// the usual trick: acc holds the sum of step×update, so that the
// averaged weight after c steps is w - acc/c. Integer arithmetic makes
// training exactly reproducible.
type trainer struct {
	classes int
	index   map[uint64]int32
	// direct, when set, replaces index for keys below its length: it
	// holds the row of each key plus one, 0 for none. The move
	// classifier's keys are bucket numbers, and an array is much faster
	// than a map.
	direct []int32
	keys   []uint64
	w      []int32
	acc    []int64
	step   int64
	scores []float64
}

func newTrainer(classes int) *trainer {
	return &trainer{classes: classes, index: make(map[uint64]int32), scores: make([]float64, classes)}
}

// score returns the current (not averaged) scores of the classes for the
// features; the slice is reused.
func (t *trainer) score(feats []uint64) []float64 {
	s := t.scores
	for i := range s {
		s[i] = 0
	}
	for _, f := range feats {
		r, ok := t.row(f)
		if !ok {
			continue
		}
		row := t.w[int(r)*t.classes : int(r+1)*t.classes]
		for c, v := range row {
			s[c] += float64(v)
		}
	}
	return s
}

// row returns the row of feature f, if it has one.
func (t *trainer) row(f uint64) (int32, bool) {
	if f < uint64(len(t.direct)) {
		r := t.direct[f]
		return r - 1, r > 0
	}
	r, ok := t.index[f]
	return r, ok
}

// best returns the highest-scoring class among those allowed (all when
// allowed is nil); ties go to the lower class.
func best[T float64 | int32](scores []T, allowed []bool) int {
	b := -1
	for c, v := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if b < 0 || v > scores[b] {
			b = c
		}
	}
	return b
}

// majority returns the most frequent key of counts (the least key on a
// tie), its count and the total of all counts.
func majority[K cmp.Ordered](counts map[K]int) (top K, n, total int) {
	first := true
	for k, c := range counts {
		total += c
		if first || c > n || (c == n && k < top) {
			top, n, first = k, c, false
		}
	}
	return top, n, total
}

// tick counts one training example, whether or not it updates.
func (t *trainer) tick() { t.step++ }

// update moves weight from the guess to the truth for every feature.
func (t *trainer) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.row(f)
		if !ok {
			r = int32(len(t.keys))
			if f < uint64(len(t.direct)) {
				t.direct[f] = r + 1
			} else {
				t.index[f] = r
			}
			t.keys = append(t.keys, f)
			t.w = append(t.w, make([]int32, t.classes)...)
			t.acc = append(t.acc, make([]int64, t.classes)...)
		}
		base := int(r) * t.classes
		t.w[base+truth]++
		t.acc[base+truth] += t.step
		t.w[base+guess]--
		t.acc[base+guess] -= t.step
	}
}

// table is a trained classifier: averaged weights quantised to int16
// behind an open-addressed hash table keyed by feature hash. The tables
// are larger than the processor's caches, so a look-up costs a cache
// miss more often than not: each slot holds its weights where it can, so
// that a look-up touches one cache line. A classifier of at most four
// classes keeps its four weights in the slot; a larger one keeps a row
// of up to two non-zero weights there (most rows: a perceptron's update
// moves weight from one class to another) and longer rows apart. A row
// apart takes two bytes an entry when its classes and weights fit in a
// byte (nearly all of the English model's), else four: the rows read
// most often are long ones, and the fewer cache lines they span the
// better.
type table struct {
	classes int
	scale   float32 // weight = int16 value × scale
	mask    uint64  // slots - 1
	shift   uint    // a key's home slot is key >> shift
	slots   []slot  // key 0 marks an empty slot
	ents    []entry
	small   []uint16 // rows apart of byte-sized entries: class<<8 | uint8(weight)
	n       int      // features held
	// filter has the bit of each key's low bits set (see screen).
	filter []uint64
	fmask  uint64 // bits of the filter - 1
}

// slot is one feature: its key and two words whose meaning depends on
// the table (see table).
type slot struct {
	key  uint64
	a, b uint32
}

type entry struct {
	class uint16
	val   int16
}

const (
	denseClasses = 4          // classifiers this small keep whole rows in their slots
	overflow     = 1 << 31    // a: the row is apart, at ents[a&^overflow:][:b]
	narrow       = 1 << 30    // a, with overflow: the row is at small[a&^(overflow|narrow):][:b]
	noEntry      = 0xFFFFFFFF // b: the inline row has one entry only
)

func packEntry(e entry) uint32 { return uint32(e.class)<<16 | uint32(uint16(e.val)) }

func unpackEntry(v uint32) entry { return entry{uint16(v >> 16), int16(uint16(v))} }

// keyMask keeps the low 40 bits of a feature hash: the table indexes by
// the low bits and compares all 40, which leaves a chance of about one in
// 10^11 that a look-up meets a stranger's weights, while the model file
// stores three bytes a key instead of six.
const keyMask = 1<<40 - 1

// freeze averages the weights, quantises them to int16 and builds the
// look-up table; weights whose magnitude is below minWeight (in units of
// one update) are dropped, and features left with none. Features whose
// 40-bit keys coincide share one row, the sum of theirs.
func (t *trainer) freeze(minWeight float64) *table {
	scale, keys, rows := t.averaged(minWeight)
	return buildTable(t.classes, scale, keys, rows)
}

// averaged returns the averaged, quantised weights of the features in
// key order, and the scale of their quantisation.
func (t *trainer) averaged(minWeight float64) (float32, []uint64, [][]entry) {
	c := float64(t.step)
	if c == 0 {
		c = 1
	}
	type feature struct {
		key uint64
		row int
	}
	fs := make([]feature, 0, len(t.keys))
	for r, k := range t.keys {
		if k&keyMask != 0 {
			fs = append(fs, feature{k & keyMask, r})
		}
	}
	// Sorted keys make the table, and the model file, independent of the
	// order in which features were first seen.
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].key != fs[j].key {
			return fs[i].key < fs[j].key
		}
		return fs[i].row < fs[j].row
	})
	avg := make([]float64, t.classes)
	maxAbs := 0.0
	for i := range t.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(t.w[i])-float64(t.acc[i])/c))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	// An eighth of an update is fine enough (a finer scale measured no
	// better) and keeps most weights to one byte in the model file; the
	// scale grows only if the largest weight, twice over for a sum of
	// two rows, would not fit in int16.
	scale := math.Max(2*maxAbs/32767, 1.0/8)
	var keys []uint64
	var rows [][]entry
	for i := 0; i < len(fs); {
		j := i
		for k := range avg {
			avg[k] = 0
		}
		for ; j < len(fs) && fs[j].key == fs[i].key; j++ {
			base := fs[j].row * t.classes
			for k := range avg {
				avg[k] += float64(t.w[base+k]) - float64(t.acc[base+k])/c
			}
		}
		var row []entry
		for k, a := range avg {
			if math.Abs(a) < minWeight {
				continue
			}
			if q := math.Round(a / scale); q != 0 {
				row = append(row, entry{uint16(k), int16(q)})
			}
		}
		if len(row) > 0 {
			keys = append(keys, fs[i].key)
			rows = append(rows, row)
		}
		i = j
	}
	return float32(scale), keys, rows
}

// buildTable makes a table of the features keys with their rows (class
// order within a row, non-zero weights only).
func buildTable(classes int, scale float32, keys []uint64, rows [][]entry) *table {
	tb := newTable(classes, scale, len(keys))
	for i, key := range keys {
		tb.insert(key, rows[i])
	}
	return tb
}

// newTable makes an empty table sized for n features. A key's home slot
// is given by its high bits, so that keys inserted in sorted order (as
// the model file stores them) fill the table from start to end, which
// makes decoding a model a sequential pass over memory.
func newTable(classes int, scale float32, n int) *table { return newTableOf(classes, scale, n, false) }

// newTableOf is newTable with the slots in huge pages when huge is set
// (see hugeSlice).
func newTableOf(classes int, scale float32, n int, huge bool) *table {
	bits := uint(4)
	for (1<<bits)*3 < n*4 { // load factor at most three quarters
		bits++
	}
	size := 1 << bits
	var slots []slot
	if huge {
		slots = hugeSlice[slot](size)
	} else {
		slots = make([]slot, size)
	}
	return &table{classes: classes, scale: scale, mask: uint64(size - 1), shift: 40 - bits, slots: slots,
		filter: make([]uint64, size*filterBits/64), fmask: uint64(size*filterBits - 1)}
}

// filterBits is the number of bits of a table's filter for each slot:
// with eight, and at most three features for four slots, a feature
// absent from the table passes the filter less than one time in ten.
const filterBits = 8

// insert adds a feature (absent from the table) with its row of
// non-zero weights in class order.
func (tb *table) insert(key uint64, row []entry) {
	j := key >> tb.shift
	for tb.slots[j].key != 0 {
		j = (j + 1) & tb.mask
	}
	sl := slot{key: key}
	switch {
	case tb.classes <= denseClasses:
		var w [denseClasses]uint16
		for _, e := range row {
			w[e.class] = uint16(e.val)
		}
		sl.a = uint32(w[0]) | uint32(w[1])<<16
		sl.b = uint32(w[2]) | uint32(w[3])<<16
	case len(row) <= 2:
		sl.a, sl.b = packEntry(row[0]), noEntry
		if len(row) == 2 {
			sl.b = packEntry(row[1])
		}
	case smallRow(row):
		sl.a, sl.b = overflow|narrow|uint32(len(tb.small)), uint32(len(row))
		for _, e := range row {
			tb.small = append(tb.small, e.class<<8|uint16(uint8(int8(e.val))))
		}
	default:
		sl.a, sl.b = overflow|uint32(len(tb.ents)), uint32(len(row))
		tb.ents = append(tb.ents, row...)
	}
	tb.slots[j] = sl
	tb.n++
	k := key & tb.fmask
	tb.filter[k>>6] |= 1 << (k & 63)
}

// row appends the non-zero weights of the feature in slot sl to dst.
func (tb *table) row(dst []entry, sl slot) []entry {
	switch {
	case tb.classes <= denseClasses:
		w := [denseClasses]uint16{uint16(sl.a), uint16(sl.a >> 16), uint16(sl.b), uint16(sl.b >> 16)}
		for c := 0; c < tb.classes; c++ {
			if w[c] != 0 {
				dst = append(dst, entry{uint16(c), int16(w[c])})
			}
		}
	case sl.a&(overflow|narrow) == overflow|narrow:
		off := sl.a &^ (overflow | narrow)
		for _, e := range tb.small[off : off+sl.b] {
			dst = append(dst, entry{e >> 8, int16(int8(e))})
		}
	case sl.a&overflow != 0:
		off := sl.a &^ overflow
		dst = append(dst, tb.ents[off:off+sl.b]...)
	default:
		dst = append(dst, unpackEntry(sl.a))
		if sl.b != noEntry {
			dst = append(dst, unpackEntry(sl.b))
		}
	}
	return dst
}

// sortedSlots returns the table's slots in key order.
func (tb *table) sortedSlots() []slot {
	out := make([]slot, 0, tb.n)
	for _, sl := range tb.slots {
		if sl.key != 0 {
			out = append(out, sl)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// prune returns a copy of the table without the weights whose magnitude
// is below min (in units of one update), nor the features left with
// none.
func (tb *table) prune(min float64) *table {
	var keys []uint64
	var rows [][]entry
	for _, sl := range tb.sortedSlots() {
		var row []entry
		for _, e := range tb.row(nil, sl) {
			if math.Abs(float64(e.val)*float64(tb.scale)) >= min {
				row = append(row, e)
			}
		}
		if len(row) > 0 {
			keys = append(keys, sl.key)
			rows = append(rows, row)
		}
	}
	return buildTable(tb.classes, tb.scale, keys, rows)
}

// len returns the number of features in the table.
func (tb *table) len() int { return tb.n }

// find returns the slot of feature f, or nil.
func (tb *table) find(f uint64) *slot {
	f &= keyMask
	i := f >> tb.shift
	for {
		sl := &tb.slots[i]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 {
			return nil
		}
		i = (i + 1) & tb.mask
	}
}

// score adds the rows of the features into s (cleared first), in int32
// units of tb.scale.
func (tb *table) score(feats []uint64, s []int32) {
	clear(s)
	tb.add(feats, s)
}

// add adds the rows of the features into s.
func (tb *table) add(feats []uint64, s []int32) {
	var buf [64]uint64
	if len(feats) <= len(buf) {
		feats = tb.screen(feats, buf[:len(feats)])
	}
	if tb.touch(feats) == ^uint64(0) {
		return // never: keys have 40 bits; the test keeps the loads
	}
	if tb.classes <= denseClasses {
		s = s[:denseClasses]
		for _, f := range feats {
			if sl := tb.find(f); sl != nil {
				s[0] += int32(int16(sl.a))
				s[1] += int32(int16(sl.a >> 16))
				s[2] += int32(int16(sl.b))
				s[3] += int32(int16(sl.b >> 16))
			}
		}
		return
	}
	for _, f := range feats {
		sl := tb.find(f)
		switch {
		case sl == nil:
		case sl.a&overflow != 0:
			tb.addRow(s, sl)
		default:
			s[sl.a>>16] += int32(int16(sl.a))
			if sl.b != noEntry {
				s[sl.b>>16] += int32(int16(sl.b))
			}
		}
	}
}

// screen copies to dst (as long as feats) the features that may be in
// the table and returns them: the filter, small enough to stay in the
// processor's caches, rules out most of the absent features, which
// then cost no look-up in the table. The loop has no branch that
// depends on the features, as touch.
func (tb *table) screen(feats, dst []uint64) []uint64 {
	n := 0
	for _, f := range feats {
		k := f & tb.fmask
		dst[n] = f
		n += int(tb.filter[k>>6] >> (k & 63) & 1)
	}
	return dst[:n]
}

// addRow adds to s the row apart of the feature in slot sl.
func (tb *table) addRow(s []int32, sl *slot) {
	if sl.a&narrow != 0 {
		off := sl.a &^ (overflow | narrow)
		for _, e := range tb.small[off : off+sl.b] {
			s[e>>8] += int32(int8(e))
		}
		return
	}
	off := sl.a &^ overflow
	for _, e := range tb.ents[off : off+sl.b] {
		s[e.class] += int32(e.val)
	}
}

// smallRow reports whether the classes and weights of row fit in a
// byte each.
func smallRow(row []entry) bool {
	for _, e := range row {
		if e.class > 0xFF || e.val < -128 || e.val > 127 {
			return false
		}
	}
	return true
}

// touch reads the home slot of each feature in a loop without
// branches, so that the processor fetches their cache lines side by
// side; the probing loop of find, whose branches depend on the keys,
// would otherwise wait for one miss after another.
// It returns the sum of the keys it read, so that the compiler keeps
// the loads.
func (tb *table) touch(feats []uint64) uint64 {
	var x uint64
	for _, f := range feats {
		x += tb.slots[(f&keyMask)>>tb.shift].key
	}
	return x
}
