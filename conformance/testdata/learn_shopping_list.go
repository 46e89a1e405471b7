package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
	Done  bool
}

var list []Item

func add(name string, qty int, price float64) {
	for i := range list {
		if list[i].Name == name {
			list[i].Qty += qty
			fmt.Println("increased", name, "to", list[i].Qty)
			return
		}
	}
	list = append(list, Item{Name: name, Qty: qty, Price: price})
	fmt.Println("added", name)
}

func markDone(name string) bool {
	for i, it := range list {
		if it.Name == name {
			list[i].Done = true
			return true
		}
	}
	return false
}

func remove(name string) {
	out := list[:0]
	for _, it := range list {
		if it.Name != name {
			out = append(out, it)
		}
	}
	list = out
}

func total() float64 {
	t := 0.0
	for _, it := range list {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func printList() {
	fmt.Println(strings.Repeat("=", 30))
	for i, it := range list {
		box := "[ ]"
		if it.Done {
			box = "[x]"
		}
		fmt.Printf("%d. %s %-8s x%d @ %.2f\n", i+1, box, it.Name, it.Qty, it.Price)
	}
	fmt.Printf("total: $%.2f\n", total())
}

func main() {
	add("milk", 2, 1.25)
	add("bread", 1, 2.50)
	add("eggs", 12, 0.20)
	add("milk", 1, 1.25)
	printList()
	fmt.Println("done bread?", markDone("bread"), "done jam?", markDone("jam"))
	remove("eggs")
	printList()
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	fmt.Printf("%+v\n", list)
}
