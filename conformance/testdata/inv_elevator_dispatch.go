package main

import (
	"fmt"
	"slices"
	"strings"
)

type Car struct {
	ID      string
	Floor   int
	Stops   []int
	Served  int
	Travels int
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cost estimates how far a car must travel before reaching floor f.
func (c *Car) cost(f int) int {
	pos, d := c.Floor, 0
	for _, s := range c.Stops {
		d += abs(s - pos)
		pos = s
	}
	return d + abs(f-pos) + 2*len(c.Stops)
}

func (c *Car) tick() (arrived bool) {
	if len(c.Stops) == 0 {
		return false
	}
	target := c.Stops[0]
	switch {
	case c.Floor < target:
		c.Floor++
		c.Travels++
	case c.Floor > target:
		c.Floor--
		c.Travels++
	}
	if c.Floor == target {
		c.Stops = c.Stops[1:]
		c.Served++
		return true
	}
	return false
}

type Dispatcher struct {
	Cars []*Car
}

func (d *Dispatcher) Assign(f int) *Car {
	best := slices.MinFunc(d.Cars, func(a, b *Car) int {
		if ca, cb := a.cost(f), b.cost(f); ca != cb {
			return ca - cb
		}
		return strings.Compare(a.ID, b.ID)
	})
	if !slices.Contains(best.Stops, f) {
		best.Stops = append(best.Stops, f)
	}
	return best
}

func (d *Dispatcher) Status() string {
	parts := make([]string, len(d.Cars))
	for i, c := range d.Cars {
		parts[i] = fmt.Sprintf("%s@%-2d%v", c.ID, c.Floor, c.Stops)
	}
	return strings.Join(parts, "  ")
}

func main() {
	d := &Dispatcher{Cars: []*Car{{ID: "A", Floor: 0}, {ID: "B", Floor: 10}, {ID: "C", Floor: 20}}}
	calls := map[int][]int{0: {3, 18}, 1: {9}, 2: {12, 1}, 4: {15}, 6: {0, 20}, 9: {7}}
	for t := range 16 {
		for _, f := range calls[t] {
			c := d.Assign(f)
			fmt.Printf("t=%02d call %2d -> car %s\n", t, f, c.ID)
		}
		var arrivals []string
		for _, c := range d.Cars {
			if c.tick() {
				arrivals = append(arrivals, fmt.Sprintf("%s@%d", c.ID, c.Floor))
			}
		}
		fmt.Printf("t=%02d %s", t, d.Status())
		if len(arrivals) > 0 {
			fmt.Printf("  arrived: %s", strings.Join(arrivals, ","))
		}
		fmt.Println()
	}
	for _, c := range d.Cars {
		fmt.Printf("%+v\n", *c)
	}
}
