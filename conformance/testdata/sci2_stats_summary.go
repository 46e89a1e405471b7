package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

var ErrEmpty = errors.New("empty sample")

type Sample []float64

func (s Sample) Mean() (float64, error) {
	if len(s) == 0 {
		return math.NaN(), ErrEmpty
	}
	sum := 0.0
	for _, x := range s {
		sum += x
	}
	return sum / float64(len(s)), nil
}

// Variance uses Welford's online algorithm (sample variance).
func (s Sample) Variance() float64 {
	var mean, m2 float64
	for i, x := range s {
		d := x - mean
		mean += d / float64(i+1)
		m2 += d * (x - mean)
	}
	if len(s) < 2 {
		return math.NaN()
	}
	return m2 / float64(len(s)-1)
}

// Percentile uses linear interpolation between closest ranks.
func (s Sample) Percentile(p float64) float64 {
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	if len(sorted) == 0 {
		return math.NaN()
	}
	pos := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

func (s Sample) Median() float64 { return s.Percentile(50) }

func (s Sample) Mode() []float64 {
	counts := map[float64]int{}
	best := 0
	for _, x := range s {
		counts[x]++
		best = max(best, counts[x])
	}
	var modes []float64
	for x, c := range counts {
		if c == best {
			modes = append(modes, x)
		}
	}
	slices.Sort(modes)
	return modes
}

func main() {
	data := map[string]Sample{
		"heights": {172.5, 168.0, 181.2, 175.3, 169.9, 177.7, 183.1, 165.4, 172.5, 179.0},
		"scores":  {88, 92, 75, 64, 92, 81, 99, 70, 85, 92, 77},
		"single":  {42},
		"empty":   {},
	}
	names := make([]string, 0, len(data))
	for k := range data {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, name := range names {
		s := data[name]
		mean, err := s.Mean()
		if err != nil {
			fmt.Printf("%-8s error: %v\n", name, err)
			continue
		}
		v := s.Variance()
		fmt.Printf("%-8s n=%2d mean=%8.3f var=%8.3f sd=%7.3f median=%7.2f\n",
			name, len(s), mean, v, math.Sqrt(v), s.Median())
		fmt.Printf("%-8s p10=%.2f p25=%.2f p75=%.2f p90=%.2f mode=%v\n",
			"", s.Percentile(10), s.Percentile(25), s.Percentile(75), s.Percentile(90), s.Mode())
	}

	// Catastrophic cancellation: naive vs Welford with large offset
	big := Sample{1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}
	var sum, sumSq float64
	for _, x := range big {
		sum += x
		sumSq += x * x
	}
	n := float64(len(big))
	naive := (sumSq - sum*sum/n) / (n - 1)
	fmt.Printf("offset data: naive var=%.4f welford var=%.4f\n", naive, big.Variance())
}
