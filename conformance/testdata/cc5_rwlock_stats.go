// Exercise 4: reader/writer lock statistics over a shared config table.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Stats struct {
	reads, writes atomic.Int64
	activeReaders atomic.Int64
	activeWriters atomic.Int64
	violations    atomic.Int64
}

type Table struct {
	mu    sync.RWMutex
	data  map[string]int
	stats Stats
}

func NewTable() *Table { return &Table{data: map[string]int{}} }

func (t *Table) Get(key string) int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	t.stats.activeReaders.Add(1)
	if t.stats.activeWriters.Load() != 0 {
		t.stats.violations.Add(1)
	}
	v := t.data[key]
	t.stats.reads.Add(1)
	t.stats.activeReaders.Add(-1)
	return v
}

func (t *Table) Add(key string, delta int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stats.activeWriters.Add(1)
	if t.stats.activeReaders.Load() != 0 || t.stats.activeWriters.Load() != 1 {
		t.stats.violations.Add(1)
	}
	t.data[key] += delta
	t.stats.writes.Add(1)
	t.stats.activeWriters.Add(-1)
}

func (t *Table) Keys() []string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	keys := make([]string, 0, len(t.data))
	for k := range t.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	table := NewTable()
	keys := []string{"alpha", "beta", "gamma", "delta"}
	readers, writers := 6, 2
	readsEach, writesEach := 500, 100

	var wg sync.WaitGroup
	sums := make([]int, readers)
	regressions := make([]int, readers)
	for r := range readers {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			last := make([]int, len(keys))
			for i := range readsEach {
				k := i % len(keys)
				v := table.Get(keys[k])
				if v < last[k] {
					regressions[id]++
				}
				last[k] = v
				sums[id]++
			}
		}(r)
	}
	for w := range writers {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := range writesEach {
				table.Add(keys[(i+id)%len(keys)], id+1)
			}
		}(w)
	}
	wg.Wait()

	fmt.Printf("readers=%d writers=%d\n", readers, writers)
	for id, s := range sums {
		fmt.Printf("reader %d completed %d reads, saw %d regressions\n", id, s, regressions[id])
	}
	fmt.Printf("total reads:  %d\n", table.stats.reads.Load())
	fmt.Printf("total writes: %d\n", table.stats.writes.Load())
	fmt.Printf("read/write ratio: %.2f\n", float64(table.stats.reads.Load())/float64(table.stats.writes.Load()))
	total := 0
	for _, k := range table.Keys() {
		v := table.Get(k)
		total += v
		fmt.Printf("  %-6s = %d\n", k, v)
	}
	fmt.Printf("sum of values: %d (expected %d)\n", total, writesEach*(1+2))
	fmt.Printf("exclusion violations: %d\n", table.stats.violations.Load())
}
