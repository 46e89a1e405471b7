// Exercise 1: start one goroutine per loop iteration.
// Since Go 1.22 each iteration has its own copy of the loop variable,
// so the closure below sees the value it was started with.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	n      int
	square int
	cube   int
}

func main() {
	const n = 8
	results := make([]result, n)

	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// i is per-iteration, no need to pass it as an argument
			results[i] = result{n: i, square: i * i, cube: i * i * i}
		}()
	}
	wg.Wait()

	fmt.Println("n  square  cube")
	for _, r := range results {
		fmt.Printf("%-2d %6d %5d\n", r.n, r.square, r.cube)
	}

	// The same thing with range over a slice of names.
	names := []string{"ada", "brian", "grace", "ken", "rob"}
	lengths := make([]int, len(names))
	for idx, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lengths[idx] = len(name)
		}()
	}
	wg.Wait()

	total := 0
	for idx, name := range names {
		fmt.Printf("%s has %d letters\n", name, lengths[idx])
		total += lengths[idx]
	}
	fmt.Println("total letters:", total)

	// And with range over an integer.
	var mu sync.Mutex
	sum := 0
	for k := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += k
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("sum of 0..99 =", sum)
}
