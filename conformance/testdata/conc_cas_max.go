package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

// atomicMax raises *m to v if v is larger, using a CompareAndSwap loop.
func atomicMax(m *atomic.Int64, v int64) (retries int) {
	for {
		cur := m.Load()
		if v <= cur {
			return retries
		}
		if m.CompareAndSwap(cur, v) {
			return retries
		}
		retries++
	}
}

func atomicMin(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v >= cur || m.CompareAndSwap(cur, v) {
			return
		}
	}
}

// value is a deterministic pseudo-random sequence (LCG) for the data set.
func value(i int) int64 {
	x := uint32(i)*1664525 + 1013904223
	return int64(x%100000) - 50000
}

func main() {
	const n = 4000
	var hi, lo atomic.Int64
	hi.Store(math.MinInt64)
	lo.Store(math.MaxInt64)

	var wg sync.WaitGroup
	const parts = 8
	chunk := n / parts
	for p := range parts {
		wg.Go(func() {
			for i := p * chunk; i < (p+1)*chunk; i++ {
				v := value(i)
				atomicMax(&hi, v)
				atomicMin(&lo, v)
			}
		})
	}
	wg.Wait()

	// Sequential check.
	var wantHi, wantLo int64 = math.MinInt64, math.MaxInt64
	for i := range n {
		wantHi = max(wantHi, value(i))
		wantLo = min(wantLo, value(i))
	}
	fmt.Println("max:", hi.Load(), "expected:", wantHi, "match:", hi.Load() == wantHi)
	fmt.Println("min:", lo.Load(), "expected:", wantLo, "match:", lo.Load() == wantLo)

	// A CAS-based increment loop: the classic lock-free counter.
	var counter atomic.Int64
	for range 16 {
		wg.Go(func() {
			for range 500 {
				for {
					c := counter.Load()
					if counter.CompareAndSwap(c, c+1) {
						break
					}
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("cas counter:", counter.Load())
}
