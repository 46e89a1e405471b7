// Lab 3: parallel reduction over a slice split into chunks.
//
// Each worker reduces its own chunk into its own slot of a results slice.
// Because every goroutine writes a *different* element, there is no data race
// and no lock is needed. The final combine step runs after wg.Wait().
package main

import (
	"fmt"
	"sync"
)

// Partial is one worker's summary of its chunk.
type Partial struct {
	Lo, Hi int // half-open index range [Lo, Hi)
	Sum    int64
	Max    int
	MaxIdx int
}

// chunkBounds splits n items into k nearly equal contiguous ranges.
func chunkBounds(n, k int) [][2]int {
	bounds := make([][2]int, 0, k)
	base, extra := n/k, n%k
	lo := 0
	for i := 0; i < k; i++ {
		size := base
		if i < extra {
			size++
		}
		bounds = append(bounds, [2]int{lo, lo + size})
		lo += size
	}
	return bounds
}

// makeData fills a slice with a simple linear congruential sequence.
func makeData(n int) []int {
	data := make([]int, n)
	x := uint32(12345)
	for i := range data {
		x = x*1103515245 + 12345
		data[i] = int((x >> 16) % 10000)
	}
	return data
}

func reduce(data []int, lo, hi int) Partial {
	p := Partial{Lo: lo, Hi: hi, Max: -1, MaxIdx: -1}
	for i := lo; i < hi; i++ {
		p.Sum += int64(data[i])
		if data[i] > p.Max { // strict > keeps the first (lowest) index on ties
			p.Max, p.MaxIdx = data[i], i
		}
	}
	return p
}

func parallelReduce(data []int, workers int) (int64, int, int, []Partial) {
	bounds := chunkBounds(len(data), workers)
	parts := make([]Partial, workers)
	var wg sync.WaitGroup
	for i, b := range bounds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[i] = reduce(data, b[0], b[1])
		}()
	}
	wg.Wait()

	// Combine in index order so ties are resolved exactly like the serial code.
	var total int64
	best, bestIdx := -1, -1
	for _, p := range parts {
		total += p.Sum
		if p.Max > best {
			best, bestIdx = p.Max, p.MaxIdx
		}
	}
	return total, best, bestIdx, parts
}

func main() {
	data := makeData(100_003) // deliberately not divisible by the worker count
	serial := reduce(data, 0, len(data))
	fmt.Printf("serial:   sum=%d max=%d at index %d\n", serial.Sum, serial.Max, serial.MaxIdx)

	for _, w := range []int{1, 3, 4, 7} {
		sum, mx, idx, parts := parallelReduce(data, w)
		ok := sum == serial.Sum && mx == serial.Max && idx == serial.MaxIdx
		fmt.Printf("workers=%d sum=%d max=%d at index %d match=%v\n", w, sum, mx, idx, ok)
		if w == 4 {
			for i, p := range parts {
				fmt.Printf("   chunk %d [%6d,%6d) sum=%9d max=%d\n", i, p.Lo, p.Hi, p.Sum, p.Max)
			}
		}
	}
}
