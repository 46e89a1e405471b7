package main

import (
	"fmt"
	"sync"
)

// Chunk is a half-open index range [Lo, Hi).
type Chunk struct{ Lo, Hi int }

func (c Chunk) String() string { return fmt.Sprintf("[%d,%d)", c.Lo, c.Hi) }

// split divides n items into k nearly equal chunks.
func split(n, k int) []Chunk {
	chunks := make([]Chunk, 0, k)
	size, rem := n/k, n%k
	lo := 0
	for i := range k {
		hi := lo + size
		if i < rem {
			hi++
		}
		chunks = append(chunks, Chunk{lo, hi})
		lo = hi
	}
	return chunks
}

func sequentialSum(xs []int64) int64 {
	var s int64
	for _, x := range xs {
		s += x
	}
	return s
}

func parallelSum(xs []int64, workers int) (int64, []int64) {
	chunks := split(len(xs), workers)
	partial := make([]int64, len(chunks)) // each goroutine writes its own slot
	var wg sync.WaitGroup
	for i, c := range chunks {
		wg.Go(func() {
			partial[i] = sequentialSum(xs[c.Lo:c.Hi])
		})
	}
	wg.Wait()
	return sequentialSum(partial), partial
}

func main() {
	const n = 100_003
	xs := make([]int64, n)
	for i := range xs {
		xs[i] = int64(i%97) * 3
	}

	fmt.Println("== Chunking ==")
	fmt.Println("n =", n, "chunks for 4 workers:", split(n, 4))

	seq := sequentialSum(xs)
	fmt.Println()
	fmt.Println("== Sequential vs parallel ==")
	fmt.Println("sequential:", seq)
	for _, w := range []int{1, 2, 4, 7} {
		par, parts := parallelSum(xs, w)
		fmt.Printf("workers=%d sum=%d equal=%v partials=%d\n", w, par, par == seq, len(parts))
	}
	fmt.Println()
	fmt.Println("integer addition is associative, so any chunking gives the same sum;")
	fmt.Println("with floats the grouping could change the last bits.")
}
