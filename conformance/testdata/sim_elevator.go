package main

import (
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Stopped Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	return [...]string{"stopped", "up", "down"}[d]
}

type Elevator struct {
	Floor     int
	Dir       Direction
	Requests  map[int]bool
	Delivered []int
}

func (e *Elevator) Call(floor int) { e.Requests[floor] = true }

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Requests {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func (e *Elevator) Step() {
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Delivered = append(e.Delivered, e.Floor)
	}
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Stopped
		return
	}
	above := fs[len(fs)-1] > e.Floor
	below := fs[0] < e.Floor
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
}

func (e Elevator) String() string {
	var sb strings.Builder
	for f := 0; f <= 6; f++ {
		switch {
		case f == e.Floor:
			sb.WriteByte('E')
		case e.Requests[f]:
			sb.WriteByte('*')
		default:
			sb.WriteByte('.')
		}
	}
	return fmt.Sprintf("[%s] floor=%d dir=%-7v", sb.String(), e.Floor, e.Dir)
}

func main() {
	e := &Elevator{Floor: 2, Requests: map[int]bool{}}
	calls := map[int][]int{0: {5, 1}, 3: {0}, 6: {6}}
	for tick := 0; tick < 18; tick++ {
		for _, f := range calls[tick] {
			e.Call(f)
		}
		fmt.Printf("t=%02d %v pending=%v\n", tick, *e, e.pending())
		e.Step()
	}
	fmt.Println("delivery order:", e.Delivered)
}
