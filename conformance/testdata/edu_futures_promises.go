// Lecture 12: futures and promises built from channels.
//
// A Future[T] is a handle to a value that is being computed concurrently.
// Get blocks until the value is ready. Because a channel value can be
// received only once, the result is cached behind a sync.Once so Get can be
// called any number of times from any goroutine.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type result[T any] struct {
	val T
	err error
}

type Future[T any] struct {
	ch   chan result[T]
	once sync.Once
	res  result[T]
}

// Async starts f in a new goroutine and returns a Future for its result.
func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{ch: make(chan result[T], 1)}
	go func() {
		v, err := f()
		fut.ch <- result[T]{v, err}
	}()
	return fut
}

func (f *Future[T]) Get() (T, error) {
	f.once.Do(func() { f.res = <-f.ch })
	return f.res.val, f.res.err
}

// Then chains a computation onto a future, producing a new future.
func Then[A, B any](f *Future[A], g func(A) (B, error)) *Future[B] {
	return Async(func() (B, error) {
		a, err := f.Get()
		if err != nil {
			var zero B
			return zero, err
		}
		return g(a)
	})
}

// Promise is the writable side: someone else completes it later.
type Promise[T any] struct {
	fut *Future[T]
}

func NewPromise[T any]() (*Promise[T], *Future[T]) {
	f := &Future[T]{ch: make(chan result[T], 1)}
	return &Promise[T]{fut: f}, f
}

func (p *Promise[T]) Resolve(v T)      { p.fut.ch <- result[T]{val: v} }
func (p *Promise[T]) Reject(err error) { p.fut.ch <- result[T]{err: err} }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

var errNegative = errors.New("negative input")

func checkedFib(n int) (int, error) {
	if n < 0 {
		return 0, errNegative
	}
	return fib(n), nil
}

func main() {
	inputs := []int{10, 20, 25, -1, 30}
	futures := make([]*Future[int], len(inputs))
	for i, n := range inputs {
		futures[i] = Async(func() (int, error) { return checkedFib(n) })
	}
	// Results are collected in request order, independent of finish order.
	for i, f := range futures {
		v, err := f.Get()
		if err != nil {
			fmt.Printf("fib(%d): error: %v\n", inputs[i], err)
			continue
		}
		fmt.Printf("fib(%d) = %d\n", inputs[i], v)
	}
	v1, _ := futures[0].Get() // cached, does not block
	fmt.Println("second Get of first future:", v1)

	// Chaining: fib(15) -> digits -> description.
	digits := Then(Async(func() (int, error) { return checkedFib(15) }),
		func(n int) (string, error) { return fmt.Sprint(n), nil })
	desc := Then(digits, func(s string) (string, error) {
		return fmt.Sprintf("%s has %d digits", s, len(s)), nil
	})
	d, err := desc.Get()
	fmt.Println("chained:", d, err)

	// An error propagates through the whole chain.
	bad := Then(Async(func() (int, error) { return checkedFib(-5) }),
		func(n int) (int, error) { return n * 2, nil })
	_, err = bad.Get()
	fmt.Println("chained error:", err, "is errNegative:", errors.Is(err, errNegative))

	// Promises: two goroutines complete promises that main waits on.
	p1, f1 := NewPromise[string]()
	p2, f2 := NewPromise[string]()
	go p1.Resolve("config loaded")
	go p2.Reject(errors.New("cache unavailable"))
	s1, e1 := f1.Get()
	s2, e2 := f2.Get()
	fmt.Printf("promise 1: %q err=%v\n", s1, e1)
	fmt.Printf("promise 2: %q err=%v\n", s2, e2)
}
