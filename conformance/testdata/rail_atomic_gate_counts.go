package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// Station counts passengers through its ticket gates from many goroutines.
type Station struct {
	Name     string
	entries  atomic.Int64
	exits    atomic.Int64
	rejected atomic.Int32
}

func (s *Station) Inside() int64 { return s.entries.Load() - s.exits.Load() }

type gateEvent struct {
	in, out, bad int
}

func runGate(s *Station, events []gateEvent, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, e := range events {
		s.entries.Add(int64(e.in))
		s.exits.Add(int64(e.out))
		s.rejected.Add(int32(e.bad))
	}
}

func main() {
	stations := []*Station{{Name: "Waterloo"}, {Name: "Vauxhall"}, {Name: "Clapham Junction"}}
	peak := [][]gateEvent{
		{{120, 40, 2}, {95, 60, 1}, {130, 25, 0}},
		{{30, 25, 0}, {42, 18, 1}},
		{{80, 80, 3}, {77, 91, 0}, {64, 50, 2}, {12, 5, 0}},
	}

	var wg sync.WaitGroup
	const gatesPerStation = 8
	for i, st := range stations {
		for range gatesPerStation {
			wg.Add(1)
			go runGate(st, peak[i], &wg)
		}
	}

	var totalTaps atomic.Uint64
	for g := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			totalTaps.Add(uint64(g%5 + 1))
		}()
	}
	wg.Wait()

	slices.SortFunc(stations, func(a, b *Station) int {
		return int(b.entries.Load() - a.entries.Load())
	})
	for _, st := range stations {
		fmt.Printf("%-17s in=%5d out=%5d inside=%5d rejected=%d\n",
			st.Name, st.entries.Load(), st.exits.Load(), st.Inside(), st.rejected.Load())
	}
	fmt.Println("oyster taps:", totalTaps.Load())

	var maxInside atomic.Int64
	for _, st := range stations {
		for {
			cur := maxInside.Load()
			if st.Inside() <= cur || maxInside.CompareAndSwap(cur, st.Inside()) {
				break
			}
		}
	}
	fmt.Println("largest crowd inside one station:", maxInside.Load())

	var closed atomic.Bool
	fmt.Println("closed before swap:", closed.Swap(true), "after:", closed.Load())
}
