// A one-for-one supervisor that restarts crashed workers, with a restart
// budget. Workers crash deterministically on "poison" tasks.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Exit struct {
	Worker string
	Done   int // tasks completed before exit
	Err    error
}

type PoisonError struct{ Task string }

func (p PoisonError) Error() string { return "poison task " + p.Task }

var ErrBudget = errors.New("restart budget exhausted")

type Child struct {
	Name     string
	Tasks    []string
	pos      int
	restarts int
	log      []string
}

// runOnce processes tasks from c.pos until done or a crash; a panic is
// converted into an error by the deferred recover.
func (c *Child) runOnce(incarnation int) (done int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s#%d crashed: %v", c.Name, incarnation, r)
			if pe, ok := r.(PoisonError); ok {
				err = fmt.Errorf("%s#%d crashed: %w", c.Name, incarnation, pe)
			}
		}
	}()
	for c.pos < len(c.Tasks) {
		t := c.Tasks[c.pos]
		c.pos++ // skip the task on restart, whether or not it crashes
		switch {
		case strings.HasPrefix(t, "poison"):
			panic(PoisonError{t})
		case t == "divide":
			zero := 0
			_ = 10 / zero
		}
		c.log = append(c.log, fmt.Sprintf("%d:%s", incarnation, t))
		done++
	}
	return done, nil
}

type Supervisor struct {
	MaxRestarts int
	children    []*Child
}

func (s *Supervisor) Run() map[string][]Exit {
	var mu sync.Mutex
	history := map[string][]Exit{}
	var wg sync.WaitGroup
	for _, c := range s.children {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for inc := 1; ; inc++ {
				n, err := c.runOnce(inc)
				mu.Lock()
				history[c.Name] = append(history[c.Name], Exit{c.Name, n, err})
				mu.Unlock()
				if err == nil {
					return
				}
				if c.restarts == s.MaxRestarts {
					mu.Lock()
					history[c.Name] = append(history[c.Name], Exit{c.Name, 0, fmt.Errorf("%s: %w", c.Name, ErrBudget)})
					mu.Unlock()
					return
				}
				c.restarts++
			}
		}()
	}
	wg.Wait()
	return history
}

func main() {
	sup := &Supervisor{MaxRestarts: 2, children: []*Child{
		{Name: "alpha", Tasks: []string{"a1", "a2", "poison-x", "a3", "a4"}},
		{Name: "beta", Tasks: []string{"b1", "divide", "b2", "poison-y", "b3"}},
		{Name: "gamma", Tasks: []string{"g1", "g2", "g3"}},
		{Name: "delta", Tasks: []string{"poison-1", "poison-2", "poison-3", "d1"}},
	}}
	history := sup.Run()
	for _, c := range sup.children {
		fmt.Printf("%s (restarts=%d):\n", c.Name, c.restarts)
		for _, e := range history[c.Name] {
			var pe PoisonError
			switch {
			case e.Err == nil:
				fmt.Printf("  exit normal after %d task(s)\n", e.Done)
			case errors.Is(e.Err, ErrBudget):
				fmt.Printf("  gave up: %v\n", e.Err)
			case errors.As(e.Err, &pe):
				fmt.Printf("  crash after %d task(s), poison=%q\n", e.Done, pe.Task)
			default:
				fmt.Printf("  crash after %d task(s): %v\n", e.Done, e.Err)
			}
		}
		if len(c.log) == 0 {
			c.log = []string{"(none)"}
		}
		fmt.Printf("  completed: %s\n", strings.Join(c.log, " "))
	}
}
