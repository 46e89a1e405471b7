package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("after func ran")
		close(done)
	})
	cancel(errShutdown)
	<-done
	fmt.Println(ctx.Err(), context.Cause(ctx))
	fmt.Println(stop())
	child, c2 := context.WithCancel(ctx)
	defer c2()
	fmt.Println(child.Err(), errors.Is(context.Cause(child), errShutdown))
}
