package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id    int
	drink string
}

type outcome struct {
	id    int
	drink string
	by    string
}

var errMachineDown = errors.New("espresso machine down")

func barista(ctx context.Context, name string, jobs <-chan job, out chan<- outcome, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			out <- outcome{j.id, j.drink, name}
		}
	}
}

func runShift(ctx context.Context, drinks []string) []outcome {
	jobs := make(chan job)
	out := make(chan outcome, len(drinks))
	var wg sync.WaitGroup
	for _, n := range []string{"Ana", "Ben"} {
		wg.Add(1)
		go barista(ctx, n, jobs, out, &wg)
	}
feed:
	for i, d := range drinks {
		if ctx.Err() != nil {
			break feed
		}
		select {
		case <-ctx.Done():
			break feed
		case jobs <- job{i + 1, d}:
		}
	}
	close(jobs)
	wg.Wait()
	close(out)

	var res []outcome
	for o := range out {
		res = append(res, o)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].id < res[j].id })
	return res
}

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("shop"), "Downtown")
	fmt.Println("shop:", ctx.Value(ctxKey("shop")))

	res := runShift(ctx, []string{"latte", "mocha", "flat white", "americano"})
	fmt.Println("normal shift served", len(res))
	for _, o := range res {
		fmt.Printf("  #%d %s (by a barista: %t)\n", o.id, o.drink, o.by != "")
	}

	cctx, cancel := context.WithCancelCause(ctx)
	cancel(errMachineDown)
	res = runShift(cctx, []string{"latte", "mocha"})
	fmt.Println("cancelled shift served", len(res))
	fmt.Println("ctx err:", cctx.Err())
	fmt.Println("cause:", context.Cause(cctx))
	fmt.Println("is machine down:", errors.Is(context.Cause(cctx), errMachineDown))

	tctx, tcancel := context.WithTimeout(ctx, 0)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout err:", tctx.Err())
	fmt.Println("deadline exceeded:", errors.Is(tctx.Err(), context.DeadlineExceeded))
	fmt.Println("value survives in child:", tctx.Value(ctxKey("shop")))
}
