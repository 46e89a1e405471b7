package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Rolling struct {
	size   int
	ring   []float64
	next   int
	full   bool
	sorted []float64
}

func NewRolling(size int) *Rolling {
	return &Rolling{size: size, ring: make([]float64, size)}
}

func (r *Rolling) Add(v float64) {
	if r.full {
		old := r.ring[r.next]
		i, _ := slices.BinarySearch(r.sorted, old)
		r.sorted = slices.Delete(r.sorted, i, i+1)
	}
	r.ring[r.next] = v
	i, _ := slices.BinarySearch(r.sorted, v)
	r.sorted = slices.Insert(r.sorted, i, v)
	r.next = (r.next + 1) % r.size
	if r.next == 0 {
		r.full = true
	}
}

// Percentile uses linear interpolation between closest ranks.
func (r *Rolling) Percentile(p float64) float64 {
	n := len(r.sorted)
	if n == 0 {
		return math.NaN()
	}
	pos := p / 100 * float64(n-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	frac := pos - float64(lo)
	return r.sorted[lo] + (r.sorted[hi]-r.sorted[lo])*frac
}

func (r *Rolling) NearestRank(p float64) float64 {
	n := len(r.sorted)
	rank := int(math.Ceil(p / 100 * float64(n)))
	rank = max(1, min(rank, n))
	return r.sorted[rank-1]
}

func main() {
	latencies := []float64{12, 15, 11, 80, 14, 13, 250, 16, 12, 18, 17, 15, 900, 14, 13}
	r := NewRolling(5)
	fmt.Println("empty p50 is NaN:", math.IsNaN(r.Percentile(50)))
	var b strings.Builder
	for i, v := range latencies {
		r.Add(v)
		fmt.Fprintf(&b, "%2d v=%-4g window=%-24s p50=%-6.2f p90=%-6.2f p99=%-7.2f nr95=%g\n",
			i, v, fmt.Sprint(r.sorted), r.Percentile(50), r.Percentile(90), r.Percentile(99), r.NearestRank(95))
	}
	fmt.Print(b.String())

	all := slices.Sorted(slices.Values(latencies))
	fmt.Println("overall sorted:", all)
	whole := NewRolling(len(latencies))
	for _, v := range latencies {
		whole.Add(v)
	}
	for _, p := range []float64{0, 25, 50, 75, 90, 100} {
		fmt.Printf("p%-3g = %.3f\n", p, whole.Percentile(p))
	}
}
