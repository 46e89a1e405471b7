// Lab 6 (bonus): generic parallel quicksort.
//
// Quicksort's two partitions are independent after the partition step, so
// they can be sorted concurrently. As with merge sort we cap the recursion
// depth at which new goroutines are created, and we fall back to insertion
// sort for small slices.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

const cutoff = 12

func insertionSort[T cmp.Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// medianOfThree moves a good pivot to the end of the slice.
func medianOfThree[T cmp.Ordered](s []T) {
	lo, mid, hi := 0, len(s)/2, len(s)-1
	if s[mid] < s[lo] {
		s[mid], s[lo] = s[lo], s[mid]
	}
	if s[hi] < s[lo] {
		s[hi], s[lo] = s[lo], s[hi]
	}
	if s[mid] < s[hi] {
		s[mid], s[hi] = s[hi], s[mid]
	}
}

// partition uses the Lomuto scheme with the last element as pivot.
func partition[T cmp.Ordered](s []T) int {
	medianOfThree(s)
	pivot := s[len(s)-1]
	i := 0
	for j := 0; j < len(s)-1; j++ {
		if s[j] < pivot {
			s[i], s[j] = s[j], s[i]
			i++
		}
	}
	s[i], s[len(s)-1] = s[len(s)-1], s[i]
	return i
}

func QuickSort[T cmp.Ordered](s []T, depth int) {
	if len(s) <= cutoff {
		insertionSort(s)
		return
	}
	p := partition(s)
	left, right := s[:p], s[p+1:]
	if depth <= 0 {
		QuickSort(left, 0)
		QuickSort(right, 0)
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { QuickSort(left, depth-1) })
	QuickSort(right, depth-1)
	wg.Wait()
}

func main() {
	// Integers: a scrambled permutation of 0..9999.
	ints := make([]int, 10000)
	for i := range ints {
		ints[i] = (i * 7919) % len(ints)
	}
	QuickSort(ints, 4)
	fmt.Println("ints sorted:", slices.IsSorted(ints), "first:", ints[:6], "last:", ints[len(ints)-3:])

	// Floats with many duplicates.
	floats := make([]float64, 3000)
	for i := range floats {
		floats[i] = float64((i*37)%101) / 4
	}
	QuickSort(floats, 3)
	fmt.Println("floats sorted:", slices.IsSorted(floats), "min:", floats[0], "max:", floats[len(floats)-1])

	// Strings.
	words := []string{"mutex", "channel", "goroutine", "barrier", "semaphore", "atomic",
		"deadlock", "livelock", "starvation", "futex", "spinlock", "monitor", "condvar",
		"rwlock", "scheduler", "preemption", "affinity", "cache", "coherence", "false-sharing"}
	QuickSort(words, 2)
	for i := 0; i < len(words); i += 5 {
		fmt.Println(" ", words[i:i+5])
	}
}
