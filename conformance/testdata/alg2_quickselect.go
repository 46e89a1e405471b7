package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type selector struct {
	rng   *rand.Rand
	comps int
}

func (s *selector) partition(a []int, lo, hi int) int {
	r := lo + s.rng.IntN(hi-lo+1)
	a[r], a[hi] = a[hi], a[r]
	pivot := a[hi]
	store := lo
	for i := lo; i < hi; i++ {
		s.comps++
		if a[i] < pivot {
			a[i], a[store] = a[store], a[i]
			store++
		}
	}
	a[store], a[hi] = a[hi], a[store]
	return store
}

// Select returns the k-th smallest element (0-based) of a, reordering a.
func (s *selector) Select(a []int, k int) (int, bool) {
	if k < 0 || k >= len(a) {
		return 0, false
	}
	lo, hi := 0, len(a)-1
	for lo < hi {
		p := s.partition(a, lo, hi)
		switch {
		case p == k:
			return a[p], true
		case p < k:
			lo = p + 1
		default:
			hi = p - 1
		}
	}
	return a[lo], true
}

func main() {
	sel := &selector{rng: rand.New(rand.NewPCG(1, 2))}
	data := make([]int, 20)
	for i := range data {
		data[i] = sel.rng.IntN(50)
	}
	sorted := slices.Sorted(slices.Values(data))
	fmt.Println("data:  ", data)
	fmt.Println("sorted:", sorted)

	allOK := true
	for _, k := range []int{0, 4, 9, 10, 15, 19} {
		sel.comps = 0
		v, ok := sel.Select(slices.Clone(data), k)
		match := ok && v == sorted[k]
		allOK = allOK && match
		fmt.Printf("k=%2d value=%2d comparisons=%3d match=%v\n", k, v, sel.comps, match)
	}
	for k := range data {
		v, _ := sel.Select(slices.Clone(data), k)
		if v != sorted[k] {
			allOK = false
		}
	}
	fmt.Println("all ranks correct:", allOK)

	if _, ok := sel.Select(data, 99); !ok {
		fmt.Println("k=99 rejected: out of range")
	}

	work := slices.Clone(data)
	const top = 5
	sel.Select(work, len(work)-top)
	best := slices.Clone(work[len(work)-top:])
	slices.Sort(best)
	fmt.Println("top 5:", best)

	odd := []int{7, 1, 9, 3, 5}
	med, _ := sel.Select(odd, len(odd)/2)
	fmt.Println("median of [7 1 9 3 5]:", med)
}
