package main

import (
	"fmt"
	"strings"
)

// Policy decides how many units to order given the current position.
type Policy interface {
	Order(onHand, onOrder, day int) int
	Name() string
}

type MinMax struct{ Min, Max int }

func (p MinMax) Order(onHand, onOrder, _ int) int {
	if pos := onHand + onOrder; pos < p.Min {
		return p.Max - pos
	}
	return 0
}
func (p MinMax) Name() string { return fmt.Sprintf("min/max %d/%d", p.Min, p.Max) }

type Periodic struct{ Every, UpTo int }

func (p Periodic) Order(onHand, onOrder, day int) int {
	if day%p.Every == 0 {
		return max(0, p.UpTo-onHand-onOrder)
	}
	return 0
}
func (p Periodic) Name() string { return fmt.Sprintf("every %d days up to %d", p.Every, p.UpTo) }

type delivery struct{ day, qty int }

type Result struct {
	Lost, Orders, HoldingCost int
}

func simulate(p Policy, demand []int, leadTime int, trace bool) Result {
	onHand := 40
	var pipeline []delivery
	var r Result
	for day, want := range demand {
		// receive anything that arrives today
		kept := pipeline[:0]
		for _, d := range pipeline {
			if d.day == day {
				onHand += d.qty
			} else {
				kept = append(kept, d)
			}
		}
		pipeline = kept

		sold := min(want, onHand)
		onHand -= sold
		r.Lost += want - sold

		onOrder := 0
		for _, d := range pipeline {
			onOrder += d.qty
		}
		if q := p.Order(onHand, onOrder, day); q > 0 {
			pipeline = append(pipeline, delivery{day + leadTime, q})
			r.Orders++
		}
		r.HoldingCost += onHand
		if trace {
			bar := strings.Repeat("#", onHand/4)
			fmt.Printf("  day %2d demand %2d stock %3d |%s\n", day, want, onHand, bar)
		}
	}
	return r
}

func main() {
	demand := []int{8, 12, 5, 9, 15, 11, 7, 6, 14, 10, 9, 13, 4, 8}
	policies := []Policy{
		MinMax{Min: 20, Max: 50},
		MinMax{Min: 30, Max: 60},
		Periodic{Every: 5, UpTo: 70},
	}
	for i, p := range policies {
		r := simulate(p, demand, 3, i == 0)
		fmt.Printf("%-24s lost=%2d orders=%d holding=%d\n", p.Name(), r.Lost, r.Orders, r.HoldingCost)
	}
}
