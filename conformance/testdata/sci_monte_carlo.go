package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// estimatePi throws n darts into the unit square.
func estimatePi(r *rand.Rand, n int) float64 {
	inside := 0
	for range n {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n)
}

// mcIntegrate returns the mean and its standard error for f on [a,b].
func mcIntegrate(r *rand.Rand, f func(float64) float64, a, b float64, n int) (float64, float64) {
	var s, s2 float64
	for range n {
		v := f(a + (b-a)*r.Float64())
		s += v
		s2 += v * v
	}
	m := s / float64(n)
	varf := s2/float64(n) - m*m
	return (b - a) * m, (b - a) * math.Sqrt(varf/float64(n))
}

// randomWalk returns the mean squared end-to-end distance of 2-D lattice walks.
func randomWalk(r *rand.Rand, steps, walkers int) float64 {
	dx := [4]int{1, -1, 0, 0}
	dy := [4]int{0, 0, 1, -1}
	total := 0.0
	for range walkers {
		x, y := 0, 0
		for range steps {
			d := r.IntN(4)
			x += dx[d]
			y += dy[d]
		}
		total += float64(x*x + y*y)
	}
	return total / float64(walkers)
}

func main() {
	r := rand.New(rand.NewPCG(42, 1024))

	fmt.Println("Estimating pi by the dart method")
	for n := 100; n <= 1_000_000; n *= 10 {
		p := estimatePi(r, n)
		fmt.Printf("  n=%8d  pi~%.6f  error=%+.6f\n", n, p, p-math.Pi)
	}

	fmt.Println("Integral of exp(-x^2) on [0,2]")
	exact := math.Sqrt(math.Pi) / 2 * math.Erf(2)
	for _, n := range []int{1000, 10000, 100000} {
		est, se := mcIntegrate(r, func(x float64) float64 { return math.Exp(-x * x) }, 0, 2, n)
		fmt.Printf("  n=%6d  %.6f +/- %.6f (exact %.6f)\n", n, est, se, exact)
	}

	fmt.Println("2-D random walk: <R^2> should equal the number of steps")
	for _, steps := range []int{10, 50, 100, 200} {
		fmt.Printf("  steps=%3d  <R^2>=%8.3f\n", steps, randomWalk(r, steps, 2000))
	}

	// Birthday problem by simulation.
	fmt.Println("Birthday problem, 20000 trials each")
	for _, people := range []int{10, 23, 40} {
		hits := 0
		for range 20000 {
			var seen [365]bool
			for range people {
				d := r.IntN(365)
				if seen[d] {
					hits++
					break
				}
				seen[d] = true
			}
		}
		p := 1.0
		for k := range people {
			p *= float64(365-k) / 365
		}
		fmt.Printf("  %2d people: simulated %.4f, exact %.4f\n", people, float64(hits)/20000, 1-p)
	}

	// Same seed -> same sequence.
	a := rand.New(rand.NewPCG(7, 7))
	b := rand.New(rand.NewPCG(7, 7))
	fmt.Println("reproducible:", a.Uint64() == b.Uint64(), a.IntN(1000), b.IntN(1000))
}
