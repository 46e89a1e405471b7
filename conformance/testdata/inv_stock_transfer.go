package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
)

var ErrShortage = errors.New("shortage")

type TransferError struct {
	From, To string
	SKU      string
	Qty      int
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d %s %s->%s: %v", e.Qty, e.SKU, e.From, e.To, e.Err)
}

func (e *TransferError) Unwrap() error { return e.Err }

type Network struct {
	mu    sync.Mutex
	stock map[string]map[string]int // site -> sku -> qty
}

func (n *Network) Transfer(from, to, sku string, qty int) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stock[from][sku] < qty {
		return &TransferError{from, to, sku, qty, ErrShortage}
	}
	n.stock[from][sku] -= qty
	if n.stock[to] == nil {
		n.stock[to] = map[string]int{}
	}
	n.stock[to][sku] += qty
	return nil
}

func (n *Network) Total(sku string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	t := 0
	for _, m := range n.stock {
		t += m[sku]
	}
	return t
}

type move struct {
	from, to, sku string
	qty           int
}

func main() {
	n := &Network{stock: map[string]map[string]int{
		"berlin": {"widget": 1000, "gadget": 200},
		"paris":  {"widget": 1000, "gadget": 200},
		"madrid": {"widget": 1000},
	}}
	sites := []string{"berlin", "paris", "madrid", "lyon"}
	var moves []move
	for i := range 90 {
		// No widget move can fail, so final totals don't depend on goroutine order.
		from := sites[i%3]
		moves = append(moves, move{from, sites[(i+i/3+1)%4], "widget", i%7 + 1})
	}
	moves = append(moves, move{"paris", "berlin", "gadget", 120}, move{"berlin", "lyon", "gadget", 75})
	moves = append(moves, move{"madrid", "paris", "gadget", 50}, move{"lisbon", "paris", "widget", 1})
	planned := map[string][2]int{} // site -> {units out, units in}
	for _, m := range moves {
		out, in := planned[m.from], planned[m.to]
		out[0] += m.qty
		planned[m.from] = out
		in[1] += m.qty
		planned[m.to] = in
	}
	for _, site := range slices.Sorted(maps.Keys(planned)) {
		fmt.Printf("plan %-7s out=%4d in=%4d\n", site, planned[site][0], planned[site][1])
	}

	var wg sync.WaitGroup
	errCh := make(chan error, len(moves))
	for _, m := range moves {
		wg.Go(func() {
			if err := n.Transfer(m.from, m.to, m.sku, m.qty); err != nil {
				errCh <- err
			}
		})
	}
	wg.Wait()
	close(errCh)

	var msgs []string
	for err := range errCh {
		var te *TransferError
		if errors.As(err, &te) && errors.Is(err, ErrShortage) {
			msgs = append(msgs, fmt.Sprintf("shortage at %s: %v", te.From, err))
		}
	}
	slices.Sort(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	for _, site := range slices.Sorted(maps.Keys(n.stock)) {
		skus := n.stock[site]
		fmt.Printf("%-7s", site)
		for _, sku := range slices.Sorted(maps.Keys(skus)) {
			fmt.Printf("  %s=%d", sku, skus[sku])
		}
		fmt.Println()
	}
	fmt.Println("widget total:", n.Total("widget"), "gadget total:", n.Total("gadget"))
	fmt.Println("moves processed:", len(moves))
}
