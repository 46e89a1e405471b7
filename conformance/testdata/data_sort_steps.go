package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Counter tallies comparisons and writes for a sorting run.
type Counter struct {
	Name          string
	Compares, Mov int
}

func (c Counter) String() string {
	return fmt.Sprintf("%-10s compares=%4d moves=%4d", c.Name, c.Compares, c.Mov)
}

func (c *Counter) less(a, b int) bool { c.Compares++; return a < b }

func mergeSort(xs []int, c *Counter) {
	if len(xs) < 2 {
		return
	}
	mid := len(xs) / 2
	mergeSort(xs[:mid], c)
	mergeSort(xs[mid:], c)
	tmp := make([]int, 0, len(xs))
	i, j := 0, mid
	for i < mid && j < len(xs) {
		if c.less(xs[j], xs[i]) {
			tmp = append(tmp, xs[j])
			j++
		} else {
			tmp = append(tmp, xs[i])
			i++
		}
	}
	tmp = append(tmp, xs[i:mid]...)
	tmp = append(tmp, xs[j:]...)
	c.Mov += copy(xs, tmp)
}

func quickSort(xs []int, c *Counter) {
	if len(xs) < 2 {
		return
	}
	// median-of-three pivot placed at the end, Lomuto partition
	mid, hi := len(xs)/2, len(xs)-1
	if c.less(xs[mid], xs[0]) {
		xs[mid], xs[0] = xs[0], xs[mid]
	}
	if c.less(xs[hi], xs[0]) {
		xs[hi], xs[0] = xs[0], xs[hi]
	}
	if c.less(xs[mid], xs[hi]) {
		xs[mid], xs[hi] = xs[hi], xs[mid]
	}
	pivot, p := xs[hi], 0
	for i := range hi {
		if c.less(xs[i], pivot) {
			xs[i], xs[p] = xs[p], xs[i]
			c.Mov += 2
			p++
		}
	}
	xs[p], xs[hi] = xs[hi], xs[p]
	c.Mov += 2
	quickSort(xs[:p], c)
	quickSort(xs[p+1:], c)
}

func heapSort(xs []int, c *Counter) {
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && c.less(xs[child], xs[child+1]) {
				child++
			}
			if !c.less(xs[root], xs[child]) {
				return
			}
			xs[root], xs[child] = xs[child], xs[root]
			c.Mov += 2
			root = child
		}
	}
	for i := len(xs)/2 - 1; i >= 0; i-- {
		sift(i, len(xs))
	}
	for end := len(xs) - 1; end > 0; end-- {
		xs[0], xs[end] = xs[end], xs[0]
		c.Mov += 2
		sift(0, end)
	}
}

func insertionSort(xs []int, c *Counter) {
	for i := 1; i < len(xs); i++ {
		v, j := xs[i], i
		for j > 0 && c.less(v, xs[j-1]) {
			xs[j] = xs[j-1]
			c.Mov++
			j--
		}
		xs[j] = v
	}
}

// lcg gives a reproducible pseudo-random sequence.
func lcg(n int, seed uint32) []int {
	out := make([]int, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = int(seed>>16) % 1000
	}
	return out
}

func main() {
	algos := []struct {
		name string
		fn   func([]int, *Counter)
	}{
		{"merge", mergeSort}, {"quick", quickSort}, {"heap", heapSort}, {"insertion", insertionSort},
	}
	inputs := map[string][]int{
		"random":   lcg(64, 42),
		"sorted":   slices.Sorted(slices.Values(lcg(64, 7))),
		"reversed": slices.SortedFunc(slices.Values(lcg(64, 9)), func(a, b int) int { return cmp.Compare(b, a) }),
	}
	for _, kind := range []string{"random", "sorted", "reversed"} {
		fmt.Printf("input %s (n=%d):\n", kind, len(inputs[kind]))
		for _, a := range algos {
			xs := slices.Clone(inputs[kind])
			c := Counter{Name: a.name}
			a.fn(xs, &c)
			fmt.Printf("  %v sorted=%t\n", c, slices.IsSorted(xs))
		}
	}
	small := []int{5, 2, 9, 1, 5, 6}
	mergeSort(small, &Counter{})
	fmt.Println("small example:", small)
}
