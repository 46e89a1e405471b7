package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// TicketLock is a fair spin lock: like a bakery, take a number and wait
// until it is being served. Goroutines enter in ticket order (FIFO).
type TicketLock struct {
	next    atomic.Uint64 // next ticket to hand out
	serving atomic.Uint64 // ticket currently allowed in
}

func (t *TicketLock) Lock() {
	my := t.next.Add(1) - 1
	for t.serving.Load() != my {
		runtime.Gosched() // be polite while spinning
	}
}

func (t *TicketLock) Unlock() { t.serving.Add(1) }

func (t *TicketLock) String() string {
	return fmt.Sprintf("TicketLock{next=%d serving=%d}", t.next.Load(), t.serving.Load())
}

var _ sync.Locker = (*TicketLock)(nil) // it satisfies the standard interface

func main() {
	var lock TicketLock
	fmt.Println("== Fresh lock ==")
	fmt.Println(&lock)

	fmt.Println()
	fmt.Println("== Single goroutine: tickets are handed out in order ==")
	for range 3 {
		lock.Lock()
		fmt.Println("inside critical section:", &lock)
		lock.Unlock()
	}

	fmt.Println()
	fmt.Println("== Protecting a plain counter from many goroutines ==")
	counter := 0 // not atomic: protected by the ticket lock
	var wg sync.WaitGroup
	const goroutines, each = 4, 100
	for range goroutines {
		wg.Go(func() {
			for range each {
				lock.Lock()
				counter++
				lock.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("counter:", counter, "expected:", goroutines*each)
	fmt.Println("all tickets served:", lock.next.Load() == lock.serving.Load())
	fmt.Println(&lock)
}
