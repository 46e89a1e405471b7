package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) {
	inv[item] += n
}

func (inv Inventory) Report() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, inv[k]))
	}
	return strings.Join(parts, ", ")
}

func wordCount(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[strings.Trim(w, ".,!")]++
	}
	return counts
}

func main() {
	// Step 1: a map literal
	ages := map[string]int{"alice": 31, "bob": 27, "carol": 45}
	fmt.Println("step 1: len =", len(ages))

	// Step 2: fmt prints maps with sorted keys
	fmt.Println("step 2:", ages)

	// Step 3: comma-ok lookup of a present key
	a, ok := ages["alice"]
	fmt.Println("step 3:", a, ok)

	// Step 4: a missing key gives the zero value
	d, ok := ages["dave"]
	fmt.Println("step 4:", d, ok)

	// Step 5: insert and update
	ages["dave"] = 19
	ages["bob"]++
	fmt.Println("step 5:", ages)

	// Step 6: delete (deleting a missing key is fine)
	delete(ages, "carol")
	delete(ages, "nobody")
	fmt.Println("step 6:", len(ages), ages)

	// Step 7: iterate in sorted key order
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Printf("step 7: %s -> %d\n", k, ages[k])
	}

	// Step 8: reading a nil map is allowed
	var empty map[string]bool
	fmt.Println("step 8:", empty["x"], len(empty))

	// Step 9: a map of slices
	groups := map[bool][]int{}
	for i := 1; i <= 6; i++ {
		even := i%2 == 0
		groups[even] = append(groups[even], i)
	}
	fmt.Println("step 9: even", groups[true], "odd", groups[false])

	// Step 10: counting words
	wc := wordCount("The cat saw the dog. The dog ran!")
	fmt.Println("step 10:", slices.Sorted(maps.Keys(wc)))
	fmt.Println("step 11: the =", wc["the"], "dog =", wc["dog"])

	// Step 12: clone and compare
	copyAges := maps.Clone(ages)
	fmt.Println("step 12:", maps.Equal(ages, copyAges))
	copyAges["eve"] = 50
	fmt.Println("step 13:", maps.Equal(ages, copyAges), len(ages), len(copyAges))

	// Step 14: maps are reference-like
	alias := ages
	alias["alice"] = 99
	fmt.Println("step 14:", ages["alice"])

	// Step 15: a named map type with methods
	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("pear", 2)
	inv.Add("apple", 4)
	fmt.Println("step 15:", inv.Report())

	// Step 16: struct keys
	type cell struct{ r, c int }
	board := map[cell]string{{0, 0}: "X", {1, 1}: "O"}
	fmt.Println("step 16:", board[cell{1, 1}], board[cell{2, 2}] == "")

	// Step 17: clear empties the map
	clear(inv)
	fmt.Println("step 17:", len(inv))

	// Step 18: DeleteFunc
	scores := map[string]int{"a": 5, "b": 12, "c": 8, "d": 20}
	maps.DeleteFunc(scores, func(k string, v int) bool { return v < 10 })
	fmt.Println("step 18:", scores)

	// Step 19: a set as map[string]struct{}
	seen := map[string]struct{}{}
	for _, w := range []string{"go", "rust", "go", "zig", "rust"} {
		seen[w] = struct{}{}
	}
	_, hasGo := seen["go"]
	fmt.Println("step 19:", len(seen), hasGo)
}
