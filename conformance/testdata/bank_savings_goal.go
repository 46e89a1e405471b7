package main

import (
	"fmt"
	"strings"
)

type Goal struct {
	Name    string
	Target  int
	Saved   int
	Monthly int
}

func (g Goal) Remaining() int { return max(g.Target-g.Saved, 0) }

func (g Goal) Progress() float64 {
	return min(float64(g.Saved)/float64(g.Target), 1.0)
}

func progressBar(p float64, width int) string {
	filled := int(p * float64(width))
	return "[" + strings.Repeat("=", filled) + strings.Repeat(".", width-filled) + "]"
}

// monthsNeeded simulates saving with a small monthly interest (in basis points).
func monthsNeeded(g Goal, bps int) int {
	saved := g.Saved
	months := 0
	for saved < g.Target {
		saved += saved * bps / 10000
		saved += g.Monthly
		months++
		if months > 600 {
			return -1
		}
	}
	return months
}

func main() {
	goals := []Goal{
		{"Emergency fund", 6000, 2150, 300},
		{"New laptop", 1400, 1400, 100},
		{"Holiday", 2500, 300, 150},
		{"House deposit", 40000, 8200, 650},
		{"Guitar", 900, 0, 0},
	}

	for _, g := range goals {
		fmt.Printf("%-15s %s %5.1f%%  left %6d\n", g.Name, progressBar(g.Progress(), 20), g.Progress()*100, g.Remaining())
	}

	fmt.Println()
	for _, g := range goals {
		m := monthsNeeded(g, 25)
		switch {
		case m == 0:
			fmt.Printf("%s: already reached\n", g.Name)
		case m < 0:
			fmt.Printf("%s: never, with %d saved per month\n", g.Name, g.Monthly)
		default:
			fmt.Printf("%s: %d months (%d years %d months)\n", g.Name, m, m/12, m%12)
		}
	}

	budget := 1000
	fmt.Println("\nSplitting a monthly budget of", budget)
	alloc := map[string]int{}
	for _, g := range goals {
		if g.Remaining() == 0 {
			continue
		}
		give := min(g.Monthly, g.Remaining(), budget)
		alloc[g.Name] = give
		budget -= give
	}
	fmt.Println("allocation:", alloc)
	fmt.Println("left over:", budget)

	lo, hi := goals[0].Target, goals[0].Target
	for _, g := range goals[1:] {
		lo = min(lo, g.Target)
		hi = max(hi, g.Target)
	}
	fmt.Println("smallest target:", lo, "largest target:", hi)

	clear(alloc)
	fmt.Println("after clear:", alloc, len(alloc))
	monthly := []int{300, 100, 150, 650}
	clear(monthly)
	fmt.Println("zeroed slice keeps its length:", monthly, len(monthly))
}
