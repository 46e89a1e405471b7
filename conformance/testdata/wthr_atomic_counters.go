package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Stats are updated concurrently by many station workers.
type Stats struct {
	received atomic.Int64
	alerts   atomic.Int64
	maxWind  atomic.Int64 // stored in tenths of km/h
	lastSeen atomic.Value
}

// observeWind records a new maximum with a compare-and-swap loop.
func (s *Stats) observeWind(tenths int64) {
	for {
		cur := s.maxWind.Load()
		if tenths <= cur {
			return
		}
		if s.maxWind.CompareAndSwap(cur, tenths) {
			return
		}
	}
}

func windFor(station, sample int) int64 {
	// deterministic pseudo readings, in tenths of km/h
	return int64((station*37 + sample*53) % 950)
}

func main() {
	const stations = 12
	const samplesPer = 250

	var st Stats
	st.lastSeen.Store("none")
	var wg sync.WaitGroup
	var perStation [stations]int64

	for id := range stations {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local int64
			for s := range samplesPer {
				w := windFor(id, s)
				st.received.Add(1)
				if w > 900 {
					st.alerts.Add(1)
				}
				st.observeWind(w)
				local += w
			}
			perStation[id] = local
		}()
	}
	wg.Wait()
	st.lastSeen.Store(fmt.Sprintf("station-%02d", stations-1))

	fmt.Println("samples received:", st.received.Load())
	fmt.Println("gust alerts (>90 km/h):", st.alerts.Load())
	fmt.Printf("max wind: %.1f km/h\n", float64(st.maxWind.Load())/10)
	fmt.Println("last seen marker:", st.lastSeen.Load())

	var grand int64
	for id, total := range perStation {
		if id%3 == 0 {
			fmt.Printf("station %2d mean wind %6.2f km/h\n", id, float64(total)/samplesPer/10)
		}
		grand += total
	}
	fmt.Printf("network mean wind %.3f km/h\n", float64(grand)/(stations*samplesPer)/10)

	var flag atomic.Bool
	fmt.Println("swapped:", flag.CompareAndSwap(false, true), "now:", flag.Load())
	var hits atomic.Uint32
	for range 5 {
		hits.Add(2)
	}
	fmt.Printf("hits=%d hex=%#x\n", hits.Load(), hits.Load())
}
