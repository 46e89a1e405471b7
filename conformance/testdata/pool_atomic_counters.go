package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	bytes    atomic.Uint64
	maxSize  atomic.Int64
	errors   atomic.Int32
	closed   atomic.Bool
	last     atomic.Pointer[string]
}

func (s *Stats) Record(size int64, failed bool) {
	s.requests.Add(1)
	s.bytes.Add(uint64(size))
	if failed {
		s.errors.Add(1)
	}
	for {
		cur := s.maxSize.Load()
		if size <= cur {
			break
		}
		if s.maxSize.CompareAndSwap(cur, size) {
			break
		}
	}
}

func (s *Stats) Report() string {
	return fmt.Sprintf("requests=%d bytes=%d max=%d errors=%d",
		s.requests.Load(), s.bytes.Load(), s.maxSize.Load(), s.errors.Load())
}

func main() {
	var st Stats
	var wg sync.WaitGroup

	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				size := int64((w*1000+i)%997 + 1)
				st.Record(size, i%250 == 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println(st.Report())

	// Only one goroutine wins the right to close.
	var winners atomic.Int32
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if st.closed.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("closed:", st.closed.Load(), "winners:", winners.Load())

	msg := "final snapshot"
	st.last.Store(&msg)
	fmt.Println("last message:", *st.last.Load())

	// Plain function-style atomics on an int64 field.
	var legacy int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 250 {
				atomic.AddInt64(&legacy, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("legacy counter:", atomic.LoadInt64(&legacy))
	old := atomic.SwapInt64(&legacy, -1)
	fmt.Printf("swapped out %d, now %d\n", old, atomic.LoadInt64(&legacy))
}
