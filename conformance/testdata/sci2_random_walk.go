package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Walker struct {
	X, Y int
	rng  *rand.Rand
}

func (w *Walker) Step() {
	switch w.rng.IntN(4) {
	case 0:
		w.X++
	case 1:
		w.X--
	case 2:
		w.Y++
	default:
		w.Y--
	}
}

func (w *Walker) Dist2() int { return w.X*w.X + w.Y*w.Y }

func main() {
	rng := rand.New(rand.NewPCG(7, 99))

	// Mean squared displacement grows linearly with steps
	fmt.Println("steps   <r^2>   sqrt<r^2>  sqrt(N)")
	for _, steps := range []int{10, 50, 100, 400} {
		total := 0
		const walkers = 400
		for k := 0; k < walkers; k++ {
			w := &Walker{rng: rng}
			for i := 0; i < steps; i++ {
				w.Step()
			}
			total += w.Dist2()
		}
		msd := float64(total) / walkers
		fmt.Printf("%5d %8.2f %10.3f %8.3f\n", steps, msd, math.Sqrt(msd), math.Sqrt(float64(steps)))
	}

	// 1-D walk: distribution of final positions after 20 steps
	counts := map[int]int{}
	for k := 0; k < 2000; k++ {
		pos := 0
		for i := 0; i < 20; i++ {
			if rng.IntN(2) == 0 {
				pos++
			} else {
				pos--
			}
		}
		counts[pos]++
	}
	keys := make([]int, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if counts[k] < 10 {
			continue
		}
		fmt.Printf("%+4d %4d %s\n", k, counts[k], strings.Repeat("o", counts[k]/8))
	}

	// Gambler's ruin: start at 5, absorb at 0 or 10
	wins := 0
	totalSteps := 0
	for g := 0; g < 1000; g++ {
		money := 5
		for money > 0 && money < 10 {
			if rng.Float64() < 0.5 {
				money++
			} else {
				money--
			}
			totalSteps++
		}
		if money == 10 {
			wins++
		}
	}
	fmt.Printf("gambler's ruin: P(win)=%.3f (theory 0.500), mean duration=%.2f (theory 25)\n",
		float64(wins)/1000, float64(totalSteps)/1000)
}
