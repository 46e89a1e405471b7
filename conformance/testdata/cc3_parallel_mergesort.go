package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

type lcg struct{ state uint64 }

func (g *lcg) next() uint64 {
	g.state = g.state*6364136223846793005 + 1442695040888963407
	return g.state >> 33
}

func merge[T cmp.Ordered](a, b []T) []T {
	out := make([]T, 0, len(a)+len(b))
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

// MergeSort spawns goroutines for the top `depth` levels of recursion only,
// which bounds the number of goroutines to 2^depth.
func MergeSort[T cmp.Ordered](xs []T, depth int) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []T
	if depth > 0 && len(xs) > 64 {
		var wg sync.WaitGroup
		wg.Go(func() { left = MergeSort(xs[:mid], depth-1) })
		right = MergeSort(xs[mid:], depth-1)
		wg.Wait()
	} else {
		left = MergeSort(xs[:mid], 0)
		right = MergeSort(xs[mid:], 0)
	}
	return merge(left, right)
}

func fingerprint(xs []int) uint64 {
	var h uint64 = 14695981039346656037
	for _, x := range xs {
		h ^= uint64(x)
		h *= 1099511628211
	}
	return h
}

func main() {
	g := &lcg{state: 42}
	data := make([]int, 50_000)
	for i := range data {
		data[i] = int(g.next() % 100_000)
	}
	fmt.Println("first unsorted:", data[:8])

	original := slices.Clone(data)
	want := slices.Clone(data)
	slices.Sort(want)
	for _, depth := range []int{0, 1, 2, 3, 4, 6} {
		got := MergeSort(slices.Clone(data), depth)
		fmt.Printf("depth=%d goroutines<=%-3d sorted=%t equal=%t fp=%016x\n",
			depth, 1<<depth, slices.IsSorted(got), slices.Equal(got, want), fingerprint(got))
	}
	sorted := MergeSort(data, 3)
	fmt.Println("smallest:", sorted[:10])
	fmt.Println("largest:", sorted[len(sorted)-5:])
	fmt.Println("median:", sorted[len(sorted)/2])
	fmt.Println("input untouched:", slices.Equal(data, original))

	dups := 0
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] {
			dups++
		}
	}
	fmt.Println("duplicates:", dups)

	words := []string{"wait", "signal", "lock", "unlock", "spawn", "join", "yield",
		"fork", "barrier", "atomic", "fence", "channel", "select", "park"}
	fmt.Println("words sorted:", MergeSort(words, 2))

	floats := []float64{3.5, -1.25, 2, 9.75, 0, -7.5, 4.125, 2}
	fmt.Println("floats sorted:", MergeSort(floats, 1))

	small := make([]int, 12)
	for i := range small {
		small[i] = int(g.next() % 50)
	}
	fmt.Println("small input: ", small)
	fmt.Println("small output:", MergeSort(small, 2))
	idx, found := slices.BinarySearch(sorted, sorted[1234])
	fmt.Println("binary search finds element 1234:", found, sorted[idx] == sorted[1234])
}
