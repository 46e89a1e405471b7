package main

import (
	"container/heap"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	Name     string
	Priority int // higher runs first
	Seq      int // FIFO among equal priorities
	Cost     int
}

type jobHeap []*Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].Seq < h[j].Seq
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(*Job)) }
func (h *jobHeap) Pop() any {
	old := *h
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	return j
}

type Scheduler struct {
	mu  sync.Mutex
	h   jobHeap
	seq int
}

func (s *Scheduler) Submit(name string, prio, cost int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	heap.Push(&s.h, &Job{Name: name, Priority: prio, Seq: s.seq, Cost: cost})
}

// Dispatch drains the heap in priority order onto a channel.
func (s *Scheduler) Dispatch() <-chan *Job {
	out := make(chan *Job)
	go func() {
		defer close(out)
		for {
			s.mu.Lock()
			if s.h.Len() == 0 {
				s.mu.Unlock()
				return
			}
			j := heap.Pop(&s.h).(*Job)
			s.mu.Unlock()
			out <- j
		}
	}()
	return out
}

func main() {
	s := &Scheduler{}
	s.Submit("rebuild-index", 1, 40)
	s.Submit("send-invoice", 5, 3)
	s.Submit("resize-images", 2, 25)
	s.Submit("page-oncall", 9, 1)
	s.Submit("nightly-report", 1, 30)
	s.Submit("refund", 5, 4)
	s.Submit("warm-cache", 3, 10)
	s.Submit("fraud-check", 9, 6)

	fmt.Println("single worker execution order:")
	step := 0
	for j := range s.Dispatch() {
		step++
		fmt.Printf("  %d. %-15s prio=%d seq=%d\n", step, j.Name, j.Priority, j.Seq)
	}

	// Refill and run with a worker pool; report per-priority totals.
	for i := 0; i < 30; i++ {
		s.Submit(fmt.Sprintf("task-%02d", i), i%4, i+1)
	}
	jobs := s.Dispatch()
	var wg sync.WaitGroup
	var mu sync.Mutex
	costByPrio := map[int]int{}
	countByPrio := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				costByPrio[j.Priority] += j.Cost
				countByPrio[j.Priority]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()

	prios := make([]int, 0, len(costByPrio))
	for p := range costByPrio {
		prios = append(prios, p)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(prios)))
	for _, p := range prios {
		fmt.Printf("priority %d: jobs=%d cost=%d\n", p, countByPrio[p], costByPrio[p])
	}
	fmt.Println("heap empty:", s.h.Len() == 0)
}
