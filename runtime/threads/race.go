//go:build race

package threads

// raceEnabled: built with the race detector (%%run -race).
const raceEnabled = true
