package syntax

import (
	"syscall"
	"unsafe"
)

// hugeBytes returns n zeroed bytes, from memory of their own that the
// kernel is asked to back with huge pages, or nil when that fails. The
// memory is never freed: it is for the embedded model, which lives as
// long as the program.
func hugeBytes(n int) []byte {
	const huge = 2 << 20
	if n < huge {
		return nil
	}
	b, err := syscall.Mmap(-1, 0, (n+huge-1)/huge*huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	const madvHugepage = 14
	_ = syscall.Madvise(b, madvHugepage)
	return b[:n]
}

// hugeSlice returns n zeroed values of T, in huge pages where it can.
// T must hold no pointers: the garbage collector does not see the
// memory.
func hugeSlice[T uint32 | slot](n int) []T {
	var z T
	b := hugeBytes(n * int(unsafe.Sizeof(z)))
	if b == nil {
		return make([]T, n)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}
