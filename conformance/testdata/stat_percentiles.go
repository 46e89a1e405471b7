package main

import (
	"errors"
	"fmt"
	"slices"
)

type PercentileError struct {
	P float64
}

func (e *PercentileError) Error() string {
	return fmt.Sprintf("percentile %.1f out of range [0,100]", e.P)
}

var ErrEmpty = errors.New("empty data set")

// Percentile uses linear interpolation between closest ranks.
func Percentile(sorted []float64, p float64) (float64, error) {
	if len(sorted) == 0 {
		return 0, ErrEmpty
	}
	if p < 0 || p > 100 {
		return 0, &PercentileError{P: p}
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(rank)
	frac := rank - float64(lo)
	if lo+1 >= len(sorted) {
		return sorted[lo], nil
	}
	return sorted[lo] + frac*(sorted[lo+1]-sorted[lo]), nil
}

// NearestRank is the simpler textbook method.
func NearestRank(sorted []float64, p float64) float64 {
	n := len(sorted)
	idx := int(p/100*float64(n)+0.999999) - 1
	idx = max(0, min(idx, n-1))
	return sorted[idx]
}

func main() {
	responseMs := []float64{120, 85, 97, 430, 101, 110, 95, 88, 250, 105,
		99, 92, 115, 130, 87, 1020, 93, 108, 111, 96}
	sorted := slices.Clone(responseMs)
	slices.Sort(sorted)
	fmt.Println("sorted:", sorted)
	fmt.Printf("%-6s %10s %10s\n", "p", "interp", "nearest")
	for _, p := range []float64{0, 10, 25, 50, 75, 90, 95, 99, 100} {
		v, err := Percentile(sorted, p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("p%-5.0f %10.2f %10.2f\n", p, v, NearestRank(sorted, p))
	}

	for _, p := range []float64{-5, 150} {
		_, err := Percentile(sorted, p)
		var pe *PercentileError
		if errors.As(err, &pe) {
			fmt.Printf("bad request: %v (P=%v)\n", err, pe.P)
		}
	}
	if _, err := Percentile(nil, 50); errors.Is(err, ErrEmpty) {
		fmt.Println("nil data:", err)
	}

	q1, _ := Percentile(sorted, 25)
	q3, _ := Percentile(sorted, 75)
	fmt.Printf("IQR = %.2f - %.2f = %.2f\n", q3, q1, q3-q1)
}
