package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Stats are updated concurrently by the self-service kiosks.
type Stats struct {
	Checkouts atomic.Int64
	Returns   atomic.Int64
	Renewals  atomic.Int32
	Busiest   atomic.Int64
}

func (s *Stats) recordBusiest(n int64) {
	for {
		cur := s.Busiest.Load()
		if n <= cur || s.Busiest.CompareAndSwap(cur, n) {
			return
		}
	}
}

type kiosk struct {
	id     int
	events string // c=checkout r=return n=renew
}

func main() {
	kiosks := []kiosk{
		{1, "ccrnccrr"},
		{2, "rrrcn"},
		{3, "cccccccn"},
		{4, "nnrc"},
		{5, ""},
	}

	var stats Stats
	var wg sync.WaitGroup
	var served uint64
	for _, k := range kiosks {
		wg.Go(func() {
			var local int64
			for _, e := range k.events {
				switch e {
				case 'c':
					stats.Checkouts.Add(1)
				case 'r':
					stats.Returns.Add(1)
				case 'n':
					stats.Renewals.Add(1)
				}
				local++
			}
			atomic.AddUint64(&served, uint64(local))
			stats.recordBusiest(local)
		})
	}
	wg.Wait()

	fmt.Println("kiosks:", len(kiosks))
	fmt.Println("checkouts:", stats.Checkouts.Load())
	fmt.Println("returns:", stats.Returns.Load())
	fmt.Println("renewals:", stats.Renewals.Load())
	fmt.Println("events served:", atomic.LoadUint64(&served))
	fmt.Println("busiest kiosk handled:", stats.Busiest.Load())

	var open atomic.Bool
	fmt.Println("open before:", open.Load())
	open.Store(true)
	fmt.Println("open after:", open.Load())

	var motd atomic.Value
	motd.Store("Quiet please")
	old := motd.Swap("Closing at 8pm")
	fmt.Printf("message was %q, now %q\n", old, motd.Load())

	var visitors atomic.Int64
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			visitors.Add(2)
		}()
	}
	wg2.Wait()
	fmt.Println("door counter:", visitors.Load())
}
