// Handout 25: Monte Carlo estimation of pi, in parallel.
// Sample points are drawn up front from one fixed-seed generator, then
// partitioned among workers, so the estimate is identical on every run
// regardless of scheduling.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

type Point struct{ X, Y float64 }

func samples(n int) []Point {
	rng := rand.New(rand.NewPCG(1, 2))
	pts := make([]Point, n)
	for i := range pts {
		pts[i] = Point{rng.Float64(), rng.Float64()}
	}
	return pts
}

func countInside(pts []Point) int {
	c := 0
	for _, p := range pts {
		if p.X*p.X+p.Y*p.Y <= 1 {
			c++
		}
	}
	return c
}

func estimate(pts []Point, workers int) (float64, []int) {
	per := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(pts)/workers, (w+1)*len(pts)/workers
		wg.Go(func() { per[w] = countInside(pts[lo:hi]) })
	}
	wg.Wait()
	inside := 0
	for _, c := range per {
		inside += c
	}
	return 4 * float64(inside) / float64(len(pts)), per
}

func main() {
	pts := samples(200000)
	for _, n := range []int{100, 1000, 10000, 100000, 200000} {
		pi, _ := estimate(pts[:n], 4)
		fmt.Printf("n=%6d  pi~%.6f  error=%.6f\n", n, pi, math.Abs(pi-math.Pi))
	}
	fmt.Printf("reference  pi =%.6f\n", math.Pi)
	for _, w := range []int{1, 2, 4, 8} {
		pi, per := estimate(pts, w)
		fmt.Printf("workers=%d  pi~%.6f  inside per worker=%v\n", w, pi, per)
	}
}
