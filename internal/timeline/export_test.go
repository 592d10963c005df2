package timeline

// The names that the external tests use.
var (
	IsLineError = isLineError
	TestRef     = ref
)
