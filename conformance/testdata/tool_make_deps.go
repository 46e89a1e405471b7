// Command tool_make_deps is a tiny make: topological order, fake timestamps, typed errors.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Rule struct {
	Target  string
	Deps    []string
	Command string
}

// CycleError lists the chain of targets that forms a cycle.
type CycleError struct{ Chain []string }

func (e *CycleError) Error() string { return "cycle: " + strings.Join(e.Chain, " -> ") }

var ErrNoRule = errors.New("no rule to make target")

type Makefile struct {
	rules map[string]Rule
	mtime map[string]int // pretend modification times of existing files
}

// order returns the targets reachable from goal, dependencies first.
func (m *Makefile) order(goal string) ([]string, error) {
	var out, stack []string
	var visit func(t string) error
	visit = func(t string) error {
		if i := slices.Index(stack, t); i >= 0 {
			return &CycleError{append(slices.Clone(stack[i:]), t)}
		}
		if slices.Contains(out, t) { // already scheduled
			return nil
		}
		r, ok := m.rules[t]
		if _, isFile := m.mtime[t]; !ok && !isFile {
			return fmt.Errorf("%w %q", ErrNoRule, t)
		}
		stack = append(stack, t)
		for _, d := range r.Deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		if ok {
			out = append(out, t)
		}
		return nil
	}
	return out, visit(goal)
}

// Build "runs" the out-of-date rules, printing what it would do.
func (m *Makefile) Build(goal string) error {
	targets, err := m.order(goal)
	if err != nil {
		return err
	}
	clock := 100
	for _, t := range targets {
		r := m.rules[t]
		own, exists := m.mtime[t]
		if stale := !exists || slices.ContainsFunc(r.Deps, func(d string) bool { return m.mtime[d] > own }); !stale {
			fmt.Printf("  %-10s is up to date\n", t)
			continue
		}
		clock++
		m.mtime[t] = clock
		fmt.Printf("  %-10s $ %s\n", t, r.Command)
	}
	return nil
}

func newMakefile(extra ...Rule) *Makefile {
	m := &Makefile{rules: map[string]Rule{}, mtime: map[string]int{"main.c": 10, "util.c": 50, "util.h": 5, "main.o": 20, "util.o": 30}}
	base := []Rule{
		{"app", []string{"main.o", "util.o"}, "cc -o app main.o util.o"},
		{"main.o", []string{"main.c", "util.h"}, "cc -c main.c"},
		{"util.o", []string{"util.c", "util.h"}, "cc -c util.c"},
		{"test", []string{"app"}, "./app --selftest"},
		{"all", []string{"app", "test", "docs"}, "echo done"},
	}
	for _, r := range append(base, extra...) {
		m.rules[r.Target] = r
	}
	return m
}

func main() {
	shared := newMakefile()
	scenarios := []struct {
		name, goal string
		mk         *Makefile
	}{
		{"build test", "test", newMakefile()},
		{"missing docs rule", "all", newMakefile()},
		{"with docs", "all", newMakefile(Rule{"docs", []string{"app"}, "gendoc app"})},
		{"cycle", "app", newMakefile(Rule{"util.h", []string{"gen.h"}, "gen"}, Rule{"gen.h", []string{"app"}, "gen2"})},
		{"shared tree, run 1", "app", shared},
		{"shared tree, run 2", "app", shared},
	}
	for _, s := range scenarios {
		fmt.Printf("make %s   # %s\n", s.goal, s.name)
		var ce *CycleError
		switch err := s.mk.Build(s.goal); {
		case errors.As(err, &ce):
			fmt.Printf("  error: %v (length %d)\n", ce, len(ce.Chain)-1)
		case errors.Is(err, ErrNoRule):
			fmt.Printf("  make: *** %v. Stop.\n", err)
		case err == nil:
			fmt.Println("  ok")
		}
	}
}
