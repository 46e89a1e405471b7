package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Course int

const (
	Starter Course = iota
	Main
	Dessert
)

func (c Course) String() string {
	return [...]string{"starter", "main", "dessert"}[c]
}

type Dish struct {
	Name   string
	Course Course
	Prep   int // minutes
}

type Order struct {
	Table  int
	Dishes []Dish
}

type Ticket struct {
	Table   int
	Courses map[Course][]string
	Minutes int
}

func cook(o Order) Ticket {
	t := Ticket{Table: o.Table, Courses: map[Course][]string{}}
	for _, d := range o.Dishes {
		t.Courses[d.Course] = append(t.Courses[d.Course], d.Name)
		t.Minutes = max(t.Minutes, d.Prep)
	}
	return t
}

func main() {
	menu := map[string]Dish{
		"soup":     {"soup", Starter, 5},
		"salad":    {"salad", Starter, 4},
		"steak":    {"steak", Main, 18},
		"risotto":  {"risotto", Main, 22},
		"fish":     {"fish", Main, 15},
		"tiramisu": {"tiramisu", Dessert, 2},
		"sorbet":   {"sorbet", Dessert, 1},
	}
	raw := map[int]string{
		3:  "soup,steak,sorbet",
		7:  "salad,risotto,risotto,tiramisu",
		1:  "fish",
		12: "soup,salad,fish,steak,sorbet,tiramisu",
		5:  "risotto,sorbet",
	}

	orders := make(chan Order)
	tickets := make(chan Ticket)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range orders {
				tickets <- cook(o)
			}
		}()
	}
	go func() {
		tables := make([]int, 0, len(raw))
		for t := range raw {
			tables = append(tables, t)
		}
		slices.Sort(tables)
		for _, t := range tables {
			var o Order
			o.Table = t
			for _, name := range strings.Split(raw[t], ",") {
				o.Dishes = append(o.Dishes, menu[name])
			}
			orders <- o
		}
		close(orders)
	}()
	go func() {
		wg.Wait()
		close(tickets)
	}()

	var done []Ticket
	for t := range tickets {
		done = append(done, t)
	}
	slices.SortFunc(done, func(a, b Ticket) int { return a.Table - b.Table })

	total := 0
	for _, t := range done {
		fmt.Printf("table %2d ready in %2d min\n", t.Table, t.Minutes)
		for _, c := range []Course{Starter, Main, Dessert} {
			if names := t.Courses[c]; len(names) > 0 {
				fmt.Printf("    %-8v %s\n", c, strings.Join(names, ", "))
			}
		}
		total += t.Minutes
	}
	fmt.Printf("tickets=%d avg prep=%6.2f min\n", len(done), float64(total)/float64(len(done)))
	fmt.Printf("%v\n", done[0].Courses)
}
