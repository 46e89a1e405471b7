package main

import (
	"errors"
	"fmt"
	"math/big"
)

type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		defer func() {
			if r := recover(); r != nil {
				fu.err = fmt.Errorf("panic: %v", r)
			}
		}()
		fu.val, fu.err = f()
	}()
	return fu
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

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func main() {
	var fs []*Future[*big.Int]
	for _, n := range []int64{10, 20, 30, 40} {
		fs = append(fs, Async(func() (*big.Int, error) { return factorial(n), nil }))
	}
	all, err := All(fs...).Await()
	fmt.Println("err:", err)
	for i, v := range all {
		fmt.Printf("fact[%d] = %s\n", i, v)
	}
	digits := Then(fs[3], func(v *big.Int) (int, error) { return len(v.String()), nil })
	d, _ := digits.Await()
	fmt.Println("digits of 40!:", d)

	bad := Async(func() (int, error) { return 0, errors.New("divide by zero") })
	boom := Async(func() (int, error) {
		var xs []int
		return xs[3], nil
	})
	good := Async(func() (int, error) { return 42, nil })
	vals, err := All(good, bad, boom).Await()
	fmt.Println("values:", vals)
	fmt.Println("joined error:\n" + err.Error())
	chained, err := Then(bad, func(v int) (string, error) { return "never", nil }).Await()
	fmt.Printf("chained=%q err=%v\n", chained, err)
}
