package syntax

// The label classifier's features that read only the direction of the
// arc, the tags of its words and their distance have long rows and
// recur arc after arc: the Parser keeps the sums of their weights by
// those atoms (see sumMemo).

// labelTags appends the features of labelFeatures that read nothing but
// the direction and the tags of head and dependent.
func labelTags(dst []uint64, dir, ht, dt uint64) []uint64 {
	return append(dst, f1(lt+0, dir), f2(lt+2, dir, dt), f2(lt+5, dir, ht), f3(lt+7, dir, ht, dt))
}

// labelOthers appends the features of labelFeatures that labelTags
// leaves out: the two give the features of labelFeatures, in another
// order.
func labelOthers(dst []uint64, c *pctx, h, d int) []uint64 {
	st := c.st
	a := arcAtomsOf(c, h, d)
	dir, hw, ht, dw, dt, dist := a.dir, a.hw, a.ht, a.dw, a.dt, a.dist
	prev, next, next2, dl, dr, hl, hr := a.prev, a.next, a.next2, a.dl, a.dr, a.hl, a.hr
	return append(dst,
		f2(lt+1, dir, dw), f3(lt+3, dir, dw, dt), f2(lt+4, dir, hw), f3(lt+6, dir, hw, ht),
		f3(lt+8, dir, hw, dt), f3(lt+9, dir, ht, dw), f3(lt+10, dir, hw, dw), f4(lt+11, dir, ht, dt, dist),
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

// labelScores puts into s the label classifier's scores of the arc from
// h to d, both words of the sentence.
func (p *Parser) labelScores(c *pctx, h, d int, s []int32) {
	m := p.m
	k := len(m.tags.upos)
	dir := 0
	if d < h {
		dir = 1
	}
	ht, dt := c.ws[h].tag, c.ws[d].tag
	if h < 1 || h > c.st.n || d < 1 || d > c.st.n || ht >= k || dt >= k {
		p.feats = labelFeatures(p.feats[:0], c, h, d)
		m.labeler.score(p.feats, s)
		return
	}
	if p.lmemo.k != m.labeler.classes {
		p.lmemo.init(2*k*k, m.labeler.classes)
	}
	sums, ok := p.lmemo.get((dir*k+ht)*k + dt)
	if !ok {
		p.feats = labelTags(p.feats[:0], uint64(dir+1), uint64(ht), uint64(dt))
		m.labeler.add(p.feats, sums)
	}
	copy(s, sums)
	p.feats = labelOthers(p.feats[:0], c, h, d)
	m.labeler.add(p.feats, s)
}
