// Parallel sum of a large slice, split into contiguous chunks.
package main

import (
	"fmt"
	"sync"
)

type chunk struct {
	lo, hi int
}

func (c chunk) String() string { return fmt.Sprintf("[%d,%d)", c.lo, c.hi) }

// split divides n items into k nearly equal contiguous chunks.
func split(n, k int) []chunk {
	chunks := make([]chunk, 0, k)
	size, extra := n/k, n%k
	lo := 0
	for i := range k {
		hi := lo + size
		if i < extra {
			hi++
		}
		chunks = append(chunks, chunk{lo, hi})
		lo = hi
	}
	return chunks
}

func sequentialSum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func parallelSum(xs []int, k int) (int, []int) {
	chunks := split(len(xs), k)
	partial := make([]int, len(chunks))
	var wg sync.WaitGroup
	for i, c := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			partial[i] = sequentialSum(xs[c.lo:c.hi])
		}()
	}
	wg.Wait()
	return sequentialSum(partial), partial
}

func main() {
	const n = 100_000
	xs := make([]int, n)
	for i := range xs {
		xs[i] = (i*7 + 3) % 1000
	}
	want := sequentialSum(xs)
	for _, k := range []int{1, 3, 4, 7} {
		got, partial := parallelSum(xs, k)
		fmt.Printf("k=%d sum=%d match=%v\n", k, got, got == want)
		for i, c := range split(n, k) {
			fmt.Printf("  chunk %d %v -> %d\n", i, c, partial[i])
		}
	}
	fmt.Println("formula check:", n*(n+1)/2 == sequentialSum(func() []int {
		ys := make([]int, n)
		for i := range ys {
			ys[i] = i + 1
		}
		return ys
	}()))
}
