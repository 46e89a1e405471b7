package main

import "fmt"

// Sector grid: each cell holds the number of tracked debris objects.
var sectors = [][]int{
	{0, 1, 0, 2, 0},
	{3, 0, 0, 0, 1},
	{0, 0, 9, 0, 0},
	{1, 0, 0, 0, 0},
}

type Threat int

const (
	Clear Threat = iota
	Watch
	Warning
	Critical
)

func (t Threat) String() string {
	return [...]string{"CLEAR", "WATCH", "WARNING", "CRITICAL"}[t]
}

// classify uses fallthrough so that higher threat levels also trigger lower actions.
func classify(count int) (Threat, []string) {
	var actions []string
	t := Clear
	switch {
	case count >= 5:
		t = Critical
		actions = append(actions, "plan avoidance burn")
		fallthrough
	case count >= 2:
		if t == Clear {
			t = Warning
		}
		actions = append(actions, "alert flight director")
		fallthrough
	case count >= 1:
		if t == Clear {
			t = Watch
		}
		actions = append(actions, "log conjunction")
	default:
		actions = append(actions, "none")
	}
	return t, actions
}

func main() {
	// Find the first sector with more than 5 objects using a labeled break.
	found := false
	var fr, fc int
search:
	for r, row := range sectors {
		for c, n := range row {
			if n > 5 {
				fr, fc, found = r, c, true
				break search
			}
		}
	}
	fmt.Printf("dense sector found=%t at (%d,%d)\n", found, fr, fc)

	// Count non-empty cells per row, skipping rows that start with debris.
	occupied := 0
rows:
	for r, row := range sectors {
		if row[0] > 0 {
			fmt.Printf("row %d skipped (edge contact)\n", r)
			continue rows
		}
		for _, n := range row {
			if n > 0 {
				occupied++
			}
		}
	}
	fmt.Println("occupied cells in scanned rows:", occupied)

	for _, n := range []int{0, 1, 3, 9} {
		t, acts := classify(n)
		fmt.Printf("count=%d -> %-8v %v\n", n, t, acts)
	}

	// A retry loop written with goto, as in a terse flight software routine.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("radar lock attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("radar lock acquired after", attempts, "attempts")
}
