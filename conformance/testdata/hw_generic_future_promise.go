package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fut.done)
		defer func() {
			if r := recover(); r != nil {
				fut.err = fmt.Errorf("panic: %v", r)
			}
		}()
		fut.val, fut.err = f()
	}()
	return fut
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
}

func Then[T, U any](f *Future[T], g func(T) (U, error)) *Future[U] {
	return Async(func() (U, error) {
		v, err := f.Await()
		if err != nil {
			var zero U
			return zero, err
		}
		return g(v)
	})
}

func All[T any](fs ...*Future[T]) *Future[[]T] {
	return Async(func() ([]T, error) {
		out := make([]T, len(fs))
		var errs []error
		for i, f := range fs {
			v, err := f.Await()
			out[i] = v
			errs = append(errs, err)
		}
		return out, errors.Join(errs...)
	})
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var futs []*Future[int]
	for _, n := range []int{10, 15, 20, 25} {
		futs = append(futs, Async(func() (int, error) { return fib(n), nil }))
	}
	vals, err := All(futs...).Await()
	fmt.Println("fibs:", vals, "err:", err)

	parsed := Then(Async(func() (string, error) { return "1234", nil }), strconv.Atoi)
	doubled := Then(parsed, func(n int) (int, error) { return n * 2, nil })
	fmt.Println(doubled.Await())

	bad := Then(Async(func() (string, error) { return "12x", nil }), strconv.Atoi)
	_, err = Then(bad, func(n int) (int, error) { return n + 1, nil }).Await()
	fmt.Println("propagated:", err)

	boom := Async(func() (int, error) {
		var m map[string]int
		m["x"] = 1
		return 0, nil
	})
	_, err = boom.Await()
	fmt.Println("recovered:", err)
}
