package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Catalog is read often and written rarely: a good fit for sync.RWMutex.
type Catalog struct {
	mu      sync.RWMutex
	prices  map[string]int
	active  atomic.Int32 // readers currently inside RLock
	reads   atomic.Int64 // total completed reads
	writes  atomic.Int64
	clashes atomic.Int64 // writer saw an active reader (must stay 0)
}

func NewCatalog() *Catalog {
	return &Catalog{prices: map[string]int{"cpu": 300, "gpu": 900, "ram": 80}}
}

func (c *Catalog) Price(item string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.active.Add(1)
	defer c.active.Add(-1)
	c.reads.Add(1)
	return c.prices[item]
}

func (c *Catalog) Raise(item string, delta int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.active.Load() != 0 {
		c.clashes.Add(1)
	}
	c.prices[item] += delta
	c.writes.Add(1)
}

func main() {
	c := NewCatalog()
	items := []string{"cpu", "gpu", "ram"}
	const readers, readsEach = 6, 200
	const writers, writesEach = 2, 50

	var wg sync.WaitGroup
	for r := range readers {
		wg.Go(func() {
			for i := range readsEach {
				_ = c.Price(items[(r+i)%len(items)])
			}
		})
	}
	for range writers {
		wg.Go(func() {
			for i := range writesEach {
				c.Raise(items[i%len(items)], 1)
			}
		})
	}
	wg.Wait()

	fmt.Println("== Counts ==")
	fmt.Println("reads completed: ", c.reads.Load(), "expected", readers*readsEach)
	fmt.Println("writes completed:", c.writes.Load(), "expected", writers*writesEach)
	fmt.Println("writer ever overlapped a reader:", c.clashes.Load() != 0)

	fmt.Println()
	fmt.Println("== Final prices (independent of interleaving) ==")
	for _, it := range items {
		fmt.Printf("%-4s %d\n", it, c.Price(it))
	}

	fmt.Println()
	fmt.Println("== Rules ==")
	fmt.Println("many readers may hold RLock at once; Lock excludes everyone")
}
