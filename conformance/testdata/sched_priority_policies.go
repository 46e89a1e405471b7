package main

import (
	"fmt"
	"strings"
)

type Proc struct {
	Name     string
	Arrival  int
	Burst    int
	Priority int // lower number means more important
}

// Policy decides which ready process runs during the next time unit.
type Policy interface {
	Name() string
	Pick(ready []int, current int, procs []Proc) int
}

type NonPreemptive struct{}

func (NonPreemptive) Name() string { return "non-preemptive priority" }

func (NonPreemptive) Pick(ready []int, current int, procs []Proc) int {
	for _, r := range ready {
		if r == current {
			return current // keep running until it finishes
		}
	}
	return best(ready, procs)
}

type Preemptive struct{}

func (Preemptive) Name() string { return "preemptive priority" }

func (Preemptive) Pick(ready []int, _ int, procs []Proc) int {
	return best(ready, procs)
}

func best(ready []int, procs []Proc) int {
	b := ready[0]
	for _, r := range ready[1:] {
		if procs[r].Priority < procs[b].Priority {
			b = r
		}
	}
	return b
}

func simulate(p Policy, procs []Proc) {
	remaining := make([]int, len(procs))
	finish := make([]int, len(procs))
	for i, pr := range procs {
		remaining[i] = pr.Burst
	}
	var trace strings.Builder
	current, left := -1, len(procs)
	for t := 0; left > 0; t++ {
		var ready []int
		for i, pr := range procs {
			if pr.Arrival <= t && remaining[i] > 0 {
				ready = append(ready, i)
			}
		}
		if len(ready) == 0 {
			trace.WriteByte('.')
			current = -1
			continue
		}
		current = p.Pick(ready, current, procs)
		trace.WriteString(procs[current].Name)
		remaining[current]--
		if remaining[current] == 0 {
			finish[current] = t + 1
			left--
		}
	}

	fmt.Printf("-- %s --\n", p.Name())
	fmt.Println("timeline:", trace.String())
	totalWait := 0
	for i, pr := range procs {
		wait := finish[i] - pr.Arrival - pr.Burst
		totalWait += wait
		fmt.Printf("%-10s prio=%d finish=%3d wait=%3d\n", pr.Name, pr.Priority, finish[i], wait)
	}
	fmt.Printf("average wait: %6.2f\n", float64(totalWait)/float64(len(procs)))
}

func main() {
	procs := []Proc{
		{"A", 0, 4, 3},
		{"B", 1, 3, 1},
		{"C", 2, 5, 4},
		{"D", 3, 2, 2},
		{"E", 12, 2, 1},
	}
	for _, pol := range []Policy{NonPreemptive{}, Preemptive{}} {
		simulate(pol, procs)
	}
}
