// Lecture 10: work stealing, simulated step by step.
//
// Real work-stealing schedulers are nondeterministic, so for the lecture we
// simulate one with a discrete clock. Each worker owns a deque: it pops work
// from the bottom (LIFO, good locality) and, when idle, steals from the top
// (FIFO, oldest = usually largest) of the busiest victim. Ties are broken by
// the lowest worker ID, which keeps the simulation deterministic.
package main

import "fmt"

type Task struct {
	Name string
	Cost int // time units
}

type Worker struct {
	ID      int
	Deque   []Task
	Current *Task
	Left    int // remaining time on Current
	Done    []string
	Steals  int
	Busy    int
}

// popBottom takes the newest task from the worker's own deque.
func (w *Worker) popBottom() (Task, bool) {
	if len(w.Deque) == 0 {
		return Task{}, false
	}
	t := w.Deque[len(w.Deque)-1]
	w.Deque = w.Deque[:len(w.Deque)-1]
	return t, true
}

// stealTop takes the oldest task from a victim's deque.
func (w *Worker) stealTop() Task {
	t := w.Deque[0]
	w.Deque = w.Deque[1:]
	return t
}

func simulate(initial [][]Task, stealing bool) ([]*Worker, int) {
	workers := make([]*Worker, len(initial))
	for i, ts := range initial {
		workers[i] = &Worker{ID: i, Deque: append([]Task(nil), ts...)}
	}
	clock := 0
	for {
		// Scheduling phase: idle workers acquire work, in ID order.
		for _, w := range workers {
			if w.Current != nil {
				continue
			}
			if t, ok := w.popBottom(); ok {
				w.Current, w.Left = &t, t.Cost
			} else if stealing {
				var victim *Worker
				for _, v := range workers {
					if v != w && len(v.Deque) > 0 && (victim == nil || len(v.Deque) > len(victim.Deque)) {
						victim = v
					}
				}
				if victim != nil {
					t := victim.stealTop()
					w.Current, w.Left = &t, t.Cost
					w.Steals++
				}
			}
		}
		// Execution phase: advance the clock by one unit.
		active := false
		for _, w := range workers {
			if w.Current == nil {
				continue
			}
			active = true
			w.Busy++
			w.Left--
			if w.Left == 0 {
				w.Done = append(w.Done, w.Current.Name)
				w.Current = nil
			}
		}
		if !active {
			return workers, clock
		}
		clock++
	}
}

func main() {
	// A badly balanced initial distribution: worker 0 gets almost everything.
	initial := [][]Task{
		{{"a", 4}, {"b", 3}, {"c", 5}, {"d", 2}, {"e", 6}, {"f", 1}, {"g", 3}, {"h", 4}},
		{{"i", 2}},
		{},
		{{"j", 1}, {"k", 2}},
	}
	totalWork := 0
	for _, ts := range initial {
		for _, t := range ts {
			totalWork += t.Cost
		}
	}

	for _, stealing := range []bool{false, true} {
		workers, makespan := simulate(initial, stealing)
		fmt.Printf("stealing=%v  makespan=%d  (total work %d, ideal %d)\n",
			stealing, makespan, totalWork, (totalWork+len(workers)-1)/len(workers))
		for _, w := range workers {
			fmt.Printf("  worker %d busy=%2d steals=%d ran %v\n", w.ID, w.Busy, w.Steals, w.Done)
		}
		util := float64(totalWork) / float64(makespan*len(workers))
		fmt.Printf("  utilisation: %.1f%%\n", 100*util)
	}
}
