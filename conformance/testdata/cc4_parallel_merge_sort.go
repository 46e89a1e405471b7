// Handout 22: parallel merge sort with a depth cutoff.
// Below a threshold the sort runs sequentially; above it the two halves
// are sorted in parallel. Input comes from a fixed-seed PCG generator.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

func merge(dst, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// mergeSort sorts s using buf as scratch space of the same length.
func mergeSort(s, buf []int, depth int) {
	if len(s) <= 1 {
		return
	}
	mid := len(s) / 2
	if depth > 0 && len(s) >= 64 {
		var wg sync.WaitGroup
		wg.Go(func() { mergeSort(s[:mid], buf[:mid], depth-1) })
		mergeSort(s[mid:], buf[mid:], depth-1)
		wg.Wait()
	} else {
		mergeSort(s[:mid], buf[:mid], 0)
		mergeSort(s[mid:], buf[mid:], 0)
	}
	merge(buf, s[:mid], s[mid:])
	copy(s, buf)
}

func ParallelSort(s []int, depth int) {
	mergeSort(s, make([]int, len(s)), depth)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	data := make([]int, 5000)
	for i := range data {
		data[i] = rng.IntN(100000)
	}
	fmt.Println("first 10 unsorted:", data[:10])

	want := slices.Clone(data)
	slices.Sort(want)

	for depth := range 5 {
		got := slices.Clone(data)
		ParallelSort(got, depth)
		fmt.Printf("depth %d (up to %2d goroutines): sorted=%v matches=%v\n",
			depth, 1<<depth, slices.IsSorted(got), slices.Equal(got, want))
	}

	sorted := slices.Clone(data)
	ParallelSort(sorted, 3)
	fmt.Println("smallest 10:", sorted[:10])
	fmt.Println("largest 10: ", sorted[len(sorted)-10:])
	fmt.Println("median:", sorted[len(sorted)/2])
	for q := 1; q <= 3; q++ {
		fmt.Printf("quartile %d: %d\n", q, sorted[q*len(sorted)/4])
	}
}
