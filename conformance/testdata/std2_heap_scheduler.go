package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	Seq      int // insertion order, used to break ties
	index    int
}

// TaskQueue is a max-heap by priority, FIFO among equal priorities.
type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Seq < q[j].Seq
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
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
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *TaskQueue) update(t *Task, priority int) {
	t.Priority = priority
	heap.Fix(q, t.index)
}

// IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func kSmallest(nums []int, k int) []int {
	h := IntHeap(append([]int(nil), nums...))
	heap.Init(&h)
	var out []int
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(&h).(int))
	}
	return out
}

func main() {
	q := &TaskQueue{}
	heap.Init(q)
	specs := []struct {
		name string
		prio int
	}{
		{"write docs", 2}, {"fix prod bug", 9}, {"review PR", 5}, {"lunch", 5},
		{"refactor", 3}, {"deploy", 7}, {"email", 1},
	}
	tasks := map[string]*Task{}
	for i, s := range specs {
		t := &Task{Name: s.name, Priority: s.prio, Seq: i}
		heap.Push(q, t)
		tasks[s.name] = t
	}
	fmt.Println("queued:", q.Len(), "top:", (*q)[0].Name)

	q.update(tasks["email"], 8)
	fmt.Println("after bumping email, top:", (*q)[0].Name)
	removed := heap.Remove(q, tasks["refactor"].index).(*Task)
	fmt.Println("removed:", removed.Name, "index now", removed.index)

	for step := 1; q.Len() > 0; step++ {
		t := heap.Pop(q).(*Task)
		fmt.Printf("step %d: %-13s (priority %d, seq %d)\n", step, t.Name, t.Priority, t.Seq)
		if t.Name == "deploy" {
			heap.Push(q, &Task{Name: "verify deploy", Priority: 6, Seq: len(specs)})
		}
	}

	nums := []int{42, 7, 19, 3, 88, 3, 56, 21, 0, -5, 14}
	fmt.Println("3 smallest:", kSmallest(nums, 3))
	fmt.Println("sorted via heap:", kSmallest(nums, len(nums)))
	fmt.Println("original untouched:", nums)

	// Running median with two heaps.
	lo, hi := &IntHeap{}, &IntHeap{} // lo stores negated values (max-heap)
	for _, n := range []int{5, 15, 1, 3, 8, 7, 9, 10} {
		if lo.Len() == 0 || n <= -(*lo)[0] {
			heap.Push(lo, -n)
		} else {
			heap.Push(hi, n)
		}
		if lo.Len() > hi.Len()+1 {
			heap.Push(hi, -heap.Pop(lo).(int))
		} else if hi.Len() > lo.Len() {
			heap.Push(lo, -heap.Pop(hi).(int))
		}
		var median float64
		if lo.Len() > hi.Len() {
			median = float64(-(*lo)[0])
		} else {
			median = float64(-(*lo)[0]+(*hi)[0]) / 2
		}
		fmt.Printf("add %2d -> median %.1f\n", n, median)
	}
}
