package main

import "fmt"

type Level int

const (
	L1 Level = iota + 1
	L2
	L3
)

// notify lists everyone who hears about a ticket at a given escalation level.
// Higher levels fall through to include the lower ones.
func notify(l Level) []string {
	var who []string
	switch l {
	case L3:
		who = append(who, "director")
		fallthrough
	case L2:
		who = append(who, "team lead")
		fallthrough
	case L1:
		who = append(who, "on-call")
	default:
		who = append(who, "nobody")
	}
	return who
}

func main() {
	// Seat grid: 0 free, 1 taken. Find first free pair of adjacent seats.
	grid := [][]int{
		{1, 0, 1, 0, 1},
		{1, 1, 0, 1, 1},
		{0, 1, 0, 0, 1},
		{0, 0, 0, 0, 0},
	}
	found := false
search:
	for r, row := range grid {
		for c := 0; c+1 < len(row); c++ {
			if row[c] == 1 {
				continue
			}
			if row[c+1] == 0 {
				fmt.Printf("pair found at row %d seats %d-%d\n", r, c, c+1)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// Count rows that have any free seat, skipping full rows quickly.
	freeRows := 0
rows:
	for _, row := range grid {
		for _, s := range row {
			if s == 0 {
				freeRows++
				continue rows
			}
		}
	}
	fmt.Println("rows with a free seat:", freeRows)

	for _, l := range []Level{L1, L2, L3, 7} {
		fmt.Printf("level %d notifies %v\n", l, notify(l))
	}

	// A retry loop written with goto, as in some old ticketing code.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("payment attempt", attempts, "failed, retrying")
		goto retry
	}
	fmt.Println("payment succeeded after", attempts, "attempts")
}
