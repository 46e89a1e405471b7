package main

import (
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Qty      int
}

type Result struct {
	OrderID int
	Worker  int
	Sold    int
	Note    string
	Amount  float64
}

// price applies a 10% group discount for five or more tickets.
func price(qty int) float64 {
	amt := float64(qty) * 35.0
	if qty >= 5 {
		amt *= 0.9
	}
	return amt
}

type Inventory struct {
	mu        sync.Mutex
	remaining int
}

// Take reserves up to qty tickets and returns how many were granted.
func (inv *Inventory) Take(qty int) int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	n := min(qty, inv.remaining)
	inv.remaining -= n
	return n
}

func worker(id int, inv *Inventory, orders <-chan Order, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		got := inv.Take(o.Qty)
		note := "full"
		if got == 0 {
			note = "sold out"
		} else if got < o.Qty {
			note = "partial"
		}
		results <- Result{OrderID: o.ID, Worker: id, Sold: got, Note: note, Amount: price(got)}
	}
}

func main() {
	orders := []Order{
		{1, "ana", 4}, {2, "ben", 2}, {3, "cy", 6}, {4, "dee", 1},
		{5, "eli", 3}, {6, "fay", 5}, {7, "gus", 2}, {8, "hal", 1},
	}
	total := 0
	for _, o := range orders {
		total += o.Qty
	}

	inv := &Inventory{remaining: total}
	in := make(chan Order)
	out := make(chan Result, len(orders))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, inv, in, out, &wg)
	}
	for _, o := range orders {
		in <- o
	}
	close(in)
	wg.Wait()
	close(out)

	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].OrderID < results[j].OrderID })

	sold, revenue := 0, 0.0
	for _, r := range results {
		sold += r.Sold
		revenue += r.Amount
		fmt.Printf("order %d: sold %d (%s) %8.2f\n", r.OrderID, r.Sold, r.Note, r.Amount)
	}
	fmt.Printf("revenue: %.2f\n", revenue)
	fmt.Printf("requested=%d sold=%d remaining=%d\n", total, sold, inv.remaining)
	fmt.Println("all orders processed:", len(results) == len(orders))
}
