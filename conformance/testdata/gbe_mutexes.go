// Go by Example: Mutexes
package main

import (
	"fmt"
	"sync"
)

// Container holds counters updated from many goroutines, so it
// has a Mutex. Note that mutexes must not be copied.
type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

// Lock before accessing counters; defer the unlock.
func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

// A cache guarded by an RWMutex: many readers, one writer.
type Cache struct {
	mu    sync.RWMutex
	data  map[int]int
	fills int
}

func (c *Cache) Get(k int, compute func(int) int) int {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// Re-check: another goroutine may have filled it meanwhile.
	if v, ok := c.data[k]; ok {
		return v
	}
	c.fills++
	v = compute(k)
	c.data[k] = v
	return v
}

func main() {
	// The zero value of a mutex is usable as-is.
	c := Container{counters: map[string]int{"a": 0, "b": 0}}

	var wg sync.WaitGroup

	// This function increments a named counter in a loop.
	doIncrement := func(name string, n int) {
		for range n {
			c.inc(name)
		}
	}

	// All goroutines share the Container; two share counter "a".
	wg.Go(func() { doIncrement("a", 10000) })
	wg.Go(func() { doIncrement("a", 10000) })
	wg.Go(func() { doIncrement("b", 10000) })
	wg.Go(func() { doIncrement("c", 2500) })

	wg.Wait()
	fmt.Println(c.counters)

	cache := &Cache{data: map[int]int{}}
	results := make([]int, 40)
	for i := range results {
		wg.Go(func() {
			results[i] = cache.Get(i%5, func(k int) int { return k * k * k })
		})
	}
	wg.Wait()
	fmt.Println(results[:10])
	fmt.Println("distinct fills:", cache.fills)

	// sync.Once runs initialization exactly one time.
	var once sync.Once
	inits := 0
	for range 8 {
		wg.Go(func() { once.Do(func() { inits++ }) })
	}
	wg.Wait()
	fmt.Println("inits:", inits)
}
