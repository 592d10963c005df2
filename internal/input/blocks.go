package input

import (
	"sync"
	"sync/atomic"
)

// blockSize is the size of the blocks that JSON Lines input is read into.
const blockSize = 64 << 10

// maxFreeBlocks bounds the blocks a [Blocks] keeps for reuse: more than
// a run has in flight at once, so that none is allocated once the run
// has warmed up, and few enough (4 MiB) that a pool left over costs
// little.
const maxFreeBlocks = 64

// Blocks recycles the blocks that [Each] reads JSON Lines input into,
// when it is set as [Options.Blocks]. Reading a block of 64 KiB afresh for
// every 64 KiB of input made most of the garbage of a run over a corpus
// of records; a block that comes back is read into again instead. A block
// comes back once every record read from it has been released with
// [Block.Release] and the reader has moved past it. A record that is never
// released keeps its block out of the pool, to be collected as garbage:
// that is safe, only slower.
//
// A Blocks may be shared by several inputs read one after the other, or
// at once; its methods are safe for concurrent use.
type Blocks struct {
	mu   sync.Mutex
	free []*Block
	// made counts the blocks made afresh, for tests.
	made atomic.Int64
}

// NewBlocks returns an empty pool of blocks.
func NewBlocks() *Blocks { return new(Blocks) }

// Block is a block of JSON Lines input shared by the records read from it
// (see [Pending.Block]). Its bytes are read into again once every holder
// has released it.
type Block struct {
	buf  []byte
	refs atomic.Int32 // the holders: the reader while it reads into it, and the records not yet released
	pool *Blocks
}

// get returns a block of at least size bytes with no bytes in use, held
// once (by the reader).
func (bs *Blocks) get(size int) *Block {
	if size <= blockSize {
		bs.mu.Lock()
		if n := len(bs.free); n > 0 {
			b := bs.free[n-1]
			bs.free[n-1] = nil
			bs.free = bs.free[:n-1]
			bs.mu.Unlock()
			b.buf = b.buf[:0]
			b.refs.Store(1)
			return b
		}
		bs.mu.Unlock()
		size = blockSize
	}
	bs.made.Add(1)
	b := &Block{buf: make([]byte, 0, size), pool: bs}
	b.refs.Store(1)
	return b
}

// put takes back a block that nothing holds any more. Only blocks of the
// usual size are kept: one made larger for a long record is left to the
// collector, as are blocks beyond maxFreeBlocks.
func (bs *Blocks) put(b *Block) {
	if cap(b.buf) != blockSize {
		return
	}
	bs.mu.Lock()
	if len(bs.free) < maxFreeBlocks {
		bs.free = append(bs.free, b)
	}
	bs.mu.Unlock()
}

// hold adds a holder to b, which may be nil.
func (b *Block) hold() {
	if b != nil {
		b.refs.Add(1)
	}
}

// Release drops one hold on b: the record of a [Pending] (see
// [Pending.Block]) is released once nothing uses it or the text of the
// document read from it any more. When the last hold goes, the block's
// bytes are read into again. Release on a nil Block does nothing; a block
// released more often than it was held is a defect, and panics.
func (b *Block) Release() {
	if b == nil {
		return
	}
	switch n := b.refs.Add(-1); {
	case n == 0:
		if b.pool != nil {
			b.pool.put(b)
		}
	case n < 0:
		panic("BUG: input block released more often than it was held")
	}
}
