package main

import (
	"fmt"
	"sort"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "small"
	case Medium:
		return "medium"
	case Large:
		return "large"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

type MenuItem struct {
	Name  string
	Size  Size
	Cents int
}

func (m MenuItem) String() string {
	return fmt.Sprintf("%s (%v) $%d.%02d", m.Name, m.Size, m.Cents/100, m.Cents%100)
}

type Menu []MenuItem

func (m Menu) Len() int      { return len(m) }
func (m Menu) Swap(i, j int) { m[i], m[j] = m[j], m[i] }
func (m Menu) Less(i, j int) bool {
	if m[i].Cents != m[j].Cents {
		return m[i].Cents < m[j].Cents
	}
	return m[i].Name < m[j].Name
}

func (m Menu) Cheapest() MenuItem {
	c := m[0]
	for _, it := range m[1:] {
		if it.Cents < c.Cents {
			c = it
		}
	}
	return c
}

func main() {
	menu := Menu{
		{"Latte", Medium, 450},
		{"Espresso", Small, 275},
		{"Cappuccino", Large, 495},
		{"Americano", Medium, 325},
		{"Mocha", Large, 525},
		{"Cortado", Small, 375},
	}

	fmt.Println("Unsorted menu:")
	for i, it := range menu {
		fmt.Printf("%d. %v\n", i+1, it)
	}

	sort.Sort(menu)
	fmt.Println("Sorted by price:")
	for _, it := range menu {
		fmt.Println("  " + it.String())
	}

	fmt.Printf("Cheapest: %s\n", menu.Cheapest())
	fmt.Printf("Size value: %v, %d, %q\n", Large, Large, Large)
	fmt.Printf("Unknown size: %v\n", Size(7))
	fmt.Printf("Struct with +v: %+v\n", menu[0])

	var names []string
	for _, it := range menu {
		names = append(names, strings.ToUpper(it.Name))
	}
	fmt.Println("Board:", strings.Join(names, " | "))
}
