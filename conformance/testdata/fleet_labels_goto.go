package main

import "fmt"

type Grid [][]int // parcel counts per warehouse aisle and shelf

// findFirstHeavy uses a labeled break to leave both loops at once.
func findFirstHeavy(g Grid, limit int) (int, int, bool) {
	row, col, found := -1, -1, false
search:
	for r, shelf := range g {
		for c, n := range shelf {
			if n > limit {
				row, col, found = r, c, true
				break search
			}
		}
	}
	return row, col, found
}

// serviceLevel shows switch fallthrough: each level includes the ones below.
func serviceLevel(level string) []string {
	var perks []string
	switch level {
	case "platinum":
		perks = append(perks, "2h window")
		fallthrough
	case "gold":
		perks = append(perks, "sms updates")
		fallthrough
	case "silver":
		perks = append(perks, "tracking")
	case "none":
		// no perks
	default:
		perks = append(perks, "unknown tier")
	}
	return perks
}

// retryDelivery uses goto to retry a failing step a bounded number of times.
func retryDelivery(failures int) int {
	attempts := 0
retry:
	attempts++
	if attempts <= failures {
		fmt.Printf("  attempt %d failed, retrying\n", attempts)
		goto retry
	}
	fmt.Printf("  delivered on attempt %d\n", attempts)
	return attempts
}

func main() {
	g := Grid{
		{1, 3, 2},
		{4, 0, 9},
		{8, 12, 1},
	}
	if r, c, ok := findFirstHeavy(g, 7); ok {
		fmt.Printf("first shelf over 7 parcels: aisle %d shelf %d (%d)\n", r, c, g[r][c])
	}
	if _, _, ok := findFirstHeavy(g, 50); !ok {
		fmt.Println("no shelf over 50 parcels")
	}

	// Labeled continue skips the rest of an aisle once an empty shelf is seen.
	total := 0
aisles:
	for r, shelf := range g {
		for _, n := range shelf {
			if n == 0 {
				fmt.Printf("aisle %d has an empty shelf, skipping rest\n", r)
				continue aisles
			}
			total += n
		}
	}
	fmt.Println("counted parcels:", total)

	for _, lvl := range []string{"platinum", "gold", "silver", "none", "bronze"} {
		fmt.Printf("%-8s -> %q\n", lvl, serviceLevel(lvl))
	}

	fmt.Println("retry demo:")
	retryDelivery(2)

	// A switch with no condition behaves like an if/else chain.
	for _, kg := range []float64{0.4, 3, 18, 31} {
		var class string
		switch {
		case kg < 1:
			class = "letter"
		case kg < 5:
			class = "small"
		case kg < 30:
			class = "medium"
		default:
			class = "freight"
		}
		fmt.Printf("%5.1f kg is %s\n", kg, class)
	}
}
