package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Histogram struct {
	Lo, Width float64
	Counts    []int
	Under     int
	Over      int
}

func NewHistogram(lo, hi float64, bins int) *Histogram {
	return &Histogram{Lo: lo, Width: (hi - lo) / float64(bins), Counts: make([]int, bins)}
}

func (h *Histogram) Add(x float64) {
	i := int(math.Floor((x - h.Lo) / h.Width))
	switch {
	case i < 0:
		h.Under++
	case i >= len(h.Counts):
		h.Over++
	default:
		h.Counts[i]++
	}
}

func (h *Histogram) Render(scale int) string {
	var b strings.Builder
	for i, c := range h.Counts {
		left := h.Lo + float64(i)*h.Width
		fmt.Fprintf(&b, "[%6.1f,%6.1f) %4d |%s\n", left, left+h.Width, c, strings.Repeat("#", c/scale))
	}
	fmt.Fprintf(&b, "underflow=%d overflow=%d\n", h.Under, h.Over)
	return b.String()
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 7))

	// Simulated heights of 2000 students: normal(170, 8).
	const n = 2000
	h := NewHistogram(146, 194, 12)
	sum, sumSq := 0.0, 0.0
	for range n {
		x := 170 + 8*rng.NormFloat64()
		h.Add(x)
		sum += x
		sumSq += x * x
	}
	m := sum / n
	sd := math.Sqrt(sumSq/n - m*m)
	fmt.Println("Heights of simulated students (each # = 10 students)")
	fmt.Print(h.Render(10))
	fmt.Printf("sample mean = %.3f, sample sd = %.3f\n\n", m, sd)

	// Exponential waiting times, rate 0.5 per minute.
	w := NewHistogram(0, 10, 10)
	for range 500 {
		w.Add(rng.ExpFloat64() / 0.5)
	}
	fmt.Println("Waiting times [min] (each * = 5 events)")
	for i, c := range w.Counts {
		fmt.Printf("%2d-%-2d %s %d\n", i, i+1, strings.Repeat("*", c/5), c)
	}
	fmt.Printf("beyond 10 min: %d\n\n", w.Over)

	// Sum of two dice: discrete distribution.
	dice := make([]int, 13)
	for range 3600 {
		dice[rng.IntN(6)+1+rng.IntN(6)+1]++
	}
	fmt.Println("Two dice, 3600 throws (each = is 20 throws)")
	for s := 2; s <= 12; s++ {
		expected := float64(6-abs(s-7)) / 36 * 3600
		fmt.Printf("%2d %-32s %4d (expected %5.1f)\n", s, strings.Repeat("=", dice[s]/20), dice[s], expected)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
