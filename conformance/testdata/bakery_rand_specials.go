package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Special struct {
	Day   string
	Bread string
	Price float64
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))

	breads := []string{"olive", "walnut", "cheddar", "raisin", "pumpkin", "za'atar"}
	days := []string{"mon", "tue", "wed", "thu", "fri", "sat"}

	// Shuffle a copy so every day gets a different special.
	pool := slices.Clone(breads)
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })

	var week []Special
	for i, d := range days {
		price := 4.0 + float64(r.IntN(300))/100
		week = append(week, Special{d, pool[i], price})
	}
	for _, s := range week {
		fmt.Printf("%s: %-8s %5.2f\n", s.Day, s.Bread, s.Price)
	}

	// Simulate customer arrivals per hour with a fixed seed.
	fmt.Println("arrivals by hour:")
	total := 0
	for h := 7; h < 12; h++ {
		n := 5 + r.IntN(15)
		total += n
		fmt.Printf("  %02d:00 %2d %s\n", h, n, strings.Repeat("|", n))
	}
	fmt.Println("total customers:", total)

	// Pick raffle winners from ticket numbers without repeats.
	perm := r.Perm(20)
	winners := perm[:3]
	slices.Sort(winners)
	fmt.Println("raffle winners:", winners)

	// Weighted choice: croissants are three times as popular.
	weights := map[string]int{"croissant": 3, "pain au chocolat": 2, "kouign-amann": 1}
	names := []string{"croissant", "pain au chocolat", "kouign-amann"}
	sum := 0
	for _, n := range names {
		sum += weights[n]
	}
	picks := map[string]int{}
	for range 600 {
		x := r.IntN(sum)
		for _, n := range names {
			if x < weights[n] {
				picks[n]++
				break
			}
			x -= weights[n]
		}
	}
	for _, n := range names {
		fmt.Printf("%-17s %3d\n", n, picks[n])
	}
	fmt.Printf("oven jitter: %.3f\n", r.NormFloat64())
	fmt.Println("coin flip for the last loaf:", r.IntN(2) == 0)
}
