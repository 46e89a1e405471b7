// Lecture 13: cancelling workers with context.Context.
//
// Several workers search disjoint ranges for a key. The first to find it
// calls cancel(); the others notice ctx.Done() and stop early. Only the
// search result is printed - how far the losers got is timing dependent.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

const modulus = 1_000_003 // prime, so scramble is a bijection on [0, modulus)

// scramble is a simple invertible "hash": we search for its preimage.
func scramble(x int) int { return (x*7919 + 4242) % modulus }

type Found struct {
	Worker int
	Value  int
}

func search(ctx context.Context, id, lo, hi, target int, found chan<- Found) error {
	for x := lo; x < hi; x++ {
		if x%1024 == 0 { // checking ctx on every step would be too slow
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
		}
		if scramble(x) == target {
			found <- Found{Worker: id, Value: x}
			return nil
		}
	}
	return nil
}

func findPreimage(target, workers int) (Found, int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	found := make(chan Found, workers) // buffered: a finder never blocks
	var wg sync.WaitGroup
	var mu sync.Mutex
	exited := 0
	per := (modulus + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*per, min((w+1)*per, modulus)
		wg.Go(func() {
			_ = search(ctx, w, lo, hi, target, found)
			mu.Lock()
			exited++
			mu.Unlock()
		})
	}
	f := <-found // exactly one worker can succeed, the ranges are disjoint
	cancel()     // tell everyone else to stop
	wg.Wait()
	return f, exited
}

// slowTask blocks until its context ends; used to show deadlines.
func slowTask(ctx context.Context) error {
	select {
	case <-time.After(10 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	for _, key := range []int{123456, 999999, 7} {
		target := scramble(key)
		f, exited := findPreimage(target, 4)
		fmt.Printf("target %7d: preimage %7d (worker %d), verified=%v, workers exited=%d\n",
			target, f.Value, f.Worker, scramble(f.Value) == target, exited)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slowTask(ctx)
	fmt.Println("slow task:", err)
	fmt.Println("is deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	parent, stop := context.WithCancel(context.Background())
	child, childCancel := context.WithCancel(parent)
	defer childCancel()
	stop() // cancelling the parent cancels every descendant
	<-child.Done()
	fmt.Println("child after parent cancel:", child.Err())
}
