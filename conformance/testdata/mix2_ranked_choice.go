package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ballot []string

type Round struct {
	Counts     map[string]int
	Eliminated string
}

func tally(ballots []Ballot, alive map[string]bool) map[string]int {
	counts := map[string]int{}
	for c := range alive {
		counts[c] = 0
	}
	for _, b := range ballots {
		for _, choice := range b {
			if alive[choice] {
				counts[choice]++
				break
			}
		}
	}
	return counts
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func runoff(candidates []string, ballots []Ballot) (string, []Round) {
	alive := map[string]bool{}
	for _, c := range candidates {
		alive[c] = true
	}
	var rounds []Round
	for {
		counts := tally(ballots, alive)
		total := 0
		for _, n := range counts {
			total += n
		}
		names := sortedKeys(counts)
		for _, c := range names {
			if counts[c]*2 > total {
				rounds = append(rounds, Round{Counts: counts})
				return c, rounds
			}
		}
		// eliminate the lowest; ties broken alphabetically (last name loses)
		loser := names[0]
		for _, c := range names[1:] {
			if counts[c] < counts[loser] || (counts[c] == counts[loser] && c > loser) {
				loser = c
			}
		}
		rounds = append(rounds, Round{Counts: counts, Eliminated: loser})
		delete(alive, loser)
		if len(alive) == 1 {
			return sortedKeys(alive)[0], rounds
		}
	}
}

func parse(lines []string) []Ballot {
	var out []Ballot
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, Ballot(strings.Split(l, ">")))
		}
	}
	return out
}

func main() {
	ballots := parse([]string{
		"Alice>Bob>Carol", "Alice>Carol", "Bob>Alice", "Bob>Carol>Alice",
		"Carol>Bob", "Carol>Bob>Alice", "Dave>Carol>Bob", "Dave>Bob",
		"Bob", "Alice>Dave", "Carol>Dave>Bob", "  ",
	})
	fmt.Printf("%d ballots\n", len(ballots))
	winner, rounds := runoff([]string{"Alice", "Bob", "Carol", "Dave"}, ballots)
	for i, r := range rounds {
		var parts []string
		for _, c := range sortedKeys(r.Counts) {
			parts = append(parts, fmt.Sprintf("%s=%d", c, r.Counts[c]))
		}
		fmt.Printf("round %d: %s\n", i+1, strings.Join(parts, " "))
		if r.Eliminated != "" {
			fmt.Printf("  eliminated: %s\n", r.Eliminated)
		}
	}
	fmt.Println("winner:", winner)
	if n, ok := rounds[0].Counts["Eve"]; !ok {
		fmt.Println("Eve not a candidate, count:", n)
	}
}
