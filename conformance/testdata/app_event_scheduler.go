package main

import (
	"container/heap"
	"fmt"
	"time"
)

type Event struct {
	ID       int
	Name     string
	At       time.Duration // offset from simulation start
	Every    time.Duration // 0 for one-shot
	Priority int
	seq      int
	index    int
	Action   func(s *Scheduler, e *Event)
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
func (q eventQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *eventQueue) Push(x any) { e := x.(*Event); e.index = len(*q); *q = append(*q, e) }
func (q *eventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	e.index = -1
	return e
}

type Scheduler struct {
	now    time.Duration
	queue  eventQueue
	nextID int
	seq    int
	byID   map[int]*Event
	fired  map[string]int
}

func NewScheduler() *Scheduler {
	return &Scheduler{byID: map[int]*Event{}, fired: map[string]int{}}
}

func (s *Scheduler) Schedule(name string, after, every time.Duration, prio int, action func(*Scheduler, *Event)) int {
	s.nextID++
	s.seq++
	e := &Event{ID: s.nextID, Name: name, At: s.now + after, Every: every, Priority: prio, seq: s.seq, Action: action}
	heap.Push(&s.queue, e)
	s.byID[e.ID] = e
	return e.ID
}

func (s *Scheduler) Cancel(id int) bool {
	e, ok := s.byID[id]
	if !ok || e.index < 0 {
		return false
	}
	heap.Remove(&s.queue, e.index)
	delete(s.byID, id)
	return true
}

func (s *Scheduler) RunUntil(limit time.Duration) {
	for s.queue.Len() > 0 && s.queue[0].At <= limit {
		e := heap.Pop(&s.queue).(*Event)
		s.now = e.At
		s.fired[e.Name]++
		fmt.Printf("[%8v] #%d %-13s (prio %d)\n", s.now, e.ID, e.Name, e.Priority)
		if e.Action != nil {
			e.Action(s, e)
		}
		if e.Every > 0 && e.index == -1 && s.byID[e.ID] != nil {
			s.seq++
			e.At += e.Every
			e.seq = s.seq
			heap.Push(&s.queue, e)
		} else {
			delete(s.byID, e.ID)
		}
	}
	s.now = limit
}

func main() {
	s := NewScheduler()
	log := func(msg string) func(*Scheduler, *Event) {
		return func(_ *Scheduler, _ *Event) { fmt.Printf("%12s %s\n", "->", msg) }
	}
	heartbeat := s.Schedule("heartbeat", 0, 15*time.Second, 1, nil)
	s.Schedule("backup", 40*time.Second, 0, 5, log("snapshot written"))
	s.Schedule("report", 30*time.Second, 30*time.Second, 3, log("report emailed"))
	s.Schedule("cleanup", 45*time.Second, 0, 2, func(s *Scheduler, e *Event) {
		id := s.Schedule("retry-cleanup", 10*time.Second, 0, 2, log("cleanup retried"))
		fmt.Printf("%12s scheduled follow-up #%d at %v\n", "->", id, s.now+10*time.Second)
	})
	deadline := s.Schedule("deadline", 90*time.Second, 0, 9, log("deadline reached"))
	s.Schedule("alarm", 60*time.Second, 0, 4, func(s *Scheduler, e *Event) {
		fmt.Printf("%12s cancel heartbeat: %t, cancel deadline: %t\n", "->", s.Cancel(heartbeat), s.Cancel(deadline))
	})

	s.RunUntil(50 * time.Second)
	fmt.Printf("--- paused at %v with %d pending ---\n", s.now, s.queue.Len())
	s.RunUntil(2 * time.Minute)
	fmt.Printf("--- stopped at %v with %d pending ---\n", s.now, s.queue.Len())
	for _, name := range []string{"heartbeat", "report", "backup", "cleanup", "retry-cleanup", "alarm", "deadline"} {
		fmt.Printf("%-14s fired %d time(s)\n", name, s.fired[name])
	}
}
