// Lecture 1: starting goroutines and waiting for them with sync.WaitGroup.
package main

import (
	"fmt"
	"strings"
	"sync"
)

// square is the "work" each goroutine performs.
func square(n int) int { return n * n }

func main() {
	const n = 8

	// Version 1: classic Add/Done. Each goroutine writes to its own slot,
	// so no lock is needed and the output order is fixed by the index.
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i + 1)
		}()
	}
	wg.Wait()
	fmt.Println("Add/Done results:", results)

	// Version 2: wg.Go (Go 1.25+) hides the Add/Done bookkeeping.
	cubes := make([]int, n)
	var wg2 sync.WaitGroup
	for i := range n {
		wg2.Go(func() {
			v := i + 1
			cubes[i] = v * v * v
		})
	}
	wg2.Wait()
	fmt.Println("wg.Go results:   ", cubes)

	// Version 3: nested groups, one per "team" of workers.
	teams := [][]string{
		{"ada", "alan"},
		{"barbara", "edsger", "tony"},
		{"grace"},
	}
	summaries := make([]string, len(teams))
	var outer sync.WaitGroup
	for t, members := range teams {
		outer.Go(func() {
			upper := make([]string, len(members))
			var inner sync.WaitGroup
			for j, m := range members {
				inner.Go(func() { upper[j] = strings.ToUpper(m) })
			}
			inner.Wait()
			summaries[t] = fmt.Sprintf("team %d -> %s", t, strings.Join(upper, ","))
		})
	}
	outer.Wait()
	for _, s := range summaries {
		fmt.Println(s)
	}

	// Summing the results after Wait is safe: Wait establishes happens-before.
	total := 0
	for i := range n {
		total += results[i] + cubes[i]
	}
	fmt.Printf("total of squares and cubes: %d\n", total)
	fmt.Printf("type of &wg: %T\n", &wg)
}
