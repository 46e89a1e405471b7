// Homework 2, problem 24: a thread pool that reuses its workers.
// The pool starts a fixed set of worker goroutines once. Batches are
// submitted as closures; each batch has its own WaitGroup, so the caller can
// wait for one batch while the workers stay alive for the next one.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Pool is a fixed-size set of long-lived workers fed by a task channel.
type Pool struct {
	tasks     chan func()
	workersWG sync.WaitGroup
	started   atomic.Int32
	executed  atomic.Int32
}

func NewPool(size int) *Pool {
	p := &Pool{tasks: make(chan func())}
	for i := 0; i < size; i++ {
		p.started.Add(1)
		p.workersWG.Go(func() {
			for task := range p.tasks {
				task()
				p.executed.Add(1)
			}
		})
	}
	return p
}

// RunBatch submits all jobs and blocks until this batch is finished.
func (p *Pool) RunBatch(jobs []func()) {
	var batch sync.WaitGroup
	for _, job := range jobs {
		batch.Add(1)
		p.tasks <- func() {
			defer batch.Done()
			job()
		}
	}
	batch.Wait()
}

// Shutdown stops accepting work and waits for the workers to exit.
func (p *Pool) Shutdown() {
	close(p.tasks)
	p.workersWG.Wait()
}

// FibTask computes a Fibonacci number into a result slot.
type FibTask struct {
	N   int
	Out *uint64
}

func fib(n int) uint64 {
	a, b := uint64(0), uint64(1)
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	pool := NewPool(4)

	// batch 1: Fibonacci numbers
	fibs := make([]uint64, 10)
	var jobs []func()
	for i := range fibs {
		t := FibTask{N: i * 9, Out: &fibs[i]}
		jobs = append(jobs, func() { *t.Out = fib(t.N) })
	}
	pool.RunBatch(jobs)
	fmt.Println("batch 1 (fibonacci):")
	for i, v := range fibs {
		fmt.Printf("  fib(%2d) = %d\n", i*9, v)
	}
	afterFirst := pool.executed.Load()

	// batch 2: sums of squares, reusing the same workers
	squares := make([]int, 8)
	jobs = jobs[:0]
	for i := range squares {
		jobs = append(jobs, func() {
			for k := 1; k <= (i+1)*10; k++ {
				squares[i] += k * k
			}
		})
	}
	pool.RunBatch(jobs)
	fmt.Println("batch 2 (sum of squares):")
	for i, v := range squares {
		fmt.Printf("  1^2..%d^2 = %d\n", (i+1)*10, v)
	}
	pool.Shutdown()

	fmt.Println("workers started:", pool.started.Load())
	fmt.Println("tasks after batch 1:", afterFirst)
	fmt.Println("tasks total:", pool.executed.Load())
}
