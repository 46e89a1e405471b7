package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// Inventory moves stock between warehouses; the total never changes, so
// any reader that sees a different total has observed a torn update.
type Inventory struct {
	mu     sync.RWMutex
	stock  map[string]int
	moves  int
	total  int
	reads  atomic.Int64
	writes atomic.Int64

	activeReaders atomic.Int32
	activeWriters atomic.Int32
	violations    atomic.Int32
}

func (inv *Inventory) Snapshot() (int, int) {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	inv.activeReaders.Add(1)
	if inv.activeWriters.Load() != 0 {
		inv.violations.Add(1)
	}
	sum := 0
	for _, n := range inv.stock {
		sum += n
	}
	moves := inv.moves
	inv.activeReaders.Add(-1)
	inv.reads.Add(1)
	return sum, moves
}

func (inv *Inventory) Move(from, to string, n int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.activeWriters.Add(1) != 1 || inv.activeReaders.Load() != 0 {
		inv.violations.Add(1)
	}
	inv.stock[from] -= n
	inv.stock[to] += n
	inv.moves++
	inv.activeWriters.Add(-1)
	inv.writes.Add(1)
}

func main() {
	sites := []string{"berlin", "dublin", "lisbon", "oslo", "rome"}
	inv := &Inventory{stock: map[string]int{}}
	for i, s := range sites {
		inv.stock[s] = 100 * (i + 1)
		inv.total += inv.stock[s]
	}
	fmt.Println("initial total:", inv.total)

	const readers, writers, readsEach, movesEach = 8, 3, 200, 40
	torn := make([]int, readers)
	var wg sync.WaitGroup
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lastMoves := 0
			for i := 0; i < readsEach; i++ {
				sum, moves := inv.Snapshot()
				if sum != inv.total || moves < lastMoves {
					torn[r]++
				}
				lastMoves = moves
			}
		}()
	}
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < movesEach; i++ {
				from := sites[(w+i)%len(sites)]
				to := sites[(w+2*i+1)%len(sites)]
				inv.Move(from, to, (i%5)+w+1)
			}
		}()
	}
	wg.Wait()

	tornTotal := 0
	for _, t := range torn {
		tornTotal += t
	}
	fmt.Println("reads:", inv.reads.Load())
	fmt.Println("writes:", inv.writes.Load())
	fmt.Println("torn or stale reads:", tornTotal)
	fmt.Println("exclusion violations:", inv.violations.Load())

	names := make([]string, 0, len(inv.stock))
	for s := range inv.stock {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		fmt.Printf("%-7s %4d\n", s, inv.stock[s])
	}
	sum, moves := inv.Snapshot()
	fmt.Println("final total:", sum, "moves:", moves)
}
