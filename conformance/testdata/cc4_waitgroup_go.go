// Handout 8: sync.WaitGroup, the old way (Add/Done) and the new way
// (wg.Go, Go 1.25+). Each goroutine writes only to its own slot.
package main

import (
	"fmt"
	"sync"
)

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

// oldStyle uses explicit Add and Done.
func oldStyle(nums []int) []int {
	out := make([]int, len(nums))
	var wg sync.WaitGroup
	wg.Add(len(nums))
	for i, n := range nums {
		go func() {
			defer wg.Done()
			out[i] = collatzSteps(n)
		}()
	}
	wg.Wait()
	return out
}

// newStyle uses wg.Go, which pairs Add and Done for us.
func newStyle(nums []int) []int {
	out := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		wg.Go(func() { out[i] = collatzSteps(n) })
	}
	wg.Wait()
	return out
}

func main() {
	nums := []int{1, 3, 6, 7, 9, 12, 19, 27, 31, 41, 54, 73, 97, 129, 171, 231}
	a := oldStyle(nums)
	b := newStyle(nums)
	best, bestN := -1, 0
	for i, n := range nums {
		fmt.Printf("collatz(%3d): old=%3d new=%3d same=%v\n", n, a[i], b[i], a[i] == b[i])
		if a[i] > best {
			best, bestN = a[i], n
		}
	}
	fmt.Printf("longest chain: n=%d with %d steps\n", bestN, best)
}
