package main

import (
	"fmt"
	"strings"
)

type Day struct {
	Name  string
	Focus string
	Sets  int
}

func main() {
	const weeks = 4
	base := 60.0

	fmt.Println("Linear progression plan (bench, kg):")
	for w := range weeks {
		load := base + float64(w)*2.5
		if w == weeks-1 {
			load = base // deload week
		}
		fmt.Printf("week %d: ", w+1)
		for s := range 3 {
			if s > 0 {
				fmt.Print(" | ")
			}
			fmt.Printf("%.1f", load+float64(s)*5)
		}
		fmt.Println()
	}

	days := []Day{
		{"Mon", "legs", 18}, {"Tue", "push", 15}, {"Wed", "rest", 0},
		{"Thu", "pull", 16}, {"Fri", "legs", 20}, {"Sat", "cardio", 4},
	}
	most, least := 0, 1<<31
	for _, d := range days {
		if d.Sets == 0 {
			continue
		}
		most = max(most, d.Sets)
		least = min(least, d.Sets)
	}
	fmt.Println("most sets in a day:", most, "least:", least)
	fmt.Println("min of three:", min(3.5, 2.25, 9), "max string:", max("legs", "push", "pull"))

	grid := make([][]string, 3)
	for r := range len(grid) {
		grid[r] = make([]string, len(days))
		for c := range len(days) {
			if days[c].Sets >= 15+r*2 {
				grid[r][c] = "#"
			} else {
				grid[r][c] = "."
			}
		}
	}
	for r := range grid {
		fmt.Printf("threshold %2d: %s\n", 15+r*2, strings.Join(grid[r], ""))
	}

	attendance := map[string]int{"ana": 3, "ben": 5}
	fmt.Println("before clear:", len(attendance))
	clear(attendance)
	fmt.Println("after clear:", len(attendance))
	attendance["cy"] = 1
	fmt.Println("new month:", attendance)

	reps := []int{10, 8, 6, 4}
	clear(reps)
	fmt.Println("reps zeroed:", reps, len(reps))

	var pyramid strings.Builder
	for i := range 4 {
		pyramid.WriteString(strings.Repeat(" ", 3-i))
		pyramid.WriteString(strings.Repeat("**", i+1))
		pyramid.WriteString("\n")
	}
	fmt.Print(pyramid.String())

	count := 0
	for range 10 {
		count += 2
	}
	fmt.Println("jumping jacks in 10 rounds of 2:", count)
}
