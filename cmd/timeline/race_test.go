//go:build race

package main

// raceEnabled reports that the tests run under the race detector, which
// makes memory-heavy tests many times slower and larger.
const raceEnabled = true
