package main

import (
	"fmt"
	"strings"
)

type Task struct {
	Name      string
	Arrival   int
	Burst     int
	remaining int
	finish    int
}

type slice struct {
	name       string
	start, end int
}

// roundRobin simulates a time-sliced CPU with the given quantum.
// New arrivals are enqueued before a preempted task is put back.
func roundRobin(tasks []*Task, quantum int) ([]slice, int) {
	for _, t := range tasks {
		t.remaining = t.Burst
	}
	var queue []*Task
	var timeline []slice
	clock, next, switches := 0, 0, 0

	admit := func() {
		for next < len(tasks) && tasks[next].Arrival <= clock {
			queue = append(queue, tasks[next])
			next++
		}
	}

	admit()
	var prev *Task
	for len(queue) > 0 || next < len(tasks) {
		if len(queue) == 0 {
			clock = tasks[next].Arrival
			admit()
			continue
		}
		t := queue[0]
		queue = queue[1:]
		if prev != nil && prev != t {
			switches++
		}
		run := min(quantum, t.remaining)
		timeline = append(timeline, slice{t.Name, clock, clock + run})
		clock += run
		t.remaining -= run
		admit()
		if t.remaining > 0 {
			queue = append(queue, t)
		} else {
			t.finish = clock
		}
		prev = t
	}
	return timeline, switches
}

func run(quantum int) {
	tasks := []*Task{
		{Name: "A", Arrival: 0, Burst: 5},
		{Name: "B", Arrival: 1, Burst: 3},
		{Name: "C", Arrival: 2, Burst: 8},
		{Name: "D", Arrival: 3, Burst: 6},
	}
	timeline, switches := roundRobin(tasks, quantum)

	var parts []string
	for _, s := range timeline {
		parts = append(parts, fmt.Sprintf("%s(%d-%d)", s.name, s.start, s.end))
	}
	fmt.Printf("quantum=%d slices=%d context switches=%d\n", quantum, len(timeline), switches)
	fmt.Println("  " + strings.Join(parts, " "))

	var sumT, sumW int
	for _, t := range tasks {
		turn := t.finish - t.Arrival
		wait := turn - t.Burst
		sumT += turn
		sumW += wait
		fmt.Printf("  %-3s finish=%3d turnaround=%3d waiting=%3d\n", t.Name, t.finish, turn, wait)
	}
	n := float64(len(tasks))
	fmt.Printf("  avg turnaround=%6.2f avg waiting=%6.2f\n", float64(sumT)/n, float64(sumW)/n)
}

func main() {
	for _, q := range []int{2, 4, 10} {
		run(q)
	}
}
