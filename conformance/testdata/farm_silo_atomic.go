package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Silo tracks grain with atomic counters so many trucks can unload at once.
type Silo struct {
	name      string
	capacity  int64
	level     atomic.Int64
	delivered atomic.Int32
	rejected  atomic.Int32
}

// Unload adds kg to the silo if it fits, using a compare-and-swap loop.
func (s *Silo) Unload(kg int64) bool {
	for {
		cur := s.level.Load()
		if cur+kg > s.capacity {
			s.rejected.Add(1)
			return false
		}
		if s.level.CompareAndSwap(cur, cur+kg) {
			s.delivered.Add(1)
			return true
		}
	}
}

func (s *Silo) Report() {
	fmt.Printf("%s level: %d of %d kg, deliveries=%d rejected=%d\n",
		s.name, s.level.Load(), s.capacity, s.delivered.Load(), s.rejected.Load())
}

func unloadMany(s *Silo, trucks int, kg int64) int64 {
	var wg sync.WaitGroup
	var accepted atomic.Int64
	for range trucks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if s.Unload(kg) {
				accepted.Add(1)
			}
		}()
	}
	wg.Wait()
	return accepted.Load()
}

func main() {
	silo := &Silo{name: "Silo A", capacity: 50_000}

	n := unloadMany(silo, 40, 1_000)
	fmt.Println("first wave accepted:", n)
	silo.Report()

	// A second wave overfills the silo; exactly 10 loads still fit.
	n = unloadMany(silo, 25, 1_000)
	fmt.Println("second wave accepted:", n)
	silo.Report()
	fmt.Println("silo full:", silo.level.Load() == silo.capacity)

	var ready atomic.Bool
	fmt.Println("ready for collection before check:", ready.Load())
	if ready.CompareAndSwap(false, true) {
		fmt.Println("collection flag set")
	}

	old := silo.level.Swap(0)
	fmt.Printf("emptied %d kg into trailers\n", old)
	silo.Report()

	n = unloadMany(silo, 3, 20_000)
	fmt.Println("large trucks accepted:", n)
	silo.Report()
}
