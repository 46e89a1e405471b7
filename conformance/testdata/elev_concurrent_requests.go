package main

import (
	"fmt"
	"sort"
	"sync"
)

// Dispatcher collects floor requests from many goroutines.
type Dispatcher struct {
	mu       sync.Mutex
	pending  map[int]int // floor -> number of people waiting
	accepted int
}

func NewDispatcher() *Dispatcher {
	return &Dispatcher{pending: make(map[int]int)}
}

func (d *Dispatcher) Request(floor int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.pending[floor]++
	d.accepted++
}

// Snapshot returns the pending floors sorted ascending.
func (d *Dispatcher) Snapshot() ([]int, map[int]int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	floors := make([]int, 0, len(d.pending))
	copyMap := make(map[int]int, len(d.pending))
	for f, n := range d.pending {
		floors = append(floors, f)
		copyMap[f] = n
	}
	sort.Ints(floors)
	return floors, copyMap
}

func main() {
	d := NewDispatcher()
	var wg sync.WaitGroup

	// Each lobby panel submits a fixed list of requests concurrently.
	panels := map[string][]int{
		"lobby-east": {3, 7, 7, 12, 3},
		"lobby-west": {7, 9, 12, 12},
		"garage":     {1, 3, 9},
		"mezzanine":  {12, 15, 7},
	}
	for _, floors := range panels {
		wg.Add(1)
		go func(fl []int) {
			defer wg.Done()
			for _, f := range fl {
				d.Request(f)
			}
		}(floors)
	}
	wg.Wait()

	floors, counts := d.Snapshot()
	fmt.Println("accepted requests:", d.accepted)
	for _, f := range floors {
		fmt.Printf("floor %2d: %-6s (%d)\n", f, bar(counts[f]), counts[f])
	}

	// Per-panel results computed concurrently, written to fixed slots.
	names := make([]string, 0, len(panels))
	for n := range panels {
		names = append(names, n)
	}
	sort.Strings(names)
	highest := make([]int, len(names))
	for i, n := range names {
		wg.Go(func() {
			top := 0
			for _, f := range panels[n] {
				top = max(top, f)
			}
			highest[i] = top
		})
	}
	wg.Wait()
	for i, n := range names {
		fmt.Printf("%-10s highest floor %d\n", n, highest[i])
	}
}

func bar(n int) string {
	s := ""
	for range n {
		s += "#"
	}
	return s
}
