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

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Passenger struct {
	Name     string
	From, To int
	Arrive   int
	Boarded  int
}

type Elevator struct {
	Floor     int
	Dir       Direction
	doorTimer int
	riders    []*Passenger
	waiting   map[int][]*Passenger
	moved     int
	log       func(format string, args ...any)
}

func (e *Elevator) targets() []int {
	set := map[int]bool{}
	for f, ps := range e.waiting {
		if len(ps) > 0 {
			set[f] = true
		}
	}
	for _, p := range e.riders {
		set[p.To] = true
	}
	out := make([]int, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

func (e *Elevator) Tick(now int) {
	if e.doorTimer > 0 {
		if e.doorTimer--; e.doorTimer == 0 {
			e.log("doors close at floor %d", e.Floor)
		}
		return
	}
	targets := e.targets()
	if slices.Contains(targets, e.Floor) {
		e.serve(now)
		return
	}
	if len(targets) == 0 {
		if e.Dir != Idle {
			e.Dir = Idle
			e.log("idle at floor %d", e.Floor)
		}
		return
	}
	above := targets[len(targets)-1] > e.Floor
	below := targets[0] < e.Floor
	switch {
	case e.Dir == Up && !above, e.Dir == Down && !below, e.Dir == Idle:
		old := e.Dir
		if above && (!below || targets[len(targets)-1]-e.Floor <= e.Floor-targets[0]) {
			e.Dir = Up
		} else {
			e.Dir = Down
		}
		if old != e.Dir {
			e.log("direction %v -> %v", old, e.Dir)
		}
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	e.moved++
}

func (e *Elevator) serve(now int) {
	e.log("open doors at floor %d", e.Floor)
	e.riders = slices.DeleteFunc(e.riders, func(p *Passenger) bool {
		if p.To == e.Floor {
			e.log("  %-5s exits (waited %d, rode %d)", p.Name, p.Boarded-p.Arrive, now-p.Boarded)
			return true
		}
		return false
	})
	for _, p := range e.waiting[e.Floor] {
		p.Boarded = now
		e.riders = append(e.riders, p)
		e.log("  %-5s boards for floor %d", p.Name, p.To)
	}
	delete(e.waiting, e.Floor)
	e.doorTimer = 2
}

func main() {
	calls := []Passenger{
		{Name: "Ann", From: 0, To: 5, Arrive: 0},
		{Name: "Bob", From: 3, To: 1, Arrive: 1},
		{Name: "Cleo", From: 7, To: 0, Arrive: 4},
		{Name: "Dev", From: 2, To: 6, Arrive: 9},
		{Name: "Eve", From: 5, To: 2, Arrive: 15},
		{Name: "Finn", From: 1, To: 8, Arrive: 16},
	}
	now := 0
	e := &Elevator{waiting: map[int][]*Passenger{}}
	e.log = func(format string, args ...any) {
		fmt.Printf("t=%02d [%-4v] %s\n", now, e.Dir, fmt.Sprintf(format, args...))
	}
	next := 0
	for ; now < 100; now++ {
		for next < len(calls) && calls[next].Arrive == now {
			p := &calls[next]
			e.waiting[p.From] = append(e.waiting[p.From], p)
			e.log("call: %s at floor %d wants %d", p.Name, p.From, p.To)
			next++
		}
		e.Tick(now)
		if next == len(calls) && e.Dir == Idle && e.doorTimer == 0 {
			break
		}
	}
	fmt.Printf("all %d passengers delivered by t=%d, %d floors travelled\n", len(calls), now, e.moved)
}
