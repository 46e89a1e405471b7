package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// Impact is a simulated micrometeoroid hit on a station module.
type Impact struct {
	Module  string
	EnergyJ float64
	Breach  bool
}

type Shield struct {
	Module   string
	RatingJ  float64
	Hits     int
	Breaches int
}

func (s *Shield) Absorb(energy float64) bool {
	s.Hits++
	if energy > s.RatingJ {
		s.Breaches++
		return true
	}
	return false
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))

	shields := []*Shield{
		{Module: "Zarya", RatingJ: 25},
		{Module: "Destiny", RatingJ: 35},
		{Module: "Columbus", RatingJ: 30},
		{Module: "Kibo", RatingJ: 40},
	}

	var impacts []Impact
	for range 30 {
		s := shields[rng.IntN(len(shields))]
		energy := rng.ExpFloat64() * 20
		impacts = append(impacts, Impact{s.Module, energy, s.Absorb(energy)})
	}

	fmt.Println("first five impacts:")
	for _, im := range impacts[:5] {
		fmt.Printf("  %-9s %7.2f J breach=%t\n", im.Module, im.EnergyJ, im.Breach)
	}

	slices.SortFunc(shields, func(a, b *Shield) int { return strings.Compare(a.Module, b.Module) })
	fmt.Println("shield report:")
	for _, s := range shields {
		bar := strings.Repeat("=", s.Hits)
		fmt.Printf("  %-9s hits=%2d breaches=%d %s\n", s.Module, s.Hits, s.Breaches, bar)
	}

	worst := slices.MaxFunc(impacts, func(a, b Impact) int {
		switch {
		case a.EnergyJ < b.EnergyJ:
			return -1
		case a.EnergyJ > b.EnergyJ:
			return 1
		}
		return 0
	})
	fmt.Printf("strongest impact: %.2f J on %s\n", worst.EnergyJ, worst.Module)

	// Shuffle the EVA inspection order reproducibly.
	order := []string{"truss-P1", "truss-S1", "radiator", "airlock", "arm-base"}
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	fmt.Println("inspection order:", strings.Join(order, " -> "))
	fmt.Println("crew lottery pick:", rng.IntN(6)+1, "of 6")
	fmt.Printf("perm of 5: %v\n", rng.Perm(5))
}
