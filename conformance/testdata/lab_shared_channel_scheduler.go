// Lab 12: a simplified "work stealing" scheduler. Instead of per-worker
// deques, idle workers pull from one shared channel, and tasks may spawn
// subtasks. A WaitGroup tracks outstanding tasks so we know when to close.
package main

import (
	"fmt"
	"slices"
	"sync"
)

// Task computes the sum of a range, splitting itself while it is too large.
type Task struct {
	Lo, Hi int
}

func (t Task) String() string { return fmt.Sprintf("[%d,%d)", t.Lo, t.Hi) }

type Scheduler struct {
	queue   chan Task
	pending sync.WaitGroup
	mu      sync.Mutex
	results []int
	leaves  []Task
}

const grain = 64

func (s *Scheduler) Submit(t Task) {
	s.pending.Add(1)
	// Send from a fresh goroutine so a worker submitting subtasks never
	// blocks on a full queue.
	go func() { s.queue <- t }()
}

func (s *Scheduler) run(t Task) {
	defer s.pending.Done()
	if t.Hi-t.Lo > grain {
		mid := (t.Lo + t.Hi) / 2
		s.Submit(Task{t.Lo, mid})
		s.Submit(Task{mid, t.Hi})
		return
	}
	sum := 0
	for i := t.Lo; i < t.Hi; i++ {
		sum += i * i
	}
	s.mu.Lock()
	s.results = append(s.results, sum)
	s.leaves = append(s.leaves, t)
	s.mu.Unlock()
}

func main() {
	s := &Scheduler{queue: make(chan Task, 4)}
	var workers sync.WaitGroup
	for range 4 {
		workers.Go(func() {
			for t := range s.queue {
				s.run(t)
			}
		})
	}
	const n = 1000
	s.Submit(Task{0, n})
	s.pending.Wait()
	close(s.queue)
	workers.Wait()

	total := 0
	for _, r := range s.results {
		total += r
	}
	want := (n - 1) * n * (2*n - 1) / 6
	slices.SortFunc(s.leaves, func(a, b Task) int { return a.Lo - b.Lo })
	fmt.Println("leaf tasks:", len(s.leaves))
	fmt.Println("first leaves:", s.leaves[:4])
	fmt.Println("sum of squares:", total, "expected:", want, "ok:", total == want)
}
