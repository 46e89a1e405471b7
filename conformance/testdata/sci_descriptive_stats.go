package main

import (
	"fmt"
	"math"
	"slices"
)

// Summary holds the usual descriptive statistics of a sample.
type Summary struct {
	N                        int
	Mean, Var, Std           float64
	Min, Q1, Median, Q3, Max float64
	Skew                     float64
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// sampleVariance uses the n-1 (Bessel) denominator.
func sampleVariance(xs []float64) float64 {
	m := mean(xs)
	ss := 0.0
	for _, x := range xs {
		d := x - m
		ss += d * d
	}
	return ss / float64(len(xs)-1)
}

// percentile interpolates linearly between closest ranks of a sorted slice.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 1 {
		return sorted[0]
	}
	pos := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo] + frac*(sorted[hi]-sorted[lo])
}

func skewness(xs []float64, m, sd float64) float64 {
	s := 0.0
	for _, x := range xs {
		z := (x - m) / sd
		s += z * z * z
	}
	return s / float64(len(xs))
}

func summarize(xs []float64) Summary {
	s := slices.Clone(xs)
	slices.Sort(s)
	m := mean(xs)
	v := sampleVariance(xs)
	sd := math.Sqrt(v)
	return Summary{
		N: len(xs), Mean: m, Var: v, Std: sd,
		Min: s[0], Q1: percentile(s, 25), Median: percentile(s, 50),
		Q3: percentile(s, 75), Max: s[len(s)-1],
		Skew: skewness(xs, m, sd),
	}
}

func (s Summary) Print(name string) {
	fmt.Printf("== %s (n=%d) ==\n", name, s.N)
	fmt.Printf("  mean   %8.4f   var  %8.4f   std %8.4f\n", s.Mean, s.Var, s.Std)
	fmt.Printf("  min    %8.4f   q1   %8.4f   med %8.4f\n", s.Min, s.Q1, s.Median)
	fmt.Printf("  q3     %8.4f   max  %8.4f   IQR %8.4f\n", s.Q3, s.Max, s.Q3-s.Q1)
	fmt.Printf("  skewness %+.4f\n", s.Skew)
}

func outliers(xs []float64, s Summary) []float64 {
	iqr := s.Q3 - s.Q1
	lo, hi := s.Q1-1.5*iqr, s.Q3+1.5*iqr
	var out []float64
	for _, x := range xs {
		if x < lo || x > hi {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	reaction := []float64{0.231, 0.254, 0.219, 0.287, 0.243, 0.262, 0.238, 0.251,
		0.229, 0.612, 0.247, 0.236, 0.258, 0.244, 0.221, 0.267}
	temps := []float64{18.2, 19.5, 21.1, 22.8, 24.0, 23.4, 21.9, 20.3, 19.0, 17.6}

	datasets := []struct {
		name string
		data []float64
	}{
		{"reaction times [s]", reaction},
		{"daily temperature [C]", temps},
	}
	for _, d := range datasets {
		s := summarize(d.data)
		s.Print(d.name)
		if o := outliers(d.data, s); len(o) > 0 {
			fmt.Printf("  outliers (1.5 IQR rule): %v\n", o)
		} else {
			fmt.Println("  no outliers")
		}
	}

	fmt.Println("z-scores of temperatures:")
	s := summarize(temps)
	for i, t := range temps {
		z := (t - s.Mean) / s.Std
		fmt.Printf("  day %2d  %5.1f  z=%+6.3f\n", i+1, t, z)
	}
	for _, p := range []float64{5, 10, 90, 95, 99} {
		sorted := slices.Sorted(slices.Values(reaction))
		fmt.Printf("P%-2.0f of reaction = %.4f\n", p, percentile(sorted, p))
	}
}
