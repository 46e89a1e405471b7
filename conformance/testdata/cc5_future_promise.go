// Exercise 25: futures (promises) built on goroutines and channels.
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

// Async starts f in a goroutine and returns a future for its result.
func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.val, f.err
}

// Then chains a computation that runs once the first future resolves.
func Then[T, R any](f *Future[T], g func(T) (R, error)) *Future[R] {
	return Async(func() (R, error) {
		v, err := f.Await()
		if err != nil {
			var zero R
			return zero, err
		}
		return g(v)
	})
}

func All[T any](fs ...*Future[T]) ([]T, error) {
	out := make([]T, len(fs))
	var errs []error
	for i, f := range fs {
		v, err := f.Await()
		out[i] = v
		if err != nil {
			errs = append(errs, fmt.Errorf("future %d: %w", i, err))
		}
	}
	return out, errors.Join(errs...)
}

func fib(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative input " + strconv.Itoa(n))
	}
	a, b := 0, 1
	for range n {
		a, b = b, a+b
	}
	return a, nil
}

func main() {
	var fs []*Future[int]
	for _, n := range []int{10, 20, 30, 40, 50} {
		fs = append(fs, Async(func() (int, error) { return fib(n) }))
	}
	vals, err := All(fs...)
	fmt.Printf("fib values: %v err=%v\n", vals, err)
	for i, v := range vals {
		fmt.Printf("  fib(%d) has %d digits\n", (i+1)*10, len(strconv.Itoa(v)))
	}

	label := Then(fs[2], func(v int) (string, error) { return "fib(30)=" + strconv.Itoa(v), nil })
	s, _ := label.Await()
	fmt.Println("chained:", s)
	doubled := Then(label, func(s string) (int, error) { return len(s) * 2, nil })
	d, _ := doubled.Await()
	fmt.Println("chained twice, length doubled:", d)

	bad := Async(func() (int, error) { return fib(-3) })
	chained := Then(bad, func(v int) (string, error) { return "never", nil })
	_, err = chained.Await()
	fmt.Println("error propagated through Then:", err)

	fs = []*Future[int]{fs[0], bad, Async(func() (int, error) { return fib(-1) })}
	vals, err = All(fs...)
	fmt.Printf("mixed results: %v\n", vals)
	fmt.Printf("joined errors:\n%v\n", err)

	// Awaiting a resolved future again returns the same cached result.
	for i := range 3 {
		v, _ := fs[0].Await()
		fmt.Printf("await #%d of fs[0] -> %d\n", i+1, v)
	}
}
