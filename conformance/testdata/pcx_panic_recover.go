package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// PanicError records a panic that happened inside a task goroutine.
type PanicError struct {
	Task    string
	Value   any
	Runtime bool
}

func (e *PanicError) Error() string {
	kind := "panic"
	if e.Runtime {
		kind = "runtime panic"
	}
	return fmt.Sprintf("task %s: %s: %v", e.Task, kind, e.Value)
}

type Task struct {
	Name string
	Run  func() (int, error)
}

// safeRun converts a panic into an ordinary error.
func safeRun(t Task) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			err = &PanicError{Task: t.Name, Value: r, Runtime: isRuntime}
		}
	}()
	return t.Run()
}

var errNegative = errors.New("negative input")

func main() {
	var nilMap map[string]int
	small := []int{1, 2, 3}
	divisor := 0

	tasks := []Task{
		{"sum", func() (int, error) { return small[0] + small[1] + small[2], nil }},
		{"index", func() (int, error) {
			i := len(small) + 2
			return small[i], nil
		}},
		{"divide", func() (int, error) { return 42 / divisor, nil }},
		{"nil-map", func() (int, error) { nilMap["x"] = 1; return 0, nil }},
		{"custom", func() (int, error) { panic(fmt.Sprintf("invariant broken: %d != %d", 2, 3)) }},
		{"error-value", func() (int, error) { panic(errNegative) }},
		{"plain-error", func() (int, error) { return 0, fmt.Errorf("validate: %w", errNegative) }},
		{"square", func() (int, error) { return 12 * 12, nil }},
	}

	type outcome struct {
		val int
		err error
	}
	outcomes := make([]outcome, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := safeRun(t)
			outcomes[i] = outcome{v, err}
		}()
	}
	wg.Wait()

	var failures []string
	panics := 0
	for i, o := range outcomes {
		name := tasks[i].Name
		var pe *PanicError
		switch {
		case o.err == nil:
			fmt.Printf("%-12s ok    %d\n", name, o.val)
		case errors.As(o.err, &pe):
			panics++
			fmt.Printf("%-12s PANIC runtime=%t %v\n", name, pe.Runtime, pe.Value)
			failures = append(failures, name)
		default:
			fmt.Printf("%-12s error %v\n", name, o.err)
			failures = append(failures, name)
		}
	}

	fmt.Printf("panics recovered: %d\n", panics)
	fmt.Printf("failed tasks: %s\n", strings.Join(failures, ", "))

	var all []error
	for _, o := range outcomes {
		if o.err != nil {
			all = append(all, o.err)
		}
	}
	joined := errors.Join(all...)
	fmt.Println("joined mentions errNegative:", errors.Is(joined, errNegative))
	fmt.Println("program still running normally")
}
