package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var ErrLineBlocked = errors.New("line blocked")

type signalKey struct{}

// runTrain advances block by block until it reaches the destination or
// the controller cancels the context.
func runTrain(ctx context.Context, name string, blocks int, progress <-chan struct{}) (int, error) {
	box, _ := ctx.Value(signalKey{}).(string)
	done := 0
	for done < blocks {
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("%s stopped by %s after %d blocks: %w", name, box, done, context.Cause(ctx))
		case _, ok := <-progress:
			if !ok {
				return done, fmt.Errorf("%s: no more authority", name)
			}
			done++
		}
	}
	return done, nil
}

func main() {
	base := context.WithValue(context.Background(), signalKey{}, "Doncaster PSB")

	// Train 1: completes its trip.
	ctx1, cancel1 := context.WithCancel(base)
	steps := make(chan struct{}, 5)
	for range 5 {
		steps <- struct{}{}
	}
	n, err := runTrain(ctx1, "1D12", 5, steps)
	cancel1()
	fmt.Printf("1D12 travelled %d blocks, err=%v\n", n, err)

	// Train 2: cancelled with a cause after three blocks.
	ctx2, cancel2 := context.WithCancelCause(base)
	auth := make(chan struct{})
	var wg sync.WaitGroup
	var res struct {
		n   int
		err error
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		res.n, res.err = runTrain(ctx2, "4L90", 10, auth)
	}()
	for range 3 {
		auth <- struct{}{}
	}
	cancel2(ErrLineBlocked)
	wg.Wait()
	fmt.Println(res.err)
	fmt.Println("blocked?", errors.Is(res.err, ErrLineBlocked), "blocks:", res.n)
	fmt.Println("ctx2 err:", ctx2.Err(), "| cause:", context.Cause(ctx2))

	// Train 3: authority channel closed before arrival.
	short := make(chan struct{}, 2)
	short <- struct{}{}
	short <- struct{}{}
	close(short)
	n, err = runTrain(base, "2Y01", 4, short)
	fmt.Printf("2Y01 travelled %d blocks, err=%v\n", n, err)

	// Already-cancelled context stops immediately.
	ctx4, cancel4 := context.WithCancel(base)
	cancel4()
	n, err = runTrain(ctx4, "5Z99", 3, make(chan struct{}))
	fmt.Println(n, err, errors.Is(err, context.Canceled))
}
