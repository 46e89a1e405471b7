package main

import (
	"fmt"
	"sync"
)

type chunk struct {
	lo, hi int
}

func split(n, parts int) []chunk {
	chunks := make([]chunk, 0, parts)
	size := (n + parts - 1) / parts
	for lo := 0; lo < n; lo += size {
		chunks = append(chunks, chunk{lo, min(lo+size, n)})
	}
	return chunks
}

func parallelSum(data []int64, parts int) (int64, []int64) {
	chunks := split(len(data), parts)
	partial := make([]int64, len(chunks))
	var wg sync.WaitGroup
	for i, c := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s int64
			for _, v := range data[c.lo:c.hi] {
				s += v
			}
			partial[i] = s // each goroutine writes only its own slot
		}()
	}
	wg.Wait()

	var total int64
	for _, p := range partial {
		total += p
	}
	return total, partial
}

func main() {
	const n = 1_000_000
	data := make([]int64, n)
	for i := range data {
		data[i] = int64(i%1000) - 250
	}

	var serial int64
	for _, v := range data {
		serial += v
	}
	fmt.Printf("serial sum:   %d\n", serial)

	for _, parts := range []int{1, 2, 4, 7, 16} {
		total, partial := parallelSum(data, parts)
		fmt.Printf("parts=%-2d sum=%d match=%t\n", parts, total, total == serial)
		if parts == 4 {
			for i, p := range partial {
				fmt.Printf("    chunk %d: %d\n", i, p)
			}
		}
	}

	chunks := split(10, 3)
	fmt.Printf("split(10,3) = %+v\n", chunks)
}
