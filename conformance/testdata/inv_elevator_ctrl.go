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
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type DoorState bool

func (d DoorState) String() string {
	if d {
		return "open"
	}
	return "closed"
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Door     DoorState
	requests map[int]bool
	Top      int
}

func (e *Elevator) Call(floor int) {
	if floor < 0 || floor > e.Top {
		fmt.Printf("  ignored call to floor %d\n", floor)
		return
	}
	e.requests[floor] = true
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.requests {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func (e *Elevator) Step() bool {
	e.Door = false
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.Door = true
		return true
	}
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return false
	}
	above := slices.ContainsFunc(fs, func(f int) bool { return f > e.Floor })
	below := slices.ContainsFunc(fs, func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	return true
}

func (e Elevator) String() string {
	return fmt.Sprintf("floor=%d dir=%-4v door=%-6v pending=%v", e.Floor, e.Dir, e.Door, e.pending())
}

func main() {
	e := &Elevator{Top: 9, requests: map[int]bool{}}
	script := map[int][]int{0: {5, 2}, 3: {1}, 6: {8, 12}, 11: {0}}
	tick := 0
	for tick < 40 {
		for _, f := range script[tick] {
			fmt.Printf("t=%02d call floor %d\n", tick, f)
			e.Call(f)
		}
		if !e.Step() && tick > 11 {
			break
		}
		fmt.Printf("t=%02d %v\n", tick, e)
		tick++
	}
	fmt.Printf("idle at floor %d after %d ticks, state %+v\n", e.Floor, tick, *e)
}
