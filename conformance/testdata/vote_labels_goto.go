package main

import "fmt"

// Each row is a polling station; each column a candidate's count.
// A negative value marks a corrupted cell that must stop that station's count.
var stations = [][]int{
	{120, 98, 45},
	{87, -1, 60},
	{140, 133, 12},
	{0, 0, 0},
	{99, 101, 70},
}

type Level int

const (
	Routine Level = iota
	Review
	Recount
	Court
)

// actions lists everything that happens at a given escalation level.
// Higher levels include every lower-level step via fallthrough.
func actions(l Level) []string {
	var out []string
	switch l {
	case Court:
		out = append(out, "file legal petition")
		fallthrough
	case Recount:
		out = append(out, "hand recount")
		fallthrough
	case Review:
		out = append(out, "canvass board review")
		fallthrough
	case Routine:
		out = append(out, "publish results")
	}
	return out
}

func main() {
	totals := make([]int, 3)
	skipped := 0
	emptyStation := -1

stationLoop:
	for s, row := range stations {
		sum := 0
		for c, v := range row {
			if v < 0 {
				fmt.Printf("station %d: corrupt cell at column %d, skipping\n", s, c)
				skipped++
				continue stationLoop
			}
			sum += v
		}
		if sum == 0 {
			emptyStation = s
			break stationLoop
		}
		for c, v := range row {
			totals[c] += v
		}
		fmt.Printf("station %d: counted %d ballots\n", s, sum)
	}
	fmt.Println("totals:", totals, "skipped:", skipped, "stopped at empty station:", emptyStation)

	// Retry a flaky transmission with goto, at most three attempts.
	attempt := 0
retry:
	attempt++
	if attempt < 3 {
		fmt.Printf("transmit attempt %d failed\n", attempt)
		goto retry
	}
	fmt.Printf("transmit attempt %d succeeded\n", attempt)

	margin := max(totals[0]-totals[1], totals[1]-totals[0])
	level := Routine
	switch {
	case margin <= 5:
		level = Court
	case margin <= 20:
		level = Recount
	case margin <= 50:
		level = Review
	}
	fmt.Printf("margin %d => level %d\n", margin, level)
	for l := Routine; l <= Court; l++ {
		fmt.Printf("level %d: %v\n", l, actions(l))
	}
}
