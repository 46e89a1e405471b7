package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	Name     string
	Category string
	Cents    int
	Vegan    bool
}

type Menu struct {
	items []Item
}

func (m *Menu) All() iter.Seq2[int, Item] {
	return func(yield func(int, Item) bool) {
		for i, it := range m.items {
			if !yield(i, it) {
				return
			}
		}
	}
}

func (m *Menu) Where(pred func(Item) bool) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, it := range m.items {
			if pred(it) && !yield(it) {
				return
			}
		}
	}
}

func Names(seq iter.Seq[Item]) iter.Seq[string] {
	return func(yield func(string) bool) {
		for it := range seq {
			if !yield(it.Name) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	m := &Menu{items: []Item{
		{"Espresso", "coffee", 275, true},
		{"Oat Latte", "coffee", 495, true},
		{"Croissant", "pastry", 350, false},
		{"Banana Bread", "pastry", 400, true},
		{"Matcha", "tea", 450, true},
		{"Quiche", "food", 725, false},
	}}

	for i, it := range m.All() {
		fmt.Printf("%d %-13s %-7s %4d\n", i, it.Name, it.Category, it.Cents)
	}

	vegan := m.Where(func(it Item) bool { return it.Vegan })
	fmt.Println("vegan:", slices.Collect(Names(vegan)))

	cheap := m.Where(func(it Item) bool { return it.Cents < 450 })
	fmt.Println("first two cheap:", slices.Collect(Take(Names(cheap), 2)))

	for name := range Names(m.Where(func(it Item) bool { return it.Category == "pastry" })) {
		fmt.Println("pastry case:", strings.ToLower(name))
	}

	byCat := map[string]int{}
	for _, it := range m.All() {
		byCat[it.Category]++
	}
	for _, cat := range slices.Sorted(maps.Keys(byCat)) {
		fmt.Printf("%s=%d\n", cat, byCat[cat])
	}

	next, stop := iter.Pull(Names(m.Where(func(Item) bool { return true })))
	defer stop()
	for range 3 {
		name, ok := next()
		fmt.Println("pulled:", name, ok)
	}

	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println("<- range over int")
}
