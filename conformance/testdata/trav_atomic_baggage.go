package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Carousel struct {
	ID        int
	delivered atomic.Int64
	weightG   atomic.Int64 // grams, so we can add integers atomically
}

type Bag struct {
	Tag     string
	Flight  string
	WeightG int64
}

func main() {
	flights := map[string]int{"EK29": 1, "QR7": 2, "TK1979": 3}
	var bags []Bag
	for i := range 60 {
		f := []string{"EK29", "QR7", "TK1979"}[i%3]
		w := int64(8000 + (i*937)%17000)
		bags = append(bags, Bag{Tag: fmt.Sprintf("%s-%03d", f, i), Flight: f, WeightG: w})
	}

	carousels := map[int]*Carousel{}
	for _, id := range flights {
		carousels[id] = &Carousel{ID: id}
	}

	var (
		wg        sync.WaitGroup
		total     atomic.Int64
		heavy     atomic.Int32
		handlers  = 4
		work      = make(chan Bag)
		maxWeight atomic.Int64
	)

	for range handlers {
		wg.Go(func() {
			for b := range work {
				c := carousels[flights[b.Flight]]
				c.delivered.Add(1)
				c.weightG.Add(b.WeightG)
				total.Add(1)
				if b.WeightG > 23000 {
					heavy.Add(1)
				}
				for {
					cur := maxWeight.Load()
					if b.WeightG <= cur || maxWeight.CompareAndSwap(cur, b.WeightG) {
						break
					}
				}
			}
		})
	}

	for _, b := range bags {
		work <- b
	}
	close(work)
	wg.Wait()

	fmt.Printf("handled %d bags with %d handlers\n", total.Load(), handlers)
	fmt.Printf("heavy tags issued: %d\n", heavy.Load())
	fmt.Printf("heaviest bag: %.3f kg\n", float64(maxWeight.Load())/1000)

	ids := make([]int, 0, len(carousels))
	for id := range carousels {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	names := map[int]string{}
	for f, id := range flights {
		names[id] = f
	}
	for _, id := range ids {
		c := carousels[id]
		n := c.delivered.Load()
		kg := float64(c.weightG.Load()) / 1000
		fmt.Printf("carousel %d (%-6s) %2d bags %8.2f kg avg %5.2f kg\n", id, names[id], n, kg, kg/float64(n))
	}
}
