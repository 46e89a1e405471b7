package main

import (
	"fmt"
	"sort"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func (inv Inventory) Items() []string {
	var names []string
	for k := range inv {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func main() {
	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("pear", 1)
	inv.Add("apple", 2)
	for _, k := range inv.Items() {
		fmt.Println(k, inv[k])
	}
}
