package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Plot struct {
	ID         int
	Fertilized bool
	YieldKg    float64
}

// simulate draws yields for plots using a seeded generator.
func simulate(r *rand.Rand, n int) []Plot {
	plots := make([]Plot, n)
	for i := range n {
		fert := r.IntN(2) == 1
		base := 30 + r.NormFloat64()*4
		if fert {
			base *= 1.2
		}
		plots[i] = Plot{ID: i + 1, Fertilized: fert, YieldKg: base}
	}
	return plots
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	plots := simulate(r, 12)

	var fed, unfed []float64
	for _, p := range plots {
		mark := " "
		if p.Fertilized {
			mark = "F"
			fed = append(fed, p.YieldKg)
		} else {
			unfed = append(unfed, p.YieldKg)
		}
		fmt.Printf("plot %2d %s %6.2f kg %s\n", p.ID, mark, p.YieldKg, strings.Repeat("=", int(p.YieldKg/3)))
	}
	fmt.Printf("fertilized mean %.2f kg over %d plots\n", mean(fed), len(fed))
	fmt.Printf("control mean    %.2f kg over %d plots\n", mean(unfed), len(unfed))

	// Shuffle the order in which fields are inspected.
	fields := []string{"North", "South", "East", "West", "Orchard", "Paddock"}
	r.Shuffle(len(fields), func(i, j int) { fields[i], fields[j] = fields[j], fields[i] })
	fmt.Println("inspection order:", fields)

	// Roll dice for which cow gets the first bale.
	rolls := make([]int, 6)
	for i := range rolls {
		rolls[i] = r.IntN(6) + 1
	}
	fmt.Println("dice rolls:", rolls)
	sorted := slices.Sorted(slices.Values(rolls))
	fmt.Println("sorted:", sorted)
	fmt.Println("distinct values:", slices.Compact(slices.Clone(sorted)))

	perm := r.Perm(5)
	fmt.Println("milking order permutation:", perm)

	// Two generators with the same seed produce the same stream.
	a := rand.New(rand.NewPCG(7, 7))
	b := rand.New(rand.NewPCG(7, 7))
	same := true
	for range 100 {
		if a.Uint64() != b.Uint64() {
			same = false
		}
	}
	fmt.Println("same seed, same stream:", same)
	fmt.Printf("a float in [0,1): %.6f\n", r.Float64())
}
