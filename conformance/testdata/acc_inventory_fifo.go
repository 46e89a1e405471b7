package main

import (
	"errors"
	"fmt"
)

type Lot struct {
	Qty      int
	UnitCost int64 // cents
}

type Costing interface {
	Name() string
	Receive(qty int, unitCost int64)
	Issue(qty int) (cost int64, err error)
	OnHand() (qty int, value int64)
}

var ErrInsufficient = errors.New("insufficient stock")

// layered implements both FIFO and LIFO depending on which end is consumed.
type layered struct {
	lots []Lot
	lifo bool
}

func (l *layered) Name() string {
	if l.lifo {
		return "LIFO"
	}
	return "FIFO"
}

func (l *layered) Receive(qty int, unitCost int64) { l.lots = append(l.lots, Lot{qty, unitCost}) }

func (l *layered) OnHand() (int, int64) {
	q, v := 0, int64(0)
	for _, lot := range l.lots {
		q += lot.Qty
		v += int64(lot.Qty) * lot.UnitCost
	}
	return q, v
}

func (l *layered) Issue(qty int) (int64, error) {
	if have, _ := l.OnHand(); have < qty {
		return 0, fmt.Errorf("%s issue %d (have %d): %w", l.Name(), qty, have, ErrInsufficient)
	}
	var cost int64
	for qty > 0 {
		idx := 0
		if l.lifo {
			idx = len(l.lots) - 1
		}
		lot := &l.lots[idx]
		take := min(qty, lot.Qty)
		cost += int64(take) * lot.UnitCost
		lot.Qty -= take
		qty -= take
		if lot.Qty == 0 {
			l.lots = append(l.lots[:idx], l.lots[idx+1:]...)
		}
	}
	return cost, nil
}

type average struct {
	qty   int
	value int64
}

func (a *average) Name() string           { return "AVG" }
func (a *average) OnHand() (int, int64)   { return a.qty, a.value }
func (a *average) Receive(q int, c int64) { a.qty += q; a.value += int64(q) * c }
func (a *average) Issue(q int) (int64, error) {
	if a.qty < q {
		return 0, fmt.Errorf("AVG issue %d (have %d): %w", q, a.qty, ErrInsufficient)
	}
	cost := (a.value*int64(q) + int64(a.qty)/2) / int64(a.qty)
	a.qty -= q
	a.value -= cost
	return cost, nil
}

type Event struct {
	Kind string
	Qty  int
	Cost int64
	Sale int64
}

func main() {
	events := []Event{
		{"buy", 100, 1000, 0},
		{"buy", 50, 1150, 0},
		{"sell", 120, 0, 1800},
		{"buy", 80, 1225, 0},
		{"sell", 200, 0, 1900},
		{"sell", 60, 0, 1900},
		{"buy", 40, 990, 0},
		{"sell", 45, 0, 2000},
	}
	methods := []Costing{&layered{}, &layered{lifo: true}, &average{}}
	fmt.Printf("%-5s %4s  %10s %10s %10s\n", "event", "qty", "FIFO cogs", "LIFO cogs", "AVG cogs")
	cogs := make([]int64, len(methods))
	var revenue int64
	for _, e := range events {
		fmt.Printf("%-5s %4d ", e.Kind, e.Qty)
		sold := false
		for i, m := range methods {
			if e.Kind == "buy" {
				m.Receive(e.Qty, e.Cost)
				fmt.Printf(" %10s", "-")
				continue
			}
			c, err := m.Issue(e.Qty)
			if errors.Is(err, ErrInsufficient) {
				fmt.Printf(" %10s", "SHORT")
				continue
			}
			cogs[i] += c
			sold = true
			fmt.Printf(" %10.2f", float64(c)/100)
		}
		if sold {
			revenue += int64(e.Qty) * e.Sale
		}
		fmt.Println()
	}
	if _, err := methods[0].Issue(1000); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("\nrevenue: %.2f\n", float64(revenue)/100)
	fmt.Printf("%-6s %10s %10s %6s %12s\n", "method", "COGS", "gross", "units", "ending value")
	for i, m := range methods {
		q, v := m.OnHand()
		fmt.Printf("%-6s %10.2f %10.2f %6d %12.2f\n", m.Name(), float64(cogs[i])/100,
			float64(revenue-cogs[i])/100, q, float64(v)/100)
	}
	if l, ok := methods[0].(*layered); ok {
		fmt.Printf("remaining FIFO lots: %+v\n", l.lots)
	}
}
