package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Inventory struct {
	mu      *sync.Mutex // shared by copies on purpose
	Name    string
	Slots   [4]int         // copied by value
	History []string       // header copied, backing array shared
	Stock   map[string]int // reference shared
}

func NewInventory(name string) Inventory {
	return Inventory{
		mu:      &sync.Mutex{},
		Name:    name,
		History: make([]string, 0, 8),
		Stock:   map[string]int{},
	}
}

func (inv *Inventory) Add(item string, qty, slot int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.Stock[item] += qty
	inv.Slots[slot] += qty
	inv.History = append(inv.History, fmt.Sprintf("+%d %s", qty, item))
}

// Clone produces an independent deep copy with its own mutex.
func (inv Inventory) Clone() Inventory {
	out := inv // copies Name and Slots
	out.mu = &sync.Mutex{}
	out.History = append([]string(nil), inv.History...)
	out.Stock = make(map[string]int, len(inv.Stock))
	for k, v := range inv.Stock {
		out.Stock[k] = v
	}
	return out
}

func (inv Inventory) String() string {
	keys := make([]string, 0, len(inv.Stock))
	for k := range inv.Stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, inv.Stock[k]))
	}
	return fmt.Sprintf("%s slots=%v stock=[%s] history=%v (len %d)",
		inv.Name, inv.Slots, strings.Join(parts, " "), inv.History, len(inv.History))
}

func main() {
	store := NewInventory("main")
	store.Add("bolt", 10, 0)
	store.Add("nut", 5, 1)

	shallow := store // plain struct copy
	deep := store.Clone()
	shallow.Name = "shallow"
	deep.Name = "deep"

	fmt.Println("shares mutex:", shallow.mu == store.mu, "deep shares mutex:", deep.mu == store.mu)

	shallow.Add("washer", 3, 2)
	fmt.Println("after shallow.Add:")
	fmt.Println(" ", store)
	fmt.Println(" ", shallow)
	fmt.Println(" ", deep)

	// store's History has len 2 but the shared backing array now holds a third
	// element written by shallow; store's next append overwrites it.
	store.Add("screw", 1, 3)
	fmt.Println("after store.Add:")
	fmt.Println(" ", store)
	fmt.Println(" ", shallow)

	deep.Add("gear", 2, 0)
	fmt.Println("deep is independent:")
	fmt.Println(" ", deep)
	fmt.Println(" ", store)

	// Arrays of arrays copy fully; a slice of the array aliases it.
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	row := grid[1][:]
	g2[0][0] = 100
	row[2] = 60
	fmt.Println("grid:", grid, "g2:", g2)

	// Concurrent adds through copies still serialize on the shared mutex.
	var wg sync.WaitGroup
	for range 4 {
		c := store
		wg.Go(func() {
			for range 100 {
				c.mu.Lock()
				c.Stock["bolt"]++
				c.mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("bolts after concurrent adds:", store.Stock["bolt"])
}
