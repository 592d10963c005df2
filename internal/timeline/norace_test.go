//go:build !race

package timeline

// raceEnabled reports that the tests run under the race detector.
const raceEnabled = false
