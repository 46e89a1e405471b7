package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, in <-chan int, wg *sync.WaitGroup, processed *[3]int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case n, ok := <-in:
			if !ok {
				return
			}
			processed[id] += n
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan int)
	var wg sync.WaitGroup
	var processed [3]int
	for id := range 3 {
		wg.Add(1)
		go worker(ctx, id, in, &wg, &processed)
	}
	for i := 1; i <= 100; i++ {
		in <- i
	}
	cancel()
	wg.Wait()
	fmt.Println("total:", processed[0]+processed[1]+processed[2])
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel()
	fmt.Println(context.Cause(ctx))
}
