package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Task struct {
	ID       int
	Title    string
	Priority int
	index    int
}

func (t *Task) String() string { return fmt.Sprintf("#%d %s(p%d)", t.ID, t.Title, t.Priority) }

// TaskQueue implements heap.Interface (which embeds sort.Interface).
type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].ID < q[j].ID
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
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *TaskQueue) Update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(q, t.index)
}

// ByTitle is a second sort.Interface over the same data.
type ByTitle []*Task

func (b ByTitle) Len() int           { return len(b) }
func (b ByTitle) Less(i, j int) bool { return b[i].Title < b[j].Title }
func (b ByTitle) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	titles := []string{"write docs", "fix bug", "deploy", "review", "refactor", "lunch"}
	prios := []int{2, 9, 5, 5, 1, 7}
	q := &TaskQueue{}
	heap.Init(q)
	var all []*Task
	for i, title := range titles {
		t := &Task{ID: i + 1, Title: title, Priority: prios[i]}
		all = append(all, t)
		heap.Push(q, t)
	}
	fmt.Println("len:", q.Len(), "top:", (*q)[0])

	q.Update(all[4], 10) // refactor becomes urgent
	q.Update(all[1], 0)  // bug fixed elsewhere
	fmt.Println("after updates top:", (*q)[0])

	sorted := append([]*Task(nil), all...)
	sort.Sort(ByTitle(sorted))
	fmt.Println("by title:", sorted)
	sort.Sort(sort.Reverse(ByTitle(sorted)))
	fmt.Println("reverse :", sorted)
	fmt.Println("is sorted by title:", sort.IsSorted(ByTitle(sorted)))

	fmt.Println("processing order:")
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Printf("  %-20v index=%d\n", t, t.index)
		if t.Title == "deploy" {
			heap.Push(q, &Task{ID: 7, Title: "smoke test", Priority: 6})
		}
	}

	// A TaskQueue also works directly with sort.Sort.
	plain := TaskQueue{{ID: 3, Priority: 1}, {ID: 1, Priority: 1}, {ID: 2, Priority: 8}}
	sort.Sort(plain)
	for _, t := range plain {
		fmt.Print(t.ID, ":", t.Priority, " ")
	}
	fmt.Println()
}
