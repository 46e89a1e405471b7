package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	entries  atomic.Int64
	exits    atomic.Int64
	revenue  atomic.Int64
	maxQueue atomic.Int32
	closed   atomic.Bool
}

func (s *Stats) observeQueue(n int32) {
	for {
		cur := s.maxQueue.Load()
		if n <= cur || s.maxQueue.CompareAndSwap(cur, n) {
			return
		}
	}
}

func (s *Stats) String() string {
	return fmt.Sprintf("entries=%d exits=%d revenue=%d maxQueue=%d closed=%t",
		s.entries.Load(), s.exits.Load(), s.revenue.Load(), s.maxQueue.Load(), s.closed.Load())
}

func main() {
	var s Stats
	var wg sync.WaitGroup

	// Eight sensors each count 250 entries and 200 exits.
	for sensor := range 8 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := range 250 {
				s.entries.Add(1)
				if i < 200 {
					s.exits.Add(1)
					s.revenue.Add(int64(100 + id))
				}
				s.observeQueue(int32(id*10 + i%7))
			}
		}(sensor)
	}
	wg.Wait()
	s.closed.Store(true)

	fmt.Println(s.String())
	fmt.Println("still inside:", s.entries.Load()-s.exits.Load())

	// A plain counter with a legacy function-style API.
	var tickets uint64
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 100 {
				atomic.AddUint64(&tickets, 1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("tickets printed:", atomic.LoadUint64(&tickets))

	// atomic.Value to swap a rate table.
	var rates atomic.Value
	rates.Store(map[string]int{"hourly": 300})
	old := rates.Swap(map[string]int{"hourly": 350, "daily": 2000}).(map[string]int)
	cur := rates.Load().(map[string]int)
	fmt.Println("old hourly:", old["hourly"], "new hourly:", cur["hourly"], "daily:", cur["daily"])

	var p atomic.Pointer[string]
	name := "Gate-East"
	p.Store(&name)
	fmt.Printf("gate pointer holds %q\n", *p.Load())
	if s.closed.CompareAndSwap(true, false) {
		fmt.Println("reopened; closed =", s.closed.Load())
	}
}
