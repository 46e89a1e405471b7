package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Station string

const (
	Grill  Station = "grill"
	Fryer  Station = "fryer"
	Salad  Station = "salad"
	Drinks Station = "drinks"
)

type MenuItem struct {
	Name    string
	Station Station
	Price   float64
	Minutes int
}

type Order struct {
	Table int
	Items []string
}

type Ticket struct {
	Table int
	Item  MenuItem
}

type Prepared struct {
	Ticket
	By    Station
	Ready int // simulated minute when done at that station
}

type Kitchen struct {
	menu     map[string]MenuItem
	stations map[Station]chan Ticket
}

func NewKitchen(menu []MenuItem) *Kitchen {
	k := &Kitchen{menu: map[string]MenuItem{}, stations: map[Station]chan Ticket{}}
	for _, m := range menu {
		k.menu[m.Name] = m
		if k.stations[m.Station] == nil {
			k.stations[m.Station] = make(chan Ticket, 16)
		}
	}
	return k
}

func (k *Kitchen) Serve(orders []Order) ([]Prepared, []string) {
	out := make(chan Prepared)
	var wg sync.WaitGroup
	for st, ch := range k.stations {
		wg.Go(func() {
			clock := 0 // each station cooks sequentially in its own simulated time
			for t := range ch {
				clock += t.Item.Minutes
				out <- Prepared{t, st, clock}
			}
		})
	}
	var rejected []string
	for _, o := range orders {
		for _, name := range o.Items {
			m, ok := k.menu[name]
			if !ok {
				rejected = append(rejected, fmt.Sprintf("table %d: %q not on menu", o.Table, name))
				continue
			}
			k.stations[m.Station] <- Ticket{o.Table, m}
		}
	}
	for _, ch := range k.stations {
		close(ch)
	}
	go func() { wg.Wait(); close(out) }()
	var done []Prepared
	for p := range out {
		done = append(done, p)
	}
	slices.SortFunc(done, func(a, b Prepared) int {
		if a.Ready != b.Ready {
			return a.Ready - b.Ready
		}
		return strings.Compare(a.Item.Name, b.Item.Name)
	})
	return done, rejected
}

func main() {
	k := NewKitchen([]MenuItem{
		{"burger", Grill, 11.5, 8}, {"steak", Grill, 24, 12}, {"fries", Fryer, 4, 5},
		{"wings", Fryer, 9, 7}, {"caesar", Salad, 8.25, 3}, {"cola", Drinks, 2.5, 1}, {"lemonade", Drinks, 3, 1},
	})
	orders := []Order{
		{1, []string{"burger", "fries", "cola"}},
		{2, []string{"steak", "caesar", "lemonade", "pizza"}},
		{3, []string{"wings", "fries", "cola", "cola"}},
	}
	done, rejected := k.Serve(orders)
	bills := map[int]float64{}
	lastReady := map[int]int{}
	for _, p := range done {
		fmt.Printf("t=%02d %-7s table %d %s\n", p.Ready, p.By, p.Table, p.Item.Name)
		bills[p.Table] += p.Item.Price
		lastReady[p.Table] = max(lastReady[p.Table], p.Ready)
	}
	for _, r := range rejected {
		fmt.Println("rejected:", r)
	}
	for _, o := range orders {
		fmt.Printf("table %d complete at t=%d, bill $%.2f\n", o.Table, lastReady[o.Table], bills[o.Table])
	}
	fmt.Println("bills:", bills)
}
