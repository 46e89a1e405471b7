package main

import (
	"fmt"
	"strings"
	"sync"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Event struct {
	Clerk    int
	Customer int
	Start    int
	End      int
	Wait     int
}

// simulate assigns customers to clerks in arrival order; each clerk is a goroutine
// that receives work on its own channel, so output is collected and ordered later.
func simulate(customers []Customer, clerks int) []Event {
	free := make([]int, clerks)
	plan := make([][]Customer, clerks)
	for _, c := range customers {
		best := 0
		for i := range clerks {
			if free[i] < free[best] {
				best = i
			}
		}
		start := max(free[best], c.Arrive)
		free[best] = start + c.Service
		plan[best] = append(plan[best], c)
	}
	results := make([][]Event, clerks)
	var wg sync.WaitGroup
	for i := range clerks {
		ch := make(chan Customer)
		wg.Add(1)
		go func(id int, in <-chan Customer) {
			defer wg.Done()
			clock := 0
			for c := range in {
				start := max(clock, c.Arrive)
				clock = start + c.Service
				results[id] = append(results[id], Event{id, c.ID, start, clock, start - c.Arrive})
			}
		}(i, ch)
		go func() {
			for _, c := range plan[i] {
				ch <- c
			}
			close(ch)
		}()
	}
	wg.Wait()
	var all []Event
	for _, r := range results {
		all = append(all, r...)
	}
	return all
}

func main() {
	var customers []Customer
	for i := range 10 {
		customers = append(customers, Customer{ID: i + 1, Arrive: i * 2, Service: 3 + (i*5)%4})
	}
	for _, clerks := range []int{1, 2, 3} {
		events := simulate(customers, clerks)
		total, worst := 0, 0
		lines := make([]string, clerks)
		for _, e := range events {
			total += e.Wait
			worst = max(worst, e.Wait)
			lines[e.Clerk] += fmt.Sprintf(" c%d[%d-%d]", e.Customer, e.Start, e.End)
		}
		fmt.Printf("clerks=%d avg wait=%5.2f worst=%d\n", clerks, float64(total)/float64(len(events)), worst)
		for i, l := range lines {
			fmt.Printf("  clerk %d:%s\n", i, strings.TrimRight(l, " "))
		}
	}
}
