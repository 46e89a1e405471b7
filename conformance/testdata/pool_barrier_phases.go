package main

import (
	"fmt"
	"strings"
	"sync"
)

// A 1-D heat diffusion simulation. Each phase every worker updates its own
// slice of cells from the previous generation; wg.Wait() acts as a barrier
// between phases so no worker reads a half-written generation.

const (
	cells   = 24
	workers = 4
	phases  = 6
)

func render(row []int) string {
	const shades = " .:-=+*#%@"
	var b strings.Builder
	for _, v := range row {
		idx := v * (len(shades) - 1) / 1000
		b.WriteByte(shades[idx])
	}
	return b.String()
}

func step(prev, next []int, lo, hi int) {
	for i := lo; i < hi; i++ {
		left, right := prev[i], prev[i]
		if i > 0 {
			left = prev[i-1]
		}
		if i < len(prev)-1 {
			right = prev[i+1]
		}
		next[i] = (left + 2*prev[i] + right) / 4
	}
}

func main() {
	cur := make([]int, cells)
	cur[cells/2] = 1000
	cur[3] = 800
	next := make([]int, cells)

	per := cells / workers
	fmt.Printf("phase 0 |%s| total=%d\n", render(cur), sum(cur))
	for phase := 1; phase <= phases; phase++ {
		var wg sync.WaitGroup
		for w := range workers {
			lo, hi := w*per, (w+1)*per
			wg.Go(func() {
				step(cur, next, lo, hi)
			})
		}
		wg.Wait() // barrier
		cur, next = next, cur
		fmt.Printf("phase %d |%s| total=%d\n", phase, render(cur), sum(cur))
	}

	fmt.Println("final values:")
	for i := 0; i < cells; i += 8 {
		fmt.Println(" ", cur[i:i+8])
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
