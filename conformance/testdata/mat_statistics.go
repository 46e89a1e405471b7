package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func modes(xs []float64) []float64 {
	counts := map[float64]int{}
	best := 0
	for _, x := range xs {
		counts[x]++
		best = max(best, counts[x])
	}
	var out []float64
	for v, c := range counts {
		if c == best {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

func stddev(xs []float64, sample bool) float64 {
	m := mean(xs)
	ss := 0.0
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	n := float64(len(xs))
	if sample {
		n--
	}
	return math.Sqrt(ss / n)
}

// percentile uses linear interpolation between closest ranks.
func percentile(xs []float64, p float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	pos := p / 100 * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	return s[lo] + (s[hi]-s[lo])*(pos-float64(lo))
}

func correlation(xs, ys []float64) float64 {
	mx, my := mean(xs), mean(ys)
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

func main() {
	scores := []float64{72, 85, 90, 66, 85, 78, 92, 58, 85, 70, 66, 99, 81}
	fmt.Println("data:", scores)
	fmt.Printf("n=%d mean=%.3f median=%.1f modes=%v\n", len(scores), mean(scores), median(scores), modes(scores))
	fmt.Printf("population sd=%.4f sample sd=%.4f\n", stddev(scores, false), stddev(scores, true))
	fmt.Printf("min=%.0f max=%.0f range=%.0f\n", slices.Min(scores), slices.Max(scores), slices.Max(scores)-slices.Min(scores))
	for _, p := range []float64{10, 25, 50, 75, 90} {
		fmt.Printf("  p%-2.0f = %.2f\n", p, percentile(scores, p))
	}

	m, sd := mean(scores), stddev(scores, false)
	fmt.Println("z-scores beyond 1.5:")
	for _, s := range scores {
		if z := (s - m) / sd; math.Abs(z) > 1.5 {
			fmt.Printf("  %.0f z=%+.3f\n", s, z)
		}
	}

	fmt.Println("histogram:")
	for lo := 50.0; lo < 100; lo += 10 {
		n := 0
		for _, s := range scores {
			if s >= lo && s < lo+10 {
				n++
			}
		}
		fmt.Printf("  %3.0f-%-3.0f | %s (%d)\n", lo, lo+9, strings.Repeat("*", n), n)
	}

	hours := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	marks := []float64{52, 55, 61, 64, 70, 71, 79, 83}
	r := correlation(hours, marks)
	mx, my := mean(hours), mean(marks)
	slope := r * stddev(marks, true) / stddev(hours, true)
	fmt.Printf("correlation r=%.4f  fit: marks = %.3f + %.3f*hours\n", r, my-slope*mx, slope)
	fmt.Printf("predicted marks for 10 hours: %.1f\n", my-slope*mx+slope*10)

	// Welford's online algorithm matches the two-pass result.
	var count int
	var runMean, m2 float64
	for _, x := range scores {
		count++
		delta := x - runMean
		runMean += delta / float64(count)
		m2 += delta * (x - runMean)
	}
	fmt.Printf("welford mean=%.3f variance=%.4f\n", runMean, m2/float64(count))
}
