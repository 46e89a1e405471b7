package main

import (
	"fmt"
	"strings"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	loads  int
	loader func(string) string
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	c.loads++
	v = c.loader(k)
	c.data[k] = v
	return v
}

func main() {
	c := &Cache{data: map[string]string{}, loader: strings.ToUpper}
	keys := []string{"a", "b", "c", "a", "b", "a"}
	var wg sync.WaitGroup
	got := make([]string, 30)
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			got[i] = c.Get(keys[i%len(keys)])
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(got[:6], ""), c.loads, len(c.data))
	c.mu.RLock()
	fmt.Println(c.data["a"], c.data["z"] == "")
	c.mu.RUnlock()
}
