package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// Ledger records pieces baked per product; the mutex guards the map.
type Ledger struct {
	mu     sync.Mutex
	counts map[string]int
}

func (l *Ledger) Add(product string, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.counts[product] += n
}

func (l *Ledger) Snapshot() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]int, len(l.counts))
	for k, v := range l.counts {
		out[k] = v
	}
	return out
}

func main() {
	var (
		traysDone  atomic.Int64
		burnt      atomic.Int32
		ovenInUse  atomic.Bool
		lastOvenID atomic.Value
	)
	ledger := &Ledger{counts: map[string]int{}}
	products := []string{"baguette", "roll", "pretzel"}

	var wg sync.WaitGroup
	for oven := 1; oven <= 4; oven++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ovenInUse.Store(true)
			for tray := range 25 {
				p := products[(oven+tray)%len(products)]
				ledger.Add(p, 12)
				traysDone.Add(1)
				if tray%10 == 9 {
					burnt.Add(1)
				}
			}
			lastOvenID.Store(fmt.Sprintf("oven-%d", oven))
		}()
	}
	wg.Wait()

	fmt.Println("trays done:", traysDone.Load())
	fmt.Println("burnt trays:", burnt.Load())
	fmt.Println("any oven used:", ovenInUse.Load())
	if id, ok := lastOvenID.Load().(string); ok {
		fmt.Println("some oven reported last:", len(id) > 0)
	}

	snap := ledger.Snapshot()
	total := 0
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-9s %4d pieces\n", k, snap[k])
		total += snap[k]
	}
	fmt.Println("total pieces:", total)

	// CompareAndSwap lets exactly one goroutine claim the cleaning duty.
	var claimed atomic.Bool
	var winners atomic.Int32
	var wg2 sync.WaitGroup
	for range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			if claimed.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("cleaning claimed by", winners.Load(), "baker")

	// sync.Once runs the oven warm-up a single time.
	var once sync.Once
	warmups := 0
	for range 3 {
		once.Do(func() { warmups++ })
	}
	fmt.Println("warm-ups performed:", warmups)
}
