// A struct that embeds sync.Mutex: Lock and Unlock are promoted methods, and
// all other methods must use a pointer receiver so the mutex is never copied.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Inventory struct {
	sync.Mutex
	stock map[string]int
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{stock: make(map[string]int)}
}

func (inv *Inventory) Add(item string, n int) {
	inv.Lock()
	defer inv.Unlock()
	inv.stock[item] += n
}

func (inv *Inventory) Remove(item string, n int) error {
	inv.Lock()
	defer inv.Unlock()
	if have := inv.stock[item]; have < n {
		inv.log = append(inv.log, "short:"+item)
		return fmt.Errorf("remove %d %s: only %d in stock", n, item, have)
	}
	inv.stock[item] -= n
	return nil
}

// String takes the lock and reports items in sorted order.
func (inv *Inventory) String() string {
	inv.Lock()
	defer inv.Unlock()
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(inv.stock)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, inv.stock[k]))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	inv := NewInventory()
	items := []string{"bolt", "nut", "washer"}

	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				inv.Add(items[(w+i)%len(items)], 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("after stocking:", inv)

	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = inv.Remove("bolt", 30)
		}()
	}
	wg.Wait()
	failures := 0
	for _, err := range errs {
		if err != nil {
			failures++
		}
	}
	fmt.Println("after removals:", inv)
	fmt.Println("failed removals:", failures, "log entries:", len(inv.log))

	// The embedded mutex can also be used directly by callers for a batch.
	inv.Lock()
	inv.stock["nut"] = 0
	inv.stock["gear"] = 1
	inv.Unlock()
	fmt.Println("after batch:", inv)
	fmt.Println(inv.Remove("gear", 2))
}
