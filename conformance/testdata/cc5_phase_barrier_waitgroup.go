// Exercise 8: a barrier built from one WaitGroup per phase (1-D heat diffusion).
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Phase struct {
	computed sync.WaitGroup // workers finished writing this phase
	released sync.WaitGroup // the coordinator has inspected the result
}

func newPhases(n, workers int) []*Phase {
	phases := make([]*Phase, n)
	for i := range phases {
		p := &Phase{}
		p.computed.Add(workers)
		p.released.Add(1)
		phases[i] = p
	}
	return phases
}

func render(cells []int) string {
	var sb strings.Builder
	for _, c := range cells {
		fmt.Fprintf(&sb, "%4d", c)
	}
	return sb.String()
}

func main() {
	const cellsN, workers, steps = 12, 4, 8
	bufs := [2][]int{make([]int, cellsN), make([]int, cellsN)}
	bufs[0][0], bufs[0][cellsN-1] = 1000, 400 // hot ends
	bufs[1][0], bufs[1][cellsN-1] = 1000, 400
	phases := newPhases(steps, workers)
	chunk := cellsN / workers
	updates := make([]int, workers)

	for w := range workers {
		go func(id int) {
			lo, hi := id*chunk, (id+1)*chunk
			for step, ph := range phases {
				cur, next := bufs[step%2], bufs[(step+1)%2]
				for i := lo; i < hi; i++ {
					if i == 0 || i == cellsN-1 {
						continue // boundary cells stay fixed
					}
					next[i] = (cur[i-1] + 2*cur[i] + cur[i+1]) / 4
					updates[id]++
				}
				ph.computed.Done()
				ph.released.Wait()
			}
		}(w)
	}

	fmt.Println("step  " + render([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}))
	fmt.Println("init  " + render(bufs[0]))
	for step, ph := range phases {
		ph.computed.Wait()
		result := bufs[(step+1)%2]
		total := 0
		for _, c := range result {
			total += c
		}
		fmt.Printf("%-5d %s  sum=%d\n", step+1, render(result), total)
		ph.released.Done()
	}
	// All workers passed the last phase's computed barrier, so the counts are final.
	for id, n := range updates {
		fmt.Printf("worker %d updated %d cells over %d phases\n", id, n, steps)
	}
}
