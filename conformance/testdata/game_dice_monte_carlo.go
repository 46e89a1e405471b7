package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
)

const (
	Dice    = 3
	Workers = 4
	Trials  = 50_000 // per worker
)

type Histogram [6*Dice + 1]int

func (h *Histogram) Merge(o *Histogram) {
	for i, v := range o {
		h[i] += v
	}
}

// exact counts outcomes by enumerating all 6^Dice rolls.
func exact() (h Histogram, total int) {
	var roll func(left, sum int)
	roll = func(left, sum int) {
		if left == 0 {
			h[sum]++
			total++
			return
		}
		for face := 1; face <= 6; face++ {
			roll(left-1, sum+face)
		}
	}
	roll(Dice, 0)
	return
}

func simulate(seed uint64) *Histogram {
	rng := rand.New(rand.NewPCG(7, seed))
	h := new(Histogram)
	for range Trials {
		sum := 0
		for range Dice {
			sum += rng.IntN(6) + 1
		}
		h[sum]++
	}
	return h
}

func main() {
	results := make([]*Histogram, Workers)
	var wg sync.WaitGroup
	for w := range Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = simulate(uint64(9 + w))
		}()
	}
	wg.Wait()

	var total Histogram
	for _, h := range results {
		total.Merge(h)
	}
	want, outcomes := exact()
	n := Workers * Trials

	fmt.Printf("%d dice, %d rolls across %d workers\n", Dice, n, Workers)
	fmt.Printf("%3s %7s %7s %6s\n", "sum", "sim%", "exact%", "diff")
	worst, worstSum := 0.0, 0
	for sum := Dice; sum <= 6*Dice; sum++ {
		sim := 100 * float64(total[sum]) / float64(n)
		ex := 100 * float64(want[sum]) / float64(outcomes)
		diff := sim - ex
		if d := max(diff, -diff); d > worst {
			worst, worstSum = d, sum
		}
		fmt.Printf("%3d %7.3f %7.3f %+6.3f |%s\n", sum, sim, ex, diff, strings.Repeat("#", int(sim+0.5)))
	}
	fmt.Printf("largest deviation %.3f points at sum %d\n", worst, worstSum)
	for w, h := range results {
		fmt.Printf("worker %d rolled a triple-six %d times\n", w, h[18])
	}
}
