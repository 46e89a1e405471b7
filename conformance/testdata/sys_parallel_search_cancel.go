package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Match struct {
	Worker int
	Index  int
	Value  int
}

func (m Match) String() string { return fmt.Sprintf("value %d at index %d", m.Value, m.Index) }

func search(ctx context.Context, data []int, lo, hi int, pred func(int) bool) (int, error) {
	for i := lo; i < hi; i++ {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return -1, err
			}
		}
		if pred(data[i]) {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}

func ParallelFind(data []int, workers int, pred func(int) bool) (Match, bool) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	found := make(chan Match, workers)
	var wg sync.WaitGroup
	chunk := (len(data) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min(len(data), (w+1)*chunk)
		wg.Go(func() {
			if i, err := search(ctx, data, lo, hi, pred); err == nil {
				found <- Match{w, i, data[i]}
				cancel()
			}
		})
	}
	go func() {
		wg.Wait()
		close(found)
	}()
	m, ok := <-found
	cancel()
	for range found {
	}
	return m, ok
}

func main() {
	data := make([]int, 100_000)
	for i := range data {
		data[i] = (i*7919 + 13) % 100_003
	}
	target := data[73_421]
	for _, workers := range []int{1, 4, 8} {
		m, ok := ParallelFind(data, workers, func(v int) bool { return v == target })
		fmt.Printf("workers=%d found=%v %v\n", workers, ok, m)
	}
	_, ok := ParallelFind(data, 4, func(v int) bool { return v < 0 })
	fmt.Println("negative found:", ok)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := search(ctx, data, 0, len(data), func(int) bool { return false })
	fmt.Println("pre-cancelled search:", err, errors.Is(err, context.Canceled))
}
