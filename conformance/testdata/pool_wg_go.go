package main

import (
	"fmt"
	"strings"
	"sync"
)

type Task interface {
	Name() string
	Run() string
}

type reverseTask struct{ s string }

func (t reverseTask) Name() string { return "reverse(" + t.s + ")" }
func (t reverseTask) Run() string {
	r := []rune(t.s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

type repeatTask struct {
	s string
	n int
}

func (t repeatTask) Name() string { return fmt.Sprintf("repeat(%s,%d)", t.s, t.n) }
func (t repeatTask) Run() string  { return strings.Repeat(t.s, t.n) }

type factorialTask int

func (t factorialTask) Name() string { return fmt.Sprintf("factorial(%d)", int(t)) }
func (t factorialTask) Run() string {
	f := uint64(1)
	for i := uint64(2); i <= uint64(t); i++ {
		f *= i
	}
	return fmt.Sprint(f)
}

func runAll(tasks []Task) []string {
	results := make([]string, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		// WaitGroup.Go does the Add(1) / Done() bookkeeping for us.
		wg.Go(func() {
			results[i] = t.Run()
		})
	}
	wg.Wait()
	return results
}

func main() {
	tasks := []Task{
		reverseTask{"parallel"},
		repeatTask{"ab", 4},
		factorialTask(10),
		reverseTask{"gopher"},
		factorialTask(20),
		repeatTask{"-", 12},
		reverseTask{"stressed"},
	}

	results := runAll(tasks)
	for i, t := range tasks {
		fmt.Printf("%-18s => %s\n", t.Name(), results[i])
	}

	// Nested use: each group spawns its own sub-WaitGroup.
	groups := [][]int{{1, 2, 3}, {10, 20}, {100, 200, 300, 400}}
	sums := make([]int, len(groups))
	var outer sync.WaitGroup
	for gi, g := range groups {
		outer.Go(func() {
			partial := make([]int, len(g))
			var inner sync.WaitGroup
			for j, v := range g {
				inner.Go(func() { partial[j] = v * v })
			}
			inner.Wait()
			for _, p := range partial {
				sums[gi] += p
			}
		})
	}
	outer.Wait()
	fmt.Println("sum of squares per group:", sums)
}
