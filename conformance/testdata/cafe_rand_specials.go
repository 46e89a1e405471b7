package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Special struct {
	Day    string
	Drink  string
	Pastry string
	Off    int
}

func (s Special) String() string {
	return fmt.Sprintf("%-3s %-14s + %-10s %2d%% off", s.Day, s.Drink, s.Pastry, s.Off)
}

func pick[T any](r *rand.Rand, xs []T) T {
	return xs[r.IntN(len(xs))]
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))

	drinks := []string{"lavender latte", "maple mocha", "cortado", "chai", "affogato"}
	pastries := []string{"croissant", "scone", "brownie", "danish"}
	days := []string{"mon", "tue", "wed", "thu", "fri"}

	var week []Special
	for _, d := range days {
		week = append(week, Special{
			Day:    d,
			Drink:  pick(r, drinks),
			Pastry: pick(r, pastries),
			Off:    5 * (1 + r.IntN(4)),
		})
	}
	for _, s := range week {
		fmt.Println(s)
	}

	deck := slices.Clone(drinks)
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("tasting order:", strings.Join(deck, " > "))

	perm := r.Perm(5)
	fmt.Println("barista rotation:", perm)

	winners := 0
	for range 100 {
		if r.Float64() < 0.1 {
			winners++
		}
	}
	fmt.Println("free-coffee winners out of 100 cups:", winners)

	counts := make([]int, 6)
	for range 600 {
		counts[r.IntN(6)]++
	}
	fmt.Println("dice counts for loyalty game:", counts)

	other := rand.New(rand.NewPCG(1, 2))
	fmt.Println("same seed, same first pick:", pick(other, drinks) == week[0].Drink)
	fmt.Printf("a uint64 token: %016x\n", r.Uint64())
}
