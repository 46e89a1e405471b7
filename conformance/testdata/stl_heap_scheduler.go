package main

import (
	"container/heap"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
)

// Task is an item in a max-priority queue; ties are broken by insertion order.
type Task struct {
	name     string
	priority int
	seq      int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].seq < q[j].seq
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
	t.priority = priority
	heap.Fix(q, t.index)
}

// MinHeap is a generic min-heap over any ordered slice via a less function.
type MinHeap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *MinHeap[T]) Len() int           { return len(h.items) }
func (h *MinHeap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *MinHeap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *MinHeap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *MinHeap[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	h.items = h.items[:n-1]
	return x
}

type edge struct {
	to string
	w  int
}

type visit struct {
	node string
	dist int
}

func dijkstra(graph map[string][]edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &MinHeap[visit]{less: func(a, b visit) bool {
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		return a.node < b.node
	}}
	heap.Push(h, visit{src, 0})
	for h.Len() > 0 {
		v := heap.Pop(h).(visit)
		if v.dist > dist[v.node] {
			continue
		}
		for _, e := range graph[v.node] {
			nd := v.dist + e.w
			if old, ok := dist[e.to]; !ok || nd < old {
				dist[e.to] = nd
				prev[e.to] = v.node
				heap.Push(h, visit{e.to, nd})
			}
		}
	}
	return dist, prev
}

func main() {
	q := &TaskQueue{}
	heap.Init(q)
	prios := []int{2, 9, 5, 5, 3}
	var tasks []*Task
	for i, name := range []string{"write docs", "fix prod bug", "code review", "lunch", "refactor"} {
		tasks = append(tasks, &Task{name: name, priority: prios[i], seq: i})
		heap.Push(q, tasks[i])
	}
	q.update(tasks[0], 7)
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Printf("run %-13s priority=%d\n", t.name, t.priority)
	}

	rng := rand.New(rand.NewPCG(1, 2))
	nums := make([]int, 12)
	for i := range nums {
		nums[i] = rng.IntN(100)
	}
	fmt.Println("random input:", nums)
	ih := &MinHeap[int]{items: slices.Clone(nums), less: func(a, b int) bool { return a < b }}
	heap.Init(ih)
	var sorted []int
	for ih.Len() > 0 {
		sorted = append(sorted, heap.Pop(ih).(int))
	}
	fmt.Println("heap sorted: ", sorted, "matches slices.Sort:", slices.Equal(sorted, slices.Sorted(slices.Values(nums))))

	graph := map[string][]edge{
		"A": {{"B", 4}, {"C", 1}},
		"C": {{"B", 2}, {"D", 7}},
		"B": {{"D", 1}, {"E", 6}},
		"D": {{"E", 2}},
	}
	dist, prev := dijkstra(graph, "A")
	for _, n := range slices.Sorted(maps.Keys(dist)) {
		path := []string{n}
		for p, ok := prev[n]; ok; p, ok = prev[p] {
			path = append([]string{p}, path...)
		}
		fmt.Printf("A -> %s: dist %d via %v\n", n, dist[n], path)
	}
}
