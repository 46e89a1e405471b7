package main

import (
	"cmp"
	"fmt"
	"time"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

type Histogram[K comparable] struct {
	counts map[K]int
	order  []K
}

func NewHistogram[K comparable]() *Histogram[K] {
	return &Histogram[K]{counts: map[K]int{}}
}

func (h *Histogram[K]) Add(k K) {
	if _, seen := h.counts[k]; !seen {
		h.order = append(h.order, k)
	}
	h.counts[k]++
}

func (h *Histogram[K]) Each(f func(K, int)) {
	for _, k := range h.order {
		f(k, h.counts[k])
	}
}

type Stay struct {
	Plate string
	Dur   time.Duration
	Fee   Cents
}

func main() {
	fees := []Cents{350, 1200, 475, 2000, 90}
	fmt.Println("total fees:", Sum(fees))
	fmt.Printf("mean fee: %.2f cents\n", Mean(fees))

	durs := []time.Duration{45 * time.Minute, 2 * time.Hour, 90 * time.Second}
	fmt.Println("total duration:", Sum(durs))
	fmt.Printf("mean occupancy: %.1f%%\n", Mean([]float64{72.5, 88, 91.25, 60}))

	stays := []Stay{
		{"P-1", 3 * time.Hour, 900},
		{"P-2", 40 * time.Minute, 300},
		{"P-3", 26 * time.Hour, 4000},
	}
	if s, ok := MaxBy(stays, func(s Stay) time.Duration { return s.Dur }); ok {
		fmt.Printf("longest stay: %s %v %v\n", s.Plate, s.Dur, s.Fee)
	}
	if s, ok := MaxBy(stays, func(s Stay) string { return s.Plate }); ok {
		fmt.Println("last plate alphabetically:", s.Plate)
	}
	if _, ok := MaxBy([]Stay{}, func(s Stay) int { return 0 }); !ok {
		fmt.Println("no stays: no max")
	}

	fmt.Println("clamp speed:", Clamp(37, 5, 15), Clamp(2.5, 5.0, 15.0), Clamp("m", "a", "k"))

	h := NewHistogram[string]()
	for _, lane := range []string{"east", "west", "east", "north", "east", "west"} {
		h.Add(lane)
	}
	h.Each(func(k string, n int) { fmt.Printf("  %-6s %d\n", k, n) })

	levels := NewHistogram[int]()
	for _, l := range []int{2, 0, 2, 1, 2, 0} {
		levels.Add(l)
	}
	levels.Each(func(k int, n int) { fmt.Printf("  level %d: %d cars\n", k, n) })
}
