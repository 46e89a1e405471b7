package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	bytes    atomic.Uint64
	errors   atomic.Int32
	maxSize  atomic.Int64
	stopped  atomic.Bool
	last     atomic.Pointer[string]
}

// recordMax keeps the largest size seen using a CAS loop.
func (s *Stats) recordMax(n int64) {
	for {
		cur := s.maxSize.Load()
		if n <= cur {
			return
		}
		if s.maxSize.CompareAndSwap(cur, n) {
			return
		}
	}
}

func (s *Stats) handle(id, size int) {
	if s.stopped.Load() {
		return
	}
	s.requests.Add(1)
	s.bytes.Add(uint64(size))
	if size%7 == 0 {
		s.errors.Add(1)
	}
	s.recordMax(int64(size))
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				size := (w*250+i)%97 + 1
				s.handle(w, size)
			}
		}()
	}
	wg.Wait()

	fmt.Println("requests:", s.requests.Load())
	fmt.Println("bytes:   ", s.bytes.Load())
	fmt.Println("errors:  ", s.errors.Load())
	fmt.Println("max size:", s.maxSize.Load())

	// Swap returns the old value.
	old := s.requests.Swap(0)
	fmt.Println("reset requests, old value", old, "new value", s.requests.Load())

	s.stopped.Store(true)
	for w := 0; w < 4; w++ {
		wg.Go(func() { s.handle(w, 10) })
	}
	wg.Wait()
	fmt.Println("requests after stop:", s.requests.Load())

	// atomic.Pointer: publish an immutable value.
	names := []string{"alpha", "beta", "gamma"}
	for _, n := range names {
		wg.Go(func() {
			msg := "hello from " + n
			s.last.CompareAndSwap(nil, &msg)
		})
	}
	wg.Wait()
	got := *s.last.Load()
	valid := false
	for _, n := range names {
		if got == "hello from "+n {
			valid = true
		}
	}
	fmt.Println("a greeting was published:", valid)

	// atomic.Value holding a slice that is replaced, never mutated.
	var snapshot atomic.Value
	snapshot.Store([]int{})
	var mu sync.Mutex // serialises writers; readers need no lock
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			old := snapshot.Load().([]int)
			next := append(append([]int(nil), old...), i*i)
			snapshot.Store(next)
		})
	}
	wg.Wait()
	sum := 0
	for _, v := range snapshot.Load().([]int) {
		sum += v
	}
	fmt.Println("snapshot length:", len(snapshot.Load().([]int)), "sum:", sum)
}
