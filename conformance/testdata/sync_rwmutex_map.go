package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.RWMutex
	items map[string]int
}

func (r *Registry) Get(k string) (int, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry) Set(k string, v int) {
	r.mu.Lock()
	r.items[k] = v
	r.mu.Unlock()
}

func main() {
	r := &Registry{items: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() { r.Set(fmt.Sprint("k", i%5), i%5) })
	}
	wg.Wait()
	for i := range 6 {
		v, ok := r.Get(fmt.Sprint("k", i))
		fmt.Println(i, v, ok)
	}
}
