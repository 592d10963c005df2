package syntax

// The move classifier scores about a hundred features a move. A third
// of them read the atoms of one position only (the word, tag, second
// tag and WordNet class of the stack's top, of the buffer's first
// words, of their heads and dependents), and a position takes the same
// role in several moves of a sentence: the sum of a role's weights for a
// position is taken once a sentence and kept. The weights are integers,
// so the sums give exactly the scores of adding the weights one by one.

// Roles of positions in the move features that read one position only.
const (
	rS0 = iota
	rN0
	rN1
	rN2
	rS0h
	rS0l
	rS0r
	rN0l
	rS0h2
	rS0l2
	rS0r2
	rN0l2
	rS1
	nRoles
)

// pairTemplates gives, for the roles from rS0h on, the template of the
// word feature; the tag feature's template follows it.
var pairTemplates = [nRoles]uint64{
	rS0h: 38, rS0l: 41, rS0r: 44, rN0l: 47,
	rS0h2: 50, rS0l2: 53, rS0r2: 56, rN0l2: 59, rS1: 72,
}

// roleFeatures appends the hashes of the move features of role r for
// position i.
func roleFeatures(dst []uint64, c *pctx, r, i int) []uint64 {
	w, t := c.w(i), c.t(i)
	switch r {
	case rS0:
		return append(dst, f1(0, w), f1(1, t), f2(2, w, t), f1(79, c.t2(i)), f2(97, c.wn(i), t))
	case rN0:
		// The buffer's first word also fixes the next two.
		n1, n2 := none, none
		if i+1 <= c.st.root {
			n1 = i + 1
		}
		if i+2 <= c.st.root {
			n2 = i + 2
		}
		n1t, n2t := c.t(n1), c.t(n2)
		return append(dst, f1(3, w), f1(4, t), f2(5, w, t), f1(80, c.t2(i)), f2(96, c.wn(i), t),
			f2(19, t, n1t), f3(20, t, n1t, n2t), f3(87, c.u(i), c.u(n1), c.u(n2)))
	case rN1:
		return append(dst, f1(6, w), f1(7, t), f2(8, w, t), f1(81, c.t2(i)))
	case rN2:
		return append(dst, f1(9, w), f1(10, t), f2(11, w, t))
	}
	return append(dst, f1(pairTemplates[r], w), f1(pairTemplates[r]+1, t))
}

// rolePositions returns the position that holds each role in the
// state of c (none where no word does).
func rolePositions(c *pctx) [nRoles]int {
	st := c.st
	s0 := st.s0()
	n0, n1, n2 := st.b, none, none
	if st.b+1 <= st.root {
		n1 = st.b + 1
	}
	if st.b+2 <= st.root {
		n2 = st.b + 2
	}
	s0h := headOf(st, s0)
	s0l, s0l2, s0r, s0r2 := kids(st, s0)
	n0l, n0l2, _, _ := kids(st, n0)
	return [nRoles]int{
		rS0: s0, rN0: n0, rN1: n1, rN2: n2,
		rS0h: s0h, rS0l: s0l, rS0r: s0r, rN0l: n0l,
		rS0h2: headOf(st, s0h), rS0l2: s0l2, rS0r2: s0r2, rN0l2: n0l2,
		rS1: st.s1(),
	}
}

// roleSum is the move classifier's sum of weights for a role at a
// position, valid in the sentence numbered stamp.
type roleSum struct {
	s     [nMoves]int32
	stamp uint32
}

// roleMemo keeps the role sums of the sentence being parsed.
type roleMemo struct {
	sums  []roleSum // role r at position i (none is -1) is at (i+1)*nRoles+r
	stamp uint32
	feats []uint64
}

// reset starts a sentence of n words.
func (rm *roleMemo) reset(n int) {
	size := (n + 3) * nRoles
	if cap(rm.sums) < size {
		rm.sums = make([]roleSum, size)
		rm.stamp = 0
	}
	rm.sums = rm.sums[:size]
	rm.stamp++
	if rm.stamp == 0 { // wrapped around: old stamps could match again
		clear(rm.sums[:cap(rm.sums)])
		rm.stamp = 1
	}
}

// add adds to s the sums of all roles in the state of c.
func (rm *roleMemo) add(d *dense, c *pctx, s []int32) {
	s = s[:nMoves]
	for r, i := range rolePositions(c) {
		e := &rm.sums[(i+1)*nRoles+r]
		if e.stamp != rm.stamp {
			rm.feats = roleFeatures(rm.feats[:0], c, r, i)
			for k, f := range rm.feats {
				rm.feats[k] = bucket(f)
			}
			d.score(rm.feats, e.s[:])
			e.stamp = rm.stamp
		}
		s[0] += e.s[0]
		s[1] += e.s[1]
		s[2] += e.s[2]
		s[3] += e.s[3]
	}
}

// moveOthers appends the bucketed move features that roleFeatures
// leaves out: moveFeatures gives these and those of every role, in
// another order.
func moveOthers(dst []uint64, c *pctx) []uint64 {
	start := len(dst)
	dst = otherTemplates(dst, c)
	for i := start; i < len(dst); i++ {
		dst[i] = bucket(dst[i])
	}
	return dst
}

// otherTemplates appends the hashes of the features of moveOthers.
func otherTemplates(dst []uint64, c *pctx) []uint64 {
	st := c.st
	s0 := st.s0()
	s1 := st.s1()
	n0, n1 := st.b, none
	if st.b+1 <= st.root {
		n1 = st.b + 1
	}
	s0h := headOf(st, s0)
	s0h2 := headOf(st, s0h)
	s0l, s0l2, s0r, s0r2 := kids(st, s0)
	n0l, n0l2, _, _ := kids(st, n0)
	s0w, s0t, n0w, n0t := c.w(s0), c.t(s0), c.w(n0), c.t(n0)
	n1t := c.t(n1)
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
		// pairs
		f4(12, s0w, s0t, n0w, n0t), f3(13, s0w, s0t, n0w), f3(14, s0w, n0w, n0t),
		f3(15, s0w, s0t, n0t), f3(16, s0t, n0w, n0t), f2(17, s0w, n0w), f2(18, s0t, n0t),
		// three words
		f3(21, s0t, n0t, n1t), f3(22, c.t(s0h), s0t, n0t),
		f3(23, s0t, c.t(s0l), n0t), f3(24, s0t, c.t(s0r), n0t), f3(25, s0t, n0t, c.t(n0l)),
		// distance
		f2(26, s0w, d), f2(27, s0t, d), f2(28, n0w, d), f2(29, n0t, d),
		f3(30, s0w, n0w, d), f3(31, s0t, n0t, d),
		// valency
		f2(32, s0w, s0vr), f2(33, s0t, s0vr), f2(34, s0w, s0vl), f2(35, s0t, s0vl),
		f2(36, n0w, n0vl), f2(37, n0t, n0vl),
		// labels of the second- and third-order positions
		f1(40, c.l(s0)), f1(43, c.l(s0l)), f1(46, c.l(s0r)), f1(49, c.l(n0l)),
		f1(52, c.l(s0h)), f1(55, c.l(s0l2)), f1(58, c.l(s0r2)), f1(61, c.l(n0l2)),
		f3(62, s0t, c.t(s0l), c.t(s0l2)), f3(63, s0t, c.t(s0r), c.t(s0r2)),
		f3(64, s0t, c.t(s0h), c.t(s0h2)), f3(65, n0t, c.t(n0l), c.t(n0l2)),
		// label sets
		f2(66, s0w, s0sr), f2(67, s0t, s0sr), f2(68, s0w, s0sl), f2(69, s0t, s0sl),
		f2(70, n0w, n0sl), f2(71, n0t, n0sl),
		// the second stack word
		f3(74, c.t(s1), s0t, n0t), f2(75, c.t(s1), s0t), f2(76, c.w(s1), n0w),
		// whether the stack's top has its head, and the root's dependent
		f3(77, boolAtom(s0 > 0 && st.head[s0] != none), s0t, n0t),
		f2(78, boolAtom(st.nl[st.root] > 0), n0t),
		// the tagger's second choices
		f2(82, c.t2(s0), c.t2(n0)), f2(83, s0w, c.t2(n0)), f2(84, c.t2(s0), n0w),
		// universal tags
		f2(85, c.u(s0), c.u(n0)), f3(86, c.u(s0), c.u(n0), c.u(n1)),
		f3(88, c.u(s1), c.u(s0), c.u(n0)), f3(89, c.u(s0h), c.u(s0), c.u(n0)), f3(90, c.u(s0), c.u(s0l), c.u(n0)),
		f3(91, c.u(s0), c.u(s0r), c.u(n0)), f3(92, c.u(s0), c.u(n0), c.u(n0l)), f3(93, c.u(s0), c.u(n0), d),
		f2(94, s0w, c.u(n0)), f2(95, c.u(s0), n0w),
		// the ending of the buffer's first word
		f3(98, s0t, c.suf(n0), n0t),
		feat(99),
	)
}
