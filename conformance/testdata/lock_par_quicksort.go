package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

var spawned atomic.Int32

func partition(a []int) int {
	mid := len(a) / 2
	a[mid], a[len(a)-1] = a[len(a)-1], a[mid]
	pivot := a[len(a)-1]
	i := 0
	for j := 0; j < len(a)-1; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[len(a)-1] = a[len(a)-1], a[i]
	return i
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// quicksort sorts a in place. While depth > 0 the left half is sorted in
// a new goroutine; below that it falls back to plain recursion.
func quicksort(a []int, depth int) {
	if len(a) <= 12 {
		insertionSort(a)
		return
	}
	p := partition(a)
	left, right := a[:p], a[p+1:]
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		spawned.Add(1)
		go func() {
			defer wg.Done()
			quicksort(left, depth-1)
		}()
		quicksort(right, depth-1)
		wg.Wait()
		return
	}
	quicksort(left, 0)
	quicksort(right, 0)
}

func pseudoRandom(n int, seed uint32) []int {
	a := make([]int, n)
	s := seed
	for i := range a {
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		a[i] = int(s % 10000)
	}
	return a
}

func main() {
	small := []int{38, 27, 43, 3, 9, 82, 10, 55, 1, 67, 21, 90, 14, 5, 71, 33, 2, 48}
	quicksort(small, 2)
	fmt.Println("small sorted:", small)

	for _, depth := range []int{0, 1, 2, 4, 6} {
		spawned.Store(0)
		data := pseudoRandom(50000, 2463534242)
		want := slices.Clone(data)
		slices.Sort(want)
		quicksort(data, depth)
		fmt.Printf("depth=%d sorted=%v equal=%v first=%d last=%d goroutines<=%d:%v\n",
			depth, slices.IsSorted(data), slices.Equal(data, want), data[0], data[len(data)-1],
			1<<depth-1, int(spawned.Load()) <= 1<<depth-1)
	}

	// Already-sorted and reversed input, plus many duplicates.
	asc := make([]int, 3000)
	desc := make([]int, 3000)
	dups := make([]int, 3000)
	for i := range asc {
		asc[i] = i
		desc[i] = 3000 - i
		dups[i] = i % 5
	}
	for name, a := range map[string][]int{"asc": asc, "desc": desc, "dups": dups} {
		quicksort(a, 3)
		if !slices.IsSorted(a) {
			fmt.Println(name, "NOT sorted")
		}
	}
	fmt.Println("asc/desc/dups all sorted")
	fmt.Println("dups head:", dups[:5], "tail:", dups[len(dups)-5:])
}
