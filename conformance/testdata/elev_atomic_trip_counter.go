package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Stats are updated by many car goroutines without a mutex.
type Stats struct {
	Trips      atomic.Int64
	Floors     atomic.Int64
	DoorCycles atomic.Int32
	Overloads  atomic.Uint32
	maxFloor   atomic.Int64
}

func (s *Stats) observeFloor(f int64) {
	for {
		cur := s.maxFloor.Load()
		if f <= cur {
			return
		}
		if s.maxFloor.CompareAndSwap(cur, f) {
			return
		}
	}
}

type Trip struct {
	From, To int
	Overload bool
}

func runCar(trips []Trip, s *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, t := range trips {
		if t.Overload {
			s.Overloads.Add(1)
			continue
		}
		d := t.To - t.From
		if d < 0 {
			d = -d
		}
		s.Trips.Add(1)
		s.Floors.Add(int64(d))
		s.DoorCycles.Add(2) // open at origin and at destination
		s.observeFloor(int64(t.To))
	}
}

func main() {
	schedule := [][]Trip{
		{{0, 5, false}, {5, 2, false}, {2, 9, true}, {2, 9, false}},
		{{0, 14, false}, {14, 0, false}},
		{{3, 4, false}, {4, 3, false}, {3, 4, false}, {4, 3, true}},
		{{0, 22, false}, {22, 10, false}, {10, 0, false}},
	}

	var stats Stats
	var wg sync.WaitGroup
	for _, trips := range schedule {
		wg.Add(1)
		go runCar(trips, &stats, &wg)
	}
	wg.Wait()

	fmt.Println("trips completed:", stats.Trips.Load())
	fmt.Println("floors travelled:", stats.Floors.Load())
	fmt.Println("door cycles:", stats.DoorCycles.Load())
	fmt.Println("overload refusals:", stats.Overloads.Load())
	fmt.Println("highest floor reached:", stats.maxFloor.Load())
	avg := float64(stats.Floors.Load()) / float64(stats.Trips.Load())
	fmt.Printf("average trip length: %.2f floors\n", avg)

	// A flag that only one goroutine may flip.
	var alarmRaised atomic.Bool
	var winners atomic.Int32
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if alarmRaised.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("alarm raised=%t by exactly %d goroutine(s)\n", alarmRaised.Load(), winners.Load())

	var v atomic.Value
	v.Store("normal")
	v.Store("fire-service")
	fmt.Printf("mode=%q type=%T\n", v.Load(), v.Load())
}
