package main

import (
	"errors"
	"fmt"
	"sync"
)

type Op int

const (
	Add Op = iota
	Div
	Pow
)

func (o Op) String() string {
	return [...]string{"add", "div", "pow"}[o]
}

type Job struct {
	ID   int
	Op   Op
	A, B int
}

type Result struct {
	JobID  int
	Value  int
	Err    error
	Worker int
}

type MathError struct {
	JobID  int
	Reason string
}

func (e *MathError) Error() string { return fmt.Sprintf("job %d: %s", e.JobID, e.Reason) }

func execute(j Job) (int, error) {
	switch j.Op {
	case Add:
		return j.A + j.B, nil
	case Div:
		if j.B == 0 {
			return 0, &MathError{JobID: j.ID, Reason: "division by zero"}
		}
		return j.A / j.B, nil
	case Pow:
		if j.B < 0 {
			return 0, &MathError{JobID: j.ID, Reason: "negative exponent"}
		}
		r := 1
		for i := 0; i < j.B; i++ {
			r *= j.A
		}
		return r, nil
	}
	return 0, errors.New("unknown op")
}

func main() {
	var jobs []Job
	for i := 0; i < 21; i++ {
		jobs = append(jobs, Job{ID: i, Op: Op(i % 3), A: i + 2, B: (i % 5) - 1})
	}

	jobCh := make(chan Job)
	resCh := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	const poolSize = 4
	for w := 0; w < poolSize; w++ {
		wg.Go(func() {
			for j := range jobCh {
				v, err := execute(j)
				resCh <- Result{JobID: j.ID, Value: v, Err: err, Worker: w}
			}
		})
	}
	for _, j := range jobs {
		jobCh <- j
	}
	close(jobCh)
	wg.Wait()
	close(resCh)

	// Index results by job id so the output does not depend on scheduling.
	results := make([]Result, len(jobs))
	perWorker := make([]int, poolSize)
	for r := range resCh {
		results[r.JobID] = r
		perWorker[r.Worker]++
	}
	var errs []error
	for i, r := range results {
		j := jobs[i]
		if r.Err != nil {
			fmt.Printf("job %2d %s(%d, %d) -> error: %v\n", j.ID, j.Op, j.A, j.B, r.Err)
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("job %2d %s(%d, %d) -> %d\n", j.ID, j.Op, j.A, j.B, r.Value)
	}
	done := 0
	for _, n := range perWorker {
		done += n
	}
	fmt.Println("jobs processed by the pool:", done)

	joined := errors.Join(errs...)
	fmt.Println("failures:", len(errs))
	var me *MathError
	if errors.As(joined, &me) {
		fmt.Println("first math error belongs to job", me.JobID)
	}
	reasons := map[string]int{}
	for _, e := range errs {
		if errors.As(e, &me) {
			reasons[me.Reason]++
		}
	}
	fmt.Println("division by zero:", reasons["division by zero"])
	fmt.Println("negative exponent:", reasons["negative exponent"])
}
