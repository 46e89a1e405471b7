// Pub/sub where each subscriber lives under a context; cancellation (by
// the subscriber itself or by a parent) stops delivery deterministically.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var (
	ErrEnough   = errors.New("subscriber had enough")
	ErrShutdown = errors.New("group shutdown")
)

type Sub struct {
	name     string
	ctx      context.Context
	cancel   context.CancelCauseFunc
	ch       chan int
	got      []int
	limit    int
	dropped  int
	finished chan struct{}
}

type Hub struct {
	subs []*Sub
	wg   sync.WaitGroup
}

func (h *Hub) Subscribe(parent context.Context, name string, limit int) *Sub {
	ctx, cancel := context.WithCancelCause(parent)
	s := &Sub{name: name, ctx: ctx, cancel: cancel, ch: make(chan int), limit: limit, finished: make(chan struct{})}
	h.subs = append(h.subs, s)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer close(s.finished)
		for {
			select {
			case <-ctx.Done():
				return
			case v := <-s.ch:
				s.got = append(s.got, v)
				if s.limit > 0 && len(s.got) == s.limit {
					s.cancel(ErrEnough)
					return
				}
			}
		}
	}()
	return s
}

// Publish delivers v to every live subscriber, blocking until each has
// received it or has been cancelled.
func (h *Hub) Publish(v int) (delivered int) {
	for _, s := range h.subs {
		if s.ctx.Err() != nil {
			s.dropped++
			continue
		}
		select {
		case s.ch <- v:
			delivered++
		case <-s.ctx.Done():
			s.dropped++
		}
	}
	return delivered
}

func main() {
	root, stopAll := context.WithCancel(context.Background())
	group, stopGroup := context.WithCancelCause(root)
	h := &Hub{}
	h.Subscribe(root, "logger", 0)
	h.Subscribe(root, "sampler", 3)
	h.Subscribe(group, "worker-a", 0)
	h.Subscribe(group, "worker-b", 5)

	for v := 1; v <= 10; v++ {
		if v == 7 {
			stopGroup(ErrShutdown)
			fmt.Println("-- group cancelled before message 7")
		}
		n := h.Publish(v * 10)
		fmt.Printf("publish %3d -> delivered to %d\n", v*10, n)
	}
	stopAll()
	h.wg.Wait()

	for _, s := range h.subs {
		<-s.finished
		cause := context.Cause(s.ctx)
		why := "root stopped"
		switch {
		case errors.Is(cause, ErrEnough):
			why = "limit reached"
		case errors.Is(cause, ErrShutdown):
			why = "group shutdown"
		}
		fmt.Printf("%-8s got=%v dropped=%d (%s)\n", s.name, s.got, s.dropped, why)
	}
}
