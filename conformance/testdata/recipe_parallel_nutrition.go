package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sync"
)

type Ingredient struct {
	Name  string
	Grams float64
}

// per100g holds kcal per 100 g of each food.
var per100g = map[string]float64{
	"oats": 389, "milk": 64, "banana": 89, "honey": 304,
	"chicken": 165, "rice": 130, "broccoli": 34, "oil": 884,
	"lentils": 116, "carrot": 41, "onion": 40,
}

type result struct {
	recipe string
	kcal   float64
}

func main() {
	recipes := map[string][]Ingredient{
		"porridge":   {{"oats", 60}, {"milk", 250}, {"banana", 100}, {"honey", 15}},
		"chicken":    {{"chicken", 180}, {"rice", 200}, {"broccoli", 120}, {"oil", 10}},
		"lentil pot": {{"lentils", 250}, {"carrot", 80}, {"onion", 90}, {"oil", 15}},
	}

	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		results []result
	)

	for name, ings := range recipes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var kcal float64
			for _, ing := range ings {
				kcal += per100g[ing.Name] * ing.Grams / 100
			}
			mu.Lock()
			defer mu.Unlock()
			results = append(results, result{name, kcal})
		}()
	}
	wg.Wait()

	// Sort before summing so the float total is always added in the same order.
	slices.SortFunc(results, func(a, b result) int {
		return cmp.Compare(a.recipe, b.recipe)
	})

	var grand float64
	for _, r := range results {
		fmt.Printf("%-11s %8.1f kcal\n", r.recipe, r.kcal)
		grand += r.kcal
	}
	fmt.Printf("%-11s %8.1f kcal\n", "all", grand)

	// A second pass with a buffered channel instead of a mutex.
	ch := make(chan result, len(recipes))
	var wg2 sync.WaitGroup
	for name, ings := range recipes {
		wg2.Go(func() {
			grams := 0.0
			for _, ing := range ings {
				grams += ing.Grams
			}
			ch <- result{name, grams}
		})
	}
	wg2.Wait()
	close(ch)

	weights := map[string]float64{}
	for r := range ch {
		weights[r.recipe] = r.kcal
	}
	for _, name := range slices.Sorted(maps.Keys(weights)) {
		fmt.Printf("%-11s weighs %5.0f g (%4.2f kcal/g)\n", name, weights[name],
			results[slices.IndexFunc(results, func(r result) bool { return r.recipe == name })].kcal/weights[name])
	}
}
