package main

import (
	"fmt"
	"slices"
	"sync"
)

// collector gathers values from many goroutines safely.
type collector struct {
	mu   sync.Mutex
	vals []int
}

func (c *collector) add(v int) {
	c.mu.Lock()
	c.vals = append(c.vals, v)
	c.mu.Unlock()
}

func (c *collector) sorted() []int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := slices.Clone(c.vals)
	slices.Sort(out)
	return out
}

func main() {
	fmt.Println("== Go 1.22+: each loop iteration has its own variable ==")
	var c1 collector
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c1.add(i * 10) // i is a fresh copy per iteration
		}()
	}
	wg.Wait()
	fmt.Println("three-clause loop, sorted:", c1.sorted())

	var c2 collector
	for _, v := range []int{7, 3, 9, 1} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c2.add(v)
		}()
	}
	wg.Wait()
	fmt.Println("range loop, sorted:       ", c2.sorted())

	fmt.Println()
	fmt.Println("== Before Go 1.22 people wrote an explicit copy ==")
	var c3 collector
	for i := range 4 {
		i := i // redundant today, but harmless
		wg.Add(1)
		go func() {
			defer wg.Done()
			c3.add(i + 100)
		}()
	}
	wg.Wait()
	fmt.Println("shadowed copy, sorted:    ", c3.sorted())

	fmt.Println()
	fmt.Println("== Closures capture variables, not values ==")
	funcs := make([]func() int, 0, 3)
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for k, f := range funcs {
		fmt.Printf("funcs[%d]() = %d\n", k, f())
	}
	fmt.Println("Why sorted? goroutines finish in any order; sorting makes output stable.")
}
