package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Order struct {
	ID     int
	Region string
	Items  []int // item prices in cents
}

type Result struct {
	OrderID int
	Region  string
	Total   int
	Err     error
}

func process(o Order) Result {
	if len(o.Items) == 0 {
		return Result{OrderID: o.ID, Region: o.Region, Err: fmt.Errorf("order %d has no items", o.ID)}
	}
	total := 0
	for _, p := range o.Items {
		total += p
	}
	if total > 50000 {
		return Result{OrderID: o.ID, Region: o.Region, Err: fmt.Errorf("order %d needs manual review (%d cents)", o.ID, total)}
	}
	return Result{OrderID: o.ID, Region: o.Region, Total: total}
}

func main() {
	regions := []string{"north", "south", "east", "west"}
	var orders []Order
	for i := 1; i <= 20; i++ {
		items := make([]int, i%4)
		for j := range items {
			items[j] = 999 + i*j*850
		}
		if i == 13 {
			items = append(items, 60000)
		}
		orders = append(orders, Order{ID: i, Region: regions[i%len(regions)], Items: items})
	}

	jobs := make(chan Order)
	results := make(chan Result)
	var wg sync.WaitGroup

	const workers = 4
	for range workers {
		wg.Go(func() {
			for o := range jobs {
				results <- process(o)
			}
		})
	}

	go func() {
		for _, o := range orders {
			jobs <- o
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	// Collect everything first; workers finish in any order.
	var collected []Result
	for r := range results {
		collected = append(collected, r)
	}
	slices.SortFunc(collected, func(a, b Result) int { return a.OrderID - b.OrderID })

	byRegion := map[string]int{}
	var failures []string
	for _, r := range collected {
		if r.Err != nil {
			failures = append(failures, r.Err.Error())
			continue
		}
		byRegion[r.Region] += r.Total
	}

	fmt.Printf("processed %d orders with %d workers\n", len(collected), workers)
	sorted := slices.Sorted(maps.Keys(byRegion))
	grand := 0
	for _, reg := range sorted {
		fmt.Printf("  %-6s %8d cents\n", reg, byRegion[reg])
		grand += byRegion[reg]
	}
	fmt.Println("  total ", grand, "cents")
	fmt.Printf("%d failures:\n  %s\n", len(failures), strings.Join(failures, "\n  "))
}
