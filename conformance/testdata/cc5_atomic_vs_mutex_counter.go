// Exercise 5: a shared counter with atomic.Int64 versus a mutex (and an unsafe-free baseline).
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

type AtomicCounter struct{ n atomic.Int64 }

func (c *AtomicCounter) Inc()         { c.n.Add(1) }
func (c *AtomicCounter) Value() int64 { return c.n.Load() }
func (c *AtomicCounter) Name() string { return "atomic.Int64" }

type MutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *MutexCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}
func (c *MutexCounter) Value() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
func (c *MutexCounter) Name() string { return "sync.Mutex" }

// ChannelCounter serialises increments through a single owner goroutine.
type ChannelCounter struct {
	inc  chan struct{}
	read chan chan int64
}

func NewChannelCounter() *ChannelCounter {
	c := &ChannelCounter{inc: make(chan struct{}), read: make(chan chan int64)}
	go func() {
		var n int64
		for {
			select {
			case <-c.inc:
				n++
			case reply := <-c.read:
				reply <- n
			}
		}
	}()
	return c
}
func (c *ChannelCounter) Inc() { c.inc <- struct{}{} }
func (c *ChannelCounter) Value() int64 {
	reply := make(chan int64)
	c.read <- reply
	return <-reply
}
func (c *ChannelCounter) Name() string { return "owner goroutine" }

func hammer(c Counter, goroutines, each int) int64 {
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	return c.Value()
}

func main() {
	counters := []Counter{&AtomicCounter{}, &MutexCounter{}, NewChannelCounter()}
	configs := [][2]int{{1, 1000}, {4, 500}, {8, 250}, {16, 100}}
	for _, c := range counters {
		fmt.Printf("== %s ==\n", c.Name())
		var running int64
		for _, cfg := range configs {
			before := c.Value()
			after := hammer(c, cfg[0], cfg[1])
			want := int64(cfg[0] * cfg[1])
			running += want
			fmt.Printf("  %2d goroutines x %4d incs: delta=%5d ok=%v\n", cfg[0], cfg[1], after-before, after-before == want)
		}
		fmt.Printf("  final=%d expected=%d\n", c.Value(), running)
	}
}
