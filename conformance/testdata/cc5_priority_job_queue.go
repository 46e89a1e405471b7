// Exercise 24: a blocking priority job queue (container/heap + sync.Cond).
package main

import (
	"container/heap"
	"fmt"
	"sync"
)

type Job struct {
	ID       int
	Priority int
	Name     string
}

type jobHeap []Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].ID < h[j].ID
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(Job)) }
func (h *jobHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type PriorityQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	h      jobHeap
	closed bool
}

func NewPriorityQueue() *PriorityQueue {
	q := &PriorityQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *PriorityQueue) Push(j Job) {
	q.mu.Lock()
	heap.Push(&q.h, j)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *PriorityQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// Pop blocks until a job is available or the queue is closed and empty.
func (q *PriorityQueue) Pop() (Job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.h.Len() == 0 && !q.closed {
		q.cond.Wait()
	}
	if q.h.Len() == 0 {
		return Job{}, false
	}
	return heap.Pop(&q.h).(Job), true
}

func main() {
	q := NewPriorityQueue()
	names := []string{"backup", "email", "report", "index", "thumbnail", "billing"}
	var wg sync.WaitGroup
	for s := range 3 { // three submitters push concurrently
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 4 {
				id := s*4 + k
				q.Push(Job{ID: id, Priority: (id * 7) % 5, Name: names[id%len(names)]})
			}
		}()
	}
	wg.Wait()
	q.Close()

	// A single worker drains the queue: order depends only on priority and ID.
	done := make(chan []Job)
	go func() {
		var order []Job
		for j, ok := q.Pop(); ok; j, ok = q.Pop() {
			order = append(order, j)
		}
		done <- order
	}()
	order := <-done
	for i, j := range order {
		fmt.Printf("%2d. job %2d prio=%d %s\n", i+1, j.ID, j.Priority, j.Name)
	}
	fmt.Printf("processed %d jobs\n", len(order))
	_, ok := q.Pop()
	fmt.Printf("pop on closed empty queue ok=%v\n", ok)
}
