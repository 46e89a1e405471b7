package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

func (t Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

// TaskQueue implements heap.Interface; higher priority first, then name.
type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
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

func (q *TaskQueue) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(q, t.index)
}

// IntMinHeap for the k-smallest demo.
type IntMinHeap []int

func (h IntMinHeap) Len() int           { return len(h) }
func (h IntMinHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntMinHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntMinHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntMinHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

type cursor struct{ list, pos, val int }

type cursorHeap []cursor

func (h cursorHeap) Len() int           { return len(h) }
func (h cursorHeap) Less(i, j int) bool { return h[i].val < h[j].val }
func (h cursorHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cursorHeap) Push(x any)        { *h = append(*h, x.(cursor)) }
func (h *cursorHeap) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

func mergeSorted(lists [][]int) []int {
	h := &cursorHeap{}
	for i, l := range lists {
		if len(l) > 0 {
			heap.Push(h, cursor{list: i, pos: 0, val: l[0]})
		}
	}
	var out []int
	for h.Len() > 0 {
		c := heap.Pop(h).(cursor)
		out = append(out, c.val)
		if next := c.pos + 1; next < len(lists[c.list]) {
			heap.Push(h, cursor{list: c.list, pos: next, val: lists[c.list][next]})
		}
	}
	return out
}

func main() {
	tasks := map[string]int{"email": 2, "deploy": 5, "review": 3, "lunch": 1, "backup": 5}
	names := []string{"email", "deploy", "review", "lunch", "backup"}
	q := TaskQueue{}
	byName := map[string]*Task{}
	for _, n := range names {
		t := &Task{Name: n, Priority: tasks[n]}
		byName[n] = t
		heap.Push(&q, t)
	}
	fmt.Println("top of queue:", q[0])
	q.update(byName["lunch"], 9)
	fmt.Println("after bumping lunch:", q[0])
	for q.Len() > 0 {
		t := heap.Pop(&q).(*Task)
		fmt.Printf("run %-8s priority=%d\n", t.Name, t.Priority)
	}

	data := []int{9, 4, 7, 1, 8, 2, 6, 3, 5}
	h := IntMinHeap(append([]int(nil), data...))
	heap.Init(&h)
	fmt.Print("3 smallest:")
	for range 3 {
		fmt.Print(" ", heap.Pop(&h))
	}
	fmt.Println()
	fmt.Println("merged:", mergeSorted([][]int{{1, 4, 9}, {2, 3, 10, 11}, {0, 4, 5}}))
}
