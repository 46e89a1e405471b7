package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	checkIns  atomic.Int64
	checkOuts atomic.Int64
	keyCards  atomic.Int32
	peak      atomic.Int64
}

func (s *Stats) CheckIn(cards int32) {
	s.checkIns.Add(1)
	s.keyCards.Add(cards)
}

func (s *Stats) CheckOut() {
	s.checkOuts.Add(1)
}

// RecordOccupancy keeps the highest value ever seen using compare-and-swap.
func (s *Stats) RecordOccupancy(n int64) {
	for {
		cur := s.peak.Load()
		if n <= cur || s.peak.CompareAndSwap(cur, n) {
			return
		}
	}
}

func main() {
	var stats Stats
	var wg sync.WaitGroup

	arrivals := [][]int32{
		{2, 1, 1, 2},
		{1, 1, 3},
		{2, 2, 2, 1, 1},
		{4},
	}

	for desk, party := range arrivals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, cards := range party {
				stats.CheckIn(cards)
				stats.RecordOccupancy(int64(desk*10 + i))
			}
		}()
	}
	wg.Wait()

	departures := 5
	var flag atomic.Bool
	for range departures {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stats.CheckOut()
			flag.Store(true)
		}()
	}
	wg.Wait()

	in := stats.checkIns.Load()
	out := stats.checkOuts.Load()
	fmt.Printf("check-ins:     %3d\n", in)
	fmt.Printf("check-outs:    %3d\n", out)
	fmt.Printf("in house:      %3d\n", in-out)
	fmt.Printf("key cards:     %3d\n", stats.keyCards.Load())
	fmt.Printf("peak marker:   %3d\n", stats.peak.Load())
	fmt.Println("any departure: ", flag.Load())

	var old atomic.Int64
	old.Store(100)
	prev := old.Swap(42)
	fmt.Printf("swap: previous=%d now=%d\n", prev, old.Load())
}
