package main

import "fmt"

// Alarm levels escalate: each level also performs the actions of lower levels.
func alarmActions(level int) []string {
	var acts []string
	switch level {
	case 3:
		acts = append(acts, "notify fire department")
		fallthrough
	case 2:
		acts = append(acts, "recall cars to lobby")
		fallthrough
	case 1:
		acts = append(acts, "sound car buzzer")
	default:
		acts = append(acts, "log only")
	}
	return acts
}

func main() {
	for lvl := 0; lvl <= 3; lvl++ {
		fmt.Printf("level %d: %v\n", lvl, alarmActions(lvl))
	}

	// Find the first car and floor where a hall button is stuck.
	stuck := [][]bool{
		{false, false, false, false},
		{false, false, true, false},
		{true, false, false, false},
	}
	found := false
search:
	for car, floors := range stuck {
		for floor, s := range floors {
			if s {
				fmt.Printf("stuck button: car %d, floor %d\n", car, floor)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// Skip floors that are locked, using continue with a label.
	locked := map[int]bool{2: true, 5: true}
	schedule := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8}}
	var visited []int
trips:
	for i, trip := range schedule {
		for _, f := range trip {
			if locked[f] {
				fmt.Printf("trip %d aborted at locked floor %d\n", i, f)
				continue trips
			}
			visited = append(visited, f)
		}
	}
	fmt.Println("visited:", visited)

	// A retry loop written with goto, as in some controller firmware.
	attempts := 0
	doorClear := []bool{false, false, true}
retry:
	if attempts >= len(doorClear) {
		fmt.Println("giving up")
		return
	}
	ok := doorClear[attempts]
	attempts++
	if !ok {
		fmt.Printf("attempt %d: door blocked, retrying\n", attempts)
		goto retry
	}
	fmt.Printf("attempt %d: door closed\n", attempts)

	// A switch with no condition works like an if-else chain.
	for _, load := range []int{0, 450, 800, 1100} {
		switch {
		case load == 0:
			fmt.Println(load, "kg: empty")
		case load < 630:
			fmt.Println(load, "kg: normal")
		case load <= 1000:
			fmt.Println(load, "kg: full, skip hall calls")
		default:
			fmt.Println(load, "kg: overload!")
		}
	}
}
