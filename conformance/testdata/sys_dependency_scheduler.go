package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Deps []string
	Cost int
}

type Scheduler struct {
	tasks map[string]Task
}

// Waves groups tasks into levels: each wave depends only on earlier waves.
func (s *Scheduler) Waves() ([][]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for name, t := range s.tasks {
		indeg[name] += 0
		for _, d := range t.Deps {
			indeg[name]++
			users[d] = append(users[d], name)
		}
	}
	var waves [][]string
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	done := 0
	for len(ready) > 0 {
		slices.Sort(ready)
		waves = append(waves, ready)
		done += len(ready)
		var next []string
		for _, n := range ready {
			for _, u := range users[n] {
				indeg[u]--
				if indeg[u] == 0 {
					next = append(next, u)
				}
			}
		}
		ready = next
	}
	if done != len(s.tasks) {
		return waves, fmt.Errorf("cycle detected: %d of %d tasks scheduled", done, len(s.tasks))
	}
	return waves, nil
}

func main() {
	list := []Task{
		{"fetch", nil, 2}, {"config", nil, 1},
		{"compile", []string{"fetch", "config"}, 5},
		{"test", []string{"compile"}, 3}, {"lint", []string{"fetch"}, 1},
		{"package", []string{"test", "lint"}, 2}, {"docs", []string{"config"}, 1},
		{"release", []string{"package", "docs"}, 1},
	}
	s := &Scheduler{tasks: map[string]Task{}}
	for _, t := range list {
		s.tasks[t.Name] = t
	}
	waves, err := s.Waves()
	if err != nil {
		fmt.Println("error:", err)
	}
	results := map[string]int{}
	var mu sync.Mutex
	for i, wave := range waves {
		var wg sync.WaitGroup
		for _, name := range wave {
			wg.Go(func() {
				t := s.tasks[name]
				total := t.Cost
				mu.Lock()
				for _, d := range t.Deps {
					total = max(total, results[d]+t.Cost)
				}
				results[name] = total
				mu.Unlock()
			})
		}
		wg.Wait()
		fmt.Printf("wave %d: %s\n", i, strings.Join(wave, ", "))
	}
	fmt.Println("critical path length:", results["release"])
	s.tasks["fetch"] = Task{"fetch", []string{"release"}, 2}
	_, err = s.Waves()
	fmt.Println("with cycle:", err)
}
