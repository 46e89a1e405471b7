// Handout 5: three ways to build a shared counter.
// All of them are race free; they differ in cost and in how much state
// they can protect.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter interface {
	Inc()
	Value() int64
	Name() string
}

type MutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *MutexCounter) Inc()         { c.mu.Lock(); c.n++; c.mu.Unlock() }
func (c *MutexCounter) Value() int64 { c.mu.Lock(); defer c.mu.Unlock(); return c.n }
func (c *MutexCounter) Name() string { return "mutex" }

type AtomicCounter struct{ n atomic.Int64 }

func (c *AtomicCounter) Inc()         { c.n.Add(1) }
func (c *AtomicCounter) Value() int64 { return c.n.Load() }
func (c *AtomicCounter) Name() string { return "atomic" }

// ShardedCounter spreads increments over several padded slots.
type ShardedCounter struct {
	shards [8]struct {
		n atomic.Int64
		_ [56]byte
	}
	next atomic.Uint32
}

func (c *ShardedCounter) Inc() {
	i := c.next.Add(1) % uint32(len(c.shards))
	c.shards[i].n.Add(1)
}

func (c *ShardedCounter) Value() int64 {
	var total int64
	for i := range c.shards {
		total += c.shards[i].n.Load()
	}
	return total
}
func (c *ShardedCounter) Name() string { return "sharded" }

func hammer(c Counter, goroutines, perG int) int64 {
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for range perG {
				c.Inc()
			}
		})
	}
	wg.Wait()
	return c.Value()
}

func main() {
	configs := []struct{ g, per int }{{1, 1000}, {4, 2500}, {8, 1250}, {16, 500}}
	makers := []func() Counter{
		func() Counter { return &MutexCounter{} },
		func() Counter { return &AtomicCounter{} },
		func() Counter { return &ShardedCounter{} },
	}
	for _, cfg := range configs {
		fmt.Printf("-- %d goroutines x %d increments --\n", cfg.g, cfg.per)
		for _, mk := range makers {
			c := mk()
			got := hammer(c, cfg.g, cfg.per)
			want := int64(cfg.g * cfg.per)
			fmt.Printf("  %-8s got=%6d want=%6d ok=%v\n", c.Name(), got, want, got == want)
		}
	}
}
