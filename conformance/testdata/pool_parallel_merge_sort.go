package main

import (
	"fmt"
	"slices"
	"sync"
)

// lcg is a tiny deterministic pseudo-random generator.
type lcg struct{ state uint32 }

func (g *lcg) next() int {
	g.state = g.state*1664525 + 1013904223
	return int((g.state >> 16) % 10000)
}

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// parallelSort splits the work in two goroutines until depth runs out,
// which bounds the number of goroutines to 2^depth.
func parallelSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	if depth <= 0 {
		left := parallelSort(xs[:mid], 0)
		right := parallelSort(xs[mid:], 0)
		return merge(left, right)
	}
	var left, right []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); left = parallelSort(xs[:mid], depth-1) }()
	go func() { defer wg.Done(); right = parallelSort(xs[mid:], depth-1) }()
	wg.Wait()
	return merge(left, right)
}

func main() {
	gen := &lcg{state: 2024}
	data := make([]int, 50000)
	for i := range data {
		data[i] = gen.next()
	}

	fmt.Println("first ten inputs:", data[:10])
	for _, depth := range []int{0, 1, 3, 5} {
		sorted := parallelSort(data, depth)
		fmt.Printf("depth %d: sorted=%t len=%d min=%d max=%d\n",
			depth, slices.IsSorted(sorted), len(sorted), sorted[0], sorted[len(sorted)-1])
	}

	sorted := parallelSort(data, 4)
	ref := slices.Clone(data)
	slices.Sort(ref)
	fmt.Println("matches slices.Sort:", slices.Equal(sorted, ref))
	fmt.Println("smallest ten:", sorted[:10])
	fmt.Println("median:", sorted[len(sorted)/2])

	small := []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}
	fmt.Println("small:", parallelSort(small, 2))
	fmt.Println("original untouched:", small)
}
