package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// call tracks one in-flight load; waiters block on done.
type call struct {
	done chan struct{}
	val  string
	err  error
}

// Cache loads each key at most once, even under concurrent misses.
type Cache struct {
	mu       sync.Mutex
	data     map[string]string
	inflight map[string]*call
	load     func(key string) (string, error)
	hits     atomic.Int64
	shared   atomic.Int64
}

func NewCache(load func(string) (string, error)) *Cache {
	return &Cache{data: map[string]string{}, inflight: map[string]*call{}, load: load}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	if v, ok := c.data[key]; ok {
		c.mu.Unlock()
		c.hits.Add(1)
		return v, nil
	}
	if cl, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		c.shared.Add(1)
		<-cl.done
		return cl.val, cl.err
	}
	cl := &call{done: make(chan struct{})}
	c.inflight[key] = cl
	c.mu.Unlock()

	cl.val, cl.err = c.load(key)

	c.mu.Lock()
	if cl.err == nil {
		c.data[key] = cl.val
	}
	delete(c.inflight, key)
	c.mu.Unlock()
	close(cl.done)
	return cl.val, cl.err
}

func main() {
	var mu sync.Mutex
	loads := map[string]int{}
	slowLoad := func(key string) (string, error) {
		mu.Lock()
		loads[key]++
		mu.Unlock()
		if key == "missing" {
			return "", fmt.Errorf("no such key %q", key)
		}
		// some work so that concurrent callers overlap
		h := uint32(2166136261)
		for i := 0; i < 20000; i++ {
			h ^= uint32(key[i%len(key)])
			h *= 16777619
		}
		return fmt.Sprintf("%s=%08x", key, h), nil
	}
	cache := NewCache(slowLoad)

	keys := []string{"users", "orders", "items", "prices"}
	const workers = 16
	results := make([][]string, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				v, err := cache.Get(keys[(w+i)%len(keys)])
				if err != nil {
					v = err.Error()
				}
				results[w] = append(results[w], v)
			}
		}()
	}
	wg.Wait()
	answered := cache.hits.Load() + cache.shared.Load()

	names := make([]string, 0, len(loads))
	for k := range loads {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("loads[%s] = %d\n", k, loads[k])
	}
	agree := true
	for w := range results {
		for i, v := range results[w] {
			want, _ := cache.Get(keys[(w+i)%len(keys)])
			if v != want {
				agree = false
			}
		}
	}
	fmt.Println("all workers agree:", agree)
	fmt.Println("lookups answered without loading:", answered, "of", workers*10)
	for _, k := range keys {
		v, _ := cache.Get(k)
		fmt.Println(v)
	}

	// Errors are shared with waiters but never cached.
	for round := 1; round <= 3; round++ {
		_, err := cache.Get("missing")
		fmt.Printf("round %d: %v (loads so far %d)\n", round, err, loads["missing"])
	}
}
