// Readers and writers sharing an account book protected by sync.RWMutex.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Ledger struct {
	mu       sync.RWMutex
	balances map[string]int
	reads    atomic.Int64
	writes   atomic.Int64
}

func NewLedger(names ...string) *Ledger {
	l := &Ledger{balances: make(map[string]int)}
	for _, n := range names {
		l.balances[n] = 100
	}
	return l
}

// Transfer is a writer: it needs exclusive access.
func (l *Ledger) Transfer(from, to string, amount int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.balances[from] -= amount
	l.balances[to] += amount
	l.writes.Add(1)
}

// Total is a reader: many may run at once, and each sees a consistent snapshot.
func (l *Ledger) Total() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	l.reads.Add(1)
	sum := 0
	for _, b := range l.balances {
		sum += b
	}
	return sum
}

func (l *Ledger) Snapshot() []string {
	l.mu.RLock()
	defer l.mu.RUnlock()
	lines := make([]string, 0, len(l.balances))
	for name, b := range l.balances {
		lines = append(lines, fmt.Sprintf("%s=%d", name, b))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	names := []string{"ada", "bob", "cy", "dee"}
	ledger := NewLedger(names...)
	const readers, writers, rounds = 6, 3, 50

	var inconsistent atomic.Int64
	var wg sync.WaitGroup
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				if ledger.Total() != 400 {
					inconsistent.Add(1)
				}
			}
		}()
	}
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				from := names[(w+i)%len(names)]
				to := names[(w+i+1)%len(names)]
				ledger.Transfer(from, to, 1)
			}
		}()
	}
	wg.Wait()

	fmt.Println("reads:", ledger.reads.Load())
	fmt.Println("writes:", ledger.writes.Load())
	fmt.Println("inconsistent totals seen:", inconsistent.Load())
	fmt.Println("final total:", ledger.Total())
	fmt.Println("balances:", ledger.Snapshot())
}
