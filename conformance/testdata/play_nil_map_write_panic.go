package main

import (
	"fmt"
	"sort"
)

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) Count(name string) int {
	return inv.items[name] // reading a nil map is fine
}

func (inv *Inventory) Add(name string, n int) {
	inv.items[name] += n // writing to a nil map panics
}

func main() {
	var m map[string]int
	fmt.Println("nil map len:", len(m))
	fmt.Println("nil map read:", m["anything"])
	v, ok := m["x"]
	fmt.Println("comma ok on nil map:", v, ok)
	for k := range m {
		fmt.Println("never printed", k)
	}
	delete(m, "x") // no-op on nil map
	fmt.Println("delete on nil map: ok")

	good := make(map[string]int)
	good["apples"] = 3
	good["pears"] += 2
	fmt.Println("initialized map:", good)

	keys := make([]string, 0, len(good))
	for k := range good {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sorted keys:", keys)

	inv := &Inventory{}
	fmt.Println("inventory count of bolts:", inv.Count("bolts"))
	fmt.Println("about to add to an uninitialized inventory...")
	inv.Add("bolts", 10)
	fmt.Println("unreachable")
}
