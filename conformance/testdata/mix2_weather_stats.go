package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Reading struct {
	City   string
	Day    int
	TempC  float64
	RainMM float64
}

type Stats struct {
	N                   int
	Min, Max, Mean, Std float64
	Median              float64
	Rain                float64
	WetDays             int
}

func summarize(rs []Reading) Stats {
	s := Stats{N: len(rs), Min: math.Inf(1), Max: math.Inf(-1)}
	temps := make([]float64, 0, len(rs))
	sum := 0.0
	for _, r := range rs {
		s.Min = math.Min(s.Min, r.TempC)
		s.Max = math.Max(s.Max, r.TempC)
		sum += r.TempC
		s.Rain += r.RainMM
		if r.RainMM >= 1 {
			s.WetDays++
		}
		temps = append(temps, r.TempC)
	}
	s.Mean = sum / float64(s.N)
	for _, t := range temps {
		s.Std += (t - s.Mean) * (t - s.Mean)
	}
	s.Std = math.Sqrt(s.Std / float64(s.N))
	sort.Float64s(temps)
	if s.N%2 == 1 {
		s.Median = temps[s.N/2]
	} else {
		s.Median = (temps[s.N/2-1] + temps[s.N/2]) / 2
	}
	return s
}

func parse(data string) ([]Reading, []error) {
	var out []Reading
	var errs []error
	for i, line := range strings.Split(strings.TrimSpace(data), "\n") {
		var r Reading
		if _, err := fmt.Sscanf(line, "%s %d %g %g", &r.City, &r.Day, &r.TempC, &r.RainMM); err != nil {
			errs = append(errs, fmt.Errorf("line %d %q: %w", i+1, line, err))
			continue
		}
		out = append(out, r)
	}
	return out, errs
}

const data = `
Oslo 1 -3.5 0.0
Oslo 2 -1.0 4.2
Oslo 3 0.5 12.0
Oslo 4 -6.25 0.4
Lima 1 22.1 0.0
Lima 2 23.4 0.0
Lima 3 21.9 0.2
Lima 4 24.0 0.0
Lima 5 ?? 0.0
Pune 1 31.0 45.5
Pune 2 29.5 60.1
Pune 3 30.2 2.0
`

func main() {
	readings, errs := parse(data)
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	byCity := map[string][]Reading{}
	for _, r := range readings {
		byCity[r.City] = append(byCity[r.City], r)
	}
	cities := make([]string, 0, len(byCity))
	for c := range byCity {
		cities = append(cities, c)
	}
	sort.Strings(cities)
	fmt.Printf("%-5s %2s %7s %7s %7s %7s %6s %7s %s\n", "city", "n", "min", "max", "mean", "median", "std", "rain", "wet")
	for _, c := range cities {
		s := summarize(byCity[c])
		fmt.Printf("%-5s %2d %7.2f %7.2f %7.2f %7.2f %6.3f %7.1f %d\n",
			c, s.N, s.Min, s.Max, s.Mean, s.Median, s.Std, s.Rain, s.WetDays)
	}
	all := summarize(readings)
	fmt.Printf("overall: %+.1f..%+.1f mean %.3e, range %v\n", all.Min, all.Max, all.Mean, all.Max-all.Min)
	hottest := slicesMaxBy(readings, func(r Reading) float64 { return r.TempC })
	fmt.Printf("hottest: %+v\n", hottest)
	fahrenheit := hottest.TempC*9/5 + 32
	fmt.Printf("that is %.1f°F or %8.3f K\n", fahrenheit, hottest.TempC+273.15)
}

func slicesMaxBy[T any](xs []T, key func(T) float64) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best
}
