package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

type Engine struct {
	Name   string
	Elo    float64
	Points float64
}

func expected(a, b float64) float64 { return 1 / (1 + math.Pow(10, (b-a)/400)) }

// play draws a result using the Elo expectation, with a fixed draw share.
func play(r *rand.Rand, w, b *Engine) string {
	e := expected(w.Elo, b.Elo)
	drawRate := 0.3
	x := r.Float64()
	switch {
	case x < e*(1-drawRate):
		w.Points++
		return "1-0"
	case x < e*(1-drawRate)+drawRate:
		w.Points += 0.5
		b.Points += 0.5
		return "½-½"
	default:
		b.Points++
		return "0-1"
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	engines := []*Engine{
		{Name: "Stockpile", Elo: 3400},
		{Name: "Leela-ish", Elo: 3350},
		{Name: "Komodo-ish", Elo: 3300},
		{Name: "Rookie", Elo: 2600},
	}
	tally := map[string]int{}
	for round := range 2 {
		for i := range engines {
			for j := range engines {
				if i == j {
					continue
				}
				res := play(r, engines[i], engines[j])
				tally[res]++
				if round == 0 && i == 0 {
					fmt.Printf("%-10s - %-10s %s\n", engines[i].Name, engines[j].Name, res)
				}
			}
		}
	}
	sort.Slice(engines, func(i, j int) bool {
		if engines[i].Points != engines[j].Points {
			return engines[i].Points > engines[j].Points
		}
		return engines[i].Name < engines[j].Name
	})
	fmt.Println("Standings after double round robin (24 games):")
	for _, e := range engines {
		fmt.Printf("  %-10s %4.1f  (Elo %.0f)\n", e.Name, e.Points, e.Elo)
	}
	fmt.Printf("white wins %d, draws %d, black wins %d\n", tally["1-0"], tally["½-½"], tally["0-1"])

	// Shuffle a seeding order and draw some random squares.
	seeds := []string{"A", "B", "C", "D", "E", "F", "G", "H"}
	r.Shuffle(len(seeds), func(i, j int) { seeds[i], seeds[j] = seeds[j], seeds[i] })
	fmt.Println("random seeding:", seeds)
	sqs := make([]string, 5)
	for i := range sqs {
		sqs[i] = fmt.Sprintf("%c%d", 'a'+r.IntN(8), 1+r.IntN(8))
	}
	fmt.Println("random squares:", sqs)
	fmt.Println("perm:", r.Perm(6))
}
