package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Histogram struct {
	Lo, Hi   float64
	Counts   []int
	Under    int
	Over     int
	NumTotal int
}

func NewHistogram(lo, hi float64, bins int) *Histogram {
	return &Histogram{Lo: lo, Hi: hi, Counts: make([]int, bins)}
}

func (h *Histogram) Add(x float64) {
	h.NumTotal++
	switch {
	case x < h.Lo:
		h.Under++
	case x >= h.Hi:
		h.Over++
	default:
		i := int((x - h.Lo) / (h.Hi - h.Lo) * float64(len(h.Counts)))
		h.Counts[i]++
	}
}

func (h *Histogram) Print(width int) {
	maxC := 1
	for _, c := range h.Counts {
		maxC = max(maxC, c)
	}
	w := (h.Hi - h.Lo) / float64(len(h.Counts))
	for i, c := range h.Counts {
		lo := h.Lo + float64(i)*w
		n := c * width / maxC
		fmt.Printf("[%6.2f,%6.2f) %5d |%s\n", lo, lo+w, c, strings.Repeat("*", n))
	}
	fmt.Printf("underflow=%d overflow=%d total=%d\n", h.Under, h.Over, h.NumTotal)
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 11))

	fmt.Println("Normal(0,1), 5000 samples:")
	h := NewHistogram(-3, 3, 12)
	var sum, sumSq float64
	for i := 0; i < 5000; i++ {
		x := rng.NormFloat64()
		sum += x
		sumSq += x * x
		h.Add(x)
	}
	h.Print(40)
	mean := sum / 5000
	fmt.Printf("mean=%.4f sd=%.4f\n", mean, math.Sqrt(sumSq/5000-mean*mean))

	fmt.Println("Exponential(rate=1), 3000 samples:")
	e := NewHistogram(0, 4, 8)
	for i := 0; i < 3000; i++ {
		e.Add(rng.ExpFloat64())
	}
	e.Print(40)

	fmt.Println("Sum of two dice, 3600 rolls:")
	dice := make([]int, 13)
	for i := 0; i < 3600; i++ {
		dice[rng.IntN(6)+1+rng.IntN(6)+1]++
	}
	for s := 2; s <= 12; s++ {
		expected := float64(6-int(math.Abs(float64(s-7)))) / 36 * 3600
		fmt.Printf("%2d %4d (exp %5.1f) %s\n", s, dice[s], expected, strings.Repeat("=", dice[s]/20))
	}
}
