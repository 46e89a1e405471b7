package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

// Queue is a goroutine-safe FIFO usable with any element type.
type Queue[T any] struct {
	mu    sync.Mutex
	items []T
}

func (q *Queue[T]) Push(vs ...T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, vs...)
}

// Pop removes the oldest element; ok is false when the queue is empty.
func (q *Queue[T]) Pop() (v T, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		return v, false
	}
	v = q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

// Drain pops everything and returns it sorted by the given key.
func Drain[T any, K cmp.Ordered](q *Queue[T], key func(T) K) []T {
	var out []T
	for v, ok := q.Pop(); ok; v, ok = q.Pop() {
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

// Task is a Stringer element type.
type Task struct {
	Owner int
	Seq   int
}

func (t Task) String() string { return fmt.Sprintf("w%d/%d", t.Owner, t.Seq) }

func main() {
	fmt.Println("== Sequential use keeps FIFO order ==")
	var words Queue[string]
	words.Push("first", "second", "third")
	w, _ := words.Pop()
	fmt.Println("popped:", w, "remaining:", words.Len())

	fmt.Println()
	fmt.Println("== Concurrent producers ==")
	var tasks Queue[Task]
	var wg sync.WaitGroup
	for owner := range 4 {
		wg.Go(func() {
			for seq := range 3 {
				tasks.Push(Task{owner, seq})
			}
		})
	}
	wg.Wait()
	fmt.Println("length after producers:", tasks.Len())
	all := Drain(&tasks, func(t Task) int { return t.Owner*10 + t.Seq })
	fmt.Println("drained and sorted:", all)
	_, ok := tasks.Pop()
	fmt.Println("pop from empty queue ok:", ok)

	fmt.Println()
	fmt.Println("== Same type, different element: float64 ==")
	var nums Queue[float64]
	for _, f := range []float64{2.5, -1, 0.75} {
		nums.Push(f)
	}
	fmt.Println(Drain(&nums, func(f float64) float64 { return f }))
}
