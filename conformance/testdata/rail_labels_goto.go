package main

import "fmt"

// grid[platform][slot] holds the train occupying that slot, or "" when free.
// "ENG" marks an engineering possession that blocks the whole platform.
var grid = [][]string{
	{"1A01", "", "1A05", "1A07"},
	{"2B10", "2B12", "", ""},
	{"", "", "", "3C20"},
	{"ENG", "4D31", "4D32", "4D33"},
}

func findFreeSlot(from int) (int, int, bool) {
search:
	for p := from; p < len(grid); p++ {
		for s, occupant := range grid[p] {
			if occupant == "ENG" {
				continue search
			}
			if occupant == "" {
				return p, s, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	arrivals := []string{"5E01", "5E02", "5E03", "5E04", "5E05", "5E06", "5E07", "5E08"}
	placed := 0

outer:
	for _, train := range arrivals {
		for p := range grid {
			for s := range grid[p] {
				if grid[p][s] == "" {
					grid[p][s] = train
					placed++
					fmt.Printf("%s -> platform %d slot %d\n", train, p+1, s)
					continue outer
				}
			}
		}
		fmt.Printf("%s: station full, holding outside\n", train)
		break outer
	}
	fmt.Println("placed", placed, "trains")

	// Clear a few slots, then search again.
	grid[1][3], grid[2][0] = "", ""
	if p, s, ok := findFreeSlot(0); ok {
		fmt.Printf("next free slot: platform %d slot %d\n", p+1, s)
	}
	grid[3][2] = ""
	_, _, ok := findFreeSlot(3)
	fmt.Println("platform 4 usable during possession:", ok)
	grid[3][0] = "4D30"
	_, s, ok := findFreeSlot(3)
	fmt.Println("platform 4 usable after possession:", ok, "slot", s)

	// A simple retry loop written with goto, as in old interlocking code.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("route request refused, attempt", attempts)
		goto retry
	}
	fmt.Println("route set after", attempts, "attempts")

	for p, row := range grid {
		fmt.Printf("platform %d: %q\n", p+1, row)
	}
}
