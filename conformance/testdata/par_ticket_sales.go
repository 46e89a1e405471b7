// Ticket sales: many booths sell from a shared stock using atomic.Int64 and
// CompareAndSwap, so tickets are never oversold.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Venue struct {
	name      string
	remaining atomic.Int64
	sold      atomic.Int64
	rejected  atomic.Int64
}

func NewVenue(name string, capacity int64) *Venue {
	v := &Venue{name: name}
	v.remaining.Store(capacity)
	return v
}

// Buy tries to reserve n tickets; it fails if fewer than n remain.
func (v *Venue) Buy(n int64) bool {
	for {
		cur := v.remaining.Load()
		if cur < n {
			v.rejected.Add(1)
			return false
		}
		if v.remaining.CompareAndSwap(cur, cur-n) {
			v.sold.Add(n)
			return true
		}
		// Another booth changed the stock first; retry with the new value.
	}
}

func (v *Venue) String() string {
	return fmt.Sprintf("%s: sold=%d remaining=%d", v.name, v.sold.Load(), v.remaining.Load())
}

func main() {
	const booths = 8
	venue := NewVenue("Concert Hall", 500)

	// Each booth serves customers wanting 1..4 tickets until it sees a sell-out.
	var wg sync.WaitGroup
	perBooth := make([]int64, booths)
	for b := range booths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 200; c++ {
				want := int64(1 + (b+c)%4)
				if venue.Buy(want) {
					perBooth[b] += want
				}
				if venue.remaining.Load() == 0 {
					break
				}
			}
		}()
	}
	wg.Wait()

	var total int64
	for _, n := range perBooth {
		total += n
	}
	fmt.Println(venue)
	fmt.Println("sum over booths equals sold:", total == venue.sold.Load())
	fmt.Println("sold + remaining == capacity:", venue.sold.Load()+venue.remaining.Load() == 500)
	fmt.Println("never oversold:", venue.remaining.Load() >= 0)

	small := NewVenue("Jazz Club", 10)
	results := make([]bool, 6)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = small.Buy(3)
		}()
	}
	wg.Wait()
	ok := 0
	for _, r := range results {
		if r {
			ok++
		}
	}
	fmt.Printf("%v, successful orders=%d rejected=%d\n", small, ok, small.rejected.Load())
}
