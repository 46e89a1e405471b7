package main

import (
	"errors"
	"fmt"
	"sort"
)

type State int

const (
	New State = iota
	Ready
	Running
	Blocked
	Terminated
)

func (s State) String() string {
	return [...]string{"NEW", "READY", "RUNNING", "BLOCKED", "TERMINATED"}[s]
}

var allowed = map[State][]State{
	New:     {Ready},
	Ready:   {Running},
	Running: {Ready, Blocked, Terminated},
	Blocked: {Ready},
}

type TransitionError struct {
	PID      int
	From, To State
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("pid %d: illegal transition %v -> %v", e.PID, e.From, e.To)
}

var ErrNoSuchProcess = errors.New("no such process")

type PCB struct {
	PID, PPID int
	Name      string
	State     State
	Switches  int
}

type ProcessTable struct {
	nextPID int
	procs   map[int]*PCB
}

func NewProcessTable() *ProcessTable {
	return &ProcessTable{nextPID: 1, procs: make(map[int]*PCB)}
}

func (t *ProcessTable) Spawn(name string, parent int) int {
	p := &PCB{PID: t.nextPID, PPID: parent, Name: name, State: New}
	t.procs[p.PID] = p
	t.nextPID++
	return p.PID
}

func (t *ProcessTable) Move(pid int, to State) error {
	p, ok := t.procs[pid]
	if !ok {
		return fmt.Errorf("move %d to %v: %w", pid, to, ErrNoSuchProcess)
	}
	for _, s := range allowed[p.State] {
		if s == to {
			if to == Running {
				p.Switches++
			}
			p.State = to
			return nil
		}
	}
	return &TransitionError{PID: pid, From: p.State, To: to}
}

func (t *ProcessTable) Print() {
	pids := make([]int, 0, len(t.procs))
	for pid := range t.procs {
		pids = append(pids, pid)
	}
	sort.Ints(pids)
	fmt.Printf("%5s %5s %-10s %-11s %s\n", "PID", "PPID", "NAME", "STATE", "DISPATCHES")
	for _, pid := range pids {
		p := t.procs[pid]
		fmt.Printf("%5d %5d %-10s %-11v %d\n", p.PID, p.PPID, p.Name, p.State, p.Switches)
	}
}

func main() {
	pt := NewProcessTable()
	initPID := pt.Spawn("init", 0)
	sh := pt.Spawn("sh", initPID)
	cc := pt.Spawn("cc", sh)
	ld := pt.Spawn("ld", sh)

	steps := []struct {
		pid int
		to  State
	}{
		{initPID, Ready}, {initPID, Running}, {initPID, Blocked},
		{sh, Ready}, {sh, Running}, {sh, Ready}, {cc, Ready}, {cc, Running},
		{cc, Blocked}, {cc, Ready}, {cc, Running}, {cc, Terminated},
		{ld, Running}, {ld, Ready}, {sh, Running}, {99, Ready}, {cc, Ready},
	}
	for _, s := range steps {
		err := pt.Move(s.pid, s.to)
		var te *TransitionError
		switch {
		case err == nil:
		case errors.As(err, &te):
			fmt.Printf("rejected: %v (currently %s)\n", err, te.From)
		case errors.Is(err, ErrNoSuchProcess):
			fmt.Println("lookup failed:", err)
		}
	}
	fmt.Println()
	pt.Print()

	counts := map[State]int{}
	for _, p := range pt.procs {
		counts[p.State]++
	}
	for s := New; s <= Terminated; s++ {
		fmt.Printf("%-10s %d\n", s, counts[s])
	}
	fmt.Printf("%+v\n", *pt.procs[cc])
}
