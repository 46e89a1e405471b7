package main

import (
	"fmt"
	"slices"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	return [...]string{"idle", "up", "down"}[d]
}

type Elevator struct {
	ID      int
	Floor   int
	Dir     Direction
	Stops   []int
	Visited []int
}

func (e *Elevator) cost(floor int) int {
	d := floor - e.Floor
	if d < 0 {
		d = -d
	}
	if (e.Dir == Up && floor < e.Floor) || (e.Dir == Down && floor > e.Floor) {
		d += 10
	}
	return d + 2*len(e.Stops)
}

func (e *Elevator) Add(floor int) {
	if !slices.Contains(e.Stops, floor) {
		e.Stops = append(e.Stops, floor)
	}
	if e.Dir == Idle {
		e.Dir = Up
		if floor < e.Floor {
			e.Dir = Down
		}
	}
}

func (e *Elevator) Step() {
	if len(e.Stops) == 0 {
		e.Dir = Idle
		return
	}
	if e.Dir == Up {
		e.Floor++
	} else if e.Dir == Down {
		e.Floor--
	}
	if i := slices.Index(e.Stops, e.Floor); i >= 0 {
		e.Stops = slices.Delete(e.Stops, i, i+1)
		e.Visited = append(e.Visited, e.Floor)
	}
	above := slices.ContainsFunc(e.Stops, func(f int) bool { return f > e.Floor })
	below := slices.ContainsFunc(e.Stops, func(f int) bool { return f < e.Floor })
	switch {
	case len(e.Stops) == 0:
		e.Dir = Idle
	case e.Dir == Up && !above:
		e.Dir = Down
	case e.Dir == Down && !below:
		e.Dir = Up
	}
}

func main() {
	cars := []*Elevator{{ID: 1, Floor: 0}, {ID: 2, Floor: 8}}
	requests := map[int][]int{0: {5, 3}, 2: {9}, 4: {1, 6}, 7: {2}}
	for tick := range 16 {
		for _, f := range requests[tick] {
			best := slices.MinFunc(cars, func(a, b *Elevator) int { return a.cost(f) - b.cost(f) })
			best.Add(f)
			fmt.Printf("t=%02d call floor %d -> car %d\n", tick, f, best.ID)
		}
		for _, c := range cars {
			c.Step()
		}
		if tick%3 == 0 {
			for _, c := range cars {
				fmt.Printf("  t=%02d car%d floor=%d dir=%-4v stops=%v\n", tick, c.ID, c.Floor, c.Dir, c.Stops)
			}
		}
	}
	for _, c := range cars {
		fmt.Printf("car %d visited %v, ended at %d (%v)\n", c.ID, c.Visited, c.Floor, c.Dir)
	}
}
