package main

import (
	"fmt"
	"strings"
	"sync"
)

type Stage int

const (
	Received Stage = iota
	Prepped
	Cooked
	Plated
	Served
)

func (s Stage) String() string {
	return [...]string{"received", "prepped", "cooked", "plated", "served"}[s]
}

type Ticket struct {
	No     int
	Item   string
	Stage  Stage
	Trail  []Stage
	Rework bool
}

func (t *Ticket) advance(to Stage) {
	t.Trail = append(t.Trail, t.Stage)
	t.Stage = to
}

// stage runs n workers that move tickets to the next stage.
// Results carry their index so the collector can restore order.
type indexed struct {
	idx int
	t   Ticket
}

func stage(in <-chan indexed, to Stage, workers int, fn func(*Ticket)) <-chan indexed {
	out := make(chan indexed)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				if fn != nil {
					fn(&it.t)
				}
				it.t.advance(to)
				out <- it
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	items := []string{"burger", "fries", "salad", "burger", "soup", "steak", "pasta", "fries"}
	src := make(chan indexed)
	go func() {
		defer close(src)
		for i, name := range items {
			src <- indexed{i, Ticket{No: 500 + i, Item: name}}
		}
	}()

	prepped := stage(src, Prepped, 2, nil)
	cooked := stage(prepped, Cooked, 3, func(t *Ticket) {
		if t.Item == "steak" {
			t.Rework = true
			t.Item = "steak (re-fired)"
		}
	})
	plated := stage(cooked, Plated, 2, func(t *Ticket) { t.Item = strings.ToUpper(t.Item[:1]) + t.Item[1:] })
	served := stage(plated, Served, 1, nil)

	results := make([]Ticket, len(items))
	count := 0
	for it := range served {
		results[it.idx] = it.t
		count++
	}
	fmt.Printf("completed %d/%d tickets\n", count, len(items))
	reworks := 0
	for _, t := range results {
		fmt.Printf("#%d %-18s %-7v trail=%v\n", t.No, t.Item, t.Stage, t.Trail)
		if t.Rework {
			reworks++
		}
	}
	tally := map[string]int{}
	for _, t := range results {
		tally[strings.Fields(t.Item)[0]]++
	}
	fmt.Println("tally:", tally)
	fmt.Printf("reworks: %d, last ticket: %+v\n", reworks, results[len(results)-1])
}
