package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	seq      int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	return q[i].Priority > q[j].Priority || q[i].Priority == q[j].Priority && q[i].seq < q[j].seq
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *TaskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1], t.index = nil, -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	q     TaskQueue
	byKey map[string]*Task
	seq   int
}

func NewScheduler() *Scheduler { return &Scheduler{byKey: map[string]*Task{}} }

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	s.byKey[name] = &Task{Name: name, Priority: prio, seq: s.seq}
	heap.Push(&s.q, s.byKey[name])
}

func (s *Scheduler) Update(name string, prio int) bool {
	t, ok := s.byKey[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority = prio
	heap.Fix(&s.q, t.index)
	return true
}

func (s *Scheduler) Cancel(name string) bool {
	t, ok := s.byKey[name]
	if !ok || t.index < 0 {
		return false
	}
	heap.Remove(&s.q, t.index)
	delete(s.byKey, name)
	return true
}

func (s *Scheduler) Next() (t *Task, ok bool) {
	if ok = s.q.Len() > 0; ok {
		t = heap.Pop(&s.q).(*Task)
		delete(s.byKey, t.Name)
	}
	return t, ok
}

func main() {
	s := NewScheduler()
	names := []string{"backup", "email", "report", "deploy", "cleanup", "index"}
	for i, p := range []int{1, 5, 3, 5, 1, 2} {
		s.Add(names[i], p)
	}
	fmt.Println("peek:", s.q[0].Name, "len:", s.q.Len())
	fmt.Println("update cleanup->9:", s.Update("cleanup", 9))
	fmt.Println("update email->0:", s.Update("email", 0))
	fmt.Println("cancel report:", s.Cancel("report"), "cancel again:", s.Cancel("report"))
	fmt.Println("update missing:", s.Update("nope", 1))

	t, _ := s.Next()
	fmt.Printf("ran %s(p=%d)\n", t.Name, t.Priority)
	s.Add("hotfix", 7)
	for t, ok := s.Next(); ok; t, ok = s.Next() {
		fmt.Printf("ran %s(p=%d, seq=%d)\n", t.Name, t.Priority, t.seq)
	}
	fmt.Println("empty:", s.q.Len() == 0, "tracked:", len(s.byKey))
}
