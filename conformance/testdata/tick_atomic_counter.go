package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	Sold     atomic.Int64
	Refunded atomic.Int64
	Revenue  atomic.Int64 // in cents
}

type Event struct {
	Kind  string // "sale" or "refund"
	Cents int64
}

func (s *Stats) Apply(e Event) {
	switch e.Kind {
	case "sale":
		s.Sold.Add(1)
		s.Revenue.Add(e.Cents)
	case "refund":
		s.Refunded.Add(1)
		s.Revenue.Add(-e.Cents)
	}
}

func makeEvents(booth int) []Event {
	var evs []Event
	for i := range 50 {
		price := int64(2500 + booth*500)
		if i%10 == 9 {
			evs = append(evs, Event{"refund", price})
		} else {
			evs = append(evs, Event{"sale", price})
		}
	}
	return evs
}

func main() {
	var stats Stats
	var wg sync.WaitGroup
	var nextTicket atomic.Uint32
	issued := make([][]uint32, 4)

	for booth := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, e := range makeEvents(booth) {
				stats.Apply(e)
				if e.Kind == "sale" {
					issued[booth] = append(issued[booth], nextTicket.Add(1))
				}
			}
		}()
	}
	wg.Wait()

	fmt.Println("sold:", stats.Sold.Load())
	fmt.Println("refunded:", stats.Refunded.Load())
	rev := stats.Revenue.Load()
	fmt.Printf("revenue: $%d.%02d\n", rev/100, rev%100)

	// Ticket numbers are unique even though the order varies by run.
	seen := make(map[uint32]bool)
	total := 0
	for b, nums := range issued {
		fmt.Printf("booth %d issued %d tickets\n", b, len(nums))
		for _, n := range nums {
			seen[n] = true
		}
		total += len(nums)
	}
	fmt.Println("unique ticket numbers:", len(seen) == total, "highest:", nextTicket.Load())

	var flag atomic.Bool
	fmt.Println("first close:", flag.CompareAndSwap(false, true))
	fmt.Println("second close:", flag.CompareAndSwap(false, true))
}
