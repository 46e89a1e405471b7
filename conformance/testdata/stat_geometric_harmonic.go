package main

import (
	"errors"
	"fmt"
	"math"
)

type Mean func([]float64) (float64, error)

var ErrNonPositive = errors.New("value must be positive")

func arithmetic(xs []float64) (float64, error) {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs)), nil
}

func geometric(xs []float64) (float64, error) {
	logSum := 0.0
	for i, x := range xs {
		if x <= 0 {
			return 0, fmt.Errorf("geometric mean, index %d (%v): %w", i, x, ErrNonPositive)
		}
		logSum += math.Log(x)
	}
	return math.Exp(logSum / float64(len(xs))), nil
}

func harmonic(xs []float64) (float64, error) {
	inv := 0.0
	for i, x := range xs {
		if x <= 0 {
			return 0, fmt.Errorf("harmonic mean, index %d (%v): %w", i, x, ErrNonPositive)
		}
		inv += 1 / x
	}
	return float64(len(xs)) / inv, nil
}

func quadratic(xs []float64) (float64, error) {
	s := 0.0
	for _, x := range xs {
		s += x * x
	}
	return math.Sqrt(s / float64(len(xs))), nil
}

func main() {
	means := []struct {
		name string
		f    Mean
	}{{"arithmetic", arithmetic}, {"geometric", geometric}, {"harmonic", harmonic}, {"quadratic", quadratic}}

	datasets := map[string][]float64{
		"growth factors": {1.10, 1.25, 0.95, 1.05, 1.30},
		"speeds km/h":    {60, 40},
		"equal":          {7, 7, 7},
		"with zero":      {3, 0, 4},
		"pixels":         {2, 8, 32, 128},
	}
	names := []string{"growth factors", "speeds km/h", "equal", "pixels", "with zero"}
	for _, name := range names {
		xs := datasets[name]
		fmt.Printf("%s %v\n", name, xs)
		for _, m := range means {
			v, err := m.f(xs)
			if err != nil {
				fmt.Printf("  %-10s error: %v (is ErrNonPositive: %t)\n", m.name, err, errors.Is(err, ErrNonPositive))
				continue
			}
			fmt.Printf("  %-10s %10.5f\n", m.name, v)
		}
	}

	// compound growth: the geometric mean gives the average rate
	g, _ := geometric(datasets["growth factors"])
	amount := 1000.0
	for _, f := range datasets["growth factors"] {
		amount *= f
	}
	fmt.Printf("actual final: %.2f, via geo mean: %.2f\n", amount, 1000*math.Pow(g, 5))
	fmt.Printf("average growth rate: %.3f%% per year\n", (g-1)*100)
}
