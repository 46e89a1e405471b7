package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Estimate struct {
	Value  float64
	StdErr float64
}

func (e Estimate) String() string {
	return fmt.Sprintf("%.5f ± %.5f", e.Value, e.StdErr)
}

func estimatePi(rng *rand.Rand, n int) Estimate {
	inside := 0
	for i := 0; i < n; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	p := float64(inside) / float64(n)
	return Estimate{4 * p, 4 * math.Sqrt(p*(1-p)/float64(n))}
}

func mcIntegrate(rng *rand.Rand, f func(float64) float64, a, b float64, n int) Estimate {
	var sum, sumSq float64
	for i := 0; i < n; i++ {
		x := a + (b-a)*rng.Float64()
		y := f(x)
		sum += y
		sumSq += y * y
	}
	mean := sum / float64(n)
	variance := sumSq/float64(n) - mean*mean
	return Estimate{(b - a) * mean, (b - a) * math.Sqrt(variance/float64(n))}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{100, 1000, 10000, 50000} {
		e := estimatePi(rng, n)
		fmt.Printf("n=%6d pi ~ %v  |err|=%.5f\n", n, e, math.Abs(e.Value-math.Pi))
	}

	rng = rand.New(rand.NewPCG(42, 7))
	funcs := []struct {
		name  string
		f     func(float64) float64
		a, b  float64
		exact float64
	}{
		{"x^2 [0,1]", func(x float64) float64 { return x * x }, 0, 1, 1.0 / 3},
		{"sin [0,pi]", math.Sin, 0, math.Pi, 2},
		{"exp(-x^2) [0,2]", func(x float64) float64 { return math.Exp(-x * x) }, 0, 2, math.Sqrt(math.Pi) / 2 * math.Erf(2)},
	}
	for _, c := range funcs {
		e := mcIntegrate(rng, c.f, c.a, c.b, 20000)
		fmt.Printf("%-16s %v exact=%.5f\n", c.name, e, c.exact)
	}

	// Buffon's needle with needle length = line spacing = 1
	rng = rand.New(rand.NewPCG(3, 4))
	hits, n := 0, 20000
	for i := 0; i < n; i++ {
		center := rng.Float64() / 2
		theta := rng.Float64() * math.Pi / 2
		if center <= math.Sin(theta)/2 {
			hits++
		}
	}
	fmt.Printf("buffon: hits=%d pi ~ %.4f\n", hits, 2*float64(n)/float64(hits))
}
