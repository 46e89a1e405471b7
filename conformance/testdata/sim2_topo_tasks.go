package main

import (
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	Name     string
	Duration int
	Deps     []string
}

type Project struct {
	tasks map[string]Task
}

func NewProject(tasks ...Task) *Project {
	p := &Project{tasks: map[string]Task{}}
	for _, t := range tasks {
		p.tasks[t.Name] = t
	}
	return p
}

// Order returns tasks in dependency order (Kahn's algorithm), choosing
// alphabetically among ready tasks so the result is deterministic.
func (p *Project) Order() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for name := range p.tasks {
		indeg[name] = 0
	}
	for name, t := range p.tasks {
		for _, d := range t.Deps {
			if _, ok := p.tasks[d]; !ok {
				return nil, fmt.Errorf("task %q depends on unknown %q", name, d)
			}
			indeg[name]++
			users[d] = append(users[d], name)
		}
	}
	var ready []string
	for name, n := range indeg {
		if n == 0 {
			ready = append(ready, name)
		}
	}
	var order []string
	for len(ready) > 0 {
		slices.Sort(ready)
		cur := ready[0]
		ready = ready[1:]
		order = append(order, cur)
		for _, u := range users[cur] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(p.tasks) {
		var stuck []string
		for name, n := range indeg {
			if n > 0 {
				stuck = append(stuck, name)
			}
		}
		slices.Sort(stuck)
		return nil, fmt.Errorf("cycle among %s", strings.Join(stuck, ", "))
	}
	return order, nil
}

// Schedule computes earliest start times and the critical path.
func (p *Project) Schedule(order []string) (map[string]int, []string, int) {
	start := map[string]int{}
	via := map[string]string{}
	finish := 0
	last := ""
	for _, name := range order {
		t := p.tasks[name]
		for _, d := range t.Deps {
			if end := start[d] + p.tasks[d].Duration; end > start[name] || (end == start[name] && d < via[name]) {
				start[name] = end
				via[name] = d
			}
		}
		if end := start[name] + t.Duration; end > finish {
			finish, last = end, name
		}
	}
	var path []string
	for n := last; n != ""; n = via[n] {
		path = append(path, n)
	}
	slices.Reverse(path)
	return start, path, finish
}

func main() {
	house := NewProject(
		Task{"foundation", 5, nil},
		Task{"permits", 3, nil},
		Task{"framing", 7, []string{"foundation", "permits"}},
		Task{"roof", 4, []string{"framing"}},
		Task{"plumbing", 3, []string{"framing"}},
		Task{"electrical", 4, []string{"framing"}},
		Task{"drywall", 3, []string{"plumbing", "electrical"}},
		Task{"paint", 2, []string{"drywall"}},
		Task{"landscaping", 4, []string{"foundation"}},
		Task{"inspection", 1, []string{"paint", "roof", "landscaping"}},
	)
	order, err := house.Order()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	start, critical, total := house.Schedule(order)
	for i, name := range order {
		t := house.tasks[name]
		fmt.Printf("%2d. %-12s day %2d-%2d\n", i+1, name, start[name], start[name]+t.Duration)
	}
	fmt.Println("critical path:", strings.Join(critical, " -> "))
	fmt.Println("project length:", total, "days")

	broken := NewProject(
		Task{"a", 1, []string{"c"}},
		Task{"b", 1, []string{"a"}},
		Task{"c", 1, []string{"b"}},
		Task{"d", 1, nil},
	)
	if _, err := broken.Order(); err != nil {
		fmt.Println("error:", err)
	}
	if _, err := NewProject(Task{"x", 1, []string{"y"}}).Order(); err != nil {
		fmt.Println("error:", err)
	}
}
