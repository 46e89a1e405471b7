package main

import (
	"fmt"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
)

// Cache memoises an expensive function. Readers share an RLock; a miss
// upgrades to the write lock and re-checks before computing.
type Cache struct {
	mu       sync.RWMutex
	data     map[int]string
	compute  func(int) string
	lookups  atomic.Int64
	computed atomic.Int64
}

func NewCache(f func(int) string) *Cache {
	return &Cache{data: make(map[int]string), compute: f}
}

func (c *Cache) Get(key int) string {
	c.lookups.Add(1)
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	v = c.compute(key)
	c.data[key] = v
	c.computed.Add(1)
	return v
}

func (c *Cache) Keys() []int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]int, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

func factorial(n int) string {
	f := big.NewInt(1)
	for i := 2; i <= n; i++ {
		f.Mul(f, big.NewInt(int64(i)))
	}
	return f.String()
}

func main() {
	cache := NewCache(factorial)
	const readers = 8
	const perReader = 300

	digitSums := make([]int, readers)
	var wg sync.WaitGroup
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perReader; i++ {
				key := (r*7 + i*3) % 25
				for _, ch := range cache.Get(key) {
					digitSums[r] += int(ch - '0')
				}
			}
		}()
	}
	wg.Wait()

	fmt.Println("lookups:", cache.lookups.Load())
	fmt.Println("distinct computations:", cache.computed.Load())
	for _, k := range cache.Keys() {
		if k%4 == 0 || k == 24 {
			fmt.Printf("%2d! = %s\n", k, cache.Get(k))
		}
	}
	for r, s := range digitSums {
		fmt.Printf("reader %d digit sum total: %d\n", r, s)
	}
	fmt.Println("lookups after report:", cache.lookups.Load())
	fmt.Println("computations after report:", cache.computed.Load())
}
