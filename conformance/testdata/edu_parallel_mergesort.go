// Lab 6: parallel merge sort with a depth limit.
//
// Spawning a goroutine for every recursive call creates far more goroutines
// than cores and the overhead dominates. A common fix is to parallelise only
// the top `depth` levels of the recursion tree (2^depth leaves) and sort the
// rest sequentially.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

var spawned atomic.Int64 // number of goroutines started by the sort

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

// mergeSort sorts s using buf (same length) as scratch space.
func mergeSort(s, buf []int, depth int) {
	if len(s) <= 16 {
		slices.Sort(s) // small base case
		return
	}
	mid := len(s) / 2
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		spawned.Add(1)
		go func() {
			defer wg.Done()
			mergeSort(s[:mid], buf[:mid], depth-1)
		}()
		mergeSort(s[mid:], buf[mid:], depth-1) // current goroutine does the other half
		wg.Wait()
	} else {
		mergeSort(s[:mid], buf[:mid], 0)
		mergeSort(s[mid:], buf[mid:], 0)
	}
	merge(buf, s[:mid], s[mid:])
	copy(s, buf)
}

func ParallelMergeSort(s []int, depth int) {
	buf := make([]int, len(s))
	mergeSort(s, buf, depth)
}

func generate(n int, seed uint64) []int {
	out := make([]int, n)
	x := seed
	for i := range out {
		// xorshift64: tiny deterministic pseudo-random generator
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		out[i] = int(x % 100000)
	}
	return out
}

func main() {
	original := generate(50000, 88172645463325252)
	want := slices.Clone(original)
	slices.Sort(want)

	fmt.Printf("%5s %10s %8s %7s\n", "depth", "goroutines", "sorted", "equal")
	for _, depth := range []int{0, 1, 2, 3, 4, 6} {
		s := slices.Clone(original)
		spawned.Store(0)
		ParallelMergeSort(s, depth)
		fmt.Printf("%5d %10d %8v %7v\n", depth, spawned.Load(), slices.IsSorted(s), slices.Equal(s, want))
	}
	fmt.Println("smallest ten:", want[:10])
	fmt.Println("largest five:", want[len(want)-5:])
	fmt.Println("median:", want[len(want)/2])
}
