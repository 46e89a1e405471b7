package main

import (
	"fmt"
	"maps"
	"slices"
)

type Oven struct {
	MinC, MaxC int
}

// Clamp keeps a requested temperature within what the oven can do.
func (o Oven) Clamp(t int) int { return max(o.MinC, min(t, o.MaxC)) }

func main() {
	oven := Oven{MinC: 50, MaxC: 250}
	for _, t := range []int{30, 180, 300} {
		fmt.Printf("requested %3d°C -> set %3d°C\n", t, oven.Clamp(t))
	}

	prices := []float64{2.49, 0.99, 3.75, 1.10, 2.05}
	fmt.Println("cheapest:", slices.Min(prices), "dearest:", slices.Max(prices))
	fmt.Println("min of three:", min(4.5, 2.25, 3.0), "max string:", max("kale", "basil", "leek"))

	servings := map[string]int{"quiche": 6, "tart": 8, "scones": 12}
	fmt.Println("before clear:", len(servings), slices.Sorted(maps.Keys(servings)))
	clear(servings)
	fmt.Println("after clear:", len(servings), servings)
	servings["flapjack"] = 16
	fmt.Println("reused map:", servings)

	grams := []int{120, 80, 45, 200}
	buf := grams[:]
	clear(grams)
	fmt.Println("cleared slice keeps length:", len(grams), grams, "alias sees:", buf)

	scores := []int{3, 5, 4, 5, 2, 5, 1}
	best := slices.Max(scores)
	count := 0
	for _, s := range scores {
		if s == best {
			count++
		}
	}
	fmt.Printf("best score %d given %d times\n", best, count)

	lo, hi := scores[0], scores[0]
	for _, s := range scores[1:] {
		lo, hi = min(lo, s), max(hi, s)
	}
	fmt.Printf("range %d-%d, spread %d\n", lo, hi, hi-lo)

	idx := slices.Index(scores, best)
	fmt.Println("first 5-star review at index", idx)
	compact := slices.Compact(slices.Sorted(slices.Values(scores)))
	fmt.Println("distinct scores:", compact)
}
