package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type keyType string

const operatorKey keyType = "operator"

var errEmergency = errors.New("fire alarm")

// Barrier processes ticket scans until the context is cancelled.
func Barrier(ctx context.Context, name string, scans <-chan string, out chan<- string) {
	op, _ := ctx.Value(operatorKey).(string)
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("%s stopped by %s: %v (cause: %v)", name, op, ctx.Err(), context.Cause(ctx))
			return
		case t, ok := <-scans:
			if !ok {
				out <- fmt.Sprintf("%s finished: no more scans", name)
				return
			}
			out <- fmt.Sprintf("%s lifted for %s", name, t)
		}
	}
}

func main() {
	base := context.WithValue(context.Background(), operatorKey, "night-shift")

	// Normal run: scans channel is closed after three tickets.
	scans := make(chan string)
	out := make(chan string)
	ctx, cancel := context.WithCancel(base)
	go Barrier(ctx, "gate-1", scans, out)
	for _, t := range []string{"T-100", "T-101", "T-102"} {
		scans <- t
		fmt.Println(<-out)
	}
	close(scans)
	fmt.Println(<-out)
	cancel()

	// Emergency run: cancel with a cause while barriers are idle.
	ctx2, cancel2 := context.WithCancelCause(base)
	results := make(chan string, 3)
	var wg sync.WaitGroup
	idle := make(chan string)
	for _, name := range []string{"gate-2", "gate-3", "gate-4"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Barrier(ctx2, name, idle, results)
		}()
	}
	cancel2(errEmergency)
	wg.Wait()
	close(results)

	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	for i := range lines {
		for j := i + 1; j < len(lines); j++ {
			if lines[j] < lines[i] {
				lines[i], lines[j] = lines[j], lines[i]
			}
		}
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("cause is emergency:", errors.Is(context.Cause(ctx2), errEmergency))
	fmt.Println("err is canceled:", errors.Is(ctx2.Err(), context.Canceled))

	ctx3, cancel3 := context.WithTimeout(base, 0)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("zero timeout:", ctx3.Err(), errors.Is(ctx3.Err(), context.DeadlineExceeded))
}
