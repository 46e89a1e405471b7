package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	Name     string
	Duration int
	After    []string
}

var ErrCycle = errors.New("dependency cycle")

// Order returns tasks in a valid execution order (Kahn's algorithm),
// breaking ties alphabetically so the result is stable.
func Order(tasks map[string]Task) ([]string, error) {
	indeg := map[string]int{}
	children := map[string][]string{}
	for name, t := range tasks {
		indeg[name] += 0
		for _, dep := range t.After {
			if _, ok := tasks[dep]; !ok {
				return nil, fmt.Errorf("task %s depends on missing %s", name, dep)
			}
			indeg[name]++
			children[dep] = append(children[dep], name)
		}
	}
	var ready []string
	for name, d := range indeg {
		if d == 0 {
			ready = append(ready, name)
		}
	}
	var out []string
	for len(ready) > 0 {
		slices.Sort(ready)
		cur := ready[0]
		ready = ready[1:]
		out = append(out, cur)
		for _, ch := range children[cur] {
			indeg[ch]--
			if indeg[ch] == 0 {
				ready = append(ready, ch)
			}
		}
	}
	if len(out) != len(tasks) {
		return out, fmt.Errorf("scheduled %d of %d: %w", len(out), len(tasks), ErrCycle)
	}
	return out, nil
}

func earliestFinish(tasks map[string]Task, order []string) map[string]int {
	finish := map[string]int{}
	for _, name := range order {
		start := 0
		for _, dep := range tasks[name].After {
			start = max(start, finish[dep])
		}
		finish[name] = start + tasks[name].Duration
	}
	return finish
}

func main() {
	list := []Task{
		{"receive", 2, nil},
		{"inspect", 1, []string{"receive"}},
		{"label", 1, []string{"inspect"}},
		{"book_carrier", 3, nil},
		{"palletize", 2, []string{"label"}},
		{"load", 2, []string{"palletize", "book_carrier"}},
		{"paperwork", 1, []string{"inspect"}},
		{"dispatch", 1, []string{"load", "paperwork"}},
	}
	tasks := map[string]Task{}
	for _, t := range list {
		tasks[t.Name] = t
	}
	order, err := Order(tasks)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("order:", strings.Join(order, " > "))
	finish := earliestFinish(tasks, order)
	for _, name := range order {
		t := tasks[name]
		fmt.Printf("  %-13s start %2d  end %2d\n", name, finish[name]-t.Duration, finish[name])
	}
	fmt.Println("makespan:", finish["dispatch"])

	t := tasks["receive"]
	t.After = []string{"dispatch"}
	tasks["receive"] = t
	_, err = Order(tasks)
	fmt.Println("with loop:", err, errors.Is(err, ErrCycle))
}
