package main

import (
	"errors"
	"fmt"
	"sync"
)

type Result struct {
	Val int
	Err error
}

type InputError struct {
	Job   int
	Input int
}

func (e *InputError) Error() string {
	return fmt.Sprintf("job %d: invalid input %d", e.Job, e.Input)
}

var ErrOverflow = errors.New("result too large")

type job struct {
	id    int
	input int
}

func process(j job) Result {
	switch {
	case j.input < 0:
		return Result{Err: &InputError{Job: j.id, Input: j.input}}
	case j.input > 12:
		return Result{Err: fmt.Errorf("job %d: factorial(%d): %w", j.id, j.input, ErrOverflow)}
	}
	f := 1
	for i := 2; i <= j.input; i++ {
		f *= i
	}
	return Result{Val: f}
}

func pool(inputs []int, workers int) []Result {
	jobs := make(chan job)
	results := make([]Result, len(inputs))
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results[j.id] = process(j) // each index written by exactly one worker
			}
		})
	}
	for i, in := range inputs {
		jobs <- job{id: i, input: in}
	}
	close(jobs)
	wg.Wait()
	return results
}

func main() {
	inputs := []int{3, 5, -1, 10, 20, 0, 7, -4, 12, 13}
	results := pool(inputs, 3)
	var sum, invalid, overflow int
	for i, r := range results {
		var ie *InputError
		switch {
		case errors.As(r.Err, &ie):
			invalid++
			fmt.Printf("%2d: input error (input=%d): %v\n", i, ie.Input, r.Err)
		case errors.Is(r.Err, ErrOverflow):
			overflow++
			fmt.Printf("%2d: overflow: %v\n", i, r.Err)
		default:
			sum += r.Val
			fmt.Printf("%2d: %d! = %d\n", i, inputs[i], r.Val)
		}
	}
	fmt.Printf("ok=%d invalid=%d overflow=%d sum=%d\n", len(results)-invalid-overflow, invalid, overflow, sum)
}
