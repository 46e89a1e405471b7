package main

import (
	"fmt"
	"strings"
)

type proc struct {
	name           string
	arrival, burst int
}

type slice struct {
	name       string
	start, end int
}

type scheduler func(ps []proc) []slice

// appendSlice merges adjacent slices belonging to the same process.
func appendSlice(g []slice, name string, start, end int) []slice {
	if n := len(g); n > 0 && g[n-1].name == name && g[n-1].end == start {
		g[n-1].end = end
		return g
	}
	return append(g, slice{name, start, end})
}

func fcfs(ps []proc) []slice {
	var g []slice
	t := 0
	for _, p := range ps { // already ordered by arrival
		if t < p.arrival {
			g = appendSlice(g, "--", t, p.arrival)
			t = p.arrival
		}
		g = appendSlice(g, p.name, t, t+p.burst)
		t += p.burst
	}
	return g
}

// srtf simulates one tick at a time; preemptive picks shortest remaining
// time every tick, otherwise the running job keeps the CPU (plain SJF).
func srtf(preemptive bool) scheduler {
	return func(ps []proc) []slice {
		rem := make([]int, len(ps))
		for i, p := range ps {
			rem[i] = p.burst
		}
		var g []slice
		cur, done := -1, 0
		for t := 0; done < len(ps); t++ {
			if cur < 0 || rem[cur] == 0 || preemptive {
				cur = -1
				for i, p := range ps {
					if p.arrival <= t && rem[i] > 0 && (cur < 0 || rem[i] < rem[cur]) {
						cur = i
					}
				}
			}
			if cur < 0 {
				g = appendSlice(g, "--", t, t+1)
				continue
			}
			g = appendSlice(g, ps[cur].name, t, t+1)
			if rem[cur]--; rem[cur] == 0 {
				done++
			}
		}
		return g
	}
}

func roundRobin(q int) scheduler {
	return func(ps []proc) []slice {
		rem := make([]int, len(ps))
		var queue []int
		var g []slice
		t, next := 0, 0
		admit := func() {
			for ; next < len(ps) && ps[next].arrival <= t; next++ {
				rem[next] = ps[next].burst
				queue = append(queue, next)
			}
		}
		for admit(); len(queue) > 0 || next < len(ps); admit() {
			if len(queue) == 0 {
				g = appendSlice(g, "--", t, ps[next].arrival)
				t = ps[next].arrival
				continue
			}
			i := queue[0]
			queue = queue[1:]
			run := min(q, rem[i])
			g = appendSlice(g, ps[i].name, t, t+run)
			t += run
			rem[i] -= run
			admit() // arrivals during the slice queue before the preempted job
			if rem[i] > 0 {
				queue = append(queue, i)
			}
		}
		return g
	}
}

func gantt(g []slice) (string, string) {
	var bar, axis strings.Builder
	for _, s := range g {
		cell := fmt.Sprintf("| %s ", s.name)
		bar.WriteString(cell)
		fmt.Fprintf(&axis, "%-*d", len(cell), s.start)
	}
	bar.WriteString("|")
	fmt.Fprintf(&axis, "%d", g[len(g)-1].end)
	return bar.String(), axis.String()
}

func main() {
	ps := []proc{{"P1", 0, 7}, {"P2", 2, 4}, {"P3", 4, 1}, {"P4", 5, 4}, {"P5", 20, 3}}
	algos := []struct {
		name string
		run  scheduler
	}{
		{"FCFS", fcfs}, {"SJF", srtf(false)}, {"SRTF", srtf(true)}, {"RR q=2", roundRobin(2)},
	}
	waits := map[string][]int{}
	for _, a := range algos {
		g := a.run(ps)
		bar, axis := gantt(g)
		fmt.Printf("== %s (%d slices)\n%s\n%s\n", a.name, len(g), bar, axis)
		finish := map[string]int{}
		for _, s := range g {
			finish[s.name] = s.end
		}
		totalW, totalT := 0, 0
		for _, p := range ps {
			tat := finish[p.name] - p.arrival
			totalW += tat - p.burst
			totalT += tat
			waits[p.name] = append(waits[p.name], tat-p.burst)
		}
		fmt.Printf("avg waiting=%.2f avg turnaround=%.2f\n", float64(totalW)/float64(len(ps)), float64(totalT)/float64(len(ps)))
	}
	fmt.Println("waiting time per process: FCFS SJF SRTF RR")
	for _, p := range ps {
		fmt.Printf("  %s arr=%2d burst=%d -> %v\n", p.name, p.arrival, p.burst, waits[p.name])
	}
}
