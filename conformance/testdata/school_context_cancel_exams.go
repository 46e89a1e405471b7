package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Exam struct {
	Candidate string
	Mark      int
}

var ErrTooManyFails = errors.New("too many failures, moderation needed")

func feed(ctx context.Context, exams []Exam) (<-chan Exam, <-chan int) {
	out := make(chan Exam)
	sent := make(chan int, 1)
	go func() {
		defer close(out)
		n := 0
		defer func() { sent <- n }()
		for _, e := range exams {
			select {
			case <-ctx.Done():
				return
			case out <- e:
				n++
			}
		}
	}()
	return out, sent
}

func main() {
	exams := []Exam{
		{"C001", 72}, {"C002", 38}, {"C003", 81}, {"C004", 29},
		{"C005", 55}, {"C006", 33}, {"C007", 90}, {"C008", 64},
	}

	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)

	stream, sent := feed(ctx, exams)
	fails := 0
	for e := range stream {
		status := "pass"
		if e.Mark < 40 {
			status = "FAIL"
			fails++
		}
		fmt.Printf("%s %3d %s\n", e.Candidate, e.Mark, status)
		if fails == 3 {
			cancel(fmt.Errorf("after %s: %w", e.Candidate, ErrTooManyFails))
			break
		}
	}
	fmt.Println("papers sent before stop:", <-sent)
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("is fail error:", errors.Is(context.Cause(ctx), ErrTooManyFails))

	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timed exam:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))

	type key string
	vctx := context.WithValue(context.Background(), key("room"), "Hall B")
	if room, ok := vctx.Value(key("room")).(string); ok {
		fmt.Println("exam room:", room)
	}
	fmt.Println("missing value:", vctx.Value(key("invigilator")))
}
