package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

// Future holds a value that is computed asynchronously.
type Future[T any] struct {
	done  chan struct{}
	value T
	err   error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fut := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fut.done)
		fut.value, fut.err = f()
	}()
	return fut
}

// Await may be called any number of times from any goroutine.
func (f *Future[T]) Await() (T, error) {
	<-f.done
	return f.value, f.err
}

func Then[T, U any](f *Future[T], g func(T) (U, error)) *Future[U] {
	return Async(func() (U, error) {
		v, err := f.Await()
		if err != nil {
			var zero U
			return zero, fmt.Errorf("upstream: %w", err)
		}
		return g(v)
	})
}

func All[T any](futs ...*Future[T]) *Future[[]T] {
	return Async(func() ([]T, error) {
		out := make([]T, len(futs))
		var errs []error
		for i, f := range futs {
			v, err := f.Await()
			out[i] = v
			if err != nil {
				errs = append(errs, fmt.Errorf("future %d: %w", i, err))
			}
		}
		return out, errors.Join(errs...)
	})
}

func factorial(n int) (uint64, error) {
	if n < 0 {
		return 0, fmt.Errorf("factorial of negative number %d", n)
	}
	if n > 20 {
		return 0, fmt.Errorf("factorial %d overflows uint64", n)
	}
	r := uint64(1)
	for i := 2; i <= n; i++ {
		r *= uint64(i)
	}
	return r, nil
}

func main() {
	inputs := []int{0, 5, 10, 15, 20, 21, -3, 12}
	futs := make([]*Future[uint64], len(inputs))
	for i, n := range inputs {
		futs[i] = Async(func() (uint64, error) { return factorial(n) })
	}
	for i, f := range futs {
		v, err := f.Await()
		if err != nil {
			fmt.Printf("%3d! -> error: %v\n", inputs[i], err)
			continue
		}
		fmt.Printf("%3d! = %d\n", inputs[i], v)
	}

	// Several goroutines may wait on the same future.
	shared := Async(func() (int, error) { return 6 * 7, nil })
	seen := make([]int, 4)
	var wg sync.WaitGroup
	for i := range seen {
		wg.Go(func() {
			v, _ := shared.Await()
			seen[i] = v + i
		})
	}
	wg.Wait()
	fmt.Println("waiters saw:", seen)

	digits := Then(futs[4], func(v uint64) (int, error) {
		return len(strconv.FormatUint(v, 10)), nil
	})
	d, err := digits.Await()
	fmt.Println("digits of 20!:", d, err)

	failed := Then(futs[5], func(v uint64) (string, error) { return "unreachable", nil })
	s, err := failed.Await()
	fmt.Printf("chained after failure: %q err=%v\n", s, err)

	all, err := All(futs...).Await()
	fmt.Println("all values:", all)
	fmt.Println("combined error:")
	fmt.Println(err)

	okAll, err := All(futs[0], futs[1], futs[2]).Await()
	fmt.Println("first three:", okAll, "err:", err)
}
