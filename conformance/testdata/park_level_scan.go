package main

import "fmt"

// grid[level][row] is a string of spots: '.' free, 'X' taken, 'E' EV charger free.
var grid = [][]string{
	{"XXXX", "XX.X", "XXXX"},
	{"XXXE", "X..X", "...."},
	{"....", "E...", "XXXX"},
}

func findFirst(want byte) (int, int, int, bool) {
	for l, level := range grid {
		for r, row := range level {
			for c := 0; c < len(row); c++ {
				if row[c] == want {
					return l, r, c, true
				}
			}
		}
	}
	return 0, 0, 0, false
}

func main() {
	// Labelled break: stop scanning every level once a free spot is found.
	found := ""
search:
	for l, level := range grid {
		for r, row := range level {
			for c, ch := range row {
				if ch == '.' {
					found = fmt.Sprintf("P%d row %d spot %d", l, r, c)
					break search
				}
			}
		}
	}
	fmt.Println("first free:", found)

	// Labelled continue: count levels that have at least one EV charger free.
	evLevels := 0
levels:
	for l, level := range grid {
		for _, row := range level {
			for _, ch := range row {
				if ch == 'E' {
					fmt.Println("EV charger free on level", l)
					evLevels++
					continue levels
				}
			}
		}
	}
	fmt.Println("levels with EV:", evLevels)

	// goto-based retry loop for a flaky sensor.
	attempts := 0
	readings := []int{-1, -1, 42}
retry:
	v := readings[attempts]
	attempts++
	if v < 0 && attempts < len(readings) {
		fmt.Println("sensor glitch, retrying")
		goto retry
	}
	fmt.Printf("sensor value %d after %d attempts\n", v, attempts)

	// switch with fallthrough: higher alert levels include lower actions.
	for _, occ := range []int{50, 85, 97} {
		fmt.Printf("occupancy %d%%:", occ)
		switch {
		case occ >= 95:
			fmt.Print(" close-entry")
			fallthrough
		case occ >= 80:
			fmt.Print(" show-full-sign")
			fallthrough
		default:
			fmt.Print(" log")
		}
		fmt.Println()
	}

	if l, r, c, ok := findFirst('E'); ok {
		fmt.Printf("first EV at level %d row %d col %d\n", l, r, c)
	}
	if _, _, _, ok := findFirst('#'); !ok {
		fmt.Println("no spot marked '#'")
	}
}
