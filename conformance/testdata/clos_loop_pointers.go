package main

import (
	"fmt"
	"sort"
)

type Task struct {
	ID       int
	Title    string
	Priority int
	Done     bool
}

func (t *Task) Complete() { t.Done = true }

func (t Task) String() string {
	mark := " "
	if t.Done {
		mark = "x"
	}
	return fmt.Sprintf("[%s] #%d %-12s p%d", mark, t.ID, t.Title, t.Priority)
}

func main() {
	tasks := []Task{
		{1, "write tests", 2, false},
		{2, "fix bug", 1, false},
		{3, "review PR", 3, false},
		{4, "deploy", 1, false},
	}

	// Pointers to the range variable: each iteration has a fresh t,
	// so these are four distinct copies, not aliases into tasks.
	var copies []*Task
	for _, t := range tasks {
		copies = append(copies, &t)
	}
	copies[0].Complete()

	// Pointers into the slice itself via the index.
	var urgent []*Task
	for i := range tasks {
		if tasks[i].Priority == 1 {
			urgent = append(urgent, &tasks[i])
		}
	}
	for _, p := range urgent {
		p.Complete()
	}

	fmt.Println("original slice:")
	for _, t := range tasks {
		fmt.Println(" ", t)
	}
	fmt.Println("copies:")
	for _, p := range copies {
		fmt.Println(" ", *p)
	}
	fmt.Printf("distinct copy pointers: %t\n", copies[0] != copies[1])

	// Variables declared in the loop body escape through the slice.
	var counters []*int
	for i := range 3 {
		n := i * 100
		counters = append(counters, &n)
	}
	for _, c := range counters {
		*c += 7
	}
	for i, c := range counters {
		fmt.Printf("counter %d = %d\n", i, *c)
	}

	// Index by title with pointers, then update through the map.
	byTitle := make(map[string]*Task)
	for i := range tasks {
		byTitle[tasks[i].Title] = &tasks[i]
	}
	for _, title := range []string{"review PR", "lunch", "write tests"} {
		if t, ok := byTitle[title]; ok {
			t.Priority += 10
			fmt.Printf("bumped %q to p%d\n", title, t.Priority)
		} else {
			fmt.Printf("no task %q\n", title)
		}
	}

	sorted := make([]*Task, 0, len(byTitle))
	for _, p := range byTitle {
		sorted = append(sorted, p)
	}
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Priority != sorted[j].Priority {
			return sorted[i].Priority > sorted[j].Priority
		}
		return sorted[i].ID < sorted[j].ID
	})
	fmt.Println("by priority:")
	for _, p := range sorted {
		fmt.Println(" ", p)
	}
}
