// Homework 2, problem 12: parallel search that cancels the other searchers.
// The array is split into chunks. The first worker to find the target calls
// cancel(); the others poll ctx.Done() periodically and stop early. Only the
// found position is reported, since how far the others got is timing-dependent.
package main

import (
	"context"
	"fmt"
	"sync"
)

// SearchResult is sent by the worker that finds the target.
type SearchResult struct {
	Worker int
	Index  int
}

const checkEvery = 64 // how often a worker polls for cancellation

func searchChunk(ctx context.Context, id int, data []int, lo, hi, target int,
	found chan<- SearchResult, cancel context.CancelFunc) {
	for i := lo; i < hi; i++ {
		if (i-lo)%checkEvery == 0 {
			select {
			case <-ctx.Done():
				return // someone else found it
			default:
			}
		}
		if data[i] == target {
			found <- SearchResult{Worker: id, Index: i} // buffered, never blocks
			cancel()
			return
		}
	}
}

func parallelSearch(data []int, target, workers int) (SearchResult, bool, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	found := make(chan SearchResult, workers)
	chunk := (len(data) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, len(data))
		wg.Go(func() { searchChunk(ctx, w, data, lo, hi, target, found, cancel) })
	}
	wg.Wait()
	close(found)
	r, ok := <-found
	return r, ok, ctx.Err()
}

func main() {
	// a permutation of 0..n-1, so every value occurs exactly once
	const n = 3000
	data := make([]int, n)
	for i := range data {
		data[i] = (i*1237 + 59) % n
	}
	fmt.Println("Parallel search with cancellation, n =", n)
	for _, target := range []int{59, 1500, 2999, 4242} {
		r, ok, err := parallelSearch(data, target, 4)
		if !ok {
			fmt.Printf("target %4d: not found (ctx err: %v)\n", target, err)
			continue
		}
		seq := -1
		for i, v := range data {
			if v == target {
				seq = i
				break
			}
		}
		fmt.Printf("target %4d: index %4d in chunk %d, sequential agrees: %v\n",
			target, r.Index, r.Worker, seq == r.Index)
		fmt.Printf("  others told to stop: %v\n", err == context.Canceled)
	}
}
