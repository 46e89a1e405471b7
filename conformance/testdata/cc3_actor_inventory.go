package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrOutOfStock = errors.New("out of stock")
var ErrUnknownItem = errors.New("unknown item")

type request struct {
	kind  string // "add", "reserve", "query", "report"
	item  string
	qty   int
	reply chan response
}

type response struct {
	qty    int
	err    error
	report []string
}

// inventory is an actor: the stock map is touched only by its goroutine.
func inventory(initial map[string]int) chan<- request {
	inbox := make(chan request)
	go func() {
		stock := make(map[string]int, len(initial))
		for k, v := range initial {
			stock[k] = v
		}
		ops := map[string]int{}
		for req := range inbox {
			ops[req.kind]++
			switch req.kind {
			case "add":
				stock[req.item] += req.qty
				req.reply <- response{qty: stock[req.item]}
			case "reserve":
				have, ok := stock[req.item]
				switch {
				case !ok:
					req.reply <- response{err: fmt.Errorf("reserve %q: %w", req.item, ErrUnknownItem)}
				case have < req.qty:
					req.reply <- response{qty: have, err: fmt.Errorf("reserve %d %s (have %d): %w", req.qty, req.item, have, ErrOutOfStock)}
				default:
					stock[req.item] = have - req.qty
					req.reply <- response{qty: stock[req.item]}
				}
			case "query":
				req.reply <- response{qty: stock[req.item]}
			case "report":
				var lines []string
				for k, v := range stock {
					lines = append(lines, fmt.Sprintf("%-10s %4d", k, v))
				}
				for k, v := range ops {
					lines = append(lines, fmt.Sprintf("ops:%-6s %4d", k, v))
				}
				sort.Strings(lines)
				req.reply <- response{report: lines}
			}
		}
	}()
	return inbox
}

func call(inv chan<- request, kind, item string, qty int) response {
	reply := make(chan response)
	inv <- request{kind: kind, item: item, qty: qty, reply: reply}
	return <-reply
}

func main() {
	inv := inventory(map[string]int{"laptop": 50, "monitor": 80, "keyboard": 120, "mouse": 200})

	// Concurrent customers; total demand never exceeds stock, so every
	// reservation succeeds regardless of interleaving.
	items := []string{"laptop", "monitor", "keyboard", "mouse"}
	failures := make([]error, 16)
	var wg sync.WaitGroup
	for c := 0; c < 16; c++ {
		wg.Go(func() {
			for k, it := range items {
				r := call(inv, "reserve", it, (c+k)%3+1)
				if r.err != nil {
					failures[c] = r.err
				}
			}
			call(inv, "add", "mouse", 1)
		})
	}
	wg.Wait()
	nFail := 0
	for _, f := range failures {
		if f != nil {
			nFail++
		}
	}
	fmt.Println("customers with failures:", nFail)
	for _, it := range items {
		fmt.Printf("%-9s left: %d\n", it, call(inv, "query", it, 0).qty)
	}

	// Sequential edge cases.
	r := call(inv, "reserve", "laptop", 100)
	fmt.Println("big order:", r.err)
	fmt.Println("  out of stock?", errors.Is(r.err, ErrOutOfStock), "available:", r.qty)
	r = call(inv, "reserve", "tablet", 1)
	fmt.Println("unknown:", r.err, errors.Is(r.err, ErrUnknownItem))
	r = call(inv, "add", "tablet", 5)
	fmt.Println("tablets after restock:", r.qty)
	r = call(inv, "reserve", "tablet", 5)
	fmt.Println("tablets after reservation:", r.qty, r.err)

	fmt.Println("report:")
	for _, line := range call(inv, "report", "", 0).report {
		fmt.Println("  " + line)
	}
	close(inv)
}
