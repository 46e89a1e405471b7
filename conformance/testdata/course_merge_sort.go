// Lab 8c: parallel merge sort with a depth limit.
// Below the depth limit (or for short slices) we recurse sequentially;
// above it the left half is sorted in a new goroutine. We count how many
// goroutines were spawned with an atomic counter; the count only depends on
// the input size and the depth limit.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

const cutoff = 64

var spawned atomic.Int64

func merge[T cmp.Ordered](dst, a, b []T) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if b[j] < a[i] {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

func insertion[T cmp.Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// sortInto sorts s using buf (same length) as scratch space.
func sortInto[T cmp.Ordered](s, buf []T, depth int) {
	if len(s) <= cutoff {
		insertion(s)
		return
	}
	mid := len(s) / 2
	if depth > 0 {
		spawned.Add(1)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			sortInto(s[:mid], buf[:mid], depth-1)
		}()
		sortInto(s[mid:], buf[mid:], depth-1)
		wg.Wait()
	} else {
		sortInto(s[:mid], buf[:mid], 0)
		sortInto(s[mid:], buf[mid:], 0)
	}
	merge(buf, s[:mid], s[mid:])
	copy(s, buf)
}

func ParallelSort[T cmp.Ordered](s []T, maxDepth int) {
	buf := make([]T, len(s))
	sortInto(s, buf, maxDepth)
}

func lcg(seed uint32, n int) []int {
	out := make([]int, n)
	x := seed
	for i := range out {
		x = x*1664525 + 1013904223
		out[i] = int(x>>8) % 100000
	}
	return out
}

func main() {
	base := lcg(42, 50000)
	want := slices.Clone(base)
	slices.Sort(want)

	fmt.Printf("%-6s %-10s %s\n", "depth", "goroutines", "sorted")
	for depth := 0; depth <= 6; depth++ {
		data := slices.Clone(base)
		spawned.Store(0)
		ParallelSort(data, depth)
		fmt.Printf("%-6d %-10d %v\n", depth, spawned.Load(), slices.Equal(data, want))
	}

	small := lcg(7, 12)
	fmt.Println("before:", small)
	ParallelSort(small, 3) // too short to split: no goroutines
	fmt.Println("after: ", small)

	words := []string{"mutex", "barrier", "atomic", "channel", "cond", "pool", "select", "wait"}
	words = append(words, words...)
	for i := 0; i < 4; i++ {
		words = append(words, words...)
	}
	ParallelSort(words, 2)
	fmt.Println("words:", len(words), "first:", words[0], "last:", words[len(words)-1],
		"sorted:", slices.IsSorted(words))
	fmt.Println("median of base:", want[len(want)/2])
}
