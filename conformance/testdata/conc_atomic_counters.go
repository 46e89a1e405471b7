package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	Requests atomic.Int64
	Errors   atomic.Int64
	Bytes    atomic.Uint64
	Shutdown atomic.Bool
}

func (s *Stats) String() string {
	return fmt.Sprintf("requests=%d errors=%d bytes=%d shutdown=%t",
		s.Requests.Load(), s.Errors.Load(), s.Bytes.Load(), s.Shutdown.Load())
}

func handle(s *Stats, id int) {
	s.Requests.Add(1)
	if id%7 == 0 {
		s.Errors.Add(1)
		return
	}
	s.Bytes.Add(uint64(100 + id%5))
}

func main() {
	var stats Stats
	var wg sync.WaitGroup

	for w := range 10 {
		wg.Go(func() {
			for i := range 100 {
				handle(&stats, w*100+i)
			}
		})
	}
	wg.Wait()
	fmt.Println(&stats)

	// Only one goroutine may win the shutdown flag.
	var winners atomic.Int32
	for range 5 {
		wg.Go(func() {
			if stats.Shutdown.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("shutdown winners:", winners.Load())
	fmt.Println(&stats)

	// Plain function-style atomics still work too.
	var legacy int32
	for range 4 {
		wg.Go(func() {
			for range 250 {
				atomic.AddInt32(&legacy, 1)
			}
		})
	}
	wg.Wait()
	fmt.Println("legacy counter:", atomic.LoadInt32(&legacy))

	old := stats.Requests.Swap(0)
	fmt.Println("swapped out", old, "now", stats.Requests.Load())
}
