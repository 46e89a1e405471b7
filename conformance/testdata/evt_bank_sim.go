// Discrete-event simulation of a bank with two tellers.
// Events are kept in a priority queue ordered by time, then sequence number.
package main

import (
	"container/heap"
	"fmt"
)

type EventKind int

const (
	Arrive EventKind = iota
	Depart
)

func (k EventKind) String() string {
	switch k {
	case Arrive:
		return "arrive"
	case Depart:
		return "depart"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

type Event struct {
	Time     int
	Seq      int
	Kind     EventKind
	Customer int
	Teller   int
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	*q = old[:n-1]
	return e
}

type Sim struct {
	now     int
	seq     int
	events  EventQueue
	waiting []int
	tellers []int // customer id being served, -1 if idle
	service map[int]int
	arrived map[int]int
	waits   []int
}

func (s *Sim) schedule(at int, kind EventKind, cust, teller int) {
	s.seq++
	heap.Push(&s.events, &Event{Time: at, Seq: s.seq, Kind: kind, Customer: cust, Teller: teller})
}

func (s *Sim) startService(teller, cust int) {
	s.tellers[teller] = cust
	w := s.now - s.arrived[cust]
	s.waits = append(s.waits, w)
	fmt.Printf("t=%3d teller %d starts customer %d (waited %d)\n", s.now, teller, cust, w)
	s.schedule(s.now+s.service[cust], Depart, cust, teller)
}

func (s *Sim) freeTeller() int {
	for i, c := range s.tellers {
		if c < 0 {
			return i
		}
	}
	return -1
}

func (s *Sim) Run() {
	for s.events.Len() > 0 {
		e := heap.Pop(&s.events).(*Event)
		s.now = e.Time
		switch e.Kind {
		case Arrive:
			s.arrived[e.Customer] = s.now
			fmt.Printf("t=%3d %v customer %d\n", s.now, e.Kind, e.Customer)
			if t := s.freeTeller(); t >= 0 {
				s.startService(t, e.Customer)
			} else {
				s.waiting = append(s.waiting, e.Customer)
			}
		case Depart:
			fmt.Printf("t=%3d %v customer %d from teller %d\n", s.now, e.Kind, e.Customer, e.Teller)
			s.tellers[e.Teller] = -1
			if len(s.waiting) > 0 {
				next := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.startService(e.Teller, next)
			}
		}
	}
}

func main() {
	s := &Sim{
		tellers: []int{-1, -1},
		service: map[int]int{},
		arrived: map[int]int{},
	}
	// Simple linear congruential generator for reproducible inputs.
	seed := uint32(42)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>16) % n
	}
	t := 0
	for c := 1; c <= 8; c++ {
		t += 1 + rnd(6)
		s.service[c] = 4 + rnd(9)
		s.schedule(t, Arrive, c, -1)
	}
	s.Run()
	total, max := 0, 0
	for _, w := range s.waits {
		total += w
		if w > max {
			max = w
		}
	}
	fmt.Printf("served=%d total_wait=%d max_wait=%d end=%d\n", len(s.waits), total, max, s.now)
}
