// Lab 9: parallel merge sort with a depth cutoff, compared to slices.Sort.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

const cutoff = 64

func merge[T cmp.Ordered](dst, a, b []T) {
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

func insertionSort[T cmp.Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// sortInto sorts src using buf as scratch space of the same length.
func sortInto[T cmp.Ordered](src, buf []T, depth int, spawned *int, mu *sync.Mutex) {
	if len(src) <= cutoff {
		insertionSort(src)
		return
	}
	mid := len(src) / 2
	if depth > 0 {
		mu.Lock()
		*spawned++
		mu.Unlock()
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			sortInto(src[:mid], buf[:mid], depth-1, spawned, mu)
		}()
		sortInto(src[mid:], buf[mid:], depth-1, spawned, mu)
		wg.Wait()
	} else {
		sortInto(src[:mid], buf[:mid], 0, spawned, mu)
		sortInto(src[mid:], buf[mid:], 0, spawned, mu)
	}
	copy(buf, src)
	merge(src, buf[:mid], buf[mid:])
}

func ParallelSort[T cmp.Ordered](xs []T, depth int) int {
	var mu sync.Mutex
	spawned := 0
	sortInto(xs, make([]T, len(xs)), depth, &spawned, &mu)
	return spawned
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]int, 5000)
	for i := range data {
		data[i] = r.IntN(100000)
	}
	want := slices.Clone(data)
	slices.Sort(want)

	fmt.Printf("%-6s %-8s %-8s %s\n", "depth", "spawned", "sorted", "equal")
	for depth := 0; depth <= 4; depth++ {
		xs := slices.Clone(data)
		sp := ParallelSort(xs, depth)
		fmt.Printf("%-6d %-8d %-8v %v\n", depth, sp, slices.IsSorted(xs), slices.Equal(xs, want))
	}
	fmt.Println("smallest five:", want[:5])
	fmt.Println("largest five: ", want[len(want)-5:])

	words := []string{"pipeline", "barrier", "mutex", "atomic", "channel", "cond", "once", "pool"}
	ParallelSort(words, 2)
	fmt.Printf("%q\n", words)

	floats := []float64{3.5, -1.25, 2, 0, 9.75, -7}
	ParallelSort(floats, 1)
	fmt.Printf("%6.2f\n", floats)
}
