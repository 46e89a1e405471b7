package main

import (
	"fmt"
	"sort"
	"strings"
)

type PartyVotes struct {
	Party string
	Votes int
}

// Allocator distributes seats among parties.
type Allocator func(votes []PartyVotes, seats int) map[string]int

// highestAverages implements divisor methods; divisor(k) gives the k-th divisor.
func highestAverages(divisor func(k int) float64) Allocator {
	return func(votes []PartyVotes, seats int) map[string]int {
		won := make(map[string]int, len(votes))
		for range seats {
			best, bestQ := -1, -1.0
			for i, pv := range votes {
				q := float64(pv.Votes) / divisor(won[pv.Party])
				if q > bestQ {
					best, bestQ = i, q
				}
			}
			won[votes[best].Party]++
		}
		return won
	}
}

func applyThreshold(votes []PartyVotes, pct float64) []PartyVotes {
	total := 0
	for _, v := range votes {
		total += v.Votes
	}
	var kept []PartyVotes
	for _, v := range votes {
		if float64(v.Votes)/float64(total)*100 >= pct {
			kept = append(kept, v)
		}
	}
	return kept
}

func main() {
	votes := []PartyVotes{
		{"Amber", 340000}, {"Blue", 280000}, {"Crimson", 160000},
		{"Dune", 60000}, {"Emerald", 15000},
	}
	const seats = 10

	methods := []struct {
		name  string
		alloc Allocator
	}{
		{"D'Hondt", highestAverages(func(k int) float64 { return float64(k + 1) })},
		{"Sainte-Lague", highestAverages(func(k int) float64 { return float64(2*k + 1) })},
	}

	eligible := applyThreshold(votes, 5)
	fmt.Printf("parties above 5%% threshold: %d of %d\n", len(eligible), len(votes))

	header := fmt.Sprintf("%-9s", "party")
	for _, m := range methods {
		header += fmt.Sprintf("%14s", m.name)
	}
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))

	results := make([]map[string]int, len(methods))
	for i, m := range methods {
		results[i] = m.alloc(eligible, seats)
	}
	names := make([]string, 0, len(votes))
	for _, v := range votes {
		names = append(names, v.Party)
	}
	sort.Strings(names)
	for _, n := range names {
		line := fmt.Sprintf("%-9s", n)
		for _, r := range results {
			line += fmt.Sprintf("%14d", r[n])
		}
		fmt.Println(line)
	}

	largest, smallest := 0, seats
	for _, n := range names {
		s := results[0][n]
		largest = max(largest, s)
		if s > 0 {
			smallest = min(smallest, s)
		}
	}
	fmt.Printf("D'Hondt: largest delegation %d, smallest non-empty %d\n", largest, smallest)

	clear(results[0])
	fmt.Println("after clear, D'Hondt map size:", len(results[0]))
}
