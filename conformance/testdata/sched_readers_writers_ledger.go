package main

import (
	"fmt"
	"sort"
	"sync"
)

// Ledger is shared by many readers and a few writers.
type Ledger struct {
	mu       sync.RWMutex
	balances map[string]int
	version  int
}

func (l *Ledger) Transfer(from, to string, amount int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.balances[from] -= amount
	l.balances[to] += amount
	l.version++
}

// Total is a read-only operation; many readers may hold the lock together.
func (l *Ledger) Total() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	sum := 0
	for _, b := range l.balances {
		sum += b
	}
	return sum
}

func (l *Ledger) Snapshot() (map[string]int, int) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	cp := make(map[string]int, len(l.balances))
	for k, v := range l.balances {
		cp[k] = v
	}
	return cp, l.version
}

type readerStats struct {
	reads      int
	violations int
}

func main() {
	accounts := []string{"alice", "bob", "carol", "dave"}
	ledger := &Ledger{balances: map[string]int{}}
	for _, a := range accounts {
		ledger.balances[a] = 1000
	}
	const expected = 4000

	const writers, readers, opsPerWriter, readsPerReader = 3, 5, 150, 300
	stats := make([]readerStats, readers) // indexed by reader id, no sharing

	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < opsPerWriter; i++ {
				from := accounts[(w+i)%len(accounts)]
				to := accounts[(w+i+1)%len(accounts)]
				ledger.Transfer(from, to, (w+1)*(i%7+1))
			}
		}(w)
	}
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < readsPerReader; i++ {
				stats[r].reads++
				if ledger.Total() != expected {
					stats[r].violations++
				}
			}
		}(r)
	}
	wg.Wait()

	for r, s := range stats {
		fmt.Printf("reader %d: reads=%4d invariant violations=%d\n", r, s.reads, s.violations)
	}

	snap, version := ledger.Snapshot()
	names := make([]string, 0, len(snap))
	for n := range snap {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("ledger version %d after %d writes\n", version, writers*opsPerWriter)
	for _, n := range names {
		fmt.Printf("  %-6s %6d (%+d)\n", n, snap[n], snap[n]-1000)
	}
	fmt.Printf("total %d, expected %d, ok=%v\n", ledger.Total(), expected, ledger.Total() == expected)
}
