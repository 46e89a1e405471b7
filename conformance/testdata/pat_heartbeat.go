package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

type Beat struct {
	Worker string
	Seq    int
}

// work sends a heartbeat after every item and a result every third item.
func work(ctx context.Context, name string, items int, beats chan<- Beat, results chan<- string) {
	for i := 1; i <= items; i++ {
		select {
		case beats <- Beat{name, i}:
		case <-ctx.Done():
			return
		}
		if i%3 == 0 {
			results <- fmt.Sprintf("%s:%d", name, i)
		}
	}
}

// stalling beats a few times, signals the test hook, then hangs until canceled.
func stalling(ctx context.Context, beats chan<- Beat, stalled chan<- struct{}) {
	for i := 1; i <= 3; i++ {
		beats <- Beat{"stuck", i}
	}
	close(stalled)
	<-ctx.Done()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	beats := make(chan Beat, 8)
	results := make(chan string, 8)
	var wg sync.WaitGroup
	sizes := map[string]int{"a": 7, "b": 9, "c": 4}
	for name, n := range sizes {
		wg.Go(func() { work(ctx, name, n, beats, results) })
	}
	go func() {
		wg.Wait()
		close(beats)
		close(results)
	}()
	counts := map[string]int{}
	var got []string
	for beats != nil || results != nil {
		select {
		case b, ok := <-beats:
			if !ok {
				beats = nil
				continue
			}
			counts[b.Worker]++
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			got = append(got, r)
		}
	}
	fmt.Println("beats per worker:", counts) // fmt sorts map keys
	slices.Sort(got)
	fmt.Println("results:", got)

	// Watchdog with a fake timeout channel closed by the worker's stall hook.
	// The beat channel is unbuffered, so every beat is seen before the timeout.
	sctx, scancel := context.WithCancel(ctx)
	sbeats := make(chan Beat)
	timeout := make(chan struct{})
	go stalling(sctx, sbeats, timeout)
	seen := 0
	healthy := true
	for healthy {
		select {
		case b := <-sbeats:
			seen = b.Seq
		case <-timeout:
			healthy = false
		}
	}
	scancel()
	fmt.Printf("watchdog: last beat %d, worker declared stalled, restarting\n", seen)
}
