package main

import (
	"fmt"
	"iter"
	"math"
	"slices"
)

type Stop struct {
	Name string
	X, Y float64
}

func dist(a, b Stop) float64 {
	return math.Hypot(a.X-b.X, a.Y-b.Y)
}

// Permutations yields every ordering of xs (Heap's algorithm).
// The yielded slice is reused, so callers must copy it to keep it.
func Permutations[T any](xs []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		a := slices.Clone(xs)
		c := make([]int, len(a))
		if !yield(a) {
			return
		}
		for i := 0; i < len(a); {
			if c[i] < i {
				if i%2 == 0 {
					a[0], a[i] = a[i], a[0]
				} else {
					a[c[i]], a[i] = a[i], a[c[i]]
				}
				if !yield(a) {
					return
				}
				c[i]++
				i = 0
			} else {
				c[i] = 0
				i++
			}
		}
	}
}

func tourLength(depot Stop, order []Stop) float64 {
	total := 0.0
	prev := depot
	for _, s := range order {
		total += dist(prev, s)
		prev = s
	}
	return total + dist(prev, depot)
}

func nearestNeighbour(depot Stop, stops []Stop) []Stop {
	left := slices.Clone(stops)
	var out []Stop
	cur := depot
	for len(left) > 0 {
		i := 0
		for j := range left {
			if dist(cur, left[j]) < dist(cur, left[i]) {
				i = j
			}
		}
		cur = left[i]
		out = append(out, cur)
		left = slices.Delete(left, i, i+1)
	}
	return out
}

func names(ss []Stop) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Name
	}
	return out
}

func main() {
	depot := Stop{"depot", 0, 0}
	stops := []Stop{
		{"bakery", 2, 7}, {"clinic", 6, 1}, {"school", 7, 6},
		{"garage", -3, 4}, {"library", 4, 9}, {"market", -1, -5}, {"farm", 9, -2}, {"kiosk", 1, -2},
	}
	var best []Stop
	bestLen := math.Inf(1)
	count := 0
	for p := range Permutations(stops) {
		count++
		if l := tourLength(depot, p); l < bestLen-1e-9 {
			bestLen = l
			best = slices.Clone(p)
		}
	}
	fmt.Printf("checked %d orderings\n", count)
	fmt.Printf("optimal: %.3f %v\n", bestLen, names(best))

	nn := nearestNeighbour(depot, stops)
	nnLen := tourLength(depot, nn)
	fmt.Printf("nearest: %.3f %v\n", nnLen, names(nn))
	fmt.Printf("nearest-neighbour is %.1f%% longer\n", (nnLen/bestLen-1)*100)

	for i, s := range best {
		fmt.Printf("%d. %-8s (%4.1f,%4.1f)\n", i+1, s.Name, s.X, s.Y)
	}
}
