//go:build !linux

package syntax

// hugeSlice returns n zeroed values of T; huge pages are asked for on
// Linux only.
func hugeSlice[T uint32 | slot](n int) []T { return make([]T, n) }
