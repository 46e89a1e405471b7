package main

import (
	"errors"
	"fmt"
	"strings"
)

type Job struct {
	ID      string
	Arrival int
	Burst   int
}

var ErrNoJobs = errors.New("no jobs to schedule")

// minBy returns the index of the smallest element according to less,
// or -1 when no element satisfies keep.
func minBy[T any](items []T, keep func(T) bool, less func(a, b T) bool) int {
	best := -1
	for i, it := range items {
		if !keep(it) {
			continue
		}
		if best == -1 || less(it, items[best]) {
			best = i
		}
	}
	return best
}

// sjf runs non-preemptive shortest-job-first and returns the order of
// execution together with the waiting time of every job.
func sjf(jobs []Job) ([]string, map[string]int, error) {
	if len(jobs) == 0 {
		return nil, nil, ErrNoJobs
	}
	done := make([]bool, len(jobs))
	waits := make(map[string]int)
	var order []string
	clock := 0
	for len(order) < len(jobs) {
		idx := minBy(jobs, func(j Job) bool {
			return j.Arrival <= clock && !done[indexOf(jobs, j.ID)]
		}, func(a, b Job) bool {
			if a.Burst != b.Burst {
				return a.Burst < b.Burst
			}
			return a.Arrival < b.Arrival
		})
		if idx == -1 {
			clock++ // nothing ready yet
			continue
		}
		j := jobs[idx]
		waits[j.ID] = clock - j.Arrival
		clock += j.Burst
		done[idx] = true
		order = append(order, j.ID)
	}
	return order, waits, nil
}

func indexOf(jobs []Job, id string) int {
	for i, j := range jobs {
		if j.ID == id {
			return i
		}
	}
	return -1
}

func report(title string, jobs []Job) {
	fmt.Println("==", title, "==")
	order, waits, err := sjf(jobs)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("order:", strings.Join(order, " -> "))
	total := 0
	for _, j := range jobs {
		fmt.Printf("  %-6s arrival=%3d burst=%3d wait=%5d\n", j.ID, j.Arrival, j.Burst, waits[j.ID])
		total += waits[j.ID]
	}
	fmt.Printf("  average wait %6.2f\n", float64(total)/float64(len(jobs)))
}

func main() {
	report("batch A", []Job{
		{"P1", 0, 6}, {"P2", 1, 8}, {"P3", 2, 7}, {"P4", 3, 3},
	})
	report("batch B", []Job{
		{"J1", 2, 5}, {"J2", 3, 2}, {"J3", 4, 2}, {"J4", 20, 1}, {"J5", 5, 9},
	})
	report("empty", nil)
}
