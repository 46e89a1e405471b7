package main

import (
	"fmt"
	"strings"
	"sync"
)

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

type GroupStats struct {
	Lo, Hi   int
	Sum      int
	MaxN     int
	MaxSteps int
}

func main() {
	const N = 27
	steps := make([]int, N+1)

	// Each goroutine writes only to its own slot: no lock needed.
	var wg sync.WaitGroup
	for n := 1; n <= N; n++ {
		wg.Go(func() {
			steps[n] = collatzSteps(n)
		})
	}
	wg.Wait()

	fmt.Println("n   steps  bar")
	for n := 1; n <= N; n++ {
		fmt.Printf("%-3d %5d  %s\n", n, steps[n], strings.Repeat("#", steps[n]/4))
	}

	// Second phase: per-group statistics, again with wg.Go.
	groups := make([]GroupStats, 3)
	size := N / len(groups)
	var wg2 sync.WaitGroup
	for g := range groups {
		wg2.Go(func() {
			lo, hi := g*size+1, (g+1)*size
			st := GroupStats{Lo: lo, Hi: hi}
			for n := lo; n <= hi; n++ {
				st.Sum += steps[n]
				if steps[n] > st.MaxSteps {
					st.MaxSteps, st.MaxN = steps[n], n
				}
			}
			groups[g] = st
		})
	}
	wg2.Wait()

	total := 0
	for g, st := range groups {
		fmt.Printf("group %d [%2d..%2d]: sum=%4d longest n=%d (%d steps)\n",
			g, st.Lo, st.Hi, st.Sum, st.MaxN, st.MaxSteps)
		total += st.Sum
	}
	fmt.Printf("total steps: %d, average %.3f\n", total, float64(total)/float64(N))
}
