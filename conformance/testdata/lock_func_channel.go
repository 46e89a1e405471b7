// A single "owner" goroutine holds the state; other goroutines send it
// functions to run. Because only the owner touches the state, no mutex
// is needed.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type inventory struct {
	stock map[string]int
	log   []string
}

type op func(inv *inventory)

func owner(ops <-chan op, done chan<- *inventory) {
	inv := &inventory{stock: make(map[string]int)}
	for f := range ops {
		f(inv)
	}
	done <- inv
}

func main() {
	ops := make(chan op)
	done := make(chan *inventory)
	go owner(ops, done)

	items := []string{"apple", "bread", "cheese", "dates"}
	var wg sync.WaitGroup
	for i, item := range items {
		wg.Go(func() {
			for k := 0; k < 10; k++ {
				ops <- func(inv *inventory) {
					inv.stock[item] += i + 1
				}
			}
		})
	}
	wg.Wait()

	// a request/response: the func replies on its own channel
	reply := make(chan int)
	ops <- func(inv *inventory) {
		total := 0
		for _, n := range inv.stock {
			total += n
		}
		reply <- total
	}
	fmt.Println("total stock:", <-reply)

	for _, item := range items[:2] {
		wg.Go(func() {
			ops <- func(inv *inventory) {
				inv.stock[item] -= 3
				inv.log = append(inv.log, "sold 3 "+item)
			}
		})
	}
	wg.Wait()

	close(ops)
	inv := <-done

	names := make([]string, 0, len(inv.stock))
	for name := range inv.stock {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-7s %3d\n", name, inv.stock[name])
	}
	sort.Strings(inv.log)
	for _, l := range inv.log {
		fmt.Println("log:", l)
	}
}
