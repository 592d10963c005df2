//go:build race

package timeline

// raceEnabled reports that the tests run under the race detector, which
// makes the long-input tests many times slower.
const raceEnabled = true
