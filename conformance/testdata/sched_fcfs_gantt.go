package main

import (
	"fmt"
	"sort"
)

// Process describes one job submitted to the CPU.
type Process struct {
	PID     int
	Name    string
	Arrival int
	Burst   int
}

// Result holds the timing information computed for a process.
type Result struct {
	Process
	Start      int
	Finish     int
	Waiting    int
	Turnaround int
}

func fcfs(procs []Process) []Result {
	queue := make([]Process, len(procs))
	copy(queue, procs)
	sort.SliceStable(queue, func(i, j int) bool {
		return queue[i].Arrival < queue[j].Arrival
	})

	clock := 0
	results := make([]Result, 0, len(queue))
	for _, p := range queue {
		if clock < p.Arrival {
			clock = p.Arrival // CPU idles until the job arrives
		}
		r := Result{Process: p, Start: clock}
		clock += p.Burst
		r.Finish = clock
		r.Turnaround = r.Finish - p.Arrival
		r.Waiting = r.Turnaround - p.Burst
		results = append(results, r)
	}
	return results
}

func gantt(results []Result) string {
	s := ""
	last := 0
	for _, r := range results {
		if r.Start > last {
			s += fmt.Sprintf("[%d idle %d]", last, r.Start)
		}
		s += fmt.Sprintf("[%d %s %d]", r.Start, r.Name, r.Finish)
		last = r.Finish
	}
	return s
}

func main() {
	procs := []Process{
		{1, "editor", 0, 7},
		{2, "compiler", 2, 4},
		{3, "shell", 4, 1},
		{4, "daemon", 5, 4},
		{5, "backup", 18, 3},
	}

	results := fcfs(procs)
	fmt.Println("First-Come First-Served schedule")
	fmt.Printf("%-4s %-10s %7s %5s %5s %6s %7s %10s\n",
		"PID", "Name", "Arrival", "Burst", "Start", "Finish", "Waiting", "Turnaround")

	totalWait, totalTurn := 0, 0
	for _, r := range results {
		fmt.Printf("%-4d %-10s %7d %5d %5d %6d %7d %10d\n",
			r.PID, r.Name, r.Arrival, r.Burst, r.Start, r.Finish, r.Waiting, r.Turnaround)
		totalWait += r.Waiting
		totalTurn += r.Turnaround
	}

	n := float64(len(results))
	fmt.Printf("average waiting time:    %6.2f\n", float64(totalWait)/n)
	fmt.Printf("average turnaround time: %6.2f\n", float64(totalTurn)/n)
	last := results[len(results)-1]
	busy := 0
	for _, r := range results {
		busy += r.Burst
	}
	fmt.Printf("CPU utilisation:         %6.2f%%\n", 100*float64(busy)/float64(last.Finish))
	fmt.Println("gantt:", gantt(results))
	fmt.Printf("last job: %+v\n", last.Process)
}
