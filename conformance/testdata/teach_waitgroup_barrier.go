package main

import (
	"fmt"
	"sync"
)

// Phase names the steps of an iterative stencil computation.
type Phase int

const (
	Smooth Phase = iota
	Double
	Shift
)

func (p Phase) String() string {
	return [...]string{"smooth", "double", "shift"}[p]
}

// step computes next[i] from cur (read-only) for one phase.
func step(p Phase, cur []int, i int) int {
	n := len(cur)
	switch p {
	case Smooth:
		return (cur[(i+n-1)%n] + cur[i] + cur[(i+1)%n]) / 3
	case Double:
		return cur[i] * 2
	default:
		return cur[(i+1)%n]
	}
}

func main() {
	cur := []int{9, 0, 3, 12, 6, 0, 0, 30}
	next := make([]int, len(cur))
	const workers = 4
	phases := []Phase{Smooth, Double, Shift, Smooth}

	fmt.Println("== One WaitGroup reused as a barrier between phases ==")
	fmt.Println("start:", cur)
	var wg sync.WaitGroup
	for round, p := range phases {
		// All workers read cur and write disjoint parts of next.
		for w := range workers {
			wg.Go(func() {
				for i := w; i < len(cur); i += workers {
					next[i] = step(p, cur, i)
				}
			})
		}
		wg.Wait() // barrier: nobody starts the next phase early
		cur, next = next, cur
		fmt.Printf("after phase %d (%v): %v\n", round+1, p, cur)
	}

	fmt.Println()
	fmt.Println("== Why it is safe ==")
	fmt.Println("Wait returns only after every Done; the counter is back to zero,")
	fmt.Println("so the same WaitGroup can be reused for the next phase.")
}
