package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
)

type EventKind int

const (
	Arrival EventKind = iota
	Departure
)

func (k EventKind) String() string {
	switch k {
	case Arrival:
		return "arrive"
	case Departure:
		return "depart"
	}
	return "unknown"
}

type Event struct {
	time     int
	kind     EventKind
	customer int
	teller   int
	seq      int
}

// EventQueue is a min-heap ordered by time, then by insertion sequence.
type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].time != q[j].time {
		return q[i].time < q[j].time
	}
	return q[i].seq < q[j].seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Bank struct {
	rng      *rand.Rand
	events   EventQueue
	seq      int
	busy     []bool
	waiting  []int
	arrived  map[int]int
	totWait  int
	served   int
	maxQueue int
}

func (b *Bank) schedule(e Event) {
	b.seq++
	e.seq = b.seq
	heap.Push(&b.events, e)
}

func (b *Bank) startService(now, cust, teller int) {
	b.busy[teller] = true
	b.totWait += now - b.arrived[cust]
	b.schedule(Event{time: now + 3 + b.rng.IntN(8), kind: Departure, customer: cust, teller: teller})
}

func (b *Bank) freeTeller() int {
	for i, busy := range b.busy {
		if !busy {
			return i
		}
	}
	return -1
}

func (b *Bank) Run(customers int, verbose int) {
	t := 0
	for c := 1; c <= customers; c++ {
		t += 1 + b.rng.IntN(4)
		b.schedule(Event{time: t, kind: Arrival, customer: c})
	}
	for b.events.Len() > 0 {
		e := heap.Pop(&b.events).(Event)
		if e.customer <= verbose {
			fmt.Printf("t=%3d %-6v customer %2d\n", e.time, e.kind, e.customer)
		}
		switch e.kind {
		case Arrival:
			b.arrived[e.customer] = e.time
			if tl := b.freeTeller(); tl >= 0 {
				b.startService(e.time, e.customer, tl)
			} else {
				b.waiting = append(b.waiting, e.customer)
				b.maxQueue = max(b.maxQueue, len(b.waiting))
			}
		case Departure:
			b.served++
			b.busy[e.teller] = false
			if len(b.waiting) > 0 {
				next := b.waiting[0]
				b.waiting = b.waiting[1:]
				b.startService(e.time, next, e.teller)
			}
		}
	}
}

func main() {
	for tellers := 1; tellers <= 3; tellers++ {
		b := &Bank{
			rng:     rand.New(rand.NewPCG(1, 2)),
			busy:    make([]bool, tellers),
			arrived: map[int]int{},
		}
		verbose := 0
		if tellers == 2 {
			verbose = 4
		}
		b.Run(40, verbose)
		fmt.Printf("tellers=%d served=%d avgwait=%.2f maxqueue=%d\n",
			tellers, b.served, float64(b.totWait)/float64(b.served), b.maxQueue)
	}
}
