package main

import (
	"context"
	"fmt"
)

func count(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go count(ctx, out)
	for v := range out {
		if v == 4 {
			cancel()
			break
		}
		fmt.Println(v)
	}
	fmt.Println(ctx.Err())
}
