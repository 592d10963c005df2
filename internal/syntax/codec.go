package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
)

// The model file: a magic line, then varint-coded sections: the tags,
// the labels with the sides they occur on, the three classifiers and the
// lemma table. A classifier's features are sorted by key and stored as
// key deltas, each with its non-zero classes and int16 weights.

const modelMagic = "timeline-syntax-model 2\n"

// MarshalBinary encodes the model; the same model always gives the same
// bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(modelMagic)
	b = binary.AppendUvarint(b, uint64(len(m.tags.upos)))
	for i := range m.tags.upos {
		b = appendString(b, m.tags.upos[i])
		b = appendString(b, m.tags.xpos[i])
	}
	b = binary.AppendUvarint(b, uint64(len(m.labels)))
	for i, l := range m.labels {
		b = appendString(b, l)
		side := 0
		if m.leftOK[i] {
			side |= 1
		}
		if m.rightOK[i] {
			side |= 2
		}
		b = append(b, byte(side))
	}
	b = binary.AppendUvarint(b, uint64(m.rootLabel))
	moveKeys, moveRows := m.mover.rows()
	for _, t := range [][]byte{
		appendTable(nil, m.tagger.fwd), appendTable(nil, m.tagger.bwd),
		appendRows(nil, nMoves, m.mover.scale, moveKeys, moveRows), appendTable(nil, m.labeler),
	} {
		// Each classifier is preceded by its length, so that they can be
		// decoded side by side.
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	forms := make([]string, 0, len(m.dict))
	for f := range m.dict {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	b = binary.AppendUvarint(b, uint64(len(forms)))
	for _, f := range forms {
		b = appendString(b, f)
		b = binary.AppendUvarint(b, uint64(m.dict[f]))
	}
	sure := make([]uint32, 0, len(m.sure))
	for k := range m.sure {
		sure = append(sure, k)
	}
	slices.Sort(sure)
	b = binary.AppendUvarint(b, uint64(len(sure)))
	for _, k := range sure {
		b = binary.AppendUvarint(b, uint64(k))
		b = binary.AppendUvarint(b, uint64(m.sure[k]))
	}
	keys := m.lemmas.sorted()
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendString(b, k.form)
		b = binary.AppendUvarint(b, uint64(k.tag))
		b = appendString(b, m.lemmas.table[k])
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendTable writes a classifier: its features in key order.
func appendTable(b []byte, tb *table) []byte {
	var keys []uint64
	var rows [][]entry
	for _, sl := range tb.sortedSlots() {
		keys = append(keys, sl.key)
		rows = append(rows, tb.row(nil, sl))
	}
	return appendRows(b, tb.classes, tb.scale, keys, rows)
}

// appendRows writes a classifier's features, in key order, with their
// rows of non-zero weights.
func appendRows(b []byte, classes int, scale float32, keys []uint64, rows [][]entry) []byte {
	b = binary.AppendUvarint(b, uint64(classes))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint64(0)
	for i, k := range keys {
		b = binary.AppendUvarint(b, k-prev)
		prev = k
		b = binary.AppendUvarint(b, uint64(len(rows[i])))
		for _, e := range rows[i] {
			b = binary.AppendUvarint(b, uint64(e.class))
			b = binary.AppendVarint(b, int64(e.val))
		}
	}
	return b
}

// decoder reads the varint-coded model, remembering the first error.
type decoder struct {
	b    []byte
	err  error
	huge bool // allocate the classifiers' arrays with hugeSlice
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	d.skip(n)
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	d.skip(n)
	return v
}

// skip moves past a number of n bytes; n <= 0 means it was truncated or
// corrupt, which ends the decoding.
func (d *decoder) skip(n int) {
	if n <= 0 {
		d.fail("truncated or corrupt number")
		d.b = nil
		return
	}
	d.b = d.b[n:]
}

// count reads a length and checks it against what is left.
func (d *decoder) count(per int) int {
	v := d.uvarint()
	if v > uint64(len(d.b)/per+1) {
		d.fail("length beyond the end of the model")
		d.b = nil
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count(1)
	if n > len(d.b) {
		d.fail("truncated string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) byte1() byte {
	if len(d.b) == 0 {
		d.fail("truncated model")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

// UnmarshalBinary decodes a model written by [Model.MarshalBinary].
func (m *Model) UnmarshalBinary(data []byte) error { return m.unmarshal(data, false) }

// unmarshal decodes a model; with huge, its largest arrays, read at
// random by every word, take memory of their own in huge pages (see
// hugeSlice), which spares most of the misses in the processor's
// address translation cache. That memory is never freed: huge is for a
// model that lives as long as the program.
func (m *Model) unmarshal(data []byte, huge bool) error {
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != modelMagic {
		return errors.New("not a syntax model (bad magic)")
	}
	d := &decoder{b: data[len(modelMagic):]}
	*m = Model{}
	nt := d.count(2)
	for i := 0; i < nt && d.err == nil; i++ {
		m.tags.id(d.str(), d.str())
	}
	nl := d.count(2)
	m.leftOK, m.rightOK = make([]bool, nl), make([]bool, nl)
	for i := 0; i < nl && d.err == nil; i++ {
		m.labels = append(m.labels, d.str())
		side := d.byte1()
		m.leftOK[i], m.rightOK[i] = side&1 != 0, side&2 != 0
	}
	m.rootLabel = int(d.uvarint())
	if d.err == nil && (m.rootLabel >= len(m.labels) || len(m.tags.upos) == 0) {
		d.fail("root label or tags missing")
	}
	left, right := false, false
	for i := range m.labels {
		left = left || m.leftOK[i]
		right = right || m.rightOK[i]
	}
	if d.err == nil && (!left || !right) {
		d.fail("no relation for dependents on one side of their heads")
	}
	want := []int{len(m.tags.upos), len(m.tags.upos), nMoves, len(m.labels)}
	tables := []**table{&m.tagger.fwd, &m.tagger.bwd, nil, &m.labeler}
	parts := make([]*decoder, len(tables))
	for i := range tables {
		n := d.count(1)
		if d.err != nil || n > len(d.b) {
			d.fail("truncated classifier")
			break
		}
		parts[i] = &decoder{b: d.b[:n], huge: huge}
		d.b = d.b[n:]
	}
	if d.err == nil {
		var wg sync.WaitGroup
		for i, tp := range tables {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if tp == nil {
					m.mover = parts[i].dense()
				} else {
					*tp = parts[i].table(want[i])
				}
				if parts[i].err == nil && len(parts[i].b) != 0 {
					parts[i].fail("trailing bytes in a classifier")
				}
			}()
		}
		wg.Wait()
		for _, p := range parts {
			if p.err != nil {
				d.fail(p.err.Error())
			}
		}
	}
	nd := d.count(2)
	m.dict = make(tagDict, nd)
	for i := 0; i < nd && d.err == nil; i++ {
		f := d.str()
		t := d.uvarint()
		if t >= uint64(len(m.tags.upos)) {
			d.fail("tag out of range")
			break
		}
		m.dict[f] = int(t)
	}
	ns := d.count(2)
	m.sure = make(map[uint32]int, ns)
	for i := 0; i < ns && d.err == nil; i++ {
		k := d.uvarint()
		l := d.uvarint()
		tag, side, head := k>>16, k>>8&0xff, k&0xff
		if l >= uint64(len(m.labels)) || l == uint64(m.rootLabel) || tag >= uint64(len(m.tags.upos)) ||
			side < 1 || side > 2 || head >= uint64(len(m.tags.upos)) {
			d.fail("sure arc out of range")
			break
		}
		m.sure[uint32(k)] = int(l)
	}
	n := d.count(3)
	m.lemmas.table = make(map[lemmaKey]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		form := d.str()
		tag := int(d.uvarint())
		m.lemmas.table[lemmaKey{form, tag}] = d.str()
	}
	m.setCoarse()
	if d.err == nil && len(d.b) != 0 {
		d.fail("trailing bytes")
	}
	if d.err != nil {
		return fmt.Errorf("syntax model: %w", d.err)
	}
	return nil
}

// table reads a classifier of the given number of classes.
func (d *decoder) table(classes int) *table {
	var tb *table
	d.rows(classes, func(scale float32, n int) { tb = newTableOf(classes, scale, n, d.huge) },
		func(key uint64, row []entry) { tb.insert(key, row) })
	if d.err != nil || tb == nil {
		return newTable(classes, 1, 0)
	}
	return tb
}

// dense reads the move classifier.
func (d *decoder) dense() *dense {
	var dn *dense
	d.rows(nMoves, func(scale float32, n int) { dn = newDense(scale, d.huge) },
		func(key uint64, row []entry) {
			if key > 1<<moveBits {
				d.fail("bucket out of range")
				return
			}
			dn.set(key, row)
		})
	if d.err != nil || dn == nil {
		return buildDense(1, nil, nil)
	}
	return dn
}

// rows reads a classifier's header, calling start with its scale and
// number of features, then each feature's key and row. The features
// are read by a loop over a local slice and index, with the common
// one-byte numbers decoded in line: the model holds millions of them,
// and this is most of the work of loading it.
func (d *decoder) rows(classes int, start func(float32, int), add func(uint64, []entry)) {
	c := int(d.uvarint())
	if d.err == nil && c != classes {
		d.fail(fmt.Sprintf("classifier has %d classes, want %d", c, classes))
	}
	if len(d.b) < 4 {
		d.fail("truncated model")
		return
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	n := d.count(2)
	if d.err != nil {
		return
	}
	start(scale, n)
	b, p := d.b, 0
	key := uint64(0)
	row := make([]entry, 0, classes)
	for i := 0; i < n; i++ {
		var delta uint64
		if delta, p = uvarintAt(b, p); p < 0 {
			break
		}
		if delta == 0 && i > 0 {
			d.fail("features out of order")
			break
		}
		key += delta
		if key == 0 || key > keyMask {
			d.fail("feature key out of range")
			break
		}
		var k uint64
		if k, p = uvarintAt(b, p); p < 0 {
			break
		}
		if k > uint64((len(b)-p)/2+1) {
			d.fail("length beyond the end of the model")
			b, p = nil, 0
			break
		}
		if k == 0 || k > uint64(classes) {
			d.fail("bad weight row")
			break
		}
		row = row[:0]
		for j := uint64(0); j < k; j++ {
			var cl uint64
			var v int64
			if cl, p = uvarintAt(b, p); p < 0 {
				break
			}
			if v, p = varintAt(b, p); p < 0 {
				break
			}
			if cl >= uint64(classes) || v < math.MinInt16 || v > math.MaxInt16 || v == 0 {
				d.fail("weight out of range")
				break
			}
			row = append(row, entry{uint16(cl), int16(v)})
		}
		if p < 0 || d.err != nil {
			break
		}
		add(key, row)
		if d.err != nil {
			break
		}
	}
	if p < 0 {
		d.fail("truncated or corrupt number")
		d.b = nil
		return
	}
	d.b = b[p:]
}

// uvarintAt decodes the unsigned number at b[p:], returning it and the
// index after it, or a negative index when it is truncated or corrupt.
func uvarintAt(b []byte, p int) (uint64, int) {
	if p < len(b) && b[p] < 0x80 {
		return uint64(b[p]), p + 1
	}
	if p >= len(b) {
		return 0, -1
	}
	v, n := binary.Uvarint(b[p:])
	if n <= 0 {
		return 0, -1
	}
	return v, p + n
}

// varintAt decodes the signed number at b[p:] as uvarintAt does.
func varintAt(b []byte, p int) (int64, int) {
	if p < len(b) && b[p] < 0x80 {
		x := b[p]
		return int64(x>>1) ^ -int64(x&1), p + 1
	}
	if p >= len(b) {
		return 0, -1
	}
	v, n := binary.Varint(b[p:])
	if n <= 0 {
		return 0, -1
	}
	return v, p + n
}
