package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dir int

const (
	Down Dir = iota - 1
	Idle
	Up
)

func (d Dir) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type Request struct {
	At, From, To int
	Who          string
}

type Elevator struct {
	Floor    int
	Dir      Dir
	Riders   map[string]int // rider -> destination
	Stops    map[int]bool
	Waiting  map[int][]Request
	Moved    int
	Finished []string
}

func NewElevator() *Elevator {
	return &Elevator{Riders: map[string]int{}, Stops: map[int]bool{}, Waiting: map[int][]Request{}}
}

func (e *Elevator) Call(r Request) {
	e.Waiting[r.From] = append(e.Waiting[r.From], r)
	e.Stops[r.From] = true
}

// chooseDir implements the SCAN policy: keep going while stops remain ahead.
func (e *Elevator) chooseDir() Dir {
	ahead := func(d Dir) bool {
		for f := range e.Stops {
			if (f-e.Floor)*int(d) > 0 {
				return true
			}
		}
		return false
	}
	switch {
	case len(e.Stops) == 0:
		return Idle
	case e.Dir != Idle && ahead(e.Dir):
		return e.Dir
	case ahead(Up):
		return Up
	case ahead(Down):
		return Down
	}
	return Idle
}

func (e *Elevator) serveFloor(tick int) []string {
	var events []string
	var names []string
	for who, dest := range e.Riders {
		if dest == e.Floor {
			names = append(names, who)
		}
	}
	sort.Strings(names)
	for _, who := range names {
		delete(e.Riders, who)
		e.Finished = append(e.Finished, fmt.Sprintf("%s@t%d", who, tick))
		events = append(events, "-"+who)
	}
	for _, r := range e.Waiting[e.Floor] {
		e.Riders[r.Who] = r.To
		e.Stops[r.To] = true
		events = append(events, "+"+r.Who)
	}
	delete(e.Waiting, e.Floor)
	delete(e.Stops, e.Floor)
	return events
}

func main() {
	requests := []Request{
		{0, 0, 5, "ann"}, {1, 3, 0, "bob"}, {2, 6, 1, "cat"},
		{4, 2, 4, "dan"}, {9, 5, 7, "eve"}, {12, 1, 3, "fay"},
	}
	e := NewElevator()
	next := 0
	for tick := 0; tick < 40; tick++ {
		for next < len(requests) && requests[next].At == tick {
			e.Call(requests[next])
			next++
		}
		events := e.serveFloor(tick)
		bar := strings.Repeat(".", e.Floor) + "#" + strings.Repeat(".", 7-e.Floor)
		e.Dir = e.chooseDir()
		if len(events) > 0 || e.Dir != Idle {
			line := fmt.Sprintf("t=%02d %s next=%-4v riders=%d %s", tick, bar, e.Dir, len(e.Riders), strings.Join(events, " "))
			fmt.Println(strings.TrimSpace(line))
		}
		e.Floor += int(e.Dir)
		if e.Dir != Idle {
			e.Moved++
		}
		if next == len(requests) && len(e.Stops) == 0 && len(e.Riders) == 0 {
			fmt.Printf("all requests served at t=%d\n", tick)
			break
		}
	}
	fmt.Printf("floors travelled: %d\n", e.Moved)
	fmt.Printf("arrivals: %v\n", e.Finished)
}
