package main

import (
	"fmt"
	"slices"
)

type Ward struct {
	Name  string
	Temps []float64
}

func (w Ward) Extremes() (lo, hi float64) {
	if len(w.Temps) == 0 {
		return 0, 0
	}
	lo, hi = w.Temps[0], w.Temps[0]
	for _, t := range w.Temps[1:] {
		lo = min(lo, t)
		hi = max(hi, t)
	}
	return
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}

func main() {
	wards := []Ward{
		{"burns", []float64{37.2, 38.1, 36.9, 39.4}},
		{"geriatric", []float64{36.1, 36.4, 35.8}},
		{"neonatal", []float64{36.8, 37.0}},
		{"empty", nil},
	}
	for _, w := range wards {
		lo, hi := w.Extremes()
		fmt.Printf("%-10s lo=%.1f hi=%.1f spread=%.1f\n", w.Name, lo, hi, hi-lo)
	}

	fmt.Println("min of many:", min(7, 3, 9, 4), "max of strings:", max("ortho", "cardio", "renal"))
	for _, dose := range []int{-5, 0, 40, 120, 500} {
		fmt.Printf("requested %4d -> clamped %3d\n", dose, clamp(dose, 10, 200))
	}

	// Beds numbered with range over int.
	occupied := make([]bool, 10)
	for i := range 10 {
		occupied[i] = i%3 != 0
	}
	count := 0
	for i := range len(occupied) {
		if occupied[i] {
			count++
		}
	}
	fmt.Println("occupied beds:", count, "of", len(occupied))

	// clear on a slice zeroes elements but keeps the length.
	clear(occupied)
	fmt.Println("after clear:", len(occupied), slices.Contains(occupied, true))

	// clear on a map removes every entry.
	visitors := map[string]int{"bed1": 2, "bed2": 1, "bed7": 3}
	fmt.Println("visitors before:", len(visitors))
	clear(visitors)
	fmt.Println("visitors after:", len(visitors), visitors)

	scores := []int{4, 8, 1, 6}
	fmt.Println("slices.Min/Max:", slices.Min(scores), slices.Max(scores))
	for i := range 3 {
		fmt.Printf("round %d ", i+1)
	}
	fmt.Println()
	var zero []int
	fmt.Println("nil slice range runs", len(zero), "times")
}
