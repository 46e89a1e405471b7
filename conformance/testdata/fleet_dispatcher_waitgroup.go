package main

import (
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID     int
	Region string
	Kg     float64
}

type Assignment struct {
	OrderID int
	Truck   string
}

// Dispatcher hands orders to trucks; several goroutines share it.
type Dispatcher struct {
	mu        sync.Mutex
	loads     map[string]float64
	log       []Assignment
	regionMap map[string]string
}

func NewDispatcher() *Dispatcher {
	return &Dispatcher{
		loads: make(map[string]float64),
		regionMap: map[string]string{
			"north": "T-N1",
			"south": "T-S1",
			"east":  "T-E1",
		},
	}
}

func (d *Dispatcher) Assign(o Order) {
	truck, ok := d.regionMap[o.Region]
	if !ok {
		truck = "T-SPARE"
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.loads[truck] += o.Kg
	d.log = append(d.log, Assignment{o.ID, truck})
}

func main() {
	regions := []string{"north", "south", "east", "west"}
	var orders []Order
	for i := range 20 {
		orders = append(orders, Order{
			ID:     100 + i,
			Region: regions[i%len(regions)],
			Kg:     float64(i%7+1) * 2.5,
		})
	}

	d := NewDispatcher()
	var wg sync.WaitGroup
	const workers = 4
	ch := make(chan Order)

	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range ch {
				d.Assign(o)
			}
		}()
	}

	for _, o := range orders {
		ch <- o
	}
	close(ch)
	wg.Wait()

	// The order of d.log depends on scheduling, so sort before printing.
	sort.Slice(d.log, func(i, j int) bool { return d.log[i].OrderID < d.log[j].OrderID })
	for _, a := range d.log[:6] {
		fmt.Printf("order %d -> %s\n", a.OrderID, a.Truck)
	}
	fmt.Println("... total assignments:", len(d.log))

	trucks := make([]string, 0, len(d.loads))
	for t := range d.loads {
		trucks = append(trucks, t)
	}
	sort.Strings(trucks)
	var total float64
	for _, t := range trucks {
		fmt.Printf("%-8s %6.1f kg\n", t, d.loads[t])
		total += d.loads[t]
	}
	fmt.Printf("%-8s %6.1f kg\n", "TOTAL", total)

	// WaitGroup.Go (Go 1.25+) starts and tracks a goroutine in one call.
	var counted sync.WaitGroup
	var mu sync.Mutex
	perRegion := map[string]int{}
	for _, o := range orders {
		counted.Go(func() {
			mu.Lock()
			perRegion[o.Region]++
			mu.Unlock()
		})
	}
	counted.Wait()
	for _, r := range []string{"east", "north", "south", "west"} {
		fmt.Printf("region %-5s has %d orders\n", r, perRegion[r])
	}
}
