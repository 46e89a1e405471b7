package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

const doctorKey ctxKey = "doctor"

// visit simulates examining a patient; it stops early if the context is done.
func visit(ctx context.Context, patient string, steps int) (int, error) {
	done := 0
	for range steps {
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("visit %s: %w", patient, context.Cause(ctx))
		default:
		}
		done++
	}
	return done, nil
}

var errPager = errors.New("paged to emergency")

func main() {
	base := context.WithValue(context.Background(), doctorKey, "Dr. Haddad")
	fmt.Println("rounds by", base.Value(doctorKey))

	ctx, cancel := context.WithCancelCause(base)
	patients := []struct {
		name  string
		steps int
	}{{"bed 1", 3}, {"bed 2", 5}, {"bed 3", 2}, {"bed 4", 4}}

	for i, p := range patients {
		if i == 2 {
			cancel(errPager)
		}
		n, err := visit(ctx, p.name, p.steps)
		if err != nil {
			fmt.Printf("%s: stopped after %d steps: %v\n", p.name, n, err)
			fmt.Println("  caused by pager:", errors.Is(err, errPager))
			continue
		}
		fmt.Printf("%s: completed %d steps\n", p.name, n)
	}
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("doctor still visible:", ctx.Value(doctorKey))

	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	// The lab analyser never reports; it gives up when the deadline passes.
	gaveUp := make(chan string)
	go func() {
		<-tctx.Done()
		gaveUp <- "analyser released"
	}()
	<-tctx.Done()
	fmt.Println("lab wait:", tctx.Err())
	fmt.Println("deadline exceeded:", errors.Is(tctx.Err(), context.DeadlineExceeded))
	fmt.Println("worker:", <-gaveUp)

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx2, func() {})
	fmt.Println("after-func stop returned:", stop())
	cancel2()
	<-ctx2.Done()
	fmt.Println("second context:", ctx2.Err())
}
