// Lab 16: futures and promises on top of channels. A Future is completed
// exactly once; Get blocks until then and can be called any number of times.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Future[T any] struct {
	done  chan struct{}
	once  sync.Once
	value T
	err   error
}

// NewPromise returns a future and the function that completes it.
func NewPromise[T any]() (*Future[T], func(T, error)) {
	f := &Future[T]{done: make(chan struct{})}
	complete := func(v T, err error) {
		f.once.Do(func() {
			f.value, f.err = v, err
			close(f.done)
		})
	}
	return f, complete
}

// Async runs fn in a goroutine and returns its future.
func Async[T any](fn func() (T, error)) *Future[T] {
	f, complete := NewPromise[T]()
	go func() { complete(fn()) }()
	return f
}

func (f *Future[T]) Get() (T, error) {
	<-f.done
	return f.value, f.err
}

// Then chains a computation onto a future.
func Then[T, U any](f *Future[T], fn func(T) (U, error)) *Future[U] {
	return Async(func() (U, error) {
		v, err := f.Get()
		if err != nil {
			var zero U
			return zero, err
		}
		return fn(v)
	})
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var futures []*Future[int]
	for _, n := range []int{10, 20, 25, 15} {
		futures = append(futures, Async(func() (int, error) { return fib(n), nil }))
	}
	for i, f := range futures {
		v, _ := f.Get()
		fmt.Printf("future %d: %d\n", i, v)
	}

	parsed := Async(func() (int, error) { return strconv.Atoi("1234") })
	doubled := Then(parsed, func(v int) (string, error) { return fmt.Sprint(v * 2), nil })
	s, err := doubled.Get()
	fmt.Printf("chained: %q err=%v\n", s, err)

	bad := Then(Async(func() (int, error) { return strconv.Atoi("12x") }),
		func(v int) (int, error) { return v + 1, nil })
	_, err = bad.Get()
	var numErr *strconv.NumError
	fmt.Println("error propagated:", errors.As(err, &numErr), err)

	p, complete := NewPromise[string]()
	go complete("first", nil)
	v1, _ := p.Get()
	complete("second", nil) // ignored: a promise is completed only once
	v2, _ := p.Get()
	fmt.Println("promise:", v1, v2)
}
