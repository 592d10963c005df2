package syntax

// Atoms of the parser's features for positions that hold no word.
const (
	atomNone uint64 = 0x6e6f6e65
	atomRoot uint64 = 0x726f6f74
)

// pctx reads the atoms of the parser's features off a state: word
// (lower-cased form hash), tag and label of a position.
type pctx struct {
	st     *state
	ws     []wordInfo // words 1..n
	coarse []int      // the universal tag of each tag
}

func (c *pctx) w(i int) uint64 {
	switch i {
	case none:
		return atomNone
	case c.st.root:
		return atomRoot
	}
	return c.ws[i].lower
}

func (c *pctx) t(i int) uint64 {
	switch i {
	case none:
		return atomNone
	case c.st.root:
		return atomRoot
	}
	return uint64(c.ws[i].tag)
}

// u is the universal (coarse) tag of word i.
func (c *pctx) u(i int) uint64 {
	if i <= 0 || i == c.st.root {
		return c.t(i)
	}
	return uint64(c.coarse[c.ws[i].tag])
}

// t2 is the tag pair of word i: its tag and the tagger's second choice.
func (c *pctx) t2(i int) uint64 {
	if i <= 0 || i == c.st.root {
		return c.t(i)
	}
	return uint64(c.ws[i].tag)<<16 | uint64(c.ws[i].tag2)
}

// wn is the WordNet class of word i (see wnClass; 0 for the words the
// tag dictionary holds).
func (c *pctx) wn(i int) uint64 {
	if i <= 0 || i == c.st.root {
		return c.t(i)
	}
	return c.ws[i].wn
}

// suf is the hash of the last three letters of word i.
func (c *pctx) suf(i int) uint64 {
	if i <= 0 || i == c.st.root {
		return c.t(i)
	}
	return c.ws[i].suf[2]
}

func (c *pctx) l(i int) uint64 {
	if i <= 0 || c.st.label[i] == none {
		return atomNone
	}
	return uint64(c.st.label[i])
}

func headOf(st *state, i int) int {
	if i <= 0 {
		return none
	}
	return st.head[i]
}

// kids returns the two leftmost and two rightmost dependents of i.
func kids(st *state, i int) (l1, l2, r1, r2 int) {
	if i <= 0 {
		return none, none, none, none
	}
	return st.l1[i], st.l2[i], st.r1[i], st.r2[i]
}

// distBucket buckets a distance in words.
func distBucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 15:
		return 7
	}
	return 8
}

func capVal(v int) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// moveFeatures appends the features that choose the next move, after
// Zhang and Nivre's (2011) rich feature set for arc-eager parsing.
func moveFeatures(dst []uint64, c *pctx) []uint64 {
	start := len(dst)
	dst = moveTemplates(dst, c)
	for i := start; i < len(dst); i++ {
		dst[i] = bucket(dst[i])
	}
	return dst
}

// moveTemplates appends the hashes of the move features.
func moveTemplates(dst []uint64, c *pctx) []uint64 {
	st := c.st
	s0 := st.s0()
	s1 := st.s1()
	n0, n1, n2 := st.b, none, none
	if st.b+1 <= st.root {
		n1 = st.b + 1
	}
	if st.b+2 <= st.root {
		n2 = st.b + 2
	}
	s0h := headOf(st, s0)
	s0h2 := headOf(st, s0h)
	s0l, s0l2, s0r, s0r2 := kids(st, s0)
	n0l, n0l2, _, _ := kids(st, n0)
	s0w, s0t, n0w, n0t := c.w(s0), c.t(s0), c.w(n0), c.t(n0)
	n1w, n1t, n2w, n2t := c.w(n1), c.t(n1), c.w(n2), c.t(n2)
	d := uint64(9)
	if s0 > 0 && n0 <= st.n {
		d = distBucket(n0 - s0)
	}
	var s0vl, s0vr, s0sl, s0sr uint64
	if s0 > 0 {
		s0vl, s0vr, s0sl, s0sr = capVal(st.nl[s0]), capVal(st.nr[s0]), st.ls[s0], st.rs[s0]
	}
	n0vl, n0sl := capVal(st.nl[n0]), st.ls[n0]
	return append(dst,
		// single words
		f1(0, s0w), f1(1, s0t), f2(2, s0w, s0t),
		f1(3, n0w), f1(4, n0t), f2(5, n0w, n0t),
		f1(6, n1w), f1(7, n1t), f2(8, n1w, n1t),
		f1(9, n2w), f1(10, n2t), f2(11, n2w, n2t),
		// pairs
		f4(12, s0w, s0t, n0w, n0t), f3(13, s0w, s0t, n0w), f3(14, s0w, n0w, n0t),
		f3(15, s0w, s0t, n0t), f3(16, s0t, n0w, n0t), f2(17, s0w, n0w), f2(18, s0t, n0t),
		f2(19, n0t, n1t),
		// three words
		f3(20, n0t, n1t, n2t), f3(21, s0t, n0t, n1t), f3(22, c.t(s0h), s0t, n0t),
		f3(23, s0t, c.t(s0l), n0t), f3(24, s0t, c.t(s0r), n0t), f3(25, s0t, n0t, c.t(n0l)),
		// distance
		f2(26, s0w, d), f2(27, s0t, d), f2(28, n0w, d), f2(29, n0t, d),
		f3(30, s0w, n0w, d), f3(31, s0t, n0t, d),
		// valency
		f2(32, s0w, s0vr), f2(33, s0t, s0vr), f2(34, s0w, s0vl), f2(35, s0t, s0vl),
		f2(36, n0w, n0vl), f2(37, n0t, n0vl),
		// second-order unigrams
		f1(38, c.w(s0h)), f1(39, c.t(s0h)), f1(40, c.l(s0)),
		f1(41, c.w(s0l)), f1(42, c.t(s0l)), f1(43, c.l(s0l)),
		f1(44, c.w(s0r)), f1(45, c.t(s0r)), f1(46, c.l(s0r)),
		f1(47, c.w(n0l)), f1(48, c.t(n0l)), f1(49, c.l(n0l)),
		// third order
		f1(50, c.w(s0h2)), f1(51, c.t(s0h2)), f1(52, c.l(s0h)),
		f1(53, c.w(s0l2)), f1(54, c.t(s0l2)), f1(55, c.l(s0l2)),
		f1(56, c.w(s0r2)), f1(57, c.t(s0r2)), f1(58, c.l(s0r2)),
		f1(59, c.w(n0l2)), f1(60, c.t(n0l2)), f1(61, c.l(n0l2)),
		f3(62, s0t, c.t(s0l), c.t(s0l2)), f3(63, s0t, c.t(s0r), c.t(s0r2)),
		f3(64, s0t, c.t(s0h), c.t(s0h2)), f3(65, n0t, c.t(n0l), c.t(n0l2)),
		// label sets
		f2(66, s0w, s0sr), f2(67, s0t, s0sr), f2(68, s0w, s0sl), f2(69, s0t, s0sl),
		f2(70, n0w, n0sl), f2(71, n0t, n0sl),
		// the second stack word
		f1(72, c.w(s1)), f1(73, c.t(s1)), f3(74, c.t(s1), s0t, n0t), f2(75, c.t(s1), s0t),
		f2(76, c.w(s1), n0w),
		// whether the stack's top has its head, and the root's dependent
		f3(77, boolAtom(s0 > 0 && st.head[s0] != none), s0t, n0t),
		f2(78, boolAtom(st.nl[st.root] > 0), n0t),
		// the tagger's second choices
		f1(79, c.t2(s0)), f1(80, c.t2(n0)), f1(81, c.t2(n1)), f2(82, c.t2(s0), c.t2(n0)),
		f2(83, s0w, c.t2(n0)), f2(84, c.t2(s0), n0w),
		// universal tags, which generalise over the finer ones
		f2(85, c.u(s0), c.u(n0)), f3(86, c.u(s0), c.u(n0), c.u(n1)), f3(87, c.u(n0), c.u(n1), c.u(n2)),
		f3(88, c.u(s1), c.u(s0), c.u(n0)), f3(89, c.u(s0h), c.u(s0), c.u(n0)), f3(90, c.u(s0), c.u(s0l), c.u(n0)),
		f3(91, c.u(s0), c.u(s0r), c.u(n0)), f3(92, c.u(s0), c.u(n0), c.u(n0l)), f3(93, c.u(s0), c.u(n0), d),
		f2(94, s0w, c.u(n0)), f2(95, c.u(s0), n0w),
		// what WordNet and the ending say the words may be, whatever their tags
		f2(96, c.wn(n0), n0t), f2(97, c.wn(s0), s0t), f3(98, s0t, c.suf(n0), n0t),
		feat(99),
	)
}

func boolAtom(b bool) uint64 {
	if b {
		return 1
	}
	return 2
}

// lt numbers the label classifier's templates apart from the move
// classifier's.
const lt = 200

// labelFeatures appends the features that choose the label of the arc
// from h to d.
func labelFeatures(dst []uint64, c *pctx, h, d int) []uint64 {
	st := c.st
	a := arcAtomsOf(c, h, d)
	dir, hw, ht, dw, dt, dist := a.dir, a.hw, a.ht, a.dw, a.dt, a.dist
	prev, next, next2, dl, dr, hl, hr := a.prev, a.next, a.next2, a.dl, a.dr, a.hl, a.hr
	return append(dst,
		f1(lt+0, dir), f2(lt+1, dir, dw), f2(lt+2, dir, dt), f3(lt+3, dir, dw, dt), f2(lt+4, dir, hw), f2(lt+5, dir, ht), f3(lt+6, dir, hw, ht),
		f3(lt+7, dir, ht, dt), f3(lt+8, dir, hw, dt), f3(lt+9, dir, ht, dw), f3(lt+10, dir, hw, dw), f4(lt+11, dir, ht, dt, dist),
		f3(lt+12, dir, c.t(prev), dt), f3(lt+13, dir, dt, c.t(next)), f4(lt+14, dir, ht, dt, c.t(next)),
		f3(lt+15, dir, dt, st.ls[d]), f3(lt+16, dir, dt, st.rs[d]), f4(lt+17, dir, ht, st.ls[d], st.rs[d]),
		f3(lt+18, dir, c.w(dl), dt), f4(lt+19, dir, c.t(dl), c.l(dl), dt), f3(lt+20, dir, c.w(dl), ht),
		f3(lt+21, dir, c.w(dr), dt), f4(lt+22, dir, c.t(dr), c.l(dr), dt),
		f4(lt+23, dir, ht, st.ls[h], st.rs[h]), f4(lt+24, dir, c.l(h), ht, dt),
		f4(lt+25, dir, c.t(headOf(st, h)), ht, dt), f4(lt+26, dir, c.t(hl), c.l(hl), dt), f4(lt+27, dir, c.t(hr), c.l(hr), dt),
		f3(lt+28, dir, c.w(next), dt), f4(lt+29, dir, c.t(next), c.t(next2), dt), f3(lt+30, dir, c.w(prev), dt),
		f3(lt+31, dir, c.ws[d].suf[2], dt), f4(lt+32, dir, capVal(st.nl[d]), capVal(st.nr[d]), dt),
		f4(lt+33, dir, c.w(dl), c.w(d), ht), f3(lt+34, dir, c.t2(d), ht), f3(lt+35, dir, c.t2(d), c.t2(h)),
	)
}

// arcAtoms are the atoms of the label features of an arc from h to d:
// its direction, the words and tags at its ends, its length, and the
// positions around the dependent and the nearest dependents of both.
type arcAtoms struct {
	dir, hw, ht, dw, dt, dist         uint64
	prev, next, next2, dl, dr, hl, hr int
}

func arcAtomsOf(c *pctx, h, d int) arcAtoms {
	st := c.st
	a := arcAtoms{dir: 1, hw: c.w(h), ht: c.t(h), dw: c.w(d), dt: c.t(d), prev: d - 1, next: d + 1, next2: none}
	a.dist = distBucket(d - h)
	if d < h {
		a.dir, a.dist = 2, distBucket(h-d)
	}
	if a.next > st.n {
		a.next = none
	}
	if d+2 <= st.n {
		a.next2 = d + 2
	}
	a.dl, _, a.dr, _ = kids(st, d)
	a.hl, _, a.hr, _ = kids(st, h)
	return a
}

// f1 to f5 hash a feature of template t over its atoms.
func f1(t, a uint64) uint64             { return mix(feat(t), a) }
func f2(t, a, b uint64) uint64          { return mix(f1(t, a), b) }
func f3(t, a, b, c uint64) uint64       { return mix(f2(t, a, b), c) }
func f4(t, a, b, c, d uint64) uint64    { return mix(f3(t, a, b, c), d) }
func f5(t, a, b, c, d, e uint64) uint64 { return mix(f4(t, a, b, c, d), e) }
