package main

import (
	"fmt"
	"slices"
)

type stats struct {
	comps, swaps, calls int
}

func (s *stats) lomuto(a []int, lo, hi int) int {
	pivot := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		s.comps++
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			s.swaps++
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	s.swaps++
	return i
}

func (s *stats) hoare(a []int, lo, hi int) int {
	pivot := a[lo+(hi-lo)/2]
	i, j := lo-1, hi+1
	for {
		for {
			i++
			s.comps++
			if a[i] >= pivot {
				break
			}
		}
		for {
			j--
			s.comps++
			if a[j] <= pivot {
				break
			}
		}
		if i >= j {
			return j
		}
		a[i], a[j] = a[j], a[i]
		s.swaps++
	}
}

func (s *stats) quickLomuto(a []int, lo, hi int) {
	s.calls++
	if lo < hi {
		p := s.lomuto(a, lo, hi)
		s.quickLomuto(a, lo, p-1)
		s.quickLomuto(a, p+1, hi)
	}
}

func (s *stats) quickHoare(a []int, lo, hi int) {
	s.calls++
	if lo < hi {
		p := s.hoare(a, lo, hi)
		s.quickHoare(a, lo, p)
		s.quickHoare(a, p+1, hi)
	}
}

func main() {
	base := []int{38, 27, 43, 3, 9, 82, 10, 27, 55, 1, 64, 19}

	trace := slices.Clone(base)
	var t stats
	p := t.lomuto(trace, 0, len(trace)-1)
	fmt.Printf("lomuto first partition: pivot index %d -> %v\n", p, trace)
	trace = slices.Clone(base)
	p = t.hoare(trace, 0, len(trace)-1)
	fmt.Printf("hoare first partition: split at %d -> %v | %v\n", p, trace[:p+1], trace[p+1:])

	sortedInput := slices.Sorted(slices.Values(base))
	dups := []int{5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1}
	cases := []struct {
		name string
		data []int
	}{{"mixed", base}, {"sorted", sortedInput}, {"duplicates", dups}}

	for _, c := range cases {
		want := slices.Sorted(slices.Values(c.data))
		a := slices.Clone(c.data)
		var ls stats
		ls.quickLomuto(a, 0, len(a)-1)
		fmt.Printf("%-10s lomuto: comps=%3d swaps=%3d calls=%2d ok=%v\n",
			c.name, ls.comps, ls.swaps, ls.calls, slices.Equal(a, want))
		b := slices.Clone(c.data)
		var hs stats
		hs.quickHoare(b, 0, len(b)-1)
		fmt.Printf("%-10s hoare:  comps=%3d swaps=%3d calls=%2d ok=%v\n",
			c.name, hs.comps, hs.swaps, hs.calls, slices.Equal(b, want))
	}
	final := slices.Clone(base)
	var s stats
	s.quickHoare(final, 0, len(final)-1)
	fmt.Println("sorted:", final)
}
