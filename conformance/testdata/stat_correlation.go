package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Series struct {
	Label  string
	Values []float64
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func Pearson(a, b []float64) float64 {
	ma, mb := mean(a), mean(b)
	var cov, va, vb float64
	for i := range a {
		da, db := a[i]-ma, b[i]-mb
		cov += da * db
		va += da * da
		vb += db * db
	}
	return cov / math.Sqrt(va*vb)
}

// ranks assigns average ranks (1-based), handling ties.
func ranks(xs []float64) []float64 {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		switch {
		case xs[i] < xs[j]:
			return -1
		case xs[i] > xs[j]:
			return 1
		}
		return 0
	})
	r := make([]float64, len(xs))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && xs[idx[j+1]] == xs[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}

func Spearman(a, b []float64) float64 { return Pearson(ranks(a), ranks(b)) }

func describe(r float64) string {
	abs := math.Abs(r)
	strength := "weak"
	if abs >= 0.7 {
		strength = "strong"
	} else if abs >= 0.4 {
		strength = "moderate"
	}
	if r < 0 {
		return strength + " negative"
	}
	return strength + " positive"
}

func main() {
	series := []Series{
		{"temp", []float64{14, 16, 11, 17, 18, 22, 25, 21, 19, 23}},
		{"icecream", []float64{215, 325, 185, 332, 406, 522, 614, 445, 408, 544}},
		{"coats", []float64{90, 70, 110, 65, 60, 40, 20, 45, 50, 30}},
		{"random", []float64{3, 9, 1, 7, 2, 8, 4, 6, 5, 5}},
	}
	fmt.Printf("%-9s", "")
	for _, s := range series {
		fmt.Printf("%10s", s.Label)
	}
	fmt.Println()
	for _, a := range series {
		fmt.Printf("%-9s", a.Label)
		for _, b := range series {
			fmt.Printf("%10.3f", Pearson(a.Values, b.Values))
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("=", 49))
	for i, a := range series {
		for _, b := range series[i+1:] {
			p := Pearson(a.Values, b.Values)
			s := Spearman(a.Values, b.Values)
			fmt.Printf("%-8s vs %-8s pearson=%+.3f spearman=%+.3f (%s)\n", a.Label, b.Label, p, s, describe(p))
		}
	}
	fmt.Println("ranks of random:", ranks(series[3].Values))
}
