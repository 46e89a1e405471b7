package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Dish struct {
	Name   string
	Course string
	Price  float64
}

func pick(r *rand.Rand, dishes []Dish, course string) Dish {
	var options []Dish
	for _, d := range dishes {
		if d.Course == course {
			options = append(options, d)
		}
	}
	return options[r.IntN(len(options))]
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))

	dishes := []Dish{
		{"leek soup", "starter", 5.5}, {"burrata", "starter", 7.0}, {"ceviche", "starter", 8.25},
		{"risotto", "main", 14.0}, {"ramen", "main", 12.5}, {"moussaka", "main", 13.75}, {"tagine", "main", 15.0},
		{"tiramisu", "dessert", 6.0}, {"pavlova", "dessert", 6.5}, {"sorbet", "dessert", 4.0},
	}

	courses := []string{"starter", "main", "dessert"}
	for day := range 5 {
		var names []string
		total := 0.0
		for _, c := range courses {
			d := pick(r, dishes, c)
			names = append(names, d.Name)
			total += d.Price
		}
		fmt.Printf("day %d: %-32s %6.2f\n", day+1, strings.Join(names, " + "), total)
	}

	deck := slices.Clone(dishes)
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Print("tasting order:")
	for _, d := range deck[:4] {
		fmt.Print(" ", d.Name)
	}
	fmt.Println()

	// Simulate 1000 star ratings and build a histogram.
	hist := make([]int, 6)
	for range 1000 {
		hist[1+r.IntN(5)]++
	}
	for stars := 1; stars <= 5; stars++ {
		fmt.Printf("%d* %4d %s\n", stars, hist[stars], strings.Repeat("=", hist[stars]/10))
	}

	fmt.Printf("random discount: %.3f\n", r.Float64()*0.2)
	fmt.Println("perm:", r.Perm(5))
}
