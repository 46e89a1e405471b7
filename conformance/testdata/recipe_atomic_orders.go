package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Kitchen counts orders from many waiters at once.
type Kitchen struct {
	orders   atomic.Int64
	desserts atomic.Int32
	closed   atomic.Bool
	peak     atomic.Int64
	inFlight atomic.Int64
}

func (k *Kitchen) Order(dessert bool) bool {
	if k.closed.Load() {
		return false
	}
	n := k.inFlight.Add(1)
	for {
		p := k.peak.Load()
		if n <= p || k.peak.CompareAndSwap(p, n) {
			break
		}
	}
	k.orders.Add(1)
	if dessert {
		k.desserts.Add(1)
	}
	k.inFlight.Add(-1)
	return true
}

func main() {
	var k Kitchen
	var wg sync.WaitGroup

	const waiters = 8
	const perWaiter = 250
	for w := range waiters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWaiter {
				k.Order((w+i)%4 == 0)
			}
		}()
	}
	wg.Wait()

	fmt.Println("orders:", k.orders.Load())
	fmt.Println("desserts:", k.desserts.Load())
	fmt.Println("in flight after wait:", k.inFlight.Load())
	fmt.Println("peak within limits:", k.peak.Load() >= 1 && k.peak.Load() <= waiters)

	k.closed.Store(true)
	accepted := k.Order(true)
	fmt.Println("order after closing accepted:", accepted)

	var ticket atomic.Uint32
	tickets := make([]uint32, 5)
	var wg2 sync.WaitGroup
	for i := range tickets {
		wg2.Go(func() { tickets[i] = ticket.Add(1) })
	}
	wg2.Wait()
	sum := uint32(0)
	for _, t := range tickets {
		sum += t
	}
	fmt.Println("ticket numbers sum to", sum, "max", ticket.Load())

	var old atomic.Value
	old.Store("draft menu")
	prev := old.Swap("final menu")
	fmt.Printf("menu %q replaced %q\n", old.Load(), prev)
}
