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

// PQ implements heap.Interface; higher priority pops first,
// ties broken by name.
type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Name < pq[j].Name
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

func (pq *PQ) update(t *Task, priority int) {
	t.Priority = priority
	heap.Fix(pq, t.index)
}

// IntHeap is a plain min-heap of ints.
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

func main() {
	tasks := map[string]int{"write": 3, "test": 5, "deploy": 1, "review": 5, "lunch": 2}
	pq := make(PQ, 0, len(tasks))
	var deploy *Task
	for _, name := range []string{"write", "test", "deploy", "review", "lunch"} {
		t := &Task{Name: name, Priority: tasks[name]}
		if name == "deploy" {
			deploy = t
		}
		heap.Push(&pq, t)
	}
	pq.update(deploy, 4)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%-7s prio=%d index=%d\n", t.Name, t.Priority, t.index)
	}

	h := &IntHeap{9, 4, 7, 1}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min=%d len=%d\n", (*h)[0], h.Len())
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println("heap sort:", sorted)
}
