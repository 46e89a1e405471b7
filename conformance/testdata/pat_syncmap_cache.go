package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type entry struct {
	once sync.Once
	val  string
}

// Cache memoizes an expensive function; each key is computed exactly once
// even when many goroutines ask for it at the same time.
type Cache struct {
	m        sync.Map // string -> *entry
	hits     atomic.Int64
	misses   atomic.Int64
	computed atomic.Int64
	compute  func(string) string
}

func (c *Cache) Get(key string) string {
	e, loaded := c.m.LoadOrStore(key, &entry{})
	if loaded {
		c.hits.Add(1)
	} else {
		c.misses.Add(1)
	}
	ent := e.(*entry)
	ent.once.Do(func() {
		c.computed.Add(1)
		ent.val = c.compute(key)
	})
	return ent.val
}

func (c *Cache) Keys() []string {
	var keys []string
	c.m.Range(func(k, _ any) bool {
		keys = append(keys, k.(string))
		return true
	})
	slices.Sort(keys)
	return keys
}

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return strings.ToUpper(string(r))
}

func main() {
	c := &Cache{compute: reverse}
	keys := []string{"go", "chan", "mutex", "go", "select", "chan", "go", "wait"}
	const workers = 6
	outputs := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range keys {
				k := keys[(i+w)%len(keys)]
				outputs[w] = append(outputs[w], c.Get(k))
			}
		})
	}
	wg.Wait()

	total := workers * len(keys)
	fmt.Printf("lookups=%d hits=%d misses=%d computed=%d\n",
		total, c.hits.Load(), c.misses.Load(), c.computed.Load())
	fmt.Println("keys:", c.Keys())
	fmt.Println("worker 0:", outputs[0])
	fmt.Println("worker 5:", outputs[5])

	v, ok := c.m.Load("mutex")
	fmt.Println("load mutex:", v.(*entry).val, ok)
	old, _ := c.m.Load("wait")
	fmt.Println("CAS wrong old:", c.m.CompareAndSwap("wait", &entry{}, &entry{val: "X"}))
	fmt.Println("CAS right old:", c.m.CompareAndSwap("wait", old, &entry{val: "X"}))
	prev, deleted := c.m.LoadAndDelete("go")
	fmt.Println("deleted go:", prev.(*entry).val, deleted)
	fmt.Println("after delete:", c.Keys())
	fmt.Println("Get go again:", c.Get("go"), "computed:", c.computed.Load())
	c.m.Clear()
	fmt.Println("after clear:", len(c.Keys()))
}
