// Lab 15: readers-writers with sync.RWMutex. Atomic counters track how many
// readers and writers are inside the critical section so we can check the
// invariants: writers are exclusive and never overlap with readers.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Library struct {
	mu      sync.RWMutex
	books   map[string]int
	readers atomic.Int32
	writers atomic.Int32

	maxWriters atomic.Int32
	violations atomic.Int32
	regressed  atomic.Int32
	readsDone  atomic.Int64
	writesDone atomic.Int64
}

func updateMax(m *atomic.Int32, v int32) {
	for {
		old := m.Load()
		if v <= old || m.CompareAndSwap(old, v) {
			return
		}
	}
}

func (l *Library) Read(title string) int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	l.readers.Add(1)
	if l.writers.Load() != 0 {
		l.violations.Add(1)
	}
	n := l.books[title]
	l.readers.Add(-1)
	l.readsDone.Add(1)
	return n
}

func (l *Library) Write(title string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	w := l.writers.Add(1)
	updateMax(&l.maxWriters, w)
	if l.readers.Load() != 0 {
		l.violations.Add(1)
	}
	l.books[title]++
	l.writers.Add(-1)
	l.writesDone.Add(1)
}

func main() {
	lib := &Library{books: map[string]int{}}
	titles := []string{"Dune", "Emma", "Ulysses"}

	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := range 50 {
				lib.Write(titles[(w+i)%len(titles)])
			}
		})
	}
	for r := range 6 {
		wg.Go(func() {
			// Copies are only ever added, so a reader must never see a
			// count go down.
			seen := map[string]int{}
			for i := range 100 {
				t := titles[(r+i)%len(titles)]
				n := lib.Read(t)
				if n < seen[t] {
					lib.regressed.Add(1)
				}
				seen[t] = n
			}
		})
	}
	wg.Wait()

	fmt.Println("reads:", lib.readsDone.Load(), "writes:", lib.writesDone.Load())
	fmt.Println("max concurrent writers:", lib.maxWriters.Load())
	fmt.Println("violations:", lib.violations.Load())
	fmt.Println("counts seen going down:", lib.regressed.Load())
	sum := 0
	for _, t := range titles {
		fmt.Printf("%-8s %d\n", t, lib.Read(t))
		sum += lib.Read(t)
	}
	fmt.Println("copies written:", sum)
}
