package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var ErrShuttingDown = errors.New("server is shutting down")

type Request struct {
	ID    int
	Value int
}

type Server struct {
	mu        sync.Mutex
	accepting bool
	queue     chan Request
	workers   sync.WaitGroup
	bg        sync.WaitGroup
	cancel    context.CancelFunc
	processed atomic.Int64
	sum       atomic.Int64
	sweeps    atomic.Int64
}

func NewServer(parent context.Context, numWorkers int) *Server {
	ctx, cancel := context.WithCancel(parent)
	s := &Server{accepting: true, queue: make(chan Request, 8), cancel: cancel}
	for i := 0; i < numWorkers; i++ {
		s.workers.Add(1)
		go s.work()
	}
	s.bg.Add(1)
	go s.janitor(ctx)
	return s
}

func (s *Server) work() {
	defer s.workers.Done()
	for req := range s.queue {
		s.sum.Add(int64(req.Value * req.Value))
		s.processed.Add(1)
	}
}

func (s *Server) janitor(ctx context.Context) {
	defer s.bg.Done()
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.sweeps.Add(1)
		}
	}
}

func (s *Server) Submit(r Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.accepting {
		return ErrShuttingDown
	}
	s.queue <- r
	return nil
}

func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if !s.accepting {
		s.mu.Unlock()
		return ErrShuttingDown
	}
	s.accepting = false
	close(s.queue)
	s.mu.Unlock()

	drained := make(chan struct{})
	go func() {
		s.workers.Wait()
		close(drained)
	}()
	defer func() {
		s.cancel()
		s.bg.Wait()
	}()
	select {
	case <-drained:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	root, stop := context.WithCancel(context.Background())
	defer stop()
	srv := NewServer(root, 3)

	for i := 1; i <= 40; i++ {
		if err := srv.Submit(Request{ID: i, Value: i}); err != nil {
			fmt.Println("unexpected:", err)
		}
	}

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	fmt.Println("shutdown error:", err)

	rejected := 0
	for i := 41; i <= 43; i++ {
		if err := srv.Submit(Request{ID: i, Value: i}); errors.Is(err, ErrShuttingDown) {
			rejected++
		}
	}
	fmt.Println("second shutdown:", srv.Shutdown(shutdownCtx))
	fmt.Println("processed:", srv.processed.Load())
	fmt.Println("sum of squares:", srv.sum.Load())
	fmt.Println("rejected after shutdown:", rejected)
	fmt.Println("janitor sweeps non-negative:", srv.sweeps.Load() >= 0)
	fmt.Println("root context still alive:", root.Err() == nil)
}
