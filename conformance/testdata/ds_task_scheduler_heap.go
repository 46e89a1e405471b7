package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	Seq      int // insertion order used as tie-breaker
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type Scheduler struct {
	pq   PQ
	seq  int
	byID map[string]*Task
}

func NewScheduler() *Scheduler {
	return &Scheduler{byID: make(map[string]*Task)}
}

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	s.byID[name] = t
	heap.Push(&s.pq, t)
}

func (s *Scheduler) Bump(name string, delta int) error {
	t, ok := s.byID[name]
	if !ok {
		return fmt.Errorf("bump: unknown task %q", name)
	}
	t.Priority += delta
	heap.Fix(&s.pq, t.index)
	return nil
}

func (s *Scheduler) Cancel(name string) bool {
	t, ok := s.byID[name]
	if !ok {
		return false
	}
	heap.Remove(&s.pq, t.index)
	delete(s.byID, name)
	return true
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.pq.Len() == 0 {
		return nil, false
	}
	t := heap.Pop(&s.pq).(*Task)
	delete(s.byID, t.Name)
	return t, true
}

func main() {
	s := NewScheduler()
	s.Add("write-report", 3)
	s.Add("fix-bug", 5)
	s.Add("lunch", 1)
	s.Add("code-review", 3)
	s.Add("deploy", 4)
	s.Add("email", 2)

	fmt.Println("queued:", s.pq.Len())
	if err := s.Bump("email", 4); err != nil {
		fmt.Println(err)
	}
	if err := s.Bump("vacation", 10); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("cancel lunch:", s.Cancel("lunch"))
	fmt.Println("cancel lunch again:", s.Cancel("lunch"))

	top := s.pq[0]
	fmt.Printf("top: %+v\n", *top)

	fmt.Printf("%-4s %-14s %8s %4s\n", "#", "task", "priority", "seq")
	for i := 1; ; i++ {
		t, ok := s.Next()
		if !ok {
			break
		}
		fmt.Printf("%-4d %-14s %8d %4d\n", i, t.Name, t.Priority, t.Seq)
	}
	_, ok := s.Next()
	fmt.Println("empty next ok:", ok)
}
