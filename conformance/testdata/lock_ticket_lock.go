// A ticket lock: each goroutine takes a number and waits until the
// "now serving" counter reaches it. This gives FIFO fairness.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type TicketLock struct {
	next    atomic.Uint64
	serving atomic.Uint64
}

func (l *TicketLock) Lock() uint64 {
	my := l.next.Add(1) - 1
	for l.serving.Load() != my {
		runtime.Gosched()
	}
	return my
}

func (l *TicketLock) Unlock() {
	l.serving.Add(1)
}

type Counter struct {
	lock   TicketLock
	value  int
	byUser map[int]int
	order  []uint64
}

func main() {
	c := &Counter{byUser: make(map[int]int)}
	const workers = 6
	const rounds = 200

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				t := c.lock.Lock()
				c.value++
				c.byUser[w]++
				c.order = append(c.order, t)
				c.lock.Unlock()
			}
		}()
	}
	wg.Wait()

	fmt.Println("final value:", c.value)
	for w := 0; w < workers; w++ {
		fmt.Printf("worker %d entered %d times\n", w, c.byUser[w])
	}

	// Tickets were served strictly in order.
	inOrder := true
	for i, t := range c.order {
		if t != uint64(i) {
			inOrder = false
			break
		}
	}
	fmt.Println("tickets issued:", c.lock.next.Load())
	fmt.Println("tickets served:", c.lock.serving.Load())
	fmt.Println("served in FIFO order:", inOrder)

	// Compare with a plain mutex doing the same work.
	var mu sync.Mutex
	plain := 0
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for r := 0; r < rounds; r++ {
				mu.Lock()
				plain++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("mutex counter:", plain)
	fmt.Println("counters agree:", plain == c.value)
}
