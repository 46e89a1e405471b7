// Lecture 2: protecting a shared counter.
// We compare three ways to count concurrently: a mutex, an atomic,
// and per-goroutine partial sums combined at the end.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type MutexCounter struct {
	mu sync.Mutex
	n  int
}

func (c *MutexCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *MutexCounter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

type AtomicCounter struct {
	n atomic.Int64
}

func (c *AtomicCounter) Inc()       { c.n.Add(1) }
func (c *AtomicCounter) Value() int { return int(c.n.Load()) }

type Counter interface {
	Inc()
	Value() int
}

func hammer(c Counter, goroutines, perG int) int {
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	return c.Value()
}

func partialSums(goroutines, perG int) int {
	partial := make([]int, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				partial[g]++
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, p := range partial {
		total += p
	}
	return total
}

func main() {
	const goroutines, perG = 8, 5000
	want := goroutines * perG

	counters := []Counter{&MutexCounter{}, &AtomicCounter{}}
	fmt.Printf("%-22s %8s %8s %s\n", "strategy", "got", "want", "ok")
	for _, c := range counters {
		got := hammer(c, goroutines, perG)
		fmt.Printf("%-22T %8d %8d %v\n", c, got, want, got == want)
	}
	got := partialSums(goroutines, perG)
	fmt.Printf("%-22s %8d %8d %v\n", "partial sums", got, want, got == want)
}
