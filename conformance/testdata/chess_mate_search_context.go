package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Result struct {
	Move string
	Mate bool
}

var errMateFound = errors.New("mate found, stopping search")

// isMate is a stand-in for a real search: it only knows one mating move.
func isMate(move string) bool { return move == "Qg7#" }

func worker(ctx context.Context, jobs <-chan string, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case m, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case out <- Result{Move: m, Mate: isMate(m)}:
			case <-ctx.Done():
				return
			}
		}
	}
}

func search(moves []string, workers int) (string, error) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	jobs := make(chan string)
	out := make(chan Result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go worker(ctx, jobs, out, &wg)
	}
	go func() {
		defer close(jobs)
		for _, m := range moves {
			select {
			case jobs <- m:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	found := ""
	for r := range out {
		if r.Mate && found == "" {
			found = r.Move
			cancel(errMateFound)
		}
	}
	if found == "" {
		return "", errors.New("no mate among candidates")
	}
	return found, context.Cause(ctx)
}

func slowEngine(ctx context.Context) (int, error) {
	select {
	case <-time.After(time.Second):
		return 42, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	positions := [][]string{
		{"Kh1", "Rf8", "Qg7#", "Bd3", "h4", "Nc3"},
		{"a3", "b4", "c5"},
		{"Qg7#"},
	}
	for i, moves := range positions {
		mv, err := search(moves, 3)
		switch {
		case mv != "":
			fmt.Printf("position %d: mate with %s (cause: %v)\n", i+1, mv, err)
		default:
			fmt.Printf("position %d: %v\n", i+1, err)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	score, err := slowEngine(ctx)
	fmt.Println("slow engine:", score, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	parent, stop := context.WithCancel(context.Background())
	child, childCancel := context.WithTimeout(parent, time.Hour)
	defer childCancel()
	stop()
	<-child.Done()
	fmt.Println("child after parent cancel:", child.Err())
}
