package main

import (
	"container/heap"
	"fmt"
)

type proc struct {
	id        int
	arrival   int
	burst     int
	remaining int
	firstRun  int
	done      int
}

// readyHeap orders processes by remaining time, then by arrival, then id.
type readyHeap []*proc

func (h readyHeap) Len() int { return len(h) }
func (h readyHeap) Less(i, j int) bool {
	if h[i].remaining != h[j].remaining {
		return h[i].remaining < h[j].remaining
	}
	if h[i].arrival != h[j].arrival {
		return h[i].arrival < h[j].arrival
	}
	return h[i].id < h[j].id
}
func (h readyHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *readyHeap) Push(x any)   { *h = append(*h, x.(*proc)) }
func (h *readyHeap) Pop() any {
	old := *h
	p := old[len(old)-1]
	*h = old[:len(old)-1]
	return p
}

func srtf(ps []*proc) (preemptions int) {
	h := &readyHeap{}
	next, finished, clock := 0, 0, 0
	var running *proc
	for finished < len(ps) {
		for next < len(ps) && ps[next].arrival == clock {
			heap.Push(h, ps[next])
			next++
		}
		if running != nil {
			heap.Push(h, running)
		}
		if h.Len() == 0 {
			clock++
			continue
		}
		top := heap.Pop(h).(*proc)
		if running != nil && top != running {
			preemptions++
			fmt.Printf("t=%2d  P%d preempts P%d (remaining %d vs %d)\n",
				clock, top.id, running.id, top.remaining, running.remaining)
		}
		if top.firstRun < 0 {
			top.firstRun = clock
		}
		top.remaining--
		clock++
		if top.remaining == 0 {
			top.done = clock
			finished++
			running = nil
		} else {
			running = top
		}
	}
	return preemptions
}

func main() {
	specs := [][2]int{{0, 8}, {1, 4}, {2, 9}, {3, 5}, {6, 2}, {30, 3}}
	var ps []*proc
	for i, s := range specs {
		ps = append(ps, &proc{id: i + 1, arrival: s[0], burst: s[1], remaining: s[1], firstRun: -1})
	}

	n := srtf(ps)
	fmt.Println()
	fmt.Printf("%-4s %7s %5s %8s %6s %8s %10s\n", "PID", "arrival", "burst", "response", "finish", "waiting", "turnaround")
	var sumW, sumR int
	for _, p := range ps {
		turn := p.done - p.arrival
		wait := turn - p.burst
		resp := p.firstRun - p.arrival
		sumW += wait
		sumR += resp
		fmt.Printf("P%-3d %7d %5d %8d %6d %8d %10d\n", p.id, p.arrival, p.burst, resp, p.done, wait, turn)
	}
	fmt.Printf("preemptions: %d\n", n)
	fmt.Printf("mean waiting %6.2f, mean response %6.2f\n",
		float64(sumW)/float64(len(ps)), float64(sumR)/float64(len(ps)))
}
