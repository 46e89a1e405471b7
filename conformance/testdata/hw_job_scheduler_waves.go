package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Job struct {
	Name string
	Deps []string
}

type Scheduler struct {
	jobs map[string]Job
}

func NewScheduler(jobs ...Job) *Scheduler {
	s := &Scheduler{jobs: map[string]Job{}}
	for _, j := range jobs {
		s.jobs[j.Name] = j
	}
	return s
}

// Run executes jobs in waves; all jobs whose deps are done run in parallel.
func (s *Scheduler) Run(exec func(string) string) ([][]string, error) {
	done := map[string]bool{}
	var waves [][]string
	for len(done) < len(s.jobs) {
		var ready []string
		for name, j := range s.jobs {
			if !done[name] && !slices.ContainsFunc(j.Deps, func(d string) bool { return !done[d] }) {
				ready = append(ready, name)
			}
		}
		if len(ready) == 0 {
			return waves, fmt.Errorf("cycle among %d remaining jobs", len(s.jobs)-len(done))
		}
		slices.Sort(ready)
		outputs := make([]string, len(ready))
		var wg sync.WaitGroup
		for i, name := range ready {
			wg.Go(func() { outputs[i] = exec(name) })
		}
		wg.Wait()
		for _, name := range ready {
			done[name] = true
		}
		waves = append(waves, outputs)
	}
	return waves, nil
}

func main() {
	s := NewScheduler(
		Job{"deploy", []string{"test", "package"}},
		Job{"compile", []string{"fetch", "generate"}},
		Job{"fetch", nil},
		Job{"generate", []string{"fetch"}},
		Job{"lint", nil},
		Job{"test", []string{"compile", "lint"}},
		Job{"package", []string{"compile"}},
		Job{"docs", nil},
	)
	waves, err := s.Run(strings.ToUpper)
	for i, w := range waves {
		fmt.Printf("wave %d: %v\n", i+1, w)
	}
	fmt.Println("error:", err)

	cyclic := NewScheduler(Job{"a", []string{"b"}}, Job{"b", []string{"a"}}, Job{"c", nil})
	waves, err = cyclic.Run(func(n string) string { return n + "!" })
	fmt.Println("cyclic waves:", waves, "error:", err)
}
