package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type PanicError struct {
	Job   int
	Value any
}

func (e PanicError) Error() string {
	return fmt.Sprintf("job %d panicked: %v", e.Job, e.Value)
}

// safeRun converts a panic in f into an error instead of crashing the program.
func safeRun(job int, f func() int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = PanicError{Job: job, Value: r}
		}
	}()
	return f(), nil
}

type outcome struct {
	job int
	val int
	err error
}

func main() {
	divisors := []int{5, 0, 4, 2, 0, 10, -1}
	out := make(chan outcome)

	var wg sync.WaitGroup
	for i, d := range divisors {
		wg.Go(func() {
			v, err := safeRun(i, func() int {
				if d < 0 {
					panic(fmt.Sprintf("negative divisor %d", d))
				}
				return 100 / d // panics with a runtime error when d == 0
			})
			out <- outcome{job: i, val: v, err: err}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()

	var all []outcome
	for o := range out {
		all = append(all, o)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })

	failures := 0
	for _, o := range all {
		if o.err != nil {
			failures++
			var pe PanicError
			if errors.As(o.err, &pe) {
				_, isRuntime := pe.Value.(error)
				fmt.Printf("job %d: FAILED (%v) runtime=%t\n", o.job, o.err, isRuntime)
			}
			continue
		}
		fmt.Printf("job %d: 100/%d = %d\n", o.job, divisors[o.job], o.val)
	}
	fmt.Printf("%d of %d jobs failed, program still running\n", failures, len(all))
}
