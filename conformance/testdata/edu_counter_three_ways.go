// Lecture 3 demo: three correct ways to share a counter between goroutines.
//
// The naive version, where every goroutine simply does `counter++`, is a data
// race: ++ is a read-modify-write sequence (LOAD, ADD, STORE) and two
// goroutines can interleave so that one update is lost. We do not run that
// version here; instead we show the three standard fixes, all of which give
// the same deterministic answer.
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

// Counter is the interface all three implementations satisfy.
type Counter interface {
	Inc()
	Value() int64
	Name() string
}

// MutexCounter protects a plain integer with a sync.Mutex.
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

func (c *MutexCounter) Name() string { return "mutex" }

// AtomicCounter uses a lock-free atomic integer.
type AtomicCounter struct{ n atomic.Int64 }

func (c *AtomicCounter) Inc()         { c.n.Add(1) }
func (c *AtomicCounter) Value() int64 { return c.n.Load() }
func (c *AtomicCounter) Name() string { return "atomic" }

// ChannelCounter confines the integer to a single owner goroutine:
// "do not communicate by sharing memory; share memory by communicating".
type ChannelCounter struct {
	inc  chan struct{}
	read chan chan int64
	stop chan struct{}
}

func NewChannelCounter() *ChannelCounter {
	c := &ChannelCounter{
		inc:  make(chan struct{}),
		read: make(chan chan int64),
		stop: make(chan struct{}),
	}
	go c.owner()
	return c
}

func (c *ChannelCounter) owner() {
	var n int64 // only this goroutine ever touches n
	for {
		select {
		case <-c.inc:
			n++
		case reply := <-c.read:
			reply <- n
		case <-c.stop:
			return
		}
	}
}

func (c *ChannelCounter) Inc() { c.inc <- struct{}{} }

func (c *ChannelCounter) Value() int64 {
	reply := make(chan int64)
	c.read <- reply
	return <-reply
}

func (c *ChannelCounter) Name() string { return "channel" }
func (c *ChannelCounter) Close()       { close(c.stop) }

// hammer starts `workers` goroutines that each increment the counter.
func hammer(c Counter) int64 {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait() // happens-before edge: all Inc calls are visible after this
	return c.Value()
}

func main() {
	cc := NewChannelCounter()
	defer cc.Close()

	counters := []Counter{&MutexCounter{}, &AtomicCounter{}, cc}
	want := int64(workers * increments)

	fmt.Printf("%d goroutines x %d increments each\n", workers, increments)
	fmt.Printf("%-8s %8s %8s %s\n", "impl", "expected", "got", "status")
	for _, c := range counters {
		got := hammer(c)
		status := "OK"
		if got != want {
			status = "LOST UPDATES"
		}
		fmt.Printf("%-8s %8d %8d %s\n", c.Name(), want, got, status)
	}
	fmt.Println("All three fixes establish a happens-before order on the updates.")
}
