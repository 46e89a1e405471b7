package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"slices"
)

type Kind int

const (
	Arrive Kind = iota
	BakeDone
	Returned
)

func (k Kind) String() string { return [...]string{"arrive", "bake-done", "driver-back"}[k] }

type Event struct {
	Time, Seq int
	Kind      Kind
	Order     int
}

// EventQueue is a min-heap ordered by time, then by scheduling order.
type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Order struct {
	ID, Placed, Baked, Delivered int
	BakeTime, TripTime           int
}

type Shop struct {
	now, seq   int
	queue      EventQueue
	ovensFree  int
	driverFree bool
	ovenLine   []int
	readyLine  []int
	orders     []*Order
}

func (s *Shop) schedule(delay int, k Kind, order int) {
	s.seq++
	heap.Push(&s.queue, Event{Time: s.now + delay, Seq: s.seq, Kind: k, Order: order})
}

func (s *Shop) dispatch() {
	for s.ovensFree > 0 && len(s.ovenLine) > 0 {
		o := s.orders[s.ovenLine[0]]
		s.ovenLine = s.ovenLine[1:]
		s.ovensFree--
		s.schedule(o.BakeTime, BakeDone, o.ID)
		fmt.Printf("t=%3d   order %d into oven (%d min)\n", s.now, o.ID, o.BakeTime)
	}
	if s.driverFree && len(s.readyLine) > 0 {
		o := s.orders[s.readyLine[0]]
		s.readyLine = s.readyLine[1:]
		s.driverFree = false
		o.Delivered = s.now + o.TripTime/2
		s.schedule(o.TripTime, Returned, o.ID)
		fmt.Printf("t=%3d   driver leaves with order %d (round trip %d)\n", s.now, o.ID, o.TripTime)
	}
}

func (s *Shop) Run() {
	for s.queue.Len() > 0 {
		e := heap.Pop(&s.queue).(Event)
		s.now = e.Time
		fmt.Printf("t=%3d %-11v order %d\n", s.now, e.Kind, e.Order)
		switch e.Kind {
		case Arrive:
			s.ovenLine = append(s.ovenLine, e.Order)
		case BakeDone:
			s.ovensFree++
			s.orders[e.Order].Baked = s.now
			s.readyLine = append(s.readyLine, e.Order)
		case Returned:
			s.driverFree = true
		}
		s.dispatch()
	}
}

func main() {
	rng := rand.New(rand.NewPCG(314, 159))
	shop := &Shop{ovensFree: 2, driverFree: true}
	t := 0
	for id := range 7 {
		t += rng.IntN(6)
		o := &Order{ID: id, Placed: t, BakeTime: 8 + rng.IntN(5), TripTime: 6 + 2*rng.IntN(6)}
		shop.orders = append(shop.orders, o)
		shop.now = t
		shop.schedule(0, Arrive, id)
	}
	shop.now = 0
	shop.Run()

	sorted := slices.Clone(shop.orders)
	slices.SortStableFunc(sorted, func(a, b *Order) int {
		return (b.Delivered - b.Placed) - (a.Delivered - a.Placed)
	})
	fmt.Println("order placed baked delivered total")
	total := 0
	for _, o := range sorted {
		fmt.Printf("%5d %6d %5d %9d %5d\n", o.ID, o.Placed, o.Baked, o.Delivered, o.Delivered-o.Placed)
		total += o.Delivered - o.Placed
	}
	fmt.Printf("average time to door: %.1f min; shop closed at t=%d\n", float64(total)/float64(len(sorted)), shop.now)
}
