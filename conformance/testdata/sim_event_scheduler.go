package main

import (
	"container/heap"
	"fmt"
)

type Event struct {
	At       int
	Priority int
	Name     string
	Action   func(s *Scheduler)
	seq      int
}

type eventQueue []*Event

func (q eventQueue) Len() int { return len(q) }
func (q eventQueue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
}
func (q eventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQueue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *eventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	return e
}

type Scheduler struct {
	now     int
	queue   eventQueue
	nextSeq int
	fired   int
}

func (s *Scheduler) After(delay, prio int, name string, action func(*Scheduler)) {
	s.nextSeq++
	heap.Push(&s.queue, &Event{At: s.now + delay, Priority: prio, Name: name, Action: action, seq: s.nextSeq})
}

func (s *Scheduler) Run(until int) {
	for s.queue.Len() > 0 {
		e := heap.Pop(&s.queue).(*Event)
		if e.At > until {
			fmt.Printf("stopping at t=%d, %q (t=%d) and %d more left\n", until, e.Name, e.At, s.queue.Len())
			break
		}
		s.now = e.At
		s.fired++
		fmt.Printf("t=%3d p=%d %s\n", s.now, e.Priority, e.Name)
		if e.Action != nil {
			e.Action(s)
		}
	}
}

func main() {
	s := &Scheduler{}
	heartbeat := 0
	var beat func(*Scheduler)
	beat = func(s *Scheduler) {
		heartbeat++
		s.After(25, 0, fmt.Sprintf("heartbeat #%d", heartbeat+1), beat)
	}
	s.After(0, 0, "heartbeat #1", beat)
	s.After(10, 5, "backup start", func(s *Scheduler) {
		s.After(30, 5, "backup done", nil)
	})
	s.After(50, 1, "send report", nil)
	s.After(50, 9, "urgent alert", func(s *Scheduler) {
		s.After(0, 9, "page on-call", nil)
	})
	s.After(50, 1, "rotate logs", nil)
	s.After(5, 2, "warm cache", nil)

	s.Run(100)
	fmt.Printf("fired=%d heartbeats=%d now=%d\n", s.fired, heartbeat, s.now)
}
