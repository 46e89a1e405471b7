package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	var hits atomic.Int64
	var raw int32
	c := SafeCounter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				hits.Add(1)
				atomic.AddInt32(&raw, 2)
			}
			if i%2 == 0 {
				c.Inc("even")
			} else {
				c.Inc("odd")
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())
	fmt.Println("raw:", atomic.LoadInt32(&raw))
	fmt.Println("even:", c.n["even"], "odd:", c.n["odd"])
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
