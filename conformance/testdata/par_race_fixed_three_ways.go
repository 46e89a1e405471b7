// A shared counter incremented by many goroutines, made safe three ways.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	workers    = 8
	increments = 1000
)

// Counter is anything that can be incremented concurrently and read once done.
type Counter interface {
	Inc()
	Value() int64
	fmt.Stringer
}

type mutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *mutexCounter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *mutexCounter) Value() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
func (c *mutexCounter) String() string { return "mutex" }

type atomicCounter struct{ n atomic.Int64 }

func (c *atomicCounter) Inc()           { c.n.Add(1) }
func (c *atomicCounter) Value() int64   { return c.n.Load() }
func (c *atomicCounter) String() string { return "atomic" }

// chanCounter owns its count in a single goroutine; others send requests.
type chanCounter struct {
	incs  chan struct{}
	reads chan chan int64
}

func newChanCounter() *chanCounter {
	c := &chanCounter{incs: make(chan struct{}), reads: make(chan chan int64)}
	go func() {
		var n int64
		for {
			select {
			case <-c.incs:
				n++
			case reply := <-c.reads:
				reply <- n
			}
		}
	}()
	return c
}

func (c *chanCounter) Inc() { c.incs <- struct{}{} }
func (c *chanCounter) Value() int64 {
	reply := make(chan int64)
	c.reads <- reply
	return <-reply // answered by the owning goroutine
}

func (c *chanCounter) String() string { return "channel" }

func hammer(c Counter) int64 {
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range increments {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	return c.Value()
}

func main() {
	counters := []Counter{&mutexCounter{}, &atomicCounter{}, newChanCounter()}
	want := int64(workers * increments)
	for _, c := range counters {
		got := hammer(c)
		fmt.Printf("%-8s count=%d ok=%v\n", c, got, got == want)
	}
}
