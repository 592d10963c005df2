package syntax

import "math"

// moveBits sets the size of the move classifier: features are hashed to
// 2^moveBits buckets, colliding where they must, and the perceptron
// learns over the buckets. The four weights of a bucket are read with
// one load, with no key to compare: the move classifier scores most of
// the parser's features, and this makes its look-ups about twice as fast
// as those of a keyed table twice its size.
const moveBits = 20

// bucket maps a feature hash to its bucket, numbered from 1.
func bucket(f uint64) uint64 { return f>>(64-moveBits) + 1 }

// dense is the move classifier: four weights for each bucket. Nearly
// all buckets (all but about one in a thousand of the English model's)
// have weights between -127 and 127 units of the scale: those keep
// them a byte each, which halves the array to 4 MB and so the share of
// look-ups that miss the processor's caches. A bucket with a larger
// weight holds escape in its low byte and the number of its row in big
// above it.
type dense struct {
	scale float32
	w     []uint32        // bucket b's weights, a byte each from the low one, or an escape
	big   [][nMoves]int16 // rows with a weight beyond a byte
	n     int             // buckets with a non-zero weight
}

// escape marks a bucket whose row is in big; -128 is never a weight
// kept in a byte.
const escape = 0x80

// freezeDense averages and quantises the move classifier's weights.
func (t *trainer) freezeDense(minWeight float64) *dense {
	scale, keys, rows := t.averaged(minWeight)
	return buildDense(scale, keys, rows)
}

func buildDense(scale float32, keys []uint64, rows [][]entry) *dense {
	d := newDense(scale, false)
	for i, k := range keys {
		d.set(k, rows[i])
	}
	return d
}

// newDense returns an empty move classifier, its array in huge pages
// when huge is set (see hugeSlice).
func newDense(scale float32, huge bool) *dense {
	if huge {
		return &dense{scale: scale, w: hugeSlice[uint32](1<<moveBits + 1)}
	}
	return &dense{scale: scale, w: make([]uint32, 1<<moveBits+1)}
}

// get returns the weights of bucket k.
func (d *dense) get(k uint64) [nMoves]int16 {
	v := d.w[k]
	if v&0xFF == escape {
		return d.big[v>>8]
	}
	return [nMoves]int16{int16(int8(v)), int16(int8(v >> 8)), int16(int8(v >> 16)), int16(int8(v >> 24))}
}

// put sets the weights of bucket k.
func (d *dense) put(k uint64, w [nMoves]int16) {
	small := true
	for _, x := range w {
		small = small && -127 <= x && x <= 127
	}
	old := d.w[k]
	switch {
	case small:
		d.w[k] = uint32(uint8(w[0])) | uint32(uint8(w[1]))<<8 | uint32(uint8(w[2]))<<16 | uint32(uint8(w[3]))<<24
	case old&0xFF == escape:
		d.big[old>>8] = w
	default:
		d.w[k] = uint32(len(d.big))<<8 | escape
		d.big = append(d.big, w)
	}
}

// set puts the row of bucket k (1 to 2^moveBits; others are ignored).
func (d *dense) set(k uint64, row []entry) {
	if k == 0 || k > 1<<moveBits {
		return
	}
	d.n++
	w := d.get(k)
	for _, e := range row {
		if int(e.class) < nMoves {
			w[e.class] = e.val
		}
	}
	d.put(k, w)
}

// score adds the weights of the buckets feats into s (cleared first).
func (d *dense) score(feats []uint64, s []int32) {
	s = s[:nMoves]
	// The sums are kept in locals, and w is cut to its fixed length,
	// which lets the compiler drop the bounds checks of the loop.
	w := (*[1<<moveBits + 1]uint32)(d.w)
	var s0, s1, s2, s3 int32
	for _, f := range feats {
		if f > 1<<moveBits {
			continue
		}
		v := w[f]
		if v&0xFF == escape {
			r := &d.big[v>>8]
			s0 += int32(r[0])
			s1 += int32(r[1])
			s2 += int32(r[2])
			s3 += int32(r[3])
			continue
		}
		s0 += int32(int8(v))
		s1 += int32(int8(v >> 8))
		s2 += int32(int8(v >> 16))
		s3 += int32(int8(v >> 24))
	}
	s[0], s[1], s[2], s[3] = s0, s1, s2, s3
}

// rows returns the non-zero buckets and their rows in bucket order.
func (d *dense) rows() ([]uint64, [][]entry) {
	var keys []uint64
	var rows [][]entry
	for k := uint64(1); k <= 1<<moveBits; k++ {
		var row []entry
		w := d.get(k)
		for c, v := range w {
			if v != 0 {
				row = append(row, entry{uint16(c), v})
			}
		}
		if row != nil {
			keys = append(keys, k)
			rows = append(rows, row)
		}
	}
	return keys, rows
}

// prune returns a copy without the weights below min (in updates).
func (d *dense) prune(min float64) *dense {
	keys, rows := d.rows()
	out := &dense{scale: d.scale, w: make([]uint32, len(d.w))}
	for i, k := range keys {
		var row []entry
		for _, e := range rows[i] {
			if math.Abs(float64(e.val)*float64(d.scale)) >= min {
				row = append(row, e)
			}
		}
		if row != nil {
			out.set(k, row)
		}
	}
	return out
}

// len returns the number of buckets in use.
func (d *dense) len() int { return d.n }
