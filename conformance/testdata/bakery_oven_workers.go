package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Tray struct {
	ID      int
	Product string
	Bake    time.Duration
}

type Result struct {
	TrayID  int
	Oven    int
	Product string
	Bake    time.Duration
}

func oven(id int, trays <-chan Tray, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range trays {
		// Pretend to bake; the real time is irrelevant for the output.
		results <- Result{TrayID: t.ID, Oven: id, Product: t.Product, Bake: t.Bake}
	}
}

func main() {
	products := []struct {
		name string
		bake time.Duration
	}{
		{"baguette", 25 * time.Minute},
		{"croissant", 18 * time.Minute},
		{"rye", 55 * time.Minute},
		{"brioche", 30 * time.Minute},
	}

	trays := make(chan Tray)
	results := make(chan Result, 16)
	var wg sync.WaitGroup

	const ovens = 3
	for i := 1; i <= ovens; i++ {
		wg.Add(1)
		go oven(i, trays, results, &wg)
	}

	go func() {
		for i := range 10 {
			p := products[i%len(products)]
			trays <- Tray{ID: i + 1, Product: p.name, Bake: p.bake}
		}
		close(trays)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}

	sort.Slice(all, func(i, j int) bool { return all[i].TrayID < all[j].TrayID })

	var total time.Duration
	perProduct := map[string]int{}
	for _, r := range all {
		fmt.Printf("tray %2d: %-9s baked for %v\n", r.TrayID, r.Product, r.Bake)
		total += r.Bake
		perProduct[r.Product]++
	}

	names := make([]string, 0, len(perProduct))
	for name := range perProduct {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%s trays: %d\n", name, perProduct[name])
	}
	fmt.Printf("trays baked: %d, oven time: %v\n", len(all), total)
	fmt.Printf("average per tray: %v\n", total/time.Duration(len(all)))
}
