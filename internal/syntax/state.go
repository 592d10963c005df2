package syntax

// The parser is arc-eager (Nivre 2003): a stack, a buffer and four
// moves. The words are 1..n; the artificial root is word n+1, at the end
// of the buffer (Ballesteros and Nivre 2013: a root at the end lets the
// parser choose the root word once it has seen the whole sentence). The
// root takes one dependent, so that every tree has one root word.
const (
	mShift = iota
	mReduce
	mLeft  // the buffer's first word becomes the head of the stack's top, which is popped
	mRight // the stack's top becomes the head of the buffer's first word, which is pushed
	nMoves
)

const none = -1

// state is a parser configuration over the words 1..n of a sentence and
// the root n+1. Its slices are reused from sentence to sentence.
type state struct {
	n, root int
	stack   []int
	b       int // first word of the buffer; the buffer is b..root
	head    []int
	label   []int
	inStack []bool
	// Children: the two leftmost and two rightmost dependents of each
	// word, how many it has on each side, and the sets of their labels.
	l1, l2, r1, r2 []int
	nl, nr         []int
	ls, rs         []uint64
}

func (st *state) reset(n int) {
	st.n, st.root = n, n+1
	size := n + 2
	grow := func(s []int) []int {
		if cap(s) < size {
			return make([]int, size)
		}
		return s[:size]
	}
	st.head, st.label = grow(st.head), grow(st.label)
	st.l1, st.l2, st.r1, st.r2 = grow(st.l1), grow(st.l2), grow(st.r1), grow(st.r2)
	st.nl, st.nr = grow(st.nl), grow(st.nr)
	if cap(st.ls) < size {
		st.ls, st.rs = make([]uint64, size), make([]uint64, size)
		st.inStack = make([]bool, size)
	}
	st.ls, st.rs, st.inStack = st.ls[:size], st.rs[:size], st.inStack[:size]
	for i := 0; i < size; i++ {
		st.head[i], st.label[i] = none, none
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = none, none, none, none
		st.nl[i], st.nr[i] = 0, 0
		st.ls[i], st.rs[i] = 0, 0
		st.inStack[i] = false
	}
	st.stack = st.stack[:0]
	st.b = 1
}

func (st *state) s0() int {
	if len(st.stack) == 0 {
		return none
	}
	return st.stack[len(st.stack)-1]
}

func (st *state) s1() int {
	if len(st.stack) < 2 {
		return none
	}
	return st.stack[len(st.stack)-2]
}

// done reports whether no move is left: the buffer holds only the root,
// and the stack is empty or its top has no head while the root has its
// dependent already.
func (st *state) done() bool {
	if st.b <= st.n {
		return false
	}
	s0 := st.s0()
	return s0 == none || (st.head[s0] == none && st.nl[st.root] > 0)
}

// valid reports whether move m may be taken.
func (st *state) valid(m int) bool {
	s0 := st.s0()
	switch m {
	case mShift:
		return st.b <= st.n
	case mReduce:
		return s0 != none && st.head[s0] != none
	case mLeft:
		return s0 != none && st.head[s0] == none && (st.b <= st.n || st.nl[st.root] == 0)
	case mRight:
		return s0 != none && st.b <= st.n
	}
	return false
}

func (st *state) push(w int) {
	st.stack = append(st.stack, w)
	st.inStack[w] = true
}

func (st *state) pop() {
	w := st.s0()
	st.inStack[w] = false
	st.stack = st.stack[:len(st.stack)-1]
}

// arc makes h the head of d with label l and keeps the child records.
func (st *state) arc(h, d, l int) {
	st.head[d], st.label[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.ls[h] |= bit
		switch {
		case st.l1[h] == none || d < st.l1[h]:
			st.l2[h], st.l1[h] = st.l1[h], d
		case st.l2[h] == none || d < st.l2[h]:
			st.l2[h] = d
		}
	} else {
		st.nr[h]++
		st.rs[h] |= bit
		switch {
		case st.r1[h] == none || d > st.r1[h]:
			st.r2[h], st.r1[h] = st.r1[h], d
		case st.r2[h] == none || d > st.r2[h]:
			st.r2[h] = d
		}
	}
}

// apply takes move m; for the arc moves l is the arc's label.
func (st *state) apply(m, l int) {
	switch m {
	case mShift:
		st.push(st.b)
		st.b++
	case mReduce:
		st.pop()
	case mLeft:
		st.arc(st.b, st.s0(), l)
		st.pop()
	case mRight:
		st.arc(st.s0(), st.b, l)
		st.push(st.b)
		st.b++
	}
}

// costs fills cost[m] with the number of gold arcs that move m makes
// unreachable (Goldberg and Nivre 2013), for a projective gold tree gh
// whose root word has the head n+1; invalid moves get -1.
func (st *state) costs(gh []int, cost *[nMoves]int) {
	for m := range cost {
		cost[m] = -1
	}
	s0, b := st.s0(), st.b
	inBuf := func(k int) bool { return k > b && k <= st.root }
	// headlessDeps counts the words on the stack, without a head yet,
	// whose gold head is h.
	headlessDeps := func(h, except int) int {
		c := 0
		for _, k := range st.stack {
			if k != except && st.head[k] == none && gh[k] == h {
				c++
			}
		}
		return c
	}
	// bufferDeps counts the real words of the buffer whose gold head is h.
	bufferDeps := func(h int) int {
		c := 0
		for k := b; k <= st.n; k++ {
			if gh[k] == h {
				c++
			}
		}
		return c
	}
	if st.valid(mShift) {
		c := headlessDeps(b, none)
		if st.inStack[gh[b]] {
			c++
		}
		cost[mShift] = c
	}
	if st.valid(mReduce) {
		cost[mReduce] = bufferDeps(s0)
	}
	if st.valid(mLeft) {
		c := bufferDeps(s0)
		if gh[s0] != b && inBuf(gh[s0]) {
			c++
		}
		if b == st.root {
			// The root takes one dependent: the other gold ones are lost.
			c += headlessDeps(st.root, s0)
		}
		cost[mLeft] = c
	}
	if st.valid(mRight) {
		c := headlessDeps(b, none)
		if g := gh[b]; g != s0 && (inBuf(g) || st.inStack[g]) {
			c++
		}
		cost[mRight] = c
	}
}

// finish gives a head to every word left without one: the root's
// dependent if there is one, else the word becomes the root's dependent
// itself.
func (st *state) finish(label func(h, d int) int, rootLabel int) {
	for i := 1; i <= st.n; i++ {
		if st.head[i] != none {
			continue
		}
		if st.nl[st.root] == 0 {
			st.arc(st.root, i, rootLabel)
			continue
		}
		h := st.l1[st.root]
		st.arc(h, i, label(h, i))
	}
}

// goldHeads turns heads with 0 for the root into the parser's numbering,
// where the root is n+1.
func goldHeads(head []int) []int {
	n := len(head) - 1
	out := make([]int, n+2)
	for i := 1; i <= n; i++ {
		out[i] = head[i]
		if head[i] == 0 {
			out[i] = n + 1
		}
	}
	out[0], out[n+1] = none, none
	return out
}

// projectivize lifts the non-projective arcs of a gold tree (heads
// 0..n, word 0 the root) until none is left: the dependent of a crossing
// arc moves up to its head's head. Arc-eager builds projective trees
// only; training on lifted trees keeps the oracle exact.
func projectivize(head []int) []int {
	h := append([]int(nil), head...)
	n := len(h) - 1
	dominated := func(anc, k int) bool {
		for steps := 0; k != 0 && steps <= n; steps++ {
			k = h[k]
			if k == anc {
				return true
			}
		}
		return anc == 0
	}
	for iter := 0; iter < n*n+1; iter++ {
		worst, span := 0, 0
		for d := 1; d <= n; d++ {
			a, b := h[d], d
			if a > b {
				a, b = b, a
			}
			for k := a + 1; k < b; k++ {
				if !dominated(h[d], k) {
					if worst == 0 || b-a < span {
						worst, span = d, b-a
					}
					break
				}
			}
		}
		if worst == 0 {
			return h
		}
		h[worst] = h[h[worst]]
	}
	return h
}
