package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Job struct {
	ID   int
	Prio Priority
	Name string
}

type jobHeap []Job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].Prio != h[j].Prio {
		return h[i].Prio > h[j].Prio
	}
	return h[i].ID < h[j].ID
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(Job)) }
func (h *jobHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Result struct {
	Job    Job
	Output string
}

func main() {
	names := []string{"build", "test", "lint", "deploy", "docs", "bench", "fmt", "vet"}
	h := &jobHeap{}
	for i, n := range names {
		heap.Push(h, Job{ID: i, Prio: Priority(i % 3), Name: n})
	}
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	const workers = 3
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- Result{Job: j, Output: strings.ToUpper(j.Name)}
			}
		})
	}
	dispatchOrder := []string{}
	go func() {
		for h.Len() > 0 {
			j := heap.Pop(h).(Job)
			dispatchOrder = append(dispatchOrder, j.Name)
			jobs <- j
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	for _, r := range all {
		fmt.Printf("job %d [%v] %s -> %s\n", r.Job.ID, r.Job.Prio, r.Job.Name, r.Output)
	}
	fmt.Println("dispatch:", strings.Join(dispatchOrder, ","))
}
