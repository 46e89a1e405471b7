package main

import (
	"fmt"
	"strings"
)

type Method int

const (
	FIFO Method = iota
	LIFO
	WeightedAverage
)

func (m Method) String() string {
	return [...]string{"FIFO", "LIFO", "WAVG"}[m]
}

type Event struct {
	Kind  byte // 'P' purchase or 'S' sale
	Units int
	Cost  int64 // cents per unit for purchases
}

type layer struct {
	units int
	cost  int64
}

type Inventory struct {
	method Method
	layers []layer
	cogs   int64
}

func (inv *Inventory) Purchase(units int, cost int64) {
	if inv.method == WeightedAverage && len(inv.layers) > 0 {
		l := inv.layers[0]
		total := int64(l.units)*l.cost + int64(units)*cost
		n := l.units + units
		inv.layers[0] = layer{n, (total + int64(n)/2) / int64(n)}
		return
	}
	inv.layers = append(inv.layers, layer{units, cost})
}

func (inv *Inventory) Sell(units int) (cost int64) {
	for units > 0 && len(inv.layers) > 0 {
		i := 0
		if inv.method == LIFO {
			i = len(inv.layers) - 1
		}
		take := min(units, inv.layers[i].units)
		cost += int64(take) * inv.layers[i].cost
		inv.layers[i].units -= take
		units -= take
		if inv.layers[i].units == 0 {
			inv.layers = append(inv.layers[:i], inv.layers[i+1:]...)
		}
	}
	inv.cogs += cost
	return cost
}

func (inv Inventory) Value() (units int, value int64) {
	for _, l := range inv.layers {
		units += l.units
		value += int64(l.units) * l.cost
	}
	return
}

func c(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	events := []Event{
		{'P', 100, 1000}, {'P', 50, 1100}, {'S', 80, 0},
		{'P', 120, 1250}, {'S', 100, 0}, {'P', 30, 1300}, {'S', 60, 0},
	}
	salePrice := int64(1800)
	var sold int
	for _, e := range events {
		if e.Kind == 'S' {
			sold += e.Units
		}
	}
	revenue := int64(sold) * salePrice
	fmt.Printf("units sold %d, revenue %s\n", sold, c(revenue))
	for m := FIFO; m <= WeightedAverage; m++ {
		inv := &Inventory{method: m}
		var steps []string
		for _, e := range events {
			switch e.Kind {
			case 'P':
				inv.Purchase(e.Units, e.Cost)
			case 'S':
				steps = append(steps, c(inv.Sell(e.Units)))
			}
		}
		units, value := inv.Value()
		fmt.Printf("%-4v sales cost [%s]\n", m, strings.Join(steps, ", "))
		fmt.Printf("     COGS %s ending %d units worth %s gross profit %s\n",
			c(inv.cogs), units, c(value), c(revenue-inv.cogs))
	}
}
