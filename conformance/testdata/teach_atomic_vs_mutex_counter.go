package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Incrementer is anything that can count concurrently.
type Incrementer interface {
	Inc()
	Load() int64
	Name() string
}

// AtomicCounter uses a lock-free hardware atomic add.
type AtomicCounter struct{ n atomic.Int64 }

func (a *AtomicCounter) Inc()         { a.n.Add(1) }
func (a *AtomicCounter) Load() int64  { return a.n.Load() }
func (a *AtomicCounter) Name() string { return "atomic.Int64" }

// MutexCounter protects a plain int64 with a mutex.
type MutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (m *MutexCounter) Inc() {
	m.mu.Lock()
	m.n++
	m.mu.Unlock()
}

func (m *MutexCounter) Load() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.n
}

func (m *MutexCounter) Name() string { return "mutex + int64" }

func hammer(c Incrementer, goroutines, each int) {
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
}

func main() {
	const goroutines, each = 10, 500
	counters := []Incrementer{&AtomicCounter{}, &MutexCounter{}}

	fmt.Println("== Two correct ways to share a counter ==")
	for _, c := range counters {
		hammer(c, goroutines, each)
		fmt.Printf("%-14s -> %d (ok=%v)\n", c.Name(), c.Load(), c.Load() == goroutines*each)
	}

	fmt.Println()
	fmt.Println("== When to use which ==")
	fmt.Println("atomic: a single word, simple ops (Add, Load, Store, CompareAndSwap)")
	fmt.Println("mutex:  several fields that must change together (an invariant)")

	fmt.Println()
	fmt.Println("== CompareAndSwap demo ==")
	var x atomic.Int64
	x.Store(41)
	fmt.Println("CAS 41->42:", x.CompareAndSwap(41, 42), "value", x.Load())
	fmt.Println("CAS 41->43:", x.CompareAndSwap(41, 43), "value", x.Load())
	fmt.Println("Swap to 7 returned old:", x.Swap(7), "new:", x.Load())
}
