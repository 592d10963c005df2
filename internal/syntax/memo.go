package syntax

// sumMemo keeps sums of a classifier's weights for the features that
// read nothing but a few tags, by a small key numbering the tags: such
// features recur word after word, have long rows, and the sums of their
// rows are kept in place of looking them up and adding them each time.
// The weights are integers, so the sums give exactly the same scores.
type sumMemo struct {
	k    int     // classes
	idx  []int32 // key → 1 + the number of its sums; 0 for none yet
	sums []int32 // the sums, k a key
}

// init sizes the memo for keys below keys and k classes, emptying it.
func (sm *sumMemo) init(keys, k int) {
	if len(sm.idx) != keys || sm.k != k {
		sm.idx = make([]int32, keys)
		sm.k = k
	} else {
		clear(sm.idx)
	}
	sm.sums = sm.sums[:0]
}

// get returns the sums of key, and whether they were there; when they
// were not, it returns room for them, cleared, which the caller fills.
func (sm *sumMemo) get(key int) ([]int32, bool) {
	if i := sm.idx[key]; i > 0 {
		off := int(i-1) * sm.k
		return sm.sums[off : off+sm.k], true
	}
	n := len(sm.sums) / sm.k
	sm.sums = append(sm.sums, make([]int32, sm.k)...)
	sm.idx[key] = int32(n) + 1
	return sm.sums[n*sm.k : (n+1)*sm.k], false
}
