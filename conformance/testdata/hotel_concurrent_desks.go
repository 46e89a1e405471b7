package main

import (
	"fmt"
	"sort"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	rooms map[string]int
	log   []string
}

func (inv *Inventory) Book(desk int, kind string) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.rooms[kind] == 0 {
		return false
	}
	inv.rooms[kind]--
	inv.log = append(inv.log, fmt.Sprintf("desk-%d:%s", desk, kind))
	return true
}

func (inv *Inventory) Remaining() map[string]int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	out := make(map[string]int, len(inv.rooms))
	for k, v := range inv.rooms {
		out[k] = v
	}
	return out
}

type result struct {
	desk      int
	succeeded int
	failed    int
}

func main() {
	inv := &Inventory{rooms: map[string]int{"single": 10, "double": 8, "suite": 2}}
	kinds := []string{"single", "double", "suite"}

	const desks = 4
	const attemptsPerDesk = 6
	results := make([]result, desks)

	var wg sync.WaitGroup
	for d := range desks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := result{desk: d + 1}
			for i := range attemptsPerDesk {
				kind := kinds[(d+i)%len(kinds)]
				if inv.Book(d+1, kind) {
					res.succeeded++
				} else {
					res.failed++
				}
			}
			results[d] = res
		}()
	}
	wg.Wait()

	totalOK := 0
	for _, r := range results {
		totalOK += r.succeeded
	}
	fmt.Println("total attempts:", desks*attemptsPerDesk)
	fmt.Println("total bookings:", totalOK)
	fmt.Println("log entries:   ", len(inv.log))

	left := inv.Remaining()
	keys := make([]string, 0, len(left))
	for k := range left {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("remaining %-6s %d\n", k, left[k])
	}

	// Count bookings per kind from the log; the order of the log
	// depends on scheduling, so we sort before printing.
	sorted := append([]string(nil), inv.log...)
	sort.Strings(sorted)
	perKind := map[string]int{}
	for _, entry := range sorted {
		var desk int
		var kind string
		fmt.Sscanf(entry, "desk-%d:%s", &desk, &kind)
		perKind[kind]++
	}
	for _, k := range keys {
		fmt.Printf("booked %-6s %d\n", k, perKind[k])
	}
	fmt.Println("no room oversold:", left["suite"] >= 0 && left["double"] >= 0 && left["single"] >= 0)
}
