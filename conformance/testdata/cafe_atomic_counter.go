package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Register struct {
	cupsSold  atomic.Int64
	revenue   atomic.Int64 // in cents
	open      atomic.Bool
	lastOrder atomic.Value
}

func (r *Register) Ring(cents int64, note string) bool {
	if !r.open.Load() {
		return false
	}
	r.cupsSold.Add(1)
	r.revenue.Add(cents)
	r.lastOrder.Store(note)
	return true
}

type Stats struct {
	Cups    int64
	Revenue string
}

func (r *Register) Snapshot() Stats {
	c := r.revenue.Load()
	return Stats{Cups: r.cupsSold.Load(), Revenue: fmt.Sprintf("$%d.%02d", c/100, c%100)}
}

func main() {
	var reg Register
	fmt.Println("closed ring accepted:", reg.Ring(300, "early bird"))
	reg.open.Store(true)

	prices := []int64{275, 450, 495, 325}
	var wg sync.WaitGroup
	var rejected atomic.Int32
	for terminal := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 250 {
				if !reg.Ring(prices[(terminal+i)%len(prices)], "order") {
					rejected.Add(1)
				}
			}
		}()
	}
	wg.Wait()

	s := reg.Snapshot()
	fmt.Printf("%+v\n", s)
	fmt.Println("rejected:", rejected.Load())
	fmt.Println("last order note:", reg.lastOrder.Load())

	var peak atomic.Int64
	var wg2 sync.WaitGroup
	for _, v := range []int64{12, 48, 7, 33, 48, 21} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for {
				cur := peak.Load()
				if v <= cur || peak.CompareAndSwap(cur, v) {
					return
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println("peak queue length:", peak.Load())

	old := reg.cupsSold.Swap(0)
	fmt.Println("cups before reset:", old, "after:", reg.cupsSold.Load())
	reg.open.Store(false)
	fmt.Println("ring after close:", reg.Ring(100, "late"))

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("daily total printed once:", reg.Snapshot().Revenue) })
	}
}
