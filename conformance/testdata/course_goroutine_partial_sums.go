// Lab 1: starting threads.
// Each goroutine sums the squares of its own slice of the range [1, n]
// and writes the partial result into its own slot, so no locking is needed.
package main

import (
	"fmt"
	"sync"
)

type chunk struct {
	id       int
	lo, hi   int // half-open interval [lo, hi)
	partial  int64
	elements int
}

func (c *chunk) run() {
	for i := c.lo; i < c.hi; i++ {
		c.partial += int64(i) * int64(i)
		c.elements++
	}
}

func split(n, workers int) []*chunk {
	chunks := make([]*chunk, workers)
	size := n / workers
	rest := n % workers
	lo := 1
	for w := 0; w < workers; w++ {
		hi := lo + size
		if w < rest {
			hi++
		}
		chunks[w] = &chunk{id: w, lo: lo, hi: hi}
		lo = hi
	}
	return chunks
}

func sequential(n int) int64 {
	var s int64
	for i := 1; i <= n; i++ {
		s += int64(i) * int64(i)
	}
	return s
}

func main() {
	const n = 100003
	for _, workers := range []int{1, 3, 8} {
		chunks := split(n, workers)

		var wg sync.WaitGroup
		for _, c := range chunks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.run()
			}()
		}
		wg.Wait()

		fmt.Printf("workers=%d\n", workers)
		var total int64
		for _, c := range chunks {
			fmt.Printf("  thread %d: [%6d,%6d) %6d elements partial=%d\n",
				c.id, c.lo, c.hi, c.elements, c.partial)
			total += c.partial
		}
		want := sequential(n)
		fmt.Printf("  total=%d sequential=%d ok=%v\n", total, want, total == want)
	}
}
