package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type PanicError struct {
	JobID int
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("job %d panicked: %v", e.JobID, e.Value) }

type Job struct {
	ID  int
	Run func() (string, error)
}

type Outcome struct {
	ID     int
	Output string
	Err    error
}

// safeRun converts a panic inside a job into an error.
func safeRun(j Job) (out Outcome) {
	out.ID = j.ID
	defer func() {
		if r := recover(); r != nil {
			out.Err = &PanicError{JobID: j.ID, Value: r}
		}
	}()
	out.Output, out.Err = j.Run()
	return out
}

func main() {
	var nilMap map[string]int
	data := []int{10, 20, 30}
	divisor := 0
	var nilPtr *strings.Builder
	errNotFound := errors.New("record not found")

	jobs := []Job{
		{1, func() (string, error) { return "hello", nil }},
		{2, func() (string, error) { nilMap["x"] = 1; return "unreachable", nil }},
		{3, func() (string, error) { idx := len(data) + 2; return fmt.Sprint(data[idx]), nil }},
		{4, func() (string, error) { return fmt.Sprint(100 / divisor), nil }},
		{5, func() (string, error) { return "", fmt.Errorf("load user 7: %w", errNotFound) }},
		{6, func() (string, error) { panic(fmt.Sprintf("invariant violated: balance=%d", -5)) }},
		{7, func() (string, error) { return strings.Repeat("ab", 3), nil }},
		{8, func() (string, error) { panic(errNotFound) }},
		{9, func() (string, error) { return fmt.Sprint(nilPtr.Len()), nil }},
		{10, func() (string, error) { var s []int; return fmt.Sprint(s[:1]), nil }},
	}

	jobCh := make(chan Job)
	outCh := make(chan Outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				outCh <- safeRun(j)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			jobCh <- j
		}
		close(jobCh)
	}()
	go func() {
		wg.Wait()
		close(outCh)
	}()

	var outcomes []Outcome
	for o := range outCh {
		outcomes = append(outcomes, o)
	}
	sort.Slice(outcomes, func(a, b int) bool { return outcomes[a].ID < outcomes[b].ID })

	ok, failed, panicked, notFound := 0, 0, 0, 0
	for _, o := range outcomes {
		var pe *PanicError
		switch {
		case o.Err == nil:
			ok++
			fmt.Printf("job %2d ok: %s\n", o.ID, o.Output)
		case errors.As(o.Err, &pe):
			panicked++
			fmt.Printf("job %2d PANIC: %v\n", o.ID, pe.Value)
		default:
			failed++
			fmt.Printf("job %2d error: %v\n", o.ID, o.Err)
		}
		if pe != nil {
			if e, isErr := pe.Value.(error); isErr && errors.Is(e, errNotFound) {
				notFound++
			}
		} else if errors.Is(o.Err, errNotFound) {
			notFound++
		}
	}
	fmt.Printf("summary: ok=%d failed=%d panicked=%d not-found=%d\n", ok, failed, panicked, notFound)
}
