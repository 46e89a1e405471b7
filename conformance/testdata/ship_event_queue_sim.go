package main

import (
	"container/heap"
	"fmt"
)

type EventKind int

const (
	Arrive EventKind = iota
	StartUnload
	FinishUnload
)

func (k EventKind) String() string {
	switch k {
	case Arrive:
		return "arrive"
	case StartUnload:
		return "start"
	case FinishUnload:
		return "finish"
	}
	return "?"
}

type Event struct {
	At    int
	Seq   int
	Kind  EventKind
	Truck string
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].At == q[j].At {
		return q[i].Seq < q[j].Seq
	}
	return q[i].At < q[j].At
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Sim struct {
	q        EventQueue
	seq      int
	freeDock int
	waiting  []string
	unload   map[string]int
	arrived  map[string]int
	waitSum  int
}

func (s *Sim) schedule(at int, k EventKind, truck string) {
	s.seq++
	heap.Push(&s.q, &Event{At: at, Seq: s.seq, Kind: k, Truck: truck})
}

func (s *Sim) Run() {
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*Event)
		fmt.Printf("t=%3d %-6v %s\n", e.At, e.Kind, e.Truck)
		switch e.Kind {
		case Arrive:
			s.arrived[e.Truck] = e.At
			if s.freeDock > 0 {
				s.freeDock--
				s.schedule(e.At, StartUnload, e.Truck)
			} else {
				s.waiting = append(s.waiting, e.Truck)
			}
		case StartUnload:
			s.waitSum += e.At - s.arrived[e.Truck]
			s.schedule(e.At+s.unload[e.Truck], FinishUnload, e.Truck)
		case FinishUnload:
			if len(s.waiting) > 0 {
				next := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.schedule(e.At, StartUnload, next)
			} else {
				s.freeDock++
			}
		}
	}
}

func main() {
	s := &Sim{freeDock: 2, unload: map[string]int{}, arrived: map[string]int{}}
	trucks := []struct {
		name   string
		at     int
		unload int
	}{
		{"T1", 0, 30}, {"T2", 5, 20}, {"T3", 10, 15}, {"T4", 12, 25}, {"T5", 40, 10},
	}
	for _, t := range trucks {
		s.unload[t.name] = t.unload
		s.schedule(t.at, Arrive, t.name)
	}
	s.Run()
	fmt.Printf("total wait=%d avg=%.2f\n", s.waitSum, float64(s.waitSum)/float64(len(trucks)))
}
