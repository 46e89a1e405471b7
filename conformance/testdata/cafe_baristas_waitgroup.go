package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Order struct {
	ID    int
	Drink string
}

type Result struct {
	OrderID int
	Barista string
	Drink   string
	Brew    time.Duration
}

var brewTimes = map[string]time.Duration{
	"espresso":   25 * time.Second,
	"latte":      90 * time.Second,
	"cappuccino": 80 * time.Second,
	"cold brew":  15 * time.Second,
}

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *Counter) Add(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[name]++
}

func main() {
	orders := make(chan Order)
	results := make(chan Result)
	counter := &Counter{counts: make(map[string]int)}

	var wg sync.WaitGroup
	baristas := []string{"Ana", "Ben", "Chloe"}
	for _, name := range baristas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range orders {
				counter.Add(name)
				results <- Result{OrderID: o.ID, Barista: name, Drink: o.Drink, Brew: brewTimes[o.Drink]}
			}
		}()
	}

	drinks := []string{"latte", "espresso", "cold brew", "cappuccino", "latte", "espresso", "latte", "cappuccino"}
	go func() {
		for i, d := range drinks {
			orders <- Order{ID: i + 1, Drink: d}
		}
		close(orders)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].OrderID < all[j].OrderID })

	var total time.Duration
	for _, r := range all {
		fmt.Printf("order #%02d %-11s brew %v\n", r.OrderID, r.Drink, r.Brew)
		total += r.Brew
	}
	fmt.Println("orders served:", len(all))
	fmt.Println("total brew time:", total)

	sum := 0
	for _, name := range baristas {
		sum += counter.counts[name]
	}
	fmt.Println("drinks counted across baristas:", sum)
	fmt.Println("team:", strings.Join(baristas, ", "))
}
