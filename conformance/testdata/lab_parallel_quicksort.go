// Lab 6: parallel quicksort. Recursive calls run in new goroutines until a
// depth limit is reached; below that we recurse sequentially.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

var spawned atomic.Int64

func partition[T cmp.Ordered](a []T) int {
	mid := len(a) / 2
	a[mid], a[len(a)-1] = a[len(a)-1], a[mid]
	pivot := a[len(a)-1]
	store := 0
	for i := range len(a) - 1 {
		if a[i] < pivot {
			a[i], a[store] = a[store], a[i]
			store++
		}
	}
	a[store], a[len(a)-1] = a[len(a)-1], a[store]
	return store
}

func quicksort[T cmp.Ordered](a []T, depth int) {
	if len(a) < 2 {
		return
	}
	p := partition(a)
	if depth <= 0 {
		quicksort(a[:p], 0)
		quicksort(a[p+1:], 0)
		return
	}
	var wg sync.WaitGroup
	spawned.Add(1)
	wg.Go(func() { quicksort(a[:p], depth-1) })
	quicksort(a[p+1:], depth-1)
	wg.Wait()
}

// lcg produces a deterministic pseudo-random sequence.
func lcg(n int, seed uint32) []int {
	out := make([]int, n)
	x := seed
	for i := range out {
		x = x*1664525 + 1013904223
		out[i] = int(x>>16) % 1000
	}
	return out
}

func main() {
	for _, depth := range []int{0, 1, 3, 6} {
		spawned.Store(0)
		data := lcg(5000, 42)
		want := slices.Clone(data)
		slices.Sort(want)
		quicksort(data, depth)
		fmt.Printf("depth=%d sorted=%v equal=%v spawned<=%d:%v first=%v last=%v\n",
			depth, slices.IsSorted(data), slices.Equal(data, want),
			1<<depth-1, spawned.Load() <= 1<<depth-1, data[:4], data[len(data)-3:])
	}

	words := []string{"pear", "fig", "apple", "kiwi", "date", "banana", "cherry"}
	quicksort(words, 2)
	fmt.Println(words)
}
