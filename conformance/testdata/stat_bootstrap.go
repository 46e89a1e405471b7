package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Statistic func([]float64) float64

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	c := slices.Clone(xs)
	slices.Sort(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

type Bootstrap struct {
	rng   *rand.Rand
	Reps  int
	Alpha float64
}

func (b *Bootstrap) resample(xs []float64, buf []float64) []float64 {
	buf = buf[:0]
	for range xs {
		buf = append(buf, xs[b.rng.IntN(len(xs))])
	}
	return buf
}

// CI returns the point estimate and a percentile confidence interval.
func (b *Bootstrap) CI(xs []float64, stat Statistic) (est, lo, hi float64) {
	est = stat(xs)
	results := make([]float64, 0, b.Reps)
	buf := make([]float64, 0, len(xs))
	for range b.Reps {
		buf = b.resample(xs, buf)
		results = append(results, stat(buf))
	}
	slices.Sort(results)
	loIdx := int(b.Alpha / 2 * float64(b.Reps))
	hiIdx := int((1-b.Alpha/2)*float64(b.Reps)) - 1
	return est, results[loIdx], results[hiIdx]
}

func main() {
	waitTimes := []float64{4.2, 7.1, 3.3, 12.5, 5.0, 6.8, 2.9, 9.4, 4.4, 15.2,
		3.8, 5.5, 6.1, 8.0, 4.9, 3.1, 7.7, 5.9, 11.0, 4.0}
	stats := []struct {
		name string
		fn   Statistic
	}{
		{"mean", mean},
		{"median", median},
		{"max", func(xs []float64) float64 { return slices.Max(xs) }},
	}
	for _, reps := range []int{200, 1000, 4000} {
		b := &Bootstrap{rng: rand.New(rand.NewPCG(1, 2)), Reps: reps, Alpha: 0.05}
		fmt.Printf("reps=%d\n", reps)
		for _, s := range stats {
			est, lo, hi := b.CI(waitTimes, s.fn)
			fmt.Printf("  %-7s est=%6.3f  95%% CI [%6.3f, %6.3f] width=%.3f\n", s.name, est, lo, hi, hi-lo)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	fmt.Print("one resample: ")
	for range 8 {
		fmt.Printf("%.1f ", waitTimes[rng.IntN(len(waitTimes))])
	}
	fmt.Println()
}
