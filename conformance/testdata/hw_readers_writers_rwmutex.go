package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Library struct {
	mu      sync.RWMutex
	books   map[string]int
	reads   atomic.Int64
	writes  atomic.Int64
	maxRead atomic.Int64
	active  atomic.Int64
}

func NewLibrary() *Library { return &Library{books: map[string]int{}} }

func (l *Library) Read(title string) int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	cur := l.active.Add(1)
	for {
		old := l.maxRead.Load()
		if cur <= old || l.maxRead.CompareAndSwap(old, cur) {
			break
		}
	}
	l.reads.Add(1)
	v := l.books[title]
	l.active.Add(-1)
	return v
}

func (l *Library) Write(title string, delta int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.active.Load() != 0 {
		panic("writer overlapped a reader")
	}
	l.books[title] += delta
	l.writes.Add(1)
}

func main() {
	lib := NewLibrary()
	titles := []string{"dune", "emma", "ulysses"}
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := range 20 {
				lib.Write(titles[(w+i)%len(titles)], w+1)
			}
		})
	}
	var negative atomic.Int64
	for r := range 6 {
		wg.Go(func() {
			for i := range 30 {
				if lib.Read(titles[(r+i)%len(titles)]) < 0 {
					negative.Add(1)
				}
			}
		})
	}
	wg.Wait()
	keys := make([]string, 0, len(lib.books))
	for k := range lib.books {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := 0
	for _, k := range keys {
		fmt.Printf("%-8s %d\n", k, lib.books[k])
		total += lib.books[k]
	}
	fmt.Println("reads:", lib.reads.Load(), "writes:", lib.writes.Load())
	fmt.Println("total:", total, "expected:", 20*(1+2+3))
	fmt.Println("negative reads:", negative.Load())
	fmt.Println("concurrent readers observed >= 1:", lib.maxRead.Load() >= 1)
}
