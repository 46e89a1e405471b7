package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

var (
	errShutdown = errors.New("server shutdown")
	errQuota    = errors.New("quota exceeded")
)

type node struct {
	name string
	ctx  context.Context
}

func describe(n node) string {
	if n.ctx.Err() == nil {
		return fmt.Sprintf("%-12s live", n.name)
	}
	return fmt.Sprintf("%-12s err=%v cause=%v", n.name, n.ctx.Err(), context.Cause(n.ctx))
}

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	api, cancelAPI := context.WithCancel(root)
	defer cancelAPI()
	batch, cancelBatch := context.WithCancelCause(root)
	req1, cancelReq1 := context.WithCancel(api)
	defer cancelReq1()
	job1, cancelJob1 := context.WithCancel(batch)
	defer cancelJob1()
	audit := context.WithoutCancel(api) // survives its parent's cancellation

	nodes := []node{{"root", root}, {"api", api}, {"api/req1", req1},
		{"batch", batch}, {"batch/job1", job1}, {"audit", audit}}

	var mu sync.Mutex
	var stopped []string
	var wg sync.WaitGroup
	for _, n := range nodes[1:5] {
		wg.Go(func() {
			<-n.ctx.Done()
			mu.Lock()
			stopped = append(stopped, n.name+" ("+context.Cause(n.ctx).Error()+")")
			mu.Unlock()
		})
	}
	afterRan := false
	afterDone := make(chan struct{})
	stop := context.AfterFunc(api, func() {
		afterRan = true
		close(afterDone)
	})

	fmt.Println("-- cancel batch with cause")
	cancelBatch(errQuota)
	for _, n := range nodes {
		fmt.Println(describe(n))
	}

	fmt.Println("-- cancel root with cause")
	cancelRoot(errShutdown)
	cancelRoot(errors.New("ignored second cause"))
	wg.Wait()
	<-afterDone
	for _, n := range nodes {
		fmt.Println(describe(n))
	}
	slices.Sort(stopped)
	fmt.Println("stopped:", len(stopped))
	for _, s := range stopped {
		fmt.Println("  ", s)
	}
	fmt.Println("AfterFunc ran:", afterRan, "stop after run:", stop())
	fmt.Println("batch cause is quota:", errors.Is(context.Cause(batch), errQuota))
	fmt.Println("req1 cause is shutdown:", errors.Is(context.Cause(req1), errShutdown))
	fmt.Println("req1 err is Canceled:", errors.Is(req1.Err(), context.Canceled))
}
