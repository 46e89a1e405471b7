package main

import "fmt"

func acuity(score int) string {
	level := ""
	switch {
	case score >= 9:
		level += "critical;"
		fallthrough
	case score >= 6:
		level += "monitor;"
		fallthrough
	case score >= 3:
		level += "review;"
	default:
		level = "routine;"
	}
	return level
}

func main() {
	wards := [][]int{
		{2, 4, 1},
		{5, 9, 3, 7},
		{0, 0},
		{6, 10, 2},
	}

	// Find the first critical patient, scanning ward by ward.
	found := false
search:
	for w, beds := range wards {
		for b, score := range beds {
			if score >= 9 {
				fmt.Printf("first critical: ward %d bed %d (score %d)\n", w, b, score)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// Skip empty wards entirely with a labeled continue.
nextWard:
	for w, beds := range wards {
		total := 0
		for _, s := range beds {
			if s == 0 {
				fmt.Printf("ward %d has an unscored bed, skipping\n", w)
				continue nextWard
			}
			total += s
		}
		fmt.Printf("ward %d total score %d\n", w, total)
	}

	for _, s := range []int{1, 4, 7, 10} {
		fmt.Printf("score %2d -> %s\n", s, acuity(s))
	}

	// A retry loop written with goto, as in older code.
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("pager not acknowledged, attempt", attempts)
		goto retry
	}
	fmt.Println("pager acknowledged after", attempts, "attempts")
}
