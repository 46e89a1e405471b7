package main

import (
	"fmt"
	"sync"
)

// Counter is a shared counter whose increments are guarded by a mutex.
// Without the mutex, "c.n++" is a read-modify-write that two goroutines
// can interleave, losing updates (a data race).
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (c *Counter) String() string {
	return fmt.Sprintf("Counter(%d)", c.Value())
}

func main() {
	const workers = 8
	const perWorker = 1000

	fmt.Println("== The problem ==")
	fmt.Println("n++ is load, add, store: concurrent goroutines can overwrite each other.")
	fmt.Println("With a race, the final count would be unpredictable (and is undefined behaviour).")

	fmt.Println()
	fmt.Println("== The fix: a mutex around the critical section ==")
	var c Counter
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range perWorker {
				c.Inc()
			}
		})
	}
	wg.Wait()

	fmt.Printf("workers=%d, increments each=%d\n", workers, perWorker)
	fmt.Println("expected:", workers*perWorker)
	fmt.Println("got:     ", c.Value())
	fmt.Println("correct: ", c.Value() == workers*perWorker)
	fmt.Println("as Stringer:", &c)
}
