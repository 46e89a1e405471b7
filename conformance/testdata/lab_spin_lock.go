// Lab 19: a spin lock built on an atomic compare-and-swap. It satisfies
// sync.Locker, so it can be swapped with sync.Mutex in the same code.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct {
	held  atomic.Bool
	spins atomic.Int64 // failed attempts, for curiosity only (not printed)
}

func (l *SpinLock) Lock() {
	for !l.held.CompareAndSwap(false, true) {
		l.spins.Add(1)
		runtime.Gosched() // be polite to the other goroutines
	}
}

func (l *SpinLock) Unlock() {
	if !l.held.CompareAndSwap(true, false) {
		panic("unlock of unlocked SpinLock")
	}
}

func (l *SpinLock) TryLock() bool { return l.held.CompareAndSwap(false, true) }

var _ sync.Locker = (*SpinLock)(nil)

type Counter struct {
	mu    sync.Locker
	value int
	log   []int // which worker made every 100th increment
}

func (c *Counter) Inc(worker int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.value++
	if c.value%100 == 0 {
		c.log = append(c.log, worker)
	}
}

func hammer(c *Counter, workers, perWorker int) {
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for range perWorker {
				c.Inc(w)
			}
		})
	}
	wg.Wait()
}

func main() {
	for _, tc := range []struct {
		name string
		lock sync.Locker
	}{
		{"spin", &SpinLock{}},
		{"mutex", &sync.Mutex{}},
	} {
		c := &Counter{mu: tc.lock}
		hammer(c, 8, 500)
		fmt.Printf("%-5s value=%d checkpoints=%d\n", tc.name, c.value, len(c.log))
	}

	var l SpinLock
	fmt.Println("try on free lock:", l.TryLock())
	fmt.Println("try on held lock:", l.TryLock())
	l.Unlock()
	fmt.Println("try after unlock:", l.TryLock())
	l.Unlock()
}
