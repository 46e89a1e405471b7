package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Entrant struct {
	Name    string
	Entries int // loyalty members get extra entries
}

// draw picks `winners` distinct names, weighted by entries.
func draw(r *rand.Rand, entrants []Entrant, winners int) []string {
	var pool []string
	for _, e := range entrants {
		for range e.Entries {
			pool = append(pool, e.Name)
		}
	}
	var picked []string
	for len(picked) < winners && len(pool) > 0 {
		i := r.IntN(len(pool))
		name := pool[i]
		picked = append(picked, name)
		pool = slices.DeleteFunc(pool, func(s string) bool { return s == name })
	}
	return picked
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))

	entrants := []Entrant{
		{"ana", 1}, {"ben", 3}, {"cho", 1}, {"dev", 2},
		{"eva", 5}, {"fin", 1}, {"gia", 2}, {"hugo", 1},
	}
	winners := draw(r, entrants, 3)
	fmt.Println("front-row winners:", strings.Join(winners, ", "))

	// Shuffle the remaining names into a waitlist.
	var rest []string
	for _, e := range entrants {
		if !slices.Contains(winners, e.Name) {
			rest = append(rest, e.Name)
		}
	}
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	for i, n := range rest {
		fmt.Printf("waitlist %d: %s\n", i+1, n)
	}

	// Random seat assignment for a small section.
	seats := r.Perm(6)
	for i, s := range seats[:3] {
		fmt.Printf("%s gets seat C%d\n", winners[i], s+1)
	}

	// Simulate demand: how many tickets each of 5 days sells.
	total := 0
	for day := range 5 {
		sold := 20 + r.IntN(30)
		total += sold
		fmt.Printf("day %d: %s %d\n", day+1, strings.Repeat("#", sold/5), sold)
	}
	fmt.Println("total simulated sales:", total)
	fmt.Printf("discount code: TCK%04X\n", r.Uint32()&0xFFFF)
	fmt.Printf("refund probability sample: %.3f\n", r.Float64())
}
