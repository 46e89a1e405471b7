// An elevator controller stepped by a tick loop; requests arrive from a
// fixed script and are served using the SCAN (elevator) algorithm.
package main

import (
	"fmt"
	"sort"
)

type Mode int

const (
	Idle Mode = iota
	Up
	Down
	DoorsOpen
)

func (m Mode) String() string {
	switch m {
	case Idle:
		return "idle"
	case Up:
		return "up"
	case Down:
		return "down"
	case DoorsOpen:
		return "doors"
	}
	return "?"
}

type Request struct {
	Tick  int
	Floor int
	Who   string
}

type Elevator struct {
	floor     int
	mode      Mode
	heading   Mode
	stops     map[int][]string
	doorTimer int
	moved     int
	served    []string
}

func (e *Elevator) pending(dir Mode) bool {
	for f := range e.stops {
		if (dir == Up && f > e.floor) || (dir == Down && f < e.floor) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step(tick int) string {
	if e.mode == DoorsOpen {
		e.doorTimer--
		if e.doorTimer > 0 {
			return ""
		}
		e.mode = Idle
	}
	if who, ok := e.stops[e.floor]; ok {
		sort.Strings(who)
		delete(e.stops, e.floor)
		e.served = append(e.served, who...)
		e.mode, e.doorTimer = DoorsOpen, 2
		return fmt.Sprintf("open at %d for %v", e.floor, who)
	}
	if len(e.stops) == 0 {
		if e.mode != Idle {
			e.mode = Idle
			return "idle"
		}
		return ""
	}
	// Keep heading while requests remain that way, otherwise reverse.
	if e.heading == Idle || !e.pending(e.heading) {
		if e.pending(Up) {
			e.heading = Up
		} else {
			e.heading = Down
		}
	}
	if e.heading == Up {
		e.floor++
	} else {
		e.floor--
	}
	e.mode = e.heading
	e.moved++
	return fmt.Sprintf("move %v to %d", e.heading, e.floor)
}

func main() {
	script := []Request{
		{0, 5, "ann"}, {1, 2, "bob"}, {3, 8, "cid"}, {4, 1, "dee"},
		{9, 3, "eve"}, {9, 6, "fay"}, {15, 0, "gus"}, {16, 6, "hal"}, {30, 4, "ivy"},
	}
	e := &Elevator{stops: map[int][]string{}}
	next := 0
	ticks := 0
loop:
	for tick := 0; tick < 100; tick++ {
		for next < len(script) && script[next].Tick == tick {
			r := script[next]
			e.stops[r.Floor] = append(e.stops[r.Floor], r.Who)
			fmt.Printf("t=%2d  call: %s wants floor %d\n", tick, r.Who, r.Floor)
			next++
		}
		if msg := e.Step(tick); msg != "" {
			fmt.Printf("t=%2d  [%-5v @%d] %s\n", tick, e.mode, e.floor, msg)
		}
		ticks = tick
		if next == len(script) && len(e.stops) == 0 && e.mode == Idle {
			break loop
		}
	}
	fmt.Printf("done at t=%d floor=%d floors_moved=%d\n", ticks, e.floor, e.moved)
	fmt.Println("service order:", e.served)
}
