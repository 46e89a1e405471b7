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

type Request struct {
	tick  int
	floor int
}

// Elevator implements a simple SCAN (elevator algorithm) controller.
type Elevator struct {
	floor   int
	dir     Direction
	stops   map[int]bool
	moved   int
	visited []int
}

func NewElevator(start int) *Elevator {
	return &Elevator{floor: start, stops: map[int]bool{}}
}

func (e *Elevator) Call(floor int) { e.stops[floor] = true }

func (e *Elevator) hasStop(pred func(int) bool) bool {
	for f := range e.stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) chooseDirection() {
	above := e.hasStop(func(f int) bool { return f > e.floor })
	below := e.hasStop(func(f int) bool { return f < e.floor })
	switch {
	case e.dir == Up && above, e.dir == Down && below:
		// keep going
	case above:
		e.dir = Up
	case below:
		e.dir = Down
	default:
		e.dir = Idle
	}
}

// Tick advances the elevator by one time unit and reports what happened.
func (e *Elevator) Tick() string {
	if e.stops[e.floor] {
		delete(e.stops, e.floor)
		e.visited = append(e.visited, e.floor)
		return fmt.Sprintf("doors open at %d", e.floor)
	}
	e.chooseDirection()
	switch e.dir {
	case Up:
		e.floor++
		e.moved++
	case Down:
		e.floor--
		e.moved++
	default:
		return "waiting"
	}
	return fmt.Sprintf("moving %v to %d", e.dir, e.floor)
}

func (e *Elevator) Pending() []int {
	var fs []int
	for f := range e.stops {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func main() {
	requests := []Request{
		{0, 5}, {0, 2}, {3, 1}, {4, 8}, {9, 0}, {12, 6}, {12, 3}, {20, 9},
	}
	e := NewElevator(3)
	next := 0
	last := ""
	for tick := 0; tick < 40; tick++ {
		for next < len(requests) && requests[next].tick == tick {
			e.Call(requests[next].floor)
			fmt.Printf("[%2d] call to floor %d, pending %v\n", tick, requests[next].floor, e.Pending())
			next++
		}
		msg := e.Tick()
		if msg == "waiting" && last == "waiting" {
			continue
		}
		last = msg
		fmt.Printf("[%2d] floor=%d dir=%-4v %s\n", tick, e.floor, e.dir, msg)
	}
	fmt.Println("service order:", e.visited)
	fmt.Println("floors travelled:", e.moved)
}
