package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Normal
	High
	Critical
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Critical:
		return "CRITICAL"
	}
	return "unknown"
}

type Task struct {
	Name     string
	Priority Priority
	Seq      int // insertion order for stable ties
	Cost     int
	index    int
}

type taskHeap []*Task

func (h taskHeap) Len() int { return len(h) }
func (h taskHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].Seq < h[j].Seq
}
func (h taskHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *taskHeap) Push(x any) {
	t := x.(*Task)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *taskHeap) Pop() any {
	old := *h
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*h = old[:n-1]
	return t
}

type Scheduler struct {
	h   taskHeap
	seq int
}

func (s *Scheduler) Add(name string, p Priority, cost int) *Task {
	s.seq++
	t := &Task{Name: name, Priority: p, Seq: s.seq, Cost: cost}
	heap.Push(&s.h, t)
	return t
}

func (s *Scheduler) Bump(t *Task, p Priority) {
	t.Priority = p
	heap.Fix(&s.h, t.index)
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.h.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.h).(*Task), true
}

func main() {
	var s Scheduler
	s.Add("rotate logs", Low, 2)
	s.Add("send invoices", Normal, 5)
	pager := s.Add("page on-call", High, 1)
	s.Add("rebuild index", Normal, 8)
	backup := s.Add("nightly backup", Low, 13)
	s.Add("patch CVE", Critical, 3)
	s.Add("email digest", Normal, 2)

	s.Bump(backup, High)
	s.Bump(pager, Critical)

	clock := 0
	budget := 30
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		if clock+t.Cost > budget {
			fmt.Printf("t=%2d  SKIP %-15s (%v, cost %d exceeds budget)\n", clock, t.Name, t.Priority, t.Cost)
			continue
		}
		clock += t.Cost
		bar := strings.Repeat("#", t.Cost)
		fmt.Printf("t=%2d  run  %-15s %-8v seq=%d %s\n", clock, t.Name, t.Priority, t.Seq, bar)
	}
	fmt.Printf("finished at t=%d of %d, %v=%d %v=%d\n", clock, budget, Low, Low, Priority(7), Priority(7))
}
