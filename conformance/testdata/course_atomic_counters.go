// Lab 4a: shared values with sync/atomic.
// Counters, a max-tracker using CompareAndSwap, and a once-only flag.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	visited  atomic.Int64
	evens    atomic.Int64
	maxSeen  atomic.Int64
	overflow atomic.Bool
	started  atomic.Int32
}

// observeMax raises maxSeen to v if v is larger, retrying on contention.
func (s *Stats) observeMax(v int64) {
	for {
		cur := s.maxSeen.Load()
		if v <= cur {
			return
		}
		if s.maxSeen.CompareAndSwap(cur, v) {
			return
		}
	}
}

func hash(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x
}

func main() {
	const workers = 8
	const perWorker = 20000
	var s Stats
	var initOnce atomic.Bool
	initWinners := 0 // only written by the single CAS winner
	var wg sync.WaitGroup

	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.started.Add(1)
			if initOnce.CompareAndSwap(false, true) {
				initWinners++
			}
			for i := 0; i < perWorker; i++ {
				v := int64(hash(uint64(w*perWorker+i)) % 1_000_000)
				s.visited.Add(1)
				if v%2 == 0 {
					s.evens.Add(1)
				}
				s.observeMax(v)
				if v > 999_990 {
					s.overflow.Store(true)
				}
			}
		}()
	}
	wg.Wait()

	// Sequential reference.
	var evens, maxv int64
	big := false
	for k := 0; k < workers*perWorker; k++ {
		v := int64(hash(uint64(k)) % 1_000_000)
		if v%2 == 0 {
			evens++
		}
		maxv = max(maxv, v)
		if v > 999_990 {
			big = true
		}
	}

	fmt.Println("atomic results after wg.Wait():")
	fmt.Printf("  goroutines started : %d\n", s.started.Load())
	fmt.Printf("  init winners       : %d\n", initWinners)
	fmt.Printf("  values visited     : %d\n", s.visited.Load())
	fmt.Printf("  even values        : %d (reference %d)\n", s.evens.Load(), evens)
	fmt.Printf("  maximum            : %d (reference %d)\n", s.maxSeen.Load(), maxv)
	fmt.Printf("  saw value > 999990 : %v (reference %v)\n", s.overflow.Load(), big)

	// Swap returns the old value; useful for "read and reset" of a counter.
	old := s.visited.Swap(0)
	fmt.Printf("  swapped out %d, counter now %d\n", old, s.visited.Load())
	ok := s.evens.CompareAndSwap(evens, -1)
	fmt.Printf("  CAS(evens -> -1) succeeded=%v, evens=%d\n", ok, s.evens.Load())
}
