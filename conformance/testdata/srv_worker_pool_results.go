package main

import (
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	ID      int
	Payload string
}

type Result struct {
	TaskID int
	Output string
	Err    error
}

var ErrRejected = errors.New("payload rejected")

// process is a pure function of the task, so results do not depend on
// which worker ran it or in which order.
func process(t Task) Result {
	if strings.Contains(t.Payload, "!") {
		return Result{TaskID: t.ID, Err: fmt.Errorf("task %d: %w", t.ID, ErrRejected)}
	}
	sum := crc32.ChecksumIEEE([]byte(t.Payload))
	return Result{TaskID: t.ID, Output: fmt.Sprintf("%s:%08x", strings.ToUpper(t.Payload), sum)}
}

// RunPool returns results sorted by task id plus the number of tasks handled.
func RunPool(ctx context.Context, workers int, tasks []Task) ([]Result, int) {
	in := make(chan Task)
	out := make(chan Result)
	perWorker := make([]int, workers)

	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range in {
				select {
				case out <- process(t):
					perWorker[w]++
				case <-ctx.Done():
					return
				}
			}
		}()
	}

	go func() {
		defer close(in)
		for _, t := range tasks {
			select {
			case in <- t:
			case <-ctx.Done():
				return
			}
		}
	}()

	go func() {
		wg.Wait()
		close(out)
	}()

	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].TaskID < results[j].TaskID })

	// How work was split between workers depends on scheduling; only the
	// total is deterministic. wg.Wait happened before close(out), so reading
	// perWorker here is race-free.
	total := 0
	for _, n := range perWorker {
		total += n
	}
	return results, total
}

func main() {
	words := []string{"alpha", "bravo", "charlie", "delta!", "echo", "foxtrot", "golf",
		"hotel", "india!", "juliet", "kilo", "lima", "mike", "november", "oscar"}
	tasks := make([]Task, len(words))
	for i, w := range words {
		tasks[i] = Task{ID: i + 1, Payload: w}
	}

	for _, workers := range []int{1, 4} {
		results, handled := RunPool(context.Background(), workers, tasks)
		fmt.Printf("== %d worker(s): %d results, %d handled\n", workers, len(results), handled)
		failed := 0
		for _, r := range results {
			if r.Err != nil {
				failed++
				fmt.Printf("  #%02d error: %v (rejected=%v)\n", r.TaskID, r.Err, errors.Is(r.Err, ErrRejected))
				continue
			}
			if workers == 1 {
				fmt.Printf("  #%02d %s\n", r.TaskID, r.Output)
			}
		}
		fmt.Printf("  failed=%d ok=%d\n", failed, len(results)-failed)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	results, _ := RunPool(ctx, 3, tasks)
	fmt.Println("cancelled pool produced at most", len(tasks), "results:", len(results) <= len(tasks))
}
