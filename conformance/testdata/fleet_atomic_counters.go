package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Stats are updated concurrently by many GPS receivers.
type Stats struct {
	pings     atomic.Int64
	dropped   atomic.Int64
	maxSpeed  atomic.Int32
	totalDist atomic.Uint64 // metres
	online    atomic.Bool
}

// observeSpeed stores v if it is larger than the current max (CAS loop).
func (s *Stats) observeSpeed(v int32) {
	for {
		cur := s.maxSpeed.Load()
		if v <= cur {
			return
		}
		if s.maxSpeed.CompareAndSwap(cur, v) {
			return
		}
	}
}

type Config struct {
	Name     string
	Interval int
}

func main() {
	var st Stats
	st.online.Store(true)

	var wg sync.WaitGroup
	const trucks = 8
	const pingsPerTruck = 250
	for t := range trucks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range pingsPerTruck {
				if (t+i)%17 == 0 {
					st.dropped.Add(1)
					continue
				}
				st.pings.Add(1)
				st.totalDist.Add(uint64(10 + t))
				st.observeSpeed(int32(40 + (t*13+i*7)%75))
			}
		}()
	}
	wg.Wait()

	fmt.Println("receivers online:", st.online.Load())
	fmt.Println("pings accepted:  ", st.pings.Load())
	fmt.Println("pings dropped:   ", st.dropped.Load())
	fmt.Println("sum check:       ", st.pings.Load()+st.dropped.Load() == trucks*pingsPerTruck)
	fmt.Printf("distance:         %.2f km\n", float64(st.totalDist.Load())/1000)
	fmt.Println("max speed:       ", st.maxSpeed.Load(), "km/h")

	old := st.pings.Swap(0)
	fmt.Println("reset pings, old value", old, "new value", st.pings.Load())

	// atomic.Pointer holds an immutable config that can be swapped safely.
	var cfg atomic.Pointer[Config]
	cfg.Store(&Config{Name: "default", Interval: 30})
	var readers sync.WaitGroup
	results := make([]int, 4)
	for i := range results {
		readers.Add(1)
		go func() {
			defer readers.Done()
			results[i] = cfg.Load().Interval
		}()
	}
	readers.Wait()
	fmt.Println("readers saw intervals:", results)
	prev := cfg.Swap(&Config{Name: "rush-hour", Interval: 10})
	fmt.Printf("swapped %q -> %q (%ds)\n", prev.Name, cfg.Load().Name, cfg.Load().Interval)

	var seq atomic.Uint32
	ids := make([]uint32, 5)
	var g sync.WaitGroup
	for i := range ids {
		g.Add(1)
		go func() {
			defer g.Done()
			ids[i] = seq.Add(1)
		}()
	}
	g.Wait()
	var sum uint32
	for _, id := range ids {
		sum += id
	}
	fmt.Println("dispatch ids handed out:", seq.Load(), "sum:", sum)
	st.online.Store(false)
	fmt.Println("receivers online:", st.online.Load())
}
