package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Gate struct {
	Name    string
	Arrival []int
}

type Counter struct {
	adults   atomic.Int64
	children atomic.Int64
	peak     atomic.Int64
}

func (c *Counter) observe(n int64) {
	for {
		old := c.peak.Load()
		if n <= old || c.peak.CompareAndSwap(old, n) {
			return
		}
	}
}

func main() {
	gates := []Gate{
		{"North", []int{12, 40, 7, 33, 5}},
		{"South", []int{25, 18, 60, 2}},
		{"East", []int{9, 9, 9, 9, 9, 9}},
	}

	var c Counter
	var totalGroups atomic.Int32
	var wg sync.WaitGroup
	perGate := make([]int, len(gates))

	for i, g := range gates {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for _, group := range g.Arrival {
				kids := int64(group / 3)
				c.children.Add(kids)
				c.adults.Add(int64(group) - kids)
				c.observe(int64(group))
				totalGroups.Add(1)
				sum += group
			}
			perGate[i] = sum
		}()
	}
	wg.Wait()

	for i, g := range gates {
		fmt.Printf("%-5s gate: %3d visitors in %d groups\n", g.Name, perGate[i], len(g.Arrival))
	}
	adults, kids := c.adults.Load(), c.children.Load()
	fmt.Println("Adults:  ", adults)
	fmt.Println("Children:", kids)
	fmt.Println("Total:   ", adults+kids)
	fmt.Println("Groups:  ", totalGroups.Load())
	fmt.Println("Largest group:", c.peak.Load())

	var ticketsSold atomic.Uint64
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Go(func() {
			for range 100 {
				ticketsSold.Add(1)
			}
		})
	}
	wg2.Wait()
	fmt.Printf("Online tickets sold: %d (0x%x)\n", ticketsSold.Load(), ticketsSold.Load())
}
