// Exercise 23: round-robin scheduling of "processes" (goroutines) with a baton.
package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Ready State = iota
	Running
	Done
)

func (s State) String() string { return [...]string{"READY", "RUNNING", "DONE"}[s] }

// Process is a goroutine that only runs while it holds the CPU baton.
type Process struct {
	PID    int
	Name   string
	Burst  int // remaining work units
	State  State
	Finish int
	run    chan int // scheduler -> process: quantum granted
	yield  chan int // process -> scheduler: units used
}

func Spawn(pid int, name string, burst int) *Process {
	p := &Process{PID: pid, Name: name, Burst: burst, run: make(chan int), yield: make(chan int)}
	go func() {
		for quantum := range p.run {
			used := min(quantum, p.Burst)
			p.Burst -= used
			p.yield <- used
		}
	}()
	return p
}

func RoundRobin(procs []*Process, quantum int) []string {
	var gantt []string
	clock := 0
	queue := append([]*Process(nil), procs...)
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		p.State = Running
		p.run <- quantum
		used := <-p.yield
		gantt = append(gantt, fmt.Sprintf("t=%2d..%2d %s", clock, clock+used, p.Name))
		clock += used
		if p.Burst == 0 {
			p.State = Done
			p.Finish = clock
			close(p.run)
		} else {
			p.State = Ready
			queue = append(queue, p)
		}
	}
	return gantt
}

func main() {
	bursts := map[string]int{"init": 3, "shell": 7, "editor": 5, "compiler": 9}
	order := []string{"init", "shell", "editor", "compiler"}
	for _, quantum := range []int{4, 6} {
		procs := make([]*Process, len(order))
		for i, name := range order {
			procs[i] = Spawn(100+i, name, bursts[name])
		}
		fmt.Printf("== round robin, quantum %d ==\n", quantum)
		for _, line := range RoundRobin(procs, quantum) {
			fmt.Println("  " + line)
		}
		totalTurnaround := 0
		for _, p := range procs {
			wait := p.Finish - bursts[p.Name]
			totalTurnaround += p.Finish
			fmt.Printf("  pid %d %-8s %-5v finish=%2d wait=%2d\n", p.PID, p.Name, p.State, p.Finish, wait)
		}
		fmt.Printf("  average turnaround: %.2f\n", float64(totalTurnaround)/float64(len(procs)))
	}
	fmt.Println(strings.Repeat("-", 30))
}
