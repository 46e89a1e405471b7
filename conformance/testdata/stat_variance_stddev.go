package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrTooFew = errors.New("not enough data points")

type Sample struct {
	Name   string
	Values []float64
}

func (s Sample) Mean() float64 {
	sum := 0.0
	for _, v := range s.Values {
		sum += v
	}
	return sum / float64(len(s.Values))
}

// Variance returns the population or sample variance.
func (s Sample) Variance(sample bool) (float64, error) {
	n := len(s.Values)
	if n == 0 || (sample && n < 2) {
		return 0, fmt.Errorf("variance of %q: %w", s.Name, ErrTooFew)
	}
	m := s.Mean()
	ss := 0.0
	for _, v := range s.Values {
		d := v - m
		ss += d * d
	}
	if sample {
		return ss / float64(n-1), nil
	}
	return ss / float64(n), nil
}

// welford computes mean and variance in a single pass.
func welford(xs []float64) (mean, variance float64) {
	var m2 float64
	for i, x := range xs {
		delta := x - mean
		mean += delta / float64(i+1)
		m2 += delta * (x - mean)
	}
	if len(xs) > 1 {
		variance = m2 / float64(len(xs)-1)
	}
	return mean, variance
}

func main() {
	samples := []Sample{
		{"temperatures", []float64{21.3, 22.8, 19.9, 24.1, 23.5, 20.7, 22.0}},
		{"dice", []float64{1, 2, 3, 4, 5, 6}},
		{"constant", []float64{5, 5, 5, 5}},
		{"single", []float64{42}},
		{"none", nil},
	}
	for _, s := range samples {
		fmt.Printf("== %s ==\n", s.Name)
		if len(s.Values) == 0 {
			_, err := s.Variance(false)
			fmt.Println("  error:", err)
			fmt.Println("  is ErrTooFew:", errors.Is(err, ErrTooFew))
			continue
		}
		fmt.Printf("  mean           %9.4f\n", s.Mean())
		pv, _ := s.Variance(false)
		fmt.Printf("  pop variance   %9.4f  sd %7.4f\n", pv, math.Sqrt(pv))
		sv, err := s.Variance(true)
		if err != nil {
			fmt.Println("  sample variance error:", err)
			continue
		}
		fmt.Printf("  samp variance  %9.4f  sd %7.4f\n", sv, math.Sqrt(sv))
		wm, wv := welford(s.Values)
		fmt.Printf("  welford        mean=%.4f var=%.4f\n", wm, wv)
		cv := math.Sqrt(sv) / s.Mean() * 100
		fmt.Printf("  coeff of var   %6.2f%%\n", cv)
	}
}
