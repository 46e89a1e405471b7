package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	max    atomic.Int64
	ready  atomic.Bool
}

func (s *Stats) observe(v int64) {
	for {
		cur := s.max.Load()
		if v <= cur || s.max.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			if i%5 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(2)
			}
			s.observe(int64(i * 3))
		})
	}
	wg.Wait()
	s.ready.Store(true)
	var old uint32 = 7
	swapped := atomic.CompareAndSwapUint32(&old, 7, 9)
	fmt.Println(s.hits.Load(), s.misses.Load(), s.max.Load(), s.ready.Load(), swapped, old)
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	fmt.Println(v.Load().([]string)[1], s.hits.Swap(0), s.hits.Load())
}
