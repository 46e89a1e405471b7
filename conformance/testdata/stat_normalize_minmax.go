package main

import (
	"fmt"
	"math"
	"strings"
)

type Scaler interface {
	Fit(xs []float64)
	Transform(x float64) float64
	fmt.Stringer
}

type MinMax struct{ lo, hi float64 }

func (m *MinMax) Fit(xs []float64) {
	m.lo, m.hi = bounds(xs)
}
func (m *MinMax) Transform(x float64) float64 {
	if m.hi == m.lo {
		return 0
	}
	return (x - m.lo) / (m.hi - m.lo)
}
func (m *MinMax) String() string { return fmt.Sprintf("MinMax[%g..%g]", m.lo, m.hi) }

type Standard struct{ mu, sigma float64 }

func (s *Standard) Fit(xs []float64) {
	s.mu = 0
	for _, x := range xs {
		s.mu += x
	}
	s.mu /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - s.mu) * (x - s.mu)
	}
	s.sigma = math.Sqrt(v / float64(len(xs)))
}
func (s *Standard) Transform(x float64) float64 { return (x - s.mu) / s.sigma }
func (s *Standard) String() string              { return fmt.Sprintf("Standard[mu=%.2f sd=%.2f]", s.mu, s.sigma) }

type Robust struct{ med, iqr float64 }

func (r *Robust) Fit(xs []float64) {
	s := append([]float64(nil), xs...)
	for i := 1; i < len(s); i++ { // insertion sort, textbook style
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	n := len(s)
	r.med = s[n/2]
	r.iqr = s[3*n/4] - s[n/4]
}
func (r *Robust) Transform(x float64) float64 { return (x - r.med) / r.iqr }
func (r *Robust) String() string              { return fmt.Sprintf("Robust[med=%g iqr=%g]", r.med, r.iqr) }

func bounds(xs []float64) (lo, hi float64) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func main() {
	incomes := []float64{32, 45, 38, 51, 29, 60, 41, 250, 36, 47, 55}
	scalers := []Scaler{&MinMax{}, &Standard{}, &Robust{}}
	for _, s := range scalers {
		s.Fit(incomes)
	}
	fmt.Printf("%-6s", "raw")
	for _, s := range scalers {
		fmt.Printf(" %26s", s)
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 6+27*len(scalers)))
	for _, x := range incomes {
		fmt.Printf("%-6g", x)
		for _, s := range scalers {
			fmt.Printf(" %26.4f", s.Transform(x))
		}
		fmt.Println()
	}
	lo, hi := bounds(incomes)
	fmt.Printf("bounds: (%v, %v)\n", lo, hi)
	for _, s := range scalers {
		fmt.Printf("%T transforms 100 -> %.4f\n", s, s.Transform(100))
	}
}
